from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
    set_raw,
)

T = TypeVar("T", bound="EarningEffectPointsProportional")
# The JSON keys EarningEffectPointsProportional declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "calculation_type",
        "card_definition_id",
        "order",
        "customer",
        "order_items",
        "points_expiration",
    }
)


@_attrs_define
class EarningEffectPointsProportional(LazyFields):
    """Points proportional to an order or customer value, with optional expiration (effect type POINTS_PROPORTIONAL).

    Attributes:
        calculation_type (PointsProportionalCalculationType | Unset): Base value of the calculation; names the sub-
            object that is filled in.
        card_definition_id (str | Unset): Card definition the points go to.
        order (None | PointsProportionalOrder | Unset):
        customer (None | PointsProportionalCustomer | Unset):
        order_items (None | PointsProportionalOrderItems | Unset):
        points_expiration (None | PointsExpiration | Unset): Expiration for these points, overriding the card
            definition's.
    """

    calculation_type: PointsProportionalCalculationType | Unset = UNSET
    card_definition_id: str | Unset = UNSET
    order: None | PointsProportionalOrder | Unset = UNSET
    customer: None | PointsProportionalCustomer | Unset = UNSET
    order_items: None | PointsProportionalOrderItems | Unset = UNSET
    points_expiration: None | PointsExpiration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        if (calculation_type := self.calculation_type) is not UNSET:
            field_dict["calculation_type"] = calculation_type
        if (card_definition_id := self.card_definition_id) is not UNSET:
            field_dict["card_definition_id"] = card_definition_id
        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, PointsProportionalOrder):
            order = self.order.to_dict()
        else:
            order = self.order
        if order is not UNSET:
            field_dict["order"] = order
        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, PointsProportionalCustomer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer
        if customer is not UNSET:
            field_dict["customer"] = customer
        order_items: dict[str, Any] | None | Unset
        if isinstance(self.order_items, Unset):
            order_items = UNSET
        elif isinstance(self.order_items, PointsProportionalOrderItems):
            order_items = self.order_items.to_dict()
        else:
            order_items = self.order_items
        if order_items is not UNSET:
            field_dict["order_items"] = order_items
        points_expiration: dict[str, Any] | None | Unset
        if isinstance(self.points_expiration, Unset):
            points_expiration = UNSET
        elif isinstance(self.points_expiration, PointsExpiration):
            points_expiration = self.points_expiration.to_dict()
        else:
            points_expiration = self.points_expiration
        if points_expiration is not UNSET:
            field_dict["points_expiration"] = points_expiration
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        calculation_type = get("calculation_type", UNSET)
        card_definition_id = get("card_definition_id", UNSET)

        def _parse_order(data: builtins.object) -> None | PointsProportionalOrder | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_type_0 = PointsProportionalOrder.from_dict(data)

                return order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsProportionalOrder | Unset, data)

        order = _parse_order(get("order", UNSET))

        def _parse_customer(data: builtins.object) -> None | PointsProportionalCustomer | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = PointsProportionalCustomer.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsProportionalCustomer | Unset, data)

        customer = _parse_customer(get("customer", UNSET))

        def _parse_order_items(data: builtins.object) -> None | PointsProportionalOrderItems | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_items_type_0 = PointsProportionalOrderItems.from_dict(data)

                return order_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsProportionalOrderItems | Unset, data)

        order_items = _parse_order_items(get("order_items", UNSET))

        def _parse_points_expiration(data: builtins.object) -> None | PointsExpiration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                points_expiration_type_0 = PointsExpiration.from_dict(data)

                return points_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsExpiration | Unset, data)

        points_expiration = _parse_points_expiration(get("points_expiration", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_calculation_type(self, calculation_type)
        _set_card_definition_id(self, card_definition_id)
        _set_order(self, order)
        _set_customer(self, customer)
        _set_order_items(self, order_items)
        _set_points_expiration(self, points_expiration)
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
            calculation_type = get("calculation_type", UNSET)
            card_definition_id = get("card_definition_id", UNSET)

            def _parse_order(data: builtins.object) -> None | PointsProportionalOrder | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    order_type_0 = PointsProportionalOrder.from_dict(data)

                    return order_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsProportionalOrder | Unset, data)

            order = _parse_order(get("order", UNSET))

            def _parse_customer(data: builtins.object) -> None | PointsProportionalCustomer | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    customer_type_0 = PointsProportionalCustomer.from_dict(data)

                    return customer_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsProportionalCustomer | Unset, data)

            customer = _parse_customer(get("customer", UNSET))

            def _parse_order_items(data: builtins.object) -> None | PointsProportionalOrderItems | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    order_items_type_0 = PointsProportionalOrderItems.from_dict(data)

                    return order_items_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsProportionalOrderItems | Unset, data)

            order_items = _parse_order_items(get("order_items", UNSET))

            def _parse_points_expiration(data: builtins.object) -> None | PointsExpiration | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    points_expiration_type_0 = PointsExpiration.from_dict(data)

                    return points_expiration_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsExpiration | Unset, data)

            points_expiration = _parse_points_expiration(get("points_expiration", UNSET))

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        order_wire: dict[str, Any] | None | Unset
        if isinstance(order, Unset):
            order_wire = UNSET
        elif isinstance(order, PointsProportionalOrder):
            order_wire = order.to_dict()
        else:
            order_wire = order
        if order_wire is not UNSET:
            field_dict["order"] = order_wire
        customer_wire: dict[str, Any] | None | Unset
        if isinstance(customer, Unset):
            customer_wire = UNSET
        elif isinstance(customer, PointsProportionalCustomer):
            customer_wire = customer.to_dict()
        else:
            customer_wire = customer
        if customer_wire is not UNSET:
            field_dict["customer"] = customer_wire
        order_items_wire: dict[str, Any] | None | Unset
        if isinstance(order_items, Unset):
            order_items_wire = UNSET
        elif isinstance(order_items, PointsProportionalOrderItems):
            order_items_wire = order_items.to_dict()
        else:
            order_items_wire = order_items
        if order_items_wire is not UNSET:
            field_dict["order_items"] = order_items_wire
        points_expiration_wire: dict[str, Any] | None | Unset
        if isinstance(points_expiration, Unset):
            points_expiration_wire = UNSET
        elif isinstance(points_expiration, PointsExpiration):
            points_expiration_wire = points_expiration.to_dict()
        else:
            points_expiration_wire = points_expiration
        if points_expiration_wire is not UNSET:
            field_dict["points_expiration"] = points_expiration_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_calculation_type(self, calculation_type)
        _set_card_definition_id(self, card_definition_id)
        _set_order(self, order)
        _set_customer(self, customer)
        _set_order_items(self, order_items)
        _set_points_expiration(self, points_expiration)
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
_set_calculation_type = EarningEffectPointsProportional.__dict__["calculation_type"].__set__
_set_card_definition_id = EarningEffectPointsProportional.__dict__["card_definition_id"].__set__
_set_order = EarningEffectPointsProportional.__dict__["order"].__set__
_set_customer = EarningEffectPointsProportional.__dict__["customer"].__set__
_set_order_items = EarningEffectPointsProportional.__dict__["order_items"].__set__
_set_points_expiration = EarningEffectPointsProportional.__dict__["points_expiration"].__set__
_set_additional_properties = EarningEffectPointsProportional.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.points_expiration import PointsExpiration  # noqa: E402
from ..models.points_proportional_customer import PointsProportionalCustomer  # noqa: E402
from ..models.points_proportional_order import PointsProportionalOrder  # noqa: E402
from ..models.points_proportional_order_items import PointsProportionalOrderItems  # noqa: E402
