from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.points_expiration_date import PointsExpirationDate


T = TypeVar("T", bound="PointsCalendarExpiration")


@_attrs_define
class PointsCalendarExpiration:
    """Points expire on fixed dates each year.

    Attributes:
        expiration_dates (list[PointsExpirationDate]): Yearly expiry dates.
    """

    expiration_dates: list[PointsExpirationDate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiration_dates = []
        for expiration_dates_item_data in self.expiration_dates:
            expiration_dates_item = expiration_dates_item_data.to_dict()
            expiration_dates.append(expiration_dates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiration_dates": expiration_dates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.points_expiration_date import PointsExpirationDate  # noqa: PLC0415

        d = dict(src_dict)
        expiration_dates = []
        _expiration_dates = d.pop("expiration_dates")
        for expiration_dates_item_data in _expiration_dates:
            expiration_dates_item = PointsExpirationDate.from_dict(expiration_dates_item_data)

            expiration_dates.append(expiration_dates_item)

        instance_ = cls(
            expiration_dates=expiration_dates,
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
