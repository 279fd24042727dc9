from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.points_proportional_calculation_type import (
    PointsProportionalCalculationType,
    check_points_proportional_calculation_type,
)
from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="PointsProportional")


@_attrs_define
class PointsProportional(LazyFields):
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
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
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

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "calculation_type", calculation_type)
        set_(self, "card_definition_id", card_definition_id)
        set_(self, "order", order)
        set_(self, "customer", customer)
        set_(self, "order_items", order_items)
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
from ..models.points_proportional_customer import PointsProportionalCustomer  # noqa: E402
from ..models.points_proportional_order import PointsProportionalOrder  # noqa: E402
from ..models.points_proportional_order_items import PointsProportionalOrderItems  # noqa: E402
