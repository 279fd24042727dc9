from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_points_transferred_activity_type import (
    CustomerPointsTransferredActivityType,
)
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

T = TypeVar("T", bound="CustomerPointsTransferredActivity")
# The JSON keys CustomerPointsTransferredActivity declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "type",
        "data",
        "group_id",
    }
)


@_attrs_define
class CustomerPointsTransferredActivity(LazyFields):
    """Points were moved between loyalty cards of the customer.

    Attributes:
        id (str): Identifier of the activity. Example: evcus_0c150c51730c6b60b1.
        created_at (datetime.datetime): When the activity happened. Example: 2022-08-30T09:14:07.660Z.
        type (CustomerPointsTransferredActivityType): Type of the activity.
        data (CustomerPointsTransferredActivityDetails): Details of a CustomerPointsTransferredActivity: the event
            payload and its source.
        group_id (str | Unset): Identifier of the API request that produced the activity. Example: v-1f36113948e50fc4ge.
    """

    id: str
    created_at: datetime.datetime
    type: CustomerPointsTransferredActivityType
    data: CustomerPointsTransferredActivityDetails
    group_id: str | Unset = UNSET
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
            "created_at": serialize_datetime(self.created_at),
            "type": self.type,
            "data": self.data.to_dict(),
        }
        if (group_id := self.group_id) is not UNSET:
            field_dict["group_id"] = group_id
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
        created_at = parse_timestamp(src_dict["created_at"])
        type = src_dict["type"]
        data_json = src_dict["data"]
        data = new_lazy(CustomerPointsTransferredActivityDetails)
        set_raw(data, data_json)
        group_id = get("group_id", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 4 + (group_id is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_created_at(self, created_at)
        _set_type(self, type)
        _set_data(self, data)
        _set_group_id(self, group_id)
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
            created_at = parse_timestamp(src_dict["created_at"])
            type = src_dict["type"]
            data_json = src_dict["data"]
            data = new_lazy(CustomerPointsTransferredActivityDetails)
            group_id = get("group_id", UNSET)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 4 + (group_id is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["data"] = CustomerPointsTransferredActivityDetails._load_to_dict(data, data_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_created_at(self, created_at)
        _set_type(self, type)
        _set_data(self, data)
        _set_group_id(self, group_id)
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
_set_id = CustomerPointsTransferredActivity.__dict__["id"].__set__
_set_created_at = CustomerPointsTransferredActivity.__dict__["created_at"].__set__
_set_type = CustomerPointsTransferredActivity.__dict__["type"].__set__
_set_data = CustomerPointsTransferredActivity.__dict__["data"].__set__
_set_group_id = CustomerPointsTransferredActivity.__dict__["group_id"].__set__
_set_additional_properties = CustomerPointsTransferredActivity.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.customer_points_transferred_activity_details import CustomerPointsTransferredActivityDetails  # noqa: E402

CustomerPointsTransferredActivity._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
}
