from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_object import ProductObject, check_product_object
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="Product")


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
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        source_id: None | str
        source_id = self.source_id

        name: None | str
        name = self.name

        price: int | None
        price = self.price

        attributes = self.attributes

        metadata = self.metadata.to_dict()

        object: str = self.object

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

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

        skus: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skus, Unset):
            skus = self.skus.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_id": source_id,
                "name": name,
                "price": price,
                "attributes": attributes,
                "metadata": metadata,
                "object": object,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if skus is not UNSET:
            field_dict["skus"] = skus

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_source_id(data: builtins.object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_id = _parse_source_id(d.pop("source_id"))

        def _parse_name(data: builtins.object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_price(data: builtins.object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        price = _parse_price(d.pop("price"))

        attributes = cast(list[str], d.pop("attributes"))

        metadata = ProductMetadata.from_dict(d.pop("metadata"))

        object = check_product_object(d.pop("object"))

        def _parse_image_url(data: builtins.object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

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

        _skus = d.pop("skus", UNSET)
        skus: ProductSkus | Unset
        if isinstance(_skus, Unset):
            skus = UNSET
        else:
            skus = ProductSkus.from_dict(_skus)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "source_id", source_id)
        set_(self, "name", name)
        set_(self, "price", price)
        set_(self, "attributes", attributes)
        set_(self, "metadata", metadata)
        set_(self, "object", object)
        set_(self, "image_url", image_url)
        set_(self, "created_at", created_at)
        set_(self, "updated_at", updated_at)
        set_(self, "skus", skus)
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
from ..models.product_metadata import ProductMetadata  # noqa: E402
from ..models.product_skus import ProductSkus  # noqa: E402
