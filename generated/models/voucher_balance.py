from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_balance_object import VoucherBalanceObject
from ..models.voucher_balance_operation_type import VoucherBalanceOperationType
from ..models.voucher_balance_type import VoucherBalanceType
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    set_raw,
)

T = TypeVar("T", bound="VoucherBalance")
# The JSON keys VoucherBalance declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "total",
        "object",
        "balance",
        "related_object",
        "type",
        "amount",
        "points",
        "operation_type",
    }
)


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
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "total": self.total,
            "object": self.object,
            "balance": self.balance,
            "related_object": self.related_object.to_dict(),
        }
        if (type := self.type) is not UNSET:
            field_dict["type"] = type
        if (amount := self.amount) is not UNSET:
            field_dict["amount"] = amount
        if (points := self.points) is not UNSET:
            field_dict["points"] = points
        if (operation_type := self.operation_type) is not UNSET:
            field_dict["operation_type"] = operation_type
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        total = src_dict["total"]
        object = src_dict["object"]
        balance = src_dict["balance"]
        related_object_json = src_dict["related_object"]
        related_object = new_lazy(VoucherBalanceRelatedObject)
        set_raw(related_object, related_object_json)
        type = get("type", UNSET)
        amount = get("amount", UNSET)
        points = get("points", UNSET)
        operation_type = get("operation_type", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 4 + (type is not UNSET) + (amount is not UNSET) + (points is not UNSET) + (
            operation_type is not UNSET
        )
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_total(self, total)
        _set_object(self, object)
        _set_balance(self, balance)
        _set_related_object(self, related_object)
        _set_type(self, type)
        _set_amount(self, amount)
        _set_points(self, points)
        _set_operation_type(self, operation_type)
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
            total = src_dict["total"]
            object = src_dict["object"]
            balance = src_dict["balance"]
            related_object_json = src_dict["related_object"]
            related_object = new_lazy(VoucherBalanceRelatedObject)
            type = get("type", UNSET)
            amount = get("amount", UNSET)
            points = get("points", UNSET)
            operation_type = get("operation_type", UNSET)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 4 + (type is not UNSET) + (amount is not UNSET) + (points is not UNSET) + (
                operation_type is not UNSET
            )
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["related_object"] = VoucherBalanceRelatedObject._load_to_dict(related_object, related_object_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_total(self, total)
        _set_object(self, object)
        _set_balance(self, balance)
        _set_related_object(self, related_object)
        _set_type(self, type)
        _set_amount(self, amount)
        _set_points(self, points)
        _set_operation_type(self, operation_type)
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
_set_total = VoucherBalance.__dict__["total"].__set__
_set_object = VoucherBalance.__dict__["object"].__set__
_set_balance = VoucherBalance.__dict__["balance"].__set__
_set_related_object = VoucherBalance.__dict__["related_object"].__set__
_set_type = VoucherBalance.__dict__["type"].__set__
_set_amount = VoucherBalance.__dict__["amount"].__set__
_set_points = VoucherBalance.__dict__["points"].__set__
_set_operation_type = VoucherBalance.__dict__["operation_type"].__set__
_set_additional_properties = VoucherBalance.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.voucher_balance_related_object import VoucherBalanceRelatedObject  # noqa: E402
