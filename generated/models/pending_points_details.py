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
    new_lazy,
    set_raw,
)

T = TypeVar("T", bound="PendingPointsDetails")
# The JSON keys PendingPointsDetails declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "event",
        "earning_rule",
        "order",
        "loyalty_tier",
        "holder_loyalty_tier",
    }
)


@_attrs_define
class PendingPointsDetails(LazyFields):
    """Why pending points were granted.

    Attributes:
        event (PendingPointsEvent): The event that earned pending points.
        earning_rule (LoyaltyEarningRuleRef): Pointer to the earning rule that granted points.
        order (OrderRef): Pointer to an order by Voucherify id and by the merchant's id.
        loyalty_tier (NamedObjectRef | Unset): Pointer to another object by id, with its name.
        holder_loyalty_tier (NamedObjectRef | Unset): Pointer to another object by id, with its name.
    """

    event: PendingPointsEvent
    earning_rule: LoyaltyEarningRuleRef
    order: OrderRef
    loyalty_tier: NamedObjectRef | Unset = UNSET
    holder_loyalty_tier: NamedObjectRef | Unset = UNSET
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
            "event": self.event.to_dict(),
            "earning_rule": self.earning_rule.to_dict(),
            "order": self.order.to_dict(),
        }
        if not isinstance(loyalty_tier := self.loyalty_tier, Unset):
            field_dict["loyalty_tier"] = loyalty_tier.to_dict()
        if not isinstance(holder_loyalty_tier := self.holder_loyalty_tier, Unset):
            field_dict["holder_loyalty_tier"] = holder_loyalty_tier.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        event_json = src_dict["event"]
        event = new_lazy(PendingPointsEvent)
        set_raw(event, event_json)
        earning_rule_json = src_dict["earning_rule"]
        earning_rule = new_lazy(LoyaltyEarningRuleRef)
        set_raw(earning_rule, earning_rule_json)
        order_json = src_dict["order"]
        order = new_lazy(OrderRef)
        set_raw(order, order_json)
        loyalty_tier = loyalty_tier_json = get("loyalty_tier", UNSET)
        if loyalty_tier_json is not UNSET:
            loyalty_tier = new_lazy(NamedObjectRef)
            set_raw(loyalty_tier, loyalty_tier_json)
        holder_loyalty_tier = holder_loyalty_tier_json = get("holder_loyalty_tier", UNSET)
        if holder_loyalty_tier_json is not UNSET:
            holder_loyalty_tier = new_lazy(NamedObjectRef)
            set_raw(holder_loyalty_tier, holder_loyalty_tier_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 3 + (loyalty_tier is not UNSET) + (holder_loyalty_tier is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_event(self, event)
        _set_earning_rule(self, earning_rule)
        _set_order(self, order)
        _set_loyalty_tier(self, loyalty_tier)
        _set_holder_loyalty_tier(self, holder_loyalty_tier)
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
            event_json = src_dict["event"]
            event = new_lazy(PendingPointsEvent)
            earning_rule_json = src_dict["earning_rule"]
            earning_rule = new_lazy(LoyaltyEarningRuleRef)
            order_json = src_dict["order"]
            order = new_lazy(OrderRef)
            loyalty_tier = loyalty_tier_json = get("loyalty_tier", UNSET)
            if loyalty_tier_json is not UNSET:
                loyalty_tier = new_lazy(NamedObjectRef)
            holder_loyalty_tier = holder_loyalty_tier_json = get("holder_loyalty_tier", UNSET)
            if holder_loyalty_tier_json is not UNSET:
                holder_loyalty_tier = new_lazy(NamedObjectRef)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 3 + (loyalty_tier is not UNSET) + (holder_loyalty_tier is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["event"] = PendingPointsEvent._load_to_dict(event, event_json)
        field_dict["earning_rule"] = LoyaltyEarningRuleRef._load_to_dict(earning_rule, earning_rule_json)
        field_dict["order"] = OrderRef._load_to_dict(order, order_json)
        if loyalty_tier is not UNSET:
            field_dict["loyalty_tier"] = NamedObjectRef._load_to_dict(loyalty_tier, loyalty_tier_json)
        if holder_loyalty_tier is not UNSET:
            field_dict["holder_loyalty_tier"] = NamedObjectRef._load_to_dict(
                holder_loyalty_tier, holder_loyalty_tier_json
            )
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_event(self, event)
        _set_earning_rule(self, earning_rule)
        _set_order(self, order)
        _set_loyalty_tier(self, loyalty_tier)
        _set_holder_loyalty_tier(self, holder_loyalty_tier)
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
_set_event = PendingPointsDetails.__dict__["event"].__set__
_set_earning_rule = PendingPointsDetails.__dict__["earning_rule"].__set__
_set_order = PendingPointsDetails.__dict__["order"].__set__
_set_loyalty_tier = PendingPointsDetails.__dict__["loyalty_tier"].__set__
_set_holder_loyalty_tier = PendingPointsDetails.__dict__["holder_loyalty_tier"].__set__
_set_additional_properties = PendingPointsDetails.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.loyalty_earning_rule_ref import LoyaltyEarningRuleRef  # noqa: E402
from ..models.named_object_ref import NamedObjectRef  # noqa: E402
from ..models.order_ref import OrderRef  # noqa: E402
from ..models.pending_points_event import PendingPointsEvent  # noqa: E402
