from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="VoucherTransactionDetails")


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
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        earning_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.earning_rule, Unset):
            earning_rule = self.earning_rule.to_dict()

        segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment.to_dict()

        loyalty_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_tier, Unset):
            loyalty_tier = self.loyalty_tier.to_dict()

        holder_loyalty_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holder_loyalty_tier, Unset):
            holder_loyalty_tier = self.holder_loyalty_tier.to_dict()

        redemption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemption, Unset):
            redemption = self.redemption.to_dict()

        rollback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rollback, Unset):
            rollback = self.rollback.to_dict()

        custom_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_event, Unset):
            custom_event = self.custom_event.to_dict()

        event_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_schema, Unset):
            event_schema = self.event_schema.to_dict()

        pending_points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_points, Unset):
            pending_points = self.pending_points.to_dict()

        reward: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reward, Unset):
            reward = self.reward.to_dict()

        source_voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_voucher, Unset):
            source_voucher = self.source_voucher.to_dict()

        destination_voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_voucher, Unset):
            destination_voucher = self.destination_voucher.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if order is not UNSET:
            field_dict["order"] = order
        if event is not UNSET:
            field_dict["event"] = event
        if earning_rule is not UNSET:
            field_dict["earning_rule"] = earning_rule
        if segment is not UNSET:
            field_dict["segment"] = segment
        if loyalty_tier is not UNSET:
            field_dict["loyalty_tier"] = loyalty_tier
        if holder_loyalty_tier is not UNSET:
            field_dict["holder_loyalty_tier"] = holder_loyalty_tier
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if rollback is not UNSET:
            field_dict["rollback"] = rollback
        if custom_event is not UNSET:
            field_dict["custom_event"] = custom_event
        if event_schema is not UNSET:
            field_dict["event_schema"] = event_schema
        if pending_points is not UNSET:
            field_dict["pending_points"] = pending_points
        if reward is not UNSET:
            field_dict["reward"] = reward
        if source_voucher is not UNSET:
            field_dict["source_voucher"] = source_voucher
        if destination_voucher is not UNSET:
            field_dict["destination_voucher"] = destination_voucher

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        _balance = d.pop("balance", UNSET)
        balance: VoucherBalance | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = VoucherBalance.from_dict(_balance)

        _order = d.pop("order", UNSET)
        order: OrderRef | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = OrderRef.from_dict(_order)

        _event = d.pop("event", UNSET)
        event: TypedObjectRef | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = TypedObjectRef.from_dict(_event)

        _earning_rule = d.pop("earning_rule", UNSET)
        earning_rule: LoyaltyEarningRuleRef | Unset
        if isinstance(_earning_rule, Unset):
            earning_rule = UNSET
        else:
            earning_rule = LoyaltyEarningRuleRef.from_dict(_earning_rule)

        _segment = d.pop("segment", UNSET)
        segment: NamedObjectRef | Unset
        if isinstance(_segment, Unset):
            segment = UNSET
        else:
            segment = NamedObjectRef.from_dict(_segment)

        _loyalty_tier = d.pop("loyalty_tier", UNSET)
        loyalty_tier: NamedObjectRef | Unset
        if isinstance(_loyalty_tier, Unset):
            loyalty_tier = UNSET
        else:
            loyalty_tier = NamedObjectRef.from_dict(_loyalty_tier)

        _holder_loyalty_tier = d.pop("holder_loyalty_tier", UNSET)
        holder_loyalty_tier: NamedObjectRef | Unset
        if isinstance(_holder_loyalty_tier, Unset):
            holder_loyalty_tier = UNSET
        else:
            holder_loyalty_tier = NamedObjectRef.from_dict(_holder_loyalty_tier)

        _redemption = d.pop("redemption", UNSET)
        redemption: ObjectIdRef | Unset
        if isinstance(_redemption, Unset):
            redemption = UNSET
        else:
            redemption = ObjectIdRef.from_dict(_redemption)

        _rollback = d.pop("rollback", UNSET)
        rollback: ObjectIdRef | Unset
        if isinstance(_rollback, Unset):
            rollback = UNSET
        else:
            rollback = ObjectIdRef.from_dict(_rollback)

        _custom_event = d.pop("custom_event", UNSET)
        custom_event: TypedObjectRef | Unset
        if isinstance(_custom_event, Unset):
            custom_event = UNSET
        else:
            custom_event = TypedObjectRef.from_dict(_custom_event)

        _event_schema = d.pop("event_schema", UNSET)
        event_schema: NamedObjectRef | Unset
        if isinstance(_event_schema, Unset):
            event_schema = UNSET
        else:
            event_schema = NamedObjectRef.from_dict(_event_schema)

        _pending_points = d.pop("pending_points", UNSET)
        pending_points: PendingPoints | Unset
        if isinstance(_pending_points, Unset):
            pending_points = UNSET
        else:
            pending_points = PendingPoints.from_dict(_pending_points)

        _reward = d.pop("reward", UNSET)
        reward: NamedObjectRef | Unset
        if isinstance(_reward, Unset):
            reward = UNSET
        else:
            reward = NamedObjectRef.from_dict(_reward)

        _source_voucher = d.pop("source_voucher", UNSET)
        source_voucher: SimpleVoucher | Unset
        if isinstance(_source_voucher, Unset):
            source_voucher = UNSET
        else:
            source_voucher = SimpleVoucher.from_dict(_source_voucher)

        _destination_voucher = d.pop("destination_voucher", UNSET)
        destination_voucher: SimpleVoucher | Unset
        if isinstance(_destination_voucher, Unset):
            destination_voucher = UNSET
        else:
            destination_voucher = SimpleVoucher.from_dict(_destination_voucher)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "balance", balance)
        set_(self, "order", order)
        set_(self, "event", event)
        set_(self, "earning_rule", earning_rule)
        set_(self, "segment", segment)
        set_(self, "loyalty_tier", loyalty_tier)
        set_(self, "holder_loyalty_tier", holder_loyalty_tier)
        set_(self, "redemption", redemption)
        set_(self, "rollback", rollback)
        set_(self, "custom_event", custom_event)
        set_(self, "event_schema", event_schema)
        set_(self, "pending_points", pending_points)
        set_(self, "reward", reward)
        set_(self, "source_voucher", source_voucher)
        set_(self, "destination_voucher", destination_voucher)
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
from ..models.loyalty_earning_rule_ref import LoyaltyEarningRuleRef  # noqa: E402
from ..models.named_object_ref import NamedObjectRef  # noqa: E402
from ..models.object_id_ref import ObjectIdRef  # noqa: E402
from ..models.order_ref import OrderRef  # noqa: E402
from ..models.pending_points import PendingPoints  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
from ..models.typed_object_ref import TypedObjectRef  # noqa: E402
from ..models.voucher_balance import VoucherBalance  # noqa: E402
