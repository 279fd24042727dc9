from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_event_object import CustomEventObject, check_custom_event_object
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="CustomEvent")


@_attrs_define
class CustomEvent(LazyFields):
    """A custom event reported for a customer.

    Attributes:
        object (CustomEventObject): Kind of object; always `event`.
        type (str): Name of the custom event.
        customer (SimpleCustomer): Short form of a customer.
        referral (CustomEventReferral): Referral code reported with a custom event.
        loyalty (CustomEventLoyalty): Loyalty card reported with a custom event.
        id (str | Unset): Identifier of the event.
        metadata (CustomEventMetadata | Unset): Free-form key/value pairs attached to the event.
        created_at (datetime.datetime | Unset): When the event was reported.
    """

    object: CustomEventObject
    type: str
    customer: SimpleCustomer
    referral: CustomEventReferral
    loyalty: CustomEventLoyalty
    id: str | Unset = UNSET
    metadata: CustomEventMetadata | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        object: str = self.object

        type = self.type

        customer = self.customer.to_dict()

        referral = self.referral.to_dict()

        loyalty = self.loyalty.to_dict()

        id = self.id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = serialize_datetime(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object,
                "type": type,
                "customer": customer,
                "referral": referral,
                "loyalty": loyalty,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        object = check_custom_event_object(d.pop("object"))

        type = d.pop("type")

        customer = SimpleCustomer.from_dict(d.pop("customer"))

        referral = CustomEventReferral.from_dict(d.pop("referral"))

        loyalty = CustomEventLoyalty.from_dict(d.pop("loyalty"))

        id = d.pop("id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CustomEventMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CustomEventMetadata.from_dict(_metadata)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "object", object)
        set_(self, "type", type)
        set_(self, "customer", customer)
        set_(self, "referral", referral)
        set_(self, "loyalty", loyalty)
        set_(self, "id", id)
        set_(self, "metadata", metadata)
        set_(self, "created_at", created_at)
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
from ..models.custom_event_loyalty import CustomEventLoyalty  # noqa: E402
from ..models.custom_event_metadata import CustomEventMetadata  # noqa: E402
from ..models.custom_event_referral import CustomEventReferral  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
