from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_object import ProductObject
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

T = TypeVar("T", bound="Product")
# The JSON keys Product declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "source_id",
        "name",
        "price",
        "attributes",
        "metadata",
        "object",
        "image_url",
        "created_at",
        "updated_at",
        "skus",
    }
)


@_attrs_define
class Product(LazyFields):
    """Full product record.

    Attributes:
        id (str): Voucherify id of the product. Example: prod_0b1da8105693710357.
        source_id (None | str): The product's id in the merchant's system.
        name (None | str): Product name.
        price (int | None): Unit price, in cents.
        attributes (list[str]): Names of attributes the product's SKUs vary by.
        metadata (ProductMetadata): Free-form key/value pairs attached to the product.
        object (ProductObject): Kind of object; always `product`.
        image_url (None | str | Unset): Product image.
        created_at (datetime.datetime | Unset): When the product was created.
        updated_at (datetime.datetime | None | Unset): When the product was last changed.
        skus (ProductSkus | Unset): List of the product's SKUs; kept open.
    """

    id: str
    source_id: None | str
    name: None | str
    price: int | None
    attributes: list[str]
    metadata: ProductMetadata
    object: ProductObject
    image_url: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    skus: ProductSkus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "source_id": self.source_id,
            "name": self.name,
            "price": self.price,
            "metadata": self.metadata.to_dict(),
            "object": self.object,
        }
        attributes = self.attributes

        field_dict["attributes"] = attributes
        if (image_url := self.image_url) is not UNSET:
            field_dict["image_url"] = image_url
        if not isinstance(created_at := self.created_at, Unset):
            field_dict["created_at"] = serialize_datetime(created_at)
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_nullable_datetime(updated_at)
        if not isinstance(skus := self.skus, Unset):
            field_dict["skus"] = skus.to_dict()
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
        name = src_dict["name"]
        price = src_dict["price"]
        attributes = cast(list[str], src_dict["attributes"])

        metadata_json = src_dict["metadata"]
        metadata = new_lazy(ProductMetadata)
        set_raw(metadata, metadata_json)
        object = src_dict["object"]
        image_url = get("image_url", UNSET)
        if (created_at := get("created_at", UNSET)) is not UNSET:
            created_at = parse_timestamp(created_at)
        updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

        skus = skus_json = get("skus", UNSET)
        if skus_json is not UNSET:
            skus = new_lazy(ProductSkus)
            set_raw(skus, skus_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 7 + (image_url is not UNSET) + (created_at is not UNSET) + (
            updated_at is not UNSET
        ) + (skus is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_source_id(self, source_id)
        _set_name(self, name)
        _set_price(self, price)
        _set_attributes(self, attributes)
        _set_metadata(self, metadata)
        _set_object(self, object)
        _set_image_url(self, image_url)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_skus(self, skus)
        _set_additional_properties(self, additional_properties)
        set_raw(self, PARSED)

    def _load_to_dict(self, src_dict: Any) -> dict[str, Any]:
        """``to_dict()`` of this model, not parsed yet, from ``src_dict`` (its ``_raw``, or the JSON a
        parent made it for; a parent's own pass calls this right after ``new_lazy``): parse as
        ``_load`` does, then write back, the values that write back as they came being the
        source's own. Data that does not parse comes back as it came, the model lazy on it."""
        set_raw(self, src_dict)
        return self.to_dict()

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
_set_id = Product.__dict__["id"].__set__
_set_source_id = Product.__dict__["source_id"].__set__
_set_name = Product.__dict__["name"].__set__
_set_price = Product.__dict__["price"].__set__
_set_attributes = Product.__dict__["attributes"].__set__
_set_metadata = Product.__dict__["metadata"].__set__
_set_object = Product.__dict__["object"].__set__
_set_image_url = Product.__dict__["image_url"].__set__
_set_created_at = Product.__dict__["created_at"].__set__
_set_updated_at = Product.__dict__["updated_at"].__set__
_set_skus = Product.__dict__["skus"].__set__
_set_additional_properties = Product.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.product_metadata import ProductMetadata  # noqa: E402
from ..models.product_skus import ProductSkus  # noqa: E402

Product._FIELDS = {
    "created_at": lambda src: UNSET if (value := src.get("created_at", UNSET)) is UNSET else parse_timestamp(value),
    "updated_at": lambda src: parse_nullable_timestamp(src.get("updated_at", UNSET)),
}
