from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validity_day_of_week_item import ValidityDayOfWeekItem, check_validity_day_of_week_item
from ..models.voucher_type import VoucherType
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    parse_timestamp,
    serialize_datetime,
    set_raw,
    shells,
)

T = TypeVar("T", bound="Voucher")
# The JSON keys Voucher declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "code",
        "campaign",
        "campaign_id",
        "category",
        "category_id",
        "categories",
        "type",
        "discount",
        "gift",
        "loyalty_card",
        "start_date",
        "expiration_date",
        "validity_timeframe",
        "validity_day_of_week",
        "validity_hours",
        "active",
        "additional_info",
        "metadata",
        "assets",
        "is_referral_code",
        "created_at",
        "updated_at",
        "holder_id",
        "holder",
        "referrer_id",
        "object",
        "publish",
        "redemption",
        "validation_rules_assignments",
    }
)


@_attrs_define
class Voucher(LazyFields):
    """Full voucher record.

    Attributes:
        id (str | Unset): Identifier of the voucher.
        code (str | Unset): The voucher's code.
        campaign (str | Unset): Name of the voucher's campaign.
        campaign_id (str | Unset): Identifier of the voucher's campaign.
        category (str | Unset): Name of the voucher's category.
        category_id (str | Unset): Identifier of the voucher's category.
        categories (list[Category] | Unset): Categories the voucher belongs to.
        type (VoucherType | Unset): Kind of voucher.
        discount (VoucherDiscount | Unset): Discount definition; one of several discount kinds, kept open.
        gift (Gift | Unset): Gift card value of a voucher, in cents.
        loyalty_card (SimpleLoyaltyCard | Unset): Point balances of a loyalty card.
        start_date (datetime.datetime | Unset): When the voucher becomes valid.
        expiration_date (datetime.datetime | Unset): When the voucher stops being valid.
        validity_timeframe (ValidityTimeframe | Unset): Recurring window in which a voucher or promotion is valid.
        validity_day_of_week (list[ValidityDayOfWeekItem] | Unset): Weekdays on which a voucher or promotion is valid, 0
            being Sunday.
        validity_hours (ValidityHours | Unset): Daily hours in which a voucher or promotion is valid.
        active (bool | None | Unset): Whether the voucher can be used.
        additional_info (str | Unset): Free-text note about the voucher.
        metadata (VoucherMetadata | Unset): Free-form key/value pairs attached to the voucher.
        assets (VoucherAssets | Unset): Scannable images of a voucher's code.
        is_referral_code (bool | None | Unset): Whether the voucher is a referral code.
        created_at (datetime.datetime | Unset): When the voucher was created.
        updated_at (datetime.datetime | Unset): When the voucher was last changed.
        holder_id (str | Unset): Customer holding the voucher.
        holder (SimpleCustomer | Unset): Short form of a customer.
        referrer_id (str | Unset): Customer who referred the holder.
        object (str | Unset): Kind of object, normally `voucher`.
        publish (VoucherPublishSummary | Unset): How often a voucher has been published.
        redemption (VoucherRedemptionSummary | Unset): How often a voucher has been redeemed.
        validation_rules_assignments (VoucherValidationRulesAssignments | Unset): List of validation rules attached to
            the voucher; kept open.
    """

    id: str | Unset = UNSET
    code: str | Unset = UNSET
    campaign: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    category: str | Unset = UNSET
    category_id: str | Unset = UNSET
    categories: list[Category] | Unset = UNSET
    type: VoucherType | Unset = UNSET
    discount: VoucherDiscount | Unset = UNSET
    gift: Gift | Unset = UNSET
    loyalty_card: SimpleLoyaltyCard | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    validity_timeframe: ValidityTimeframe | Unset = UNSET
    validity_day_of_week: list[ValidityDayOfWeekItem] | Unset = UNSET
    validity_hours: ValidityHours | Unset = UNSET
    active: bool | None | Unset = UNSET
    additional_info: str | Unset = UNSET
    metadata: VoucherMetadata | Unset = UNSET
    assets: VoucherAssets | Unset = UNSET
    is_referral_code: bool | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    holder_id: str | Unset = UNSET
    holder: SimpleCustomer | Unset = UNSET
    referrer_id: str | Unset = UNSET
    object: str | Unset = UNSET
    publish: VoucherPublishSummary | Unset = UNSET
    redemption: VoucherRedemptionSummary | Unset = UNSET
    validation_rules_assignments: VoucherValidationRulesAssignments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        if (id := self.id) is not UNSET:
            field_dict["id"] = id
        if (code := self.code) is not UNSET:
            field_dict["code"] = code
        if (campaign := self.campaign) is not UNSET:
            field_dict["campaign"] = campaign
        if (campaign_id := self.campaign_id) is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if (category := self.category) is not UNSET:
            field_dict["category"] = category
        if (category_id := self.category_id) is not UNSET:
            field_dict["category_id"] = category_id
        if not isinstance(categories := self.categories, Unset):
            field_dict["categories"] = [item.to_dict() for item in categories]
        if (type := self.type) is not UNSET:
            field_dict["type"] = type
        if not isinstance(discount := self.discount, Unset):
            field_dict["discount"] = discount.to_dict()
        if not isinstance(gift := self.gift, Unset):
            field_dict["gift"] = gift.to_dict()
        if not isinstance(loyalty_card := self.loyalty_card, Unset):
            field_dict["loyalty_card"] = loyalty_card.to_dict()
        if not isinstance(start_date := self.start_date, Unset):
            field_dict["start_date"] = serialize_datetime(start_date)
        if not isinstance(expiration_date := self.expiration_date, Unset):
            field_dict["expiration_date"] = serialize_datetime(expiration_date)
        if not isinstance(validity_timeframe := self.validity_timeframe, Unset):
            field_dict["validity_timeframe"] = validity_timeframe.to_dict()
        validity_day_of_week: list[int] | Unset = UNSET
        if not isinstance(self.validity_day_of_week, Unset):
            validity_day_of_week = []
            for componentsschemas_validity_day_of_week_item_data in self.validity_day_of_week:
                componentsschemas_validity_day_of_week_item: int = componentsschemas_validity_day_of_week_item_data
                validity_day_of_week.append(componentsschemas_validity_day_of_week_item)

        if validity_day_of_week is not UNSET:
            field_dict["validity_day_of_week"] = validity_day_of_week
        if not isinstance(validity_hours := self.validity_hours, Unset):
            field_dict["validity_hours"] = validity_hours.to_dict()
        if (active := self.active) is not UNSET:
            field_dict["active"] = active
        if (additional_info := self.additional_info) is not UNSET:
            field_dict["additional_info"] = additional_info
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = metadata.to_dict()
        if not isinstance(assets := self.assets, Unset):
            field_dict["assets"] = assets.to_dict()
        if (is_referral_code := self.is_referral_code) is not UNSET:
            field_dict["is_referral_code"] = is_referral_code
        if not isinstance(created_at := self.created_at, Unset):
            field_dict["created_at"] = serialize_datetime(created_at)
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_datetime(updated_at)
        if (holder_id := self.holder_id) is not UNSET:
            field_dict["holder_id"] = holder_id
        if not isinstance(holder := self.holder, Unset):
            field_dict["holder"] = holder.to_dict()
        if (referrer_id := self.referrer_id) is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if (object := self.object) is not UNSET:
            field_dict["object"] = object
        if not isinstance(publish := self.publish, Unset):
            field_dict["publish"] = publish.to_dict()
        if not isinstance(redemption := self.redemption, Unset):
            field_dict["redemption"] = redemption.to_dict()
        if not isinstance(validation_rules_assignments := self.validation_rules_assignments, Unset):
            field_dict["validation_rules_assignments"] = validation_rules_assignments.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        id = get("id", UNSET)
        code = get("code", UNSET)
        campaign = get("campaign", UNSET)
        campaign_id = get("campaign_id", UNSET)
        category = get("category", UNSET)
        category_id = get("category_id", UNSET)
        categories = categories_json = get("categories", UNSET)
        if categories_json is not UNSET:
            categories = shells(Category, categories_json)
        type = get("type", UNSET)
        discount = discount_json = get("discount", UNSET)
        if discount_json is not UNSET:
            discount = new_lazy(VoucherDiscount)
            set_raw(discount, discount_json)
        gift = gift_json = get("gift", UNSET)
        if gift_json is not UNSET:
            gift = new_lazy(Gift)
            set_raw(gift, gift_json)
        loyalty_card = loyalty_card_json = get("loyalty_card", UNSET)
        if loyalty_card_json is not UNSET:
            loyalty_card = new_lazy(SimpleLoyaltyCard)
            set_raw(loyalty_card, loyalty_card_json)
        if (start_date := get("start_date", UNSET)) is not UNSET:
            start_date = parse_timestamp(start_date)
        if (expiration_date := get("expiration_date", UNSET)) is not UNSET:
            expiration_date = parse_timestamp(expiration_date)
        validity_timeframe = validity_timeframe_json = get("validity_timeframe", UNSET)
        if validity_timeframe_json is not UNSET:
            validity_timeframe = new_lazy(ValidityTimeframe)
            set_raw(validity_timeframe, validity_timeframe_json)
        _validity_day_of_week = get("validity_day_of_week", UNSET)
        validity_day_of_week: list[ValidityDayOfWeekItem] | Unset = UNSET
        if _validity_day_of_week is not UNSET:
            validity_day_of_week = []
            for componentsschemas_validity_day_of_week_item_data in _validity_day_of_week:
                componentsschemas_validity_day_of_week_item = check_validity_day_of_week_item(
                    componentsschemas_validity_day_of_week_item_data
                )

                validity_day_of_week.append(componentsschemas_validity_day_of_week_item)

        validity_hours = validity_hours_json = get("validity_hours", UNSET)
        if validity_hours_json is not UNSET:
            validity_hours = new_lazy(ValidityHours)
            set_raw(validity_hours, validity_hours_json)
        active = get("active", UNSET)
        additional_info = get("additional_info", UNSET)
        metadata = metadata_json = get("metadata", UNSET)
        if metadata_json is not UNSET:
            metadata = new_lazy(VoucherMetadata)
            set_raw(metadata, metadata_json)
        assets = assets_json = get("assets", UNSET)
        if assets_json is not UNSET:
            assets = new_lazy(VoucherAssets)
            set_raw(assets, assets_json)
        is_referral_code = get("is_referral_code", UNSET)
        if (created_at := get("created_at", UNSET)) is not UNSET:
            created_at = parse_timestamp(created_at)
        if (updated_at := get("updated_at", UNSET)) is not UNSET:
            updated_at = parse_timestamp(updated_at)
        holder_id = get("holder_id", UNSET)
        holder = holder_json = get("holder", UNSET)
        if holder_json is not UNSET:
            holder = new_lazy(SimpleCustomer)
            set_raw(holder, holder_json)
        referrer_id = get("referrer_id", UNSET)
        object = get("object", UNSET)
        publish = publish_json = get("publish", UNSET)
        if publish_json is not UNSET:
            publish = new_lazy(VoucherPublishSummary)
            set_raw(publish, publish_json)
        redemption = redemption_json = get("redemption", UNSET)
        if redemption_json is not UNSET:
            redemption = new_lazy(VoucherRedemptionSummary)
            set_raw(redemption, redemption_json)
        validation_rules_assignments = validation_rules_assignments_json = get("validation_rules_assignments", UNSET)
        if validation_rules_assignments_json is not UNSET:
            validation_rules_assignments = new_lazy(VoucherValidationRulesAssignments)
            set_raw(validation_rules_assignments, validation_rules_assignments_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_code(self, code)
        _set_campaign(self, campaign)
        _set_campaign_id(self, campaign_id)
        _set_category(self, category)
        _set_category_id(self, category_id)
        _set_categories(self, categories)
        _set_type(self, type)
        _set_discount(self, discount)
        _set_gift(self, gift)
        _set_loyalty_card(self, loyalty_card)
        _set_start_date(self, start_date)
        _set_expiration_date(self, expiration_date)
        _set_validity_timeframe(self, validity_timeframe)
        _set_validity_day_of_week(self, validity_day_of_week)
        _set_validity_hours(self, validity_hours)
        _set_active(self, active)
        _set_additional_info(self, additional_info)
        _set_metadata(self, metadata)
        _set_assets(self, assets)
        _set_is_referral_code(self, is_referral_code)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_holder_id(self, holder_id)
        _set_holder(self, holder)
        _set_referrer_id(self, referrer_id)
        _set_object(self, object)
        _set_publish(self, publish)
        _set_redemption(self, redemption)
        _set_validation_rules_assignments(self, validation_rules_assignments)
        _set_additional_properties(self, additional_properties)
        set_raw(self, PARSED)

    def _load_to_dict(self, src_dict: Any) -> dict[str, Any]:
        """``to_dict()`` of this model, not parsed yet, from ``src_dict`` (its ``_raw``, or the JSON a
        parent made it for; a parent's own pass calls this right after ``new_lazy``): parse as
        ``_load`` does, then write back, the values that write back as they came being the
        source's own. Data that does not parse comes back as it came, the model lazy on it."""
        set_raw(self, src_dict)
        return self.to_dict()

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
_set_id = Voucher.__dict__["id"].__set__
_set_code = Voucher.__dict__["code"].__set__
_set_campaign = Voucher.__dict__["campaign"].__set__
_set_campaign_id = Voucher.__dict__["campaign_id"].__set__
_set_category = Voucher.__dict__["category"].__set__
_set_category_id = Voucher.__dict__["category_id"].__set__
_set_categories = Voucher.__dict__["categories"].__set__
_set_type = Voucher.__dict__["type"].__set__
_set_discount = Voucher.__dict__["discount"].__set__
_set_gift = Voucher.__dict__["gift"].__set__
_set_loyalty_card = Voucher.__dict__["loyalty_card"].__set__
_set_start_date = Voucher.__dict__["start_date"].__set__
_set_expiration_date = Voucher.__dict__["expiration_date"].__set__
_set_validity_timeframe = Voucher.__dict__["validity_timeframe"].__set__
_set_validity_day_of_week = Voucher.__dict__["validity_day_of_week"].__set__
_set_validity_hours = Voucher.__dict__["validity_hours"].__set__
_set_active = Voucher.__dict__["active"].__set__
_set_additional_info = Voucher.__dict__["additional_info"].__set__
_set_metadata = Voucher.__dict__["metadata"].__set__
_set_assets = Voucher.__dict__["assets"].__set__
_set_is_referral_code = Voucher.__dict__["is_referral_code"].__set__
_set_created_at = Voucher.__dict__["created_at"].__set__
_set_updated_at = Voucher.__dict__["updated_at"].__set__
_set_holder_id = Voucher.__dict__["holder_id"].__set__
_set_holder = Voucher.__dict__["holder"].__set__
_set_referrer_id = Voucher.__dict__["referrer_id"].__set__
_set_object = Voucher.__dict__["object"].__set__
_set_publish = Voucher.__dict__["publish"].__set__
_set_redemption = Voucher.__dict__["redemption"].__set__
_set_validation_rules_assignments = Voucher.__dict__["validation_rules_assignments"].__set__
_set_additional_properties = Voucher.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.category import Category  # noqa: E402
from ..models.gift import Gift  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_loyalty_card import SimpleLoyaltyCard  # noqa: E402
from ..models.validity_hours import ValidityHours  # noqa: E402
from ..models.validity_timeframe import ValidityTimeframe  # noqa: E402
from ..models.voucher_assets import VoucherAssets  # noqa: E402
from ..models.voucher_discount import VoucherDiscount  # noqa: E402
from ..models.voucher_metadata import VoucherMetadata  # noqa: E402
from ..models.voucher_publish_summary import VoucherPublishSummary  # noqa: E402
from ..models.voucher_redemption_summary import VoucherRedemptionSummary  # noqa: E402
from ..models.voucher_validation_rules_assignments import VoucherValidationRulesAssignments  # noqa: E402

Voucher._FIELDS = {
    "start_date": lambda src: UNSET if (value := src.get("start_date", UNSET)) is UNSET else parse_timestamp(value),
    "expiration_date": lambda src: (
        UNSET if (value := src.get("expiration_date", UNSET)) is UNSET else parse_timestamp(value)
    ),
    "created_at": lambda src: UNSET if (value := src.get("created_at", UNSET)) is UNSET else parse_timestamp(value),
    "updated_at": lambda src: UNSET if (value := src.get("updated_at", UNSET)) is UNSET else parse_timestamp(value),
}
