from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redemption_reward_object import RedemptionRewardObject, check_redemption_reward_object
from ..models.redemption_reward_type import RedemptionRewardType, check_redemption_reward_type
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="RedemptionReward")


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
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        customer: dict[str, Any] | None
        if isinstance(self.customer, SimpleCustomer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        assignment_id: None | str
        assignment_id = self.assignment_id

        voucher: dict[str, Any] | None
        if isinstance(self.voucher, Voucher):
            voucher = self.voucher.to_dict()
        else:
            voucher = self.voucher

        product: dict[str, Any] | None
        if isinstance(self.product, Product):
            product = self.product.to_dict()
        else:
            product = self.product

        sku: dict[str, Any] | None
        if isinstance(self.sku, Sku):
            sku = self.sku.to_dict()
        else:
            sku = self.sku

        loyalty_tier_id: None | str
        loyalty_tier_id = self.loyalty_tier_id

        id = self.id

        name = self.name

        object: str | Unset = UNSET
        if not isinstance(self.object, Unset):
            object = self.object

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = serialize_datetime(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = serialize_datetime(self.updated_at)

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "assignment_id": assignment_id,
                "voucher": voucher,
                "product": product,
                "sku": sku,
                "loyalty_tier_id": loyalty_tier_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if object is not UNSET:
            field_dict["object"] = object
        if type is not UNSET:
            field_dict["type"] = type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)

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

        customer = _parse_customer(d.pop("customer"))

        def _parse_assignment_id(data: builtins.object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assignment_id = _parse_assignment_id(d.pop("assignment_id"))

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

        voucher = _parse_voucher(d.pop("voucher"))

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

        product = _parse_product(d.pop("product"))

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

        sku = _parse_sku(d.pop("sku"))

        def _parse_loyalty_tier_id(data: builtins.object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        loyalty_tier_id = _parse_loyalty_tier_id(d.pop("loyalty_tier_id"))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _object = d.pop("object", UNSET)
        object: RedemptionRewardObject | Unset
        if isinstance(_object, Unset):
            object = UNSET
        else:
            object = check_redemption_reward_object(_object)

        _type = d.pop("type", UNSET)
        type: RedemptionRewardType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_redemption_reward_type(_type)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_timestamp(_updated_at)

        _parameters = d.pop("parameters", UNSET)
        parameters: RedemptionRewardParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = RedemptionRewardParameters.from_dict(_parameters)

        _metadata = d.pop("metadata", UNSET)
        metadata: RedemptionRewardMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RedemptionRewardMetadata.from_dict(_metadata)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "customer", customer)
        set_(self, "assignment_id", assignment_id)
        set_(self, "voucher", voucher)
        set_(self, "product", product)
        set_(self, "sku", sku)
        set_(self, "loyalty_tier_id", loyalty_tier_id)
        set_(self, "id", id)
        set_(self, "name", name)
        set_(self, "object", object)
        set_(self, "type", type)
        set_(self, "created_at", created_at)
        set_(self, "updated_at", updated_at)
        set_(self, "parameters", parameters)
        set_(self, "metadata", metadata)
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
from ..models.product import Product  # noqa: E402
from ..models.redemption_reward_metadata import RedemptionRewardMetadata  # noqa: E402
from ..models.redemption_reward_parameters import RedemptionRewardParameters  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.sku import Sku  # noqa: E402
from ..models.voucher import Voucher  # noqa: E402
