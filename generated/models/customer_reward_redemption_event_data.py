from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="CustomerRewardRedemptionEventData")


@_attrs_define
class CustomerRewardRedemptionEventData(LazyFields):
    """Payload of the `customer.reward_redemptions.*` events.

    Attributes:
        customer (SimpleCustomer | Unset): Short form of a customer.
        holder (SimpleCustomer | Unset): Short form of a customer.
        voucher (SimpleVoucher | Unset): Short form of a voucher, gift card or loyalty card.
        campaign (SimpleCampaign | Unset): Short form of a campaign.
        reward_redemption (CustomerRewardRedemptionEventDataRewardRedemption | Unset): The reward redemption record;
            kept open.
        reward (SimpleRedemptionReward | Unset): Short form of the reward given by a redemption.
        reward_assignment (RewardAssignment | Unset): A reward offered in a campaign and its price in points.
        source (str | Unset): Origin of the reward redemption.
        balance (int | Unset): Point balance reported with the event.
    """

    customer: SimpleCustomer | Unset = UNSET
    holder: SimpleCustomer | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    campaign: SimpleCampaign | Unset = UNSET
    reward_redemption: CustomerRewardRedemptionEventDataRewardRedemption | Unset = UNSET
    reward: SimpleRedemptionReward | Unset = UNSET
    reward_assignment: RewardAssignment | Unset = UNSET
    source: str | Unset = UNSET
    balance: int | Unset = UNSET
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

        reward_redemption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reward_redemption, Unset):
            reward_redemption = self.reward_redemption.to_dict()

        reward: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reward, Unset):
            reward = self.reward.to_dict()

        reward_assignment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reward_assignment, Unset):
            reward_assignment = self.reward_assignment.to_dict()

        source = self.source

        balance = self.balance

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
        if reward_redemption is not UNSET:
            field_dict["reward_redemption"] = reward_redemption
        if reward is not UNSET:
            field_dict["reward"] = reward
        if reward_assignment is not UNSET:
            field_dict["reward_assignment"] = reward_assignment
        if source is not UNSET:
            field_dict["source"] = source
        if balance is not UNSET:
            field_dict["balance"] = balance

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

        _reward_redemption = d.pop("reward_redemption", UNSET)
        reward_redemption: CustomerRewardRedemptionEventDataRewardRedemption | Unset
        if isinstance(_reward_redemption, Unset):
            reward_redemption = UNSET
        else:
            reward_redemption = CustomerRewardRedemptionEventDataRewardRedemption.from_dict(_reward_redemption)

        _reward = d.pop("reward", UNSET)
        reward: SimpleRedemptionReward | Unset
        if isinstance(_reward, Unset):
            reward = UNSET
        else:
            reward = SimpleRedemptionReward.from_dict(_reward)

        _reward_assignment = d.pop("reward_assignment", UNSET)
        reward_assignment: RewardAssignment | Unset
        if isinstance(_reward_assignment, Unset):
            reward_assignment = UNSET
        else:
            reward_assignment = RewardAssignment.from_dict(_reward_assignment)

        source = d.pop("source", UNSET)

        balance = d.pop("balance", UNSET)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "customer", customer)
        set_(self, "holder", holder)
        set_(self, "voucher", voucher)
        set_(self, "campaign", campaign)
        set_(self, "reward_redemption", reward_redemption)
        set_(self, "reward", reward)
        set_(self, "reward_assignment", reward_assignment)
        set_(self, "source", source)
        set_(self, "balance", balance)
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
from ..models.customer_reward_redemption_event_data_reward_redemption import (
    CustomerRewardRedemptionEventDataRewardRedemption,  # noqa: E402
)
from ..models.reward_assignment import RewardAssignment  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_redemption_reward import SimpleRedemptionReward  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
