from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.points_bucket_object import PointsBucketObject
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="PointsBucket")
# The JSON keys PointsBucket declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "voucher_id",
        "campaign_id",
        "bucket",
        "status",
        "expires_at",
        "created_at",
        "object",
        "updated_at",
    }
)


@_attrs_define
class PointsBucket(LazyFields):
    """A batch of loyalty points sharing one expiry date.

    Attributes:
        id (str): Identifier of the bucket.
        voucher_id (str): Loyalty card holding the bucket.
        campaign_id (str): Campaign of that card.
        bucket (PointsBucketTotal): Point count of a bucket.
        status (str): State of the bucket.
        expires_at (datetime.date): Day the points expire.
        created_at (datetime.datetime): When the bucket was created.
        object (PointsBucketObject): Kind of object; always `loyalty_points_bucket`.
        updated_at (datetime.datetime | Unset): When the bucket was last changed.
    """

    id: str
    voucher_id: str
    campaign_id: str
    bucket: PointsBucketTotal
    status: str
    expires_at: datetime.date
    created_at: datetime.datetime
    object: PointsBucketObject
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["voucher_id"] = self.voucher_id
        field_dict["campaign_id"] = self.campaign_id
        field_dict["bucket"] = self.bucket.to_dict()
        field_dict["status"] = self.status
        expires_at = self.expires_at.isoformat()
        field_dict["expires_at"] = expires_at
        field_dict["created_at"] = serialize_datetime(self.created_at)
        field_dict["object"] = self.object
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_datetime(updated_at)
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
        voucher_id = src_dict["voucher_id"]
        campaign_id = src_dict["campaign_id"]
        bucket = PointsBucketTotal.from_dict(src_dict["bucket"])
        status = src_dict["status"]
        expires_at = datetime.date.fromisoformat(src_dict["expires_at"])

        created_at = parse_timestamp(src_dict["created_at"])
        object = src_dict["object"]
        if (updated_at := get("updated_at", UNSET)) is not UNSET:
            updated_at = parse_timestamp(updated_at)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}
        # Set only once everything parsed: a failed parse leaves no field half set.
        set_(self, "id", id)
        set_(self, "voucher_id", voucher_id)
        set_(self, "campaign_id", campaign_id)
        set_(self, "bucket", bucket)
        set_(self, "status", status)
        set_(self, "expires_at", expires_at)
        set_(self, "created_at", created_at)
        set_(self, "object", object)
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
from ..models.points_bucket_total import PointsBucketTotal  # noqa: E402

PointsBucket._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
    "updated_at": lambda src: UNSET if (value := src.get("updated_at", UNSET)) is UNSET else parse_timestamp(value),
}
