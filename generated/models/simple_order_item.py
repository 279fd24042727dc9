from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_order_item_object import SimpleOrderItemObject
from ..models.simple_order_item_related_object import (
    SimpleOrderItemRelatedObject,
)
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="SimpleOrderItem")
# The JSON keys SimpleOrderItem declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "source_id",
        "related_object",
        "product_id",
        "sku_id",
        "quantity",
        "applied_quantity",
        "applied_quantity_amount",
        "discount_quantity",
        "applied_discount_quantity",
        "amount",
        "discount_amount",
        "applied_discount_amount",
        "price",
        "subtotal_amount",
        "object",
    }
)


@_attrs_define
class SimpleOrderItem(LazyFields):
    """Short form of an order line.

    Attributes:
        id (str | Unset): Identifier of the order line.
        source_id (str | Unset): The product's or SKU's id in the merchant's system.
        related_object (SimpleOrderItemRelatedObject | Unset): Whether the line is a product or a SKU.
        product_id (str | Unset): Voucherify id of the product.
        sku_id (str | Unset): Voucherify id of the SKU.
        quantity (int | Unset): Units ordered.
        applied_quantity (int | Unset): Units added by a discount.
        applied_quantity_amount (int | Unset): Value of units added by a discount, in cents.
        discount_quantity (int | Unset): Units covered by a discount.
        applied_discount_quantity (int | Unset): Units covered by a discount applied by this operation.
        amount (int | Unset): Line value before discounts, in cents.
        discount_amount (int | Unset): Line discount, in cents.
        applied_discount_amount (int | Unset): Line discount applied by this operation, in cents.
        price (int | Unset): Unit price, in cents.
        subtotal_amount (int | Unset): Line value after discounts, in cents.
        object (SimpleOrderItemObject | Unset): Kind of object; always `order_item`.
    """

    id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    related_object: SimpleOrderItemRelatedObject | Unset = UNSET
    product_id: str | Unset = UNSET
    sku_id: str | Unset = UNSET
    quantity: int | Unset = UNSET
    applied_quantity: int | Unset = UNSET
    applied_quantity_amount: int | Unset = UNSET
    discount_quantity: int | Unset = UNSET
    applied_discount_quantity: int | Unset = UNSET
    amount: int | Unset = UNSET
    discount_amount: int | Unset = UNSET
    applied_discount_amount: int | Unset = UNSET
    price: int | Unset = UNSET
    subtotal_amount: int | Unset = UNSET
    object: SimpleOrderItemObject | Unset = UNSET
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
        if (id := self.id) is not UNSET:
            field_dict["id"] = id
        if (source_id := self.source_id) is not UNSET:
            field_dict["source_id"] = source_id
        if (related_object := self.related_object) is not UNSET:
            field_dict["related_object"] = related_object
        if (product_id := self.product_id) is not UNSET:
            field_dict["product_id"] = product_id
        if (sku_id := self.sku_id) is not UNSET:
            field_dict["sku_id"] = sku_id
        if (quantity := self.quantity) is not UNSET:
            field_dict["quantity"] = quantity
        if (applied_quantity := self.applied_quantity) is not UNSET:
            field_dict["applied_quantity"] = applied_quantity
        if (applied_quantity_amount := self.applied_quantity_amount) is not UNSET:
            field_dict["applied_quantity_amount"] = applied_quantity_amount
        if (discount_quantity := self.discount_quantity) is not UNSET:
            field_dict["discount_quantity"] = discount_quantity
        if (applied_discount_quantity := self.applied_discount_quantity) is not UNSET:
            field_dict["applied_discount_quantity"] = applied_discount_quantity
        if (amount := self.amount) is not UNSET:
            field_dict["amount"] = amount
        if (discount_amount := self.discount_amount) is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if (applied_discount_amount := self.applied_discount_amount) is not UNSET:
            field_dict["applied_discount_amount"] = applied_discount_amount
        if (price := self.price) is not UNSET:
            field_dict["price"] = price
        if (subtotal_amount := self.subtotal_amount) is not UNSET:
            field_dict["subtotal_amount"] = subtotal_amount
        if (object := self.object) is not UNSET:
            field_dict["object"] = object
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        id = get("id", UNSET)
        source_id = get("source_id", UNSET)
        related_object = get("related_object", UNSET)
        product_id = get("product_id", UNSET)
        sku_id = get("sku_id", UNSET)
        quantity = get("quantity", UNSET)
        applied_quantity = get("applied_quantity", UNSET)
        applied_quantity_amount = get("applied_quantity_amount", UNSET)
        discount_quantity = get("discount_quantity", UNSET)
        applied_discount_quantity = get("applied_discount_quantity", UNSET)
        amount = get("amount", UNSET)
        discount_amount = get("discount_amount", UNSET)
        applied_discount_amount = get("applied_discount_amount", UNSET)
        price = get("price", UNSET)
        subtotal_amount = get("subtotal_amount", UNSET)
        object = get("object", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_source_id(self, source_id)
        _set_related_object(self, related_object)
        _set_product_id(self, product_id)
        _set_sku_id(self, sku_id)
        _set_quantity(self, quantity)
        _set_applied_quantity(self, applied_quantity)
        _set_applied_quantity_amount(self, applied_quantity_amount)
        _set_discount_quantity(self, discount_quantity)
        _set_applied_discount_quantity(self, applied_discount_quantity)
        _set_amount(self, amount)
        _set_discount_amount(self, discount_amount)
        _set_applied_discount_amount(self, applied_discount_amount)
        _set_price(self, price)
        _set_subtotal_amount(self, subtotal_amount)
        _set_object(self, object)
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
            id = get("id", UNSET)
            source_id = get("source_id", UNSET)
            related_object = get("related_object", UNSET)
            product_id = get("product_id", UNSET)
            sku_id = get("sku_id", UNSET)
            quantity = get("quantity", UNSET)
            applied_quantity = get("applied_quantity", UNSET)
            applied_quantity_amount = get("applied_quantity_amount", UNSET)
            discount_quantity = get("discount_quantity", UNSET)
            applied_discount_quantity = get("applied_discount_quantity", UNSET)
            amount = get("amount", UNSET)
            discount_amount = get("discount_amount", UNSET)
            applied_discount_amount = get("applied_discount_amount", UNSET)
            price = get("price", UNSET)
            subtotal_amount = get("subtotal_amount", UNSET)
            object = get("object", UNSET)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_source_id(self, source_id)
        _set_related_object(self, related_object)
        _set_product_id(self, product_id)
        _set_sku_id(self, sku_id)
        _set_quantity(self, quantity)
        _set_applied_quantity(self, applied_quantity)
        _set_applied_quantity_amount(self, applied_quantity_amount)
        _set_discount_quantity(self, discount_quantity)
        _set_applied_discount_quantity(self, applied_discount_quantity)
        _set_amount(self, amount)
        _set_discount_amount(self, discount_amount)
        _set_applied_discount_amount(self, applied_discount_amount)
        _set_price(self, price)
        _set_subtotal_amount(self, subtotal_amount)
        _set_object(self, object)
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
_set_id = SimpleOrderItem.__dict__["id"].__set__
_set_source_id = SimpleOrderItem.__dict__["source_id"].__set__
_set_related_object = SimpleOrderItem.__dict__["related_object"].__set__
_set_product_id = SimpleOrderItem.__dict__["product_id"].__set__
_set_sku_id = SimpleOrderItem.__dict__["sku_id"].__set__
_set_quantity = SimpleOrderItem.__dict__["quantity"].__set__
_set_applied_quantity = SimpleOrderItem.__dict__["applied_quantity"].__set__
_set_applied_quantity_amount = SimpleOrderItem.__dict__["applied_quantity_amount"].__set__
_set_discount_quantity = SimpleOrderItem.__dict__["discount_quantity"].__set__
_set_applied_discount_quantity = SimpleOrderItem.__dict__["applied_discount_quantity"].__set__
_set_amount = SimpleOrderItem.__dict__["amount"].__set__
_set_discount_amount = SimpleOrderItem.__dict__["discount_amount"].__set__
_set_applied_discount_amount = SimpleOrderItem.__dict__["applied_discount_amount"].__set__
_set_price = SimpleOrderItem.__dict__["price"].__set__
_set_subtotal_amount = SimpleOrderItem.__dict__["subtotal_amount"].__set__
_set_object = SimpleOrderItem.__dict__["object"].__set__
_set_additional_properties = SimpleOrderItem.__dict__["additional_properties"].__set__
