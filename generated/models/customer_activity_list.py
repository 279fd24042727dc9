from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    LazyFields,
    set_raw,
)

T = TypeVar("T", bound="CustomerActivityList")
# The JSON keys CustomerActivityList declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "object",
        "data_ref",
        "data",
        "total",
    }
)


@_attrs_define
class CustomerActivityList(LazyFields):
    """One page of a customer's activity log (deprecated v1 listing).

    Attributes:
        object (Literal['list']): Kind of the envelope; always `list`.
        data_ref (Literal['data']): Name of the property that holds the activities; always `data`.
        data (list[CustomerConfirmedActivity | CustomerCustomEventActivity | CustomerGiftBalanceAddedActivity |
            CustomerHolderAssignmentActivity | CustomerLoyaltyUpdatedActivity | CustomerMessageFailedActivity |
            CustomerMessageRecoveredActivity | CustomerMessageSentActivity | CustomerOrderActivity |
            CustomerPendingPointsActivationActivity | CustomerPendingPointsChangedActivity | CustomerPointsActivatedActivity
            | CustomerPointsAddedActivity | CustomerPointsExpiredActivity | CustomerPointsTransferredActivity |
            CustomerProfileActivity | CustomerPublicationActivity | CustomerRedemptionActivity |
            CustomerRedemptionRollbackActivity | CustomerReferredActivity | CustomerRewardedActivity |
            CustomerRewardedLoyaltyPointsActivity | CustomerRewardRedemptionActivity | CustomerSegmentActivity |
            CustomerTierChangedActivity | CustomerTierExpirationChangedActivity | CustomerTierMembershipActivity |
            CustomerValidationActivity | CustomerVoucherDeletedActivity]): The activities on this page.
        total (int): How many activities match the request in total, across all pages.
    """

    object: Literal["list"]
    data_ref: Literal["data"]
    data: list[
        CustomerConfirmedActivity
        | CustomerCustomEventActivity
        | CustomerGiftBalanceAddedActivity
        | CustomerHolderAssignmentActivity
        | CustomerLoyaltyUpdatedActivity
        | CustomerMessageFailedActivity
        | CustomerMessageRecoveredActivity
        | CustomerMessageSentActivity
        | CustomerOrderActivity
        | CustomerPendingPointsActivationActivity
        | CustomerPendingPointsChangedActivity
        | CustomerPointsActivatedActivity
        | CustomerPointsAddedActivity
        | CustomerPointsExpiredActivity
        | CustomerPointsTransferredActivity
        | CustomerProfileActivity
        | CustomerPublicationActivity
        | CustomerRedemptionActivity
        | CustomerRedemptionRollbackActivity
        | CustomerReferredActivity
        | CustomerRewardedActivity
        | CustomerRewardedLoyaltyPointsActivity
        | CustomerRewardRedemptionActivity
        | CustomerSegmentActivity
        | CustomerTierChangedActivity
        | CustomerTierExpirationChangedActivity
        | CustomerTierMembershipActivity
        | CustomerValidationActivity
        | CustomerVoucherDeletedActivity
    ]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties, "total": self.total}
        object = self.object
        field_dict["object"] = object
        data_ref = self.data_ref
        field_dict["data_ref"] = data_ref
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            data_item = data_item_data.to_dict()

            data.append(data_item)

        field_dict["data"] = data
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        object = cast(Literal["list"], src_dict["object"])
        if object != "list":
            raise ValueError(f"object must match const 'list', got '{object}'")
        data_ref = cast(Literal["data"], src_dict["data_ref"])
        if data_ref != "data":
            raise ValueError(f"data_ref must match const 'data', got '{data_ref}'")
        data = []
        _data = src_dict["data"]
        for data_item_data in _data:

            def _parse_data_item(
                data: builtins.object,
            ) -> (
                CustomerConfirmedActivity
                | CustomerCustomEventActivity
                | CustomerGiftBalanceAddedActivity
                | CustomerHolderAssignmentActivity
                | CustomerLoyaltyUpdatedActivity
                | CustomerMessageFailedActivity
                | CustomerMessageRecoveredActivity
                | CustomerMessageSentActivity
                | CustomerOrderActivity
                | CustomerPendingPointsActivationActivity
                | CustomerPendingPointsChangedActivity
                | CustomerPointsActivatedActivity
                | CustomerPointsAddedActivity
                | CustomerPointsExpiredActivity
                | CustomerPointsTransferredActivity
                | CustomerProfileActivity
                | CustomerPublicationActivity
                | CustomerRedemptionActivity
                | CustomerRedemptionRollbackActivity
                | CustomerReferredActivity
                | CustomerRewardedActivity
                | CustomerRewardedLoyaltyPointsActivity
                | CustomerRewardRedemptionActivity
                | CustomerSegmentActivity
                | CustomerTierChangedActivity
                | CustomerTierExpirationChangedActivity
                | CustomerTierMembershipActivity
                | CustomerValidationActivity
                | CustomerVoucherDeletedActivity
            ):
                if isinstance(data, dict):
                    discriminator = data.get("type")
                    if discriminator in {
                        "customer.confirmed",
                    }:
                        componentsschemas_customer_activity_type_0 = CustomerConfirmedActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_0
                    if discriminator in {
                        "customer.created",
                        "customer.deleted",
                        "customer.updated",
                    }:
                        componentsschemas_customer_activity_type_1 = CustomerProfileActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_1
                    if discriminator in {
                        "customer.referred",
                    }:
                        componentsschemas_customer_activity_type_2 = CustomerReferredActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_2
                    if discriminator in {
                        "customer.custom_event",
                    }:
                        componentsschemas_customer_activity_type_3 = CustomerCustomEventActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_3
                    if discriminator in {
                        "customer.segment.entered",
                        "customer.segment.left",
                    }:
                        componentsschemas_customer_activity_type_4 = CustomerSegmentActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_4
                    if discriminator in {
                        "customer.activecampaign.sent",
                        "customer.batch.sent",
                        "customer.braze.sent",
                        "customer.email.sent",
                        "customer.intercom.sent",
                        "customer.klaviyo.sent",
                        "customer.mailchimp.sent",
                        "customer.shopify.sent",
                        "customer.sms.sent",
                    }:
                        componentsschemas_customer_activity_type_5 = CustomerMessageSentActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_5
                    if discriminator in {
                        "customer.activecampaign.recovered",
                        "customer.batch.recovered",
                        "customer.braze.recovered",
                        "customer.email.recovered",
                        "customer.intercom.recovered",
                        "customer.klaviyo.recovered",
                        "customer.mailchimp.recovered",
                        "customer.shopify.recovered",
                        "customer.sms.recovered",
                    }:
                        componentsschemas_customer_activity_type_6 = CustomerMessageRecoveredActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_6
                    if discriminator in {
                        "customer.activecampaign.failed",
                        "customer.batch.failed",
                        "customer.braze.failed",
                        "customer.email.failed",
                        "customer.intercom.failed",
                        "customer.klaviyo.failed",
                        "customer.mailchimp.failed",
                        "customer.shopify.failed",
                        "customer.sms.failed",
                    }:
                        componentsschemas_customer_activity_type_7 = CustomerMessageFailedActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_7
                    if discriminator in {
                        "customer.rewarded",
                    }:
                        componentsschemas_customer_activity_type_8 = CustomerRewardedActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_8
                    if discriminator in {
                        "customer.rewarded.loyalty_points",
                    }:
                        componentsschemas_customer_activity_type_9 = CustomerRewardedLoyaltyPointsActivity.from_dict(
                            data
                        )

                        return componentsschemas_customer_activity_type_9
                    if discriminator in {
                        "customer.voucher.gift.balance_added",
                    }:
                        componentsschemas_customer_activity_type_10 = CustomerGiftBalanceAddedActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_10
                    if discriminator in {
                        "customer.voucher.loyalty_card.pending_points.activated",
                    }:
                        componentsschemas_customer_activity_type_11 = CustomerPendingPointsActivationActivity.from_dict(
                            data
                        )

                        return componentsschemas_customer_activity_type_11
                    if discriminator in {
                        "customer.voucher.loyalty_card.pending_points.added",
                        "customer.voucher.loyalty_card.pending_points.canceled",
                        "customer.voucher.loyalty_card.pending_points.updated",
                    }:
                        componentsschemas_customer_activity_type_12 = CustomerPendingPointsChangedActivity.from_dict(
                            data
                        )

                        return componentsschemas_customer_activity_type_12
                    if discriminator in {
                        "customer.voucher.loyalty_card.points_activated",
                    }:
                        componentsschemas_customer_activity_type_13 = CustomerPointsActivatedActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_13
                    if discriminator in {
                        "customer.voucher.loyalty_card.points_added",
                    }:
                        componentsschemas_customer_activity_type_14 = CustomerPointsAddedActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_14
                    if discriminator in {
                        "customer.voucher.loyalty_card.points_transferred",
                    }:
                        componentsschemas_customer_activity_type_15 = CustomerPointsTransferredActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_15
                    if discriminator in {
                        "customer.voucher.loyalty_card.points_expired",
                    }:
                        componentsschemas_customer_activity_type_16 = CustomerPointsExpiredActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_16
                    if discriminator in {
                        "customer.voucher.deleted",
                    }:
                        componentsschemas_customer_activity_type_17 = CustomerVoucherDeletedActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_17
                    if discriminator in {
                        "customer.publication.failed",
                        "customer.publication.succeeded",
                    }:
                        componentsschemas_customer_activity_type_18 = CustomerPublicationActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_18
                    if discriminator in {
                        "customer.validation.failed",
                        "customer.validation.succeeded",
                    }:
                        componentsschemas_customer_activity_type_19 = CustomerValidationActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_19
                    if discriminator in {
                        "customer.redemption.failed",
                        "customer.redemption.succeeded",
                    }:
                        componentsschemas_customer_activity_type_20 = CustomerRedemptionActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_20
                    if discriminator in {
                        "customer.redemption.rollback.failed",
                        "customer.redemption.rollback.succeeded",
                    }:
                        componentsschemas_customer_activity_type_21 = CustomerRedemptionRollbackActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_21
                    if discriminator in {
                        "customer.order.canceled",
                        "customer.order.created",
                        "customer.order.fulfilled",
                        "customer.order.paid",
                        "customer.order.processing",
                        "customer.order.updated",
                    }:
                        componentsschemas_customer_activity_type_22 = CustomerOrderActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_22
                    if discriminator in {
                        "customer.reward_redemptions.completed",
                        "customer.reward_redemptions.created",
                        "customer.reward_redemptions.pending",
                        "customer.reward_redemptions.rolledback",
                    }:
                        componentsschemas_customer_activity_type_23 = CustomerRewardRedemptionActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_23
                    if discriminator in {
                        "customer.loyalty.updated",
                    }:
                        componentsschemas_customer_activity_type_24 = CustomerLoyaltyUpdatedActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_24
                    if discriminator in {
                        "customer.loyalty.tier.downgraded",
                        "customer.loyalty.tier.upgraded",
                    }:
                        componentsschemas_customer_activity_type_25 = CustomerTierChangedActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_25
                    if discriminator in {
                        "customer.loyalty.tier.joined",
                        "customer.loyalty.tier.left",
                        "customer.loyalty.tier.prolonged",
                    }:
                        componentsschemas_customer_activity_type_26 = CustomerTierMembershipActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_26
                    if discriminator in {
                        "customer.loyalty.tier.expiration.changed",
                    }:
                        componentsschemas_customer_activity_type_27 = CustomerTierExpirationChangedActivity.from_dict(
                            data
                        )

                        return componentsschemas_customer_activity_type_27
                    if discriminator in {
                        "customer.holder.assignment.created",
                        "customer.holder.assignment.deleted",
                    }:
                        componentsschemas_customer_activity_type_28 = CustomerHolderAssignmentActivity.from_dict(data)

                        return componentsschemas_customer_activity_type_28
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_0 = CustomerConfirmedActivity.from_dict(data)

                    componentsschemas_customer_activity_type_0._loaded()
                    return componentsschemas_customer_activity_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_1 = CustomerProfileActivity.from_dict(data)

                    componentsschemas_customer_activity_type_1._loaded()
                    return componentsschemas_customer_activity_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_2 = CustomerReferredActivity.from_dict(data)

                    componentsschemas_customer_activity_type_2._loaded()
                    return componentsschemas_customer_activity_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_3 = CustomerCustomEventActivity.from_dict(data)

                    componentsschemas_customer_activity_type_3._loaded()
                    return componentsschemas_customer_activity_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_4 = CustomerSegmentActivity.from_dict(data)

                    componentsschemas_customer_activity_type_4._loaded()
                    return componentsschemas_customer_activity_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_5 = CustomerMessageSentActivity.from_dict(data)

                    componentsschemas_customer_activity_type_5._loaded()
                    return componentsschemas_customer_activity_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_6 = CustomerMessageRecoveredActivity.from_dict(data)

                    componentsschemas_customer_activity_type_6._loaded()
                    return componentsschemas_customer_activity_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_7 = CustomerMessageFailedActivity.from_dict(data)

                    componentsschemas_customer_activity_type_7._loaded()
                    return componentsschemas_customer_activity_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_8 = CustomerRewardedActivity.from_dict(data)

                    componentsschemas_customer_activity_type_8._loaded()
                    return componentsschemas_customer_activity_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_9 = CustomerRewardedLoyaltyPointsActivity.from_dict(data)

                    componentsschemas_customer_activity_type_9._loaded()
                    return componentsschemas_customer_activity_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_10 = CustomerGiftBalanceAddedActivity.from_dict(data)

                    componentsschemas_customer_activity_type_10._loaded()
                    return componentsschemas_customer_activity_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_11 = CustomerPendingPointsActivationActivity.from_dict(
                        data
                    )

                    componentsschemas_customer_activity_type_11._loaded()
                    return componentsschemas_customer_activity_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_12 = CustomerPendingPointsChangedActivity.from_dict(data)

                    componentsschemas_customer_activity_type_12._loaded()
                    return componentsschemas_customer_activity_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_13 = CustomerPointsActivatedActivity.from_dict(data)

                    componentsschemas_customer_activity_type_13._loaded()
                    return componentsschemas_customer_activity_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_14 = CustomerPointsAddedActivity.from_dict(data)

                    componentsschemas_customer_activity_type_14._loaded()
                    return componentsschemas_customer_activity_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_15 = CustomerPointsTransferredActivity.from_dict(data)

                    componentsschemas_customer_activity_type_15._loaded()
                    return componentsschemas_customer_activity_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_16 = CustomerPointsExpiredActivity.from_dict(data)

                    componentsschemas_customer_activity_type_16._loaded()
                    return componentsschemas_customer_activity_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_17 = CustomerVoucherDeletedActivity.from_dict(data)

                    componentsschemas_customer_activity_type_17._loaded()
                    return componentsschemas_customer_activity_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_18 = CustomerPublicationActivity.from_dict(data)

                    componentsschemas_customer_activity_type_18._loaded()
                    return componentsschemas_customer_activity_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_19 = CustomerValidationActivity.from_dict(data)

                    componentsschemas_customer_activity_type_19._loaded()
                    return componentsschemas_customer_activity_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_20 = CustomerRedemptionActivity.from_dict(data)

                    componentsschemas_customer_activity_type_20._loaded()
                    return componentsschemas_customer_activity_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_21 = CustomerRedemptionRollbackActivity.from_dict(data)

                    componentsschemas_customer_activity_type_21._loaded()
                    return componentsschemas_customer_activity_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_22 = CustomerOrderActivity.from_dict(data)

                    componentsschemas_customer_activity_type_22._loaded()
                    return componentsschemas_customer_activity_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_23 = CustomerRewardRedemptionActivity.from_dict(data)

                    componentsschemas_customer_activity_type_23._loaded()
                    return componentsschemas_customer_activity_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_24 = CustomerLoyaltyUpdatedActivity.from_dict(data)

                    componentsschemas_customer_activity_type_24._loaded()
                    return componentsschemas_customer_activity_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_25 = CustomerTierChangedActivity.from_dict(data)

                    componentsschemas_customer_activity_type_25._loaded()
                    return componentsschemas_customer_activity_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_26 = CustomerTierMembershipActivity.from_dict(data)

                    componentsschemas_customer_activity_type_26._loaded()
                    return componentsschemas_customer_activity_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_activity_type_27 = CustomerTierExpirationChangedActivity.from_dict(data)

                    componentsschemas_customer_activity_type_27._loaded()
                    return componentsschemas_customer_activity_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_customer_activity_type_28 = CustomerHolderAssignmentActivity.from_dict(data)

                return componentsschemas_customer_activity_type_28

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        total = src_dict["total"]
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 4
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_object(self, object)
        _set_data_ref(self, data_ref)
        _set_data(self, data)
        _set_total(self, total)
        _set_additional_properties(self, additional_properties)
        set_raw(self, PARSED)

    def _load_to_dict(self, src_dict: Any) -> dict[str, Any]:
        """``to_dict()`` of this model, not parsed yet, from ``src_dict`` (its ``_raw``, or the JSON a
        parent made it for; a parent's own pass calls this right after ``new_lazy``): parse as
        ``_load`` does, then write back, the values that write back as they came being the
        source's own. Data that does not parse comes back as it came, the model lazy on it."""
        set_raw(self, src_dict)
        return self.to_dict()

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
_set_object = CustomerActivityList.__dict__["object"].__set__
_set_data_ref = CustomerActivityList.__dict__["data_ref"].__set__
_set_data = CustomerActivityList.__dict__["data"].__set__
_set_total = CustomerActivityList.__dict__["total"].__set__
_set_additional_properties = CustomerActivityList.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.customer_confirmed_activity import CustomerConfirmedActivity  # noqa: E402
from ..models.customer_custom_event_activity import CustomerCustomEventActivity  # noqa: E402
from ..models.customer_gift_balance_added_activity import CustomerGiftBalanceAddedActivity  # noqa: E402
from ..models.customer_holder_assignment_activity import CustomerHolderAssignmentActivity  # noqa: E402
from ..models.customer_loyalty_updated_activity import CustomerLoyaltyUpdatedActivity  # noqa: E402
from ..models.customer_message_failed_activity import CustomerMessageFailedActivity  # noqa: E402
from ..models.customer_message_recovered_activity import CustomerMessageRecoveredActivity  # noqa: E402
from ..models.customer_message_sent_activity import CustomerMessageSentActivity  # noqa: E402
from ..models.customer_order_activity import CustomerOrderActivity  # noqa: E402
from ..models.customer_pending_points_activation_activity import CustomerPendingPointsActivationActivity  # noqa: E402
from ..models.customer_pending_points_changed_activity import CustomerPendingPointsChangedActivity  # noqa: E402
from ..models.customer_points_activated_activity import CustomerPointsActivatedActivity  # noqa: E402
from ..models.customer_points_added_activity import CustomerPointsAddedActivity  # noqa: E402
from ..models.customer_points_expired_activity import CustomerPointsExpiredActivity  # noqa: E402
from ..models.customer_points_transferred_activity import CustomerPointsTransferredActivity  # noqa: E402
from ..models.customer_profile_activity import CustomerProfileActivity  # noqa: E402
from ..models.customer_publication_activity import CustomerPublicationActivity  # noqa: E402
from ..models.customer_redemption_activity import CustomerRedemptionActivity  # noqa: E402
from ..models.customer_redemption_rollback_activity import CustomerRedemptionRollbackActivity  # noqa: E402
from ..models.customer_referred_activity import CustomerReferredActivity  # noqa: E402
from ..models.customer_reward_redemption_activity import CustomerRewardRedemptionActivity  # noqa: E402
from ..models.customer_rewarded_activity import CustomerRewardedActivity  # noqa: E402
from ..models.customer_rewarded_loyalty_points_activity import CustomerRewardedLoyaltyPointsActivity  # noqa: E402
from ..models.customer_segment_activity import CustomerSegmentActivity  # noqa: E402
from ..models.customer_tier_changed_activity import CustomerTierChangedActivity  # noqa: E402
from ..models.customer_tier_expiration_changed_activity import CustomerTierExpirationChangedActivity  # noqa: E402
from ..models.customer_tier_membership_activity import CustomerTierMembershipActivity  # noqa: E402
from ..models.customer_validation_activity import CustomerValidationActivity  # noqa: E402
from ..models.customer_voucher_deleted_activity import CustomerVoucherDeletedActivity  # noqa: E402
