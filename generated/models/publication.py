from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publication_object import PublicationObject
from ..models.publication_result import PublicationResult
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="Publication")
# The JSON keys Publication declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "created_at",
        "customer_id",
        "metadata",
        "channel",
        "source_id",
        "customer",
        "vouchers_id",
        "result",
        "tracking_id",
        "vouchers",
        "voucher",
    }
)


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
        if self._raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["object"] = self.object
        field_dict["created_at"] = serialize_datetime(self.created_at)
        field_dict["customer_id"] = self.customer_id
        field_dict["metadata"] = self.metadata.to_dict()
        field_dict["channel"] = self.channel
        source_id: None | str
        source_id = self.source_id
        field_dict["source_id"] = source_id
        field_dict["customer"] = self.customer.to_dict()
        vouchers_id = self.vouchers_id

        field_dict["vouchers_id"] = vouchers_id
        field_dict["result"] = self.result
        if (tracking_id := self.tracking_id) is not UNSET:
            field_dict["tracking_id"] = tracking_id
        vouchers: list[str] | Unset = UNSET
        if not isinstance(self.vouchers, Unset):
            vouchers = self.vouchers

        if vouchers is not UNSET:
            field_dict["vouchers"] = vouchers
        if not isinstance(voucher := self.voucher, Unset):
            field_dict["voucher"] = voucher.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        get = src_dict.get
        id = src_dict["id"]
        object = src_dict["object"]
        created_at = parse_timestamp(src_dict["created_at"])
        customer_id = src_dict["customer_id"]
        metadata = PublicationMetadata.from_dict(src_dict["metadata"])
        channel = src_dict["channel"]

        def _parse_source_id(data: builtins.object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_id = _parse_source_id(src_dict["source_id"])

        customer = Customer.from_dict(src_dict["customer"])
        vouchers_id = cast(list[str], src_dict["vouchers_id"])

        result = src_dict["result"]
        tracking_id = get("tracking_id", UNSET)
        vouchers = cast(list[str], get("vouchers", UNSET))

        if (voucher := get("voucher", UNSET)) is not UNSET:
            voucher = PublicationVoucher.from_dict(voucher)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}
        # Set only once everything parsed: a failed parse leaves no field half set.
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

Publication._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
}
