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
    new_lazy,
    set_raw,
)

T = TypeVar("T", bound="PointsRollingExpiration")
# The JSON keys PointsRollingExpiration declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "period",
        "rounding",
    }
)


@_attrs_define
class PointsRollingExpiration(LazyFields):
    """Points expire a fixed period after they are earned.

    Attributes:
        period (PeriodValueUnit): A length of time, e.g. 6 MONTH.
        rounding (None | PointsRollingRounding | Unset): Moves the expiry to the end of a month, quarter, half-year or
            year.
    """

    period: PeriodValueUnit
    rounding: None | PointsRollingRounding | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties, "period": self.period.to_dict()}
        rounding: dict[str, Any] | None | Unset
        if isinstance(self.rounding, Unset):
            rounding = UNSET
        elif isinstance(self.rounding, PointsRollingRounding):
            rounding = self.rounding.to_dict()
        else:
            rounding = self.rounding
        if rounding is not UNSET:
            field_dict["rounding"] = rounding
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        period_json = src_dict["period"]
        period = new_lazy(PeriodValueUnit)
        set_raw(period, period_json)

        def _parse_rounding(data: builtins.object) -> None | PointsRollingRounding | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rounding_type_0 = PointsRollingRounding.from_dict(data)

                return rounding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsRollingRounding | Unset, data)

        rounding = _parse_rounding(get("rounding", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 1 + (rounding is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_period(self, period)
        _set_rounding(self, rounding)
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
            period_json = src_dict["period"]
            period = new_lazy(PeriodValueUnit)

            def _parse_rounding(data: builtins.object) -> None | PointsRollingRounding | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rounding_type_0 = PointsRollingRounding.from_dict(data)

                    return rounding_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsRollingRounding | Unset, data)

            rounding = _parse_rounding(get("rounding", UNSET))

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 1 + (rounding is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["period"] = PeriodValueUnit._load_to_dict(period, period_json)
        rounding_wire: dict[str, Any] | None | Unset
        if isinstance(rounding, Unset):
            rounding_wire = UNSET
        elif isinstance(rounding, PointsRollingRounding):
            rounding_wire = rounding.to_dict()
        else:
            rounding_wire = rounding
        if rounding_wire is not UNSET:
            field_dict["rounding"] = rounding_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_period(self, period)
        _set_rounding(self, rounding)
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
_set_period = PointsRollingExpiration.__dict__["period"].__set__
_set_rounding = PointsRollingExpiration.__dict__["rounding"].__set__
_set_additional_properties = PointsRollingExpiration.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.period_value_unit import PeriodValueUnit  # noqa: E402
from ..models.points_rolling_rounding import PointsRollingRounding  # noqa: E402
