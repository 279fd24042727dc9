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
    blanks,
    new_lazy,
    set_raw,
    shells,
)

T = TypeVar("T", bound="Earning")
# The JSON keys Earning declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "name",
        "rules",
        "effects",
        "tier_rules",
    }
)


@_attrs_define
class Earning(LazyFields):
    """One earning definition; its effects apply when its rules pass.

    Attributes:
        name (None | str | Unset): Optional label.
        rules (EarningRulesGroup | None | Unset): Conditions that must pass first.
        effects (list[EarningEffect] | Unset): What the customer earns.
        tier_rules (EarningTierRules | Unset): Tier membership the member needs to earn; `any_of` is set for ANY_OF.
    """

    name: None | str | Unset = UNSET
    rules: EarningRulesGroup | None | Unset = UNSET
    effects: list[EarningEffect] | Unset = UNSET
    tier_rules: EarningTierRules | Unset = UNSET
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
        if (name := self.name) is not UNSET:
            field_dict["name"] = name
        rules: dict[str, Any] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, EarningRulesGroup):
            rules = self.rules.to_dict()
        else:
            rules = self.rules
        if rules is not UNSET:
            field_dict["rules"] = rules
        if not isinstance(effects := self.effects, Unset):
            field_dict["effects"] = [item.to_dict() for item in effects]
        if not isinstance(tier_rules := self.tier_rules, Unset):
            field_dict["tier_rules"] = tier_rules.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        name = get("name", UNSET)

        def _parse_rules(data: builtins.object) -> EarningRulesGroup | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rules_type_0 = EarningRulesGroup.from_dict(data)

                return rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningRulesGroup | None | Unset, data)

        rules = _parse_rules(get("rules", UNSET))

        effects = effects_json = get("effects", UNSET)
        if effects_json is not UNSET:
            effects = shells(EarningEffect, effects_json)
        tier_rules = tier_rules_json = get("tier_rules", UNSET)
        if tier_rules_json is not UNSET:
            tier_rules = new_lazy(EarningTierRules)
            set_raw(tier_rules, tier_rules_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_name(self, name)
        _set_rules(self, rules)
        _set_effects(self, effects)
        _set_tier_rules(self, tier_rules)
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
            name = get("name", UNSET)

            def _parse_rules(data: builtins.object) -> EarningRulesGroup | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_type_0 = EarningRulesGroup.from_dict(data)

                    return rules_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EarningRulesGroup | None | Unset, data)

            rules = _parse_rules(get("rules", UNSET))

            effects = effects_json = get("effects", UNSET)
            if effects_json is not UNSET:
                effects = blanks(EarningEffect, effects_json)
            tier_rules = tier_rules_json = get("tier_rules", UNSET)
            if tier_rules_json is not UNSET:
                tier_rules = new_lazy(EarningTierRules)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        rules_wire: dict[str, Any] | None | Unset
        if isinstance(rules, Unset):
            rules_wire = UNSET
        elif isinstance(rules, EarningRulesGroup):
            rules_wire = rules.to_dict()
        else:
            rules_wire = rules
        if rules_wire is not UNSET:
            field_dict["rules"] = rules_wire
        if effects is not UNSET:
            field_dict["effects"] = list(map(EarningEffect._load_to_dict, effects, effects_json))
        if tier_rules is not UNSET:
            field_dict["tier_rules"] = EarningTierRules._load_to_dict(tier_rules, tier_rules_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_name(self, name)
        _set_rules(self, rules)
        _set_effects(self, effects)
        _set_tier_rules(self, tier_rules)
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
_set_name = Earning.__dict__["name"].__set__
_set_rules = Earning.__dict__["rules"].__set__
_set_effects = Earning.__dict__["effects"].__set__
_set_tier_rules = Earning.__dict__["tier_rules"].__set__
_set_additional_properties = Earning.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.earning_effect import EarningEffect  # noqa: E402
from ..models.earning_rules_group import EarningRulesGroup  # noqa: E402
from ..models.earning_tier_rules import EarningTierRules  # noqa: E402
