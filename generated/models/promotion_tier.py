from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validity_day_of_week_item import ValidityDayOfWeekItem, check_validity_day_of_week_item
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="PromotionTier")


@_attrs_define
class PromotionTier(LazyFields):
    """Full promotion tier record.

    Attributes:
        id (str | Unset): Identifier of the tier. Example: promo_63fYCt81Aw0h7lzyRkrGZh9p.
        created_at (datetime.datetime | Unset): When the tier was created.
        updated_at (datetime.datetime | Unset): When the tier was last changed.
        name (str | Unset): Name of the tier.
        banner (str | Unset): Text shown to customers.
        action (PromotionTierAction | Unset): What a promotion tier grants.
        metadata (PromotionTierMetadata | Unset): Free-form key/value pairs attached to the promotion tier.
        hierarchy (int | Unset): Position of the tier within its promotion.
        promotion_id (str | Unset): Promotion the tier belongs to.
        campaign (PromotionTierCampaign | Unset): Campaign settings seen from a promotion tier.
        campaign_id (str | Unset): Campaign the tier belongs to.
        active (bool | Unset): Whether the tier is switched on.
        start_date (datetime.datetime | Unset): When the tier starts.
        expiration_date (datetime.datetime | Unset): When the tier ends.
        validity_timeframe (ValidityTimeframe | Unset): Recurring window in which a voucher or promotion is valid.
        validity_day_of_week (list[ValidityDayOfWeekItem] | Unset): Weekdays on which a voucher or promotion is valid, 0
            being Sunday.
        validity_hours (ValidityHours | Unset): Daily hours in which a voucher or promotion is valid.
        summary (PromotionTierSummary | Unset): Usage counters of a promotion tier.
        object (str | Unset): Kind of object, normally `promotion_tier`.
        validation_rule_assignments (PromotionTierValidationRuleAssignments | Unset): List of validation rules attached
            to the tier; kept open.
        category_id (str | Unset): Identifier of the tier's category.
        categories (list[Category] | Unset): Categories the tier belongs to.
    """

    id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    banner: str | Unset = UNSET
    action: PromotionTierAction | Unset = UNSET
    metadata: PromotionTierMetadata | Unset = UNSET
    hierarchy: int | Unset = UNSET
    promotion_id: str | Unset = UNSET
    campaign: PromotionTierCampaign | Unset = UNSET
    campaign_id: str | Unset = UNSET
    active: bool | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    validity_timeframe: ValidityTimeframe | Unset = UNSET
    validity_day_of_week: list[ValidityDayOfWeekItem] | Unset = UNSET
    validity_hours: ValidityHours | Unset = UNSET
    summary: PromotionTierSummary | Unset = UNSET
    object: str | Unset = UNSET
    validation_rule_assignments: PromotionTierValidationRuleAssignments | Unset = UNSET
    category_id: str | Unset = UNSET
    categories: list[Category] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = serialize_datetime(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = serialize_datetime(self.updated_at)

        name = self.name

        banner = self.banner

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        hierarchy = self.hierarchy

        promotion_id = self.promotion_id

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        campaign_id = self.campaign_id

        active = self.active

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

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        object = self.object

        validation_rule_assignments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_rule_assignments, Unset):
            validation_rule_assignments = self.validation_rule_assignments.to_dict()

        category_id = self.category_id

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if banner is not UNSET:
            field_dict["banner"] = banner
        if action is not UNSET:
            field_dict["action"] = action
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if hierarchy is not UNSET:
            field_dict["hierarchy"] = hierarchy
        if promotion_id is not UNSET:
            field_dict["promotion_id"] = promotion_id
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if active is not UNSET:
            field_dict["active"] = active
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
        if summary is not UNSET:
            field_dict["summary"] = summary
        if object is not UNSET:
            field_dict["object"] = object
        if validation_rule_assignments is not UNSET:
            field_dict["validation_rule_assignments"] = validation_rule_assignments
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if categories is not UNSET:
            field_dict["categories"] = categories

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

        name = d.pop("name", UNSET)

        banner = d.pop("banner", UNSET)

        _action = d.pop("action", UNSET)
        action: PromotionTierAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = PromotionTierAction.from_dict(_action)

        _metadata = d.pop("metadata", UNSET)
        metadata: PromotionTierMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PromotionTierMetadata.from_dict(_metadata)

        hierarchy = d.pop("hierarchy", UNSET)

        promotion_id = d.pop("promotion_id", UNSET)

        _campaign = d.pop("campaign", UNSET)
        campaign: PromotionTierCampaign | Unset
        if isinstance(_campaign, Unset):
            campaign = UNSET
        else:
            campaign = PromotionTierCampaign.from_dict(_campaign)

        campaign_id = d.pop("campaign_id", UNSET)

        active = d.pop("active", UNSET)

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

        _summary = d.pop("summary", UNSET)
        summary: PromotionTierSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = PromotionTierSummary.from_dict(_summary)

        object = d.pop("object", UNSET)

        _validation_rule_assignments = d.pop("validation_rule_assignments", UNSET)
        validation_rule_assignments: PromotionTierValidationRuleAssignments | Unset
        if isinstance(_validation_rule_assignments, Unset):
            validation_rule_assignments = UNSET
        else:
            validation_rule_assignments = PromotionTierValidationRuleAssignments.from_dict(_validation_rule_assignments)

        category_id = d.pop("category_id", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[Category] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = Category.from_dict(categories_item_data)

                categories.append(categories_item)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "created_at", created_at)
        set_(self, "updated_at", updated_at)
        set_(self, "name", name)
        set_(self, "banner", banner)
        set_(self, "action", action)
        set_(self, "metadata", metadata)
        set_(self, "hierarchy", hierarchy)
        set_(self, "promotion_id", promotion_id)
        set_(self, "campaign", campaign)
        set_(self, "campaign_id", campaign_id)
        set_(self, "active", active)
        set_(self, "start_date", start_date)
        set_(self, "expiration_date", expiration_date)
        set_(self, "validity_timeframe", validity_timeframe)
        set_(self, "validity_day_of_week", validity_day_of_week)
        set_(self, "validity_hours", validity_hours)
        set_(self, "summary", summary)
        set_(self, "object", object)
        set_(self, "validation_rule_assignments", validation_rule_assignments)
        set_(self, "category_id", category_id)
        set_(self, "categories", categories)
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
from ..models.promotion_tier_action import PromotionTierAction  # noqa: E402
from ..models.promotion_tier_campaign import PromotionTierCampaign  # noqa: E402
from ..models.promotion_tier_metadata import PromotionTierMetadata  # noqa: E402
from ..models.promotion_tier_summary import PromotionTierSummary  # noqa: E402
from ..models.promotion_tier_validation_rule_assignments import PromotionTierValidationRuleAssignments  # noqa: E402
from ..models.validity_hours import ValidityHours  # noqa: E402
from ..models.validity_timeframe import ValidityTimeframe  # noqa: E402
