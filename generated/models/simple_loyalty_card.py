from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="SimpleLoyaltyCard")
# The JSON keys SimpleLoyaltyCard declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "points",
        "balance",
        "next_expiration_date",
        "next_expiration_points",
        "pending_points",
        "expired_points",
        "subtracted_points",
    }
)


@_attrs_define
class SimpleLoyaltyCard(LazyFields):
    """Point balances of a loyalty card.

    Attributes:
        points (int): Points earned in total.
        balance (int | Unset): Points available.
        next_expiration_date (str | Unset): When the next batch of points expires.
        next_expiration_points (int | Unset): Points expiring on that date.
        pending_points (int | Unset): Points not yet active.
        expired_points (int | Unset): Points that have expired.
        subtracted_points (int | Unset): Points taken off.
    """

    points: int
    balance: int | Unset = UNSET
    next_expiration_date: str | Unset = UNSET
    next_expiration_points: int | Unset = UNSET
    pending_points: int | Unset = UNSET
    expired_points: int | Unset = UNSET
    subtracted_points: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties, "points": self.points}
        if (balance := self.balance) is not UNSET:
            field_dict["balance"] = balance
        if (next_expiration_date := self.next_expiration_date) is not UNSET:
            field_dict["next_expiration_date"] = next_expiration_date
        if (next_expiration_points := self.next_expiration_points) is not UNSET:
            field_dict["next_expiration_points"] = next_expiration_points
        if (pending_points := self.pending_points) is not UNSET:
            field_dict["pending_points"] = pending_points
        if (expired_points := self.expired_points) is not UNSET:
            field_dict["expired_points"] = expired_points
        if (subtracted_points := self.subtracted_points) is not UNSET:
            field_dict["subtracted_points"] = subtracted_points
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        points = src_dict["points"]
        balance = get("balance", UNSET)
        next_expiration_date = get("next_expiration_date", UNSET)
        next_expiration_points = get("next_expiration_points", UNSET)
        pending_points = get("pending_points", UNSET)
        expired_points = get("expired_points", UNSET)
        subtracted_points = get("subtracted_points", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_points(self, points)
        _set_balance(self, balance)
        _set_next_expiration_date(self, next_expiration_date)
        _set_next_expiration_points(self, next_expiration_points)
        _set_pending_points(self, pending_points)
        _set_expired_points(self, expired_points)
        _set_subtracted_points(self, subtracted_points)
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
            points = src_dict["points"]
            balance = get("balance", UNSET)
            next_expiration_date = get("next_expiration_date", UNSET)
            next_expiration_points = get("next_expiration_points", UNSET)
            pending_points = get("pending_points", UNSET)
            expired_points = get("expired_points", UNSET)
            subtracted_points = get("subtracted_points", UNSET)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
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
        _set_points(self, points)
        _set_balance(self, balance)
        _set_next_expiration_date(self, next_expiration_date)
        _set_next_expiration_points(self, next_expiration_points)
        _set_pending_points(self, pending_points)
        _set_expired_points(self, expired_points)
        _set_subtracted_points(self, subtracted_points)
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
_set_points = SimpleLoyaltyCard.__dict__["points"].__set__
_set_balance = SimpleLoyaltyCard.__dict__["balance"].__set__
_set_next_expiration_date = SimpleLoyaltyCard.__dict__["next_expiration_date"].__set__
_set_next_expiration_points = SimpleLoyaltyCard.__dict__["next_expiration_points"].__set__
_set_pending_points = SimpleLoyaltyCard.__dict__["pending_points"].__set__
_set_expired_points = SimpleLoyaltyCard.__dict__["expired_points"].__set__
_set_subtracted_points = SimpleLoyaltyCard.__dict__["subtracted_points"].__set__
_set_additional_properties = SimpleLoyaltyCard.__dict__["additional_properties"].__set__
