from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_event import CustomEvent
    from ..models.custom_event_loyalty_context import CustomEventLoyaltyContext
    from ..models.custom_event_referral_context import CustomEventReferralContext
    from ..models.custom_event_schema_ref import CustomEventSchemaRef
    from ..models.simple_customer import SimpleCustomer


T = TypeVar("T", bound="CustomerCustomEventData")


@_attrs_define
class CustomerCustomEventData:
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
        from ..models.custom_event_loyalty_context import CustomEventLoyaltyContext  # noqa: PLC0415
        from ..models.custom_event_referral_context import CustomEventReferralContext  # noqa: PLC0415

        event = self.event.to_dict()

        event_schema = self.event_schema.to_dict()

        customer = self.customer.to_dict()

        referral: dict[str, Any] | None
        if isinstance(self.referral, CustomEventReferralContext):
            referral = self.referral.to_dict()
        else:
            referral = self.referral

        loyalty: dict[str, Any] | None
        if isinstance(self.loyalty, CustomEventLoyaltyContext):
            loyalty = self.loyalty.to_dict()
        else:
            loyalty = self.loyalty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "event_schema": event_schema,
                "customer": customer,
                "referral": referral,
                "loyalty": loyalty,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_event import CustomEvent  # noqa: PLC0415
        from ..models.custom_event_loyalty_context import CustomEventLoyaltyContext  # noqa: PLC0415
        from ..models.custom_event_referral_context import CustomEventReferralContext  # noqa: PLC0415
        from ..models.custom_event_schema_ref import CustomEventSchemaRef  # noqa: PLC0415
        from ..models.simple_customer import SimpleCustomer  # noqa: PLC0415

        d = dict(src_dict)
        event = CustomEvent.from_dict(d.pop("event"))

        event_schema = CustomEventSchemaRef.from_dict(d.pop("event_schema"))

        customer = SimpleCustomer.from_dict(d.pop("customer"))

        def _parse_referral(data: object) -> CustomEventReferralContext | None:
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

        referral = _parse_referral(d.pop("referral"))

        def _parse_loyalty(data: object) -> CustomEventLoyaltyContext | None:
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

        loyalty = _parse_loyalty(d.pop("loyalty"))

        instance_ = cls(
            event=event,
            event_schema=event_schema,
            customer=customer,
            referral=referral,
            loyalty=loyalty,
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
