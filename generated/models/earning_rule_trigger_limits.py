from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="EarningRuleTriggerLimits")
# The JSON keys EarningRuleTriggerLimits declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "cooldown",
        "frequency",
    }
)


@_attrs_define
class EarningRuleTriggerLimits(LazyFields):
    """Cooldown and frequency limits per customer.

    Attributes:
        cooldown (EarningRuleCooldown | None | Unset):
        frequency (EarningRuleFrequency | None | Unset):
    """

    cooldown: EarningRuleCooldown | None | Unset = UNSET
    frequency: EarningRuleFrequency | None | Unset = UNSET
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
        cooldown: dict[str, Any] | None | Unset
        if isinstance(self.cooldown, Unset):
            cooldown = UNSET
        elif isinstance(self.cooldown, EarningRuleCooldown):
            cooldown = self.cooldown.to_dict()
        else:
            cooldown = self.cooldown
        if cooldown is not UNSET:
            field_dict["cooldown"] = cooldown
        frequency: dict[str, Any] | None | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        elif isinstance(self.frequency, EarningRuleFrequency):
            frequency = self.frequency.to_dict()
        else:
            frequency = self.frequency
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get

        def _parse_cooldown(data: builtins.object) -> EarningRuleCooldown | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cooldown_type_0 = EarningRuleCooldown.from_dict(data)

                return cooldown_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningRuleCooldown | None | Unset, data)

        cooldown = _parse_cooldown(get("cooldown", UNSET))

        def _parse_frequency(data: builtins.object) -> EarningRuleFrequency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                frequency_type_0 = EarningRuleFrequency.from_dict(data)

                return frequency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningRuleFrequency | None | Unset, data)

        frequency = _parse_frequency(get("frequency", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 0 + (cooldown is not UNSET) + (frequency is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_cooldown(self, cooldown)
        _set_frequency(self, frequency)
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

            def _parse_cooldown(data: builtins.object) -> EarningRuleCooldown | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    cooldown_type_0 = EarningRuleCooldown.from_dict(data)

                    return cooldown_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EarningRuleCooldown | None | Unset, data)

            cooldown = _parse_cooldown(get("cooldown", UNSET))

            def _parse_frequency(data: builtins.object) -> EarningRuleFrequency | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    frequency_type_0 = EarningRuleFrequency.from_dict(data)

                    return frequency_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EarningRuleFrequency | None | Unset, data)

            frequency = _parse_frequency(get("frequency", UNSET))

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 0 + (cooldown is not UNSET) + (frequency is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        cooldown_wire: dict[str, Any] | None | Unset
        if isinstance(cooldown, Unset):
            cooldown_wire = UNSET
        elif isinstance(cooldown, EarningRuleCooldown):
            cooldown_wire = cooldown.to_dict()
        else:
            cooldown_wire = cooldown
        if cooldown_wire is not UNSET:
            field_dict["cooldown"] = cooldown_wire
        frequency_wire: dict[str, Any] | None | Unset
        if isinstance(frequency, Unset):
            frequency_wire = UNSET
        elif isinstance(frequency, EarningRuleFrequency):
            frequency_wire = frequency.to_dict()
        else:
            frequency_wire = frequency
        if frequency_wire is not UNSET:
            field_dict["frequency"] = frequency_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_cooldown(self, cooldown)
        _set_frequency(self, frequency)
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
_set_cooldown = EarningRuleTriggerLimits.__dict__["cooldown"].__set__
_set_frequency = EarningRuleTriggerLimits.__dict__["frequency"].__set__
_set_additional_properties = EarningRuleTriggerLimits.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.earning_rule_cooldown import EarningRuleCooldown  # noqa: E402
from ..models.earning_rule_frequency import EarningRuleFrequency  # noqa: E402
