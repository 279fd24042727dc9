from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validity_day_of_week_item import ValidityDayOfWeekItem, check_validity_day_of_week_item
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

T = TypeVar("T", bound="PromotionTier")
# The JSON keys PromotionTier declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "name",
        "banner",
        "action",
        "metadata",
        "hierarchy",
        "promotion_id",
        "campaign",
        "campaign_id",
        "active",
        "start_date",
        "expiration_date",
        "validity_timeframe",
        "validity_day_of_week",
        "validity_hours",
        "summary",
        "object",
        "validation_rule_assignments",
        "category_id",
        "categories",
    }
)


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
        raw = self._raw
        if raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        if (id := self.id) is not UNSET:
            field_dict["id"] = id
        if not isinstance(created_at := self.created_at, Unset):
            field_dict["created_at"] = serialize_datetime(created_at)
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_datetime(updated_at)
        if (name := self.name) is not UNSET:
            field_dict["name"] = name
        if (banner := self.banner) is not UNSET:
            field_dict["banner"] = banner
        if not isinstance(action := self.action, Unset):
            field_dict["action"] = action.to_dict()
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = metadata.to_dict()
        if (hierarchy := self.hierarchy) is not UNSET:
            field_dict["hierarchy"] = hierarchy
        if (promotion_id := self.promotion_id) is not UNSET:
            field_dict["promotion_id"] = promotion_id
        if not isinstance(campaign := self.campaign, Unset):
            field_dict["campaign"] = campaign.to_dict()
        if (campaign_id := self.campaign_id) is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if (active := self.active) is not UNSET:
            field_dict["active"] = active
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
        if not isinstance(summary := self.summary, Unset):
            field_dict["summary"] = summary.to_dict()
        if (object := self.object) is not UNSET:
            field_dict["object"] = object
        if not isinstance(validation_rule_assignments := self.validation_rule_assignments, Unset):
            field_dict["validation_rule_assignments"] = validation_rule_assignments.to_dict()
        if (category_id := self.category_id) is not UNSET:
            field_dict["category_id"] = category_id
        if not isinstance(categories := self.categories, Unset):
            field_dict["categories"] = [item.to_dict() for item in categories]
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
        if (created_at := get("created_at", UNSET)) is not UNSET:
            created_at = parse_timestamp(created_at)
        if (updated_at := get("updated_at", UNSET)) is not UNSET:
            updated_at = parse_timestamp(updated_at)
        name = get("name", UNSET)
        banner = get("banner", UNSET)
        action = action_json = get("action", UNSET)
        if action_json is not UNSET:
            action = new_lazy(PromotionTierAction)
            set_raw(action, action_json)
        metadata = metadata_json = get("metadata", UNSET)
        if metadata_json is not UNSET:
            metadata = new_lazy(PromotionTierMetadata)
            set_raw(metadata, metadata_json)
        hierarchy = get("hierarchy", UNSET)
        promotion_id = get("promotion_id", UNSET)
        campaign = campaign_json = get("campaign", UNSET)
        if campaign_json is not UNSET:
            campaign = new_lazy(PromotionTierCampaign)
            set_raw(campaign, campaign_json)
        campaign_id = get("campaign_id", UNSET)
        active = get("active", UNSET)
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
        summary = summary_json = get("summary", UNSET)
        if summary_json is not UNSET:
            summary = new_lazy(PromotionTierSummary)
            set_raw(summary, summary_json)
        object = get("object", UNSET)
        validation_rule_assignments = validation_rule_assignments_json = get("validation_rule_assignments", UNSET)
        if validation_rule_assignments_json is not UNSET:
            validation_rule_assignments = new_lazy(PromotionTierValidationRuleAssignments)
            set_raw(validation_rule_assignments, validation_rule_assignments_json)
        category_id = get("category_id", UNSET)
        categories = categories_json = get("categories", UNSET)
        if categories_json is not UNSET:
            categories = shells(Category, categories_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_name(self, name)
        _set_banner(self, banner)
        _set_action(self, action)
        _set_metadata(self, metadata)
        _set_hierarchy(self, hierarchy)
        _set_promotion_id(self, promotion_id)
        _set_campaign(self, campaign)
        _set_campaign_id(self, campaign_id)
        _set_active(self, active)
        _set_start_date(self, start_date)
        _set_expiration_date(self, expiration_date)
        _set_validity_timeframe(self, validity_timeframe)
        _set_validity_day_of_week(self, validity_day_of_week)
        _set_validity_hours(self, validity_hours)
        _set_summary(self, summary)
        _set_object(self, object)
        _set_validation_rule_assignments(self, validation_rule_assignments)
        _set_category_id(self, category_id)
        _set_categories(self, categories)
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
_set_id = PromotionTier.__dict__["id"].__set__
_set_created_at = PromotionTier.__dict__["created_at"].__set__
_set_updated_at = PromotionTier.__dict__["updated_at"].__set__
_set_name = PromotionTier.__dict__["name"].__set__
_set_banner = PromotionTier.__dict__["banner"].__set__
_set_action = PromotionTier.__dict__["action"].__set__
_set_metadata = PromotionTier.__dict__["metadata"].__set__
_set_hierarchy = PromotionTier.__dict__["hierarchy"].__set__
_set_promotion_id = PromotionTier.__dict__["promotion_id"].__set__
_set_campaign = PromotionTier.__dict__["campaign"].__set__
_set_campaign_id = PromotionTier.__dict__["campaign_id"].__set__
_set_active = PromotionTier.__dict__["active"].__set__
_set_start_date = PromotionTier.__dict__["start_date"].__set__
_set_expiration_date = PromotionTier.__dict__["expiration_date"].__set__
_set_validity_timeframe = PromotionTier.__dict__["validity_timeframe"].__set__
_set_validity_day_of_week = PromotionTier.__dict__["validity_day_of_week"].__set__
_set_validity_hours = PromotionTier.__dict__["validity_hours"].__set__
_set_summary = PromotionTier.__dict__["summary"].__set__
_set_object = PromotionTier.__dict__["object"].__set__
_set_validation_rule_assignments = PromotionTier.__dict__["validation_rule_assignments"].__set__
_set_category_id = PromotionTier.__dict__["category_id"].__set__
_set_categories = PromotionTier.__dict__["categories"].__set__
_set_additional_properties = PromotionTier.__dict__["additional_properties"].__set__

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

PromotionTier._FIELDS = {
    "created_at": lambda src: UNSET if (value := src.get("created_at", UNSET)) is UNSET else parse_timestamp(value),
    "updated_at": lambda src: UNSET if (value := src.get("updated_at", UNSET)) is UNSET else parse_timestamp(value),
    "start_date": lambda src: UNSET if (value := src.get("start_date", UNSET)) is UNSET else parse_timestamp(value),
    "expiration_date": lambda src: (
        UNSET if (value := src.get("expiration_date", UNSET)) is UNSET else parse_timestamp(value)
    ),
}
