from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAssets")


@_attrs_define
class CustomerAssets:
    """Links generated for the customer.

    Attributes:
        cockpit_url (str | Unset): Address of the customer's cockpit page.
        cockpit_preference_center_url (str | Unset): Address of the customer's preference center.
    """

    cockpit_url: str | Unset = UNSET
    cockpit_preference_center_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cockpit_url = self.cockpit_url

        cockpit_preference_center_url = self.cockpit_preference_center_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cockpit_url is not UNSET:
            field_dict["cockpit_url"] = cockpit_url
        if cockpit_preference_center_url is not UNSET:
            field_dict["cockpit_preference_center_url"] = cockpit_preference_center_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cockpit_url = d.pop("cockpit_url", UNSET)

        cockpit_preference_center_url = d.pop("cockpit_preference_center_url", UNSET)

        instance_ = cls(
            cockpit_url=cockpit_url,
            cockpit_preference_center_url=cockpit_preference_center_url,
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
