from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loyalty_earning_rule_object import LoyaltyEarningRuleObject
from ..models.validity_day_of_week_item import ValidityDayOfWeekItem, check_validity_day_of_week_item
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    parse_nullable_timestamp,
    parse_timestamp,
    serialize_datetime,
    serialize_nullable_datetime,
    set_raw,
)

T = TypeVar("T", bound="LoyaltyEarningRule")
# The JSON keys LoyaltyEarningRule declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "loyalty",
        "source",
        "object",
        "automation_id",
        "metadata",
        "validation_rule_id",
        "active",
        "event",
        "custom_event",
        "segment",
        "loyalty_tier",
        "pending_points",
        "start_date",
        "expiration_date",
        "validity_timeframe",
        "validity_day_of_week",
        "validity_hours",
        "expiration_rules",
    }
)


@_attrs_define
class LoyaltyEarningRule(LazyFields):
    """A rule of a loyalty campaign that grants points.

    Attributes:
        id (str): Identifier of the earning rule.
        created_at (datetime.datetime): When the rule was created.
        updated_at (datetime.datetime | None): When the rule was last changed.
        loyalty (LoyaltyEarningRuleLoyalty): How many points the rule grants; a fixed or one of several proportional
            kinds, kept open.
        source (LoyaltyEarningRuleSource): Campaign an earning rule belongs to.
        object (LoyaltyEarningRuleObject): Kind of object; always `earning_rule`.
        automation_id (str): Automation that runs the rule.
        metadata (LoyaltyEarningRuleMetadata): Free-form key/value pairs attached to the earning rule.
        validation_rule_id (None | str): Validation rule that limits the earning rule.
        active (bool): Whether the rule is switched on.
        event (str | Unset): Event that triggers the rule, e.g. `order.paid`.
        custom_event (LoyaltyEarningRuleCustomEvent | Unset): Custom event schema an earning rule listens to.
        segment (ObjectIdRef | Unset): Pointer to another object by id.
        loyalty_tier (LoyaltyEarningRuleTier | Unset): Tier an earning rule is limited to.
        pending_points (LoyaltyEarningRulePendingPoints | Unset): Delay before points granted by the rule become usable.
        start_date (str | Unset): When the rule starts to apply.
        expiration_date (str | Unset): When the rule stops applying.
        validity_timeframe (ValidityTimeframe | Unset): Recurring window in which a voucher or promotion is valid.
        validity_day_of_week (list[ValidityDayOfWeekItem] | Unset): Weekdays on which a voucher or promotion is valid, 0
            being Sunday.
        validity_hours (ValidityHours | Unset): Daily hours in which a voucher or promotion is valid.
        expiration_rules (LoyaltyPointsExpirationRules | Unset): When earned loyalty points expire.
    """

    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime | None
    loyalty: LoyaltyEarningRuleLoyalty
    source: LoyaltyEarningRuleSource
    object: LoyaltyEarningRuleObject
    automation_id: str
    metadata: LoyaltyEarningRuleMetadata
    validation_rule_id: None | str
    active: bool
    event: str | Unset = UNSET
    custom_event: LoyaltyEarningRuleCustomEvent | Unset = UNSET
    segment: ObjectIdRef | Unset = UNSET
    loyalty_tier: LoyaltyEarningRuleTier | Unset = UNSET
    pending_points: LoyaltyEarningRulePendingPoints | Unset = UNSET
    start_date: str | Unset = UNSET
    expiration_date: str | Unset = UNSET
    validity_timeframe: ValidityTimeframe | Unset = UNSET
    validity_day_of_week: list[ValidityDayOfWeekItem] | Unset = UNSET
    validity_hours: ValidityHours | Unset = UNSET
    expiration_rules: LoyaltyPointsExpirationRules | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "created_at": serialize_datetime(self.created_at),
            "updated_at": serialize_nullable_datetime(self.updated_at),
            "loyalty": self.loyalty.to_dict(),
            "source": self.source.to_dict(),
            "object": self.object,
            "automation_id": self.automation_id,
            "metadata": self.metadata.to_dict(),
            "validation_rule_id": self.validation_rule_id,
            "active": self.active,
        }
        if (event := self.event) is not UNSET:
            field_dict["event"] = event
        if not isinstance(custom_event := self.custom_event, Unset):
            field_dict["custom_event"] = custom_event.to_dict()
        if not isinstance(segment := self.segment, Unset):
            field_dict["segment"] = segment.to_dict()
        if not isinstance(loyalty_tier := self.loyalty_tier, Unset):
            field_dict["loyalty_tier"] = loyalty_tier.to_dict()
        if not isinstance(pending_points := self.pending_points, Unset):
            field_dict["pending_points"] = pending_points.to_dict()
        if (start_date := self.start_date) is not UNSET:
            field_dict["start_date"] = start_date
        if (expiration_date := self.expiration_date) is not UNSET:
            field_dict["expiration_date"] = expiration_date
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
        if not isinstance(expiration_rules := self.expiration_rules, Unset):
            field_dict["expiration_rules"] = expiration_rules.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        id = src_dict["id"]
        created_at = parse_timestamp(src_dict["created_at"])
        updated_at = parse_nullable_timestamp(src_dict["updated_at"])

        loyalty_json = src_dict["loyalty"]
        loyalty = new_lazy(LoyaltyEarningRuleLoyalty)
        set_raw(loyalty, loyalty_json)
        source_json = src_dict["source"]
        source = new_lazy(LoyaltyEarningRuleSource)
        set_raw(source, source_json)
        object = src_dict["object"]
        automation_id = src_dict["automation_id"]
        metadata_json = src_dict["metadata"]
        metadata = new_lazy(LoyaltyEarningRuleMetadata)
        set_raw(metadata, metadata_json)
        validation_rule_id = src_dict["validation_rule_id"]
        active = src_dict["active"]
        event = get("event", UNSET)
        custom_event = custom_event_json = get("custom_event", UNSET)
        if custom_event_json is not UNSET:
            custom_event = new_lazy(LoyaltyEarningRuleCustomEvent)
            set_raw(custom_event, custom_event_json)
        segment = segment_json = get("segment", UNSET)
        if segment_json is not UNSET:
            segment = new_lazy(ObjectIdRef)
            set_raw(segment, segment_json)
        loyalty_tier = loyalty_tier_json = get("loyalty_tier", UNSET)
        if loyalty_tier_json is not UNSET:
            loyalty_tier = new_lazy(LoyaltyEarningRuleTier)
            set_raw(loyalty_tier, loyalty_tier_json)
        pending_points = pending_points_json = get("pending_points", UNSET)
        if pending_points_json is not UNSET:
            pending_points = new_lazy(LoyaltyEarningRulePendingPoints)
            set_raw(pending_points, pending_points_json)
        start_date = get("start_date", UNSET)
        expiration_date = get("expiration_date", UNSET)
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
        expiration_rules = expiration_rules_json = get("expiration_rules", UNSET)
        if expiration_rules_json is not UNSET:
            expiration_rules = new_lazy(LoyaltyPointsExpirationRules)
            set_raw(expiration_rules, expiration_rules_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_loyalty(self, loyalty)
        _set_source(self, source)
        _set_object(self, object)
        _set_automation_id(self, automation_id)
        _set_metadata(self, metadata)
        _set_validation_rule_id(self, validation_rule_id)
        _set_active(self, active)
        _set_event(self, event)
        _set_custom_event(self, custom_event)
        _set_segment(self, segment)
        _set_loyalty_tier(self, loyalty_tier)
        _set_pending_points(self, pending_points)
        _set_start_date(self, start_date)
        _set_expiration_date(self, expiration_date)
        _set_validity_timeframe(self, validity_timeframe)
        _set_validity_day_of_week(self, validity_day_of_week)
        _set_validity_hours(self, validity_hours)
        _set_expiration_rules(self, expiration_rules)
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
_set_id = LoyaltyEarningRule.__dict__["id"].__set__
_set_created_at = LoyaltyEarningRule.__dict__["created_at"].__set__
_set_updated_at = LoyaltyEarningRule.__dict__["updated_at"].__set__
_set_loyalty = LoyaltyEarningRule.__dict__["loyalty"].__set__
_set_source = LoyaltyEarningRule.__dict__["source"].__set__
_set_object = LoyaltyEarningRule.__dict__["object"].__set__
_set_automation_id = LoyaltyEarningRule.__dict__["automation_id"].__set__
_set_metadata = LoyaltyEarningRule.__dict__["metadata"].__set__
_set_validation_rule_id = LoyaltyEarningRule.__dict__["validation_rule_id"].__set__
_set_active = LoyaltyEarningRule.__dict__["active"].__set__
_set_event = LoyaltyEarningRule.__dict__["event"].__set__
_set_custom_event = LoyaltyEarningRule.__dict__["custom_event"].__set__
_set_segment = LoyaltyEarningRule.__dict__["segment"].__set__
_set_loyalty_tier = LoyaltyEarningRule.__dict__["loyalty_tier"].__set__
_set_pending_points = LoyaltyEarningRule.__dict__["pending_points"].__set__
_set_start_date = LoyaltyEarningRule.__dict__["start_date"].__set__
_set_expiration_date = LoyaltyEarningRule.__dict__["expiration_date"].__set__
_set_validity_timeframe = LoyaltyEarningRule.__dict__["validity_timeframe"].__set__
_set_validity_day_of_week = LoyaltyEarningRule.__dict__["validity_day_of_week"].__set__
_set_validity_hours = LoyaltyEarningRule.__dict__["validity_hours"].__set__
_set_expiration_rules = LoyaltyEarningRule.__dict__["expiration_rules"].__set__
_set_additional_properties = LoyaltyEarningRule.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.loyalty_earning_rule_custom_event import LoyaltyEarningRuleCustomEvent  # noqa: E402
from ..models.loyalty_earning_rule_loyalty import LoyaltyEarningRuleLoyalty  # noqa: E402
from ..models.loyalty_earning_rule_metadata import LoyaltyEarningRuleMetadata  # noqa: E402
from ..models.loyalty_earning_rule_pending_points import LoyaltyEarningRulePendingPoints  # noqa: E402
from ..models.loyalty_earning_rule_source import LoyaltyEarningRuleSource  # noqa: E402
from ..models.loyalty_earning_rule_tier import LoyaltyEarningRuleTier  # noqa: E402
from ..models.loyalty_points_expiration_rules import LoyaltyPointsExpirationRules  # noqa: E402
from ..models.object_id_ref import ObjectIdRef  # noqa: E402
from ..models.validity_hours import ValidityHours  # noqa: E402
from ..models.validity_timeframe import ValidityTimeframe  # noqa: E402

LoyaltyEarningRule._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
    "updated_at": lambda src: parse_nullable_timestamp(src.get("updated_at", UNSET)),
}
