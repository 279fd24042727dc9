from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="PromotionTierSummary")


@_attrs_define
class PromotionTierSummary(LazyFields):
    """Usage counters of a promotion tier.

    Attributes:
        redemptions (PromotionTierRedemptionSummary | Unset): Redemption counter of a promotion tier.
        orders (PromotionTierOrderSummary | Unset): Order totals of a promotion tier, in cents.
    """

    redemptions: PromotionTierRedemptionSummary | Unset = UNSET
    orders: PromotionTierOrderSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        redemptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemptions, Unset):
            redemptions = self.redemptions.to_dict()

        orders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = self.orders.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redemptions is not UNSET:
            field_dict["redemptions"] = redemptions
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        _redemptions = d.pop("redemptions", UNSET)
        redemptions: PromotionTierRedemptionSummary | Unset
        if isinstance(_redemptions, Unset):
            redemptions = UNSET
        else:
            redemptions = PromotionTierRedemptionSummary.from_dict(_redemptions)

        _orders = d.pop("orders", UNSET)
        orders: PromotionTierOrderSummary | Unset
        if isinstance(_orders, Unset):
            orders = UNSET
        else:
            orders = PromotionTierOrderSummary.from_dict(_orders)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "redemptions", redemptions)
        set_(self, "orders", orders)
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
from ..models.promotion_tier_order_summary import PromotionTierOrderSummary  # noqa: E402
from ..models.promotion_tier_redemption_summary import PromotionTierRedemptionSummary  # noqa: E402
