from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    parse_timestamp,
    serialize_datetime,
    set_raw,
)

T = TypeVar("T", bound="OrderRedemptionEntry")
# The JSON keys OrderRedemptionEntry declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "date",
        "rollback_id",
        "rollback_date",
        "related_object_type",
        "related_object_id",
        "related_object_parent_id",
        "stacked",
        "rollback_stacked",
    }
)


@_attrs_define
class OrderRedemptionEntry(LazyFields):
    """One value of Order.redemptions: a redemption applied to the order.

    Attributes:
        date (datetime.datetime | Unset): When the redemption happened.
        rollback_id (str | Unset): Rollback that undid it. Example: rr_0c63c84eb78ee0a6c0.
        rollback_date (datetime.datetime | Unset): When it was rolled back.
        related_object_type (str | Unset): Kind of object redeemed, normally `redemption`. Default: 'redemption'.
        related_object_id (str | Unset): Identifier of that object. Example: r_0ba186c4824e4881e1.
        related_object_parent_id (str | Unset): Parent of that object.
        stacked (list[str] | Unset): Redemptions made together with it.
        rollback_stacked (list[str] | Unset): Rollbacks made together with its rollback.
    """

    date: datetime.datetime | Unset = UNSET
    rollback_id: str | Unset = UNSET
    rollback_date: datetime.datetime | Unset = UNSET
    related_object_type: str | Unset = "redemption"
    related_object_id: str | Unset = UNSET
    related_object_parent_id: str | Unset = UNSET
    stacked: list[str] | Unset = UNSET
    rollback_stacked: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        if not isinstance(date := self.date, Unset):
            field_dict["date"] = serialize_datetime(date)
        if (rollback_id := self.rollback_id) is not UNSET:
            field_dict["rollback_id"] = rollback_id
        if not isinstance(rollback_date := self.rollback_date, Unset):
            field_dict["rollback_date"] = serialize_datetime(rollback_date)
        if (related_object_type := self.related_object_type) is not UNSET:
            field_dict["related_object_type"] = related_object_type
        if (related_object_id := self.related_object_id) is not UNSET:
            field_dict["related_object_id"] = related_object_id
        if (related_object_parent_id := self.related_object_parent_id) is not UNSET:
            field_dict["related_object_parent_id"] = related_object_parent_id
        stacked: list[str] | Unset = UNSET
        if not isinstance(self.stacked, Unset):
            stacked = self.stacked

        if stacked is not UNSET:
            field_dict["stacked"] = stacked
        rollback_stacked: list[str] | Unset = UNSET
        if not isinstance(self.rollback_stacked, Unset):
            rollback_stacked = self.rollback_stacked

        if rollback_stacked is not UNSET:
            field_dict["rollback_stacked"] = rollback_stacked
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        if (date := get("date", UNSET)) is not UNSET:
            date = parse_timestamp(date)
        rollback_id = get("rollback_id", UNSET)
        if (rollback_date := get("rollback_date", UNSET)) is not UNSET:
            rollback_date = parse_timestamp(rollback_date)
        related_object_type = get("related_object_type", UNSET)
        related_object_id = get("related_object_id", UNSET)
        related_object_parent_id = get("related_object_parent_id", UNSET)
        stacked = cast(list[str], get("stacked", UNSET))

        rollback_stacked = cast(list[str], get("rollback_stacked", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_date(self, date)
        _set_rollback_id(self, rollback_id)
        _set_rollback_date(self, rollback_date)
        _set_related_object_type(self, related_object_type)
        _set_related_object_id(self, related_object_id)
        _set_related_object_parent_id(self, related_object_parent_id)
        _set_stacked(self, stacked)
        _set_rollback_stacked(self, rollback_stacked)
        _set_additional_properties(self, additional_properties)
        set_raw(self, PARSED)

    def _load_to_dict(self, src_dict: Any) -> dict[str, Any]:
        """``to_dict()`` of this model, not parsed yet, from ``src_dict`` (its ``_raw``, or the JSON a
        parent made it for; a parent's own pass calls this right after ``new_lazy``): parse as
        ``_load`` does, then write back, the values that write back as they came being the
        source's own. Data that does not parse comes back as it came, the model lazy on it."""
        set_raw(self, src_dict)
        return self.to_dict()

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
_set_date = OrderRedemptionEntry.__dict__["date"].__set__
_set_rollback_id = OrderRedemptionEntry.__dict__["rollback_id"].__set__
_set_rollback_date = OrderRedemptionEntry.__dict__["rollback_date"].__set__
_set_related_object_type = OrderRedemptionEntry.__dict__["related_object_type"].__set__
_set_related_object_id = OrderRedemptionEntry.__dict__["related_object_id"].__set__
_set_related_object_parent_id = OrderRedemptionEntry.__dict__["related_object_parent_id"].__set__
_set_stacked = OrderRedemptionEntry.__dict__["stacked"].__set__
_set_rollback_stacked = OrderRedemptionEntry.__dict__["rollback_stacked"].__set__
_set_additional_properties = OrderRedemptionEntry.__dict__["additional_properties"].__set__


OrderRedemptionEntry._FIELDS = {
    "date": lambda src: UNSET if (value := src.get("date", UNSET)) is UNSET else parse_timestamp(value),
    "rollback_date": lambda src: (
        UNSET if (value := src.get("rollback_date", UNSET)) is UNSET else parse_timestamp(value)
    ),
}
