from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_redemption_reward_object import SimpleRedemptionRewardObject
from ..models.simple_redemption_reward_type import SimpleRedemptionRewardType
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

T = TypeVar("T", bound="SimpleRedemptionReward")
# The JSON keys SimpleRedemptionReward declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "object",
        "type",
        "customer",
        "assignment_id",
        "voucher",
        "product",
        "sku",
        "loyalty_tier_id",
        "created_at",
        "updated_at",
        "parameters",
        "metadata",
    }
)


@_attrs_define
class SimpleRedemptionReward(LazyFields):
    """Short form of the reward given by a redemption.

    Attributes:
        id (str | Unset): Identifier of the reward. Example: rew_nIy4gHpQHle2c3pNMwuj7G6j.
        name (str | Unset): Name of the reward.
        object (SimpleRedemptionRewardObject | Unset): Kind of object; always `reward`.
        type (SimpleRedemptionRewardType | Unset): Kind of reward.
        customer (SimpleCustomer | Unset): Short form of a customer.
        assignment_id (str | Unset): Reward assignment used.
        voucher (SimpleVoucher | Unset): Short form of a voucher, gift card or loyalty card.
        product (SimpleProduct | Unset): Short form of a product.
        sku (SimpleSku | Unset): Short form of a SKU.
        loyalty_tier_id (str | Unset): Tier the reward was limited to.
        created_at (datetime.datetime | Unset): When the reward was created.
        updated_at (datetime.datetime | None | Unset): When the reward was last changed.
        parameters (RedemptionRewardParameters | Unset): What a reward hands out: campaign credits, coins or a product,
            by reward kind.
        metadata (SimpleRedemptionRewardMetadata | Unset): Free-form key/value pairs attached to the reward.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    object: SimpleRedemptionRewardObject | Unset = UNSET
    type: SimpleRedemptionRewardType | Unset = UNSET
    customer: SimpleCustomer | Unset = UNSET
    assignment_id: str | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    product: SimpleProduct | Unset = UNSET
    sku: SimpleSku | Unset = UNSET
    loyalty_tier_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    parameters: RedemptionRewardParameters | Unset = UNSET
    metadata: SimpleRedemptionRewardMetadata | Unset = UNSET
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
        if (name := self.name) is not UNSET:
            field_dict["name"] = name
        if (object := self.object) is not UNSET:
            field_dict["object"] = object
        if (type := self.type) is not UNSET:
            field_dict["type"] = type
        if not isinstance(customer := self.customer, Unset):
            field_dict["customer"] = customer.to_dict()
        if (assignment_id := self.assignment_id) is not UNSET:
            field_dict["assignment_id"] = assignment_id
        if not isinstance(voucher := self.voucher, Unset):
            field_dict["voucher"] = voucher.to_dict()
        if not isinstance(product := self.product, Unset):
            field_dict["product"] = product.to_dict()
        if not isinstance(sku := self.sku, Unset):
            field_dict["sku"] = sku.to_dict()
        if (loyalty_tier_id := self.loyalty_tier_id) is not UNSET:
            field_dict["loyalty_tier_id"] = loyalty_tier_id
        if not isinstance(created_at := self.created_at, Unset):
            field_dict["created_at"] = serialize_datetime(created_at)
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_nullable_datetime(updated_at)
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
        id = get("id", UNSET)
        name = get("name", UNSET)
        object = get("object", UNSET)
        type = get("type", UNSET)
        customer = customer_json = get("customer", UNSET)
        if customer_json is not UNSET:
            customer = new_lazy(SimpleCustomer)
            set_raw(customer, customer_json)
        assignment_id = get("assignment_id", UNSET)
        voucher = voucher_json = get("voucher", UNSET)
        if voucher_json is not UNSET:
            voucher = new_lazy(SimpleVoucher)
            set_raw(voucher, voucher_json)
        product = product_json = get("product", UNSET)
        if product_json is not UNSET:
            product = new_lazy(SimpleProduct)
            set_raw(product, product_json)
        sku = sku_json = get("sku", UNSET)
        if sku_json is not UNSET:
            sku = new_lazy(SimpleSku)
            set_raw(sku, sku_json)
        loyalty_tier_id = get("loyalty_tier_id", UNSET)
        if (created_at := get("created_at", UNSET)) is not UNSET:
            created_at = parse_timestamp(created_at)
        updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

        parameters = parameters_json = get("parameters", UNSET)
        if parameters_json is not UNSET:
            parameters = new_lazy(RedemptionRewardParameters)
            set_raw(parameters, parameters_json)
        metadata = metadata_json = get("metadata", UNSET)
        if metadata_json is not UNSET:
            metadata = new_lazy(SimpleRedemptionRewardMetadata)
            set_raw(metadata, metadata_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_name(self, name)
        _set_object(self, object)
        _set_type(self, type)
        _set_customer(self, customer)
        _set_assignment_id(self, assignment_id)
        _set_voucher(self, voucher)
        _set_product(self, product)
        _set_sku(self, sku)
        _set_loyalty_tier_id(self, loyalty_tier_id)
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
            id = get("id", UNSET)
            name = get("name", UNSET)
            object = get("object", UNSET)
            type = get("type", UNSET)
            customer = customer_json = get("customer", UNSET)
            if customer_json is not UNSET:
                customer = new_lazy(SimpleCustomer)
            assignment_id = get("assignment_id", UNSET)
            voucher = voucher_json = get("voucher", UNSET)
            if voucher_json is not UNSET:
                voucher = new_lazy(SimpleVoucher)
            product = product_json = get("product", UNSET)
            if product_json is not UNSET:
                product = new_lazy(SimpleProduct)
            sku = sku_json = get("sku", UNSET)
            if sku_json is not UNSET:
                sku = new_lazy(SimpleSku)
            loyalty_tier_id = get("loyalty_tier_id", UNSET)
            if (created_at := get("created_at", UNSET)) is not UNSET:
                created_at = parse_timestamp(created_at)
            updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

            parameters = parameters_json = get("parameters", UNSET)
            if parameters_json is not UNSET:
                parameters = new_lazy(RedemptionRewardParameters)
            metadata = metadata_json = get("metadata", UNSET)
            if metadata_json is not UNSET:
                metadata = new_lazy(SimpleRedemptionRewardMetadata)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if customer is not UNSET:
            field_dict["customer"] = SimpleCustomer._load_to_dict(customer, customer_json)
        if voucher is not UNSET:
            field_dict["voucher"] = SimpleVoucher._load_to_dict(voucher, voucher_json)
        if product is not UNSET:
            field_dict["product"] = SimpleProduct._load_to_dict(product, product_json)
        if sku is not UNSET:
            field_dict["sku"] = SimpleSku._load_to_dict(sku, sku_json)
        if parameters is not UNSET:
            field_dict["parameters"] = RedemptionRewardParameters._load_to_dict(parameters, parameters_json)
        if metadata is not UNSET:
            field_dict["metadata"] = SimpleRedemptionRewardMetadata._load_to_dict(metadata, metadata_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_name(self, name)
        _set_object(self, object)
        _set_type(self, type)
        _set_customer(self, customer)
        _set_assignment_id(self, assignment_id)
        _set_voucher(self, voucher)
        _set_product(self, product)
        _set_sku(self, sku)
        _set_loyalty_tier_id(self, loyalty_tier_id)
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
_set_id = SimpleRedemptionReward.__dict__["id"].__set__
_set_name = SimpleRedemptionReward.__dict__["name"].__set__
_set_object = SimpleRedemptionReward.__dict__["object"].__set__
_set_type = SimpleRedemptionReward.__dict__["type"].__set__
_set_customer = SimpleRedemptionReward.__dict__["customer"].__set__
_set_assignment_id = SimpleRedemptionReward.__dict__["assignment_id"].__set__
_set_voucher = SimpleRedemptionReward.__dict__["voucher"].__set__
_set_product = SimpleRedemptionReward.__dict__["product"].__set__
_set_sku = SimpleRedemptionReward.__dict__["sku"].__set__
_set_loyalty_tier_id = SimpleRedemptionReward.__dict__["loyalty_tier_id"].__set__
_set_created_at = SimpleRedemptionReward.__dict__["created_at"].__set__
_set_updated_at = SimpleRedemptionReward.__dict__["updated_at"].__set__
_set_parameters = SimpleRedemptionReward.__dict__["parameters"].__set__
_set_metadata = SimpleRedemptionReward.__dict__["metadata"].__set__
_set_additional_properties = SimpleRedemptionReward.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.redemption_reward_parameters import RedemptionRewardParameters  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_product import SimpleProduct  # noqa: E402
from ..models.simple_redemption_reward_metadata import SimpleRedemptionRewardMetadata  # noqa: E402
from ..models.simple_sku import SimpleSku  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402

SimpleRedemptionReward._FIELDS = {
    "created_at": lambda src: UNSET if (value := src.get("created_at", UNSET)) is UNSET else parse_timestamp(value),
    "updated_at": lambda src: parse_nullable_timestamp(src.get("updated_at", UNSET)),
}
