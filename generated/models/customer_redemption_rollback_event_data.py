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

T = TypeVar("T", bound="CustomerRedemptionRollbackEventData")
# The JSON keys CustomerRedemptionRollbackEventData declares; any other key is an additional property.
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
        "redemption_rollback",
    }
)


@_attrs_define
class CustomerRedemptionRollbackEventData(LazyFields):
    """Payload of `customer.redemption.rollback.succeeded` and `customer.redemption.rollback.failed`.

    Attributes:
        customer (SimpleCustomer | Unset): Short form of a customer.
        order (SimpleOrder | Unset): Short form of an order.
        campaign (SimpleCampaign | Unset): Short form of a campaign.
        voucher (SimpleVoucher | Unset): Short form of a voucher, gift card or loyalty card.
        holder (SimpleCustomer | Unset): Short form of a customer.
        promotion_tier (SimplePromotionTier | Unset): Short form of a promotion tier.
        promotion_stack (PromotionStack | Unset): A stack of promotion tiers applied together.
        redemption (SimpleRedemption | Unset): Short form of a redemption or rollback.
        redemption_rollback (SimpleRedemption | Unset): Short form of a redemption or rollback.
    """

    customer: SimpleCustomer | Unset = UNSET
    order: SimpleOrder | Unset = UNSET
    campaign: SimpleCampaign | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    holder: SimpleCustomer | Unset = UNSET
    promotion_tier: SimplePromotionTier | Unset = UNSET
    promotion_stack: PromotionStack | Unset = UNSET
    redemption: SimpleRedemption | Unset = UNSET
    redemption_rollback: SimpleRedemption | Unset = UNSET
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
        if not isinstance(redemption_rollback := self.redemption_rollback, Unset):
            field_dict["redemption_rollback"] = redemption_rollback.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        customer = customer_json = get("customer", UNSET)
        if customer_json is not UNSET:
            customer = new_lazy(SimpleCustomer)
            set_raw(customer, customer_json)
        order = order_json = get("order", UNSET)
        if order_json is not UNSET:
            order = new_lazy(SimpleOrder)
            set_raw(order, order_json)
        campaign = campaign_json = get("campaign", UNSET)
        if campaign_json is not UNSET:
            campaign = new_lazy(SimpleCampaign)
            set_raw(campaign, campaign_json)
        voucher = voucher_json = get("voucher", UNSET)
        if voucher_json is not UNSET:
            voucher = new_lazy(SimpleVoucher)
            set_raw(voucher, voucher_json)
        holder = holder_json = get("holder", UNSET)
        if holder_json is not UNSET:
            holder = new_lazy(SimpleCustomer)
            set_raw(holder, holder_json)
        promotion_tier = promotion_tier_json = get("promotion_tier", UNSET)
        if promotion_tier_json is not UNSET:
            promotion_tier = new_lazy(SimplePromotionTier)
            set_raw(promotion_tier, promotion_tier_json)
        promotion_stack = promotion_stack_json = get("promotion_stack", UNSET)
        if promotion_stack_json is not UNSET:
            promotion_stack = new_lazy(PromotionStack)
            set_raw(promotion_stack, promotion_stack_json)
        redemption = redemption_json = get("redemption", UNSET)
        if redemption_json is not UNSET:
            redemption = new_lazy(SimpleRedemption)
            set_raw(redemption, redemption_json)
        redemption_rollback = redemption_rollback_json = get("redemption_rollback", UNSET)
        if redemption_rollback_json is not UNSET:
            redemption_rollback = new_lazy(SimpleRedemption)
            set_raw(redemption_rollback, redemption_rollback_json)
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
        _set_redemption_rollback(self, redemption_rollback)
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
            customer = customer_json = get("customer", UNSET)
            if customer_json is not UNSET:
                customer = new_lazy(SimpleCustomer)
            order = order_json = get("order", UNSET)
            if order_json is not UNSET:
                order = new_lazy(SimpleOrder)
            campaign = campaign_json = get("campaign", UNSET)
            if campaign_json is not UNSET:
                campaign = new_lazy(SimpleCampaign)
            voucher = voucher_json = get("voucher", UNSET)
            if voucher_json is not UNSET:
                voucher = new_lazy(SimpleVoucher)
            holder = holder_json = get("holder", UNSET)
            if holder_json is not UNSET:
                holder = new_lazy(SimpleCustomer)
            promotion_tier = promotion_tier_json = get("promotion_tier", UNSET)
            if promotion_tier_json is not UNSET:
                promotion_tier = new_lazy(SimplePromotionTier)
            promotion_stack = promotion_stack_json = get("promotion_stack", UNSET)
            if promotion_stack_json is not UNSET:
                promotion_stack = new_lazy(PromotionStack)
            redemption = redemption_json = get("redemption", UNSET)
            if redemption_json is not UNSET:
                redemption = new_lazy(SimpleRedemption)
            redemption_rollback = redemption_rollback_json = get("redemption_rollback", UNSET)
            if redemption_rollback_json is not UNSET:
                redemption_rollback = new_lazy(SimpleRedemption)
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
        if order is not UNSET:
            field_dict["order"] = SimpleOrder._load_to_dict(order, order_json)
        if campaign is not UNSET:
            field_dict["campaign"] = SimpleCampaign._load_to_dict(campaign, campaign_json)
        if voucher is not UNSET:
            field_dict["voucher"] = SimpleVoucher._load_to_dict(voucher, voucher_json)
        if holder is not UNSET:
            field_dict["holder"] = SimpleCustomer._load_to_dict(holder, holder_json)
        if promotion_tier is not UNSET:
            field_dict["promotion_tier"] = SimplePromotionTier._load_to_dict(promotion_tier, promotion_tier_json)
        if promotion_stack is not UNSET:
            field_dict["promotion_stack"] = PromotionStack._load_to_dict(promotion_stack, promotion_stack_json)
        if redemption is not UNSET:
            field_dict["redemption"] = SimpleRedemption._load_to_dict(redemption, redemption_json)
        if redemption_rollback is not UNSET:
            field_dict["redemption_rollback"] = SimpleRedemption._load_to_dict(
                redemption_rollback, redemption_rollback_json
            )
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
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
        _set_redemption_rollback(self, redemption_rollback)
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
_set_customer = CustomerRedemptionRollbackEventData.__dict__["customer"].__set__
_set_order = CustomerRedemptionRollbackEventData.__dict__["order"].__set__
_set_campaign = CustomerRedemptionRollbackEventData.__dict__["campaign"].__set__
_set_voucher = CustomerRedemptionRollbackEventData.__dict__["voucher"].__set__
_set_holder = CustomerRedemptionRollbackEventData.__dict__["holder"].__set__
_set_promotion_tier = CustomerRedemptionRollbackEventData.__dict__["promotion_tier"].__set__
_set_promotion_stack = CustomerRedemptionRollbackEventData.__dict__["promotion_stack"].__set__
_set_redemption = CustomerRedemptionRollbackEventData.__dict__["redemption"].__set__
_set_redemption_rollback = CustomerRedemptionRollbackEventData.__dict__["redemption_rollback"].__set__
_set_additional_properties = CustomerRedemptionRollbackEventData.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.promotion_stack import PromotionStack  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_order import SimpleOrder  # noqa: E402
from ..models.simple_promotion_tier import SimplePromotionTier  # noqa: E402
from ..models.simple_redemption import SimpleRedemption  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
