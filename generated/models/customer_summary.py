from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_order_summary import CustomerOrderSummary
    from ..models.customer_redemption_summary import CustomerRedemptionSummary


T = TypeVar("T", bound="CustomerSummary")


@_attrs_define
class CustomerSummary:
    """Counters of a customer's redemptions and orders.

    Attributes:
        redemptions (CustomerRedemptionSummary): Counters of a customer's redemptions and rollbacks.
        orders (CustomerOrderSummary): Totals over the customer's paid and fulfilled orders; amounts in cents.
    """

    redemptions: CustomerRedemptionSummary
    orders: CustomerOrderSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redemptions = self.redemptions.to_dict()

        orders = self.orders.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redemptions": redemptions,
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_order_summary import CustomerOrderSummary  # noqa: PLC0415
        from ..models.customer_redemption_summary import CustomerRedemptionSummary  # noqa: PLC0415

        d = dict(src_dict)
        redemptions = CustomerRedemptionSummary.from_dict(d.pop("redemptions"))

        orders = CustomerOrderSummary.from_dict(d.pop("orders"))

        instance_ = cls(
            redemptions=redemptions,
            orders=orders,
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
