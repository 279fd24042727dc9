from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loyalty_tier_object import LoyaltyTierObject, check_loyalty_tier_object
from ..types import UNSET, Timestamp, Unset, serialize_datetime

if TYPE_CHECKING:
    from ..models.loyalty_tier_config import LoyaltyTierConfig
    from ..models.loyalty_tier_earning_rules import LoyaltyTierEarningRules
    from ..models.loyalty_tier_expiration import LoyaltyTierExpiration
    from ..models.loyalty_tier_metadata_type_0 import LoyaltyTierMetadataType0
    from ..models.loyalty_tier_point_range import LoyaltyTierPointRange
    from ..models.loyalty_tier_rewards import LoyaltyTierRewards


T = TypeVar("T", bound="LoyaltyTier")


@_attrs_define
class LoyaltyTier:
    """A tier of a loyalty campaign.

    Attributes:
        id (str): Identifier of the tier. Example: ltr_UJ5Q54Q0OvEhua87Qfv2Ki5x.
        name (str): Name of the tier.
        campaign_id (str): Loyalty campaign the tier belongs to.
        points (LoyaltyTierPointRange): Point range that places a customer in a tier.
        config (LoyaltyTierConfig): Qualification settings of a tier.
        metadata (LoyaltyTierMetadataType0 | None): Free-form key/value pairs attached to the tier.
        created_at (datetime.datetime): When the tier was created.
        object_ (LoyaltyTierObject): Kind of object; always `loyalty_tier`.
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
    object_: LoyaltyTierObject
    earning_rules: LoyaltyTierEarningRules | Unset = UNSET
    rewards: LoyaltyTierRewards | Unset = UNSET
    expiration: LoyaltyTierExpiration | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.loyalty_tier_metadata_type_0 import LoyaltyTierMetadataType0  # noqa: PLC0415

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

        object_: str = self.object_

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
                "object": object_,
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_tier_config import LoyaltyTierConfig  # noqa: PLC0415
        from ..models.loyalty_tier_earning_rules import LoyaltyTierEarningRules  # noqa: PLC0415
        from ..models.loyalty_tier_expiration import LoyaltyTierExpiration  # noqa: PLC0415
        from ..models.loyalty_tier_metadata_type_0 import LoyaltyTierMetadataType0  # noqa: PLC0415
        from ..models.loyalty_tier_point_range import LoyaltyTierPointRange  # noqa: PLC0415
        from ..models.loyalty_tier_rewards import LoyaltyTierRewards  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        campaign_id = d.pop("campaign_id")

        points = LoyaltyTierPointRange.from_dict(d.pop("points"))

        config = LoyaltyTierConfig.from_dict(d.pop("config"))

        def _parse_metadata(data: object) -> LoyaltyTierMetadataType0 | None:
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

        created_at = Timestamp.parse(d.pop("created_at"))

        object_ = check_loyalty_tier_object(d.pop("object"))

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

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = Timestamp.parse(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        instance_ = cls(
            id=id,
            name=name,
            campaign_id=campaign_id,
            points=points,
            config=config,
            metadata=metadata,
            created_at=created_at,
            object_=object_,
            earning_rules=earning_rules,
            rewards=rewards,
            expiration=expiration,
            updated_at=updated_at,
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
