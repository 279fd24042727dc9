from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.segment import Segment


T = TypeVar("T", bound="CustomerSegmentEventData")


@_attrs_define
class CustomerSegmentEventData:
    """Payload of `customer.segment.entered` and `customer.segment.left`.

    Attributes:
        customer (Customer): Full customer record, including summary counters, loyalty and referral totals.
        segment (Segment): A customer segment, by id and name.
    """

    customer: Customer
    segment: Segment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        segment = self.segment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "segment": segment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.segment import Segment  # noqa: PLC0415

        d = dict(src_dict)
        customer = Customer.from_dict(d.pop("customer"))

        segment = Segment.from_dict(d.pop("segment"))

        instance_ = cls(
            customer=customer,
            segment=segment,
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
