from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    LazyFields,
    new_lazy,
    set_raw,
)

T = TypeVar("T", bound="CustomerRedemptionSummary")
# The JSON keys CustomerRedemptionSummary declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "total_redeemed",
        "total_failed",
        "total_succeeded",
        "total_rolled_back",
        "total_rollback_failed",
        "total_rollback_succeeded",
        "gift",
        "loyalty_card",
    }
)


@_attrs_define
class CustomerRedemptionSummary(LazyFields):
    """Counters of a customer's redemptions and rollbacks.

    Attributes:
        total_redeemed (int): All redemption attempts.
        total_failed (int): Redemptions that failed.
        total_succeeded (int): Redemptions that succeeded.
        total_rolled_back (int): Redemptions that were rolled back.
        total_rollback_failed (int): Rollbacks that failed.
        total_rollback_succeeded (int): Rollbacks that succeeded.
        gift (CustomerGiftSummary): Gift card credit totals, in the smallest currency unit (cents).
        loyalty_card (CustomerLoyaltyCardSummary): Loyalty point totals across the customer's cards.
    """

    total_redeemed: int
    total_failed: int
    total_succeeded: int
    total_rolled_back: int
    total_rollback_failed: int
    total_rollback_succeeded: int
    gift: CustomerGiftSummary
    loyalty_card: CustomerLoyaltyCardSummary
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
            "total_redeemed": self.total_redeemed,
            "total_failed": self.total_failed,
            "total_succeeded": self.total_succeeded,
            "total_rolled_back": self.total_rolled_back,
            "total_rollback_failed": self.total_rollback_failed,
            "total_rollback_succeeded": self.total_rollback_succeeded,
            "gift": self.gift.to_dict(),
            "loyalty_card": self.loyalty_card.to_dict(),
        }
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        total_redeemed = src_dict["total_redeemed"]
        total_failed = src_dict["total_failed"]
        total_succeeded = src_dict["total_succeeded"]
        total_rolled_back = src_dict["total_rolled_back"]
        total_rollback_failed = src_dict["total_rollback_failed"]
        total_rollback_succeeded = src_dict["total_rollback_succeeded"]
        gift_json = src_dict["gift"]
        gift = new_lazy(CustomerGiftSummary)
        set_raw(gift, gift_json)
        loyalty_card_json = src_dict["loyalty_card"]
        loyalty_card = new_lazy(CustomerLoyaltyCardSummary)
        set_raw(loyalty_card, loyalty_card_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 8
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_total_redeemed(self, total_redeemed)
        _set_total_failed(self, total_failed)
        _set_total_succeeded(self, total_succeeded)
        _set_total_rolled_back(self, total_rolled_back)
        _set_total_rollback_failed(self, total_rollback_failed)
        _set_total_rollback_succeeded(self, total_rollback_succeeded)
        _set_gift(self, gift)
        _set_loyalty_card(self, loyalty_card)
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
            total_redeemed = src_dict["total_redeemed"]
            total_failed = src_dict["total_failed"]
            total_succeeded = src_dict["total_succeeded"]
            total_rolled_back = src_dict["total_rolled_back"]
            total_rollback_failed = src_dict["total_rollback_failed"]
            total_rollback_succeeded = src_dict["total_rollback_succeeded"]
            gift_json = src_dict["gift"]
            gift = new_lazy(CustomerGiftSummary)
            loyalty_card_json = src_dict["loyalty_card"]
            loyalty_card = new_lazy(CustomerLoyaltyCardSummary)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 8
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["gift"] = CustomerGiftSummary._load_to_dict(gift, gift_json)
        field_dict["loyalty_card"] = CustomerLoyaltyCardSummary._load_to_dict(loyalty_card, loyalty_card_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_total_redeemed(self, total_redeemed)
        _set_total_failed(self, total_failed)
        _set_total_succeeded(self, total_succeeded)
        _set_total_rolled_back(self, total_rolled_back)
        _set_total_rollback_failed(self, total_rollback_failed)
        _set_total_rollback_succeeded(self, total_rollback_succeeded)
        _set_gift(self, gift)
        _set_loyalty_card(self, loyalty_card)
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
_set_total_redeemed = CustomerRedemptionSummary.__dict__["total_redeemed"].__set__
_set_total_failed = CustomerRedemptionSummary.__dict__["total_failed"].__set__
_set_total_succeeded = CustomerRedemptionSummary.__dict__["total_succeeded"].__set__
_set_total_rolled_back = CustomerRedemptionSummary.__dict__["total_rolled_back"].__set__
_set_total_rollback_failed = CustomerRedemptionSummary.__dict__["total_rollback_failed"].__set__
_set_total_rollback_succeeded = CustomerRedemptionSummary.__dict__["total_rollback_succeeded"].__set__
_set_gift = CustomerRedemptionSummary.__dict__["gift"].__set__
_set_loyalty_card = CustomerRedemptionSummary.__dict__["loyalty_card"].__set__
_set_additional_properties = CustomerRedemptionSummary.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.customer_gift_summary import CustomerGiftSummary  # noqa: E402
from ..models.customer_loyalty_card_summary import CustomerLoyaltyCardSummary  # noqa: E402
