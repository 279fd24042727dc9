from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_customer_object import SimpleCustomerObject, check_simple_customer_object
from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="SimpleCustomer")


@_attrs_define
class SimpleCustomer(LazyFields):
    """Short form of a customer.

    Attributes:
        id (str | Unset): Voucherify id of the customer. Example: cust_nk0N1uNQ1YnupAoJGOgvsODC.
        name (str | Unset): Full name.
        email (str | Unset): E-mail address.
        source_id (str | Unset): The customer's id in the caller's own system.
        metadata (SimpleCustomerMetadata | Unset): Free-form key/value pairs attached to the customer.
        object (SimpleCustomerObject | Unset): Kind of object; always `customer`.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    source_id: str | Unset = UNSET
    metadata: SimpleCustomerMetadata | Unset = UNSET
    object: SimpleCustomerObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        name = self.name

        email = self.email

        source_id = self.source_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        object: str | Unset = UNSET
        if not isinstance(self.object, Unset):
            object = self.object

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if object is not UNSET:
            field_dict["object"] = object

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        source_id = d.pop("source_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: SimpleCustomerMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SimpleCustomerMetadata.from_dict(_metadata)

        _object = d.pop("object", UNSET)
        object: SimpleCustomerObject | Unset
        if isinstance(_object, Unset):
            object = UNSET
        else:
            object = check_simple_customer_object(_object)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "name", name)
        set_(self, "email", email)
        set_(self, "source_id", source_id)
        set_(self, "metadata", metadata)
        set_(self, "object", object)
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
from ..models.simple_customer_metadata import SimpleCustomerMetadata  # noqa: E402
