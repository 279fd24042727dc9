from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="CustomerOrderSummary")


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
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        total_amount = self.total_amount

        total_count = self.total_count

        average_amount = self.average_amount

        last_order_amount = self.last_order_amount

        last_order_date: str | Unset = UNSET
        if not isinstance(self.last_order_date, Unset):
            last_order_date = serialize_datetime(self.last_order_date)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_amount": total_amount,
                "total_count": total_count,
                "average_amount": average_amount,
                "last_order_amount": last_order_amount,
            }
        )
        if last_order_date is not UNSET:
            field_dict["last_order_date"] = last_order_date

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        total_amount = d.pop("total_amount")

        total_count = d.pop("total_count")

        average_amount = d.pop("average_amount")

        last_order_amount = d.pop("last_order_amount")

        _last_order_date = d.pop("last_order_date", UNSET)
        last_order_date: datetime.datetime | Unset
        if isinstance(_last_order_date, Unset):
            last_order_date = UNSET
        else:
            last_order_date = parse_timestamp(_last_order_date)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
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
