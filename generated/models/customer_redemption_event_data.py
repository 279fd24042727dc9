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

T = TypeVar("T", bound="CustomerRedemptionEventData")
# The JSON keys CustomerRedemptionEventData declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "customer",
        "order",
        "campaign",
        "voucher",
        "holder",
        "promotion_tier",
        "promotion_stack",
        "redemption",
    }
)


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
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        if not isinstance(customer := self.customer, Unset):
            field_dict["customer"] = customer.to_dict()
        if not isinstance(order := self.order, Unset):
            field_dict["order"] = order.to_dict()
        if not isinstance(campaign := self.campaign, Unset):
            field_dict["campaign"] = campaign.to_dict()
        if not isinstance(voucher := self.voucher, Unset):
            field_dict["voucher"] = voucher.to_dict()
        if not isinstance(holder := self.holder, Unset):
            field_dict["holder"] = holder.to_dict()
        if not isinstance(promotion_tier := self.promotion_tier, Unset):
            field_dict["promotion_tier"] = promotion_tier.to_dict()
        if not isinstance(promotion_stack := self.promotion_stack, Unset):
            field_dict["promotion_stack"] = promotion_stack.to_dict()
        if not isinstance(redemption := self.redemption, Unset):
            field_dict["redemption"] = redemption.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        if (customer := get("customer", UNSET)) is not UNSET:
            set_raw(customer_model := new_lazy(SimpleCustomer), customer)
            customer = customer_model
        if (order := get("order", UNSET)) is not UNSET:
            set_raw(order_model := new_lazy(SimpleOrder), order)
            order = order_model
        if (campaign := get("campaign", UNSET)) is not UNSET:
            set_raw(campaign_model := new_lazy(SimpleCampaign), campaign)
            campaign = campaign_model
        if (voucher := get("voucher", UNSET)) is not UNSET:
            set_raw(voucher_model := new_lazy(SimpleVoucher), voucher)
            voucher = voucher_model
        if (holder := get("holder", UNSET)) is not UNSET:
            set_raw(holder_model := new_lazy(SimpleCustomer), holder)
            holder = holder_model
        if (promotion_tier := get("promotion_tier", UNSET)) is not UNSET:
            set_raw(promotion_tier_model := new_lazy(SimplePromotionTier), promotion_tier)
            promotion_tier = promotion_tier_model
        if (promotion_stack := get("promotion_stack", UNSET)) is not UNSET:
            set_raw(promotion_stack_model := new_lazy(PromotionStack), promotion_stack)
            promotion_stack = promotion_stack_model
        if (redemption := get("redemption", UNSET)) is not UNSET:
            set_raw(redemption_model := new_lazy(SimpleRedemption), redemption)
            redemption = redemption_model
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_order(self, order)
        _set_campaign(self, campaign)
        _set_voucher(self, voucher)
        _set_holder(self, holder)
        _set_promotion_tier(self, promotion_tier)
        _set_promotion_stack(self, promotion_stack)
        _set_redemption(self, redemption)
        _set_additional_properties(self, additional_properties)
        set_raw(self, PARSED)

    def _load_to_dict(self, src_dict: dict[str, Any]) -> dict[str, Any]:
        """``to_dict()`` of a model not parsed yet: parse (as ``_load``), then write back the values
        just parsed (no slot reads). Data that does not parse comes back as it came."""
        try:
            get = src_dict.get
            if (customer := get("customer", UNSET)) is not UNSET:
                set_raw(customer_model := new_lazy(SimpleCustomer), customer)
                customer = customer_model
            if (order := get("order", UNSET)) is not UNSET:
                set_raw(order_model := new_lazy(SimpleOrder), order)
                order = order_model
            if (campaign := get("campaign", UNSET)) is not UNSET:
                set_raw(campaign_model := new_lazy(SimpleCampaign), campaign)
                campaign = campaign_model
            if (voucher := get("voucher", UNSET)) is not UNSET:
                set_raw(voucher_model := new_lazy(SimpleVoucher), voucher)
                voucher = voucher_model
            if (holder := get("holder", UNSET)) is not UNSET:
                set_raw(holder_model := new_lazy(SimpleCustomer), holder)
                holder = holder_model
            if (promotion_tier := get("promotion_tier", UNSET)) is not UNSET:
                set_raw(promotion_tier_model := new_lazy(SimplePromotionTier), promotion_tier)
                promotion_tier = promotion_tier_model
            if (promotion_stack := get("promotion_stack", UNSET)) is not UNSET:
                set_raw(promotion_stack_model := new_lazy(PromotionStack), promotion_stack)
                promotion_stack = promotion_stack_model
            if (redemption := get("redemption", UNSET)) is not UNSET:
                set_raw(redemption_model := new_lazy(SimpleRedemption), redemption)
                redemption = redemption_model
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            return src_dict
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_order(self, order)
        _set_campaign(self, campaign)
        _set_voucher(self, voucher)
        _set_holder(self, holder)
        _set_promotion_tier(self, promotion_tier)
        _set_promotion_stack(self, promotion_stack)
        _set_redemption(self, redemption)
        _set_additional_properties(self, additional_properties)
        set_raw(self, PARSED)

        field_dict: dict[str, Any] = {**additional_properties}
        if customer is not UNSET:
            field_dict["customer"] = customer.to_dict()
        if order is not UNSET:
            field_dict["order"] = order.to_dict()
        if campaign is not UNSET:
            field_dict["campaign"] = campaign.to_dict()
        if voucher is not UNSET:
            field_dict["voucher"] = voucher.to_dict()
        if holder is not UNSET:
            field_dict["holder"] = holder.to_dict()
        if promotion_tier is not UNSET:
            field_dict["promotion_tier"] = promotion_tier.to_dict()
        if promotion_stack is not UNSET:
            field_dict["promotion_stack"] = promotion_stack.to_dict()
        if redemption is not UNSET:
            field_dict["redemption"] = redemption.to_dict()
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
_set_customer = CustomerRedemptionEventData.__dict__["customer"].__set__
_set_order = CustomerRedemptionEventData.__dict__["order"].__set__
_set_campaign = CustomerRedemptionEventData.__dict__["campaign"].__set__
_set_voucher = CustomerRedemptionEventData.__dict__["voucher"].__set__
_set_holder = CustomerRedemptionEventData.__dict__["holder"].__set__
_set_promotion_tier = CustomerRedemptionEventData.__dict__["promotion_tier"].__set__
_set_promotion_stack = CustomerRedemptionEventData.__dict__["promotion_stack"].__set__
_set_redemption = CustomerRedemptionEventData.__dict__["redemption"].__set__
_set_additional_properties = CustomerRedemptionEventData.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.promotion_stack import PromotionStack  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_order import SimpleOrder  # noqa: E402
from ..models.simple_promotion_tier import SimplePromotionTier  # noqa: E402
from ..models.simple_redemption import SimpleRedemption  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
