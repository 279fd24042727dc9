from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.earning_rule_daily_hours import EarningRuleDailyHours


T = TypeVar("T", bound="EarningRuleValidityHours")


@_attrs_define
class EarningRuleValidityHours:
    """Weekly time windows in which the rule applies.

    Attributes:
        daily (list[EarningRuleDailyHours] | Unset): Time windows; windows for the same day do not overlap.
    """

    daily: list[EarningRuleDailyHours] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.daily, Unset):
            daily = []
            for daily_item_data in self.daily:
                daily_item = daily_item_data.to_dict()
                daily.append(daily_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if daily is not UNSET:
            field_dict["daily"] = daily

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.earning_rule_daily_hours import EarningRuleDailyHours  # noqa: PLC0415

        d = dict(src_dict)
        _daily = d.pop("daily", UNSET)
        daily: list[EarningRuleDailyHours] | Unset = UNSET
        if _daily is not UNSET:
            daily = []
            for daily_item_data in _daily:
                daily_item = EarningRuleDailyHours.from_dict(daily_item_data)

                daily.append(daily_item)

        instance_ = cls(
            daily=daily,
        )

        instance_.additional_properties = d
        return instance_

    @property
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
