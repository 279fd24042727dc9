from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    LazyFields,
    new_lazy,
    set_raw,
)

T = TypeVar("T", bound="CustomerCustomEventData")
# The JSON keys CustomerCustomEventData declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "event",
        "event_schema",
        "customer",
        "referral",
        "loyalty",
    }
)


@_attrs_define
class CustomerCustomEventData(LazyFields):
    """Payload of `customer.custom_event`.

    Attributes:
        event (CustomEvent): A custom event reported for a customer.
        event_schema (CustomEventSchemaRef): Pointer to a custom event schema.
        customer (SimpleCustomer): Short form of a customer.
        referral (CustomEventReferralContext | None): Referral the event counted towards, if any.
        loyalty (CustomEventLoyaltyContext | None): Loyalty card the event counted towards, if any.
    """

    event: CustomEvent
    event_schema: CustomEventSchemaRef
    customer: SimpleCustomer
    referral: CustomEventReferralContext | None
    loyalty: CustomEventLoyaltyContext | None
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
            "event": self.event.to_dict(),
            "event_schema": self.event_schema.to_dict(),
            "customer": self.customer.to_dict(),
        }
        referral: dict[str, Any] | None
        if isinstance(self.referral, CustomEventReferralContext):
            referral = self.referral.to_dict()
        else:
            referral = self.referral
        field_dict["referral"] = referral
        loyalty: dict[str, Any] | None
        if isinstance(self.loyalty, CustomEventLoyaltyContext):
            loyalty = self.loyalty.to_dict()
        else:
            loyalty = self.loyalty
        field_dict["loyalty"] = loyalty
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        event_json = src_dict["event"]
        event = new_lazy(CustomEvent)
        set_raw(event, event_json)
        event_schema_json = src_dict["event_schema"]
        event_schema = new_lazy(CustomEventSchemaRef)
        set_raw(event_schema, event_schema_json)
        customer_json = src_dict["customer"]
        customer = new_lazy(SimpleCustomer)
        set_raw(customer, customer_json)

        def _parse_referral(data: builtins.object) -> CustomEventReferralContext | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                referral_type_0 = CustomEventReferralContext.from_dict(data)

                return referral_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomEventReferralContext | None, data)

        referral = _parse_referral(src_dict["referral"])

        def _parse_loyalty(data: builtins.object) -> CustomEventLoyaltyContext | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                loyalty_type_0 = CustomEventLoyaltyContext.from_dict(data)

                return loyalty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomEventLoyaltyContext | None, data)

        loyalty = _parse_loyalty(src_dict["loyalty"])

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 5
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_event(self, event)
        _set_event_schema(self, event_schema)
        _set_customer(self, customer)
        _set_referral(self, referral)
        _set_loyalty(self, loyalty)
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
            event_json = src_dict["event"]
            event = new_lazy(CustomEvent)
            event_schema_json = src_dict["event_schema"]
            event_schema = new_lazy(CustomEventSchemaRef)
            customer_json = src_dict["customer"]
            customer = new_lazy(SimpleCustomer)

            def _parse_referral(data: builtins.object) -> CustomEventReferralContext | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    referral_type_0 = CustomEventReferralContext.from_dict(data)

                    return referral_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CustomEventReferralContext | None, data)

            referral = _parse_referral(src_dict["referral"])

            def _parse_loyalty(data: builtins.object) -> CustomEventLoyaltyContext | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    loyalty_type_0 = CustomEventLoyaltyContext.from_dict(data)

                    return loyalty_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CustomEventLoyaltyContext | None, data)

            loyalty = _parse_loyalty(src_dict["loyalty"])

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 5
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["event"] = CustomEvent._load_to_dict(event, event_json)
        field_dict["event_schema"] = CustomEventSchemaRef._load_to_dict(event_schema, event_schema_json)
        field_dict["customer"] = SimpleCustomer._load_to_dict(customer, customer_json)
        referral_wire: dict[str, Any] | None
        if isinstance(referral, CustomEventReferralContext):
            referral_wire = referral.to_dict()
        else:
            referral_wire = referral
        field_dict["referral"] = referral_wire
        loyalty_wire: dict[str, Any] | None
        if isinstance(loyalty, CustomEventLoyaltyContext):
            loyalty_wire = loyalty.to_dict()
        else:
            loyalty_wire = loyalty
        field_dict["loyalty"] = loyalty_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_event(self, event)
        _set_event_schema(self, event_schema)
        _set_customer(self, customer)
        _set_referral(self, referral)
        _set_loyalty(self, loyalty)
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
_set_event = CustomerCustomEventData.__dict__["event"].__set__
_set_event_schema = CustomerCustomEventData.__dict__["event_schema"].__set__
_set_customer = CustomerCustomEventData.__dict__["customer"].__set__
_set_referral = CustomerCustomEventData.__dict__["referral"].__set__
_set_loyalty = CustomerCustomEventData.__dict__["loyalty"].__set__
_set_additional_properties = CustomerCustomEventData.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.custom_event import CustomEvent  # noqa: E402
from ..models.custom_event_loyalty_context import CustomEventLoyaltyContext  # noqa: E402
from ..models.custom_event_referral_context import CustomEventReferralContext  # noqa: E402
from ..models.custom_event_schema_ref import CustomEventSchemaRef  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
