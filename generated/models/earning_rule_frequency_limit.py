from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.earning_rule_frequency_limit_type import (
    EarningRuleFrequencyLimitType,
)
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="EarningRuleFrequencyLimit")
# The JSON keys EarningRuleFrequencyLimit declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "type",
        "period",
        "triggers",
    }
)


@_attrs_define
class EarningRuleFrequencyLimit(LazyFields):
    """At most `triggers.max` triggers within `period`.

    Attributes:
        type (EarningRuleFrequencyLimitType | Unset): Kind of frequency cap.
        period (EarningRuleFrequencyPeriod | None | Unset):
        triggers (EarningRuleFrequencyTriggers | None | Unset):
    """

    type: EarningRuleFrequencyLimitType | Unset = UNSET
    period: EarningRuleFrequencyPeriod | None | Unset = UNSET
    triggers: EarningRuleFrequencyTriggers | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        if (type := self.type) is not UNSET:
            field_dict["type"] = type
        period: dict[str, Any] | None | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, EarningRuleFrequencyPeriod):
            period = self.period.to_dict()
        else:
            period = self.period
        if period is not UNSET:
            field_dict["period"] = period
        triggers: dict[str, Any] | None | Unset
        if isinstance(self.triggers, Unset):
            triggers = UNSET
        elif isinstance(self.triggers, EarningRuleFrequencyTriggers):
            triggers = self.triggers.to_dict()
        else:
            triggers = self.triggers
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        type = get("type", UNSET)

        def _parse_period(data: builtins.object) -> EarningRuleFrequencyPeriod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                period_type_0 = EarningRuleFrequencyPeriod.from_dict(data)

                return period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningRuleFrequencyPeriod | None | Unset, data)

        period = _parse_period(get("period", UNSET))

        def _parse_triggers(data: builtins.object) -> EarningRuleFrequencyTriggers | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                triggers_type_0 = EarningRuleFrequencyTriggers.from_dict(data)

                return triggers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningRuleFrequencyTriggers | None | Unset, data)

        triggers = _parse_triggers(get("triggers", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 0 + (type is not UNSET) + (period is not UNSET) + (triggers is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_type(self, type)
        _set_period(self, period)
        _set_triggers(self, triggers)
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
            type = get("type", UNSET)

            def _parse_period(data: builtins.object) -> EarningRuleFrequencyPeriod | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    period_type_0 = EarningRuleFrequencyPeriod.from_dict(data)

                    return period_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EarningRuleFrequencyPeriod | None | Unset, data)

            period = _parse_period(get("period", UNSET))

            def _parse_triggers(data: builtins.object) -> EarningRuleFrequencyTriggers | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    triggers_type_0 = EarningRuleFrequencyTriggers.from_dict(data)

                    return triggers_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EarningRuleFrequencyTriggers | None | Unset, data)

            triggers = _parse_triggers(get("triggers", UNSET))

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 0 + (type is not UNSET) + (period is not UNSET) + (triggers is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        period_wire: dict[str, Any] | None | Unset
        if isinstance(period, Unset):
            period_wire = UNSET
        elif isinstance(period, EarningRuleFrequencyPeriod):
            period_wire = period.to_dict()
        else:
            period_wire = period
        if period_wire is not UNSET:
            field_dict["period"] = period_wire
        triggers_wire: dict[str, Any] | None | Unset
        if isinstance(triggers, Unset):
            triggers_wire = UNSET
        elif isinstance(triggers, EarningRuleFrequencyTriggers):
            triggers_wire = triggers.to_dict()
        else:
            triggers_wire = triggers
        if triggers_wire is not UNSET:
            field_dict["triggers"] = triggers_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_type(self, type)
        _set_period(self, period)
        _set_triggers(self, triggers)
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
_set_type = EarningRuleFrequencyLimit.__dict__["type"].__set__
_set_period = EarningRuleFrequencyLimit.__dict__["period"].__set__
_set_triggers = EarningRuleFrequencyLimit.__dict__["triggers"].__set__
_set_additional_properties = EarningRuleFrequencyLimit.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.earning_rule_frequency_period import EarningRuleFrequencyPeriod  # noqa: E402
from ..models.earning_rule_frequency_triggers import EarningRuleFrequencyTriggers  # noqa: E402
