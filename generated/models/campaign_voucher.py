from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_voucher_type import CampaignVoucherType
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    set_raw,
)

T = TypeVar("T", bound="CampaignVoucher")
# The JSON keys CampaignVoucher declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "type",
        "redemption",
        "code_config",
        "discount",
        "gift",
        "loyalty_card",
    }
)


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
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": self.type,
            "redemption": self.redemption.to_dict(),
            "code_config": self.code_config.to_dict(),
        }
        if not isinstance(discount := self.discount, Unset):
            field_dict["discount"] = discount.to_dict()
        if not isinstance(gift := self.gift, Unset):
            field_dict["gift"] = gift.to_dict()
        if not isinstance(loyalty_card := self.loyalty_card, Unset):
            field_dict["loyalty_card"] = loyalty_card.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        type = src_dict["type"]
        redemption_json = src_dict["redemption"]
        redemption = new_lazy(CampaignVoucherRedemption)
        set_raw(redemption, redemption_json)
        code_config_json = src_dict["code_config"]
        code_config = new_lazy(CodeConfig)
        set_raw(code_config, code_config_json)
        discount = discount_json = get("discount", UNSET)
        if discount_json is not UNSET:
            discount = new_lazy(CampaignVoucherDiscount)
            set_raw(discount, discount_json)
        gift = gift_json = get("gift", UNSET)
        if gift_json is not UNSET:
            gift = new_lazy(Gift)
            set_raw(gift, gift_json)
        loyalty_card = loyalty_card_json = get("loyalty_card", UNSET)
        if loyalty_card_json is not UNSET:
            loyalty_card = new_lazy(CampaignLoyaltyCard)
            set_raw(loyalty_card, loyalty_card_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 3 + (discount is not UNSET) + (gift is not UNSET) + (loyalty_card is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_type(self, type)
        _set_redemption(self, redemption)
        _set_code_config(self, code_config)
        _set_discount(self, discount)
        _set_gift(self, gift)
        _set_loyalty_card(self, loyalty_card)
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
            type = src_dict["type"]
            redemption_json = src_dict["redemption"]
            redemption = new_lazy(CampaignVoucherRedemption)
            code_config_json = src_dict["code_config"]
            code_config = new_lazy(CodeConfig)
            discount = discount_json = get("discount", UNSET)
            if discount_json is not UNSET:
                discount = new_lazy(CampaignVoucherDiscount)
            gift = gift_json = get("gift", UNSET)
            if gift_json is not UNSET:
                gift = new_lazy(Gift)
            loyalty_card = loyalty_card_json = get("loyalty_card", UNSET)
            if loyalty_card_json is not UNSET:
                loyalty_card = new_lazy(CampaignLoyaltyCard)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 3 + (discount is not UNSET) + (gift is not UNSET) + (loyalty_card is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["redemption"] = CampaignVoucherRedemption._load_to_dict(redemption, redemption_json)
        field_dict["code_config"] = CodeConfig._load_to_dict(code_config, code_config_json)
        if discount is not UNSET:
            field_dict["discount"] = CampaignVoucherDiscount._load_to_dict(discount, discount_json)
        if gift is not UNSET:
            field_dict["gift"] = Gift._load_to_dict(gift, gift_json)
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = CampaignLoyaltyCard._load_to_dict(loyalty_card, loyalty_card_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_type(self, type)
        _set_redemption(self, redemption)
        _set_code_config(self, code_config)
        _set_discount(self, discount)
        _set_gift(self, gift)
        _set_loyalty_card(self, loyalty_card)
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
_set_type = CampaignVoucher.__dict__["type"].__set__
_set_redemption = CampaignVoucher.__dict__["redemption"].__set__
_set_code_config = CampaignVoucher.__dict__["code_config"].__set__
_set_discount = CampaignVoucher.__dict__["discount"].__set__
_set_gift = CampaignVoucher.__dict__["gift"].__set__
_set_loyalty_card = CampaignVoucher.__dict__["loyalty_card"].__set__
_set_additional_properties = CampaignVoucher.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.campaign_loyalty_card import CampaignLoyaltyCard  # noqa: E402
from ..models.campaign_voucher_discount import CampaignVoucherDiscount  # noqa: E402
from ..models.campaign_voucher_redemption import CampaignVoucherRedemption  # noqa: E402
from ..models.code_config import CodeConfig  # noqa: E402
from ..models.gift import Gift  # noqa: E402
