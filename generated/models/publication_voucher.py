from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publication_voucher_object import PublicationVoucherObject, check_publication_voucher_object
from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="PublicationVoucher")


@_attrs_define
class PublicationVoucher(LazyFields):
    """The voucher handed out by a publication.

    Attributes:
        code (str): The voucher's code.
        object (PublicationVoucherObject): Kind of object; always `voucher`.
        campaign (str): Name of the voucher's campaign.
        gift (Gift | Unset): Gift card value of a voucher, in cents.
        loyalty_card (PublicationVoucherLoyaltyCard | Unset): Loyalty card balances; kept open.
        discount (PublicationVoucherDiscount | Unset): Discount definition; one of several discount kinds, kept open.
        is_referral_code (bool | Unset): Whether the voucher is a referral code.
    """

    code: str
    object: PublicationVoucherObject
    campaign: str
    gift: Gift | Unset = UNSET
    loyalty_card: PublicationVoucherLoyaltyCard | Unset = UNSET
    discount: PublicationVoucherDiscount | Unset = UNSET
    is_referral_code: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        code = self.code

        object: str = self.object

        campaign = self.campaign

        gift: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift, Unset):
            gift = self.gift.to_dict()

        loyalty_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_card, Unset):
            loyalty_card = self.loyalty_card.to_dict()

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        is_referral_code = self.is_referral_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "object": object,
                "campaign": campaign,
            }
        )
        if gift is not UNSET:
            field_dict["gift"] = gift
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = loyalty_card
        if discount is not UNSET:
            field_dict["discount"] = discount
        if is_referral_code is not UNSET:
            field_dict["is_referral_code"] = is_referral_code

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        code = d.pop("code")

        object = check_publication_voucher_object(d.pop("object"))

        campaign = d.pop("campaign")

        _gift = d.pop("gift", UNSET)
        gift: Gift | Unset
        if isinstance(_gift, Unset):
            gift = UNSET
        else:
            gift = Gift.from_dict(_gift)

        _loyalty_card = d.pop("loyalty_card", UNSET)
        loyalty_card: PublicationVoucherLoyaltyCard | Unset
        if isinstance(_loyalty_card, Unset):
            loyalty_card = UNSET
        else:
            loyalty_card = PublicationVoucherLoyaltyCard.from_dict(_loyalty_card)

        _discount = d.pop("discount", UNSET)
        discount: PublicationVoucherDiscount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = PublicationVoucherDiscount.from_dict(_discount)

        is_referral_code = d.pop("is_referral_code", UNSET)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "code", code)
        set_(self, "object", object)
        set_(self, "campaign", campaign)
        set_(self, "gift", gift)
        set_(self, "loyalty_card", loyalty_card)
        set_(self, "discount", discount)
        set_(self, "is_referral_code", is_referral_code)
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
from ..models.gift import Gift  # noqa: E402
from ..models.publication_voucher_discount import PublicationVoucherDiscount  # noqa: E402
from ..models.publication_voucher_loyalty_card import PublicationVoucherLoyaltyCard  # noqa: E402
