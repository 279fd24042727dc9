from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incentive import Incentive


T = TypeVar("T", bound="IncentiveActivityData")


@_attrs_define
class IncentiveActivityData:
    """Payload of an incentive activity.

    Attributes:
        incentive (Incentive | Unset): Snapshot of the incentive when the activity was recorded.
    """

    incentive: Incentive | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        incentive: dict[str, Any] | Unset = UNSET
        if not isinstance(self.incentive, Unset):
            incentive = self.incentive.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if incentive is not UNSET:
            field_dict["incentive"] = incentive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incentive import Incentive  # noqa: PLC0415

        d = dict(src_dict)
        _incentive = d.pop("incentive", UNSET)
        incentive: Incentive | Unset
        if isinstance(_incentive, Unset):
            incentive = UNSET
        else:
            incentive = Incentive.from_dict(_incentive)

        instance_ = cls(
            incentive=incentive,
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
