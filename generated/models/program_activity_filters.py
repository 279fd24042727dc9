from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_junction import FilterJunction
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    set_raw,
)

T = TypeVar("T", bound="ProgramActivityFilters")
# The JSON keys ProgramActivityFilters declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "junction",
        "id",
        "type",
        "created_at",
    }
)


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
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        if (junction := self.junction) is not UNSET:
            field_dict["junction"] = junction
        if not isinstance(id := self.id, Unset):
            field_dict["id"] = id.to_dict()
        if not isinstance(type := self.type, Unset):
            field_dict["type"] = type.to_dict()
        if not isinstance(created_at := self.created_at, Unset):
            field_dict["created_at"] = created_at.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        junction = get("junction", UNSET)
        id = id_json = get("id", UNSET)
        if id_json is not UNSET:
            id = new_lazy(ProgramActivityIdFilter)
            set_raw(id, id_json)
        type = type_json = get("type", UNSET)
        if type_json is not UNSET:
            type = new_lazy(ProgramActivityTypeFilter)
            set_raw(type, type_json)
        created_at = created_at_json = get("created_at", UNSET)
        if created_at_json is not UNSET:
            created_at = new_lazy(CreatedAtFilter)
            set_raw(created_at, created_at_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 0 + (junction is not UNSET) + (id is not UNSET) + (type is not UNSET) + (
            created_at is not UNSET
        )
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_junction(self, junction)
        _set_id(self, id)
        _set_type(self, type)
        _set_created_at(self, created_at)
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
            junction = get("junction", UNSET)
            id = id_json = get("id", UNSET)
            if id_json is not UNSET:
                id = new_lazy(ProgramActivityIdFilter)
            type = type_json = get("type", UNSET)
            if type_json is not UNSET:
                type = new_lazy(ProgramActivityTypeFilter)
            created_at = created_at_json = get("created_at", UNSET)
            if created_at_json is not UNSET:
                created_at = new_lazy(CreatedAtFilter)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 0 + (junction is not UNSET) + (id is not UNSET) + (type is not UNSET) + (
                created_at is not UNSET
            )
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if id is not UNSET:
            field_dict["id"] = ProgramActivityIdFilter._load_to_dict(id, id_json)
        if type is not UNSET:
            field_dict["type"] = ProgramActivityTypeFilter._load_to_dict(type, type_json)
        if created_at is not UNSET:
            field_dict["created_at"] = CreatedAtFilter._load_to_dict(created_at, created_at_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_junction(self, junction)
        _set_id(self, id)
        _set_type(self, type)
        _set_created_at(self, created_at)
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
_set_junction = ProgramActivityFilters.__dict__["junction"].__set__
_set_id = ProgramActivityFilters.__dict__["id"].__set__
_set_type = ProgramActivityFilters.__dict__["type"].__set__
_set_created_at = ProgramActivityFilters.__dict__["created_at"].__set__
_set_additional_properties = ProgramActivityFilters.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.created_at_filter import CreatedAtFilter  # noqa: E402
from ..models.program_activity_id_filter import ProgramActivityIdFilter  # noqa: E402
from ..models.program_activity_type_filter import ProgramActivityTypeFilter  # noqa: E402
