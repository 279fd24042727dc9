from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_gift_summary import CustomerGiftSummary
    from ..models.customer_loyalty_card_summary import CustomerLoyaltyCardSummary


T = TypeVar("T", bound="CustomerRedemptionSummary")


@_attrs_define
class CustomerRedemptionSummary:
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
        total_redeemed = self.total_redeemed

        total_failed = self.total_failed

        total_succeeded = self.total_succeeded

        total_rolled_back = self.total_rolled_back

        total_rollback_failed = self.total_rollback_failed

        total_rollback_succeeded = self.total_rollback_succeeded

        gift = self.gift.to_dict()

        loyalty_card = self.loyalty_card.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_redeemed": total_redeemed,
                "total_failed": total_failed,
                "total_succeeded": total_succeeded,
                "total_rolled_back": total_rolled_back,
                "total_rollback_failed": total_rollback_failed,
                "total_rollback_succeeded": total_rollback_succeeded,
                "gift": gift,
                "loyalty_card": loyalty_card,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_gift_summary import CustomerGiftSummary  # noqa: PLC0415
        from ..models.customer_loyalty_card_summary import CustomerLoyaltyCardSummary  # noqa: PLC0415

        d = dict(src_dict)
        total_redeemed = d.pop("total_redeemed")

        total_failed = d.pop("total_failed")

        total_succeeded = d.pop("total_succeeded")

        total_rolled_back = d.pop("total_rolled_back")

        total_rollback_failed = d.pop("total_rollback_failed")

        total_rollback_succeeded = d.pop("total_rollback_succeeded")

        gift = CustomerGiftSummary.from_dict(d.pop("gift"))

        loyalty_card = CustomerLoyaltyCardSummary.from_dict(d.pop("loyalty_card"))

        instance_ = cls(
            total_redeemed=total_redeemed,
            total_failed=total_failed,
            total_succeeded=total_succeeded,
            total_rolled_back=total_rolled_back,
            total_rollback_failed=total_rollback_failed,
            total_rollback_succeeded=total_rollback_succeeded,
            gift=gift,
            loyalty_card=loyalty_card,
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
