from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_earning_rule_ref import LoyaltyEarningRuleRef
    from ..models.named_object_ref import NamedObjectRef
    from ..models.order_ref import OrderRef
    from ..models.pending_points_event import PendingPointsEvent


T = TypeVar("T", bound="PendingPointsDetails")


@_attrs_define
class PendingPointsDetails:
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
        event = self.event.to_dict()

        earning_rule = self.earning_rule.to_dict()

        order = self.order.to_dict()

        loyalty_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_tier, Unset):
            loyalty_tier = self.loyalty_tier.to_dict()

        holder_loyalty_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holder_loyalty_tier, Unset):
            holder_loyalty_tier = self.holder_loyalty_tier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "earning_rule": earning_rule,
                "order": order,
            }
        )
        if loyalty_tier is not UNSET:
            field_dict["loyalty_tier"] = loyalty_tier
        if holder_loyalty_tier is not UNSET:
            field_dict["holder_loyalty_tier"] = holder_loyalty_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_earning_rule_ref import LoyaltyEarningRuleRef  # noqa: PLC0415
        from ..models.named_object_ref import NamedObjectRef  # noqa: PLC0415
        from ..models.order_ref import OrderRef  # noqa: PLC0415
        from ..models.pending_points_event import PendingPointsEvent  # noqa: PLC0415

        d = dict(src_dict)
        event = PendingPointsEvent.from_dict(d.pop("event"))

        earning_rule = LoyaltyEarningRuleRef.from_dict(d.pop("earning_rule"))

        order = OrderRef.from_dict(d.pop("order"))

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

        instance_ = cls(
            event=event,
            earning_rule=earning_rule,
            order=order,
            loyalty_tier=loyalty_tier,
            holder_loyalty_tier=holder_loyalty_tier,
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
