from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="CustomerPointsTransferredEventData")


@_attrs_define
class CustomerPointsTransferredEventData(LazyFields):
    """Payload of `customer.voucher.loyalty_card.points_transferred`.

    Attributes:
        customer (SimpleCustomer | Unset): Short form of a customer.
        campaign (SimpleCampaign | Unset): Short form of a campaign.
        voucher (SimpleVoucher | Unset): Short form of a voucher, gift card or loyalty card.
        source_voucher (SimpleVoucher | Unset): Short form of a voucher, gift card or loyalty card.
        destination_voucher (SimpleVoucher | Unset): Short form of a voucher, gift card or loyalty card.
        balance (VoucherBalance | Unset): Balance of a gift card or loyalty card after an operation.
        transaction (VoucherTransaction | Unset): One change of credits or points on a card.
    """

    customer: SimpleCustomer | Unset = UNSET
    campaign: SimpleCampaign | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    source_voucher: SimpleVoucher | Unset = UNSET
    destination_voucher: SimpleVoucher | Unset = UNSET
    balance: VoucherBalance | Unset = UNSET
    transaction: VoucherTransaction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        source_voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_voucher, Unset):
            source_voucher = self.source_voucher.to_dict()

        destination_voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_voucher, Unset):
            destination_voucher = self.destination_voucher.to_dict()

        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if source_voucher is not UNSET:
            field_dict["source_voucher"] = source_voucher
        if destination_voucher is not UNSET:
            field_dict["destination_voucher"] = destination_voucher
        if balance is not UNSET:
            field_dict["balance"] = balance
        if transaction is not UNSET:
            field_dict["transaction"] = transaction

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

        _source_voucher = d.pop("source_voucher", UNSET)
        source_voucher: SimpleVoucher | Unset
        if isinstance(_source_voucher, Unset):
            source_voucher = UNSET
        else:
            source_voucher = SimpleVoucher.from_dict(_source_voucher)

        _destination_voucher = d.pop("destination_voucher", UNSET)
        destination_voucher: SimpleVoucher | Unset
        if isinstance(_destination_voucher, Unset):
            destination_voucher = UNSET
        else:
            destination_voucher = SimpleVoucher.from_dict(_destination_voucher)

        _balance = d.pop("balance", UNSET)
        balance: VoucherBalance | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = VoucherBalance.from_dict(_balance)

        _transaction = d.pop("transaction", UNSET)
        transaction: VoucherTransaction | Unset
        if isinstance(_transaction, Unset):
            transaction = UNSET
        else:
            transaction = VoucherTransaction.from_dict(_transaction)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "customer", customer)
        set_(self, "campaign", campaign)
        set_(self, "voucher", voucher)
        set_(self, "source_voucher", source_voucher)
        set_(self, "destination_voucher", destination_voucher)
        set_(self, "balance", balance)
        set_(self, "transaction", transaction)
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
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
from ..models.voucher_balance import VoucherBalance  # noqa: E402
from ..models.voucher_transaction import VoucherTransaction  # noqa: E402
