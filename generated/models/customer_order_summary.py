from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="CustomerOrderSummary")
# The JSON keys CustomerOrderSummary declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "total_amount",
        "total_count",
        "average_amount",
        "last_order_amount",
        "last_order_date",
    }
)


@_attrs_define
class CustomerOrderSummary(LazyFields):
    """Totals over the customer's paid and fulfilled orders; amounts in cents.

    Attributes:
        total_amount (int): Sum spent.
        total_count (int): Number of orders.
        average_amount (int): Average order amount.
        last_order_amount (int): Amount of the latest order.
        last_order_date (datetime.datetime | Unset): When the latest order was placed. Example:
            2022-08-30T11:51:08.029Z.
    """

    total_amount: int
    total_count: int
    average_amount: int
    last_order_amount: int
    last_order_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["total_amount"] = self.total_amount
        field_dict["total_count"] = self.total_count
        field_dict["average_amount"] = self.average_amount
        field_dict["last_order_amount"] = self.last_order_amount
        if not isinstance(last_order_date := self.last_order_date, Unset):
            field_dict["last_order_date"] = serialize_datetime(last_order_date)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        get = src_dict.get
        total_amount = src_dict["total_amount"]
        total_count = src_dict["total_count"]
        average_amount = src_dict["average_amount"]
        last_order_amount = src_dict["last_order_amount"]
        if (last_order_date := get("last_order_date", UNSET)) is not UNSET:
            last_order_date = parse_timestamp(last_order_date)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}
        # Set only once everything parsed: a failed parse leaves no field half set.
        set_(self, "total_amount", total_amount)
        set_(self, "total_count", total_count)
        set_(self, "average_amount", average_amount)
        set_(self, "last_order_amount", last_order_amount)
        set_(self, "last_order_date", last_order_date)
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


CustomerOrderSummary._FIELDS = {
    "last_order_date": lambda src: (
        UNSET if (value := src.get("last_order_date", UNSET)) is UNSET else parse_timestamp(value)
    ),
}
