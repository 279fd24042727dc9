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

T = TypeVar("T", bound="EarningEffectPoints")
# The JSON keys EarningEffectPoints declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "value",
        "card_definition_id",
        "points_expiration",
    }
)


@_attrs_define
class EarningEffectPoints(LazyFields):
    """Fixed number of points (effect type POINTS).

    Attributes:
        value (int | Unset): Points awarded.
        card_definition_id (str | Unset): Card definition the points go to.
        points_expiration (None | PointsExpiration | Unset): Expiration for these points, overriding the card
            definition's.
    """

    value: int | Unset = UNSET
    card_definition_id: str | Unset = UNSET
    points_expiration: None | PointsExpiration | Unset = UNSET
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
        if (value := self.value) is not UNSET:
            field_dict["value"] = value
        if (card_definition_id := self.card_definition_id) is not UNSET:
            field_dict["card_definition_id"] = card_definition_id
        points_expiration: dict[str, Any] | None | Unset
        if isinstance(self.points_expiration, Unset):
            points_expiration = UNSET
        elif isinstance(self.points_expiration, PointsExpiration):
            points_expiration = self.points_expiration.to_dict()
        else:
            points_expiration = self.points_expiration
        if points_expiration is not UNSET:
            field_dict["points_expiration"] = points_expiration
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        value = get("value", UNSET)
        card_definition_id = get("card_definition_id", UNSET)

        def _parse_points_expiration(data: builtins.object) -> None | PointsExpiration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                points_expiration_type_0 = PointsExpiration.from_dict(data)

                return points_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsExpiration | Unset, data)

        points_expiration = _parse_points_expiration(get("points_expiration", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 0 + (value is not UNSET) + (card_definition_id is not UNSET) + (
            points_expiration is not UNSET
        )
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_value(self, value)
        _set_card_definition_id(self, card_definition_id)
        _set_points_expiration(self, points_expiration)
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
            value = get("value", UNSET)
            card_definition_id = get("card_definition_id", UNSET)

            def _parse_points_expiration(data: builtins.object) -> None | PointsExpiration | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    points_expiration_type_0 = PointsExpiration.from_dict(data)

                    return points_expiration_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsExpiration | Unset, data)

            points_expiration = _parse_points_expiration(get("points_expiration", UNSET))

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 0 + (value is not UNSET) + (card_definition_id is not UNSET) + (
                points_expiration is not UNSET
            )
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        points_expiration_wire: dict[str, Any] | None | Unset
        if isinstance(points_expiration, Unset):
            points_expiration_wire = UNSET
        elif isinstance(points_expiration, PointsExpiration):
            points_expiration_wire = points_expiration.to_dict()
        else:
            points_expiration_wire = points_expiration
        if points_expiration_wire is not UNSET:
            field_dict["points_expiration"] = points_expiration_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_value(self, value)
        _set_card_definition_id(self, card_definition_id)
        _set_points_expiration(self, points_expiration)
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
_set_value = EarningEffectPoints.__dict__["value"].__set__
_set_card_definition_id = EarningEffectPoints.__dict__["card_definition_id"].__set__
_set_points_expiration = EarningEffectPoints.__dict__["points_expiration"].__set__
_set_additional_properties = EarningEffectPoints.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.points_expiration import PointsExpiration  # noqa: E402
