from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gift_effect import GiftEffect, check_gift_effect
from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="Gift")


@_attrs_define
class Gift(LazyFields):
    """Gift card value of a voucher, in cents.

    Attributes:
        amount (float): Initial value.
        balance (float): Value still available.
        subtracted_amount (int | Unset): Value taken off so far.
        effect (GiftEffect | Unset): What the credits are applied to.
    """

    amount: float
    balance: float
    subtracted_amount: int | Unset = UNSET
    effect: GiftEffect | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        amount = self.amount

        balance = self.balance

        subtracted_amount = self.subtracted_amount

        effect: str | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = self.effect

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "balance": balance,
            }
        )
        if subtracted_amount is not UNSET:
            field_dict["subtracted_amount"] = subtracted_amount
        if effect is not UNSET:
            field_dict["effect"] = effect

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        amount = d.pop("amount")

        balance = d.pop("balance")

        subtracted_amount = d.pop("subtracted_amount", UNSET)

        _effect = d.pop("effect", UNSET)
        effect: GiftEffect | Unset
        if isinstance(_effect, Unset):
            effect = UNSET
        else:
            effect = check_gift_effect(_effect)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "amount", amount)
        set_(self, "balance", balance)
        set_(self, "subtracted_amount", subtracted_amount)
        set_(self, "effect", effect)
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
