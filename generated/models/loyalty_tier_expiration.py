from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    parse_timestamp,
    serialize_datetime,
    set_raw,
)

T = TypeVar("T", bound="LoyaltyTierExpiration")
# The JSON keys LoyaltyTierExpiration declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "customer_id",
        "campaign_id",
        "tier_id",
        "created_at",
        "start_date",
        "expiration_date",
        "updated_at",
    }
)


@_attrs_define
class LoyaltyTierExpiration(LazyFields):
    """How long a customer keeps a tier.

    Attributes:
        customer_id (str): Customer holding the tier.
        campaign_id (str): Loyalty campaign of the tier.
        tier_id (str): The tier.
        created_at (datetime.datetime): When the record was created.
        start_date (str | Unset): Day the customer entered the tier.
        expiration_date (str | Unset): Day the customer leaves the tier unless it is renewed.
        updated_at (datetime.datetime | Unset): When the record was last changed.
    """

    customer_id: str
    campaign_id: str
    tier_id: str
    created_at: datetime.datetime
    start_date: str | Unset = UNSET
    expiration_date: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
            "customer_id": self.customer_id,
            "campaign_id": self.campaign_id,
            "tier_id": self.tier_id,
            "created_at": serialize_datetime(self.created_at),
        }
        if (start_date := self.start_date) is not UNSET:
            field_dict["start_date"] = start_date
        if (expiration_date := self.expiration_date) is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_datetime(updated_at)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        customer_id = src_dict["customer_id"]
        campaign_id = src_dict["campaign_id"]
        tier_id = src_dict["tier_id"]
        created_at = parse_timestamp(src_dict["created_at"])
        start_date = get("start_date", UNSET)
        expiration_date = get("expiration_date", UNSET)
        if (updated_at := get("updated_at", UNSET)) is not UNSET:
            updated_at = parse_timestamp(updated_at)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 4 + (start_date is not UNSET) + (expiration_date is not UNSET) + (
            updated_at is not UNSET
        )
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer_id(self, customer_id)
        _set_campaign_id(self, campaign_id)
        _set_tier_id(self, tier_id)
        _set_created_at(self, created_at)
        _set_start_date(self, start_date)
        _set_expiration_date(self, expiration_date)
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
            customer_id = src_dict["customer_id"]
            campaign_id = src_dict["campaign_id"]
            tier_id = src_dict["tier_id"]
            created_at = parse_timestamp(src_dict["created_at"])
            start_date = get("start_date", UNSET)
            expiration_date = get("expiration_date", UNSET)
            if (updated_at := get("updated_at", UNSET)) is not UNSET:
                updated_at = parse_timestamp(updated_at)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 4 + (start_date is not UNSET) + (expiration_date is not UNSET) + (
                updated_at is not UNSET
            )
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer_id(self, customer_id)
        _set_campaign_id(self, campaign_id)
        _set_tier_id(self, tier_id)
        _set_created_at(self, created_at)
        _set_start_date(self, start_date)
        _set_expiration_date(self, expiration_date)
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
_set_customer_id = LoyaltyTierExpiration.__dict__["customer_id"].__set__
_set_campaign_id = LoyaltyTierExpiration.__dict__["campaign_id"].__set__
_set_tier_id = LoyaltyTierExpiration.__dict__["tier_id"].__set__
_set_created_at = LoyaltyTierExpiration.__dict__["created_at"].__set__
_set_start_date = LoyaltyTierExpiration.__dict__["start_date"].__set__
_set_expiration_date = LoyaltyTierExpiration.__dict__["expiration_date"].__set__
_set_updated_at = LoyaltyTierExpiration.__dict__["updated_at"].__set__
_set_additional_properties = LoyaltyTierExpiration.__dict__["additional_properties"].__set__


LoyaltyTierExpiration._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
    "updated_at": lambda src: UNSET if (value := src.get("updated_at", UNSET)) is UNSET else parse_timestamp(value),
}
