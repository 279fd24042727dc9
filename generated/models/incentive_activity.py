from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incentive_activity_type import IncentiveActivityType, check_incentive_activity_type
from ..types import UNSET, Timestamp, Unset, serialize_datetime

if TYPE_CHECKING:
    from ..models.activity_source import ActivitySource
    from ..models.incentive_activity_data import IncentiveActivityData


T = TypeVar("T", bound="IncentiveActivity")


@_attrs_define
class IncentiveActivity:
    """One entry of an incentive's activity log.

    Attributes:
        id (str): Activity id.
        incentive_id (str): Incentive the activity belongs to.
        type_ (IncentiveActivityType): Kind of incentive activity.
        data (IncentiveActivityData): Payload of an incentive activity.
        created_at (datetime.datetime): When the activity happened.
        group_id (str | Unset): Shared by activities caused by the same request.
        source (ActivitySource | Unset): Who or what caused the activity.
    """

    id: str
    incentive_id: str
    type_: IncentiveActivityType
    data: IncentiveActivityData
    created_at: datetime.datetime
    group_id: str | Unset = UNSET
    source: ActivitySource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        incentive_id = self.incentive_id

        type_: str = self.type_

        data = self.data.to_dict()

        created_at = serialize_datetime(self.created_at)

        group_id = self.group_id

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "incentive_id": incentive_id,
                "type": type_,
                "data": data,
                "created_at": created_at,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_source import ActivitySource  # noqa: PLC0415
        from ..models.incentive_activity_data import IncentiveActivityData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        incentive_id = d.pop("incentive_id")

        type_ = check_incentive_activity_type(d.pop("type"))

        data = IncentiveActivityData.from_dict(d.pop("data"))

        created_at = Timestamp.parse(d.pop("created_at"))

        group_id = d.pop("group_id", UNSET)

        _source = d.pop("source", UNSET)
        source: ActivitySource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ActivitySource.from_dict(_source)

        instance_ = cls(
            id=id,
            incentive_id=incentive_id,
            type_=type_,
            data=data,
            created_at=created_at,
            group_id=group_id,
            source=source,
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
