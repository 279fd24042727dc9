from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.points_expiration_type import PointsExpirationType, check_points_expiration_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.points_calendar_expiration import PointsCalendarExpiration
    from ..models.points_rolling_expiration import PointsRollingExpiration
    from ..models.points_sliding_expiration import PointsSlidingExpiration


T = TypeVar("T", bound="PointsExpiration")


@_attrs_define
class PointsExpiration:
    """Expiration policy for awarded points.

    Attributes:
        type_ (PointsExpirationType): How awarded points expire; names the sub-object that is filled in.
        rolling_expiration (None | PointsRollingExpiration | Unset):
        calendar_expiration (None | PointsCalendarExpiration | Unset):
        sliding_expiration (None | PointsSlidingExpiration | Unset):
    """

    type_: PointsExpirationType
    rolling_expiration: None | PointsRollingExpiration | Unset = UNSET
    calendar_expiration: None | PointsCalendarExpiration | Unset = UNSET
    sliding_expiration: None | PointsSlidingExpiration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.points_calendar_expiration import PointsCalendarExpiration  # noqa: PLC0415
        from ..models.points_rolling_expiration import PointsRollingExpiration  # noqa: PLC0415
        from ..models.points_sliding_expiration import PointsSlidingExpiration  # noqa: PLC0415

        type_: str = self.type_

        rolling_expiration: dict[str, Any] | None | Unset
        if isinstance(self.rolling_expiration, Unset):
            rolling_expiration = UNSET
        elif isinstance(self.rolling_expiration, PointsRollingExpiration):
            rolling_expiration = self.rolling_expiration.to_dict()
        else:
            rolling_expiration = self.rolling_expiration

        calendar_expiration: dict[str, Any] | None | Unset
        if isinstance(self.calendar_expiration, Unset):
            calendar_expiration = UNSET
        elif isinstance(self.calendar_expiration, PointsCalendarExpiration):
            calendar_expiration = self.calendar_expiration.to_dict()
        else:
            calendar_expiration = self.calendar_expiration

        sliding_expiration: dict[str, Any] | None | Unset
        if isinstance(self.sliding_expiration, Unset):
            sliding_expiration = UNSET
        elif isinstance(self.sliding_expiration, PointsSlidingExpiration):
            sliding_expiration = self.sliding_expiration.to_dict()
        else:
            sliding_expiration = self.sliding_expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if rolling_expiration is not UNSET:
            field_dict["rolling_expiration"] = rolling_expiration
        if calendar_expiration is not UNSET:
            field_dict["calendar_expiration"] = calendar_expiration
        if sliding_expiration is not UNSET:
            field_dict["sliding_expiration"] = sliding_expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.points_calendar_expiration import PointsCalendarExpiration  # noqa: PLC0415
        from ..models.points_rolling_expiration import PointsRollingExpiration  # noqa: PLC0415
        from ..models.points_sliding_expiration import PointsSlidingExpiration  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_points_expiration_type(d.pop("type"))

        def _parse_rolling_expiration(data: object) -> None | PointsRollingExpiration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rolling_expiration_type_0 = PointsRollingExpiration.from_dict(data)

                return rolling_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsRollingExpiration | Unset, data)

        rolling_expiration = _parse_rolling_expiration(d.pop("rolling_expiration", UNSET))

        def _parse_calendar_expiration(data: object) -> None | PointsCalendarExpiration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                calendar_expiration_type_0 = PointsCalendarExpiration.from_dict(data)

                return calendar_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsCalendarExpiration | Unset, data)

        calendar_expiration = _parse_calendar_expiration(d.pop("calendar_expiration", UNSET))

        def _parse_sliding_expiration(data: object) -> None | PointsSlidingExpiration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sliding_expiration_type_0 = PointsSlidingExpiration.from_dict(data)

                return sliding_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointsSlidingExpiration | Unset, data)

        sliding_expiration = _parse_sliding_expiration(d.pop("sliding_expiration", UNSET))

        instance_ = cls(
            type_=type_,
            rolling_expiration=rolling_expiration,
            calendar_expiration=calendar_expiration,
            sliding_expiration=sliding_expiration,
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
