from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.points_proportional_calculation_type import (
    PointsProportionalCalculationType,
    check_points_proportional_calculation_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.points_proportional_customer import PointsProportionalCustomer
    from ..models.points_proportional_order import PointsProportionalOrder
    from ..models.points_proportional_order_items import PointsProportionalOrderItems


T = TypeVar("T", bound="PointsProportional")


@_attrs_define
class PointsProportional:
    """Points proportional to an order or customer value (incentive type POINTS_PROPORTIONAL).

    Attributes:
        calculation_type (PointsProportionalCalculationType): Base value of the calculation; names the sub-object that
            is filled in.
        card_definition_id (str): Card definition the points go to.
        order (PointsProportionalOrder | Unset): Order-level bases (amount, total_amount or metadata).
        customer (PointsProportionalCustomer | Unset): Customer-level base (CUSTOMER_METADATA_VALUE).
        order_items (PointsProportionalOrderItems | Unset): Order-item bases (amount, subtotal_amount or quantity).
    """

    calculation_type: PointsProportionalCalculationType
    card_definition_id: str
    order: PointsProportionalOrder | Unset = UNSET
    customer: PointsProportionalCustomer | Unset = UNSET
    order_items: PointsProportionalOrderItems | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calculation_type: str = self.calculation_type

        card_definition_id = self.card_definition_id

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        order_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_items, Unset):
            order_items = self.order_items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calculation_type": calculation_type,
                "card_definition_id": card_definition_id,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order
        if customer is not UNSET:
            field_dict["customer"] = customer
        if order_items is not UNSET:
            field_dict["order_items"] = order_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.points_proportional_customer import PointsProportionalCustomer  # noqa: PLC0415
        from ..models.points_proportional_order import PointsProportionalOrder  # noqa: PLC0415
        from ..models.points_proportional_order_items import PointsProportionalOrderItems  # noqa: PLC0415

        d = dict(src_dict)
        calculation_type = check_points_proportional_calculation_type(d.pop("calculation_type"))

        card_definition_id = d.pop("card_definition_id")

        _order = d.pop("order", UNSET)
        order: PointsProportionalOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = PointsProportionalOrder.from_dict(_order)

        _customer = d.pop("customer", UNSET)
        customer: PointsProportionalCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = PointsProportionalCustomer.from_dict(_customer)

        _order_items = d.pop("order_items", UNSET)
        order_items: PointsProportionalOrderItems | Unset
        if isinstance(_order_items, Unset):
            order_items = UNSET
        else:
            order_items = PointsProportionalOrderItems.from_dict(_order_items)

        instance_ = cls(
            calculation_type=calculation_type,
            card_definition_id=card_definition_id,
            order=order,
            customer=customer,
            order_items=order_items,
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
