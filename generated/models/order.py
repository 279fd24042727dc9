from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_object import OrderObject
from ..models.order_status import OrderStatus
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    blanks,
    new_lazy,
    parse_nullable_timestamp,
    parse_timestamp,
    serialize_datetime,
    serialize_nullable_datetime,
    set_raw,
    shells,
)

T = TypeVar("T", bound="Order")
# The JSON keys Order declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "source_id",
        "status",
        "amount",
        "initial_amount",
        "discount_amount",
        "items_discount_amount",
        "total_discount_amount",
        "total_amount",
        "applied_discount_amount",
        "items_applied_discount_amount",
        "total_applied_discount_amount",
        "items",
        "metadata",
        "object",
        "created_at",
        "updated_at",
        "customer_id",
        "referrer_id",
        "customer",
        "referrer",
        "redemptions",
    }
)


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
        if (status := self.status) is not UNSET:
            field_dict["status"] = status
        if (amount := self.amount) is not UNSET:
            field_dict["amount"] = amount
        if (initial_amount := self.initial_amount) is not UNSET:
            field_dict["initial_amount"] = initial_amount
        if (discount_amount := self.discount_amount) is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if (items_discount_amount := self.items_discount_amount) is not UNSET:
            field_dict["items_discount_amount"] = items_discount_amount
        if (total_discount_amount := self.total_discount_amount) is not UNSET:
            field_dict["total_discount_amount"] = total_discount_amount
        if (total_amount := self.total_amount) is not UNSET:
            field_dict["total_amount"] = total_amount
        if (applied_discount_amount := self.applied_discount_amount) is not UNSET:
            field_dict["applied_discount_amount"] = applied_discount_amount
        if (items_applied_discount_amount := self.items_applied_discount_amount) is not UNSET:
            field_dict["items_applied_discount_amount"] = items_applied_discount_amount
        if (total_applied_discount_amount := self.total_applied_discount_amount) is not UNSET:
            field_dict["total_applied_discount_amount"] = total_applied_discount_amount
        if not isinstance(items := self.items, Unset):
            field_dict["items"] = [item.to_dict() for item in items]
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = metadata.to_dict()
        if (object := self.object) is not UNSET:
            field_dict["object"] = object
        if not isinstance(created_at := self.created_at, Unset):
            field_dict["created_at"] = serialize_datetime(created_at)
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_nullable_datetime(updated_at)
        if (customer_id := self.customer_id) is not UNSET:
            field_dict["customer_id"] = customer_id
        if (referrer_id := self.referrer_id) is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if not isinstance(customer := self.customer, Unset):
            field_dict["customer"] = customer.to_dict()
        if not isinstance(referrer := self.referrer, Unset):
            field_dict["referrer"] = referrer.to_dict()
        if not isinstance(redemptions := self.redemptions, Unset):
            field_dict["redemptions"] = redemptions.to_dict()
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
        status = get("status", UNSET)
        amount = get("amount", UNSET)
        initial_amount = get("initial_amount", UNSET)
        discount_amount = get("discount_amount", UNSET)
        items_discount_amount = get("items_discount_amount", UNSET)
        total_discount_amount = get("total_discount_amount", UNSET)
        total_amount = get("total_amount", UNSET)
        applied_discount_amount = get("applied_discount_amount", UNSET)
        items_applied_discount_amount = get("items_applied_discount_amount", UNSET)
        total_applied_discount_amount = get("total_applied_discount_amount", UNSET)
        items = items_json = get("items", UNSET)
        if items_json is not UNSET:
            items = shells(OrderItem, items_json)
        metadata = metadata_json = get("metadata", UNSET)
        if metadata_json is not UNSET:
            metadata = new_lazy(OrderMetadata)
            set_raw(metadata, metadata_json)
        object = get("object", UNSET)
        if (created_at := get("created_at", UNSET)) is not UNSET:
            created_at = parse_timestamp(created_at)
        updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

        customer_id = get("customer_id", UNSET)
        referrer_id = get("referrer_id", UNSET)
        customer = customer_json = get("customer", UNSET)
        if customer_json is not UNSET:
            customer = new_lazy(CustomerIdRef)
            set_raw(customer, customer_json)
        referrer = referrer_json = get("referrer", UNSET)
        if referrer_json is not UNSET:
            referrer = new_lazy(CustomerIdRef)
            set_raw(referrer, referrer_json)
        redemptions = redemptions_json = get("redemptions", UNSET)
        if redemptions_json is not UNSET:
            redemptions = new_lazy(OrderRedemptions)
            set_raw(redemptions, redemptions_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_source_id(self, source_id)
        _set_status(self, status)
        _set_amount(self, amount)
        _set_initial_amount(self, initial_amount)
        _set_discount_amount(self, discount_amount)
        _set_items_discount_amount(self, items_discount_amount)
        _set_total_discount_amount(self, total_discount_amount)
        _set_total_amount(self, total_amount)
        _set_applied_discount_amount(self, applied_discount_amount)
        _set_items_applied_discount_amount(self, items_applied_discount_amount)
        _set_total_applied_discount_amount(self, total_applied_discount_amount)
        _set_items(self, items)
        _set_metadata(self, metadata)
        _set_object(self, object)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_customer_id(self, customer_id)
        _set_referrer_id(self, referrer_id)
        _set_customer(self, customer)
        _set_referrer(self, referrer)
        _set_redemptions(self, redemptions)
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
            status = get("status", UNSET)
            amount = get("amount", UNSET)
            initial_amount = get("initial_amount", UNSET)
            discount_amount = get("discount_amount", UNSET)
            items_discount_amount = get("items_discount_amount", UNSET)
            total_discount_amount = get("total_discount_amount", UNSET)
            total_amount = get("total_amount", UNSET)
            applied_discount_amount = get("applied_discount_amount", UNSET)
            items_applied_discount_amount = get("items_applied_discount_amount", UNSET)
            total_applied_discount_amount = get("total_applied_discount_amount", UNSET)
            items = items_json = get("items", UNSET)
            if items_json is not UNSET:
                items = blanks(OrderItem, items_json)
            metadata = metadata_json = get("metadata", UNSET)
            if metadata_json is not UNSET:
                metadata = new_lazy(OrderMetadata)
            object = get("object", UNSET)
            if (created_at := get("created_at", UNSET)) is not UNSET:
                created_at = parse_timestamp(created_at)
            updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

            customer_id = get("customer_id", UNSET)
            referrer_id = get("referrer_id", UNSET)
            customer = customer_json = get("customer", UNSET)
            if customer_json is not UNSET:
                customer = new_lazy(CustomerIdRef)
            referrer = referrer_json = get("referrer", UNSET)
            if referrer_json is not UNSET:
                referrer = new_lazy(CustomerIdRef)
            redemptions = redemptions_json = get("redemptions", UNSET)
            if redemptions_json is not UNSET:
                redemptions = new_lazy(OrderRedemptions)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if items is not UNSET:
            field_dict["items"] = list(map(OrderItem._load_to_dict, items, items_json))
        if metadata is not UNSET:
            field_dict["metadata"] = OrderMetadata._load_to_dict(metadata, metadata_json)
        if customer is not UNSET:
            field_dict["customer"] = CustomerIdRef._load_to_dict(customer, customer_json)
        if referrer is not UNSET:
            field_dict["referrer"] = CustomerIdRef._load_to_dict(referrer, referrer_json)
        if redemptions is not UNSET:
            field_dict["redemptions"] = OrderRedemptions._load_to_dict(redemptions, redemptions_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_source_id(self, source_id)
        _set_status(self, status)
        _set_amount(self, amount)
        _set_initial_amount(self, initial_amount)
        _set_discount_amount(self, discount_amount)
        _set_items_discount_amount(self, items_discount_amount)
        _set_total_discount_amount(self, total_discount_amount)
        _set_total_amount(self, total_amount)
        _set_applied_discount_amount(self, applied_discount_amount)
        _set_items_applied_discount_amount(self, items_applied_discount_amount)
        _set_total_applied_discount_amount(self, total_applied_discount_amount)
        _set_items(self, items)
        _set_metadata(self, metadata)
        _set_object(self, object)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_customer_id(self, customer_id)
        _set_referrer_id(self, referrer_id)
        _set_customer(self, customer)
        _set_referrer(self, referrer)
        _set_redemptions(self, redemptions)
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
_set_id = Order.__dict__["id"].__set__
_set_source_id = Order.__dict__["source_id"].__set__
_set_status = Order.__dict__["status"].__set__
_set_amount = Order.__dict__["amount"].__set__
_set_initial_amount = Order.__dict__["initial_amount"].__set__
_set_discount_amount = Order.__dict__["discount_amount"].__set__
_set_items_discount_amount = Order.__dict__["items_discount_amount"].__set__
_set_total_discount_amount = Order.__dict__["total_discount_amount"].__set__
_set_total_amount = Order.__dict__["total_amount"].__set__
_set_applied_discount_amount = Order.__dict__["applied_discount_amount"].__set__
_set_items_applied_discount_amount = Order.__dict__["items_applied_discount_amount"].__set__
_set_total_applied_discount_amount = Order.__dict__["total_applied_discount_amount"].__set__
_set_items = Order.__dict__["items"].__set__
_set_metadata = Order.__dict__["metadata"].__set__
_set_object = Order.__dict__["object"].__set__
_set_created_at = Order.__dict__["created_at"].__set__
_set_updated_at = Order.__dict__["updated_at"].__set__
_set_customer_id = Order.__dict__["customer_id"].__set__
_set_referrer_id = Order.__dict__["referrer_id"].__set__
_set_customer = Order.__dict__["customer"].__set__
_set_referrer = Order.__dict__["referrer"].__set__
_set_redemptions = Order.__dict__["redemptions"].__set__
_set_additional_properties = Order.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.customer_id_ref import CustomerIdRef  # noqa: E402
from ..models.order_item import OrderItem  # noqa: E402
from ..models.order_metadata import OrderMetadata  # noqa: E402
from ..models.order_redemptions import OrderRedemptions  # noqa: E402

Order._FIELDS = {
    "created_at": lambda src: UNSET if (value := src.get("created_at", UNSET)) is UNSET else parse_timestamp(value),
    "updated_at": lambda src: parse_nullable_timestamp(src.get("updated_at", UNSET)),
}
