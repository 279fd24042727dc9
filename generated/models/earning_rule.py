from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.earning_rule_status import EarningRuleStatus
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    blanks,
    new_lazy,
    parse_nullable_timestamp,
    parse_timestamp,
    serialize_datetime,
    serialize_nullable_datetime,
    set_raw,
    shells,
)

T = TypeVar("T", bound="EarningRule")
# The JSON keys EarningRule declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "status",
        "earnings",
        "trigger",
        "metadata",
        "created_at",
        "object",
        "error",
        "validity_hours",
        "start_date",
        "end_date",
        "trigger_limits",
        "updated_at",
    }
)


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
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "name": self.name,
            "status": self.status,
            "earnings": [item.to_dict() for item in self.earnings],
            "trigger": self.trigger.to_dict(),
            "metadata": self.metadata.to_dict(),
            "created_at": serialize_datetime(self.created_at),
            "object": self.object,
        }
        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, EarningRuleError):
            error = self.error.to_dict()
        else:
            error = self.error
        if error is not UNSET:
            field_dict["error"] = error
        validity_hours: dict[str, Any] | None | Unset
        if isinstance(self.validity_hours, Unset):
            validity_hours = UNSET
        elif isinstance(self.validity_hours, EarningRuleValidityHours):
            validity_hours = self.validity_hours.to_dict()
        else:
            validity_hours = self.validity_hours
        if validity_hours is not UNSET:
            field_dict["validity_hours"] = validity_hours
        if not isinstance(start_date := self.start_date, Unset):
            field_dict["start_date"] = serialize_nullable_datetime(start_date)
        if not isinstance(end_date := self.end_date, Unset):
            field_dict["end_date"] = serialize_nullable_datetime(end_date)
        trigger_limits: dict[str, Any] | None | Unset
        if isinstance(self.trigger_limits, Unset):
            trigger_limits = UNSET
        elif isinstance(self.trigger_limits, EarningRuleTriggerLimits):
            trigger_limits = self.trigger_limits.to_dict()
        else:
            trigger_limits = self.trigger_limits
        if trigger_limits is not UNSET:
            field_dict["trigger_limits"] = trigger_limits
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_nullable_datetime(updated_at)
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
        name = src_dict["name"]
        status = src_dict["status"]
        earnings = shells(Earning, earnings_json := src_dict["earnings"])
        trigger_json = src_dict["trigger"]
        trigger = new_lazy(EarningRuleTrigger)
        set_raw(trigger, trigger_json)
        metadata_json = src_dict["metadata"]
        metadata = new_lazy(EarningRuleMetadata)
        set_raw(metadata, metadata_json)
        created_at = parse_timestamp(src_dict["created_at"])
        object = src_dict["object"]

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

        error = _parse_error(get("error", UNSET))

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

        validity_hours = _parse_validity_hours(get("validity_hours", UNSET))

        start_date = parse_nullable_timestamp(get("start_date", UNSET))

        end_date = parse_nullable_timestamp(get("end_date", UNSET))

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

        trigger_limits = _parse_trigger_limits(get("trigger_limits", UNSET))

        updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_name(self, name)
        _set_status(self, status)
        _set_earnings(self, earnings)
        _set_trigger(self, trigger)
        _set_metadata(self, metadata)
        _set_created_at(self, created_at)
        _set_object(self, object)
        _set_error(self, error)
        _set_validity_hours(self, validity_hours)
        _set_start_date(self, start_date)
        _set_end_date(self, end_date)
        _set_trigger_limits(self, trigger_limits)
        _set_updated_at(self, updated_at)
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
            id = src_dict["id"]
            name = src_dict["name"]
            status = src_dict["status"]
            earnings = blanks(Earning, earnings_json := src_dict["earnings"])
            trigger_json = src_dict["trigger"]
            trigger = new_lazy(EarningRuleTrigger)
            metadata_json = src_dict["metadata"]
            metadata = new_lazy(EarningRuleMetadata)
            created_at = parse_timestamp(src_dict["created_at"])
            object = src_dict["object"]

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

            error = _parse_error(get("error", UNSET))

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

            validity_hours = _parse_validity_hours(get("validity_hours", UNSET))

            start_date = parse_nullable_timestamp(get("start_date", UNSET))

            end_date = parse_nullable_timestamp(get("end_date", UNSET))

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

            trigger_limits = _parse_trigger_limits(get("trigger_limits", UNSET))

            updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["earnings"] = list(map(Earning._load_to_dict, earnings, earnings_json))
        field_dict["trigger"] = EarningRuleTrigger._load_to_dict(trigger, trigger_json)
        field_dict["metadata"] = EarningRuleMetadata._load_to_dict(metadata, metadata_json)
        error_wire: dict[str, Any] | None | Unset
        if isinstance(error, Unset):
            error_wire = UNSET
        elif isinstance(error, EarningRuleError):
            error_wire = error.to_dict()
        else:
            error_wire = error
        if error_wire is not UNSET:
            field_dict["error"] = error_wire
        validity_hours_wire: dict[str, Any] | None | Unset
        if isinstance(validity_hours, Unset):
            validity_hours_wire = UNSET
        elif isinstance(validity_hours, EarningRuleValidityHours):
            validity_hours_wire = validity_hours.to_dict()
        else:
            validity_hours_wire = validity_hours
        if validity_hours_wire is not UNSET:
            field_dict["validity_hours"] = validity_hours_wire
        trigger_limits_wire: dict[str, Any] | None | Unset
        if isinstance(trigger_limits, Unset):
            trigger_limits_wire = UNSET
        elif isinstance(trigger_limits, EarningRuleTriggerLimits):
            trigger_limits_wire = trigger_limits.to_dict()
        else:
            trigger_limits_wire = trigger_limits
        if trigger_limits_wire is not UNSET:
            field_dict["trigger_limits"] = trigger_limits_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_name(self, name)
        _set_status(self, status)
        _set_earnings(self, earnings)
        _set_trigger(self, trigger)
        _set_metadata(self, metadata)
        _set_created_at(self, created_at)
        _set_object(self, object)
        _set_error(self, error)
        _set_validity_hours(self, validity_hours)
        _set_start_date(self, start_date)
        _set_end_date(self, end_date)
        _set_trigger_limits(self, trigger_limits)
        _set_updated_at(self, updated_at)
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
_set_id = EarningRule.__dict__["id"].__set__
_set_name = EarningRule.__dict__["name"].__set__
_set_status = EarningRule.__dict__["status"].__set__
_set_earnings = EarningRule.__dict__["earnings"].__set__
_set_trigger = EarningRule.__dict__["trigger"].__set__
_set_metadata = EarningRule.__dict__["metadata"].__set__
_set_created_at = EarningRule.__dict__["created_at"].__set__
_set_object = EarningRule.__dict__["object"].__set__
_set_error = EarningRule.__dict__["error"].__set__
_set_validity_hours = EarningRule.__dict__["validity_hours"].__set__
_set_start_date = EarningRule.__dict__["start_date"].__set__
_set_end_date = EarningRule.__dict__["end_date"].__set__
_set_trigger_limits = EarningRule.__dict__["trigger_limits"].__set__
_set_updated_at = EarningRule.__dict__["updated_at"].__set__
_set_additional_properties = EarningRule.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.earning import Earning  # noqa: E402
from ..models.earning_rule_error import EarningRuleError  # noqa: E402
from ..models.earning_rule_metadata import EarningRuleMetadata  # noqa: E402
from ..models.earning_rule_trigger import EarningRuleTrigger  # noqa: E402
from ..models.earning_rule_trigger_limits import EarningRuleTriggerLimits  # noqa: E402
from ..models.earning_rule_validity_hours import EarningRuleValidityHours  # noqa: E402

EarningRule._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
    "start_date": lambda src: parse_nullable_timestamp(src.get("start_date", UNSET)),
    "end_date": lambda src: parse_nullable_timestamp(src.get("end_date", UNSET)),
    "updated_at": lambda src: parse_nullable_timestamp(src.get("updated_at", UNSET)),
}
