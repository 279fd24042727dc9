from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.earning_rule_cooldown_period import EarningRuleCooldownPeriod


T = TypeVar("T", bound="EarningRuleFixedCooldown")


@_attrs_define
class EarningRuleFixedCooldown:
    """A fixed cooldown.

    Attributes:
        period (EarningRuleCooldownPeriod | Unset): Length of a cooldown.
    """

    period: EarningRuleCooldownPeriod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.earning_rule_cooldown_period import EarningRuleCooldownPeriod  # noqa: PLC0415

        d = dict(src_dict)
        _period = d.pop("period", UNSET)
        period: EarningRuleCooldownPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = EarningRuleCooldownPeriod.from_dict(_period)

        instance_ = cls(
            period=period,
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
