from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validity_day_of_week_item import ValidityDayOfWeekItem, check_validity_day_of_week_item
from ..models.voucher_type import VoucherType, check_voucher_type
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="Voucher")


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
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        code = self.code

        campaign = self.campaign

        campaign_id = self.campaign_id

        category = self.category

        category_id = self.category_id

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        gift: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift, Unset):
            gift = self.gift.to_dict()

        loyalty_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_card, Unset):
            loyalty_card = self.loyalty_card.to_dict()

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = serialize_datetime(self.start_date)

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = serialize_datetime(self.expiration_date)

        validity_timeframe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validity_timeframe, Unset):
            validity_timeframe = self.validity_timeframe.to_dict()

        validity_day_of_week: list[int] | Unset = UNSET
        if not isinstance(self.validity_day_of_week, Unset):
            validity_day_of_week = []
            for componentsschemas_validity_day_of_week_item_data in self.validity_day_of_week:
                componentsschemas_validity_day_of_week_item: int = componentsschemas_validity_day_of_week_item_data
                validity_day_of_week.append(componentsschemas_validity_day_of_week_item)

        validity_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validity_hours, Unset):
            validity_hours = self.validity_hours.to_dict()

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        additional_info = self.additional_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets.to_dict()

        is_referral_code: bool | None | Unset
        if isinstance(self.is_referral_code, Unset):
            is_referral_code = UNSET
        else:
            is_referral_code = self.is_referral_code

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = serialize_datetime(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = serialize_datetime(self.updated_at)

        holder_id = self.holder_id

        holder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holder, Unset):
            holder = self.holder.to_dict()

        referrer_id = self.referrer_id

        object = self.object

        publish: dict[str, Any] | Unset = UNSET
        if not isinstance(self.publish, Unset):
            publish = self.publish.to_dict()

        redemption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemption, Unset):
            redemption = self.redemption.to_dict()

        validation_rules_assignments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_rules_assignments, Unset):
            validation_rules_assignments = self.validation_rules_assignments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if categories is not UNSET:
            field_dict["categories"] = categories
        if type is not UNSET:
            field_dict["type"] = type
        if discount is not UNSET:
            field_dict["discount"] = discount
        if gift is not UNSET:
            field_dict["gift"] = gift
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = loyalty_card
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if validity_timeframe is not UNSET:
            field_dict["validity_timeframe"] = validity_timeframe
        if validity_day_of_week is not UNSET:
            field_dict["validity_day_of_week"] = validity_day_of_week
        if validity_hours is not UNSET:
            field_dict["validity_hours"] = validity_hours
        if active is not UNSET:
            field_dict["active"] = active
        if additional_info is not UNSET:
            field_dict["additional_info"] = additional_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if assets is not UNSET:
            field_dict["assets"] = assets
        if is_referral_code is not UNSET:
            field_dict["is_referral_code"] = is_referral_code
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if holder_id is not UNSET:
            field_dict["holder_id"] = holder_id
        if holder is not UNSET:
            field_dict["holder"] = holder
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if object is not UNSET:
            field_dict["object"] = object
        if publish is not UNSET:
            field_dict["publish"] = publish
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if validation_rules_assignments is not UNSET:
            field_dict["validation_rules_assignments"] = validation_rules_assignments

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        campaign = d.pop("campaign", UNSET)

        campaign_id = d.pop("campaign_id", UNSET)

        category = d.pop("category", UNSET)

        category_id = d.pop("category_id", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[Category] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = Category.from_dict(categories_item_data)

                categories.append(categories_item)

        _type = d.pop("type", UNSET)
        type: VoucherType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_voucher_type(_type)

        _discount = d.pop("discount", UNSET)
        discount: VoucherDiscount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = VoucherDiscount.from_dict(_discount)

        _gift = d.pop("gift", UNSET)
        gift: Gift | Unset
        if isinstance(_gift, Unset):
            gift = UNSET
        else:
            gift = Gift.from_dict(_gift)

        _loyalty_card = d.pop("loyalty_card", UNSET)
        loyalty_card: SimpleLoyaltyCard | Unset
        if isinstance(_loyalty_card, Unset):
            loyalty_card = UNSET
        else:
            loyalty_card = SimpleLoyaltyCard.from_dict(_loyalty_card)

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

        _validity_timeframe = d.pop("validity_timeframe", UNSET)
        validity_timeframe: ValidityTimeframe | Unset
        if isinstance(_validity_timeframe, Unset):
            validity_timeframe = UNSET
        else:
            validity_timeframe = ValidityTimeframe.from_dict(_validity_timeframe)

        _validity_day_of_week = d.pop("validity_day_of_week", UNSET)
        validity_day_of_week: list[ValidityDayOfWeekItem] | Unset = UNSET
        if _validity_day_of_week is not UNSET:
            validity_day_of_week = []
            for componentsschemas_validity_day_of_week_item_data in _validity_day_of_week:
                componentsschemas_validity_day_of_week_item = check_validity_day_of_week_item(
                    componentsschemas_validity_day_of_week_item_data
                )

                validity_day_of_week.append(componentsschemas_validity_day_of_week_item)

        _validity_hours = d.pop("validity_hours", UNSET)
        validity_hours: ValidityHours | Unset
        if isinstance(_validity_hours, Unset):
            validity_hours = UNSET
        else:
            validity_hours = ValidityHours.from_dict(_validity_hours)

        def _parse_active(data: builtins.object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        additional_info = d.pop("additional_info", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: VoucherMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = VoucherMetadata.from_dict(_metadata)

        _assets = d.pop("assets", UNSET)
        assets: VoucherAssets | Unset
        if isinstance(_assets, Unset):
            assets = UNSET
        else:
            assets = VoucherAssets.from_dict(_assets)

        def _parse_is_referral_code(data: builtins.object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_referral_code = _parse_is_referral_code(d.pop("is_referral_code", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_timestamp(_updated_at)

        holder_id = d.pop("holder_id", UNSET)

        _holder = d.pop("holder", UNSET)
        holder: SimpleCustomer | Unset
        if isinstance(_holder, Unset):
            holder = UNSET
        else:
            holder = SimpleCustomer.from_dict(_holder)

        referrer_id = d.pop("referrer_id", UNSET)

        object = d.pop("object", UNSET)

        _publish = d.pop("publish", UNSET)
        publish: VoucherPublishSummary | Unset
        if isinstance(_publish, Unset):
            publish = UNSET
        else:
            publish = VoucherPublishSummary.from_dict(_publish)

        _redemption = d.pop("redemption", UNSET)
        redemption: VoucherRedemptionSummary | Unset
        if isinstance(_redemption, Unset):
            redemption = UNSET
        else:
            redemption = VoucherRedemptionSummary.from_dict(_redemption)

        _validation_rules_assignments = d.pop("validation_rules_assignments", UNSET)
        validation_rules_assignments: VoucherValidationRulesAssignments | Unset
        if isinstance(_validation_rules_assignments, Unset):
            validation_rules_assignments = UNSET
        else:
            validation_rules_assignments = VoucherValidationRulesAssignments.from_dict(_validation_rules_assignments)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "code", code)
        set_(self, "campaign", campaign)
        set_(self, "campaign_id", campaign_id)
        set_(self, "category", category)
        set_(self, "category_id", category_id)
        set_(self, "categories", categories)
        set_(self, "type", type)
        set_(self, "discount", discount)
        set_(self, "gift", gift)
        set_(self, "loyalty_card", loyalty_card)
        set_(self, "start_date", start_date)
        set_(self, "expiration_date", expiration_date)
        set_(self, "validity_timeframe", validity_timeframe)
        set_(self, "validity_day_of_week", validity_day_of_week)
        set_(self, "validity_hours", validity_hours)
        set_(self, "active", active)
        set_(self, "additional_info", additional_info)
        set_(self, "metadata", metadata)
        set_(self, "assets", assets)
        set_(self, "is_referral_code", is_referral_code)
        set_(self, "created_at", created_at)
        set_(self, "updated_at", updated_at)
        set_(self, "holder_id", holder_id)
        set_(self, "holder", holder)
        set_(self, "referrer_id", referrer_id)
        set_(self, "object", object)
        set_(self, "publish", publish)
        set_(self, "redemption", redemption)
        set_(self, "validation_rules_assignments", validation_rules_assignments)
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
