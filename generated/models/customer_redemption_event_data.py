from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="CustomerRedemptionEventData")


@_attrs_define
class CustomerRedemptionEventData(LazyFields):
    """Payload of `customer.redemption.succeeded` and `customer.redemption.failed`.

    Attributes:
        customer (SimpleCustomer | Unset): Short form of a customer.
        order (SimpleOrder | Unset): Short form of an order.
        campaign (SimpleCampaign | Unset): Short form of a campaign.
        voucher (SimpleVoucher | Unset): Short form of a voucher, gift card or loyalty card.
        holder (SimpleCustomer | Unset): Short form of a customer.
        promotion_tier (SimplePromotionTier | Unset): Short form of a promotion tier.
        promotion_stack (PromotionStack | Unset): A stack of promotion tiers applied together.
        redemption (SimpleRedemption | Unset): Short form of a redemption or rollback.
    """

    customer: SimpleCustomer | Unset = UNSET
    order: SimpleOrder | Unset = UNSET
    campaign: SimpleCampaign | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    holder: SimpleCustomer | Unset = UNSET
    promotion_tier: SimplePromotionTier | Unset = UNSET
    promotion_stack: PromotionStack | Unset = UNSET
    redemption: SimpleRedemption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        holder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holder, Unset):
            holder = self.holder.to_dict()

        promotion_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotion_tier, Unset):
            promotion_tier = self.promotion_tier.to_dict()

        promotion_stack: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotion_stack, Unset):
            promotion_stack = self.promotion_stack.to_dict()

        redemption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemption, Unset):
            redemption = self.redemption.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if order is not UNSET:
            field_dict["order"] = order
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if holder is not UNSET:
            field_dict["holder"] = holder
        if promotion_tier is not UNSET:
            field_dict["promotion_tier"] = promotion_tier
        if promotion_stack is not UNSET:
            field_dict["promotion_stack"] = promotion_stack
        if redemption is not UNSET:
            field_dict["redemption"] = redemption

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: SimpleCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = SimpleCustomer.from_dict(_customer)

        _order = d.pop("order", UNSET)
        order: SimpleOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = SimpleOrder.from_dict(_order)

        _campaign = d.pop("campaign", UNSET)
        campaign: SimpleCampaign | Unset
        if isinstance(_campaign, Unset):
            campaign = UNSET
        else:
            campaign = SimpleCampaign.from_dict(_campaign)

        _voucher = d.pop("voucher", UNSET)
        voucher: SimpleVoucher | Unset
        if isinstance(_voucher, Unset):
            voucher = UNSET
        else:
            voucher = SimpleVoucher.from_dict(_voucher)

        _holder = d.pop("holder", UNSET)
        holder: SimpleCustomer | Unset
        if isinstance(_holder, Unset):
            holder = UNSET
        else:
            holder = SimpleCustomer.from_dict(_holder)

        _promotion_tier = d.pop("promotion_tier", UNSET)
        promotion_tier: SimplePromotionTier | Unset
        if isinstance(_promotion_tier, Unset):
            promotion_tier = UNSET
        else:
            promotion_tier = SimplePromotionTier.from_dict(_promotion_tier)

        _promotion_stack = d.pop("promotion_stack", UNSET)
        promotion_stack: PromotionStack | Unset
        if isinstance(_promotion_stack, Unset):
            promotion_stack = UNSET
        else:
            promotion_stack = PromotionStack.from_dict(_promotion_stack)

        _redemption = d.pop("redemption", UNSET)
        redemption: SimpleRedemption | Unset
        if isinstance(_redemption, Unset):
            redemption = UNSET
        else:
            redemption = SimpleRedemption.from_dict(_redemption)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "customer", customer)
        set_(self, "order", order)
        set_(self, "campaign", campaign)
        set_(self, "voucher", voucher)
        set_(self, "holder", holder)
        set_(self, "promotion_tier", promotion_tier)
        set_(self, "promotion_stack", promotion_stack)
        set_(self, "redemption", redemption)
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
from ..models.promotion_stack import PromotionStack  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_order import SimpleOrder  # noqa: E402
from ..models.simple_promotion_tier import SimplePromotionTier  # noqa: E402
from ..models.simple_redemption import SimpleRedemption  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
