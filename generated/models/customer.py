from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_object import CustomerObject
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

T = TypeVar("T", bound="Customer")
# The JSON keys Customer declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "summary",
        "loyalty",
        "referrals",
        "object",
        "id",
        "source_id",
        "name",
        "description",
        "email",
        "phone",
        "birthday",
        "birthdate",
        "address",
        "metadata",
        "system_metadata",
        "created_at",
        "updated_at",
        "assets",
    }
)


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
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties, "object": self.object}
        summary: dict[str, Any] | None
        if isinstance(self.summary, CustomerSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary
        field_dict["summary"] = summary
        loyalty: dict[str, Any] | None
        if isinstance(self.loyalty, CustomerLoyalty):
            loyalty = self.loyalty.to_dict()
        else:
            loyalty = self.loyalty
        field_dict["loyalty"] = loyalty
        referrals: dict[str, Any] | None
        if isinstance(self.referrals, CustomerReferrals):
            referrals = self.referrals.to_dict()
        else:
            referrals = self.referrals
        field_dict["referrals"] = referrals
        if (id := self.id) is not UNSET:
            field_dict["id"] = id
        if (source_id := self.source_id) is not UNSET:
            field_dict["source_id"] = source_id
        if (name := self.name) is not UNSET:
            field_dict["name"] = name
        if (description := self.description) is not UNSET:
            field_dict["description"] = description
        if (email := self.email) is not UNSET:
            field_dict["email"] = email
        if (phone := self.phone) is not UNSET:
            field_dict["phone"] = phone
        birthday: str | Unset = UNSET
        if not isinstance(self.birthday, Unset):
            birthday = self.birthday.isoformat()
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        birthdate: str | Unset = UNSET
        if not isinstance(self.birthdate, Unset):
            birthdate = self.birthdate.isoformat()
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, CustomerAddress):
            address = self.address.to_dict()
        else:
            address = self.address
        if address is not UNSET:
            field_dict["address"] = address
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = metadata.to_dict()
        if not isinstance(system_metadata := self.system_metadata, Unset):
            field_dict["system_metadata"] = system_metadata.to_dict()
        if not isinstance(created_at := self.created_at, Unset):
            field_dict["created_at"] = serialize_datetime(created_at)
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_datetime(updated_at)
        if not isinstance(assets := self.assets, Unset):
            field_dict["assets"] = assets.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get

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

        summary = _parse_summary(src_dict["summary"])

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

        loyalty = _parse_loyalty(src_dict["loyalty"])

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

        referrals = _parse_referrals(src_dict["referrals"])

        object = src_dict["object"]
        id = get("id", UNSET)
        source_id = get("source_id", UNSET)
        name = get("name", UNSET)
        description = get("description", UNSET)
        email = get("email", UNSET)
        phone = get("phone", UNSET)
        _birthday = get("birthday", UNSET)
        birthday: datetime.date | Unset
        if isinstance(_birthday, Unset):
            birthday = UNSET
        else:
            birthday = datetime.date.fromisoformat(_birthday)

        _birthdate = get("birthdate", UNSET)
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

        address = _parse_address(get("address", UNSET))

        metadata = metadata_json = get("metadata", UNSET)
        if metadata_json is not UNSET:
            metadata = new_lazy(CustomerMetadata)
            set_raw(metadata, metadata_json)
        system_metadata = system_metadata_json = get("system_metadata", UNSET)
        if system_metadata_json is not UNSET:
            system_metadata = new_lazy(CustomerSystemMetadata)
            set_raw(system_metadata, system_metadata_json)
        if (created_at := get("created_at", UNSET)) is not UNSET:
            created_at = parse_timestamp(created_at)
        if (updated_at := get("updated_at", UNSET)) is not UNSET:
            updated_at = parse_timestamp(updated_at)
        assets = assets_json = get("assets", UNSET)
        if assets_json is not UNSET:
            assets = new_lazy(CustomerAssets)
            set_raw(assets, assets_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_summary(self, summary)
        _set_loyalty(self, loyalty)
        _set_referrals(self, referrals)
        _set_object(self, object)
        _set_id(self, id)
        _set_source_id(self, source_id)
        _set_name(self, name)
        _set_description(self, description)
        _set_email(self, email)
        _set_phone(self, phone)
        _set_birthday(self, birthday)
        _set_birthdate(self, birthdate)
        _set_address(self, address)
        _set_metadata(self, metadata)
        _set_system_metadata(self, system_metadata)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_assets(self, assets)
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

            summary = _parse_summary(src_dict["summary"])

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

            loyalty = _parse_loyalty(src_dict["loyalty"])

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

            referrals = _parse_referrals(src_dict["referrals"])

            object = src_dict["object"]
            id = get("id", UNSET)
            source_id = get("source_id", UNSET)
            name = get("name", UNSET)
            description = get("description", UNSET)
            email = get("email", UNSET)
            phone = get("phone", UNSET)
            _birthday = get("birthday", UNSET)
            birthday: datetime.date | Unset
            if isinstance(_birthday, Unset):
                birthday = UNSET
            else:
                birthday = datetime.date.fromisoformat(_birthday)

            _birthdate = get("birthdate", UNSET)
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

            address = _parse_address(get("address", UNSET))

            metadata = metadata_json = get("metadata", UNSET)
            if metadata_json is not UNSET:
                metadata = new_lazy(CustomerMetadata)
            system_metadata = system_metadata_json = get("system_metadata", UNSET)
            if system_metadata_json is not UNSET:
                system_metadata = new_lazy(CustomerSystemMetadata)
            if (created_at := get("created_at", UNSET)) is not UNSET:
                created_at = parse_timestamp(created_at)
            if (updated_at := get("updated_at", UNSET)) is not UNSET:
                updated_at = parse_timestamp(updated_at)
            assets = assets_json = get("assets", UNSET)
            if assets_json is not UNSET:
                assets = new_lazy(CustomerAssets)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        summary_wire: dict[str, Any] | None
        if isinstance(summary, CustomerSummary):
            summary_wire = summary.to_dict()
        else:
            summary_wire = summary
        field_dict["summary"] = summary_wire
        loyalty_wire: dict[str, Any] | None
        if isinstance(loyalty, CustomerLoyalty):
            loyalty_wire = loyalty.to_dict()
        else:
            loyalty_wire = loyalty
        field_dict["loyalty"] = loyalty_wire
        referrals_wire: dict[str, Any] | None
        if isinstance(referrals, CustomerReferrals):
            referrals_wire = referrals.to_dict()
        else:
            referrals_wire = referrals
        field_dict["referrals"] = referrals_wire
        birthday_wire: str | Unset = UNSET
        if not isinstance(birthday, Unset):
            birthday_wire = birthday.isoformat()
        if birthday_wire is not UNSET:
            field_dict["birthday"] = birthday_wire
        birthdate_wire: str | Unset = UNSET
        if not isinstance(birthdate, Unset):
            birthdate_wire = birthdate.isoformat()
        if birthdate_wire is not UNSET:
            field_dict["birthdate"] = birthdate_wire
        address_wire: dict[str, Any] | None | Unset
        if isinstance(address, Unset):
            address_wire = UNSET
        elif isinstance(address, CustomerAddress):
            address_wire = address.to_dict()
        else:
            address_wire = address
        if address_wire is not UNSET:
            field_dict["address"] = address_wire
        if metadata is not UNSET:
            field_dict["metadata"] = CustomerMetadata._load_to_dict(metadata, metadata_json)
        if system_metadata is not UNSET:
            field_dict["system_metadata"] = CustomerSystemMetadata._load_to_dict(system_metadata, system_metadata_json)
        if assets is not UNSET:
            field_dict["assets"] = CustomerAssets._load_to_dict(assets, assets_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_summary(self, summary)
        _set_loyalty(self, loyalty)
        _set_referrals(self, referrals)
        _set_object(self, object)
        _set_id(self, id)
        _set_source_id(self, source_id)
        _set_name(self, name)
        _set_description(self, description)
        _set_email(self, email)
        _set_phone(self, phone)
        _set_birthday(self, birthday)
        _set_birthdate(self, birthdate)
        _set_address(self, address)
        _set_metadata(self, metadata)
        _set_system_metadata(self, system_metadata)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_assets(self, assets)
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
_set_summary = Customer.__dict__["summary"].__set__
_set_loyalty = Customer.__dict__["loyalty"].__set__
_set_referrals = Customer.__dict__["referrals"].__set__
_set_object = Customer.__dict__["object"].__set__
_set_id = Customer.__dict__["id"].__set__
_set_source_id = Customer.__dict__["source_id"].__set__
_set_name = Customer.__dict__["name"].__set__
_set_description = Customer.__dict__["description"].__set__
_set_email = Customer.__dict__["email"].__set__
_set_phone = Customer.__dict__["phone"].__set__
_set_birthday = Customer.__dict__["birthday"].__set__
_set_birthdate = Customer.__dict__["birthdate"].__set__
_set_address = Customer.__dict__["address"].__set__
_set_metadata = Customer.__dict__["metadata"].__set__
_set_system_metadata = Customer.__dict__["system_metadata"].__set__
_set_created_at = Customer.__dict__["created_at"].__set__
_set_updated_at = Customer.__dict__["updated_at"].__set__
_set_assets = Customer.__dict__["assets"].__set__
_set_additional_properties = Customer.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.customer_address import CustomerAddress  # noqa: E402
from ..models.customer_assets import CustomerAssets  # noqa: E402
from ..models.customer_loyalty import CustomerLoyalty  # noqa: E402
from ..models.customer_metadata import CustomerMetadata  # noqa: E402
from ..models.customer_referrals import CustomerReferrals  # noqa: E402
from ..models.customer_summary import CustomerSummary  # noqa: E402
from ..models.customer_system_metadata import CustomerSystemMetadata  # noqa: E402

Customer._FIELDS = {
    "created_at": lambda src: UNSET if (value := src.get("created_at", UNSET)) is UNSET else parse_timestamp(value),
    "updated_at": lambda src: UNSET if (value := src.get("updated_at", UNSET)) is UNSET else parse_timestamp(value),
}
