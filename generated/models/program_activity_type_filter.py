from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_activity_type_conditions import ProgramActivityTypeConditions


T = TypeVar("T", bound="ProgramActivityTypeFilter")


@_attrs_define
class ProgramActivityTypeFilter:
    """Filter on program activity type.

    Attributes:
        conditions (ProgramActivityTypeConditions | Unset): Conditions on program activity type.
    """

    conditions: ProgramActivityTypeConditions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_activity_type_conditions import ProgramActivityTypeConditions  # noqa: PLC0415

        d = dict(src_dict)
        _conditions = d.pop("conditions", UNSET)
        conditions: ProgramActivityTypeConditions | Unset
        if isinstance(_conditions, Unset):
            conditions = UNSET
        else:
            conditions = ProgramActivityTypeConditions.from_dict(_conditions)

        instance_ = cls(
            conditions=conditions,
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
