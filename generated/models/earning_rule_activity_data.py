from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.earning_rule import EarningRule


T = TypeVar("T", bound="EarningRuleActivityData")


@_attrs_define
class EarningRuleActivityData:
    """Payload of an earning rule activity.

    Attributes:
        earning_rule (EarningRule | Unset): Snapshot of the earning rule when the activity was recorded.
    """

    earning_rule: EarningRule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earning_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.earning_rule, Unset):
            earning_rule = self.earning_rule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if earning_rule is not UNSET:
            field_dict["earning_rule"] = earning_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.earning_rule import EarningRule  # noqa: PLC0415

        d = dict(src_dict)
        _earning_rule = d.pop("earning_rule", UNSET)
        earning_rule: EarningRule | Unset
        if isinstance(_earning_rule, Unset):
            earning_rule = UNSET
        else:
            earning_rule = EarningRule.from_dict(_earning_rule)

        instance_ = cls(
            earning_rule=earning_rule,
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
