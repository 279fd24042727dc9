from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loyalty_tier_object import LoyaltyTierObject, check_loyalty_tier_object
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="LoyaltyTier")


@_attrs_define
class LoyaltyTier(LazyFields):
    """A tier of a loyalty campaign.

    Attributes:
        id (str): Identifier of the tier. Example: ltr_UJ5Q54Q0OvEhua87Qfv2Ki5x.
        name (str): Name of the tier.
        campaign_id (str): Loyalty campaign the tier belongs to.
        points (LoyaltyTierPointRange): Point range that places a customer in a tier.
        config (LoyaltyTierConfig): Qualification settings of a tier.
        metadata (LoyaltyTierMetadataType0 | None): Free-form key/value pairs attached to the tier.
        created_at (datetime.datetime): When the tier was created.
        object (LoyaltyTierObject): Kind of object; always `loyalty_tier`.
        earning_rules (LoyaltyTierEarningRules | Unset): Points mapping per earning rule id (multiplier or fixed
            points); map kept open.
        rewards (LoyaltyTierRewards | Unset): Points mapping per reward id (multiplier or fixed points); map kept open.
        expiration (LoyaltyTierExpiration | Unset): How long a customer keeps a tier.
        updated_at (datetime.datetime | None | Unset): When the tier was last changed.
    """

    id: str
    name: str
    campaign_id: str
    points: LoyaltyTierPointRange
    config: LoyaltyTierConfig
    metadata: LoyaltyTierMetadataType0 | None
    created_at: datetime.datetime
    object: LoyaltyTierObject
    earning_rules: LoyaltyTierEarningRules | Unset = UNSET
    rewards: LoyaltyTierRewards | Unset = UNSET
    expiration: LoyaltyTierExpiration | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        name = self.name

        campaign_id = self.campaign_id

        points = self.points.to_dict()

        config = self.config.to_dict()

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, LoyaltyTierMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        created_at = serialize_datetime(self.created_at)

        object: str = self.object

        earning_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.earning_rules, Unset):
            earning_rules = self.earning_rules.to_dict()

        rewards: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rewards, Unset):
            rewards = self.rewards.to_dict()

        expiration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.to_dict()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = serialize_datetime(self.updated_at)
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "campaign_id": campaign_id,
                "points": points,
                "config": config,
                "metadata": metadata,
                "created_at": created_at,
                "object": object,
            }
        )
        if earning_rules is not UNSET:
            field_dict["earning_rules"] = earning_rules
        if rewards is not UNSET:
            field_dict["rewards"] = rewards
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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

        name = d.pop("name")

        campaign_id = d.pop("campaign_id")

        points = LoyaltyTierPointRange.from_dict(d.pop("points"))

        config = LoyaltyTierConfig.from_dict(d.pop("config"))

        def _parse_metadata(data: builtins.object) -> LoyaltyTierMetadataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = LoyaltyTierMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LoyaltyTierMetadataType0 | None, data)

        metadata = _parse_metadata(d.pop("metadata"))

        created_at = parse_timestamp(d.pop("created_at"))

        object = check_loyalty_tier_object(d.pop("object"))

        _earning_rules = d.pop("earning_rules", UNSET)
        earning_rules: LoyaltyTierEarningRules | Unset
        if isinstance(_earning_rules, Unset):
            earning_rules = UNSET
        else:
            earning_rules = LoyaltyTierEarningRules.from_dict(_earning_rules)

        _rewards = d.pop("rewards", UNSET)
        rewards: LoyaltyTierRewards | Unset
        if isinstance(_rewards, Unset):
            rewards = UNSET
        else:
            rewards = LoyaltyTierRewards.from_dict(_rewards)

        _expiration = d.pop("expiration", UNSET)
        expiration: LoyaltyTierExpiration | Unset
        if isinstance(_expiration, Unset):
            expiration = UNSET
        else:
            expiration = LoyaltyTierExpiration.from_dict(_expiration)

        def _parse_updated_at(data: builtins.object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = parse_timestamp(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "name", name)
        set_(self, "campaign_id", campaign_id)
        set_(self, "points", points)
        set_(self, "config", config)
        set_(self, "metadata", metadata)
        set_(self, "created_at", created_at)
        set_(self, "object", object)
        set_(self, "earning_rules", earning_rules)
        set_(self, "rewards", rewards)
        set_(self, "expiration", expiration)
        set_(self, "updated_at", updated_at)
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
from ..models.loyalty_tier_config import LoyaltyTierConfig  # noqa: E402
from ..models.loyalty_tier_earning_rules import LoyaltyTierEarningRules  # noqa: E402
from ..models.loyalty_tier_expiration import LoyaltyTierExpiration  # noqa: E402
from ..models.loyalty_tier_metadata_type_0 import LoyaltyTierMetadataType0  # noqa: E402
from ..models.loyalty_tier_point_range import LoyaltyTierPointRange  # noqa: E402
from ..models.loyalty_tier_rewards import LoyaltyTierRewards  # noqa: E402
