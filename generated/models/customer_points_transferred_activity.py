from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_points_transferred_activity_type import (
    CustomerPointsTransferredActivityType,
    check_customer_points_transferred_activity_type,
)
from ..types import UNSET, Timestamp, Unset, serialize_datetime

if TYPE_CHECKING:
    from ..models.customer_points_transferred_activity_details import CustomerPointsTransferredActivityDetails


T = TypeVar("T", bound="CustomerPointsTransferredActivity")


@_attrs_define
class CustomerPointsTransferredActivity:
    """Points were moved between loyalty cards of the customer.

    Attributes:
        id (str): Identifier of the activity. Example: evcus_0c150c51730c6b60b1.
        created_at (datetime.datetime): When the activity happened. Example: 2022-08-30T09:14:07.660Z.
        type_ (CustomerPointsTransferredActivityType): Type of the activity.
        data (CustomerPointsTransferredActivityDetails): Details of a CustomerPointsTransferredActivity: the event
            payload and its source.
        group_id (str | Unset): Identifier of the API request that produced the activity. Example: v-1f36113948e50fc4ge.
    """

    id: str
    created_at: datetime.datetime
    type_: CustomerPointsTransferredActivityType
    data: CustomerPointsTransferredActivityDetails
    group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = serialize_datetime(self.created_at)

        type_: str = self.type_

        data = self.data.to_dict()

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "type": type_,
                "data": data,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_points_transferred_activity_details import CustomerPointsTransferredActivityDetails  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_at = Timestamp.parse(d.pop("created_at"))

        type_ = check_customer_points_transferred_activity_type(d.pop("type"))

        data = CustomerPointsTransferredActivityDetails.from_dict(d.pop("data"))

        group_id = d.pop("group_id", UNSET)

        instance_ = cls(
            id=id,
            created_at=created_at,
            type_=type_,
            data=data,
            group_id=group_id,
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
