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

T = TypeVar("T", bound="CustomerRewardedLoyaltyPointsEventData")
# The JSON keys CustomerRewardedLoyaltyPointsEventData declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "customer",
        "holder",
        "voucher",
        "campaign",
        "loyalty_tier",
        "earning_rule",
        "balance",
        "order",
        "event",
    }
)


@_attrs_define
class CustomerRewardedLoyaltyPointsEventData(LazyFields):
    """Payload of `customer.rewarded.loyalty_points`.

    Attributes:
        customer (SimpleCustomer | Unset): Short form of a customer.
        holder (SimpleCustomer | Unset): Short form of a customer.
        voucher (SimpleVoucher | Unset): Short form of a voucher, gift card or loyalty card.
        campaign (SimpleCampaign | Unset): Short form of a campaign.
        loyalty_tier (LoyaltyTier | Unset): A tier of a loyalty campaign.
        earning_rule (LoyaltyEarningRule | Unset): A rule of a loyalty campaign that grants points.
        balance (VoucherBalance | Unset): Balance of a gift card or loyalty card after an operation.
        order (Order | Unset): Full order record with its calculated discounts.
        event (SimpleEvent | Unset): Pointer to the event behind a points award.
    """

    customer: SimpleCustomer | Unset = UNSET
    holder: SimpleCustomer | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    campaign: SimpleCampaign | Unset = UNSET
    loyalty_tier: LoyaltyTier | Unset = UNSET
    earning_rule: LoyaltyEarningRule | Unset = UNSET
    balance: VoucherBalance | Unset = UNSET
    order: Order | Unset = UNSET
    event: SimpleEvent | Unset = UNSET
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
        if not isinstance(holder := self.holder, Unset):
            field_dict["holder"] = holder.to_dict()
        if not isinstance(voucher := self.voucher, Unset):
            field_dict["voucher"] = voucher.to_dict()
        if not isinstance(campaign := self.campaign, Unset):
            field_dict["campaign"] = campaign.to_dict()
        if not isinstance(loyalty_tier := self.loyalty_tier, Unset):
            field_dict["loyalty_tier"] = loyalty_tier.to_dict()
        if not isinstance(earning_rule := self.earning_rule, Unset):
            field_dict["earning_rule"] = earning_rule.to_dict()
        if not isinstance(balance := self.balance, Unset):
            field_dict["balance"] = balance.to_dict()
        if not isinstance(order := self.order, Unset):
            field_dict["order"] = order.to_dict()
        if not isinstance(event := self.event, Unset):
            field_dict["event"] = event.to_dict()
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
        holder = holder_json = get("holder", UNSET)
        if holder_json is not UNSET:
            holder = new_lazy(SimpleCustomer)
            set_raw(holder, holder_json)
        voucher = voucher_json = get("voucher", UNSET)
        if voucher_json is not UNSET:
            voucher = new_lazy(SimpleVoucher)
            set_raw(voucher, voucher_json)
        campaign = campaign_json = get("campaign", UNSET)
        if campaign_json is not UNSET:
            campaign = new_lazy(SimpleCampaign)
            set_raw(campaign, campaign_json)
        loyalty_tier = loyalty_tier_json = get("loyalty_tier", UNSET)
        if loyalty_tier_json is not UNSET:
            loyalty_tier = new_lazy(LoyaltyTier)
            set_raw(loyalty_tier, loyalty_tier_json)
        earning_rule = earning_rule_json = get("earning_rule", UNSET)
        if earning_rule_json is not UNSET:
            earning_rule = new_lazy(LoyaltyEarningRule)
            set_raw(earning_rule, earning_rule_json)
        balance = balance_json = get("balance", UNSET)
        if balance_json is not UNSET:
            balance = new_lazy(VoucherBalance)
            set_raw(balance, balance_json)
        order = order_json = get("order", UNSET)
        if order_json is not UNSET:
            order = new_lazy(Order)
            set_raw(order, order_json)
        event = event_json = get("event", UNSET)
        if event_json is not UNSET:
            event = new_lazy(SimpleEvent)
            set_raw(event, event_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_holder(self, holder)
        _set_voucher(self, voucher)
        _set_campaign(self, campaign)
        _set_loyalty_tier(self, loyalty_tier)
        _set_earning_rule(self, earning_rule)
        _set_balance(self, balance)
        _set_order(self, order)
        _set_event(self, event)
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
            holder = holder_json = get("holder", UNSET)
            if holder_json is not UNSET:
                holder = new_lazy(SimpleCustomer)
            voucher = voucher_json = get("voucher", UNSET)
            if voucher_json is not UNSET:
                voucher = new_lazy(SimpleVoucher)
            campaign = campaign_json = get("campaign", UNSET)
            if campaign_json is not UNSET:
                campaign = new_lazy(SimpleCampaign)
            loyalty_tier = loyalty_tier_json = get("loyalty_tier", UNSET)
            if loyalty_tier_json is not UNSET:
                loyalty_tier = new_lazy(LoyaltyTier)
            earning_rule = earning_rule_json = get("earning_rule", UNSET)
            if earning_rule_json is not UNSET:
                earning_rule = new_lazy(LoyaltyEarningRule)
            balance = balance_json = get("balance", UNSET)
            if balance_json is not UNSET:
                balance = new_lazy(VoucherBalance)
            order = order_json = get("order", UNSET)
            if order_json is not UNSET:
                order = new_lazy(Order)
            event = event_json = get("event", UNSET)
            if event_json is not UNSET:
                event = new_lazy(SimpleEvent)
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
        if holder is not UNSET:
            field_dict["holder"] = SimpleCustomer._load_to_dict(holder, holder_json)
        if voucher is not UNSET:
            field_dict["voucher"] = SimpleVoucher._load_to_dict(voucher, voucher_json)
        if campaign is not UNSET:
            field_dict["campaign"] = SimpleCampaign._load_to_dict(campaign, campaign_json)
        if loyalty_tier is not UNSET:
            field_dict["loyalty_tier"] = LoyaltyTier._load_to_dict(loyalty_tier, loyalty_tier_json)
        if earning_rule is not UNSET:
            field_dict["earning_rule"] = LoyaltyEarningRule._load_to_dict(earning_rule, earning_rule_json)
        if balance is not UNSET:
            field_dict["balance"] = VoucherBalance._load_to_dict(balance, balance_json)
        if order is not UNSET:
            field_dict["order"] = Order._load_to_dict(order, order_json)
        if event is not UNSET:
            field_dict["event"] = SimpleEvent._load_to_dict(event, event_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_holder(self, holder)
        _set_voucher(self, voucher)
        _set_campaign(self, campaign)
        _set_loyalty_tier(self, loyalty_tier)
        _set_earning_rule(self, earning_rule)
        _set_balance(self, balance)
        _set_order(self, order)
        _set_event(self, event)
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
_set_customer = CustomerRewardedLoyaltyPointsEventData.__dict__["customer"].__set__
_set_holder = CustomerRewardedLoyaltyPointsEventData.__dict__["holder"].__set__
_set_voucher = CustomerRewardedLoyaltyPointsEventData.__dict__["voucher"].__set__
_set_campaign = CustomerRewardedLoyaltyPointsEventData.__dict__["campaign"].__set__
_set_loyalty_tier = CustomerRewardedLoyaltyPointsEventData.__dict__["loyalty_tier"].__set__
_set_earning_rule = CustomerRewardedLoyaltyPointsEventData.__dict__["earning_rule"].__set__
_set_balance = CustomerRewardedLoyaltyPointsEventData.__dict__["balance"].__set__
_set_order = CustomerRewardedLoyaltyPointsEventData.__dict__["order"].__set__
_set_event = CustomerRewardedLoyaltyPointsEventData.__dict__["event"].__set__
_set_additional_properties = CustomerRewardedLoyaltyPointsEventData.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.loyalty_earning_rule import LoyaltyEarningRule  # noqa: E402
from ..models.loyalty_tier import LoyaltyTier  # noqa: E402
from ..models.order import Order  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_event import SimpleEvent  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
from ..models.voucher_balance import VoucherBalance  # noqa: E402
