from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incentive_status import IncentiveStatus
from ..models.incentive_type import IncentiveType
from ..types import PARSED, UNSET, LazyFields, Unset, parse_nullable_timestamp, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="Incentive")
# The JSON keys Incentive declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "type",
        "status",
        "stock",
        "created_at",
        "object",
        "points",
        "points_proportional",
        "material",
        "digital",
        "updated_at",
    }
)


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
        if self._raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["type"] = self.type
        field_dict["status"] = self.status
        field_dict["stock"] = self.stock
        field_dict["created_at"] = serialize_datetime(self.created_at)
        field_dict["object"] = self.object
        if not isinstance(points := self.points, Unset):
            field_dict["points"] = points.to_dict()
        if not isinstance(points_proportional := self.points_proportional, Unset):
            field_dict["points_proportional"] = points_proportional.to_dict()
        if not isinstance(material := self.material, Unset):
            field_dict["material"] = material.to_dict()
        if not isinstance(digital := self.digital, Unset):
            field_dict["digital"] = digital.to_dict()
        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = serialize_datetime(self.updated_at)
        else:
            updated_at = self.updated_at
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
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        get = src_dict.get
        id = src_dict["id"]
        name = src_dict["name"]
        type = src_dict["type"]
        status = src_dict["status"]
        stock = src_dict["stock"]
        created_at = parse_timestamp(src_dict["created_at"])
        object = src_dict["object"]
        if (points := get("points", UNSET)) is not UNSET:
            points = IncentivePoints.from_dict(points)
        if (points_proportional := get("points_proportional", UNSET)) is not UNSET:
            points_proportional = PointsProportional.from_dict(points_proportional)
        if (material := get("material", UNSET)) is not UNSET:
            material = IncentiveMaterial.from_dict(material)
        if (digital := get("digital", UNSET)) is not UNSET:
            digital = IncentiveDigital.from_dict(digital)
        updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}
        # Set only once everything parsed: a failed parse leaves no field half set.
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

Incentive._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
    "updated_at": lambda src: parse_nullable_timestamp(src.get("updated_at", UNSET)),
}
