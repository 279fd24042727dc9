from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_event_object import CustomEventObject, check_custom_event_object
from ..types import UNSET, Timestamp, Unset, serialize_datetime

if TYPE_CHECKING:
    from ..models.custom_event_loyalty import CustomEventLoyalty
    from ..models.custom_event_metadata import CustomEventMetadata
    from ..models.custom_event_referral import CustomEventReferral
    from ..models.simple_customer import SimpleCustomer


T = TypeVar("T", bound="CustomEvent")


@_attrs_define
class CustomEvent:
    """A custom event reported for a customer.

    Attributes:
        object_ (CustomEventObject): Kind of object; always `event`.
        type_ (str): Name of the custom event.
        customer (SimpleCustomer): Short form of a customer.
        referral (CustomEventReferral): Referral code reported with a custom event.
        loyalty (CustomEventLoyalty): Loyalty card reported with a custom event.
        id (str | Unset): Identifier of the event.
        metadata (CustomEventMetadata | Unset): Free-form key/value pairs attached to the event.
        created_at (datetime.datetime | Unset): When the event was reported.
    """

    object_: CustomEventObject
    type_: str
    customer: SimpleCustomer
    referral: CustomEventReferral
    loyalty: CustomEventLoyalty
    id: str | Unset = UNSET
    metadata: CustomEventMetadata | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_: str = self.object_

        type_ = self.type_

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
                "object": object_,
                "type": type_,
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_event_loyalty import CustomEventLoyalty  # noqa: PLC0415
        from ..models.custom_event_metadata import CustomEventMetadata  # noqa: PLC0415
        from ..models.custom_event_referral import CustomEventReferral  # noqa: PLC0415
        from ..models.simple_customer import SimpleCustomer  # noqa: PLC0415

        d = dict(src_dict)
        object_ = check_custom_event_object(d.pop("object"))

        type_ = d.pop("type")

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
            created_at = Timestamp.parse(_created_at)

        instance_ = cls(
            object_=object_,
            type_=type_,
            customer=customer,
            referral=referral,
            loyalty=loyalty,
            id=id,
            metadata=metadata,
            created_at=created_at,
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
