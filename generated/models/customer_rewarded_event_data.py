from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="CustomerRewardedEventData")
# The JSON keys CustomerRewardedEventData declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "customer",
        "holder",
        "voucher",
        "campaign",
        "redemption",
        "reward",
        "referral_tier",
        "balance",
        "custom_event",
        "customer_event",
    }
)


@_attrs_define
class CustomerRewardedEventData(LazyFields):
    """Payload of `customer.rewarded`.

    Attributes:
        customer (SimpleCustomer | Unset): Short form of a customer.
        holder (SimpleCustomer | Unset): Short form of a customer.
        voucher (SimpleVoucher | Unset): Short form of a voucher, gift card or loyalty card.
        campaign (SimpleCampaign | Unset): Short form of a campaign.
        redemption (Redemption | Unset): Full redemption record.
        reward (SimpleRedemptionReward | Unset): Short form of the reward given by a redemption.
        referral_tier (ReferralTier | Unset): A reward tier of a referral campaign.
        balance (None | RewardedBalance | Unset): Credits or points added, if the reward added any.
        custom_event (CustomEvent | Unset): A custom event reported for a customer.
        customer_event (None | RewardedCustomerEvent | Unset): Customer event behind the reward, if any.
    """

    customer: SimpleCustomer | Unset = UNSET
    holder: SimpleCustomer | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    campaign: SimpleCampaign | Unset = UNSET
    redemption: Redemption | Unset = UNSET
    reward: SimpleRedemptionReward | Unset = UNSET
    referral_tier: ReferralTier | Unset = UNSET
    balance: None | RewardedBalance | Unset = UNSET
    custom_event: CustomEvent | Unset = UNSET
    customer_event: None | RewardedCustomerEvent | Unset = UNSET
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
        if not isinstance(redemption := self.redemption, Unset):
            field_dict["redemption"] = redemption.to_dict()
        if not isinstance(reward := self.reward, Unset):
            field_dict["reward"] = reward.to_dict()
        if not isinstance(referral_tier := self.referral_tier, Unset):
            field_dict["referral_tier"] = referral_tier.to_dict()
        balance: dict[str, Any] | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        elif isinstance(self.balance, RewardedBalance):
            balance = self.balance.to_dict()
        else:
            balance = self.balance
        if balance is not UNSET:
            field_dict["balance"] = balance
        if not isinstance(custom_event := self.custom_event, Unset):
            field_dict["custom_event"] = custom_event.to_dict()
        customer_event: dict[str, Any] | None | Unset
        if isinstance(self.customer_event, Unset):
            customer_event = UNSET
        elif isinstance(self.customer_event, RewardedCustomerEvent):
            customer_event = self.customer_event.to_dict()
        else:
            customer_event = self.customer_event
        if customer_event is not UNSET:
            field_dict["customer_event"] = customer_event
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
        redemption = redemption_json = get("redemption", UNSET)
        if redemption_json is not UNSET:
            redemption = new_lazy(Redemption)
            set_raw(redemption, redemption_json)
        reward = reward_json = get("reward", UNSET)
        if reward_json is not UNSET:
            reward = new_lazy(SimpleRedemptionReward)
            set_raw(reward, reward_json)
        referral_tier = referral_tier_json = get("referral_tier", UNSET)
        if referral_tier_json is not UNSET:
            referral_tier = new_lazy(ReferralTier)
            set_raw(referral_tier, referral_tier_json)

        def _parse_balance(data: builtins.object) -> None | RewardedBalance | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                balance_type_0 = RewardedBalance.from_dict(data)

                return balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RewardedBalance | Unset, data)

        balance = _parse_balance(get("balance", UNSET))

        custom_event = custom_event_json = get("custom_event", UNSET)
        if custom_event_json is not UNSET:
            custom_event = new_lazy(CustomEvent)
            set_raw(custom_event, custom_event_json)

        def _parse_customer_event(data: builtins.object) -> None | RewardedCustomerEvent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_event_type_0 = RewardedCustomerEvent.from_dict(data)

                return customer_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RewardedCustomerEvent | Unset, data)

        customer_event = _parse_customer_event(get("customer_event", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_holder(self, holder)
        _set_voucher(self, voucher)
        _set_campaign(self, campaign)
        _set_redemption(self, redemption)
        _set_reward(self, reward)
        _set_referral_tier(self, referral_tier)
        _set_balance(self, balance)
        _set_custom_event(self, custom_event)
        _set_customer_event(self, customer_event)
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
            redemption = redemption_json = get("redemption", UNSET)
            if redemption_json is not UNSET:
                redemption = new_lazy(Redemption)
            reward = reward_json = get("reward", UNSET)
            if reward_json is not UNSET:
                reward = new_lazy(SimpleRedemptionReward)
            referral_tier = referral_tier_json = get("referral_tier", UNSET)
            if referral_tier_json is not UNSET:
                referral_tier = new_lazy(ReferralTier)

            def _parse_balance(data: builtins.object) -> None | RewardedBalance | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    balance_type_0 = RewardedBalance.from_dict(data)

                    return balance_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | RewardedBalance | Unset, data)

            balance = _parse_balance(get("balance", UNSET))

            custom_event = custom_event_json = get("custom_event", UNSET)
            if custom_event_json is not UNSET:
                custom_event = new_lazy(CustomEvent)

            def _parse_customer_event(data: builtins.object) -> None | RewardedCustomerEvent | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    customer_event_type_0 = RewardedCustomerEvent.from_dict(data)

                    return customer_event_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | RewardedCustomerEvent | Unset, data)

            customer_event = _parse_customer_event(get("customer_event", UNSET))

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
        if redemption is not UNSET:
            field_dict["redemption"] = Redemption._load_to_dict(redemption, redemption_json)
        if reward is not UNSET:
            field_dict["reward"] = SimpleRedemptionReward._load_to_dict(reward, reward_json)
        if referral_tier is not UNSET:
            field_dict["referral_tier"] = ReferralTier._load_to_dict(referral_tier, referral_tier_json)
        balance_wire: dict[str, Any] | None | Unset
        if isinstance(balance, Unset):
            balance_wire = UNSET
        elif isinstance(balance, RewardedBalance):
            balance_wire = balance.to_dict()
        else:
            balance_wire = balance
        if balance_wire is not UNSET:
            field_dict["balance"] = balance_wire
        if custom_event is not UNSET:
            field_dict["custom_event"] = CustomEvent._load_to_dict(custom_event, custom_event_json)
        customer_event_wire: dict[str, Any] | None | Unset
        if isinstance(customer_event, Unset):
            customer_event_wire = UNSET
        elif isinstance(customer_event, RewardedCustomerEvent):
            customer_event_wire = customer_event.to_dict()
        else:
            customer_event_wire = customer_event
        if customer_event_wire is not UNSET:
            field_dict["customer_event"] = customer_event_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_holder(self, holder)
        _set_voucher(self, voucher)
        _set_campaign(self, campaign)
        _set_redemption(self, redemption)
        _set_reward(self, reward)
        _set_referral_tier(self, referral_tier)
        _set_balance(self, balance)
        _set_custom_event(self, custom_event)
        _set_customer_event(self, customer_event)
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
_set_customer = CustomerRewardedEventData.__dict__["customer"].__set__
_set_holder = CustomerRewardedEventData.__dict__["holder"].__set__
_set_voucher = CustomerRewardedEventData.__dict__["voucher"].__set__
_set_campaign = CustomerRewardedEventData.__dict__["campaign"].__set__
_set_redemption = CustomerRewardedEventData.__dict__["redemption"].__set__
_set_reward = CustomerRewardedEventData.__dict__["reward"].__set__
_set_referral_tier = CustomerRewardedEventData.__dict__["referral_tier"].__set__
_set_balance = CustomerRewardedEventData.__dict__["balance"].__set__
_set_custom_event = CustomerRewardedEventData.__dict__["custom_event"].__set__
_set_customer_event = CustomerRewardedEventData.__dict__["customer_event"].__set__
_set_additional_properties = CustomerRewardedEventData.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.custom_event import CustomEvent  # noqa: E402
from ..models.redemption import Redemption  # noqa: E402
from ..models.referral_tier import ReferralTier  # noqa: E402
from ..models.rewarded_balance import RewardedBalance  # noqa: E402
from ..models.rewarded_customer_event import RewardedCustomerEvent  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_redemption_reward import SimpleRedemptionReward  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
