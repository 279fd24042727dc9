from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CampaignVoucherRedemption")


@_attrs_define
class CampaignVoucherRedemption:
    """Redemption limits of a campaign's vouchers.

    Attributes:
        quantity (int | None): How many times each voucher may be redeemed; null means no limit.
        redeemed_quantity (int): How many times it has been redeemed.
    """

    quantity: int | None
    redeemed_quantity: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity: int | None
        quantity = self.quantity

        redeemed_quantity = self.redeemed_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "redeemed_quantity": redeemed_quantity,
            }
        )

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

        instance_ = cls(
            quantity=quantity,
            redeemed_quantity=redeemed_quantity,
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
