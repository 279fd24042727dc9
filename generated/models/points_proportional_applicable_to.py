from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.points_proportional_applicable_to_type import (
    PointsProportionalApplicableToType,
)
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="PointsProportionalApplicableTo")
# The JSON keys PointsProportionalApplicableTo declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "type",
        "product",
        "sku",
        "products_collection",
    }
)


@_attrs_define
class PointsProportionalApplicableTo(LazyFields):
    """One item target; the sub-object named by `type` is filled in.

    Attributes:
        type (PointsProportionalApplicableToType): Kind of item target.
        product (None | PointsProportionalApplicableToProduct | Unset):
        sku (None | PointsProportionalApplicableToSku | Unset):
        products_collection (None | PointsProportionalApplicableToProductsCollection | Unset):
    """

    type: PointsProportionalApplicableToType
    product: None | PointsProportionalApplicableToProduct | Unset = UNSET
    sku: None | PointsProportionalApplicableToSku | Unset = UNSET
    products_collection: None | PointsProportionalApplicableToProductsCollection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties, "type": self.type}
        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, PointsProportionalApplicableToProduct):
            product = self.product.to_dict()
        else:
            product = self.product
        if product is not UNSET:
            field_dict["product"] = product
        sku: dict[str, Any] | None | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        elif isinstance(self.sku, PointsProportionalApplicableToSku):
            sku = self.sku.to_dict()
        else:
            sku = self.sku
        if sku is not UNSET:
            field_dict["sku"] = sku
        products_collection: dict[str, Any] | None | Unset
        if isinstance(self.products_collection, Unset):
            products_collection = UNSET
        elif isinstance(self.products_collection, PointsProportionalApplicableToProductsCollection):
            products_collection = self.products_collection.to_dict()
        else:
            products_collection = self.products_collection
        if products_collection is not UNSET:
            field_dict["products_collection"] = products_collection
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        type = src_dict["type"]

        def _parse_product(data: builtins.object) -> None | PointsProportionalApplicableToProduct | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = PointsProportionalApplicableToProduct.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsProportionalApplicableToProduct | Unset, data)

        product = _parse_product(get("product", UNSET))

        def _parse_sku(data: builtins.object) -> None | PointsProportionalApplicableToSku | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sku_type_0 = PointsProportionalApplicableToSku.from_dict(data)

                return sku_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsProportionalApplicableToSku | Unset, data)

        sku = _parse_sku(get("sku", UNSET))

        def _parse_products_collection(
            data: builtins.object,
        ) -> None | PointsProportionalApplicableToProductsCollection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                products_collection_type_0 = PointsProportionalApplicableToProductsCollection.from_dict(data)

                return products_collection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsProportionalApplicableToProductsCollection | Unset, data)

        products_collection = _parse_products_collection(get("products_collection", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 1 + (product is not UNSET) + (sku is not UNSET) + (products_collection is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_type(self, type)
        _set_product(self, product)
        _set_sku(self, sku)
        _set_products_collection(self, products_collection)
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
            type = src_dict["type"]

            def _parse_product(data: builtins.object) -> None | PointsProportionalApplicableToProduct | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    product_type_0 = PointsProportionalApplicableToProduct.from_dict(data)

                    return product_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsProportionalApplicableToProduct | Unset, data)

            product = _parse_product(get("product", UNSET))

            def _parse_sku(data: builtins.object) -> None | PointsProportionalApplicableToSku | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    sku_type_0 = PointsProportionalApplicableToSku.from_dict(data)

                    return sku_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsProportionalApplicableToSku | Unset, data)

            sku = _parse_sku(get("sku", UNSET))

            def _parse_products_collection(
                data: builtins.object,
            ) -> None | PointsProportionalApplicableToProductsCollection | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    products_collection_type_0 = PointsProportionalApplicableToProductsCollection.from_dict(data)

                    return products_collection_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PointsProportionalApplicableToProductsCollection | Unset, data)

            products_collection = _parse_products_collection(get("products_collection", UNSET))

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 1 + (product is not UNSET) + (sku is not UNSET) + (
                products_collection is not UNSET
            )
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        product_wire: dict[str, Any] | None | Unset
        if isinstance(product, Unset):
            product_wire = UNSET
        elif isinstance(product, PointsProportionalApplicableToProduct):
            product_wire = product.to_dict()
        else:
            product_wire = product
        if product_wire is not UNSET:
            field_dict["product"] = product_wire
        sku_wire: dict[str, Any] | None | Unset
        if isinstance(sku, Unset):
            sku_wire = UNSET
        elif isinstance(sku, PointsProportionalApplicableToSku):
            sku_wire = sku.to_dict()
        else:
            sku_wire = sku
        if sku_wire is not UNSET:
            field_dict["sku"] = sku_wire
        products_collection_wire: dict[str, Any] | None | Unset
        if isinstance(products_collection, Unset):
            products_collection_wire = UNSET
        elif isinstance(products_collection, PointsProportionalApplicableToProductsCollection):
            products_collection_wire = products_collection.to_dict()
        else:
            products_collection_wire = products_collection
        if products_collection_wire is not UNSET:
            field_dict["products_collection"] = products_collection_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_type(self, type)
        _set_product(self, product)
        _set_sku(self, sku)
        _set_products_collection(self, products_collection)
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
_set_type = PointsProportionalApplicableTo.__dict__["type"].__set__
_set_product = PointsProportionalApplicableTo.__dict__["product"].__set__
_set_sku = PointsProportionalApplicableTo.__dict__["sku"].__set__
_set_products_collection = PointsProportionalApplicableTo.__dict__["products_collection"].__set__
_set_additional_properties = PointsProportionalApplicableTo.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.points_proportional_applicable_to_product import PointsProportionalApplicableToProduct  # noqa: E402
from ..models.points_proportional_applicable_to_products_collection import (
    PointsProportionalApplicableToProductsCollection,  # noqa: E402
)
from ..models.points_proportional_applicable_to_sku import PointsProportionalApplicableToSku  # noqa: E402
