from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redeemable_holder_campaign_type import RedeemableHolderCampaignType
from ..models.redeemable_holder_holder_role import RedeemableHolderHolderRole
from ..models.redeemable_holder_object import RedeemableHolderObject
from ..models.redeemable_holder_redeemable_object import (
    RedeemableHolderRedeemableObject,
)
from ..models.redeemable_holder_voucher_type import RedeemableHolderVoucherType
from ..types import (
    PARSED,
    LazyFields,
    parse_timestamp,
    serialize_datetime,
    set_raw,
)

T = TypeVar("T", bound="RedeemableHolder")
# The JSON keys RedeemableHolder declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "redeemable_id",
        "redeemable_object",
        "campaign_id",
        "campaign_type",
        "voucher_type",
        "publication_id",
        "customer_id",
        "holder_role",
        "object",
    }
)


@_attrs_define
class RedeemableHolder(LazyFields):
    """Link between a customer and a voucher they hold.

    Attributes:
        id (str): Identifier of the holder record. Example: rh_0e7b8db4700106a852.
        created_at (datetime.datetime): When the link was made.
        redeemable_id (str): Voucher held.
        redeemable_object (RedeemableHolderRedeemableObject): Kind of redeemable; always `voucher`.
        campaign_id (str): Campaign of the voucher.
        campaign_type (RedeemableHolderCampaignType): Kind of campaign.
        voucher_type (RedeemableHolderVoucherType): Kind of voucher.
        publication_id (None | str): Publication that created the link.
        customer_id (str): Customer holding the voucher.
        holder_role (RedeemableHolderHolderRole): Role of the customer for this voucher.
        object (RedeemableHolderObject): Kind of object; always `redeemable_holder`.
    """

    id: str
    created_at: datetime.datetime
    redeemable_id: str
    redeemable_object: RedeemableHolderRedeemableObject
    campaign_id: str
    campaign_type: RedeemableHolderCampaignType
    voucher_type: RedeemableHolderVoucherType
    publication_id: None | str
    customer_id: str
    holder_role: RedeemableHolderHolderRole
    object: RedeemableHolderObject
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
            "created_at": serialize_datetime(self.created_at),
            "redeemable_id": self.redeemable_id,
            "redeemable_object": self.redeemable_object,
            "campaign_id": self.campaign_id,
            "campaign_type": self.campaign_type,
            "voucher_type": self.voucher_type,
            "publication_id": self.publication_id,
            "customer_id": self.customer_id,
            "holder_role": self.holder_role,
            "object": self.object,
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
        created_at = parse_timestamp(src_dict["created_at"])
        redeemable_id = src_dict["redeemable_id"]
        redeemable_object = src_dict["redeemable_object"]
        campaign_id = src_dict["campaign_id"]
        campaign_type = src_dict["campaign_type"]
        voucher_type = src_dict["voucher_type"]
        publication_id = src_dict["publication_id"]
        customer_id = src_dict["customer_id"]
        holder_role = src_dict["holder_role"]
        object = src_dict["object"]
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 11
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_created_at(self, created_at)
        _set_redeemable_id(self, redeemable_id)
        _set_redeemable_object(self, redeemable_object)
        _set_campaign_id(self, campaign_id)
        _set_campaign_type(self, campaign_type)
        _set_voucher_type(self, voucher_type)
        _set_publication_id(self, publication_id)
        _set_customer_id(self, customer_id)
        _set_holder_role(self, holder_role)
        _set_object(self, object)
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
            created_at = parse_timestamp(src_dict["created_at"])
            redeemable_id = src_dict["redeemable_id"]
            redeemable_object = src_dict["redeemable_object"]
            campaign_id = src_dict["campaign_id"]
            campaign_type = src_dict["campaign_type"]
            voucher_type = src_dict["voucher_type"]
            publication_id = src_dict["publication_id"]
            customer_id = src_dict["customer_id"]
            holder_role = src_dict["holder_role"]
            object = src_dict["object"]
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 11
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_created_at(self, created_at)
        _set_redeemable_id(self, redeemable_id)
        _set_redeemable_object(self, redeemable_object)
        _set_campaign_id(self, campaign_id)
        _set_campaign_type(self, campaign_type)
        _set_voucher_type(self, voucher_type)
        _set_publication_id(self, publication_id)
        _set_customer_id(self, customer_id)
        _set_holder_role(self, holder_role)
        _set_object(self, object)
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
_set_id = RedeemableHolder.__dict__["id"].__set__
_set_created_at = RedeemableHolder.__dict__["created_at"].__set__
_set_redeemable_id = RedeemableHolder.__dict__["redeemable_id"].__set__
_set_redeemable_object = RedeemableHolder.__dict__["redeemable_object"].__set__
_set_campaign_id = RedeemableHolder.__dict__["campaign_id"].__set__
_set_campaign_type = RedeemableHolder.__dict__["campaign_type"].__set__
_set_voucher_type = RedeemableHolder.__dict__["voucher_type"].__set__
_set_publication_id = RedeemableHolder.__dict__["publication_id"].__set__
_set_customer_id = RedeemableHolder.__dict__["customer_id"].__set__
_set_holder_role = RedeemableHolder.__dict__["holder_role"].__set__
_set_object = RedeemableHolder.__dict__["object"].__set__
_set_additional_properties = RedeemableHolder.__dict__["additional_properties"].__set__


RedeemableHolder._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
}
