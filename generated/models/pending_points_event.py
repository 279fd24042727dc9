from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pending_points_event_category import PendingPointsEventCategory, check_pending_points_event_category
from ..models.pending_points_event_type import PendingPointsEventType, check_pending_points_event_type
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="PendingPointsEvent")


@_attrs_define
class PendingPointsEvent(LazyFields):
    """The event that earned pending points.

    Attributes:
        id (str | Unset): Identifier of the event.
        type (PendingPointsEventType | Unset): Type of the event.
        group_id (str | Unset): Identifier of the request that produced it.
        entity_id (str | Unset): Object the event is about.
        created_at (datetime.datetime | Unset): When the event happened.
        category (PendingPointsEventCategory | Unset): Category of the event.
        event_source (CustomerEventSource | Unset): Who or what set the activity off.
    """

    id: str | Unset = UNSET
    type: PendingPointsEventType | Unset = UNSET
    group_id: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    category: PendingPointsEventCategory | Unset = UNSET
    event_source: CustomerEventSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        group_id = self.group_id

        entity_id = self.entity_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = serialize_datetime(self.created_at)

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        event_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_source, Unset):
            event_source = self.event_source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type is not UNSET:
            field_dict["type"] = type
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if category is not UNSET:
            field_dict["category"] = category
        if event_source is not UNSET:
            field_dict["event_source"] = event_source

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type = d.pop("type", UNSET)
        type: PendingPointsEventType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_pending_points_event_type(_type)

        group_id = d.pop("group_id", UNSET)

        entity_id = d.pop("entity_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        _category = d.pop("category", UNSET)
        category: PendingPointsEventCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = check_pending_points_event_category(_category)

        _event_source = d.pop("event_source", UNSET)
        event_source: CustomerEventSource | Unset
        if isinstance(_event_source, Unset):
            event_source = UNSET
        else:
            event_source = CustomerEventSource.from_dict(_event_source)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "type", type)
        set_(self, "group_id", group_id)
        set_(self, "entity_id", entity_id)
        set_(self, "created_at", created_at)
        set_(self, "category", category)
        set_(self, "event_source", event_source)
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
from ..models.customer_event_source import CustomerEventSource  # noqa: E402
