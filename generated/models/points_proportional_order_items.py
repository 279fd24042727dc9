from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="PointsProportionalOrderItems")
# The JSON keys PointsProportionalOrderItems declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "amount",
        "subtotal_amount",
        "quantity",
    }
)


@_attrs_define
class PointsProportionalOrderItems(LazyFields):
    """Order-item bases (amount, subtotal_amount or quantity).

    Attributes:
        amount (None | PointsProportionalOrderItemsCalculation | Unset): Item amount before discounts
            (PRE_DISCOUNT_ORDER_ITEMS_AMOUNT).
        subtotal_amount (None | PointsProportionalOrderItemsCalculation | Unset): Item amount after discounts
            (POST_DISCOUNT_ORDER_ITEMS_AMOUNT).
        quantity (None | PointsProportionalOrderItemsCalculation | Unset): Item quantity (ORDER_ITEMS_QUANTITY).
    """

    amount: None | PointsProportionalOrderItemsCalculation | Unset = UNSET
    subtotal_amount: None | PointsProportionalOrderItemsCalculation | Unset = UNSET
    quantity: None | PointsProportionalOrderItemsCalculation | Unset = UNSET
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
        amount: dict[str, Any] | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        elif isinstance(self.amount, PointsProportionalOrderItemsCalculation):
            amount = self.amount.to_dict()
        else:
            amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = amount
        subtotal_amount: dict[str, Any] | None | Unset
        if isinstance(self.subtotal_amount, Unset):
            subtotal_amount = UNSET
        elif isinstance(self.subtotal_amount, PointsProportionalOrderItemsCalculation):
            subtotal_amount = self.subtotal_amount.to_dict()
        else:
            subtotal_amount = self.subtotal_amount
        if subtotal_amount is not UNSET:
            field_dict["subtotal_amount"] = subtotal_amount
        quantity: dict[str, Any] | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        elif isinstance(self.quantity, PointsProportionalOrderItemsCalculation):
            quantity = self.quantity.to_dict()
        else:
            quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get

        def _parse_amount(data: builtins.object) -> None | PointsProportionalOrderItemsCalculation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_type_0 = PointsProportionalOrderItemsCalculation.from_dict(data)

                return amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsProportionalOrderItemsCalculation | Unset, data)

        amount = _parse_amount(get("amount", UNSET))

        def _parse_subtotal_amount(data: builtins.object) -> None | PointsProportionalOrderItemsCalculation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subtotal_amount_type_0 = PointsProportionalOrderItemsCalculation.from_dict(data)

                return subtotal_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsProportionalOrderItemsCalculation | Unset, data)

        subtotal_amount = _parse_subtotal_amount(get("subtotal_amount", UNSET))

        def _parse_quantity(data: builtins.object) -> None | PointsProportionalOrderItemsCalculation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quantity_type_0 = PointsProportionalOrderItemsCalculation.from_dict(data)

                return quantity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsProportionalOrderItemsCalculation | Unset, data)

        quantity = _parse_quantity(get("quantity", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 0 + (amount is not UNSET) + (subtotal_amount is not UNSET) + (quantity is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_amount(self, amount)
        _set_subtotal_amount(self, subtotal_amount)
        _set_quantity(self, quantity)
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

            def _parse_amount(data: builtins.object) -> None | PointsProportionalOrderItemsCalculation | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    amount_type_0 = PointsProportionalOrderItemsCalculation.from_dict(data)

                    return amount_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsProportionalOrderItemsCalculation | Unset, data)

            amount = _parse_amount(get("amount", UNSET))

            def _parse_subtotal_amount(data: builtins.object) -> None | PointsProportionalOrderItemsCalculation | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    subtotal_amount_type_0 = PointsProportionalOrderItemsCalculation.from_dict(data)

                    return subtotal_amount_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsProportionalOrderItemsCalculation | Unset, data)

            subtotal_amount = _parse_subtotal_amount(get("subtotal_amount", UNSET))

            def _parse_quantity(data: builtins.object) -> None | PointsProportionalOrderItemsCalculation | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    quantity_type_0 = PointsProportionalOrderItemsCalculation.from_dict(data)

                    return quantity_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsProportionalOrderItemsCalculation | Unset, data)

            quantity = _parse_quantity(get("quantity", UNSET))

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 0 + (amount is not UNSET) + (subtotal_amount is not UNSET) + (
                quantity is not UNSET
            )
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        amount_wire: dict[str, Any] | None | Unset
        if isinstance(amount, Unset):
            amount_wire = UNSET
        elif isinstance(amount, PointsProportionalOrderItemsCalculation):
            amount_wire = amount.to_dict()
        else:
            amount_wire = amount
        if amount_wire is not UNSET:
            field_dict["amount"] = amount_wire
        subtotal_amount_wire: dict[str, Any] | None | Unset
        if isinstance(subtotal_amount, Unset):
            subtotal_amount_wire = UNSET
        elif isinstance(subtotal_amount, PointsProportionalOrderItemsCalculation):
            subtotal_amount_wire = subtotal_amount.to_dict()
        else:
            subtotal_amount_wire = subtotal_amount
        if subtotal_amount_wire is not UNSET:
            field_dict["subtotal_amount"] = subtotal_amount_wire
        quantity_wire: dict[str, Any] | None | Unset
        if isinstance(quantity, Unset):
            quantity_wire = UNSET
        elif isinstance(quantity, PointsProportionalOrderItemsCalculation):
            quantity_wire = quantity.to_dict()
        else:
            quantity_wire = quantity
        if quantity_wire is not UNSET:
            field_dict["quantity"] = quantity_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_amount(self, amount)
        _set_subtotal_amount(self, subtotal_amount)
        _set_quantity(self, quantity)
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
_set_amount = PointsProportionalOrderItems.__dict__["amount"].__set__
_set_subtotal_amount = PointsProportionalOrderItems.__dict__["subtotal_amount"].__set__
_set_quantity = PointsProportionalOrderItems.__dict__["quantity"].__set__
_set_additional_properties = PointsProportionalOrderItems.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.points_proportional_order_items_calculation import PointsProportionalOrderItemsCalculation  # noqa: E402
