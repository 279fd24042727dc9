from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incentive_status import IncentiveStatus, check_incentive_status
from ..models.incentive_type import IncentiveType, check_incentive_type
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="Incentive")


@_attrs_define
class Incentive(LazyFields):
    """Snapshot of the incentive when the activity was recorded.

    Attributes:
        id (str): Incentive id.
        name (str): Incentive name.
        type (IncentiveType): What the incentive awards; names the detail object that is filled in.
        status (IncentiveStatus): Lifecycle status of an incentive.
        stock (int): Units still available.
        created_at (datetime.datetime): When the incentive was created.
        object (str): Object type, `incentive`.
        points (IncentivePoints | Unset): Fixed number of points (type POINTS).
        points_proportional (PointsProportional | Unset): Points proportional to an order or customer value (incentive
            type POINTS_PROPORTIONAL).
        material (IncentiveMaterial | Unset): Physical item awarded (type MATERIAL); `product` or `sku` per `type`.
        digital (IncentiveDigital | Unset): Code from a campaign (type DIGITAL); `discount_coupons` or `gift_vouchers`
            per `type`.
        updated_at (datetime.datetime | None | Unset): Last change; null if never changed.
    """

    id: str
    name: str
    type: IncentiveType
    status: IncentiveStatus
    stock: int
    created_at: datetime.datetime
    object: str
    points: IncentivePoints | Unset = UNSET
    points_proportional: PointsProportional | Unset = UNSET
    material: IncentiveMaterial | Unset = UNSET
    digital: IncentiveDigital | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        name = self.name

        type: str = self.type

        status: str = self.status

        stock = self.stock

        created_at = serialize_datetime(self.created_at)

        object = self.object

        points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points.to_dict()

        points_proportional: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points_proportional, Unset):
            points_proportional = self.points_proportional.to_dict()

        material: dict[str, Any] | Unset = UNSET
        if not isinstance(self.material, Unset):
            material = self.material.to_dict()

        digital: dict[str, Any] | Unset = UNSET
        if not isinstance(self.digital, Unset):
            digital = self.digital.to_dict()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = serialize_datetime(self.updated_at)
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type,
                "status": status,
                "stock": stock,
                "created_at": created_at,
                "object": object,
            }
        )
        if points is not UNSET:
            field_dict["points"] = points
        if points_proportional is not UNSET:
            field_dict["points_proportional"] = points_proportional
        if material is not UNSET:
            field_dict["material"] = material
        if digital is not UNSET:
            field_dict["digital"] = digital
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type = check_incentive_type(d.pop("type"))

        status = check_incentive_status(d.pop("status"))

        stock = d.pop("stock")

        created_at = parse_timestamp(d.pop("created_at"))

        object = d.pop("object")

        _points = d.pop("points", UNSET)
        points: IncentivePoints | Unset
        if isinstance(_points, Unset):
            points = UNSET
        else:
            points = IncentivePoints.from_dict(_points)

        _points_proportional = d.pop("points_proportional", UNSET)
        points_proportional: PointsProportional | Unset
        if isinstance(_points_proportional, Unset):
            points_proportional = UNSET
        else:
            points_proportional = PointsProportional.from_dict(_points_proportional)

        _material = d.pop("material", UNSET)
        material: IncentiveMaterial | Unset
        if isinstance(_material, Unset):
            material = UNSET
        else:
            material = IncentiveMaterial.from_dict(_material)

        _digital = d.pop("digital", UNSET)
        digital: IncentiveDigital | Unset
        if isinstance(_digital, Unset):
            digital = UNSET
        else:
            digital = IncentiveDigital.from_dict(_digital)

        def _parse_updated_at(data: builtins.object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = parse_timestamp(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "name", name)
        set_(self, "type", type)
        set_(self, "status", status)
        set_(self, "stock", stock)
        set_(self, "created_at", created_at)
        set_(self, "object", object)
        set_(self, "points", points)
        set_(self, "points_proportional", points_proportional)
        set_(self, "material", material)
        set_(self, "digital", digital)
        set_(self, "updated_at", updated_at)
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
from ..models.incentive_digital import IncentiveDigital  # noqa: E402
from ..models.incentive_material import IncentiveMaterial  # noqa: E402
from ..models.incentive_points import IncentivePoints  # noqa: E402
from ..models.points_proportional import PointsProportional  # noqa: E402
