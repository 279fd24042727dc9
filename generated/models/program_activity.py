from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_activity_type import ProgramActivityType
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    parse_timestamp,
    serialize_datetime,
    set_raw,
)

T = TypeVar("T", bound="ProgramActivity")
# The JSON keys ProgramActivity declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "data",
        "created_at",
        "group_id",
        "source",
        "program_id",
    }
)


@_attrs_define
class ProgramActivity(LazyFields):
    """One entry of a loyalty program's activity log.

    Attributes:
        id (str): Activity id.
        type (ProgramActivityType): Kind of program activity.
        data (ProgramActivityData): Payload of a program activity.
        created_at (datetime.datetime): When the activity happened.
        group_id (str | Unset): Shared by activities caused by the same request.
        source (ActivitySource | Unset): Who or what caused the activity.
        program_id (str | Unset): Program the activity belongs to.
    """

    id: str
    type: ProgramActivityType
    data: ProgramActivityData
    created_at: datetime.datetime
    group_id: str | Unset = UNSET
    source: ActivitySource | Unset = UNSET
    program_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "type": self.type,
            "data": self.data.to_dict(),
            "created_at": serialize_datetime(self.created_at),
        }
        if (group_id := self.group_id) is not UNSET:
            field_dict["group_id"] = group_id
        if not isinstance(source := self.source, Unset):
            field_dict["source"] = source.to_dict()
        if (program_id := self.program_id) is not UNSET:
            field_dict["program_id"] = program_id
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        id = src_dict["id"]
        type = src_dict["type"]
        data_json = src_dict["data"]
        data = new_lazy(ProgramActivityData)
        set_raw(data, data_json)
        created_at = parse_timestamp(src_dict["created_at"])
        group_id = get("group_id", UNSET)
        source = source_json = get("source", UNSET)
        if source_json is not UNSET:
            source = new_lazy(ActivitySource)
            set_raw(source, source_json)
        program_id = get("program_id", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 4 + (group_id is not UNSET) + (source is not UNSET) + (program_id is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_type(self, type)
        _set_data(self, data)
        _set_created_at(self, created_at)
        _set_group_id(self, group_id)
        _set_source(self, source)
        _set_program_id(self, program_id)
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
            id = src_dict["id"]
            type = src_dict["type"]
            data_json = src_dict["data"]
            data = new_lazy(ProgramActivityData)
            created_at = parse_timestamp(src_dict["created_at"])
            group_id = get("group_id", UNSET)
            source = source_json = get("source", UNSET)
            if source_json is not UNSET:
                source = new_lazy(ActivitySource)
            program_id = get("program_id", UNSET)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 4 + (group_id is not UNSET) + (source is not UNSET) + (program_id is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["data"] = ProgramActivityData._load_to_dict(data, data_json)
        if source is not UNSET:
            field_dict["source"] = ActivitySource._load_to_dict(source, source_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_type(self, type)
        _set_data(self, data)
        _set_created_at(self, created_at)
        _set_group_id(self, group_id)
        _set_source(self, source)
        _set_program_id(self, program_id)
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
_set_id = ProgramActivity.__dict__["id"].__set__
_set_type = ProgramActivity.__dict__["type"].__set__
_set_data = ProgramActivity.__dict__["data"].__set__
_set_created_at = ProgramActivity.__dict__["created_at"].__set__
_set_group_id = ProgramActivity.__dict__["group_id"].__set__
_set_source = ProgramActivity.__dict__["source"].__set__
_set_program_id = ProgramActivity.__dict__["program_id"].__set__
_set_additional_properties = ProgramActivity.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.activity_source import ActivitySource  # noqa: E402
from ..models.program_activity_data import ProgramActivityData  # noqa: E402

ProgramActivity._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
}
