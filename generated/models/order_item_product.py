from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    set_raw,
)

T = TypeVar("T", bound="OrderItemProduct")
# The JSON keys OrderItemProduct declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "source_id",
        "override",
        "name",
        "metadata",
        "price",
    }
)


@_attrs_define
class OrderItemProduct(LazyFields):
    """Product of an order line.

    Attributes:
        id (str | Unset): Voucherify id of the product.
        source_id (str | Unset): The product's id in the merchant's system.
        override (bool | Unset): Whether the line's values override the stored product.
        name (str | Unset): Product name.
        metadata (OrderItemProductMetadata | Unset): Free-form key/value pairs attached to the product.
        price (float | Unset): Unit price, in cents.
    """

    id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    override: bool | Unset = UNSET
    name: str | Unset = UNSET
    metadata: OrderItemProductMetadata | Unset = UNSET
    price: float | Unset = UNSET
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
        if (override := self.override) is not UNSET:
            field_dict["override"] = override
        if (name := self.name) is not UNSET:
            field_dict["name"] = name
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = metadata.to_dict()
        if (price := self.price) is not UNSET:
            field_dict["price"] = price
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
        override = get("override", UNSET)
        name = get("name", UNSET)
        metadata = metadata_json = get("metadata", UNSET)
        if metadata_json is not UNSET:
            metadata = new_lazy(OrderItemProductMetadata)
            set_raw(metadata, metadata_json)
        price = get("price", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_source_id(self, source_id)
        _set_override(self, override)
        _set_name(self, name)
        _set_metadata(self, metadata)
        _set_price(self, price)
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
            override = get("override", UNSET)
            name = get("name", UNSET)
            metadata = metadata_json = get("metadata", UNSET)
            if metadata_json is not UNSET:
                metadata = new_lazy(OrderItemProductMetadata)
            price = get("price", UNSET)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if metadata is not UNSET:
            field_dict["metadata"] = OrderItemProductMetadata._load_to_dict(metadata, metadata_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_source_id(self, source_id)
        _set_override(self, override)
        _set_name(self, name)
        _set_metadata(self, metadata)
        _set_price(self, price)
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
_set_id = OrderItemProduct.__dict__["id"].__set__
_set_source_id = OrderItemProduct.__dict__["source_id"].__set__
_set_override = OrderItemProduct.__dict__["override"].__set__
_set_name = OrderItemProduct.__dict__["name"].__set__
_set_metadata = OrderItemProduct.__dict__["metadata"].__set__
_set_price = OrderItemProduct.__dict__["price"].__set__
_set_additional_properties = OrderItemProduct.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.order_item_product_metadata import OrderItemProductMetadata  # noqa: E402
