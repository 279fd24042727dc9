from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_activity_type import ProgramActivityType, check_program_activity_type
from ..types import UNSET, Timestamp, Unset, serialize_datetime

if TYPE_CHECKING:
    from ..models.activity_source import ActivitySource
    from ..models.program_activity_data import ProgramActivityData


T = TypeVar("T", bound="ProgramActivity")


@_attrs_define
class ProgramActivity:
    """One entry of a loyalty program's activity log.

    Attributes:
        id (str | Unset): Activity id.
        type_ (ProgramActivityType | Unset): Kind of program activity.
        data (ProgramActivityData | Unset): Payload of a program activity.
        created_at (datetime.datetime | Unset): When the activity happened.
        group_id (str | Unset): Shared by activities caused by the same request.
        source (ActivitySource | Unset): Who or what caused the activity.
        program_id (str | Unset): Program the activity belongs to.
    """

    id: str | Unset = UNSET
    type_: ProgramActivityType | Unset = UNSET
    data: ProgramActivityData | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    group_id: str | Unset = UNSET
    source: ActivitySource | Unset = UNSET
    program_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = serialize_datetime(self.created_at)

        group_id = self.group_id

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        program_id = self.program_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if source is not UNSET:
            field_dict["source"] = source
        if program_id is not UNSET:
            field_dict["program_id"] = program_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_source import ActivitySource  # noqa: PLC0415
        from ..models.program_activity_data import ProgramActivityData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProgramActivityType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_program_activity_type(_type_)

        _data = d.pop("data", UNSET)
        data: ProgramActivityData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ProgramActivityData.from_dict(_data)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = Timestamp.parse(_created_at)

        group_id = d.pop("group_id", UNSET)

        _source = d.pop("source", UNSET)
        source: ActivitySource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ActivitySource.from_dict(_source)

        program_id = d.pop("program_id", UNSET)

        instance_ = cls(
            id=id,
            type_=type_,
            data=data,
            created_at=created_at,
            group_id=group_id,
            source=source,
            program_id=program_id,
        )

        instance_.additional_properties = d
        return instance_

    @property
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
