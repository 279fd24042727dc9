from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.points_bucket_object import PointsBucketObject
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    parse_timestamp,
    serialize_datetime,
    set_raw,
)

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
            "voucher_id": self.voucher_id,
            "campaign_id": self.campaign_id,
            "bucket": self.bucket.to_dict(),
            "status": self.status,
            "created_at": serialize_datetime(self.created_at),
            "object": self.object,
        }
        expires_at = self.expires_at.isoformat()
        field_dict["expires_at"] = expires_at
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_datetime(updated_at)
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
        voucher_id = src_dict["voucher_id"]
        campaign_id = src_dict["campaign_id"]
        bucket_json = src_dict["bucket"]
        bucket = new_lazy(PointsBucketTotal)
        set_raw(bucket, bucket_json)
        status = src_dict["status"]
        expires_at = datetime.date.fromisoformat(src_dict["expires_at"])

        created_at = parse_timestamp(src_dict["created_at"])
        object = src_dict["object"]
        if (updated_at := get("updated_at", UNSET)) is not UNSET:
            updated_at = parse_timestamp(updated_at)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 8 + (updated_at is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_voucher_id(self, voucher_id)
        _set_campaign_id(self, campaign_id)
        _set_bucket(self, bucket)
        _set_status(self, status)
        _set_expires_at(self, expires_at)
        _set_created_at(self, created_at)
        _set_object(self, object)
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
            voucher_id = src_dict["voucher_id"]
            campaign_id = src_dict["campaign_id"]
            bucket_json = src_dict["bucket"]
            bucket = new_lazy(PointsBucketTotal)
            status = src_dict["status"]
            expires_at = datetime.date.fromisoformat(src_dict["expires_at"])

            created_at = parse_timestamp(src_dict["created_at"])
            object = src_dict["object"]
            if (updated_at := get("updated_at", UNSET)) is not UNSET:
                updated_at = parse_timestamp(updated_at)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 8 + (updated_at is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["bucket"] = PointsBucketTotal._load_to_dict(bucket, bucket_json)
        expires_at_wire = expires_at.isoformat()
        field_dict["expires_at"] = expires_at_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_voucher_id(self, voucher_id)
        _set_campaign_id(self, campaign_id)
        _set_bucket(self, bucket)
        _set_status(self, status)
        _set_expires_at(self, expires_at)
        _set_created_at(self, created_at)
        _set_object(self, object)
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
_set_id = PointsBucket.__dict__["id"].__set__
_set_voucher_id = PointsBucket.__dict__["voucher_id"].__set__
_set_campaign_id = PointsBucket.__dict__["campaign_id"].__set__
_set_bucket = PointsBucket.__dict__["bucket"].__set__
_set_status = PointsBucket.__dict__["status"].__set__
_set_expires_at = PointsBucket.__dict__["expires_at"].__set__
_set_created_at = PointsBucket.__dict__["created_at"].__set__
_set_object = PointsBucket.__dict__["object"].__set__
_set_updated_at = PointsBucket.__dict__["updated_at"].__set__
_set_additional_properties = PointsBucket.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.points_bucket_total import PointsBucketTotal  # noqa: E402

PointsBucket._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
    "updated_at": lambda src: UNSET if (value := src.get("updated_at", UNSET)) is UNSET else parse_timestamp(value),
}
