from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.earning_rule_cooldown_type import EarningRuleCooldownType, check_earning_rule_cooldown_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.earning_rule_fixed_cooldown import EarningRuleFixedCooldown


T = TypeVar("T", bound="EarningRuleCooldown")


@_attrs_define
class EarningRuleCooldown:
    """Minimum pause between two triggers; `fixed_cooldown` for FIXED_COOLDOWN.

    Attributes:
        type_ (EarningRuleCooldownType | Unset): Whether a pause is enforced between triggers.
        fixed_cooldown (EarningRuleFixedCooldown | None | Unset):
    """

    type_: EarningRuleCooldownType | Unset = UNSET
    fixed_cooldown: EarningRuleFixedCooldown | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.earning_rule_fixed_cooldown import EarningRuleFixedCooldown  # noqa: PLC0415

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        fixed_cooldown: dict[str, Any] | None | Unset
        if isinstance(self.fixed_cooldown, Unset):
            fixed_cooldown = UNSET
        elif isinstance(self.fixed_cooldown, EarningRuleFixedCooldown):
            fixed_cooldown = self.fixed_cooldown.to_dict()
        else:
            fixed_cooldown = self.fixed_cooldown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if fixed_cooldown is not UNSET:
            field_dict["fixed_cooldown"] = fixed_cooldown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.earning_rule_fixed_cooldown import EarningRuleFixedCooldown  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: EarningRuleCooldownType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_earning_rule_cooldown_type(_type_)

        def _parse_fixed_cooldown(data: object) -> EarningRuleFixedCooldown | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fixed_cooldown_type_0 = EarningRuleFixedCooldown.from_dict(data)

                return fixed_cooldown_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningRuleFixedCooldown | None | Unset, data)

        fixed_cooldown = _parse_fixed_cooldown(d.pop("fixed_cooldown", UNSET))

        instance_ = cls(
            type_=type_,
            fixed_cooldown=fixed_cooldown,
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
