from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publication_object import PublicationObject
from ..models.publication_result import PublicationResult
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
        raw = self._raw
        if raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "object": self.object,
            "created_at": serialize_datetime(self.created_at),
            "customer_id": self.customer_id,
            "metadata": self.metadata.to_dict(),
            "channel": self.channel,
            "source_id": self.source_id,
            "customer": self.customer.to_dict(),
            "result": self.result,
        }
        vouchers_id = self.vouchers_id

        field_dict["vouchers_id"] = vouchers_id
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
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        id = src_dict["id"]
        object = src_dict["object"]
        created_at = parse_timestamp(src_dict["created_at"])
        customer_id = src_dict["customer_id"]
        metadata_json = src_dict["metadata"]
        metadata = new_lazy(PublicationMetadata)
        set_raw(metadata, metadata_json)
        channel = src_dict["channel"]
        source_id = src_dict["source_id"]
        customer_json = src_dict["customer"]
        customer = new_lazy(Customer)
        set_raw(customer, customer_json)
        vouchers_id = cast(list[str], src_dict["vouchers_id"])

        result = src_dict["result"]
        tracking_id = get("tracking_id", UNSET)
        vouchers = cast(list[str], get("vouchers", UNSET))

        voucher = voucher_json = get("voucher", UNSET)
        if voucher_json is not UNSET:
            voucher = new_lazy(PublicationVoucher)
            set_raw(voucher, voucher_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_object(self, object)
        _set_created_at(self, created_at)
        _set_customer_id(self, customer_id)
        _set_metadata(self, metadata)
        _set_channel(self, channel)
        _set_source_id(self, source_id)
        _set_customer(self, customer)
        _set_vouchers_id(self, vouchers_id)
        _set_result(self, result)
        _set_tracking_id(self, tracking_id)
        _set_vouchers(self, vouchers)
        _set_voucher(self, voucher)
        _set_additional_properties(self, additional_properties)
        set_raw(self, PARSED)

    def _load_to_dict(self, src_dict: Any) -> dict[str, Any]:
        """``to_dict()`` of this model, not parsed yet, from ``src_dict`` (its ``_raw``, or the JSON a
        parent made it for; a parent's own pass calls this right after ``new_lazy``): parse as
        ``_load`` does, then write back, the values that write back as they came being the
        source's own. Data that does not parse comes back as it came, the model lazy on it."""
        set_raw(self, src_dict)
        return self.to_dict()

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
_set_id = Publication.__dict__["id"].__set__
_set_object = Publication.__dict__["object"].__set__
_set_created_at = Publication.__dict__["created_at"].__set__
_set_customer_id = Publication.__dict__["customer_id"].__set__
_set_metadata = Publication.__dict__["metadata"].__set__
_set_channel = Publication.__dict__["channel"].__set__
_set_source_id = Publication.__dict__["source_id"].__set__
_set_customer = Publication.__dict__["customer"].__set__
_set_vouchers_id = Publication.__dict__["vouchers_id"].__set__
_set_result = Publication.__dict__["result"].__set__
_set_tracking_id = Publication.__dict__["tracking_id"].__set__
_set_vouchers = Publication.__dict__["vouchers"].__set__
_set_voucher = Publication.__dict__["voucher"].__set__
_set_additional_properties = Publication.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.customer import Customer  # noqa: E402
from ..models.publication_metadata import PublicationMetadata  # noqa: E402
from ..models.publication_voucher import PublicationVoucher  # noqa: E402

Publication._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
}
