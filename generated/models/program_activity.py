from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_activity_type import ProgramActivityType
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

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
        if self._raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type
        field_dict["data"] = self.data.to_dict()
        field_dict["created_at"] = serialize_datetime(self.created_at)
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
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        get = src_dict.get
        id = src_dict["id"]
        type = src_dict["type"]
        data = ProgramActivityData.from_dict(src_dict["data"])
        created_at = parse_timestamp(src_dict["created_at"])
        group_id = get("group_id", UNSET)
        if (source := get("source", UNSET)) is not UNSET:
            source = ActivitySource.from_dict(source)
        program_id = get("program_id", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}
        # Set only once everything parsed: a failed parse leaves no field half set.
        set_(self, "id", id)
        set_(self, "type", type)
        set_(self, "data", data)
        set_(self, "created_at", created_at)
        set_(self, "group_id", group_id)
        set_(self, "source", source)
        set_(self, "program_id", program_id)
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
from ..models.activity_source import ActivitySource  # noqa: E402
from ..models.program_activity_data import ProgramActivityData  # noqa: E402

ProgramActivity._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
}
