from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_status import ProgramStatus
from ..types import PARSED, UNSET, LazyFields, Unset, parse_nullable_timestamp, parse_timestamp, serialize_datetime

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
        if self._raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if (id := self.id) is not UNSET:
            field_dict["id"] = id
        if (name := self.name) is not UNSET:
            field_dict["name"] = name
        if (status := self.status) is not UNSET:
            field_dict["status"] = status
        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = serialize_datetime(self.start_date)
        else:
            start_date = self.start_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = serialize_datetime(self.end_date)
        else:
            end_date = self.end_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = metadata.to_dict()
        if not isinstance(created_at := self.created_at, Unset):
            field_dict["created_at"] = serialize_datetime(created_at)
        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = serialize_datetime(self.updated_at)
        else:
            updated_at = self.updated_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if (object := self.object) is not UNSET:
            field_dict["object"] = object
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
        id = get("id", UNSET)
        name = get("name", UNSET)
        status = get("status", UNSET)
        start_date = parse_nullable_timestamp(get("start_date", UNSET))

        end_date = parse_nullable_timestamp(get("end_date", UNSET))

        if (metadata := get("metadata", UNSET)) is not UNSET:
            metadata = ProgramMetadata.from_dict(metadata)
        if (created_at := get("created_at", UNSET)) is not UNSET:
            created_at = parse_timestamp(created_at)
        updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

        object = get("object", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}
        # Set only once everything parsed: a failed parse leaves no field half set.
        set_(self, "id", id)
        set_(self, "name", name)
        set_(self, "status", status)
        set_(self, "start_date", start_date)
        set_(self, "end_date", end_date)
        set_(self, "metadata", metadata)
        set_(self, "created_at", created_at)
        set_(self, "updated_at", updated_at)
        set_(self, "object", object)
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
from ..models.program_metadata import ProgramMetadata  # noqa: E402

Program._FIELDS = {
    "start_date": lambda src: parse_nullable_timestamp(src.get("start_date", UNSET)),
    "end_date": lambda src: parse_nullable_timestamp(src.get("end_date", UNSET)),
    "created_at": lambda src: UNSET if (value := src.get("created_at", UNSET)) is UNSET else parse_timestamp(value),
    "updated_at": lambda src: parse_nullable_timestamp(src.get("updated_at", UNSET)),
}
