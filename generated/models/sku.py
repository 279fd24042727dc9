from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sku_object import SkuObject
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    parse_nullable_timestamp,
    parse_timestamp,
    serialize_datetime,
    serialize_nullable_datetime,
    set_raw,
)

T = TypeVar("T", bound="Sku")
# The JSON keys Sku declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "source_id",
        "product_id",
        "sku",
        "price",
        "attributes",
        "image_url",
        "metadata",
        "created_at",
        "updated_at",
        "object",
        "currency",
    }
)


@_attrs_define
class Sku(LazyFields):
    """Full SKU record.

    Attributes:
        id (str): Voucherify id of the SKU. Example: sku_0b1621b319d248b79f.
        source_id (None | str): The SKU's id in the merchant's system.
        product_id (str): Product the SKU belongs to.
        sku (None | str): SKU name.
        price (int | None): Unit price, in cents.
        attributes (SkuAttributes): Attribute values of the SKU.
        image_url (None | str): SKU image.
        metadata (SkuMetadata): Free-form key/value pairs attached to the SKU.
        created_at (datetime.datetime): When the SKU was created.
        updated_at (datetime.datetime | None): When the SKU was last changed.
        object (SkuObject): Kind of object; always `sku`.
        currency (None | str | Unset): Currency of the price.
    """

    id: str
    source_id: None | str
    product_id: str
    sku: None | str
    price: int | None
    attributes: SkuAttributes
    image_url: None | str
    metadata: SkuMetadata
    created_at: datetime.datetime
    updated_at: datetime.datetime | None
    object: SkuObject
    currency: None | str | Unset = UNSET
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
            "id": self.id,
            "source_id": self.source_id,
            "product_id": self.product_id,
            "sku": self.sku,
            "price": self.price,
            "attributes": self.attributes.to_dict(),
            "image_url": self.image_url,
            "metadata": self.metadata.to_dict(),
            "created_at": serialize_datetime(self.created_at),
            "updated_at": serialize_nullable_datetime(self.updated_at),
            "object": self.object,
        }
        if (currency := self.currency) is not UNSET:
            field_dict["currency"] = currency
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        id = src_dict["id"]
        source_id = src_dict["source_id"]
        product_id = src_dict["product_id"]
        sku = src_dict["sku"]
        price = src_dict["price"]
        attributes_json = src_dict["attributes"]
        attributes = new_lazy(SkuAttributes)
        set_raw(attributes, attributes_json)
        image_url = src_dict["image_url"]
        metadata_json = src_dict["metadata"]
        metadata = new_lazy(SkuMetadata)
        set_raw(metadata, metadata_json)
        created_at = parse_timestamp(src_dict["created_at"])
        updated_at = parse_nullable_timestamp(src_dict["updated_at"])

        object = src_dict["object"]
        currency = get("currency", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 11 + (currency is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_source_id(self, source_id)
        _set_product_id(self, product_id)
        _set_sku(self, sku)
        _set_price(self, price)
        _set_attributes(self, attributes)
        _set_image_url(self, image_url)
        _set_metadata(self, metadata)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_object(self, object)
        _set_currency(self, currency)
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
            id = src_dict["id"]
            source_id = src_dict["source_id"]
            product_id = src_dict["product_id"]
            sku = src_dict["sku"]
            price = src_dict["price"]
            attributes_json = src_dict["attributes"]
            attributes = new_lazy(SkuAttributes)
            image_url = src_dict["image_url"]
            metadata_json = src_dict["metadata"]
            metadata = new_lazy(SkuMetadata)
            created_at = parse_timestamp(src_dict["created_at"])
            updated_at = parse_nullable_timestamp(src_dict["updated_at"])

            object = src_dict["object"]
            currency = get("currency", UNSET)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 11 + (currency is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["attributes"] = SkuAttributes._load_to_dict(attributes, attributes_json)
        field_dict["metadata"] = SkuMetadata._load_to_dict(metadata, metadata_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_source_id(self, source_id)
        _set_product_id(self, product_id)
        _set_sku(self, sku)
        _set_price(self, price)
        _set_attributes(self, attributes)
        _set_image_url(self, image_url)
        _set_metadata(self, metadata)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_object(self, object)
        _set_currency(self, currency)
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
_set_id = Sku.__dict__["id"].__set__
_set_source_id = Sku.__dict__["source_id"].__set__
_set_product_id = Sku.__dict__["product_id"].__set__
_set_sku = Sku.__dict__["sku"].__set__
_set_price = Sku.__dict__["price"].__set__
_set_attributes = Sku.__dict__["attributes"].__set__
_set_image_url = Sku.__dict__["image_url"].__set__
_set_metadata = Sku.__dict__["metadata"].__set__
_set_created_at = Sku.__dict__["created_at"].__set__
_set_updated_at = Sku.__dict__["updated_at"].__set__
_set_object = Sku.__dict__["object"].__set__
_set_currency = Sku.__dict__["currency"].__set__
_set_additional_properties = Sku.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.sku_attributes import SkuAttributes  # noqa: E402
from ..models.sku_metadata import SkuMetadata  # noqa: E402

Sku._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
    "updated_at": lambda src: parse_nullable_timestamp(src.get("updated_at", UNSET)),
}
