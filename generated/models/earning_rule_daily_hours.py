from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="EarningRuleDailyHours")
# The JSON keys EarningRuleDailyHours declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "days_of_week",
        "start_time",
        "end_time",
    }
)


@_attrs_define
class EarningRuleDailyHours(LazyFields):
    """A time window on some days of the week.

    Attributes:
        days_of_week (list[int] | Unset): Days the window applies, 0 = Sunday to 6 = Saturday.
        start_time (str | Unset): Window start, HH:mm.
        end_time (str | Unset): Window end, HH:mm.
    """

    days_of_week: list[int] | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        days_of_week: list[int] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = self.days_of_week

        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week
        if (start_time := self.start_time) is not UNSET:
            field_dict["start_time"] = start_time
        if (end_time := self.end_time) is not UNSET:
            field_dict["end_time"] = end_time
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        days_of_week = cast(list[int], get("days_of_week", UNSET))

        start_time = get("start_time", UNSET)
        end_time = get("end_time", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_days_of_week(self, days_of_week)
        _set_start_time(self, start_time)
        _set_end_time(self, end_time)
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
_set_days_of_week = EarningRuleDailyHours.__dict__["days_of_week"].__set__
_set_start_time = EarningRuleDailyHours.__dict__["start_time"].__set__
_set_end_time = EarningRuleDailyHours.__dict__["end_time"].__set__
_set_additional_properties = EarningRuleDailyHours.__dict__["additional_properties"].__set__
