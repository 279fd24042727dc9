from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="SimplePromotionTier")


@_attrs_define
class SimplePromotionTier(LazyFields):
    """Short form of a promotion tier.

    Attributes:
        id (str | Unset): Identifier of the tier. Example: promo_63fYCt81Aw0h7lzyRkrGZh9p.
        name (str | Unset): Name of the tier.
        banner (str | Unset): Text shown to customers.
        campaign (CampaignIdRef | Unset): Pointer to a campaign by id.
        metadata (SimplePromotionTierMetadata | Unset): Free-form key/value pairs attached to the promotion tier.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    banner: str | Unset = UNSET
    campaign: CampaignIdRef | Unset = UNSET
    metadata: SimplePromotionTierMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        name = self.name

        banner = self.banner

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if banner is not UNSET:
            field_dict["banner"] = banner
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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

        banner = d.pop("banner", UNSET)

        _campaign = d.pop("campaign", UNSET)
        campaign: CampaignIdRef | Unset
        if isinstance(_campaign, Unset):
            campaign = UNSET
        else:
            campaign = CampaignIdRef.from_dict(_campaign)

        _metadata = d.pop("metadata", UNSET)
        metadata: SimplePromotionTierMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SimplePromotionTierMetadata.from_dict(_metadata)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "name", name)
        set_(self, "banner", banner)
        set_(self, "campaign", campaign)
        set_(self, "metadata", metadata)
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
from ..models.campaign_id_ref import CampaignIdRef  # noqa: E402
from ..models.simple_promotion_tier_metadata import SimplePromotionTierMetadata  # noqa: E402
