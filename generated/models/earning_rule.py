from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.earning_rule_status import EarningRuleStatus, check_earning_rule_status
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="EarningRule")


@_attrs_define
class EarningRule(LazyFields):
    """Snapshot of the earning rule when the activity was recorded.

    Attributes:
        id (str): Earning rule id.
        name (str): Earning rule name.
        status (EarningRuleStatus): Lifecycle status of an earning rule.
        earnings (list[Earning]): Earning definitions, each with optional rules and its effects.
        trigger (EarningRuleTrigger): What makes the rule fire; `custom_event` or `segment` per `event`.
        metadata (EarningRuleMetadata): Custom key-value data.
        created_at (datetime.datetime): When the rule was created.
        object (str): Object type, `earning_rule`.
        error (EarningRuleError | None | Unset): Message shown when the rule's conditions are not met.
        validity_hours (EarningRuleValidityHours | None | Unset): Time-of-day windows in which the rule applies.
        start_date (datetime.datetime | None | Unset): When the rule starts applying, if limited.
        end_date (datetime.datetime | None | Unset): When the rule stops applying, if limited.
        trigger_limits (EarningRuleTriggerLimits | None | Unset): How often the rule may fire per customer.
        updated_at (datetime.datetime | None | Unset): Last change; null if never changed.
    """

    id: str
    name: str
    status: EarningRuleStatus
    earnings: list[Earning]
    trigger: EarningRuleTrigger
    metadata: EarningRuleMetadata
    created_at: datetime.datetime
    object: str
    error: EarningRuleError | None | Unset = UNSET
    validity_hours: EarningRuleValidityHours | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    trigger_limits: EarningRuleTriggerLimits | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        name = self.name

        status: str = self.status

        earnings = []
        for earnings_item_data in self.earnings:
            earnings_item = earnings_item_data.to_dict()
            earnings.append(earnings_item)

        trigger = self.trigger.to_dict()

        metadata = self.metadata.to_dict()

        created_at = serialize_datetime(self.created_at)

        object = self.object

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, EarningRuleError):
            error = self.error.to_dict()
        else:
            error = self.error

        validity_hours: dict[str, Any] | None | Unset
        if isinstance(self.validity_hours, Unset):
            validity_hours = UNSET
        elif isinstance(self.validity_hours, EarningRuleValidityHours):
            validity_hours = self.validity_hours.to_dict()
        else:
            validity_hours = self.validity_hours

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = serialize_datetime(self.start_date)
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = serialize_datetime(self.end_date)
        else:
            end_date = self.end_date

        trigger_limits: dict[str, Any] | None | Unset
        if isinstance(self.trigger_limits, Unset):
            trigger_limits = UNSET
        elif isinstance(self.trigger_limits, EarningRuleTriggerLimits):
            trigger_limits = self.trigger_limits.to_dict()
        else:
            trigger_limits = self.trigger_limits

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = serialize_datetime(self.updated_at)
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "earnings": earnings,
                "trigger": trigger,
                "metadata": metadata,
                "created_at": created_at,
                "object": object,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if validity_hours is not UNSET:
            field_dict["validity_hours"] = validity_hours
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if trigger_limits is not UNSET:
            field_dict["trigger_limits"] = trigger_limits
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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

        name = d.pop("name")

        status = check_earning_rule_status(d.pop("status"))

        earnings = []
        _earnings = d.pop("earnings")
        for earnings_item_data in _earnings:
            earnings_item = Earning.from_dict(earnings_item_data)

            earnings.append(earnings_item)

        trigger = EarningRuleTrigger.from_dict(d.pop("trigger"))

        metadata = EarningRuleMetadata.from_dict(d.pop("metadata"))

        created_at = parse_timestamp(d.pop("created_at"))

        object = d.pop("object")

        def _parse_error(data: builtins.object) -> EarningRuleError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = EarningRuleError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningRuleError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_validity_hours(data: builtins.object) -> EarningRuleValidityHours | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validity_hours_type_0 = EarningRuleValidityHours.from_dict(data)

                return validity_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningRuleValidityHours | None | Unset, data)

        validity_hours = _parse_validity_hours(d.pop("validity_hours", UNSET))

        def _parse_start_date(data: builtins.object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = parse_timestamp(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: builtins.object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = parse_timestamp(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_trigger_limits(data: builtins.object) -> EarningRuleTriggerLimits | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_limits_type_0 = EarningRuleTriggerLimits.from_dict(data)

                return trigger_limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningRuleTriggerLimits | None | Unset, data)

        trigger_limits = _parse_trigger_limits(d.pop("trigger_limits", UNSET))

        def _parse_updated_at(data: builtins.object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = parse_timestamp(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "name", name)
        set_(self, "status", status)
        set_(self, "earnings", earnings)
        set_(self, "trigger", trigger)
        set_(self, "metadata", metadata)
        set_(self, "created_at", created_at)
        set_(self, "object", object)
        set_(self, "error", error)
        set_(self, "validity_hours", validity_hours)
        set_(self, "start_date", start_date)
        set_(self, "end_date", end_date)
        set_(self, "trigger_limits", trigger_limits)
        set_(self, "updated_at", updated_at)
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
from ..models.earning import Earning  # noqa: E402
from ..models.earning_rule_error import EarningRuleError  # noqa: E402
from ..models.earning_rule_metadata import EarningRuleMetadata  # noqa: E402
from ..models.earning_rule_trigger import EarningRuleTrigger  # noqa: E402
from ..models.earning_rule_trigger_limits import EarningRuleTriggerLimits  # noqa: E402
from ..models.earning_rule_validity_hours import EarningRuleValidityHours  # noqa: E402
