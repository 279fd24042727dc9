from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_transaction_type import VoucherTransactionType
from ..types import (
    PARSED,
    LazyFields,
    new_lazy,
    parse_timestamp,
    serialize_datetime,
    set_raw,
)

T = TypeVar("T", bound="VoucherTransaction")
# The JSON keys VoucherTransaction declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "source_id",
        "voucher_id",
        "campaign_id",
        "source",
        "reason",
        "type",
        "details",
        "related_transaction_id",
        "created_at",
    }
)


@_attrs_define
class VoucherTransaction(LazyFields):
    """One change of credits or points on a card.

    Attributes:
        id (str): Identifier of the transaction.
        source_id (None | str): Caller-supplied id of the transaction.
        voucher_id (str): Card the transaction applies to.
        campaign_id (str): Campaign of that card.
        source (None | str): Where the transaction came from.
        reason (None | str): Why the change was made.
        type (VoucherTransactionType): Kind of gift card or loyalty card transaction.
        details (VoucherTransactionDetails): Context of a card transaction; which fields appear depends on its type.
        related_transaction_id (None | str): Paired transaction, e.g. the other side of a transfer.
        created_at (datetime.datetime): When the transaction happened.
    """

    id: str
    source_id: None | str
    voucher_id: str
    campaign_id: str
    source: None | str
    reason: None | str
    type: VoucherTransactionType
    details: VoucherTransactionDetails
    related_transaction_id: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "source_id": self.source_id,
            "voucher_id": self.voucher_id,
            "campaign_id": self.campaign_id,
            "source": self.source,
            "reason": self.reason,
            "type": self.type,
            "details": self.details.to_dict(),
            "related_transaction_id": self.related_transaction_id,
            "created_at": serialize_datetime(self.created_at),
        }
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        id = src_dict["id"]
        source_id = src_dict["source_id"]
        voucher_id = src_dict["voucher_id"]
        campaign_id = src_dict["campaign_id"]
        source = src_dict["source"]
        reason = src_dict["reason"]
        type = src_dict["type"]
        details_json = src_dict["details"]
        details = new_lazy(VoucherTransactionDetails)
        set_raw(details, details_json)
        related_transaction_id = src_dict["related_transaction_id"]
        created_at = parse_timestamp(src_dict["created_at"])
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 10
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_source_id(self, source_id)
        _set_voucher_id(self, voucher_id)
        _set_campaign_id(self, campaign_id)
        _set_source(self, source)
        _set_reason(self, reason)
        _set_type(self, type)
        _set_details(self, details)
        _set_related_transaction_id(self, related_transaction_id)
        _set_created_at(self, created_at)
        _set_additional_properties(self, additional_properties)
        set_raw(self, PARSED)

    def _load_to_dict(self, src_dict: Any) -> dict[str, Any]:
        """``to_dict()`` of this model, not parsed yet, from ``src_dict`` (its ``_raw``, or the JSON a
        parent made it for; a parent's own pass calls this right after ``new_lazy``): parse as
        ``_load`` does, then write back, the values that write back as they came being the
        source's own. Data that does not parse comes back as it came, the model lazy on it."""
        if src_dict.__class__ is not dict:
            set_raw(self, src_dict)
            return self.to_dict()
        try:
            get = src_dict.get
            id = src_dict["id"]
            source_id = src_dict["source_id"]
            voucher_id = src_dict["voucher_id"]
            campaign_id = src_dict["campaign_id"]
            source = src_dict["source"]
            reason = src_dict["reason"]
            type = src_dict["type"]
            details_json = src_dict["details"]
            details = new_lazy(VoucherTransactionDetails)
            related_transaction_id = src_dict["related_transaction_id"]
            created_at = parse_timestamp(src_dict["created_at"])
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 10
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["details"] = VoucherTransactionDetails._load_to_dict(details, details_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_source_id(self, source_id)
        _set_voucher_id(self, voucher_id)
        _set_campaign_id(self, campaign_id)
        _set_source(self, source)
        _set_reason(self, reason)
        _set_type(self, type)
        _set_details(self, details)
        _set_related_transaction_id(self, related_transaction_id)
        _set_created_at(self, created_at)
        _set_additional_properties(self, additional_properties)
        set_raw(self, PARSED)
        return field_dict

    @builtins.property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The slots' own setters: the cheapest way to write a slot past LazyFields.__setattr__
# (object.__setattr__ looks the name up on every call).
_set_id = VoucherTransaction.__dict__["id"].__set__
_set_source_id = VoucherTransaction.__dict__["source_id"].__set__
_set_voucher_id = VoucherTransaction.__dict__["voucher_id"].__set__
_set_campaign_id = VoucherTransaction.__dict__["campaign_id"].__set__
_set_source = VoucherTransaction.__dict__["source"].__set__
_set_reason = VoucherTransaction.__dict__["reason"].__set__
_set_type = VoucherTransaction.__dict__["type"].__set__
_set_details = VoucherTransaction.__dict__["details"].__set__
_set_related_transaction_id = VoucherTransaction.__dict__["related_transaction_id"].__set__
_set_created_at = VoucherTransaction.__dict__["created_at"].__set__
_set_additional_properties = VoucherTransaction.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.voucher_transaction_details import VoucherTransactionDetails  # noqa: E402

VoucherTransaction._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
}
