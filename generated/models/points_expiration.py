from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.points_expiration_type import PointsExpirationType
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="PointsExpiration")
# The JSON keys PointsExpiration declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "type",
        "rolling_expiration",
        "calendar_expiration",
        "sliding_expiration",
    }
)


@_attrs_define
class PointsExpiration(LazyFields):
    """Expiration policy for awarded points.

    Attributes:
        type (PointsExpirationType): How awarded points expire; names the sub-object that is filled in.
        rolling_expiration (None | PointsRollingExpiration | Unset):
        calendar_expiration (None | PointsCalendarExpiration | Unset):
        sliding_expiration (None | PointsSlidingExpiration | Unset):
    """

    type: PointsExpirationType
    rolling_expiration: None | PointsRollingExpiration | Unset = UNSET
    calendar_expiration: None | PointsCalendarExpiration | Unset = UNSET
    sliding_expiration: None | PointsSlidingExpiration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties, "type": self.type}
        rolling_expiration: dict[str, Any] | None | Unset
        if isinstance(self.rolling_expiration, Unset):
            rolling_expiration = UNSET
        elif isinstance(self.rolling_expiration, PointsRollingExpiration):
            rolling_expiration = self.rolling_expiration.to_dict()
        else:
            rolling_expiration = self.rolling_expiration
        if rolling_expiration is not UNSET:
            field_dict["rolling_expiration"] = rolling_expiration
        calendar_expiration: dict[str, Any] | None | Unset
        if isinstance(self.calendar_expiration, Unset):
            calendar_expiration = UNSET
        elif isinstance(self.calendar_expiration, PointsCalendarExpiration):
            calendar_expiration = self.calendar_expiration.to_dict()
        else:
            calendar_expiration = self.calendar_expiration
        if calendar_expiration is not UNSET:
            field_dict["calendar_expiration"] = calendar_expiration
        sliding_expiration: dict[str, Any] | None | Unset
        if isinstance(self.sliding_expiration, Unset):
            sliding_expiration = UNSET
        elif isinstance(self.sliding_expiration, PointsSlidingExpiration):
            sliding_expiration = self.sliding_expiration.to_dict()
        else:
            sliding_expiration = self.sliding_expiration
        if sliding_expiration is not UNSET:
            field_dict["sliding_expiration"] = sliding_expiration
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        type = src_dict["type"]

        def _parse_rolling_expiration(data: builtins.object) -> None | PointsRollingExpiration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rolling_expiration_type_0 = PointsRollingExpiration.from_dict(data)

                return rolling_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsRollingExpiration | Unset, data)

        rolling_expiration = _parse_rolling_expiration(get("rolling_expiration", UNSET))

        def _parse_calendar_expiration(data: builtins.object) -> None | PointsCalendarExpiration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                calendar_expiration_type_0 = PointsCalendarExpiration.from_dict(data)

                return calendar_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsCalendarExpiration | Unset, data)

        calendar_expiration = _parse_calendar_expiration(get("calendar_expiration", UNSET))

        def _parse_sliding_expiration(data: builtins.object) -> None | PointsSlidingExpiration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sliding_expiration_type_0 = PointsSlidingExpiration.from_dict(data)

                return sliding_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsSlidingExpiration | Unset, data)

        sliding_expiration = _parse_sliding_expiration(get("sliding_expiration", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 1 + (rolling_expiration is not UNSET) + (calendar_expiration is not UNSET) + (
            sliding_expiration is not UNSET
        )
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_type(self, type)
        _set_rolling_expiration(self, rolling_expiration)
        _set_calendar_expiration(self, calendar_expiration)
        _set_sliding_expiration(self, sliding_expiration)
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
            type = src_dict["type"]

            def _parse_rolling_expiration(data: builtins.object) -> None | PointsRollingExpiration | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rolling_expiration_type_0 = PointsRollingExpiration.from_dict(data)

                    return rolling_expiration_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsRollingExpiration | Unset, data)

            rolling_expiration = _parse_rolling_expiration(get("rolling_expiration", UNSET))

            def _parse_calendar_expiration(data: builtins.object) -> None | PointsCalendarExpiration | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    calendar_expiration_type_0 = PointsCalendarExpiration.from_dict(data)

                    return calendar_expiration_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsCalendarExpiration | Unset, data)

            calendar_expiration = _parse_calendar_expiration(get("calendar_expiration", UNSET))

            def _parse_sliding_expiration(data: builtins.object) -> None | PointsSlidingExpiration | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    sliding_expiration_type_0 = PointsSlidingExpiration.from_dict(data)

                    return sliding_expiration_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsSlidingExpiration | Unset, data)

            sliding_expiration = _parse_sliding_expiration(get("sliding_expiration", UNSET))

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 1 + (rolling_expiration is not UNSET) + (calendar_expiration is not UNSET) + (
                sliding_expiration is not UNSET
            )
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        rolling_expiration_wire: dict[str, Any] | None | Unset
        if isinstance(rolling_expiration, Unset):
            rolling_expiration_wire = UNSET
        elif isinstance(rolling_expiration, PointsRollingExpiration):
            rolling_expiration_wire = rolling_expiration.to_dict()
        else:
            rolling_expiration_wire = rolling_expiration
        if rolling_expiration_wire is not UNSET:
            field_dict["rolling_expiration"] = rolling_expiration_wire
        calendar_expiration_wire: dict[str, Any] | None | Unset
        if isinstance(calendar_expiration, Unset):
            calendar_expiration_wire = UNSET
        elif isinstance(calendar_expiration, PointsCalendarExpiration):
            calendar_expiration_wire = calendar_expiration.to_dict()
        else:
            calendar_expiration_wire = calendar_expiration
        if calendar_expiration_wire is not UNSET:
            field_dict["calendar_expiration"] = calendar_expiration_wire
        sliding_expiration_wire: dict[str, Any] | None | Unset
        if isinstance(sliding_expiration, Unset):
            sliding_expiration_wire = UNSET
        elif isinstance(sliding_expiration, PointsSlidingExpiration):
            sliding_expiration_wire = sliding_expiration.to_dict()
        else:
            sliding_expiration_wire = sliding_expiration
        if sliding_expiration_wire is not UNSET:
            field_dict["sliding_expiration"] = sliding_expiration_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_type(self, type)
        _set_rolling_expiration(self, rolling_expiration)
        _set_calendar_expiration(self, calendar_expiration)
        _set_sliding_expiration(self, sliding_expiration)
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
_set_type = PointsExpiration.__dict__["type"].__set__
_set_rolling_expiration = PointsExpiration.__dict__["rolling_expiration"].__set__
_set_calendar_expiration = PointsExpiration.__dict__["calendar_expiration"].__set__
_set_sliding_expiration = PointsExpiration.__dict__["sliding_expiration"].__set__
_set_additional_properties = PointsExpiration.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.points_calendar_expiration import PointsCalendarExpiration  # noqa: E402
from ..models.points_rolling_expiration import PointsRollingExpiration  # noqa: E402
from ..models.points_sliding_expiration import PointsSlidingExpiration  # noqa: E402
