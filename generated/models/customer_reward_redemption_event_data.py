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

T = TypeVar("T", bound="CustomerRewardRedemptionEventData")
# The JSON keys CustomerRewardRedemptionEventData declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "customer",
        "holder",
        "voucher",
        "campaign",
        "reward_redemption",
        "reward",
        "reward_assignment",
        "source",
        "balance",
    }
)


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
        if not isinstance(reward_redemption := self.reward_redemption, Unset):
            field_dict["reward_redemption"] = reward_redemption.to_dict()
        if not isinstance(reward := self.reward, Unset):
            field_dict["reward"] = reward.to_dict()
        if not isinstance(reward_assignment := self.reward_assignment, Unset):
            field_dict["reward_assignment"] = reward_assignment.to_dict()
        if (source := self.source) is not UNSET:
            field_dict["source"] = source
        if (balance := self.balance) is not UNSET:
            field_dict["balance"] = balance
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
        reward_redemption = reward_redemption_json = get("reward_redemption", UNSET)
        if reward_redemption_json is not UNSET:
            reward_redemption = new_lazy(CustomerRewardRedemptionEventDataRewardRedemption)
            set_raw(reward_redemption, reward_redemption_json)
        reward = reward_json = get("reward", UNSET)
        if reward_json is not UNSET:
            reward = new_lazy(SimpleRedemptionReward)
            set_raw(reward, reward_json)
        reward_assignment = reward_assignment_json = get("reward_assignment", UNSET)
        if reward_assignment_json is not UNSET:
            reward_assignment = new_lazy(RewardAssignment)
            set_raw(reward_assignment, reward_assignment_json)
        source = get("source", UNSET)
        balance = get("balance", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_holder(self, holder)
        _set_voucher(self, voucher)
        _set_campaign(self, campaign)
        _set_reward_redemption(self, reward_redemption)
        _set_reward(self, reward)
        _set_reward_assignment(self, reward_assignment)
        _set_source(self, source)
        _set_balance(self, balance)
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
            reward_redemption = reward_redemption_json = get("reward_redemption", UNSET)
            if reward_redemption_json is not UNSET:
                reward_redemption = new_lazy(CustomerRewardRedemptionEventDataRewardRedemption)
            reward = reward_json = get("reward", UNSET)
            if reward_json is not UNSET:
                reward = new_lazy(SimpleRedemptionReward)
            reward_assignment = reward_assignment_json = get("reward_assignment", UNSET)
            if reward_assignment_json is not UNSET:
                reward_assignment = new_lazy(RewardAssignment)
            source = get("source", UNSET)
            balance = get("balance", UNSET)
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
        if reward_redemption is not UNSET:
            field_dict["reward_redemption"] = CustomerRewardRedemptionEventDataRewardRedemption._load_to_dict(
                reward_redemption, reward_redemption_json
            )
        if reward is not UNSET:
            field_dict["reward"] = SimpleRedemptionReward._load_to_dict(reward, reward_json)
        if reward_assignment is not UNSET:
            field_dict["reward_assignment"] = RewardAssignment._load_to_dict(reward_assignment, reward_assignment_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_holder(self, holder)
        _set_voucher(self, voucher)
        _set_campaign(self, campaign)
        _set_reward_redemption(self, reward_redemption)
        _set_reward(self, reward)
        _set_reward_assignment(self, reward_assignment)
        _set_source(self, source)
        _set_balance(self, balance)
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
_set_customer = CustomerRewardRedemptionEventData.__dict__["customer"].__set__
_set_holder = CustomerRewardRedemptionEventData.__dict__["holder"].__set__
_set_voucher = CustomerRewardRedemptionEventData.__dict__["voucher"].__set__
_set_campaign = CustomerRewardRedemptionEventData.__dict__["campaign"].__set__
_set_reward_redemption = CustomerRewardRedemptionEventData.__dict__["reward_redemption"].__set__
_set_reward = CustomerRewardRedemptionEventData.__dict__["reward"].__set__
_set_reward_assignment = CustomerRewardRedemptionEventData.__dict__["reward_assignment"].__set__
_set_source = CustomerRewardRedemptionEventData.__dict__["source"].__set__
_set_balance = CustomerRewardRedemptionEventData.__dict__["balance"].__set__
_set_additional_properties = CustomerRewardRedemptionEventData.__dict__["additional_properties"].__set__

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
