from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    parse_timestamp,
    serialize_datetime,
    set_raw,
)

T = TypeVar("T", bound="PendingPoints")
# The JSON keys PendingPoints declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "voucher_id",
        "campaign_id",
        "customer_id",
        "order_id",
        "points",
        "activates_at",
        "details",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class PendingPoints(LazyFields):
    """Points earned by an order that become usable later.

    Attributes:
        id (str): Identifier of the pending points entry. Example: lopp_0ffd593d5ad207ba6b.
        voucher_id (str): Loyalty card the points will land on.
        campaign_id (str): Campaign of that card.
        customer_id (str): Holder of the card.
        order_id (str): Order that earned the points.
        points (int): Number of pending points.
        activates_at (datetime.date): Day the points become usable.
        details (PendingPointsDetails): Why pending points were granted.
        created_at (datetime.datetime): When the entry was created.
        updated_at (datetime.datetime | Unset): When the entry was last changed.
    """

    id: str
    voucher_id: str
    campaign_id: str
    customer_id: str
    order_id: str
    points: int
    activates_at: datetime.date
    details: PendingPointsDetails
    created_at: datetime.datetime
    updated_at: datetime.datetime | Unset = UNSET
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
            "voucher_id": self.voucher_id,
            "campaign_id": self.campaign_id,
            "customer_id": self.customer_id,
            "order_id": self.order_id,
            "points": self.points,
            "details": self.details.to_dict(),
            "created_at": serialize_datetime(self.created_at),
        }
        activates_at = self.activates_at.isoformat()
        field_dict["activates_at"] = activates_at
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_datetime(updated_at)
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
        voucher_id = src_dict["voucher_id"]
        campaign_id = src_dict["campaign_id"]
        customer_id = src_dict["customer_id"]
        order_id = src_dict["order_id"]
        points = src_dict["points"]
        activates_at = datetime.date.fromisoformat(src_dict["activates_at"])

        details_json = src_dict["details"]
        details = new_lazy(PendingPointsDetails)
        set_raw(details, details_json)
        created_at = parse_timestamp(src_dict["created_at"])
        if (updated_at := get("updated_at", UNSET)) is not UNSET:
            updated_at = parse_timestamp(updated_at)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 9 + (updated_at is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_voucher_id(self, voucher_id)
        _set_campaign_id(self, campaign_id)
        _set_customer_id(self, customer_id)
        _set_order_id(self, order_id)
        _set_points(self, points)
        _set_activates_at(self, activates_at)
        _set_details(self, details)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
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
            voucher_id = src_dict["voucher_id"]
            campaign_id = src_dict["campaign_id"]
            customer_id = src_dict["customer_id"]
            order_id = src_dict["order_id"]
            points = src_dict["points"]
            activates_at = datetime.date.fromisoformat(src_dict["activates_at"])

            details_json = src_dict["details"]
            details = new_lazy(PendingPointsDetails)
            created_at = parse_timestamp(src_dict["created_at"])
            if (updated_at := get("updated_at", UNSET)) is not UNSET:
                updated_at = parse_timestamp(updated_at)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 9 + (updated_at is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        activates_at_wire = activates_at.isoformat()
        field_dict["activates_at"] = activates_at_wire
        field_dict["details"] = PendingPointsDetails._load_to_dict(details, details_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_voucher_id(self, voucher_id)
        _set_campaign_id(self, campaign_id)
        _set_customer_id(self, customer_id)
        _set_order_id(self, order_id)
        _set_points(self, points)
        _set_activates_at(self, activates_at)
        _set_details(self, details)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
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
_set_id = PendingPoints.__dict__["id"].__set__
_set_voucher_id = PendingPoints.__dict__["voucher_id"].__set__
_set_campaign_id = PendingPoints.__dict__["campaign_id"].__set__
_set_customer_id = PendingPoints.__dict__["customer_id"].__set__
_set_order_id = PendingPoints.__dict__["order_id"].__set__
_set_points = PendingPoints.__dict__["points"].__set__
_set_activates_at = PendingPoints.__dict__["activates_at"].__set__
_set_details = PendingPoints.__dict__["details"].__set__
_set_created_at = PendingPoints.__dict__["created_at"].__set__
_set_updated_at = PendingPoints.__dict__["updated_at"].__set__
_set_additional_properties = PendingPoints.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.pending_points_details import PendingPointsDetails  # noqa: E402

PendingPoints._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
    "updated_at": lambda src: UNSET if (value := src.get("updated_at", UNSET)) is UNSET else parse_timestamp(value),
}
