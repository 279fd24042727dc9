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

T = TypeVar("T", bound="CustomerPointsAddedEventData")
# The JSON keys CustomerPointsAddedEventData declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "customer",
        "campaign",
        "voucher",
        "balance",
        "transaction",
    }
)


@_attrs_define
class CustomerPointsAddedEventData(LazyFields):
    """Payload of `customer.voucher.loyalty_card.points_added`.

    Attributes:
        customer (SimpleCustomer | Unset): Short form of a customer.
        campaign (SimpleCampaign | Unset): Short form of a campaign.
        voucher (SimpleVoucher | Unset): Short form of a voucher, gift card or loyalty card.
        balance (VoucherBalance | Unset): Balance of a gift card or loyalty card after an operation.
        transaction (VoucherTransaction | Unset): One change of credits or points on a card.
    """

    customer: SimpleCustomer | Unset = UNSET
    campaign: SimpleCampaign | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    balance: VoucherBalance | Unset = UNSET
    transaction: VoucherTransaction | Unset = UNSET
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
        if not isinstance(campaign := self.campaign, Unset):
            field_dict["campaign"] = campaign.to_dict()
        if not isinstance(voucher := self.voucher, Unset):
            field_dict["voucher"] = voucher.to_dict()
        if not isinstance(balance := self.balance, Unset):
            field_dict["balance"] = balance.to_dict()
        if not isinstance(transaction := self.transaction, Unset):
            field_dict["transaction"] = transaction.to_dict()
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
        campaign = campaign_json = get("campaign", UNSET)
        if campaign_json is not UNSET:
            campaign = new_lazy(SimpleCampaign)
            set_raw(campaign, campaign_json)
        voucher = voucher_json = get("voucher", UNSET)
        if voucher_json is not UNSET:
            voucher = new_lazy(SimpleVoucher)
            set_raw(voucher, voucher_json)
        balance = balance_json = get("balance", UNSET)
        if balance_json is not UNSET:
            balance = new_lazy(VoucherBalance)
            set_raw(balance, balance_json)
        transaction = transaction_json = get("transaction", UNSET)
        if transaction_json is not UNSET:
            transaction = new_lazy(VoucherTransaction)
            set_raw(transaction, transaction_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_campaign(self, campaign)
        _set_voucher(self, voucher)
        _set_balance(self, balance)
        _set_transaction(self, transaction)
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
            campaign = campaign_json = get("campaign", UNSET)
            if campaign_json is not UNSET:
                campaign = new_lazy(SimpleCampaign)
            voucher = voucher_json = get("voucher", UNSET)
            if voucher_json is not UNSET:
                voucher = new_lazy(SimpleVoucher)
            balance = balance_json = get("balance", UNSET)
            if balance_json is not UNSET:
                balance = new_lazy(VoucherBalance)
            transaction = transaction_json = get("transaction", UNSET)
            if transaction_json is not UNSET:
                transaction = new_lazy(VoucherTransaction)
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
        if campaign is not UNSET:
            field_dict["campaign"] = SimpleCampaign._load_to_dict(campaign, campaign_json)
        if voucher is not UNSET:
            field_dict["voucher"] = SimpleVoucher._load_to_dict(voucher, voucher_json)
        if balance is not UNSET:
            field_dict["balance"] = VoucherBalance._load_to_dict(balance, balance_json)
        if transaction is not UNSET:
            field_dict["transaction"] = VoucherTransaction._load_to_dict(transaction, transaction_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_campaign(self, campaign)
        _set_voucher(self, voucher)
        _set_balance(self, balance)
        _set_transaction(self, transaction)
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
_set_customer = CustomerPointsAddedEventData.__dict__["customer"].__set__
_set_campaign = CustomerPointsAddedEventData.__dict__["campaign"].__set__
_set_voucher = CustomerPointsAddedEventData.__dict__["voucher"].__set__
_set_balance = CustomerPointsAddedEventData.__dict__["balance"].__set__
_set_transaction = CustomerPointsAddedEventData.__dict__["transaction"].__set__
_set_additional_properties = CustomerPointsAddedEventData.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
from ..models.voucher_balance import VoucherBalance  # noqa: E402
from ..models.voucher_transaction import VoucherTransaction  # noqa: E402
