from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="Earning")


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
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rules: dict[str, Any] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, EarningRulesGroup):
            rules = self.rules.to_dict()
        else:
            rules = self.rules

        effects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.effects, Unset):
            effects = []
            for effects_item_data in self.effects:
                effects_item = effects_item_data.to_dict()
                effects.append(effects_item)

        tier_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tier_rules, Unset):
            tier_rules = self.tier_rules.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if rules is not UNSET:
            field_dict["rules"] = rules
        if effects is not UNSET:
            field_dict["effects"] = effects
        if tier_rules is not UNSET:
            field_dict["tier_rules"] = tier_rules

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)

        def _parse_name(data: builtins.object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        rules = _parse_rules(d.pop("rules", UNSET))

        _effects = d.pop("effects", UNSET)
        effects: list[EarningEffect] | Unset = UNSET
        if _effects is not UNSET:
            effects = []
            for effects_item_data in _effects:
                effects_item = EarningEffect.from_dict(effects_item_data)

                effects.append(effects_item)

        _tier_rules = d.pop("tier_rules", UNSET)
        tier_rules: EarningTierRules | Unset
        if isinstance(_tier_rules, Unset):
            tier_rules = UNSET
        else:
            tier_rules = EarningTierRules.from_dict(_tier_rules)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "name", name)
        set_(self, "rules", rules)
        set_(self, "effects", effects)
        set_(self, "tier_rules", tier_rules)
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
from ..models.earning_effect import EarningEffect  # noqa: E402
from ..models.earning_rules_group import EarningRulesGroup  # noqa: E402
from ..models.earning_tier_rules import EarningTierRules  # noqa: E402
