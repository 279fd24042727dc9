from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loyalty_tier_object import LoyaltyTierObject
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    parse_nullable_timestamp,
    parse_timestamp,
    serialize_datetime,
    serialize_nullable_datetime,
    set_raw,
)

T = TypeVar("T", bound="LoyaltyTier")
# The JSON keys LoyaltyTier declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "campaign_id",
        "points",
        "config",
        "metadata",
        "created_at",
        "object",
        "earning_rules",
        "rewards",
        "expiration",
        "updated_at",
    }
)


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
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "name": self.name,
            "campaign_id": self.campaign_id,
            "points": self.points.to_dict(),
            "config": self.config.to_dict(),
            "created_at": serialize_datetime(self.created_at),
            "object": self.object,
        }
        metadata: dict[str, Any] | None
        if isinstance(self.metadata, LoyaltyTierMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata
        field_dict["metadata"] = metadata
        if not isinstance(earning_rules := self.earning_rules, Unset):
            field_dict["earning_rules"] = earning_rules.to_dict()
        if not isinstance(rewards := self.rewards, Unset):
            field_dict["rewards"] = rewards.to_dict()
        if not isinstance(expiration := self.expiration, Unset):
            field_dict["expiration"] = expiration.to_dict()
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_nullable_datetime(updated_at)
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
        name = src_dict["name"]
        campaign_id = src_dict["campaign_id"]
        points_json = src_dict["points"]
        points = new_lazy(LoyaltyTierPointRange)
        set_raw(points, points_json)
        config_json = src_dict["config"]
        config = new_lazy(LoyaltyTierConfig)
        set_raw(config, config_json)

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

        metadata = _parse_metadata(src_dict["metadata"])

        created_at = parse_timestamp(src_dict["created_at"])
        object = src_dict["object"]
        earning_rules = earning_rules_json = get("earning_rules", UNSET)
        if earning_rules_json is not UNSET:
            earning_rules = new_lazy(LoyaltyTierEarningRules)
            set_raw(earning_rules, earning_rules_json)
        rewards = rewards_json = get("rewards", UNSET)
        if rewards_json is not UNSET:
            rewards = new_lazy(LoyaltyTierRewards)
            set_raw(rewards, rewards_json)
        expiration = expiration_json = get("expiration", UNSET)
        if expiration_json is not UNSET:
            expiration = new_lazy(LoyaltyTierExpiration)
            set_raw(expiration, expiration_json)
        updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 8 + (earning_rules is not UNSET) + (rewards is not UNSET) + (
            expiration is not UNSET
        ) + (updated_at is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_name(self, name)
        _set_campaign_id(self, campaign_id)
        _set_points(self, points)
        _set_config(self, config)
        _set_metadata(self, metadata)
        _set_created_at(self, created_at)
        _set_object(self, object)
        _set_earning_rules(self, earning_rules)
        _set_rewards(self, rewards)
        _set_expiration(self, expiration)
        _set_updated_at(self, updated_at)
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
            id = src_dict["id"]
            name = src_dict["name"]
            campaign_id = src_dict["campaign_id"]
            points_json = src_dict["points"]
            points = new_lazy(LoyaltyTierPointRange)
            config_json = src_dict["config"]
            config = new_lazy(LoyaltyTierConfig)

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

            metadata = _parse_metadata(src_dict["metadata"])

            created_at = parse_timestamp(src_dict["created_at"])
            object = src_dict["object"]
            earning_rules = earning_rules_json = get("earning_rules", UNSET)
            if earning_rules_json is not UNSET:
                earning_rules = new_lazy(LoyaltyTierEarningRules)
            rewards = rewards_json = get("rewards", UNSET)
            if rewards_json is not UNSET:
                rewards = new_lazy(LoyaltyTierRewards)
            expiration = expiration_json = get("expiration", UNSET)
            if expiration_json is not UNSET:
                expiration = new_lazy(LoyaltyTierExpiration)
            updated_at = parse_nullable_timestamp(get("updated_at", UNSET))

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 8 + (earning_rules is not UNSET) + (rewards is not UNSET) + (
                expiration is not UNSET
            ) + (updated_at is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["points"] = LoyaltyTierPointRange._load_to_dict(points, points_json)
        field_dict["config"] = LoyaltyTierConfig._load_to_dict(config, config_json)
        metadata_wire: dict[str, Any] | None
        if isinstance(metadata, LoyaltyTierMetadataType0):
            metadata_wire = metadata.to_dict()
        else:
            metadata_wire = metadata
        field_dict["metadata"] = metadata_wire
        if earning_rules is not UNSET:
            field_dict["earning_rules"] = LoyaltyTierEarningRules._load_to_dict(earning_rules, earning_rules_json)
        if rewards is not UNSET:
            field_dict["rewards"] = LoyaltyTierRewards._load_to_dict(rewards, rewards_json)
        if expiration is not UNSET:
            field_dict["expiration"] = LoyaltyTierExpiration._load_to_dict(expiration, expiration_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_name(self, name)
        _set_campaign_id(self, campaign_id)
        _set_points(self, points)
        _set_config(self, config)
        _set_metadata(self, metadata)
        _set_created_at(self, created_at)
        _set_object(self, object)
        _set_earning_rules(self, earning_rules)
        _set_rewards(self, rewards)
        _set_expiration(self, expiration)
        _set_updated_at(self, updated_at)
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
_set_id = LoyaltyTier.__dict__["id"].__set__
_set_name = LoyaltyTier.__dict__["name"].__set__
_set_campaign_id = LoyaltyTier.__dict__["campaign_id"].__set__
_set_points = LoyaltyTier.__dict__["points"].__set__
_set_config = LoyaltyTier.__dict__["config"].__set__
_set_metadata = LoyaltyTier.__dict__["metadata"].__set__
_set_created_at = LoyaltyTier.__dict__["created_at"].__set__
_set_object = LoyaltyTier.__dict__["object"].__set__
_set_earning_rules = LoyaltyTier.__dict__["earning_rules"].__set__
_set_rewards = LoyaltyTier.__dict__["rewards"].__set__
_set_expiration = LoyaltyTier.__dict__["expiration"].__set__
_set_updated_at = LoyaltyTier.__dict__["updated_at"].__set__
_set_additional_properties = LoyaltyTier.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.loyalty_tier_config import LoyaltyTierConfig  # noqa: E402
from ..models.loyalty_tier_earning_rules import LoyaltyTierEarningRules  # noqa: E402
from ..models.loyalty_tier_expiration import LoyaltyTierExpiration  # noqa: E402
from ..models.loyalty_tier_metadata_type_0 import LoyaltyTierMetadataType0  # noqa: E402
from ..models.loyalty_tier_point_range import LoyaltyTierPointRange  # noqa: E402
from ..models.loyalty_tier_rewards import LoyaltyTierRewards  # noqa: E402

LoyaltyTier._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
    "updated_at": lambda src: parse_nullable_timestamp(src.get("updated_at", UNSET)),
}
