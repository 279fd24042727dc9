from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redemption_reward_object import RedemptionRewardObject
from ..models.redemption_reward_type import RedemptionRewardType
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    parse_timestamp,
    serialize_datetime,
    set_raw,
)

T = TypeVar("T", bound="RedemptionReward")
# The JSON keys RedemptionReward declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "customer",
        "assignment_id",
        "voucher",
        "product",
        "sku",
        "loyalty_tier_id",
        "id",
        "name",
        "object",
        "type",
        "created_at",
        "updated_at",
        "parameters",
        "metadata",
    }
)


@_attrs_define
class RedemptionReward(LazyFields):
    """The reward given by a redemption, with the objects it handed out.

    Attributes:
        customer (None | SimpleCustomer): Customer who received the reward.
        assignment_id (None | str): Reward assignment used.
        voucher (None | Voucher): Voucher handed out, if any.
        product (None | Product): Product handed out, if any.
        sku (None | Sku): SKU handed out, if any.
        loyalty_tier_id (None | str): Tier the reward was limited to.
        id (str | Unset): Identifier of the reward. Example: rew_0bc92f81a6801f9bca.
        name (str | Unset): Name of the reward.
        object (RedemptionRewardObject | Unset): Kind of object; always `reward`.
        type (RedemptionRewardType | Unset): Kind of reward.
        created_at (datetime.datetime | Unset): When the reward was created.
        updated_at (datetime.datetime | Unset): When the reward was last changed.
        parameters (RedemptionRewardParameters | Unset): What a reward hands out: campaign credits, coins or a product,
            by reward kind.
        metadata (RedemptionRewardMetadata | Unset): Free-form key/value pairs attached to the reward.
    """

    customer: None | SimpleCustomer
    assignment_id: None | str
    voucher: None | Voucher
    product: None | Product
    sku: None | Sku
    loyalty_tier_id: None | str
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    object: RedemptionRewardObject | Unset = UNSET
    type: RedemptionRewardType | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    parameters: RedemptionRewardParameters | Unset = UNSET
    metadata: RedemptionRewardMetadata | Unset = UNSET
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
            "assignment_id": self.assignment_id,
            "loyalty_tier_id": self.loyalty_tier_id,
        }
        customer: dict[str, Any] | None
        if isinstance(self.customer, SimpleCustomer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer
        field_dict["customer"] = customer
        voucher: dict[str, Any] | None
        if isinstance(self.voucher, Voucher):
            voucher = self.voucher.to_dict()
        else:
            voucher = self.voucher
        field_dict["voucher"] = voucher
        product: dict[str, Any] | None
        if isinstance(self.product, Product):
            product = self.product.to_dict()
        else:
            product = self.product
        field_dict["product"] = product
        sku: dict[str, Any] | None
        if isinstance(self.sku, Sku):
            sku = self.sku.to_dict()
        else:
            sku = self.sku
        field_dict["sku"] = sku
        if (id := self.id) is not UNSET:
            field_dict["id"] = id
        if (name := self.name) is not UNSET:
            field_dict["name"] = name
        if (object := self.object) is not UNSET:
            field_dict["object"] = object
        if (type := self.type) is not UNSET:
            field_dict["type"] = type
        if not isinstance(created_at := self.created_at, Unset):
            field_dict["created_at"] = serialize_datetime(created_at)
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_datetime(updated_at)
        if not isinstance(parameters := self.parameters, Unset):
            field_dict["parameters"] = parameters.to_dict()
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = metadata.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get

        def _parse_customer(data: builtins.object) -> None | SimpleCustomer:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = SimpleCustomer.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimpleCustomer, data)

        customer = _parse_customer(src_dict["customer"])

        assignment_id = src_dict["assignment_id"]

        def _parse_voucher(data: builtins.object) -> None | Voucher:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voucher_type_0 = Voucher.from_dict(data)

                return voucher_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Voucher, data)

        voucher = _parse_voucher(src_dict["voucher"])

        def _parse_product(data: builtins.object) -> None | Product:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = Product.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Product, data)

        product = _parse_product(src_dict["product"])

        def _parse_sku(data: builtins.object) -> None | Sku:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sku_type_0 = Sku.from_dict(data)

                return sku_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sku, data)

        sku = _parse_sku(src_dict["sku"])

        loyalty_tier_id = src_dict["loyalty_tier_id"]
        id = get("id", UNSET)
        name = get("name", UNSET)
        object = get("object", UNSET)
        type = get("type", UNSET)
        if (created_at := get("created_at", UNSET)) is not UNSET:
            created_at = parse_timestamp(created_at)
        if (updated_at := get("updated_at", UNSET)) is not UNSET:
            updated_at = parse_timestamp(updated_at)
        parameters = parameters_json = get("parameters", UNSET)
        if parameters_json is not UNSET:
            parameters = new_lazy(RedemptionRewardParameters)
            set_raw(parameters, parameters_json)
        metadata = metadata_json = get("metadata", UNSET)
        if metadata_json is not UNSET:
            metadata = new_lazy(RedemptionRewardMetadata)
            set_raw(metadata, metadata_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_assignment_id(self, assignment_id)
        _set_voucher(self, voucher)
        _set_product(self, product)
        _set_sku(self, sku)
        _set_loyalty_tier_id(self, loyalty_tier_id)
        _set_id(self, id)
        _set_name(self, name)
        _set_object(self, object)
        _set_type(self, type)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_parameters(self, parameters)
        _set_metadata(self, metadata)
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

            def _parse_customer(data: builtins.object) -> None | SimpleCustomer:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    customer_type_0 = SimpleCustomer.from_dict(data)

                    return customer_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | SimpleCustomer, data)

            customer = _parse_customer(src_dict["customer"])

            assignment_id = src_dict["assignment_id"]

            def _parse_voucher(data: builtins.object) -> None | Voucher:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    voucher_type_0 = Voucher.from_dict(data)

                    return voucher_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Voucher, data)

            voucher = _parse_voucher(src_dict["voucher"])

            def _parse_product(data: builtins.object) -> None | Product:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    product_type_0 = Product.from_dict(data)

                    return product_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Product, data)

            product = _parse_product(src_dict["product"])

            def _parse_sku(data: builtins.object) -> None | Sku:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    sku_type_0 = Sku.from_dict(data)

                    return sku_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Sku, data)

            sku = _parse_sku(src_dict["sku"])

            loyalty_tier_id = src_dict["loyalty_tier_id"]
            id = get("id", UNSET)
            name = get("name", UNSET)
            object = get("object", UNSET)
            type = get("type", UNSET)
            if (created_at := get("created_at", UNSET)) is not UNSET:
                created_at = parse_timestamp(created_at)
            if (updated_at := get("updated_at", UNSET)) is not UNSET:
                updated_at = parse_timestamp(updated_at)
            parameters = parameters_json = get("parameters", UNSET)
            if parameters_json is not UNSET:
                parameters = new_lazy(RedemptionRewardParameters)
            metadata = metadata_json = get("metadata", UNSET)
            if metadata_json is not UNSET:
                metadata = new_lazy(RedemptionRewardMetadata)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        customer_wire: dict[str, Any] | None
        if isinstance(customer, SimpleCustomer):
            customer_wire = customer.to_dict()
        else:
            customer_wire = customer
        field_dict["customer"] = customer_wire
        voucher_wire: dict[str, Any] | None
        if isinstance(voucher, Voucher):
            voucher_wire = voucher.to_dict()
        else:
            voucher_wire = voucher
        field_dict["voucher"] = voucher_wire
        product_wire: dict[str, Any] | None
        if isinstance(product, Product):
            product_wire = product.to_dict()
        else:
            product_wire = product
        field_dict["product"] = product_wire
        sku_wire: dict[str, Any] | None
        if isinstance(sku, Sku):
            sku_wire = sku.to_dict()
        else:
            sku_wire = sku
        field_dict["sku"] = sku_wire
        if parameters is not UNSET:
            field_dict["parameters"] = RedemptionRewardParameters._load_to_dict(parameters, parameters_json)
        if metadata is not UNSET:
            field_dict["metadata"] = RedemptionRewardMetadata._load_to_dict(metadata, metadata_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_assignment_id(self, assignment_id)
        _set_voucher(self, voucher)
        _set_product(self, product)
        _set_sku(self, sku)
        _set_loyalty_tier_id(self, loyalty_tier_id)
        _set_id(self, id)
        _set_name(self, name)
        _set_object(self, object)
        _set_type(self, type)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_parameters(self, parameters)
        _set_metadata(self, metadata)
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
_set_customer = RedemptionReward.__dict__["customer"].__set__
_set_assignment_id = RedemptionReward.__dict__["assignment_id"].__set__
_set_voucher = RedemptionReward.__dict__["voucher"].__set__
_set_product = RedemptionReward.__dict__["product"].__set__
_set_sku = RedemptionReward.__dict__["sku"].__set__
_set_loyalty_tier_id = RedemptionReward.__dict__["loyalty_tier_id"].__set__
_set_id = RedemptionReward.__dict__["id"].__set__
_set_name = RedemptionReward.__dict__["name"].__set__
_set_object = RedemptionReward.__dict__["object"].__set__
_set_type = RedemptionReward.__dict__["type"].__set__
_set_created_at = RedemptionReward.__dict__["created_at"].__set__
_set_updated_at = RedemptionReward.__dict__["updated_at"].__set__
_set_parameters = RedemptionReward.__dict__["parameters"].__set__
_set_metadata = RedemptionReward.__dict__["metadata"].__set__
_set_additional_properties = RedemptionReward.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.product import Product  # noqa: E402
from ..models.redemption_reward_metadata import RedemptionRewardMetadata  # noqa: E402
from ..models.redemption_reward_parameters import RedemptionRewardParameters  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.sku import Sku  # noqa: E402
from ..models.voucher import Voucher  # noqa: E402

RedemptionReward._FIELDS = {
    "created_at": lambda src: UNSET if (value := src.get("created_at", UNSET)) is UNSET else parse_timestamp(value),
    "updated_at": lambda src: UNSET if (value := src.get("updated_at", UNSET)) is UNSET else parse_timestamp(value),
}
