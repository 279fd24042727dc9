from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_junction import FilterJunction, check_filter_junction
from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="ProgramActivityFilters")


@_attrs_define
class ProgramActivityFilters(LazyFields):
    """Filters for program activities.

    Attributes:
        junction (FilterJunction | Unset): How the field filters combine.
        id (ProgramActivityIdFilter | Unset): Filter on program activity id.
        type (ProgramActivityTypeFilter | Unset): Filter on program activity type.
        created_at (CreatedAtFilter | Unset): Filter on activity creation time.
    """

    junction: FilterJunction | Unset = UNSET
    id: ProgramActivityIdFilter | Unset = UNSET
    type: ProgramActivityTypeFilter | Unset = UNSET
    created_at: CreatedAtFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        junction: str | Unset = UNSET
        if not isinstance(self.junction, Unset):
            junction = self.junction

        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if junction is not UNSET:
            field_dict["junction"] = junction
        if id is not UNSET:
            field_dict["id"] = id
        if type is not UNSET:
            field_dict["type"] = type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        _junction = d.pop("junction", UNSET)
        junction: FilterJunction | Unset
        if isinstance(_junction, Unset):
            junction = UNSET
        else:
            junction = check_filter_junction(_junction)

        _id = d.pop("id", UNSET)
        id: ProgramActivityIdFilter | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = ProgramActivityIdFilter.from_dict(_id)

        _type = d.pop("type", UNSET)
        type: ProgramActivityTypeFilter | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = ProgramActivityTypeFilter.from_dict(_type)

        _created_at = d.pop("created_at", UNSET)
        created_at: CreatedAtFilter | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = CreatedAtFilter.from_dict(_created_at)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "junction", junction)
        set_(self, "id", id)
        set_(self, "type", type)
        set_(self, "created_at", created_at)
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


# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.created_at_filter import CreatedAtFilter  # noqa: E402
from ..models.program_activity_id_filter import ProgramActivityIdFilter  # noqa: E402
from ..models.program_activity_type_filter import ProgramActivityTypeFilter  # noqa: E402
