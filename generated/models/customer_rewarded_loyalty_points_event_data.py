from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="CustomerRewardedLoyaltyPointsEventData")


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

        loyalty_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_tier, Unset):
            loyalty_tier = self.loyalty_tier.to_dict()

        earning_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.earning_rule, Unset):
            earning_rule = self.earning_rule.to_dict()

        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

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
        if loyalty_tier is not UNSET:
            field_dict["loyalty_tier"] = loyalty_tier
        if earning_rule is not UNSET:
            field_dict["earning_rule"] = earning_rule
        if balance is not UNSET:
            field_dict["balance"] = balance
        if order is not UNSET:
            field_dict["order"] = order
        if event is not UNSET:
            field_dict["event"] = event

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

        _loyalty_tier = d.pop("loyalty_tier", UNSET)
        loyalty_tier: LoyaltyTier | Unset
        if isinstance(_loyalty_tier, Unset):
            loyalty_tier = UNSET
        else:
            loyalty_tier = LoyaltyTier.from_dict(_loyalty_tier)

        _earning_rule = d.pop("earning_rule", UNSET)
        earning_rule: LoyaltyEarningRule | Unset
        if isinstance(_earning_rule, Unset):
            earning_rule = UNSET
        else:
            earning_rule = LoyaltyEarningRule.from_dict(_earning_rule)

        _balance = d.pop("balance", UNSET)
        balance: VoucherBalance | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = VoucherBalance.from_dict(_balance)

        _order = d.pop("order", UNSET)
        order: Order | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = Order.from_dict(_order)

        _event = d.pop("event", UNSET)
        event: SimpleEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = SimpleEvent.from_dict(_event)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "customer", customer)
        set_(self, "holder", holder)
        set_(self, "voucher", voucher)
        set_(self, "campaign", campaign)
        set_(self, "loyalty_tier", loyalty_tier)
        set_(self, "earning_rule", earning_rule)
        set_(self, "balance", balance)
        set_(self, "order", order)
        set_(self, "event", event)
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
from ..models.loyalty_earning_rule import LoyaltyEarningRule  # noqa: E402
from ..models.loyalty_tier import LoyaltyTier  # noqa: E402
from ..models.order import Order  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_event import SimpleEvent  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
from ..models.voucher_balance import VoucherBalance  # noqa: E402
