from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loyalty_points_expiration_rules_period_type import (
    LoyaltyPointsExpirationRulesPeriodType,
    check_loyalty_points_expiration_rules_period_type,
)
from ..models.loyalty_points_expiration_rules_rounding_type import (
    LoyaltyPointsExpirationRulesRoundingType,
    check_loyalty_points_expiration_rules_rounding_type,
)
from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="LoyaltyPointsExpirationRules")


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
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        period_type: str = self.period_type

        period_value = self.period_value

        rounding_type: str | Unset = UNSET
        if not isinstance(self.rounding_type, Unset):
            rounding_type = self.rounding_type

        rounding_value = self.rounding_value

        fixed_month = self.fixed_month

        fixed_day = self.fixed_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_type": period_type,
            }
        )
        if period_value is not UNSET:
            field_dict["period_value"] = period_value
        if rounding_type is not UNSET:
            field_dict["rounding_type"] = rounding_type
        if rounding_value is not UNSET:
            field_dict["rounding_value"] = rounding_value
        if fixed_month is not UNSET:
            field_dict["fixed_month"] = fixed_month
        if fixed_day is not UNSET:
            field_dict["fixed_day"] = fixed_day

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        period_type = check_loyalty_points_expiration_rules_period_type(d.pop("period_type"))

        period_value = d.pop("period_value", UNSET)

        _rounding_type = d.pop("rounding_type", UNSET)
        rounding_type: LoyaltyPointsExpirationRulesRoundingType | Unset
        if isinstance(_rounding_type, Unset):
            rounding_type = UNSET
        else:
            rounding_type = check_loyalty_points_expiration_rules_rounding_type(_rounding_type)

        rounding_value = d.pop("rounding_value", UNSET)

        fixed_month = d.pop("fixed_month", UNSET)

        fixed_day = d.pop("fixed_day", UNSET)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "period_type", period_type)
        set_(self, "period_value", period_value)
        set_(self, "rounding_type", rounding_type)
        set_(self, "rounding_value", rounding_value)
        set_(self, "fixed_month", fixed_month)
        set_(self, "fixed_day", fixed_day)
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
