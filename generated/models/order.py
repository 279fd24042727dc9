from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_object import OrderObject, check_order_object
from ..models.order_status import OrderStatus, check_order_status
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="Order")


@_attrs_define
class Order(LazyFields):
    """Full order record with its calculated discounts.

    Attributes:
        id (str | Unset): Voucherify id of the order.
        source_id (None | str | Unset): The order's id in the merchant's system.
        status (OrderStatus | Unset): State of the order.
        amount (int | Unset): Order value before discounts, in cents.
        initial_amount (int | Unset): Value the order was created with, in cents.
        discount_amount (int | Unset): Order-level discount, in cents.
        items_discount_amount (int | Unset): Sum of item-level discounts, in cents.
        total_discount_amount (int | Unset): All discounts together, in cents.
        total_amount (int | Unset): Value after all discounts, in cents.
        applied_discount_amount (int | Unset): Order-level discount applied by this operation, in cents.
        items_applied_discount_amount (int | Unset): Item-level discounts applied by this operation, in cents.
        total_applied_discount_amount (int | Unset): All discounts applied by this operation, in cents.
        items (list[OrderItem] | Unset): Order lines.
        metadata (OrderMetadata | Unset): Free-form key/value pairs attached to the order.
        object (OrderObject | Unset): Kind of object; always `order`.
        created_at (datetime.datetime | Unset): When the order was created.
        updated_at (datetime.datetime | None | Unset): When the order was last changed.
        customer_id (None | str | Unset): Customer who placed the order.
        referrer_id (None | str | Unset): Customer who referred the buyer.
        customer (CustomerIdRef | Unset): Pointer to a customer by id.
        referrer (CustomerIdRef | Unset): Pointer to a customer by id.
        redemptions (OrderRedemptions | Unset): Redemptions applied to the order, keyed by redemption id; each value has
            the shape of OrderRedemptionEntry (map kept open).
    """

    id: str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    amount: int | Unset = UNSET
    initial_amount: int | Unset = UNSET
    discount_amount: int | Unset = UNSET
    items_discount_amount: int | Unset = UNSET
    total_discount_amount: int | Unset = UNSET
    total_amount: int | Unset = UNSET
    applied_discount_amount: int | Unset = UNSET
    items_applied_discount_amount: int | Unset = UNSET
    total_applied_discount_amount: int | Unset = UNSET
    items: list[OrderItem] | Unset = UNSET
    metadata: OrderMetadata | Unset = UNSET
    object: OrderObject | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    referrer_id: None | str | Unset = UNSET
    customer: CustomerIdRef | Unset = UNSET
    referrer: CustomerIdRef | Unset = UNSET
    redemptions: OrderRedemptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        amount = self.amount

        initial_amount = self.initial_amount

        discount_amount = self.discount_amount

        items_discount_amount = self.items_discount_amount

        total_discount_amount = self.total_discount_amount

        total_amount = self.total_amount

        applied_discount_amount = self.applied_discount_amount

        items_applied_discount_amount = self.items_applied_discount_amount

        total_applied_discount_amount = self.total_applied_discount_amount

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        object: str | Unset = UNSET
        if not isinstance(self.object, Unset):
            object = self.object

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = serialize_datetime(self.created_at)

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = serialize_datetime(self.updated_at)
        else:
            updated_at = self.updated_at

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        referrer_id: None | str | Unset
        if isinstance(self.referrer_id, Unset):
            referrer_id = UNSET
        else:
            referrer_id = self.referrer_id

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        referrer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referrer, Unset):
            referrer = self.referrer.to_dict()

        redemptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemptions, Unset):
            redemptions = self.redemptions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if initial_amount is not UNSET:
            field_dict["initial_amount"] = initial_amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if items_discount_amount is not UNSET:
            field_dict["items_discount_amount"] = items_discount_amount
        if total_discount_amount is not UNSET:
            field_dict["total_discount_amount"] = total_discount_amount
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if applied_discount_amount is not UNSET:
            field_dict["applied_discount_amount"] = applied_discount_amount
        if items_applied_discount_amount is not UNSET:
            field_dict["items_applied_discount_amount"] = items_applied_discount_amount
        if total_applied_discount_amount is not UNSET:
            field_dict["total_applied_discount_amount"] = total_applied_discount_amount
        if items is not UNSET:
            field_dict["items"] = items
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if object is not UNSET:
            field_dict["object"] = object
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if redemptions is not UNSET:
            field_dict["redemptions"] = redemptions

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_source_id(data: builtins.object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        _status = d.pop("status", UNSET)
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_order_status(_status)

        amount = d.pop("amount", UNSET)

        initial_amount = d.pop("initial_amount", UNSET)

        discount_amount = d.pop("discount_amount", UNSET)

        items_discount_amount = d.pop("items_discount_amount", UNSET)

        total_discount_amount = d.pop("total_discount_amount", UNSET)

        total_amount = d.pop("total_amount", UNSET)

        applied_discount_amount = d.pop("applied_discount_amount", UNSET)

        items_applied_discount_amount = d.pop("items_applied_discount_amount", UNSET)

        total_applied_discount_amount = d.pop("total_applied_discount_amount", UNSET)

        _items = d.pop("items", UNSET)
        items: list[OrderItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = OrderItem.from_dict(items_item_data)

                items.append(items_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: OrderMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = OrderMetadata.from_dict(_metadata)

        _object = d.pop("object", UNSET)
        object: OrderObject | Unset
        if isinstance(_object, Unset):
            object = UNSET
        else:
            object = check_order_object(_object)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        def _parse_updated_at(data: builtins.object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = parse_timestamp(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_customer_id(data: builtins.object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_referrer_id(data: builtins.object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referrer_id = _parse_referrer_id(d.pop("referrer_id", UNSET))

        _customer = d.pop("customer", UNSET)
        customer: CustomerIdRef | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerIdRef.from_dict(_customer)

        _referrer = d.pop("referrer", UNSET)
        referrer: CustomerIdRef | Unset
        if isinstance(_referrer, Unset):
            referrer = UNSET
        else:
            referrer = CustomerIdRef.from_dict(_referrer)

        _redemptions = d.pop("redemptions", UNSET)
        redemptions: OrderRedemptions | Unset
        if isinstance(_redemptions, Unset):
            redemptions = UNSET
        else:
            redemptions = OrderRedemptions.from_dict(_redemptions)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "source_id", source_id)
        set_(self, "status", status)
        set_(self, "amount", amount)
        set_(self, "initial_amount", initial_amount)
        set_(self, "discount_amount", discount_amount)
        set_(self, "items_discount_amount", items_discount_amount)
        set_(self, "total_discount_amount", total_discount_amount)
        set_(self, "total_amount", total_amount)
        set_(self, "applied_discount_amount", applied_discount_amount)
        set_(self, "items_applied_discount_amount", items_applied_discount_amount)
        set_(self, "total_applied_discount_amount", total_applied_discount_amount)
        set_(self, "items", items)
        set_(self, "metadata", metadata)
        set_(self, "object", object)
        set_(self, "created_at", created_at)
        set_(self, "updated_at", updated_at)
        set_(self, "customer_id", customer_id)
        set_(self, "referrer_id", referrer_id)
        set_(self, "customer", customer)
        set_(self, "referrer", referrer)
        set_(self, "redemptions", redemptions)
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
from ..models.customer_id_ref import CustomerIdRef  # noqa: E402
from ..models.order_item import OrderItem  # noqa: E402
from ..models.order_metadata import OrderMetadata  # noqa: E402
from ..models.order_redemptions import OrderRedemptions  # noqa: E402
