from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category_object import CategoryObject
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="Category")
# The JSON keys Category declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "hierarchy",
        "object",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class Category(LazyFields):
    """A category that campaigns and vouchers can be filed under.

    Attributes:
        id (str): Identifier of the category.
        name (str): Name of the category.
        hierarchy (int): Position of the category in the ordering.
        object (CategoryObject): Kind of object; always `category`.
        created_at (datetime.datetime): When the category was created.
        updated_at (datetime.datetime | Unset): When the category was last changed.
    """

    id: str
    name: str
    hierarchy: int
    object: CategoryObject
    created_at: datetime.datetime
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["hierarchy"] = self.hierarchy
        field_dict["object"] = self.object
        field_dict["created_at"] = serialize_datetime(self.created_at)
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_datetime(updated_at)
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
        id = src_dict["id"]
        name = src_dict["name"]
        hierarchy = src_dict["hierarchy"]
        object = src_dict["object"]
        created_at = parse_timestamp(src_dict["created_at"])
        if (updated_at := get("updated_at", UNSET)) is not UNSET:
            updated_at = parse_timestamp(updated_at)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}
        # Set only once everything parsed: a failed parse leaves no field half set.
        set_(self, "id", id)
        set_(self, "name", name)
        set_(self, "hierarchy", hierarchy)
        set_(self, "object", object)
        set_(self, "created_at", created_at)
        set_(self, "updated_at", updated_at)
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


Category._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
    "updated_at": lambda src: UNSET if (value := src.get("updated_at", UNSET)) is UNSET else parse_timestamp(value),
}
