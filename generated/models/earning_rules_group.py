from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.earning_rule_condition import EarningRuleCondition


T = TypeVar("T", bound="EarningRulesGroup")


@_attrs_define
class EarningRulesGroup:
    """Rule formula; numbered rule definitions ("1", "2", ...) sit beside `logic`.

    Attributes:
        logic (str | Unset): Formula over the numbered rules, e.g. "1 AND (2 OR 3)".
    """

    logic: str | Unset = UNSET
    additional_properties: dict[str, EarningRuleCondition] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logic = self.logic

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if logic is not UNSET:
            field_dict["logic"] = logic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.earning_rule_condition import EarningRuleCondition  # noqa: PLC0415

        d = dict(src_dict)
        logic = d.pop("logic", UNSET)

        instance_ = cls(
            logic=logic,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = EarningRuleCondition.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        instance_.additional_properties = additional_properties
        return instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> EarningRuleCondition:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: EarningRuleCondition) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
