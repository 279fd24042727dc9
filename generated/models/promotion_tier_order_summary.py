from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionTierOrderSummary")


@_attrs_define
class PromotionTierOrderSummary:
    """Order totals of a promotion tier, in cents.

    Attributes:
        total_amount (int | Unset): Value of orders using the tier.
        total_discount_amount (int | Unset): Discount the tier gave.
    """

    total_amount: int | Unset = UNSET
    total_discount_amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        total_discount_amount = self.total_discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if total_discount_amount is not UNSET:
            field_dict["total_discount_amount"] = total_discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_amount = d.pop("total_amount", UNSET)

        total_discount_amount = d.pop("total_discount_amount", UNSET)

        instance_ = cls(
            total_amount=total_amount,
            total_discount_amount=total_discount_amount,
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
