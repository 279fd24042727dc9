from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_event_object import CustomEventObject
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

T = TypeVar("T", bound="CustomEvent")
# The JSON keys CustomEvent declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "object",
        "type",
        "customer",
        "referral",
        "loyalty",
        "id",
        "metadata",
        "created_at",
    }
)


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
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "object": self.object,
            "type": self.type,
            "customer": self.customer.to_dict(),
            "referral": self.referral.to_dict(),
            "loyalty": self.loyalty.to_dict(),
        }
        if (id := self.id) is not UNSET:
            field_dict["id"] = id
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = metadata.to_dict()
        if not isinstance(created_at := self.created_at, Unset):
            field_dict["created_at"] = serialize_datetime(created_at)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        object = src_dict["object"]
        type = src_dict["type"]
        customer_json = src_dict["customer"]
        customer = new_lazy(SimpleCustomer)
        set_raw(customer, customer_json)
        referral_json = src_dict["referral"]
        referral = new_lazy(CustomEventReferral)
        set_raw(referral, referral_json)
        loyalty_json = src_dict["loyalty"]
        loyalty = new_lazy(CustomEventLoyalty)
        set_raw(loyalty, loyalty_json)
        id = get("id", UNSET)
        metadata = metadata_json = get("metadata", UNSET)
        if metadata_json is not UNSET:
            metadata = new_lazy(CustomEventMetadata)
            set_raw(metadata, metadata_json)
        if (created_at := get("created_at", UNSET)) is not UNSET:
            created_at = parse_timestamp(created_at)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 5 + (id is not UNSET) + (metadata is not UNSET) + (created_at is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_object(self, object)
        _set_type(self, type)
        _set_customer(self, customer)
        _set_referral(self, referral)
        _set_loyalty(self, loyalty)
        _set_id(self, id)
        _set_metadata(self, metadata)
        _set_created_at(self, created_at)
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
            object = src_dict["object"]
            type = src_dict["type"]
            customer_json = src_dict["customer"]
            customer = new_lazy(SimpleCustomer)
            referral_json = src_dict["referral"]
            referral = new_lazy(CustomEventReferral)
            loyalty_json = src_dict["loyalty"]
            loyalty = new_lazy(CustomEventLoyalty)
            id = get("id", UNSET)
            metadata = metadata_json = get("metadata", UNSET)
            if metadata_json is not UNSET:
                metadata = new_lazy(CustomEventMetadata)
            if (created_at := get("created_at", UNSET)) is not UNSET:
                created_at = parse_timestamp(created_at)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 5 + (id is not UNSET) + (metadata is not UNSET) + (created_at is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["customer"] = SimpleCustomer._load_to_dict(customer, customer_json)
        field_dict["referral"] = CustomEventReferral._load_to_dict(referral, referral_json)
        field_dict["loyalty"] = CustomEventLoyalty._load_to_dict(loyalty, loyalty_json)
        if metadata is not UNSET:
            field_dict["metadata"] = CustomEventMetadata._load_to_dict(metadata, metadata_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_object(self, object)
        _set_type(self, type)
        _set_customer(self, customer)
        _set_referral(self, referral)
        _set_loyalty(self, loyalty)
        _set_id(self, id)
        _set_metadata(self, metadata)
        _set_created_at(self, created_at)
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
_set_object = CustomEvent.__dict__["object"].__set__
_set_type = CustomEvent.__dict__["type"].__set__
_set_customer = CustomEvent.__dict__["customer"].__set__
_set_referral = CustomEvent.__dict__["referral"].__set__
_set_loyalty = CustomEvent.__dict__["loyalty"].__set__
_set_id = CustomEvent.__dict__["id"].__set__
_set_metadata = CustomEvent.__dict__["metadata"].__set__
_set_created_at = CustomEvent.__dict__["created_at"].__set__
_set_additional_properties = CustomEvent.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.custom_event_loyalty import CustomEventLoyalty  # noqa: E402
from ..models.custom_event_metadata import CustomEventMetadata  # noqa: E402
from ..models.custom_event_referral import CustomEventReferral  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402

CustomEvent._FIELDS = {
    "created_at": lambda src: UNSET if (value := src.get("created_at", UNSET)) is UNSET else parse_timestamp(value),
}
