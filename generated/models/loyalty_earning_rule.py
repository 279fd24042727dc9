from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loyalty_earning_rule_object import LoyaltyEarningRuleObject, check_loyalty_earning_rule_object
from ..models.validity_day_of_week_item import ValidityDayOfWeekItem, check_validity_day_of_week_item
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="LoyaltyEarningRule")


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
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        created_at = serialize_datetime(self.created_at)

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = serialize_datetime(self.updated_at)
        else:
            updated_at = self.updated_at

        loyalty = self.loyalty.to_dict()

        source = self.source.to_dict()

        object: str = self.object

        automation_id = self.automation_id

        metadata = self.metadata.to_dict()

        validation_rule_id: None | str
        validation_rule_id = self.validation_rule_id

        active = self.active

        event = self.event

        custom_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_event, Unset):
            custom_event = self.custom_event.to_dict()

        segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment.to_dict()

        loyalty_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_tier, Unset):
            loyalty_tier = self.loyalty_tier.to_dict()

        pending_points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_points, Unset):
            pending_points = self.pending_points.to_dict()

        start_date = self.start_date

        expiration_date = self.expiration_date

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

        expiration_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration_rules, Unset):
            expiration_rules = self.expiration_rules.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "loyalty": loyalty,
                "source": source,
                "object": object,
                "automation_id": automation_id,
                "metadata": metadata,
                "validation_rule_id": validation_rule_id,
                "active": active,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event
        if custom_event is not UNSET:
            field_dict["custom_event"] = custom_event
        if segment is not UNSET:
            field_dict["segment"] = segment
        if loyalty_tier is not UNSET:
            field_dict["loyalty_tier"] = loyalty_tier
        if pending_points is not UNSET:
            field_dict["pending_points"] = pending_points
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
        if expiration_rules is not UNSET:
            field_dict["expiration_rules"] = expiration_rules

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = parse_timestamp(d.pop("created_at"))

        def _parse_updated_at(data: builtins.object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = parse_timestamp(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        loyalty = LoyaltyEarningRuleLoyalty.from_dict(d.pop("loyalty"))

        source = LoyaltyEarningRuleSource.from_dict(d.pop("source"))

        object = check_loyalty_earning_rule_object(d.pop("object"))

        automation_id = d.pop("automation_id")

        metadata = LoyaltyEarningRuleMetadata.from_dict(d.pop("metadata"))

        def _parse_validation_rule_id(data: builtins.object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        validation_rule_id = _parse_validation_rule_id(d.pop("validation_rule_id"))

        active = d.pop("active")

        event = d.pop("event", UNSET)

        _custom_event = d.pop("custom_event", UNSET)
        custom_event: LoyaltyEarningRuleCustomEvent | Unset
        if isinstance(_custom_event, Unset):
            custom_event = UNSET
        else:
            custom_event = LoyaltyEarningRuleCustomEvent.from_dict(_custom_event)

        _segment = d.pop("segment", UNSET)
        segment: ObjectIdRef | Unset
        if isinstance(_segment, Unset):
            segment = UNSET
        else:
            segment = ObjectIdRef.from_dict(_segment)

        _loyalty_tier = d.pop("loyalty_tier", UNSET)
        loyalty_tier: LoyaltyEarningRuleTier | Unset
        if isinstance(_loyalty_tier, Unset):
            loyalty_tier = UNSET
        else:
            loyalty_tier = LoyaltyEarningRuleTier.from_dict(_loyalty_tier)

        _pending_points = d.pop("pending_points", UNSET)
        pending_points: LoyaltyEarningRulePendingPoints | Unset
        if isinstance(_pending_points, Unset):
            pending_points = UNSET
        else:
            pending_points = LoyaltyEarningRulePendingPoints.from_dict(_pending_points)

        start_date = d.pop("start_date", UNSET)

        expiration_date = d.pop("expiration_date", UNSET)

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

        _expiration_rules = d.pop("expiration_rules", UNSET)
        expiration_rules: LoyaltyPointsExpirationRules | Unset
        if isinstance(_expiration_rules, Unset):
            expiration_rules = UNSET
        else:
            expiration_rules = LoyaltyPointsExpirationRules.from_dict(_expiration_rules)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "created_at", created_at)
        set_(self, "updated_at", updated_at)
        set_(self, "loyalty", loyalty)
        set_(self, "source", source)
        set_(self, "object", object)
        set_(self, "automation_id", automation_id)
        set_(self, "metadata", metadata)
        set_(self, "validation_rule_id", validation_rule_id)
        set_(self, "active", active)
        set_(self, "event", event)
        set_(self, "custom_event", custom_event)
        set_(self, "segment", segment)
        set_(self, "loyalty_tier", loyalty_tier)
        set_(self, "pending_points", pending_points)
        set_(self, "start_date", start_date)
        set_(self, "expiration_date", expiration_date)
        set_(self, "validity_timeframe", validity_timeframe)
        set_(self, "validity_day_of_week", validity_day_of_week)
        set_(self, "validity_hours", validity_hours)
        set_(self, "expiration_rules", expiration_rules)
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
