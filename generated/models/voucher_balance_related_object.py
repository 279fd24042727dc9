from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_balance_related_object_type import (
    VoucherBalanceRelatedObjectType,
    check_voucher_balance_related_object_type,
)

T = TypeVar("T", bound="VoucherBalanceRelatedObject")


@_attrs_define
class VoucherBalanceRelatedObject:
    """The card a balance belongs to.

    Attributes:
        id (str): Identifier of the card.
        type_ (VoucherBalanceRelatedObjectType): Kind of object; always `voucher`.
    """

    id: str
    type_: VoucherBalanceRelatedObjectType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_voucher_balance_related_object_type(d.pop("type"))

        instance_ = cls(
            id=id,
            type_=type_,
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
