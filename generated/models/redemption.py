from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redemption_channel_type import RedemptionChannelType, check_redemption_channel_type
from ..models.redemption_related_object_type import RedemptionRelatedObjectType, check_redemption_related_object_type
from ..models.redemption_result import RedemptionResult, check_redemption_result
from ..models.redemption_status import RedemptionStatus, check_redemption_status
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="Redemption")


@_attrs_define
class Redemption(LazyFields):
    """Full redemption record.

    Attributes:
        id (str | Unset): Identifier of the redemption. Example: r_0bc92f81a6801f9bca.
        object (str | Unset): Kind of object, normally `redemption`.
        created_at (datetime.datetime | Unset): When the redemption happened.
        tracking_id (str | Unset): Tracking id of the customer.
        metadata (RedemptionMetadata | Unset): Free-form key/value pairs attached to the redemption.
        channel_type (RedemptionChannelType | Unset): Kind of channel the redemption came through.
        channel_id (str | Unset): Identifier of the user or key that redeemed.
        failure_code (str | Unset): Machine-readable reason of a failure. Example: customer_rules_violated.
        failure_message (str | Unset): Human-readable reason of a failure.
        order (Order | Unset): Full order record with its calculated discounts.
        previous_order (Order | Unset): Full order record with its calculated discounts.
        reward (RedemptionReward | Unset): The reward given by a redemption, with the objects it handed out.
        amount (int | Unset): Amount redeemed, in cents or points.
        reason (str | Unset): Reason given by the caller.
        result (RedemptionResult | Unset): Outcome of the redemption.
        status (RedemptionStatus | Unset): State of the redemption.
        related_redemptions (RelatedRedemptions | Unset): Rollbacks and stacked redemptions linked to a redemption.
        parent_redemption_id (str | Unset): Parent of a stacked redemption.
        redemption (str | Unset): Parent redemption, for a rollback or a stacked redemption.
        customer (SimpleCustomer | Unset): Short form of a customer.
        customer_id (None | str | Unset): Customer who redeemed.
        related_object_type (RedemptionRelatedObjectType | Unset): Kind of object redeemed.
        related_object_id (str | Unset): Identifier of the object redeemed.
        related_object_parent_id (str | Unset): Parent of the object redeemed.
        campaign_name (str | Unset): Name of that campaign.
        voucher (Voucher | Unset): Full voucher record.
        promotion_tier (PromotionTier | Unset): Full promotion tier record.
    """

    id: str | Unset = UNSET
    object: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    tracking_id: str | Unset = UNSET
    metadata: RedemptionMetadata | Unset = UNSET
    channel_type: RedemptionChannelType | Unset = UNSET
    channel_id: str | Unset = UNSET
    failure_code: str | Unset = UNSET
    failure_message: str | Unset = UNSET
    order: Order | Unset = UNSET
    previous_order: Order | Unset = UNSET
    reward: RedemptionReward | Unset = UNSET
    amount: int | Unset = UNSET
    reason: str | Unset = UNSET
    result: RedemptionResult | Unset = UNSET
    status: RedemptionStatus | Unset = UNSET
    related_redemptions: RelatedRedemptions | Unset = UNSET
    parent_redemption_id: str | Unset = UNSET
    redemption: str | Unset = UNSET
    customer: SimpleCustomer | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    related_object_type: RedemptionRelatedObjectType | Unset = UNSET
    related_object_id: str | Unset = UNSET
    related_object_parent_id: str | Unset = UNSET
    campaign_name: str | Unset = UNSET
    voucher: Voucher | Unset = UNSET
    promotion_tier: PromotionTier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        object = self.object

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = serialize_datetime(self.created_at)

        tracking_id = self.tracking_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        channel_type: str | Unset = UNSET
        if not isinstance(self.channel_type, Unset):
            channel_type = self.channel_type

        channel_id = self.channel_id

        failure_code = self.failure_code

        failure_message = self.failure_message

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        previous_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous_order, Unset):
            previous_order = self.previous_order.to_dict()

        reward: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reward, Unset):
            reward = self.reward.to_dict()

        amount = self.amount

        reason = self.reason

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        related_redemptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.related_redemptions, Unset):
            related_redemptions = self.related_redemptions.to_dict()

        parent_redemption_id = self.parent_redemption_id

        redemption = self.redemption

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        related_object_type: str | Unset = UNSET
        if not isinstance(self.related_object_type, Unset):
            related_object_type = self.related_object_type

        related_object_id = self.related_object_id

        related_object_parent_id = self.related_object_parent_id

        campaign_name = self.campaign_name

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        promotion_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotion_tier, Unset):
            promotion_tier = self.promotion_tier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object is not UNSET:
            field_dict["object"] = object
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if tracking_id is not UNSET:
            field_dict["tracking_id"] = tracking_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if channel_type is not UNSET:
            field_dict["channel_type"] = channel_type
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if failure_code is not UNSET:
            field_dict["failure_code"] = failure_code
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if order is not UNSET:
            field_dict["order"] = order
        if previous_order is not UNSET:
            field_dict["previous_order"] = previous_order
        if reward is not UNSET:
            field_dict["reward"] = reward
        if amount is not UNSET:
            field_dict["amount"] = amount
        if reason is not UNSET:
            field_dict["reason"] = reason
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status
        if related_redemptions is not UNSET:
            field_dict["related_redemptions"] = related_redemptions
        if parent_redemption_id is not UNSET:
            field_dict["parent_redemption_id"] = parent_redemption_id
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if customer is not UNSET:
            field_dict["customer"] = customer
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if related_object_type is not UNSET:
            field_dict["related_object_type"] = related_object_type
        if related_object_id is not UNSET:
            field_dict["related_object_id"] = related_object_id
        if related_object_parent_id is not UNSET:
            field_dict["related_object_parent_id"] = related_object_parent_id
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if promotion_tier is not UNSET:
            field_dict["promotion_tier"] = promotion_tier

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        object = d.pop("object", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        tracking_id = d.pop("tracking_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: RedemptionMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RedemptionMetadata.from_dict(_metadata)

        _channel_type = d.pop("channel_type", UNSET)
        channel_type: RedemptionChannelType | Unset
        if isinstance(_channel_type, Unset):
            channel_type = UNSET
        else:
            channel_type = check_redemption_channel_type(_channel_type)

        channel_id = d.pop("channel_id", UNSET)

        failure_code = d.pop("failure_code", UNSET)

        failure_message = d.pop("failure_message", UNSET)

        _order = d.pop("order", UNSET)
        order: Order | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = Order.from_dict(_order)

        _previous_order = d.pop("previous_order", UNSET)
        previous_order: Order | Unset
        if isinstance(_previous_order, Unset):
            previous_order = UNSET
        else:
            previous_order = Order.from_dict(_previous_order)

        _reward = d.pop("reward", UNSET)
        reward: RedemptionReward | Unset
        if isinstance(_reward, Unset):
            reward = UNSET
        else:
            reward = RedemptionReward.from_dict(_reward)

        amount = d.pop("amount", UNSET)

        reason = d.pop("reason", UNSET)

        _result = d.pop("result", UNSET)
        result: RedemptionResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = check_redemption_result(_result)

        _status = d.pop("status", UNSET)
        status: RedemptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_redemption_status(_status)

        _related_redemptions = d.pop("related_redemptions", UNSET)
        related_redemptions: RelatedRedemptions | Unset
        if isinstance(_related_redemptions, Unset):
            related_redemptions = UNSET
        else:
            related_redemptions = RelatedRedemptions.from_dict(_related_redemptions)

        parent_redemption_id = d.pop("parent_redemption_id", UNSET)

        redemption = d.pop("redemption", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: SimpleCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = SimpleCustomer.from_dict(_customer)

        def _parse_customer_id(data: builtins.object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        _related_object_type = d.pop("related_object_type", UNSET)
        related_object_type: RedemptionRelatedObjectType | Unset
        if isinstance(_related_object_type, Unset):
            related_object_type = UNSET
        else:
            related_object_type = check_redemption_related_object_type(_related_object_type)

        related_object_id = d.pop("related_object_id", UNSET)

        related_object_parent_id = d.pop("related_object_parent_id", UNSET)

        campaign_name = d.pop("campaign_name", UNSET)

        _voucher = d.pop("voucher", UNSET)
        voucher: Voucher | Unset
        if isinstance(_voucher, Unset):
            voucher = UNSET
        else:
            voucher = Voucher.from_dict(_voucher)

        _promotion_tier = d.pop("promotion_tier", UNSET)
        promotion_tier: PromotionTier | Unset
        if isinstance(_promotion_tier, Unset):
            promotion_tier = UNSET
        else:
            promotion_tier = PromotionTier.from_dict(_promotion_tier)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "object", object)
        set_(self, "created_at", created_at)
        set_(self, "tracking_id", tracking_id)
        set_(self, "metadata", metadata)
        set_(self, "channel_type", channel_type)
        set_(self, "channel_id", channel_id)
        set_(self, "failure_code", failure_code)
        set_(self, "failure_message", failure_message)
        set_(self, "order", order)
        set_(self, "previous_order", previous_order)
        set_(self, "reward", reward)
        set_(self, "amount", amount)
        set_(self, "reason", reason)
        set_(self, "result", result)
        set_(self, "status", status)
        set_(self, "related_redemptions", related_redemptions)
        set_(self, "parent_redemption_id", parent_redemption_id)
        set_(self, "redemption", redemption)
        set_(self, "customer", customer)
        set_(self, "customer_id", customer_id)
        set_(self, "related_object_type", related_object_type)
        set_(self, "related_object_id", related_object_id)
        set_(self, "related_object_parent_id", related_object_parent_id)
        set_(self, "campaign_name", campaign_name)
        set_(self, "voucher", voucher)
        set_(self, "promotion_tier", promotion_tier)
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
from ..models.order import Order  # noqa: E402
from ..models.promotion_tier import PromotionTier  # noqa: E402
from ..models.redemption_metadata import RedemptionMetadata  # noqa: E402
from ..models.redemption_reward import RedemptionReward  # noqa: E402
from ..models.related_redemptions import RelatedRedemptions  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.voucher import Voucher  # noqa: E402
