from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_voucher_object import SimpleVoucherObject, check_simple_voucher_object
from ..models.simple_voucher_type import SimpleVoucherType, check_simple_voucher_type
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="SimpleVoucher")


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
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        code = self.code

        type: str = self.type

        created_at = serialize_datetime(self.created_at)

        object: str = self.object

        id = self.id

        gift: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift, Unset):
            gift = self.gift.to_dict()

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        loyalty_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_card, Unset):
            loyalty_card = self.loyalty_card.to_dict()

        campaign = self.campaign

        campaign_id = self.campaign_id

        is_referral_code = self.is_referral_code

        holder_id = self.holder_id

        referrer_id = self.referrer_id

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        active = self.active

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = serialize_datetime(self.updated_at)

        redemption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemption, Unset):
            redemption = self.redemption.to_dict()

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = serialize_datetime(self.start_date)

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = serialize_datetime(self.expiration_date)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "type": type,
                "created_at": created_at,
                "object": object,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if gift is not UNSET:
            field_dict["gift"] = gift
        if discount is not UNSET:
            field_dict["discount"] = discount
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = loyalty_card
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if is_referral_code is not UNSET:
            field_dict["is_referral_code"] = is_referral_code
        if holder_id is not UNSET:
            field_dict["holder_id"] = holder_id
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if categories is not UNSET:
            field_dict["categories"] = categories
        if active is not UNSET:
            field_dict["active"] = active
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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

        type = check_simple_voucher_type(d.pop("type"))

        created_at = parse_timestamp(d.pop("created_at"))

        object = check_simple_voucher_object(d.pop("object"))

        id = d.pop("id", UNSET)

        _gift = d.pop("gift", UNSET)
        gift: Gift | Unset
        if isinstance(_gift, Unset):
            gift = UNSET
        else:
            gift = Gift.from_dict(_gift)

        _discount = d.pop("discount", UNSET)
        discount: SimpleVoucherDiscount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = SimpleVoucherDiscount.from_dict(_discount)

        _loyalty_card = d.pop("loyalty_card", UNSET)
        loyalty_card: SimpleLoyaltyCard | Unset
        if isinstance(_loyalty_card, Unset):
            loyalty_card = UNSET
        else:
            loyalty_card = SimpleLoyaltyCard.from_dict(_loyalty_card)

        campaign = d.pop("campaign", UNSET)

        campaign_id = d.pop("campaign_id", UNSET)

        is_referral_code = d.pop("is_referral_code", UNSET)

        holder_id = d.pop("holder_id", UNSET)

        referrer_id = d.pop("referrer_id", UNSET)

        def _parse_category_id(data: builtins.object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        _categories = d.pop("categories", UNSET)
        categories: list[Category] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = Category.from_dict(categories_item_data)

                categories.append(categories_item)

        active = d.pop("active", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_timestamp(_updated_at)

        _redemption = d.pop("redemption", UNSET)
        redemption: SimpleVoucherRedemption | Unset
        if isinstance(_redemption, Unset):
            redemption = UNSET
        else:
            redemption = SimpleVoucherRedemption.from_dict(_redemption)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = parse_timestamp(_start_date)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = parse_timestamp(_expiration_date)

        _metadata = d.pop("metadata", UNSET)
        metadata: SimpleVoucherMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SimpleVoucherMetadata.from_dict(_metadata)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "code", code)
        set_(self, "type", type)
        set_(self, "created_at", created_at)
        set_(self, "object", object)
        set_(self, "id", id)
        set_(self, "gift", gift)
        set_(self, "discount", discount)
        set_(self, "loyalty_card", loyalty_card)
        set_(self, "campaign", campaign)
        set_(self, "campaign_id", campaign_id)
        set_(self, "is_referral_code", is_referral_code)
        set_(self, "holder_id", holder_id)
        set_(self, "referrer_id", referrer_id)
        set_(self, "category_id", category_id)
        set_(self, "categories", categories)
        set_(self, "active", active)
        set_(self, "updated_at", updated_at)
        set_(self, "redemption", redemption)
        set_(self, "start_date", start_date)
        set_(self, "expiration_date", expiration_date)
        set_(self, "metadata", metadata)
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
from ..models.category import Category  # noqa: E402
from ..models.gift import Gift  # noqa: E402
from ..models.simple_loyalty_card import SimpleLoyaltyCard  # noqa: E402
from ..models.simple_voucher_discount import SimpleVoucherDiscount  # noqa: E402
from ..models.simple_voucher_metadata import SimpleVoucherMetadata  # noqa: E402
from ..models.simple_voucher_redemption import SimpleVoucherRedemption  # noqa: E402
