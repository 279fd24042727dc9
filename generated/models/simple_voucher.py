from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_voucher_object import SimpleVoucherObject
from ..models.simple_voucher_type import SimpleVoucherType
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    blanks,
    new_lazy,
    parse_timestamp,
    serialize_datetime,
    set_raw,
    shells,
)

T = TypeVar("T", bound="SimpleVoucher")
# The JSON keys SimpleVoucher declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "code",
        "type",
        "created_at",
        "object",
        "id",
        "gift",
        "discount",
        "loyalty_card",
        "campaign",
        "campaign_id",
        "is_referral_code",
        "holder_id",
        "referrer_id",
        "category_id",
        "categories",
        "active",
        "updated_at",
        "redemption",
        "start_date",
        "expiration_date",
        "metadata",
    }
)


@_attrs_define
class SimpleVoucher(LazyFields):
    """Short form of a voucher, gift card or loyalty card.

    Attributes:
        code (str): The voucher's code.
        type (SimpleVoucherType): Kind of voucher.
        created_at (datetime.datetime): When the voucher was created.
        object (SimpleVoucherObject): Kind of object; always `voucher`.
        id (str | Unset): Identifier of the voucher.
        gift (Gift | Unset): Gift card value of a voucher, in cents.
        discount (SimpleVoucherDiscount | Unset): Discount definition; one of several discount kinds, kept open.
        loyalty_card (SimpleLoyaltyCard | Unset): Point balances of a loyalty card.
        campaign (str | Unset): Name of the voucher's campaign.
        campaign_id (str | Unset): Identifier of the voucher's campaign.
        is_referral_code (bool | Unset): Whether the voucher is a referral code.
        holder_id (str | Unset): Customer holding the voucher.
        referrer_id (str | Unset): Customer who referred the holder.
        category_id (None | str | Unset): Identifier of the voucher's category.
        categories (list[Category] | Unset): Categories the voucher belongs to.
        active (bool | Unset): Whether the voucher can be used.
        updated_at (datetime.datetime | Unset): When the voucher was last changed.
        redemption (SimpleVoucherRedemption | Unset): Redemption counters of a voucher.
        start_date (datetime.datetime | Unset): When the voucher becomes valid.
        expiration_date (datetime.datetime | Unset): When the voucher stops being valid.
        metadata (SimpleVoucherMetadata | Unset): Free-form key/value pairs attached to the voucher.
    """

    code: str
    type: SimpleVoucherType
    created_at: datetime.datetime
    object: SimpleVoucherObject
    id: str | Unset = UNSET
    gift: Gift | Unset = UNSET
    discount: SimpleVoucherDiscount | Unset = UNSET
    loyalty_card: SimpleLoyaltyCard | Unset = UNSET
    campaign: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    is_referral_code: bool | Unset = UNSET
    holder_id: str | Unset = UNSET
    referrer_id: str | Unset = UNSET
    category_id: None | str | Unset = UNSET
    categories: list[Category] | Unset = UNSET
    active: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    redemption: SimpleVoucherRedemption | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    metadata: SimpleVoucherMetadata | Unset = UNSET
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
            "code": self.code,
            "type": self.type,
            "created_at": serialize_datetime(self.created_at),
            "object": self.object,
        }
        if (id := self.id) is not UNSET:
            field_dict["id"] = id
        if not isinstance(gift := self.gift, Unset):
            field_dict["gift"] = gift.to_dict()
        if not isinstance(discount := self.discount, Unset):
            field_dict["discount"] = discount.to_dict()
        if not isinstance(loyalty_card := self.loyalty_card, Unset):
            field_dict["loyalty_card"] = loyalty_card.to_dict()
        if (campaign := self.campaign) is not UNSET:
            field_dict["campaign"] = campaign
        if (campaign_id := self.campaign_id) is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if (is_referral_code := self.is_referral_code) is not UNSET:
            field_dict["is_referral_code"] = is_referral_code
        if (holder_id := self.holder_id) is not UNSET:
            field_dict["holder_id"] = holder_id
        if (referrer_id := self.referrer_id) is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if (category_id := self.category_id) is not UNSET:
            field_dict["category_id"] = category_id
        if not isinstance(categories := self.categories, Unset):
            field_dict["categories"] = [item.to_dict() for item in categories]
        if (active := self.active) is not UNSET:
            field_dict["active"] = active
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_datetime(updated_at)
        if not isinstance(redemption := self.redemption, Unset):
            field_dict["redemption"] = redemption.to_dict()
        if not isinstance(start_date := self.start_date, Unset):
            field_dict["start_date"] = serialize_datetime(start_date)
        if not isinstance(expiration_date := self.expiration_date, Unset):
            field_dict["expiration_date"] = serialize_datetime(expiration_date)
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = metadata.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        code = src_dict["code"]
        type = src_dict["type"]
        created_at = parse_timestamp(src_dict["created_at"])
        object = src_dict["object"]
        id = get("id", UNSET)
        gift = gift_json = get("gift", UNSET)
        if gift_json is not UNSET:
            gift = new_lazy(Gift)
            set_raw(gift, gift_json)
        discount = discount_json = get("discount", UNSET)
        if discount_json is not UNSET:
            discount = new_lazy(SimpleVoucherDiscount)
            set_raw(discount, discount_json)
        loyalty_card = loyalty_card_json = get("loyalty_card", UNSET)
        if loyalty_card_json is not UNSET:
            loyalty_card = new_lazy(SimpleLoyaltyCard)
            set_raw(loyalty_card, loyalty_card_json)
        campaign = get("campaign", UNSET)
        campaign_id = get("campaign_id", UNSET)
        is_referral_code = get("is_referral_code", UNSET)
        holder_id = get("holder_id", UNSET)
        referrer_id = get("referrer_id", UNSET)
        category_id = get("category_id", UNSET)
        categories = categories_json = get("categories", UNSET)
        if categories_json is not UNSET:
            categories = shells(Category, categories_json)
        active = get("active", UNSET)
        if (updated_at := get("updated_at", UNSET)) is not UNSET:
            updated_at = parse_timestamp(updated_at)
        redemption = redemption_json = get("redemption", UNSET)
        if redemption_json is not UNSET:
            redemption = new_lazy(SimpleVoucherRedemption)
            set_raw(redemption, redemption_json)
        if (start_date := get("start_date", UNSET)) is not UNSET:
            start_date = parse_timestamp(start_date)
        if (expiration_date := get("expiration_date", UNSET)) is not UNSET:
            expiration_date = parse_timestamp(expiration_date)
        metadata = metadata_json = get("metadata", UNSET)
        if metadata_json is not UNSET:
            metadata = new_lazy(SimpleVoucherMetadata)
            set_raw(metadata, metadata_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_code(self, code)
        _set_type(self, type)
        _set_created_at(self, created_at)
        _set_object(self, object)
        _set_id(self, id)
        _set_gift(self, gift)
        _set_discount(self, discount)
        _set_loyalty_card(self, loyalty_card)
        _set_campaign(self, campaign)
        _set_campaign_id(self, campaign_id)
        _set_is_referral_code(self, is_referral_code)
        _set_holder_id(self, holder_id)
        _set_referrer_id(self, referrer_id)
        _set_category_id(self, category_id)
        _set_categories(self, categories)
        _set_active(self, active)
        _set_updated_at(self, updated_at)
        _set_redemption(self, redemption)
        _set_start_date(self, start_date)
        _set_expiration_date(self, expiration_date)
        _set_metadata(self, metadata)
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
            code = src_dict["code"]
            type = src_dict["type"]
            created_at = parse_timestamp(src_dict["created_at"])
            object = src_dict["object"]
            id = get("id", UNSET)
            gift = gift_json = get("gift", UNSET)
            if gift_json is not UNSET:
                gift = new_lazy(Gift)
            discount = discount_json = get("discount", UNSET)
            if discount_json is not UNSET:
                discount = new_lazy(SimpleVoucherDiscount)
            loyalty_card = loyalty_card_json = get("loyalty_card", UNSET)
            if loyalty_card_json is not UNSET:
                loyalty_card = new_lazy(SimpleLoyaltyCard)
            campaign = get("campaign", UNSET)
            campaign_id = get("campaign_id", UNSET)
            is_referral_code = get("is_referral_code", UNSET)
            holder_id = get("holder_id", UNSET)
            referrer_id = get("referrer_id", UNSET)
            category_id = get("category_id", UNSET)
            categories = categories_json = get("categories", UNSET)
            if categories_json is not UNSET:
                categories = blanks(Category, categories_json)
            active = get("active", UNSET)
            if (updated_at := get("updated_at", UNSET)) is not UNSET:
                updated_at = parse_timestamp(updated_at)
            redemption = redemption_json = get("redemption", UNSET)
            if redemption_json is not UNSET:
                redemption = new_lazy(SimpleVoucherRedemption)
            if (start_date := get("start_date", UNSET)) is not UNSET:
                start_date = parse_timestamp(start_date)
            if (expiration_date := get("expiration_date", UNSET)) is not UNSET:
                expiration_date = parse_timestamp(expiration_date)
            metadata = metadata_json = get("metadata", UNSET)
            if metadata_json is not UNSET:
                metadata = new_lazy(SimpleVoucherMetadata)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if gift is not UNSET:
            field_dict["gift"] = Gift._load_to_dict(gift, gift_json)
        if discount is not UNSET:
            field_dict["discount"] = SimpleVoucherDiscount._load_to_dict(discount, discount_json)
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = SimpleLoyaltyCard._load_to_dict(loyalty_card, loyalty_card_json)
        if categories is not UNSET:
            field_dict["categories"] = list(map(Category._load_to_dict, categories, categories_json))
        if redemption is not UNSET:
            field_dict["redemption"] = SimpleVoucherRedemption._load_to_dict(redemption, redemption_json)
        if metadata is not UNSET:
            field_dict["metadata"] = SimpleVoucherMetadata._load_to_dict(metadata, metadata_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_code(self, code)
        _set_type(self, type)
        _set_created_at(self, created_at)
        _set_object(self, object)
        _set_id(self, id)
        _set_gift(self, gift)
        _set_discount(self, discount)
        _set_loyalty_card(self, loyalty_card)
        _set_campaign(self, campaign)
        _set_campaign_id(self, campaign_id)
        _set_is_referral_code(self, is_referral_code)
        _set_holder_id(self, holder_id)
        _set_referrer_id(self, referrer_id)
        _set_category_id(self, category_id)
        _set_categories(self, categories)
        _set_active(self, active)
        _set_updated_at(self, updated_at)
        _set_redemption(self, redemption)
        _set_start_date(self, start_date)
        _set_expiration_date(self, expiration_date)
        _set_metadata(self, metadata)
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
_set_code = SimpleVoucher.__dict__["code"].__set__
_set_type = SimpleVoucher.__dict__["type"].__set__
_set_created_at = SimpleVoucher.__dict__["created_at"].__set__
_set_object = SimpleVoucher.__dict__["object"].__set__
_set_id = SimpleVoucher.__dict__["id"].__set__
_set_gift = SimpleVoucher.__dict__["gift"].__set__
_set_discount = SimpleVoucher.__dict__["discount"].__set__
_set_loyalty_card = SimpleVoucher.__dict__["loyalty_card"].__set__
_set_campaign = SimpleVoucher.__dict__["campaign"].__set__
_set_campaign_id = SimpleVoucher.__dict__["campaign_id"].__set__
_set_is_referral_code = SimpleVoucher.__dict__["is_referral_code"].__set__
_set_holder_id = SimpleVoucher.__dict__["holder_id"].__set__
_set_referrer_id = SimpleVoucher.__dict__["referrer_id"].__set__
_set_category_id = SimpleVoucher.__dict__["category_id"].__set__
_set_categories = SimpleVoucher.__dict__["categories"].__set__
_set_active = SimpleVoucher.__dict__["active"].__set__
_set_updated_at = SimpleVoucher.__dict__["updated_at"].__set__
_set_redemption = SimpleVoucher.__dict__["redemption"].__set__
_set_start_date = SimpleVoucher.__dict__["start_date"].__set__
_set_expiration_date = SimpleVoucher.__dict__["expiration_date"].__set__
_set_metadata = SimpleVoucher.__dict__["metadata"].__set__
_set_additional_properties = SimpleVoucher.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.category import Category  # noqa: E402
from ..models.gift import Gift  # noqa: E402
from ..models.simple_loyalty_card import SimpleLoyaltyCard  # noqa: E402
from ..models.simple_voucher_discount import SimpleVoucherDiscount  # noqa: E402
from ..models.simple_voucher_metadata import SimpleVoucherMetadata  # noqa: E402
from ..models.simple_voucher_redemption import SimpleVoucherRedemption  # noqa: E402

SimpleVoucher._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
    "updated_at": lambda src: UNSET if (value := src.get("updated_at", UNSET)) is UNSET else parse_timestamp(value),
    "start_date": lambda src: UNSET if (value := src.get("start_date", UNSET)) is UNSET else parse_timestamp(value),
    "expiration_date": lambda src: (
        UNSET if (value := src.get("expiration_date", UNSET)) is UNSET else parse_timestamp(value)
    ),
}
