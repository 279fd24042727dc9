from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.period_value_unit import PeriodValueUnit


T = TypeVar("T", bound="PointsSlidingExpiration")


@_attrs_define
class PointsSlidingExpiration:
    """Points expire after a period without qualifying activity; activity restarts the period.

    Attributes:
        earning_activity (bool): Earning points restarts the period.
        spending_activity (bool): Spending points restarts the period.
        custom_activity (bool): The listed custom events restart the period.
        custom_activity_types (list[str]): Custom event types that restart the period.
        period (PeriodValueUnit): A length of time, e.g. 6 MONTH.
    """

    earning_activity: bool
    spending_activity: bool
    custom_activity: bool
    custom_activity_types: list[str]
    period: PeriodValueUnit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earning_activity = self.earning_activity

        spending_activity = self.spending_activity

        custom_activity = self.custom_activity

        custom_activity_types = self.custom_activity_types

        period = self.period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "earning_activity": earning_activity,
                "spending_activity": spending_activity,
                "custom_activity": custom_activity,
                "custom_activity_types": custom_activity_types,
                "period": period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period_value_unit import PeriodValueUnit  # noqa: PLC0415

        d = dict(src_dict)
        earning_activity = d.pop("earning_activity")

        spending_activity = d.pop("spending_activity")

        custom_activity = d.pop("custom_activity")

        custom_activity_types = cast(list[str], d.pop("custom_activity_types"))

        period = PeriodValueUnit.from_dict(d.pop("period"))

        instance_ = cls(
            earning_activity=earning_activity,
            spending_activity=spending_activity,
            custom_activity=custom_activity,
            custom_activity_types=custom_activity_types,
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
