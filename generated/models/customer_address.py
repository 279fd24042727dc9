from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="CustomerAddress")
# The JSON keys CustomerAddress declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "city",
        "state",
        "line_1",
        "line_2",
        "country",
        "postal_code",
    }
)


@_attrs_define
class CustomerAddress(LazyFields):
    """A customer's postal address.

    Attributes:
        city (str | Unset): City.
        state (str | Unset): State or region.
        line_1 (str | Unset): First address line.
        line_2 (str | Unset): Second address line.
        country (str | Unset): Country.
        postal_code (str | Unset): Postal code.
    """

    city: str | Unset = UNSET
    state: str | Unset = UNSET
    line_1: str | Unset = UNSET
    line_2: str | Unset = UNSET
    country: str | Unset = UNSET
    postal_code: str | Unset = UNSET
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
        if (city := self.city) is not UNSET:
            field_dict["city"] = city
        if (state := self.state) is not UNSET:
            field_dict["state"] = state
        if (line_1 := self.line_1) is not UNSET:
            field_dict["line_1"] = line_1
        if (line_2 := self.line_2) is not UNSET:
            field_dict["line_2"] = line_2
        if (country := self.country) is not UNSET:
            field_dict["country"] = country
        if (postal_code := self.postal_code) is not UNSET:
            field_dict["postal_code"] = postal_code
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        city = get("city", UNSET)
        state = get("state", UNSET)
        line_1 = get("line_1", UNSET)
        line_2 = get("line_2", UNSET)
        country = get("country", UNSET)
        postal_code = get("postal_code", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_city(self, city)
        _set_state(self, state)
        _set_line_1(self, line_1)
        _set_line_2(self, line_2)
        _set_country(self, country)
        _set_postal_code(self, postal_code)
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
            city = get("city", UNSET)
            state = get("state", UNSET)
            line_1 = get("line_1", UNSET)
            line_2 = get("line_2", UNSET)
            country = get("country", UNSET)
            postal_code = get("postal_code", UNSET)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
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
        _set_city(self, city)
        _set_state(self, state)
        _set_line_1(self, line_1)
        _set_line_2(self, line_2)
        _set_country(self, country)
        _set_postal_code(self, postal_code)
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
_set_city = CustomerAddress.__dict__["city"].__set__
_set_state = CustomerAddress.__dict__["state"].__set__
_set_line_1 = CustomerAddress.__dict__["line_1"].__set__
_set_line_2 = CustomerAddress.__dict__["line_2"].__set__
_set_country = CustomerAddress.__dict__["country"].__set__
_set_postal_code = CustomerAddress.__dict__["postal_code"].__set__
_set_additional_properties = CustomerAddress.__dict__["additional_properties"].__set__
