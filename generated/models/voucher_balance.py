from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_balance_object import VoucherBalanceObject, check_voucher_balance_object
from ..models.voucher_balance_operation_type import VoucherBalanceOperationType, check_voucher_balance_operation_type
from ..models.voucher_balance_type import VoucherBalanceType, check_voucher_balance_type
from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="VoucherBalance")


@_attrs_define
class VoucherBalance(LazyFields):
    """Balance of a gift card or loyalty card after an operation.

    Attributes:
        total (int): Credits or points accumulated on the card by additions and removals.
        object (VoucherBalanceObject): Kind of object; always `balance`.
        balance (int): Credits or points available after the operation.
        related_object (VoucherBalanceRelatedObject): The card a balance belongs to.
        type (VoucherBalanceType | Unset): Kind of card.
        amount (int | Unset): Credits added to or taken from a gift card.
        points (int | Unset): Points added to or taken from a loyalty card.
        operation_type (VoucherBalanceOperationType | Unset): Whether a person or the system made the change.
    """

    total: int
    object: VoucherBalanceObject
    balance: int
    related_object: VoucherBalanceRelatedObject
    type: VoucherBalanceType | Unset = UNSET
    amount: int | Unset = UNSET
    points: int | Unset = UNSET
    operation_type: VoucherBalanceOperationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        total = self.total

        object: str = self.object

        balance = self.balance

        related_object = self.related_object.to_dict()

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        amount = self.amount

        points = self.points

        operation_type: str | Unset = UNSET
        if not isinstance(self.operation_type, Unset):
            operation_type = self.operation_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "object": object,
                "balance": balance,
                "related_object": related_object,
            }
        )
        if type is not UNSET:
            field_dict["type"] = type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if points is not UNSET:
            field_dict["points"] = points
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        total = d.pop("total")

        object = check_voucher_balance_object(d.pop("object"))

        balance = d.pop("balance")

        related_object = VoucherBalanceRelatedObject.from_dict(d.pop("related_object"))

        _type = d.pop("type", UNSET)
        type: VoucherBalanceType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_voucher_balance_type(_type)

        amount = d.pop("amount", UNSET)

        points = d.pop("points", UNSET)

        _operation_type = d.pop("operation_type", UNSET)
        operation_type: VoucherBalanceOperationType | Unset
        if isinstance(_operation_type, Unset):
            operation_type = UNSET
        else:
            operation_type = check_voucher_balance_operation_type(_operation_type)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "total", total)
        set_(self, "object", object)
        set_(self, "balance", balance)
        set_(self, "related_object", related_object)
        set_(self, "type", type)
        set_(self, "amount", amount)
        set_(self, "points", points)
        set_(self, "operation_type", operation_type)
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
from ..models.voucher_balance_related_object import VoucherBalanceRelatedObject  # noqa: E402
