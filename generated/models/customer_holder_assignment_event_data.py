from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.redeemable_holder import RedeemableHolder
    from ..models.simple_campaign import SimpleCampaign
    from ..models.simple_customer import SimpleCustomer
    from ..models.simple_voucher import SimpleVoucher


T = TypeVar("T", bound="CustomerHolderAssignmentEventData")


@_attrs_define
class CustomerHolderAssignmentEventData:
    """Payload of `customer.holder.assignment.created` and `customer.holder.assignment.deleted`.

    Attributes:
        holder (RedeemableHolder): Link between a customer and a voucher they hold.
        voucher (SimpleVoucher): Short form of a voucher, gift card or loyalty card.
        campaign (SimpleCampaign): Short form of a campaign.
        customer (SimpleCustomer): Short form of a customer.
    """

    holder: RedeemableHolder
    voucher: SimpleVoucher
    campaign: SimpleCampaign
    customer: SimpleCustomer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        holder = self.holder.to_dict()

        voucher = self.voucher.to_dict()

        campaign = self.campaign.to_dict()

        customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "holder": holder,
                "voucher": voucher,
                "campaign": campaign,
                "customer": customer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.redeemable_holder import RedeemableHolder  # noqa: PLC0415
        from ..models.simple_campaign import SimpleCampaign  # noqa: PLC0415
        from ..models.simple_customer import SimpleCustomer  # noqa: PLC0415
        from ..models.simple_voucher import SimpleVoucher  # noqa: PLC0415

        d = dict(src_dict)
        holder = RedeemableHolder.from_dict(d.pop("holder"))

        voucher = SimpleVoucher.from_dict(d.pop("voucher"))

        campaign = SimpleCampaign.from_dict(d.pop("campaign"))

        customer = SimpleCustomer.from_dict(d.pop("customer"))

        instance_ = cls(
            holder=holder,
            voucher=voucher,
            campaign=campaign,
            customer=customer,
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
