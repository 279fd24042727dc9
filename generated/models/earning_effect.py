from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.earning_effect_type import EarningEffectType
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="EarningEffect")
# The JSON keys EarningEffect declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "type",
        "points",
        "points_proportional",
        "incentive",
    }
)


@_attrs_define
class EarningEffect(LazyFields):
    """One reward of an earning definition.

    Attributes:
        type (EarningEffectType | Unset): What an effect awards; names the detail object that is filled in.
        points (EarningEffectPoints | None | Unset):
        points_proportional (EarningEffectPointsProportional | None | Unset):
        incentive (EarningEffectIncentive | None | Unset):
    """

    type: EarningEffectType | Unset = UNSET
    points: EarningEffectPoints | None | Unset = UNSET
    points_proportional: EarningEffectPointsProportional | None | Unset = UNSET
    incentive: EarningEffectIncentive | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        if (type := self.type) is not UNSET:
            field_dict["type"] = type
        points: dict[str, Any] | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        elif isinstance(self.points, EarningEffectPoints):
            points = self.points.to_dict()
        else:
            points = self.points
        if points is not UNSET:
            field_dict["points"] = points
        points_proportional: dict[str, Any] | None | Unset
        if isinstance(self.points_proportional, Unset):
            points_proportional = UNSET
        elif isinstance(self.points_proportional, EarningEffectPointsProportional):
            points_proportional = self.points_proportional.to_dict()
        else:
            points_proportional = self.points_proportional
        if points_proportional is not UNSET:
            field_dict["points_proportional"] = points_proportional
        incentive: dict[str, Any] | None | Unset
        if isinstance(self.incentive, Unset):
            incentive = UNSET
        elif isinstance(self.incentive, EarningEffectIncentive):
            incentive = self.incentive.to_dict()
        else:
            incentive = self.incentive
        if incentive is not UNSET:
            field_dict["incentive"] = incentive
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        type = get("type", UNSET)

        def _parse_points(data: builtins.object) -> EarningEffectPoints | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                points_type_0 = EarningEffectPoints.from_dict(data)

                return points_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningEffectPoints | None | Unset, data)

        points = _parse_points(get("points", UNSET))

        def _parse_points_proportional(data: builtins.object) -> EarningEffectPointsProportional | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                points_proportional_type_0 = EarningEffectPointsProportional.from_dict(data)

                return points_proportional_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningEffectPointsProportional | None | Unset, data)

        points_proportional = _parse_points_proportional(get("points_proportional", UNSET))

        def _parse_incentive(data: builtins.object) -> EarningEffectIncentive | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incentive_type_0 = EarningEffectIncentive.from_dict(data)

                return incentive_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningEffectIncentive | None | Unset, data)

        incentive = _parse_incentive(get("incentive", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 0 + (type is not UNSET) + (points is not UNSET) + (
            points_proportional is not UNSET
        ) + (incentive is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_type(self, type)
        _set_points(self, points)
        _set_points_proportional(self, points_proportional)
        _set_incentive(self, incentive)
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
            type = get("type", UNSET)

            def _parse_points(data: builtins.object) -> EarningEffectPoints | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    points_type_0 = EarningEffectPoints.from_dict(data)

                    return points_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EarningEffectPoints | None | Unset, data)

            points = _parse_points(get("points", UNSET))

            def _parse_points_proportional(data: builtins.object) -> EarningEffectPointsProportional | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    points_proportional_type_0 = EarningEffectPointsProportional.from_dict(data)

                    return points_proportional_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EarningEffectPointsProportional | None | Unset, data)

            points_proportional = _parse_points_proportional(get("points_proportional", UNSET))

            def _parse_incentive(data: builtins.object) -> EarningEffectIncentive | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    incentive_type_0 = EarningEffectIncentive.from_dict(data)

                    return incentive_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EarningEffectIncentive | None | Unset, data)

            incentive = _parse_incentive(get("incentive", UNSET))

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 0 + (type is not UNSET) + (points is not UNSET) + (
                points_proportional is not UNSET
            ) + (incentive is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        points_wire: dict[str, Any] | None | Unset
        if isinstance(points, Unset):
            points_wire = UNSET
        elif isinstance(points, EarningEffectPoints):
            points_wire = points.to_dict()
        else:
            points_wire = points
        if points_wire is not UNSET:
            field_dict["points"] = points_wire
        points_proportional_wire: dict[str, Any] | None | Unset
        if isinstance(points_proportional, Unset):
            points_proportional_wire = UNSET
        elif isinstance(points_proportional, EarningEffectPointsProportional):
            points_proportional_wire = points_proportional.to_dict()
        else:
            points_proportional_wire = points_proportional
        if points_proportional_wire is not UNSET:
            field_dict["points_proportional"] = points_proportional_wire
        incentive_wire: dict[str, Any] | None | Unset
        if isinstance(incentive, Unset):
            incentive_wire = UNSET
        elif isinstance(incentive, EarningEffectIncentive):
            incentive_wire = incentive.to_dict()
        else:
            incentive_wire = incentive
        if incentive_wire is not UNSET:
            field_dict["incentive"] = incentive_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_type(self, type)
        _set_points(self, points)
        _set_points_proportional(self, points_proportional)
        _set_incentive(self, incentive)
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
_set_type = EarningEffect.__dict__["type"].__set__
_set_points = EarningEffect.__dict__["points"].__set__
_set_points_proportional = EarningEffect.__dict__["points_proportional"].__set__
_set_incentive = EarningEffect.__dict__["incentive"].__set__
_set_additional_properties = EarningEffect.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.earning_effect_incentive import EarningEffectIncentive  # noqa: E402
from ..models.earning_effect_points import EarningEffectPoints  # noqa: E402
from ..models.earning_effect_points_proportional import EarningEffectPointsProportional  # noqa: E402
