from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_status import ProgramStatus
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    parse_nullable_timestamp,
    parse_timestamp,
    serialize_datetime,
    serialize_nullable_datetime,
    set_raw,
)

T = TypeVar("T", bound="Program")
# The JSON keys Program declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "status",
        "start_date",
        "end_date",
        "metadata",
        "created_at",
        "updated_at",
        "object",
    }
)


@_attrs_define
class Program(LazyFields):
    """Snapshot of the program when the activity was recorded.

    Attributes:
        id (str | Unset): Program id.
        name (str | Unset): Program name.
        status (ProgramStatus | Unset): Lifecycle status of a program.
        start_date (datetime.datetime | None | Unset): When the program starts, if limited.
        end_date (datetime.datetime | None | Unset): When the program ends, if limited.
        metadata (ProgramMetadata | Unset): Custom key-value data.
        created_at (datetime.datetime | Unset): When the program was created.
        updated_at (datetime.datetime | None | Unset): Last change; null if never changed.
        object (str | Unset): Object type, `program`.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    status: ProgramStatus | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    metadata: ProgramMetadata | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    object: str | Unset = UNSET
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
        if (id := self.id) is not UNSET:
            field_dict["id"] = id
        if (name := self.name) is not UNSET:
            field_dict["name"] = name
        if (status := self.status) is not UNSET:
            field_dict["status"] = status
        if not isinstance(start_date := self.start_date, Unset):
            field_dict["start_date"] = serialize_nullable_datetime(start_date)
        if not isinstance(end_date := self.end_date, Unset):
            field_dict["end_date"] = serialize_nullable_datetime(end_date)
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = metadata.to_dict()
        if not isinstance(created_at := self.created_at, Unset):
            field_dict["created_at"] = serialize_datetime(created_at)
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_nullable_datetime(updated_at)
        if (object := self.object) is not UNSET:
            field_dict["object"] = object
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        id = get("id", UNSET)
        name = get("name", UNSET)
        status = get("status", UNSET)
        start_date = parse_nullable_timestamp(get("start_date", UNSET))

        end_date = parse_nullable_timestamp(get("end_date", UNSET))

        metadata = metadata_json = get("metadata", UNSET)
        if metadata_json is not UNSET:
            metadata = new_lazy(ProgramMetadata)
            set_raw(metadata, metadata_json)
        if (created_at := get("created_at", UNSET)) is not UNSET:
            created_at = parse_timestamp(created_at)
        updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

        object = get("object", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_name(self, name)
        _set_status(self, status)
        _set_start_date(self, start_date)
        _set_end_date(self, end_date)
        _set_metadata(self, metadata)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_object(self, object)
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
            id = get("id", UNSET)
            name = get("name", UNSET)
            status = get("status", UNSET)
            start_date = parse_nullable_timestamp(get("start_date", UNSET))

            end_date = parse_nullable_timestamp(get("end_date", UNSET))

            metadata = metadata_json = get("metadata", UNSET)
            if metadata_json is not UNSET:
                metadata = new_lazy(ProgramMetadata)
            if (created_at := get("created_at", UNSET)) is not UNSET:
                created_at = parse_timestamp(created_at)
            updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

            object = get("object", UNSET)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if metadata is not UNSET:
            field_dict["metadata"] = ProgramMetadata._load_to_dict(metadata, metadata_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_name(self, name)
        _set_status(self, status)
        _set_start_date(self, start_date)
        _set_end_date(self, end_date)
        _set_metadata(self, metadata)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_object(self, object)
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
_set_id = Program.__dict__["id"].__set__
_set_name = Program.__dict__["name"].__set__
_set_status = Program.__dict__["status"].__set__
_set_start_date = Program.__dict__["start_date"].__set__
_set_end_date = Program.__dict__["end_date"].__set__
_set_metadata = Program.__dict__["metadata"].__set__
_set_created_at = Program.__dict__["created_at"].__set__
_set_updated_at = Program.__dict__["updated_at"].__set__
_set_object = Program.__dict__["object"].__set__
_set_additional_properties = Program.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.program_metadata import ProgramMetadata  # noqa: E402

Program._FIELDS = {
    "start_date": lambda src: parse_nullable_timestamp(src.get("start_date", UNSET)),
    "end_date": lambda src: parse_nullable_timestamp(src.get("end_date", UNSET)),
    "created_at": lambda src: UNSET if (value := src.get("created_at", UNSET)) is UNSET else parse_timestamp(value),
    "updated_at": lambda src: parse_nullable_timestamp(src.get("updated_at", UNSET)),
}
