from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publication_object import PublicationObject, check_publication_object
from ..models.publication_result import PublicationResult, check_publication_result
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="Publication")


@_attrs_define
class Publication(LazyFields):
    """Assignment of a voucher to a customer.

    Attributes:
        id (str): Identifier of the publication. Example: pub_BbjAXnmm8e0SIm3zG8qvvFCP0KuLywtp.
        object (PublicationObject): Kind of object; always `publication`.
        created_at (datetime.datetime): When the publication happened.
        customer_id (str): Customer who received the voucher.
        metadata (PublicationMetadata): Where a publication came from.
        channel (str): How the voucher was published, e.g. `API`.
        source_id (None | str): Caller-supplied id that makes the publication idempotent.
        customer (Customer): Full customer record, including summary counters, loyalty and referral totals.
        vouchers_id (list[str]): Identifiers of the vouchers published.
        result (PublicationResult): Whether the publication succeeded.
        tracking_id (str | Unset): Tracking id of that customer.
        vouchers (list[str] | Unset): Codes published.
        voucher (PublicationVoucher | Unset): The voucher handed out by a publication.
    """

    id: str
    object: PublicationObject
    created_at: datetime.datetime
    customer_id: str
    metadata: PublicationMetadata
    channel: str
    source_id: None | str
    customer: Customer
    vouchers_id: list[str]
    result: PublicationResult
    tracking_id: str | Unset = UNSET
    vouchers: list[str] | Unset = UNSET
    voucher: PublicationVoucher | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        object: str = self.object

        created_at = serialize_datetime(self.created_at)

        customer_id = self.customer_id

        metadata = self.metadata.to_dict()

        channel = self.channel

        source_id: None | str
        source_id = self.source_id

        customer = self.customer.to_dict()

        vouchers_id = self.vouchers_id

        result: str = self.result

        tracking_id = self.tracking_id

        vouchers: list[str] | Unset = UNSET
        if not isinstance(self.vouchers, Unset):
            vouchers = self.vouchers

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object,
                "created_at": created_at,
                "customer_id": customer_id,
                "metadata": metadata,
                "channel": channel,
                "source_id": source_id,
                "customer": customer,
                "vouchers_id": vouchers_id,
                "result": result,
            }
        )
        if tracking_id is not UNSET:
            field_dict["tracking_id"] = tracking_id
        if vouchers is not UNSET:
            field_dict["vouchers"] = vouchers
        if voucher is not UNSET:
            field_dict["voucher"] = voucher

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id")

        object = check_publication_object(d.pop("object"))

        created_at = parse_timestamp(d.pop("created_at"))

        customer_id = d.pop("customer_id")

        metadata = PublicationMetadata.from_dict(d.pop("metadata"))

        channel = d.pop("channel")

        def _parse_source_id(data: builtins.object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_id = _parse_source_id(d.pop("source_id"))

        customer = Customer.from_dict(d.pop("customer"))

        vouchers_id = cast(list[str], d.pop("vouchers_id"))

        result = check_publication_result(d.pop("result"))

        tracking_id = d.pop("tracking_id", UNSET)

        vouchers = cast(list[str], d.pop("vouchers", UNSET))

        _voucher = d.pop("voucher", UNSET)
        voucher: PublicationVoucher | Unset
        if isinstance(_voucher, Unset):
            voucher = UNSET
        else:
            voucher = PublicationVoucher.from_dict(_voucher)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "object", object)
        set_(self, "created_at", created_at)
        set_(self, "customer_id", customer_id)
        set_(self, "metadata", metadata)
        set_(self, "channel", channel)
        set_(self, "source_id", source_id)
        set_(self, "customer", customer)
        set_(self, "vouchers_id", vouchers_id)
        set_(self, "result", result)
        set_(self, "tracking_id", tracking_id)
        set_(self, "vouchers", vouchers)
        set_(self, "voucher", voucher)
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
from ..models.customer import Customer  # noqa: E402
from ..models.publication_metadata import PublicationMetadata  # noqa: E402
from ..models.publication_voucher import PublicationVoucher  # noqa: E402
