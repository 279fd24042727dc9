from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_redemption_reward_object import SimpleRedemptionRewardObject, check_simple_redemption_reward_object
from ..models.simple_redemption_reward_type import SimpleRedemptionRewardType, check_simple_redemption_reward_type
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="SimpleRedemptionReward")


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
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        name = self.name

        object: str | Unset = UNSET
        if not isinstance(self.object, Unset):
            object = self.object

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        assignment_id = self.assignment_id

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        sku: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sku, Unset):
            sku = self.sku.to_dict()

        loyalty_tier_id = self.loyalty_tier_id

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

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if object is not UNSET:
            field_dict["object"] = object
        if type is not UNSET:
            field_dict["type"] = type
        if customer is not UNSET:
            field_dict["customer"] = customer
        if assignment_id is not UNSET:
            field_dict["assignment_id"] = assignment_id
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku
        if loyalty_tier_id is not UNSET:
            field_dict["loyalty_tier_id"] = loyalty_tier_id
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
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _object = d.pop("object", UNSET)
        object: SimpleRedemptionRewardObject | Unset
        if isinstance(_object, Unset):
            object = UNSET
        else:
            object = check_simple_redemption_reward_object(_object)

        _type = d.pop("type", UNSET)
        type: SimpleRedemptionRewardType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_simple_redemption_reward_type(_type)

        _customer = d.pop("customer", UNSET)
        customer: SimpleCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = SimpleCustomer.from_dict(_customer)

        assignment_id = d.pop("assignment_id", UNSET)

        _voucher = d.pop("voucher", UNSET)
        voucher: SimpleVoucher | Unset
        if isinstance(_voucher, Unset):
            voucher = UNSET
        else:
            voucher = SimpleVoucher.from_dict(_voucher)

        _product = d.pop("product", UNSET)
        product: SimpleProduct | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = SimpleProduct.from_dict(_product)

        _sku = d.pop("sku", UNSET)
        sku: SimpleSku | Unset
        if isinstance(_sku, Unset):
            sku = UNSET
        else:
            sku = SimpleSku.from_dict(_sku)

        loyalty_tier_id = d.pop("loyalty_tier_id", UNSET)

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

        _parameters = d.pop("parameters", UNSET)
        parameters: RedemptionRewardParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = RedemptionRewardParameters.from_dict(_parameters)

        _metadata = d.pop("metadata", UNSET)
        metadata: SimpleRedemptionRewardMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SimpleRedemptionRewardMetadata.from_dict(_metadata)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "name", name)
        set_(self, "object", object)
        set_(self, "type", type)
        set_(self, "customer", customer)
        set_(self, "assignment_id", assignment_id)
        set_(self, "voucher", voucher)
        set_(self, "product", product)
        set_(self, "sku", sku)
        set_(self, "loyalty_tier_id", loyalty_tier_id)
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
from ..models.redemption_reward_parameters import RedemptionRewardParameters  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_product import SimpleProduct  # noqa: E402
from ..models.simple_redemption_reward_metadata import SimpleRedemptionRewardMetadata  # noqa: E402
from ..models.simple_sku import SimpleSku  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
