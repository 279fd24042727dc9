from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_tier_changed_activity_type import (
    CustomerTierChangedActivityType,
    check_customer_tier_changed_activity_type,
)
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="CustomerTierChangedActivity")


@_attrs_define
class CustomerTierChangedActivity(LazyFields):
    """The customer moved up or down a loyalty tier.

    Attributes:
        id (str): Identifier of the activity. Example: evcus_0c150c51730c6b60b1.
        created_at (datetime.datetime): When the activity happened. Example: 2022-08-30T09:14:07.660Z.
        type (CustomerTierChangedActivityType): Type of the activity.
        data (CustomerTierChangedActivityDetails): Details of a CustomerTierChangedActivity: the event payload and its
            source.
        group_id (str | Unset): Identifier of the API request that produced the activity. Example: v-1f36113948e50fc4ge.
    """

    id: str
    created_at: datetime.datetime
    type: CustomerTierChangedActivityType
    data: CustomerTierChangedActivityDetails
    group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        created_at = serialize_datetime(self.created_at)

        type: str = self.type

        data = self.data.to_dict()

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "type": type,
                "data": data,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = parse_timestamp(d.pop("created_at"))

        type = check_customer_tier_changed_activity_type(d.pop("type"))

        data = CustomerTierChangedActivityDetails.from_dict(d.pop("data"))

        group_id = d.pop("group_id", UNSET)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "created_at", created_at)
        set_(self, "type", type)
        set_(self, "data", data)
        set_(self, "group_id", group_id)
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
from ..models.customer_tier_changed_activity_details import CustomerTierChangedActivityDetails  # noqa: E402
