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

T = TypeVar("T", bound="EarningRuleCondition")
# The JSON keys EarningRuleCondition declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "name",
        "property",
        "conditions",
        "rules",
        "error",
        "schema_id",
    }
)


@_attrs_define
class EarningRuleCondition(LazyFields):
    """One numbered rule of an earning rule's formula.

    Attributes:
        name (str | Unset): What the rule tests, e.g. "order.amount".
        property (None | str | Unset): Metadata key or property the rule reads.
        conditions (EarningRuleOperators | None | Unset): The rule's operators and operands.
        rules (EarningRulesGroup | None | Unset): A nested rule formula.
        error (EarningRuleError | None | Unset): Message shown when the rule fails.
        schema_id (None | str | Unset): Custom event schema the rule reads.
    """

    name: str | Unset = UNSET
    property: None | str | Unset = UNSET
    conditions: EarningRuleOperators | None | Unset = UNSET
    rules: EarningRulesGroup | None | Unset = UNSET
    error: EarningRuleError | None | Unset = UNSET
    schema_id: None | str | Unset = UNSET
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
        if (property := self.property) is not UNSET:
            field_dict["property"] = property
        conditions: dict[str, Any] | None | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, EarningRuleOperators):
            conditions = self.conditions.to_dict()
        else:
            conditions = self.conditions
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        rules: dict[str, Any] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, EarningRulesGroup):
            rules = self.rules.to_dict()
        else:
            rules = self.rules
        if rules is not UNSET:
            field_dict["rules"] = rules
        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, EarningRuleError):
            error = self.error.to_dict()
        else:
            error = self.error
        if error is not UNSET:
            field_dict["error"] = error
        if (schema_id := self.schema_id) is not UNSET:
            field_dict["schema_id"] = schema_id
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
        property = get("property", UNSET)

        def _parse_conditions(data: builtins.object) -> EarningRuleOperators | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conditions_type_0 = EarningRuleOperators.from_dict(data)

                return conditions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningRuleOperators | None | Unset, data)

        conditions = _parse_conditions(get("conditions", UNSET))

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

        schema_id = get("schema_id", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_name(self, name)
        _set_property(self, property)
        _set_conditions(self, conditions)
        _set_rules(self, rules)
        _set_error(self, error)
        _set_schema_id(self, schema_id)
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
            property = get("property", UNSET)

            def _parse_conditions(data: builtins.object) -> EarningRuleOperators | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    conditions_type_0 = EarningRuleOperators.from_dict(data)

                    return conditions_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EarningRuleOperators | None | Unset, data)

            conditions = _parse_conditions(get("conditions", UNSET))

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

            schema_id = get("schema_id", UNSET)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        conditions_wire: dict[str, Any] | None | Unset
        if isinstance(conditions, Unset):
            conditions_wire = UNSET
        elif isinstance(conditions, EarningRuleOperators):
            conditions_wire = conditions.to_dict()
        else:
            conditions_wire = conditions
        if conditions_wire is not UNSET:
            field_dict["conditions"] = conditions_wire
        rules_wire: dict[str, Any] | None | Unset
        if isinstance(rules, Unset):
            rules_wire = UNSET
        elif isinstance(rules, EarningRulesGroup):
            rules_wire = rules.to_dict()
        else:
            rules_wire = rules
        if rules_wire is not UNSET:
            field_dict["rules"] = rules_wire
        error_wire: dict[str, Any] | None | Unset
        if isinstance(error, Unset):
            error_wire = UNSET
        elif isinstance(error, EarningRuleError):
            error_wire = error.to_dict()
        else:
            error_wire = error
        if error_wire is not UNSET:
            field_dict["error"] = error_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_name(self, name)
        _set_property(self, property)
        _set_conditions(self, conditions)
        _set_rules(self, rules)
        _set_error(self, error)
        _set_schema_id(self, schema_id)
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
_set_name = EarningRuleCondition.__dict__["name"].__set__
_set_property = EarningRuleCondition.__dict__["property"].__set__
_set_conditions = EarningRuleCondition.__dict__["conditions"].__set__
_set_rules = EarningRuleCondition.__dict__["rules"].__set__
_set_error = EarningRuleCondition.__dict__["error"].__set__
_set_schema_id = EarningRuleCondition.__dict__["schema_id"].__set__
_set_additional_properties = EarningRuleCondition.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.earning_rule_error import EarningRuleError  # noqa: E402
from ..models.earning_rule_operators import EarningRuleOperators  # noqa: E402
from ..models.earning_rules_group import EarningRulesGroup  # noqa: E402
