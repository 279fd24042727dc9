from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_campaign import SimpleCampaign
    from ..models.simple_customer import SimpleCustomer
    from ..models.simple_voucher import SimpleVoucher
    from ..models.voucher_balance import VoucherBalance
    from ..models.voucher_transaction import VoucherTransaction


T = TypeVar("T", bound="CustomerGiftBalanceAddedEventData")


@_attrs_define
class CustomerGiftBalanceAddedEventData:
    """Payload of `customer.voucher.gift.balance_added`.

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
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

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
        if balance is not UNSET:
            field_dict["balance"] = balance
        if transaction is not UNSET:
            field_dict["transaction"] = transaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simple_campaign import SimpleCampaign  # noqa: PLC0415
        from ..models.simple_customer import SimpleCustomer  # noqa: PLC0415
        from ..models.simple_voucher import SimpleVoucher  # noqa: PLC0415
        from ..models.voucher_balance import VoucherBalance  # noqa: PLC0415
        from ..models.voucher_transaction import VoucherTransaction  # noqa: PLC0415

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

        instance_ = cls(
            customer=customer,
            campaign=campaign,
            voucher=voucher,
            balance=balance,
            transaction=transaction,
        )

        instance_.additional_properties = d
        return instance_

    @property
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
