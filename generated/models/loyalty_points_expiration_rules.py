from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loyalty_points_expiration_rules_period_type import (
    LoyaltyPointsExpirationRulesPeriodType,
)
from ..models.loyalty_points_expiration_rules_rounding_type import (
    LoyaltyPointsExpirationRulesRoundingType,
)
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="LoyaltyPointsExpirationRules")
# The JSON keys LoyaltyPointsExpirationRules declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "period_type",
        "period_value",
        "rounding_type",
        "rounding_value",
        "fixed_month",
        "fixed_day",
    }
)


@_attrs_define
class LoyaltyPointsExpirationRules(LazyFields):
    """When earned loyalty points expire.

    Attributes:
        period_type (LoyaltyPointsExpirationRulesPeriodType): Unit of the expiration period.
        period_value (int | Unset): Length of the period.
        rounding_type (LoyaltyPointsExpirationRulesRoundingType | Unset): How the expiry date is rounded.
        rounding_value (int | Unset): Parameter of the chosen rounding.
        fixed_month (int | Unset): Month of a fixed yearly expiry.
        fixed_day (int | Unset): Day of a fixed yearly expiry.
    """

    period_type: LoyaltyPointsExpirationRulesPeriodType
    period_value: int | Unset = UNSET
    rounding_type: LoyaltyPointsExpirationRulesRoundingType | Unset = UNSET
    rounding_value: int | Unset = UNSET
    fixed_month: int | Unset = UNSET
    fixed_day: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties, "period_type": self.period_type}
        if (period_value := self.period_value) is not UNSET:
            field_dict["period_value"] = period_value
        if (rounding_type := self.rounding_type) is not UNSET:
            field_dict["rounding_type"] = rounding_type
        if (rounding_value := self.rounding_value) is not UNSET:
            field_dict["rounding_value"] = rounding_value
        if (fixed_month := self.fixed_month) is not UNSET:
            field_dict["fixed_month"] = fixed_month
        if (fixed_day := self.fixed_day) is not UNSET:
            field_dict["fixed_day"] = fixed_day
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        period_type = src_dict["period_type"]
        period_value = get("period_value", UNSET)
        rounding_type = get("rounding_type", UNSET)
        rounding_value = get("rounding_value", UNSET)
        fixed_month = get("fixed_month", UNSET)
        fixed_day = get("fixed_day", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_period_type(self, period_type)
        _set_period_value(self, period_value)
        _set_rounding_type(self, rounding_type)
        _set_rounding_value(self, rounding_value)
        _set_fixed_month(self, fixed_month)
        _set_fixed_day(self, fixed_day)
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
            period_type = src_dict["period_type"]
            period_value = get("period_value", UNSET)
            rounding_type = get("rounding_type", UNSET)
            rounding_value = get("rounding_value", UNSET)
            fixed_month = get("fixed_month", UNSET)
            fixed_day = get("fixed_day", UNSET)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_period_type(self, period_type)
        _set_period_value(self, period_value)
        _set_rounding_type(self, rounding_type)
        _set_rounding_value(self, rounding_value)
        _set_fixed_month(self, fixed_month)
        _set_fixed_day(self, fixed_day)
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
_set_period_type = LoyaltyPointsExpirationRules.__dict__["period_type"].__set__
_set_period_value = LoyaltyPointsExpirationRules.__dict__["period_value"].__set__
_set_rounding_type = LoyaltyPointsExpirationRules.__dict__["rounding_type"].__set__
_set_rounding_value = LoyaltyPointsExpirationRules.__dict__["rounding_value"].__set__
_set_fixed_month = LoyaltyPointsExpirationRules.__dict__["fixed_month"].__set__
_set_fixed_day = LoyaltyPointsExpirationRules.__dict__["fixed_day"].__set__
_set_additional_properties = LoyaltyPointsExpirationRules.__dict__["additional_properties"].__set__
