from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleVoucherRedemption")


@_attrs_define
class SimpleVoucherRedemption:
    """Redemption counters of a voucher.

    Attributes:
        quantity (int | None): How many times it may be redeemed; null means no limit.
        redeemed_quantity (int): How many times it has been redeemed.
        redeemed_points (int | Unset): Loyalty points spent with it.
    """

    quantity: int | None
    redeemed_quantity: int
    redeemed_points: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity: int | None
        quantity = self.quantity

        redeemed_quantity = self.redeemed_quantity

        redeemed_points = self.redeemed_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "redeemed_quantity": redeemed_quantity,
            }
        )
        if redeemed_points is not UNSET:
            field_dict["redeemed_points"] = redeemed_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_quantity(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quantity = _parse_quantity(d.pop("quantity"))

        redeemed_quantity = d.pop("redeemed_quantity")

        redeemed_points = d.pop("redeemed_points", UNSET)

        instance_ = cls(
            quantity=quantity,
            redeemed_quantity=redeemed_quantity,
            redeemed_points=redeemed_points,
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
