from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    LazyFields,
    new_lazy,
    set_raw,
)

T = TypeVar("T", bound="PointsSlidingExpiration")
# The JSON keys PointsSlidingExpiration declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "earning_activity",
        "spending_activity",
        "custom_activity",
        "custom_activity_types",
        "period",
    }
)


@_attrs_define
class PointsSlidingExpiration(LazyFields):
    """Points expire after a period without qualifying activity; activity restarts the period.

    Attributes:
        earning_activity (bool): Earning points restarts the period.
        spending_activity (bool): Spending points restarts the period.
        custom_activity (bool): The listed custom events restart the period.
        custom_activity_types (list[str]): Custom event types that restart the period.
        period (PeriodValueUnit): A length of time, e.g. 6 MONTH.
    """

    earning_activity: bool
    spending_activity: bool
    custom_activity: bool
    custom_activity_types: list[str]
    period: PeriodValueUnit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "earning_activity": self.earning_activity,
            "spending_activity": self.spending_activity,
            "custom_activity": self.custom_activity,
            "period": self.period.to_dict(),
        }
        custom_activity_types = self.custom_activity_types

        field_dict["custom_activity_types"] = custom_activity_types
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        earning_activity = src_dict["earning_activity"]
        spending_activity = src_dict["spending_activity"]
        custom_activity = src_dict["custom_activity"]
        custom_activity_types = cast(list[str], src_dict["custom_activity_types"])

        period_json = src_dict["period"]
        period = new_lazy(PeriodValueUnit)
        set_raw(period, period_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 5
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_earning_activity(self, earning_activity)
        _set_spending_activity(self, spending_activity)
        _set_custom_activity(self, custom_activity)
        _set_custom_activity_types(self, custom_activity_types)
        _set_period(self, period)
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
_set_earning_activity = PointsSlidingExpiration.__dict__["earning_activity"].__set__
_set_spending_activity = PointsSlidingExpiration.__dict__["spending_activity"].__set__
_set_custom_activity = PointsSlidingExpiration.__dict__["custom_activity"].__set__
_set_custom_activity_types = PointsSlidingExpiration.__dict__["custom_activity_types"].__set__
_set_period = PointsSlidingExpiration.__dict__["period"].__set__
_set_additional_properties = PointsSlidingExpiration.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.period_value_unit import PeriodValueUnit  # noqa: E402
