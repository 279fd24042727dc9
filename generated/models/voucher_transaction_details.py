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

T = TypeVar("T", bound="VoucherTransactionDetails")
# The JSON keys VoucherTransactionDetails declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "balance",
        "order",
        "event",
        "earning_rule",
        "segment",
        "loyalty_tier",
        "holder_loyalty_tier",
        "redemption",
        "rollback",
        "custom_event",
        "event_schema",
        "pending_points",
        "reward",
        "source_voucher",
        "destination_voucher",
    }
)


@_attrs_define
class VoucherTransactionDetails(LazyFields):
    """Context of a card transaction; which fields appear depends on its type.

    Attributes:
        balance (VoucherBalance | Unset): Balance of a gift card or loyalty card after an operation.
        order (OrderRef | Unset): Pointer to an order by Voucherify id and by the merchant's id.
        event (TypedObjectRef | Unset): Pointer to an event by id, with its type.
        earning_rule (LoyaltyEarningRuleRef | Unset): Pointer to the earning rule that granted points.
        segment (NamedObjectRef | Unset): Pointer to another object by id, with its name.
        loyalty_tier (NamedObjectRef | Unset): Pointer to another object by id, with its name.
        holder_loyalty_tier (NamedObjectRef | Unset): Pointer to another object by id, with its name.
        redemption (ObjectIdRef | Unset): Pointer to another object by id.
        rollback (ObjectIdRef | Unset): Pointer to another object by id.
        custom_event (TypedObjectRef | Unset): Pointer to an event by id, with its type.
        event_schema (NamedObjectRef | Unset): Pointer to another object by id, with its name.
        pending_points (PendingPoints | Unset): Points earned by an order that become usable later.
        reward (NamedObjectRef | Unset): Pointer to another object by id, with its name.
        source_voucher (SimpleVoucher | Unset): Short form of a voucher, gift card or loyalty card.
        destination_voucher (SimpleVoucher | Unset): Short form of a voucher, gift card or loyalty card.
    """

    balance: VoucherBalance | Unset = UNSET
    order: OrderRef | Unset = UNSET
    event: TypedObjectRef | Unset = UNSET
    earning_rule: LoyaltyEarningRuleRef | Unset = UNSET
    segment: NamedObjectRef | Unset = UNSET
    loyalty_tier: NamedObjectRef | Unset = UNSET
    holder_loyalty_tier: NamedObjectRef | Unset = UNSET
    redemption: ObjectIdRef | Unset = UNSET
    rollback: ObjectIdRef | Unset = UNSET
    custom_event: TypedObjectRef | Unset = UNSET
    event_schema: NamedObjectRef | Unset = UNSET
    pending_points: PendingPoints | Unset = UNSET
    reward: NamedObjectRef | Unset = UNSET
    source_voucher: SimpleVoucher | Unset = UNSET
    destination_voucher: SimpleVoucher | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        if not isinstance(balance := self.balance, Unset):
            field_dict["balance"] = balance.to_dict()
        if not isinstance(order := self.order, Unset):
            field_dict["order"] = order.to_dict()
        if not isinstance(event := self.event, Unset):
            field_dict["event"] = event.to_dict()
        if not isinstance(earning_rule := self.earning_rule, Unset):
            field_dict["earning_rule"] = earning_rule.to_dict()
        if not isinstance(segment := self.segment, Unset):
            field_dict["segment"] = segment.to_dict()
        if not isinstance(loyalty_tier := self.loyalty_tier, Unset):
            field_dict["loyalty_tier"] = loyalty_tier.to_dict()
        if not isinstance(holder_loyalty_tier := self.holder_loyalty_tier, Unset):
            field_dict["holder_loyalty_tier"] = holder_loyalty_tier.to_dict()
        if not isinstance(redemption := self.redemption, Unset):
            field_dict["redemption"] = redemption.to_dict()
        if not isinstance(rollback := self.rollback, Unset):
            field_dict["rollback"] = rollback.to_dict()
        if not isinstance(custom_event := self.custom_event, Unset):
            field_dict["custom_event"] = custom_event.to_dict()
        if not isinstance(event_schema := self.event_schema, Unset):
            field_dict["event_schema"] = event_schema.to_dict()
        if not isinstance(pending_points := self.pending_points, Unset):
            field_dict["pending_points"] = pending_points.to_dict()
        if not isinstance(reward := self.reward, Unset):
            field_dict["reward"] = reward.to_dict()
        if not isinstance(source_voucher := self.source_voucher, Unset):
            field_dict["source_voucher"] = source_voucher.to_dict()
        if not isinstance(destination_voucher := self.destination_voucher, Unset):
            field_dict["destination_voucher"] = destination_voucher.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        balance = balance_json = get("balance", UNSET)
        if balance_json is not UNSET:
            balance = new_lazy(VoucherBalance)
            set_raw(balance, balance_json)
        order = order_json = get("order", UNSET)
        if order_json is not UNSET:
            order = new_lazy(OrderRef)
            set_raw(order, order_json)
        event = event_json = get("event", UNSET)
        if event_json is not UNSET:
            event = new_lazy(TypedObjectRef)
            set_raw(event, event_json)
        earning_rule = earning_rule_json = get("earning_rule", UNSET)
        if earning_rule_json is not UNSET:
            earning_rule = new_lazy(LoyaltyEarningRuleRef)
            set_raw(earning_rule, earning_rule_json)
        segment = segment_json = get("segment", UNSET)
        if segment_json is not UNSET:
            segment = new_lazy(NamedObjectRef)
            set_raw(segment, segment_json)
        loyalty_tier = loyalty_tier_json = get("loyalty_tier", UNSET)
        if loyalty_tier_json is not UNSET:
            loyalty_tier = new_lazy(NamedObjectRef)
            set_raw(loyalty_tier, loyalty_tier_json)
        holder_loyalty_tier = holder_loyalty_tier_json = get("holder_loyalty_tier", UNSET)
        if holder_loyalty_tier_json is not UNSET:
            holder_loyalty_tier = new_lazy(NamedObjectRef)
            set_raw(holder_loyalty_tier, holder_loyalty_tier_json)
        redemption = redemption_json = get("redemption", UNSET)
        if redemption_json is not UNSET:
            redemption = new_lazy(ObjectIdRef)
            set_raw(redemption, redemption_json)
        rollback = rollback_json = get("rollback", UNSET)
        if rollback_json is not UNSET:
            rollback = new_lazy(ObjectIdRef)
            set_raw(rollback, rollback_json)
        custom_event = custom_event_json = get("custom_event", UNSET)
        if custom_event_json is not UNSET:
            custom_event = new_lazy(TypedObjectRef)
            set_raw(custom_event, custom_event_json)
        event_schema = event_schema_json = get("event_schema", UNSET)
        if event_schema_json is not UNSET:
            event_schema = new_lazy(NamedObjectRef)
            set_raw(event_schema, event_schema_json)
        pending_points = pending_points_json = get("pending_points", UNSET)
        if pending_points_json is not UNSET:
            pending_points = new_lazy(PendingPoints)
            set_raw(pending_points, pending_points_json)
        reward = reward_json = get("reward", UNSET)
        if reward_json is not UNSET:
            reward = new_lazy(NamedObjectRef)
            set_raw(reward, reward_json)
        source_voucher = source_voucher_json = get("source_voucher", UNSET)
        if source_voucher_json is not UNSET:
            source_voucher = new_lazy(SimpleVoucher)
            set_raw(source_voucher, source_voucher_json)
        destination_voucher = destination_voucher_json = get("destination_voucher", UNSET)
        if destination_voucher_json is not UNSET:
            destination_voucher = new_lazy(SimpleVoucher)
            set_raw(destination_voucher, destination_voucher_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_balance(self, balance)
        _set_order(self, order)
        _set_event(self, event)
        _set_earning_rule(self, earning_rule)
        _set_segment(self, segment)
        _set_loyalty_tier(self, loyalty_tier)
        _set_holder_loyalty_tier(self, holder_loyalty_tier)
        _set_redemption(self, redemption)
        _set_rollback(self, rollback)
        _set_custom_event(self, custom_event)
        _set_event_schema(self, event_schema)
        _set_pending_points(self, pending_points)
        _set_reward(self, reward)
        _set_source_voucher(self, source_voucher)
        _set_destination_voucher(self, destination_voucher)
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
            balance = balance_json = get("balance", UNSET)
            if balance_json is not UNSET:
                balance = new_lazy(VoucherBalance)
            order = order_json = get("order", UNSET)
            if order_json is not UNSET:
                order = new_lazy(OrderRef)
            event = event_json = get("event", UNSET)
            if event_json is not UNSET:
                event = new_lazy(TypedObjectRef)
            earning_rule = earning_rule_json = get("earning_rule", UNSET)
            if earning_rule_json is not UNSET:
                earning_rule = new_lazy(LoyaltyEarningRuleRef)
            segment = segment_json = get("segment", UNSET)
            if segment_json is not UNSET:
                segment = new_lazy(NamedObjectRef)
            loyalty_tier = loyalty_tier_json = get("loyalty_tier", UNSET)
            if loyalty_tier_json is not UNSET:
                loyalty_tier = new_lazy(NamedObjectRef)
            holder_loyalty_tier = holder_loyalty_tier_json = get("holder_loyalty_tier", UNSET)
            if holder_loyalty_tier_json is not UNSET:
                holder_loyalty_tier = new_lazy(NamedObjectRef)
            redemption = redemption_json = get("redemption", UNSET)
            if redemption_json is not UNSET:
                redemption = new_lazy(ObjectIdRef)
            rollback = rollback_json = get("rollback", UNSET)
            if rollback_json is not UNSET:
                rollback = new_lazy(ObjectIdRef)
            custom_event = custom_event_json = get("custom_event", UNSET)
            if custom_event_json is not UNSET:
                custom_event = new_lazy(TypedObjectRef)
            event_schema = event_schema_json = get("event_schema", UNSET)
            if event_schema_json is not UNSET:
                event_schema = new_lazy(NamedObjectRef)
            pending_points = pending_points_json = get("pending_points", UNSET)
            if pending_points_json is not UNSET:
                pending_points = new_lazy(PendingPoints)
            reward = reward_json = get("reward", UNSET)
            if reward_json is not UNSET:
                reward = new_lazy(NamedObjectRef)
            source_voucher = source_voucher_json = get("source_voucher", UNSET)
            if source_voucher_json is not UNSET:
                source_voucher = new_lazy(SimpleVoucher)
            destination_voucher = destination_voucher_json = get("destination_voucher", UNSET)
            if destination_voucher_json is not UNSET:
                destination_voucher = new_lazy(SimpleVoucher)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if balance is not UNSET:
            field_dict["balance"] = VoucherBalance._load_to_dict(balance, balance_json)
        if order is not UNSET:
            field_dict["order"] = OrderRef._load_to_dict(order, order_json)
        if event is not UNSET:
            field_dict["event"] = TypedObjectRef._load_to_dict(event, event_json)
        if earning_rule is not UNSET:
            field_dict["earning_rule"] = LoyaltyEarningRuleRef._load_to_dict(earning_rule, earning_rule_json)
        if segment is not UNSET:
            field_dict["segment"] = NamedObjectRef._load_to_dict(segment, segment_json)
        if loyalty_tier is not UNSET:
            field_dict["loyalty_tier"] = NamedObjectRef._load_to_dict(loyalty_tier, loyalty_tier_json)
        if holder_loyalty_tier is not UNSET:
            field_dict["holder_loyalty_tier"] = NamedObjectRef._load_to_dict(
                holder_loyalty_tier, holder_loyalty_tier_json
            )
        if redemption is not UNSET:
            field_dict["redemption"] = ObjectIdRef._load_to_dict(redemption, redemption_json)
        if rollback is not UNSET:
            field_dict["rollback"] = ObjectIdRef._load_to_dict(rollback, rollback_json)
        if custom_event is not UNSET:
            field_dict["custom_event"] = TypedObjectRef._load_to_dict(custom_event, custom_event_json)
        if event_schema is not UNSET:
            field_dict["event_schema"] = NamedObjectRef._load_to_dict(event_schema, event_schema_json)
        if pending_points is not UNSET:
            field_dict["pending_points"] = PendingPoints._load_to_dict(pending_points, pending_points_json)
        if reward is not UNSET:
            field_dict["reward"] = NamedObjectRef._load_to_dict(reward, reward_json)
        if source_voucher is not UNSET:
            field_dict["source_voucher"] = SimpleVoucher._load_to_dict(source_voucher, source_voucher_json)
        if destination_voucher is not UNSET:
            field_dict["destination_voucher"] = SimpleVoucher._load_to_dict(
                destination_voucher, destination_voucher_json
            )
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_balance(self, balance)
        _set_order(self, order)
        _set_event(self, event)
        _set_earning_rule(self, earning_rule)
        _set_segment(self, segment)
        _set_loyalty_tier(self, loyalty_tier)
        _set_holder_loyalty_tier(self, holder_loyalty_tier)
        _set_redemption(self, redemption)
        _set_rollback(self, rollback)
        _set_custom_event(self, custom_event)
        _set_event_schema(self, event_schema)
        _set_pending_points(self, pending_points)
        _set_reward(self, reward)
        _set_source_voucher(self, source_voucher)
        _set_destination_voucher(self, destination_voucher)
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
_set_balance = VoucherTransactionDetails.__dict__["balance"].__set__
_set_order = VoucherTransactionDetails.__dict__["order"].__set__
_set_event = VoucherTransactionDetails.__dict__["event"].__set__
_set_earning_rule = VoucherTransactionDetails.__dict__["earning_rule"].__set__
_set_segment = VoucherTransactionDetails.__dict__["segment"].__set__
_set_loyalty_tier = VoucherTransactionDetails.__dict__["loyalty_tier"].__set__
_set_holder_loyalty_tier = VoucherTransactionDetails.__dict__["holder_loyalty_tier"].__set__
_set_redemption = VoucherTransactionDetails.__dict__["redemption"].__set__
_set_rollback = VoucherTransactionDetails.__dict__["rollback"].__set__
_set_custom_event = VoucherTransactionDetails.__dict__["custom_event"].__set__
_set_event_schema = VoucherTransactionDetails.__dict__["event_schema"].__set__
_set_pending_points = VoucherTransactionDetails.__dict__["pending_points"].__set__
_set_reward = VoucherTransactionDetails.__dict__["reward"].__set__
_set_source_voucher = VoucherTransactionDetails.__dict__["source_voucher"].__set__
_set_destination_voucher = VoucherTransactionDetails.__dict__["destination_voucher"].__set__
_set_additional_properties = VoucherTransactionDetails.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.loyalty_earning_rule_ref import LoyaltyEarningRuleRef  # noqa: E402
from ..models.named_object_ref import NamedObjectRef  # noqa: E402
from ..models.object_id_ref import ObjectIdRef  # noqa: E402
from ..models.order_ref import OrderRef  # noqa: E402
from ..models.pending_points import PendingPoints  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
from ..models.typed_object_ref import TypedObjectRef  # noqa: E402
from ..models.voucher_balance import VoucherBalance  # noqa: E402
