from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_object import CustomerObject, check_customer_object
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer(LazyFields):
    """Full customer record, including summary counters, loyalty and referral totals.

    Attributes:
        summary (CustomerSummary | None): Redemption and order counters.
        loyalty (CustomerLoyalty | None): Loyalty point and referral counters.
        referrals (CustomerReferrals | None): Referrals in which this customer was the referee.
        object (CustomerObject): Kind of object; always `customer`.
        id (str | Unset): Voucherify id of the customer. Example: cust_nk0N1uNQ1YnupAoJGOgvsODC.
        source_id (str | Unset): The customer's id in the caller's own system.
        name (str | Unset): Full name.
        description (str | Unset): Free-text note about the customer.
        email (str | Unset): E-mail address.
        phone (str | Unset): Phone number, used for SMS distributions.
        birthday (datetime.date | Unset): Date of birth (older field, superseded by `birthdate`).
        birthdate (datetime.date | Unset): Date of birth.
        address (CustomerAddress | None | Unset): Postal address, null when none is stored.
        metadata (CustomerMetadata | Unset): Free-form key/value pairs attached to the customer.
        system_metadata (CustomerSystemMetadata | Unset): Metadata maintained by Voucherify itself.
        created_at (datetime.datetime | Unset): When the customer was created. Example: 2022-08-30T06:32:07.380Z.
        updated_at (datetime.datetime | Unset): When the customer was last changed. Example: 2022-08-31T06:32:07.380Z.
        assets (CustomerAssets | Unset): Links generated for the customer.
    """

    summary: CustomerSummary | None
    loyalty: CustomerLoyalty | None
    referrals: CustomerReferrals | None
    object: CustomerObject
    id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    birthday: datetime.date | Unset = UNSET
    birthdate: datetime.date | Unset = UNSET
    address: CustomerAddress | None | Unset = UNSET
    metadata: CustomerMetadata | Unset = UNSET
    system_metadata: CustomerSystemMetadata | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    assets: CustomerAssets | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        summary: dict[str, Any] | None
        if isinstance(self.summary, CustomerSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        loyalty: dict[str, Any] | None
        if isinstance(self.loyalty, CustomerLoyalty):
            loyalty = self.loyalty.to_dict()
        else:
            loyalty = self.loyalty

        referrals: dict[str, Any] | None
        if isinstance(self.referrals, CustomerReferrals):
            referrals = self.referrals.to_dict()
        else:
            referrals = self.referrals

        object: str = self.object

        id = self.id

        source_id = self.source_id

        name = self.name

        description = self.description

        email = self.email

        phone = self.phone

        birthday: str | Unset = UNSET
        if not isinstance(self.birthday, Unset):
            birthday = self.birthday.isoformat()

        birthdate: str | Unset = UNSET
        if not isinstance(self.birthdate, Unset):
            birthdate = self.birthdate.isoformat()

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, CustomerAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        system_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_metadata, Unset):
            system_metadata = self.system_metadata.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = serialize_datetime(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = serialize_datetime(self.updated_at)

        assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
                "loyalty": loyalty,
                "referrals": referrals,
                "object": object,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if address is not UNSET:
            field_dict["address"] = address
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if system_metadata is not UNSET:
            field_dict["system_metadata"] = system_metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if assets is not UNSET:
            field_dict["assets"] = assets

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)

        def _parse_summary(data: builtins.object) -> CustomerSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_0 = CustomerSummary.from_dict(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerSummary | None, data)

        summary = _parse_summary(d.pop("summary"))

        def _parse_loyalty(data: builtins.object) -> CustomerLoyalty | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                loyalty_type_0 = CustomerLoyalty.from_dict(data)

                return loyalty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerLoyalty | None, data)

        loyalty = _parse_loyalty(d.pop("loyalty"))

        def _parse_referrals(data: builtins.object) -> CustomerReferrals | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                referrals_type_0 = CustomerReferrals.from_dict(data)

                return referrals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerReferrals | None, data)

        referrals = _parse_referrals(d.pop("referrals"))

        object = check_customer_object(d.pop("object"))

        id = d.pop("id", UNSET)

        source_id = d.pop("source_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        _birthday = d.pop("birthday", UNSET)
        birthday: datetime.date | Unset
        if isinstance(_birthday, Unset):
            birthday = UNSET
        else:
            birthday = datetime.date.fromisoformat(_birthday)

        _birthdate = d.pop("birthdate", UNSET)
        birthdate: datetime.date | Unset
        if isinstance(_birthdate, Unset):
            birthdate = UNSET
        else:
            birthdate = datetime.date.fromisoformat(_birthdate)

        def _parse_address(data: builtins.object) -> CustomerAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = CustomerAddress.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerAddress | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: CustomerMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CustomerMetadata.from_dict(_metadata)

        _system_metadata = d.pop("system_metadata", UNSET)
        system_metadata: CustomerSystemMetadata | Unset
        if isinstance(_system_metadata, Unset):
            system_metadata = UNSET
        else:
            system_metadata = CustomerSystemMetadata.from_dict(_system_metadata)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_timestamp(_updated_at)

        _assets = d.pop("assets", UNSET)
        assets: CustomerAssets | Unset
        if isinstance(_assets, Unset):
            assets = UNSET
        else:
            assets = CustomerAssets.from_dict(_assets)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "summary", summary)
        set_(self, "loyalty", loyalty)
        set_(self, "referrals", referrals)
        set_(self, "object", object)
        set_(self, "id", id)
        set_(self, "source_id", source_id)
        set_(self, "name", name)
        set_(self, "description", description)
        set_(self, "email", email)
        set_(self, "phone", phone)
        set_(self, "birthday", birthday)
        set_(self, "birthdate", birthdate)
        set_(self, "address", address)
        set_(self, "metadata", metadata)
        set_(self, "system_metadata", system_metadata)
        set_(self, "created_at", created_at)
        set_(self, "updated_at", updated_at)
        set_(self, "assets", assets)
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
from ..models.customer_address import CustomerAddress  # noqa: E402
from ..models.customer_assets import CustomerAssets  # noqa: E402
from ..models.customer_loyalty import CustomerLoyalty  # noqa: E402
from ..models.customer_metadata import CustomerMetadata  # noqa: E402
from ..models.customer_referrals import CustomerReferrals  # noqa: E402
from ..models.customer_summary import CustomerSummary  # noqa: E402
from ..models.customer_system_metadata import CustomerSystemMetadata  # noqa: E402
