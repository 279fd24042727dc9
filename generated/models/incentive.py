from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incentive_status import IncentiveStatus
from ..models.incentive_type import IncentiveType
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    parse_nullable_timestamp,
    parse_timestamp,
    serialize_datetime,
    serialize_nullable_datetime,
    set_raw,
)

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
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "status": self.status,
            "stock": self.stock,
            "created_at": serialize_datetime(self.created_at),
            "object": self.object,
        }
        if not isinstance(points := self.points, Unset):
            field_dict["points"] = points.to_dict()
        if not isinstance(points_proportional := self.points_proportional, Unset):
            field_dict["points_proportional"] = points_proportional.to_dict()
        if not isinstance(material := self.material, Unset):
            field_dict["material"] = material.to_dict()
        if not isinstance(digital := self.digital, Unset):
            field_dict["digital"] = digital.to_dict()
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_nullable_datetime(updated_at)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        id = src_dict["id"]
        name = src_dict["name"]
        type = src_dict["type"]
        status = src_dict["status"]
        stock = src_dict["stock"]
        created_at = parse_timestamp(src_dict["created_at"])
        object = src_dict["object"]
        points = points_json = get("points", UNSET)
        if points_json is not UNSET:
            points = new_lazy(IncentivePoints)
            set_raw(points, points_json)
        points_proportional = points_proportional_json = get("points_proportional", UNSET)
        if points_proportional_json is not UNSET:
            points_proportional = new_lazy(PointsProportional)
            set_raw(points_proportional, points_proportional_json)
        material = material_json = get("material", UNSET)
        if material_json is not UNSET:
            material = new_lazy(IncentiveMaterial)
            set_raw(material, material_json)
        digital = digital_json = get("digital", UNSET)
        if digital_json is not UNSET:
            digital = new_lazy(IncentiveDigital)
            set_raw(digital, digital_json)
        updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_name(self, name)
        _set_type(self, type)
        _set_status(self, status)
        _set_stock(self, stock)
        _set_created_at(self, created_at)
        _set_object(self, object)
        _set_points(self, points)
        _set_points_proportional(self, points_proportional)
        _set_material(self, material)
        _set_digital(self, digital)
        _set_updated_at(self, updated_at)
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
            id = src_dict["id"]
            name = src_dict["name"]
            type = src_dict["type"]
            status = src_dict["status"]
            stock = src_dict["stock"]
            created_at = parse_timestamp(src_dict["created_at"])
            object = src_dict["object"]
            points = points_json = get("points", UNSET)
            if points_json is not UNSET:
                points = new_lazy(IncentivePoints)
            points_proportional = points_proportional_json = get("points_proportional", UNSET)
            if points_proportional_json is not UNSET:
                points_proportional = new_lazy(PointsProportional)
            material = material_json = get("material", UNSET)
            if material_json is not UNSET:
                material = new_lazy(IncentiveMaterial)
            digital = digital_json = get("digital", UNSET)
            if digital_json is not UNSET:
                digital = new_lazy(IncentiveDigital)
            updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if points is not UNSET:
            field_dict["points"] = IncentivePoints._load_to_dict(points, points_json)
        if points_proportional is not UNSET:
            field_dict["points_proportional"] = PointsProportional._load_to_dict(
                points_proportional, points_proportional_json
            )
        if material is not UNSET:
            field_dict["material"] = IncentiveMaterial._load_to_dict(material, material_json)
        if digital is not UNSET:
            field_dict["digital"] = IncentiveDigital._load_to_dict(digital, digital_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_name(self, name)
        _set_type(self, type)
        _set_status(self, status)
        _set_stock(self, stock)
        _set_created_at(self, created_at)
        _set_object(self, object)
        _set_points(self, points)
        _set_points_proportional(self, points_proportional)
        _set_material(self, material)
        _set_digital(self, digital)
        _set_updated_at(self, updated_at)
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
_set_id = Incentive.__dict__["id"].__set__
_set_name = Incentive.__dict__["name"].__set__
_set_type = Incentive.__dict__["type"].__set__
_set_status = Incentive.__dict__["status"].__set__
_set_stock = Incentive.__dict__["stock"].__set__
_set_created_at = Incentive.__dict__["created_at"].__set__
_set_object = Incentive.__dict__["object"].__set__
_set_points = Incentive.__dict__["points"].__set__
_set_points_proportional = Incentive.__dict__["points_proportional"].__set__
_set_material = Incentive.__dict__["material"].__set__
_set_digital = Incentive.__dict__["digital"].__set__
_set_updated_at = Incentive.__dict__["updated_at"].__set__
_set_additional_properties = Incentive.__dict__["additional_properties"].__set__

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
