from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.points_proportional_calculation_type import (
    PointsProportionalCalculationType,
)
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    set_raw,
)

T = TypeVar("T", bound="PointsProportional")
# The JSON keys PointsProportional declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "calculation_type",
        "card_definition_id",
        "order",
        "customer",
        "order_items",
    }
)


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
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "calculation_type": self.calculation_type,
            "card_definition_id": self.card_definition_id,
        }
        if not isinstance(order := self.order, Unset):
            field_dict["order"] = order.to_dict()
        if not isinstance(customer := self.customer, Unset):
            field_dict["customer"] = customer.to_dict()
        if not isinstance(order_items := self.order_items, Unset):
            field_dict["order_items"] = order_items.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        calculation_type = src_dict["calculation_type"]
        card_definition_id = src_dict["card_definition_id"]
        order = order_json = get("order", UNSET)
        if order_json is not UNSET:
            order = new_lazy(PointsProportionalOrder)
            set_raw(order, order_json)
        customer = customer_json = get("customer", UNSET)
        if customer_json is not UNSET:
            customer = new_lazy(PointsProportionalCustomer)
            set_raw(customer, customer_json)
        order_items = order_items_json = get("order_items", UNSET)
        if order_items_json is not UNSET:
            order_items = new_lazy(PointsProportionalOrderItems)
            set_raw(order_items, order_items_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 2 + (order is not UNSET) + (customer is not UNSET) + (order_items is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_calculation_type(self, calculation_type)
        _set_card_definition_id(self, card_definition_id)
        _set_order(self, order)
        _set_customer(self, customer)
        _set_order_items(self, order_items)
        _set_additional_properties(self, additional_properties)
        set_raw(self, PARSED)

    def _load_to_dict(self, src_dict: Any) -> dict[str, Any]:
        """``to_dict()`` of this model, not parsed yet, from ``src_dict`` (its ``_raw``, or the JSON a
        parent made it for; a parent's own pass calls this right after ``new_lazy``): parse as
        ``_load`` does, then write back, the values that write back as they came being the
        source's own. Data that does not parse comes back as it came, the model lazy on it."""
        if src_dict.__class__ is not dict:
            set_raw(self, src_dict)
            return self.to_dict()
        try:
            get = src_dict.get
            calculation_type = src_dict["calculation_type"]
            card_definition_id = src_dict["card_definition_id"]
            order = order_json = get("order", UNSET)
            if order_json is not UNSET:
                order = new_lazy(PointsProportionalOrder)
            customer = customer_json = get("customer", UNSET)
            if customer_json is not UNSET:
                customer = new_lazy(PointsProportionalCustomer)
            order_items = order_items_json = get("order_items", UNSET)
            if order_items_json is not UNSET:
                order_items = new_lazy(PointsProportionalOrderItems)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 2 + (order is not UNSET) + (customer is not UNSET) + (order_items is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if order is not UNSET:
            field_dict["order"] = PointsProportionalOrder._load_to_dict(order, order_json)
        if customer is not UNSET:
            field_dict["customer"] = PointsProportionalCustomer._load_to_dict(customer, customer_json)
        if order_items is not UNSET:
            field_dict["order_items"] = PointsProportionalOrderItems._load_to_dict(order_items, order_items_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_calculation_type(self, calculation_type)
        _set_card_definition_id(self, card_definition_id)
        _set_order(self, order)
        _set_customer(self, customer)
        _set_order_items(self, order_items)
        _set_additional_properties(self, additional_properties)
        set_raw(self, PARSED)
        return field_dict

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


# The slots' own setters: the cheapest way to write a slot past LazyFields.__setattr__
# (object.__setattr__ looks the name up on every call).
_set_calculation_type = PointsProportional.__dict__["calculation_type"].__set__
_set_card_definition_id = PointsProportional.__dict__["card_definition_id"].__set__
_set_order = PointsProportional.__dict__["order"].__set__
_set_customer = PointsProportional.__dict__["customer"].__set__
_set_order_items = PointsProportional.__dict__["order_items"].__set__
_set_additional_properties = PointsProportional.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.points_proportional_customer import PointsProportionalCustomer  # noqa: E402
from ..models.points_proportional_order import PointsProportionalOrder  # noqa: E402
from ..models.points_proportional_order_items import PointsProportionalOrderItems  # noqa: E402
