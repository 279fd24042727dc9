from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset

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
        if self._raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
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
        # Set only once everything parsed: a failed parse leaves no field half set.
        set_(self, "city", city)
        set_(self, "state", state)
        set_(self, "line_1", line_1)
        set_(self, "line_2", line_2)
        set_(self, "country", country)
        set_(self, "postal_code", postal_code)
        set_(self, "additional_properties", additional_properties)

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
