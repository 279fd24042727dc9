from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="CustomerRewardedEventData")


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
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        holder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holder, Unset):
            holder = self.holder.to_dict()

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        redemption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemption, Unset):
            redemption = self.redemption.to_dict()

        reward: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reward, Unset):
            reward = self.reward.to_dict()

        referral_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referral_tier, Unset):
            referral_tier = self.referral_tier.to_dict()

        balance: dict[str, Any] | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        elif isinstance(self.balance, RewardedBalance):
            balance = self.balance.to_dict()
        else:
            balance = self.balance

        custom_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_event, Unset):
            custom_event = self.custom_event.to_dict()

        customer_event: dict[str, Any] | None | Unset
        if isinstance(self.customer_event, Unset):
            customer_event = UNSET
        elif isinstance(self.customer_event, RewardedCustomerEvent):
            customer_event = self.customer_event.to_dict()
        else:
            customer_event = self.customer_event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if holder is not UNSET:
            field_dict["holder"] = holder
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if reward is not UNSET:
            field_dict["reward"] = reward
        if referral_tier is not UNSET:
            field_dict["referral_tier"] = referral_tier
        if balance is not UNSET:
            field_dict["balance"] = balance
        if custom_event is not UNSET:
            field_dict["custom_event"] = custom_event
        if customer_event is not UNSET:
            field_dict["customer_event"] = customer_event

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

        _holder = d.pop("holder", UNSET)
        holder: SimpleCustomer | Unset
        if isinstance(_holder, Unset):
            holder = UNSET
        else:
            holder = SimpleCustomer.from_dict(_holder)

        _voucher = d.pop("voucher", UNSET)
        voucher: SimpleVoucher | Unset
        if isinstance(_voucher, Unset):
            voucher = UNSET
        else:
            voucher = SimpleVoucher.from_dict(_voucher)

        _campaign = d.pop("campaign", UNSET)
        campaign: SimpleCampaign | Unset
        if isinstance(_campaign, Unset):
            campaign = UNSET
        else:
            campaign = SimpleCampaign.from_dict(_campaign)

        _redemption = d.pop("redemption", UNSET)
        redemption: Redemption | Unset
        if isinstance(_redemption, Unset):
            redemption = UNSET
        else:
            redemption = Redemption.from_dict(_redemption)

        _reward = d.pop("reward", UNSET)
        reward: SimpleRedemptionReward | Unset
        if isinstance(_reward, Unset):
            reward = UNSET
        else:
            reward = SimpleRedemptionReward.from_dict(_reward)

        _referral_tier = d.pop("referral_tier", UNSET)
        referral_tier: ReferralTier | Unset
        if isinstance(_referral_tier, Unset):
            referral_tier = UNSET
        else:
            referral_tier = ReferralTier.from_dict(_referral_tier)

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

        balance = _parse_balance(d.pop("balance", UNSET))

        _custom_event = d.pop("custom_event", UNSET)
        custom_event: CustomEvent | Unset
        if isinstance(_custom_event, Unset):
            custom_event = UNSET
        else:
            custom_event = CustomEvent.from_dict(_custom_event)

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

        customer_event = _parse_customer_event(d.pop("customer_event", UNSET))

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "customer", customer)
        set_(self, "holder", holder)
        set_(self, "voucher", voucher)
        set_(self, "campaign", campaign)
        set_(self, "redemption", redemption)
        set_(self, "reward", reward)
        set_(self, "referral_tier", referral_tier)
        set_(self, "balance", balance)
        set_(self, "custom_event", custom_event)
        set_(self, "customer_event", customer_event)
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
from ..models.custom_event import CustomEvent  # noqa: E402
from ..models.redemption import Redemption  # noqa: E402
from ..models.referral_tier import ReferralTier  # noqa: E402
from ..models.rewarded_balance import RewardedBalance  # noqa: E402
from ..models.rewarded_customer_event import RewardedCustomerEvent  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_redemption_reward import SimpleRedemptionReward  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
