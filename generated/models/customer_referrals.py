from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_referral_campaign import CustomerReferralCampaign


T = TypeVar("T", bound="CustomerReferrals")


@_attrs_define
class CustomerReferrals:
    """Referrals in which this customer was the one referred.

    Attributes:
        total (int): How many times the customer was referred.
        campaigns (list[CustomerReferralCampaign]): One entry per referral.
    """

    total: int
    campaigns: list[CustomerReferralCampaign]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        campaigns = []
        for campaigns_item_data in self.campaigns:
            campaigns_item = campaigns_item_data.to_dict()
            campaigns.append(campaigns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "campaigns": campaigns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_referral_campaign import CustomerReferralCampaign  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        campaigns = []
        _campaigns = d.pop("campaigns")
        for campaigns_item_data in _campaigns:
            campaigns_item = CustomerReferralCampaign.from_dict(campaigns_item_data)

            campaigns.append(campaigns_item)

        instance_ = cls(
            total=total,
            campaigns=campaigns,
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
