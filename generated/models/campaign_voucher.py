from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_voucher_type import CampaignVoucherType, check_campaign_voucher_type
from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="CampaignVoucher")


@_attrs_define
class CampaignVoucher(LazyFields):
    """Template from which a campaign's vouchers are made.

    Attributes:
        type (CampaignVoucherType): Kind of voucher.
        redemption (CampaignVoucherRedemption): Redemption limits of a campaign's vouchers.
        code_config (CodeConfig): How voucher codes are generated.
        discount (CampaignVoucherDiscount | Unset): Discount definition; one of several discount kinds, kept open.
        gift (Gift | Unset): Gift card value of a voucher, in cents.
        loyalty_card (CampaignLoyaltyCard | Unset): Loyalty card settings of a campaign.
    """

    type: CampaignVoucherType
    redemption: CampaignVoucherRedemption
    code_config: CodeConfig
    discount: CampaignVoucherDiscount | Unset = UNSET
    gift: Gift | Unset = UNSET
    loyalty_card: CampaignLoyaltyCard | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        type: str = self.type

        redemption = self.redemption.to_dict()

        code_config = self.code_config.to_dict()

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        gift: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift, Unset):
            gift = self.gift.to_dict()

        loyalty_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_card, Unset):
            loyalty_card = self.loyalty_card.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "redemption": redemption,
                "code_config": code_config,
            }
        )
        if discount is not UNSET:
            field_dict["discount"] = discount
        if gift is not UNSET:
            field_dict["gift"] = gift
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = loyalty_card

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        type = check_campaign_voucher_type(d.pop("type"))

        redemption = CampaignVoucherRedemption.from_dict(d.pop("redemption"))

        code_config = CodeConfig.from_dict(d.pop("code_config"))

        _discount = d.pop("discount", UNSET)
        discount: CampaignVoucherDiscount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = CampaignVoucherDiscount.from_dict(_discount)

        _gift = d.pop("gift", UNSET)
        gift: Gift | Unset
        if isinstance(_gift, Unset):
            gift = UNSET
        else:
            gift = Gift.from_dict(_gift)

        _loyalty_card = d.pop("loyalty_card", UNSET)
        loyalty_card: CampaignLoyaltyCard | Unset
        if isinstance(_loyalty_card, Unset):
            loyalty_card = UNSET
        else:
            loyalty_card = CampaignLoyaltyCard.from_dict(_loyalty_card)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "type", type)
        set_(self, "redemption", redemption)
        set_(self, "code_config", code_config)
        set_(self, "discount", discount)
        set_(self, "gift", gift)
        set_(self, "loyalty_card", loyalty_card)
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
from ..models.campaign_loyalty_card import CampaignLoyaltyCard  # noqa: E402
from ..models.campaign_voucher_discount import CampaignVoucherDiscount  # noqa: E402
from ..models.campaign_voucher_redemption import CampaignVoucherRedemption  # noqa: E402
from ..models.code_config import CodeConfig  # noqa: E402
from ..models.gift import Gift  # noqa: E402
