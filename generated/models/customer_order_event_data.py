from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="CustomerOrderEventData")


@_attrs_define
class CustomerOrderEventData(LazyFields):
    """Payload of the `customer.order.*` events.

    Attributes:
        customer (SimpleCustomer | Unset): Short form of a customer.
        referrer (SimpleCustomer | Unset): Short form of a customer.
        order (Order | Unset): Full order record with its calculated discounts.
        redemption (Redemption | Unset): Full redemption record.
    """

    customer: SimpleCustomer | Unset = UNSET
    referrer: SimpleCustomer | Unset = UNSET
    order: Order | Unset = UNSET
    redemption: Redemption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        referrer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referrer, Unset):
            referrer = self.referrer.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        redemption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemption, Unset):
            redemption = self.redemption.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if order is not UNSET:
            field_dict["order"] = order
        if redemption is not UNSET:
            field_dict["redemption"] = redemption

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: SimpleCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = SimpleCustomer.from_dict(_customer)

        _referrer = d.pop("referrer", UNSET)
        referrer: SimpleCustomer | Unset
        if isinstance(_referrer, Unset):
            referrer = UNSET
        else:
            referrer = SimpleCustomer.from_dict(_referrer)

        _order = d.pop("order", UNSET)
        order: Order | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = Order.from_dict(_order)

        _redemption = d.pop("redemption", UNSET)
        redemption: Redemption | Unset
        if isinstance(_redemption, Unset):
            redemption = UNSET
        else:
            redemption = Redemption.from_dict(_redemption)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "customer", customer)
        set_(self, "referrer", referrer)
        set_(self, "order", order)
        set_(self, "redemption", redemption)
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
from ..models.order import Order  # noqa: E402
from ..models.redemption import Redemption  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
