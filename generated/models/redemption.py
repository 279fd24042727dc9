from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redemption_channel_type import RedemptionChannelType
from ..models.redemption_related_object_type import RedemptionRelatedObjectType
from ..models.redemption_result import RedemptionResult
from ..models.redemption_status import RedemptionStatus
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    parse_timestamp,
    serialize_datetime,
    set_raw,
)

T = TypeVar("T", bound="Redemption")
# The JSON keys Redemption declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "created_at",
        "tracking_id",
        "metadata",
        "channel_type",
        "channel_id",
        "failure_code",
        "failure_message",
        "order",
        "previous_order",
        "reward",
        "amount",
        "reason",
        "result",
        "status",
        "related_redemptions",
        "parent_redemption_id",
        "redemption",
        "customer",
        "customer_id",
        "related_object_type",
        "related_object_id",
        "related_object_parent_id",
        "campaign_name",
        "voucher",
        "promotion_tier",
    }
)


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
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        if (id := self.id) is not UNSET:
            field_dict["id"] = id
        if (object := self.object) is not UNSET:
            field_dict["object"] = object
        if not isinstance(created_at := self.created_at, Unset):
            field_dict["created_at"] = serialize_datetime(created_at)
        if (tracking_id := self.tracking_id) is not UNSET:
            field_dict["tracking_id"] = tracking_id
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = metadata.to_dict()
        if (channel_type := self.channel_type) is not UNSET:
            field_dict["channel_type"] = channel_type
        if (channel_id := self.channel_id) is not UNSET:
            field_dict["channel_id"] = channel_id
        if (failure_code := self.failure_code) is not UNSET:
            field_dict["failure_code"] = failure_code
        if (failure_message := self.failure_message) is not UNSET:
            field_dict["failure_message"] = failure_message
        if not isinstance(order := self.order, Unset):
            field_dict["order"] = order.to_dict()
        if not isinstance(previous_order := self.previous_order, Unset):
            field_dict["previous_order"] = previous_order.to_dict()
        if not isinstance(reward := self.reward, Unset):
            field_dict["reward"] = reward.to_dict()
        if (amount := self.amount) is not UNSET:
            field_dict["amount"] = amount
        if (reason := self.reason) is not UNSET:
            field_dict["reason"] = reason
        if (result := self.result) is not UNSET:
            field_dict["result"] = result
        if (status := self.status) is not UNSET:
            field_dict["status"] = status
        if not isinstance(related_redemptions := self.related_redemptions, Unset):
            field_dict["related_redemptions"] = related_redemptions.to_dict()
        if (parent_redemption_id := self.parent_redemption_id) is not UNSET:
            field_dict["parent_redemption_id"] = parent_redemption_id
        if (redemption := self.redemption) is not UNSET:
            field_dict["redemption"] = redemption
        if not isinstance(customer := self.customer, Unset):
            field_dict["customer"] = customer.to_dict()
        if (customer_id := self.customer_id) is not UNSET:
            field_dict["customer_id"] = customer_id
        if (related_object_type := self.related_object_type) is not UNSET:
            field_dict["related_object_type"] = related_object_type
        if (related_object_id := self.related_object_id) is not UNSET:
            field_dict["related_object_id"] = related_object_id
        if (related_object_parent_id := self.related_object_parent_id) is not UNSET:
            field_dict["related_object_parent_id"] = related_object_parent_id
        if (campaign_name := self.campaign_name) is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if not isinstance(voucher := self.voucher, Unset):
            field_dict["voucher"] = voucher.to_dict()
        if not isinstance(promotion_tier := self.promotion_tier, Unset):
            field_dict["promotion_tier"] = promotion_tier.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        id = get("id", UNSET)
        object = get("object", UNSET)
        if (created_at := get("created_at", UNSET)) is not UNSET:
            created_at = parse_timestamp(created_at)
        tracking_id = get("tracking_id", UNSET)
        metadata = metadata_json = get("metadata", UNSET)
        if metadata_json is not UNSET:
            metadata = new_lazy(RedemptionMetadata)
            set_raw(metadata, metadata_json)
        channel_type = get("channel_type", UNSET)
        channel_id = get("channel_id", UNSET)
        failure_code = get("failure_code", UNSET)
        failure_message = get("failure_message", UNSET)
        order = order_json = get("order", UNSET)
        if order_json is not UNSET:
            order = new_lazy(Order)
            set_raw(order, order_json)
        previous_order = previous_order_json = get("previous_order", UNSET)
        if previous_order_json is not UNSET:
            previous_order = new_lazy(Order)
            set_raw(previous_order, previous_order_json)
        reward = reward_json = get("reward", UNSET)
        if reward_json is not UNSET:
            reward = new_lazy(RedemptionReward)
            set_raw(reward, reward_json)
        amount = get("amount", UNSET)
        reason = get("reason", UNSET)
        result = get("result", UNSET)
        status = get("status", UNSET)
        related_redemptions = related_redemptions_json = get("related_redemptions", UNSET)
        if related_redemptions_json is not UNSET:
            related_redemptions = new_lazy(RelatedRedemptions)
            set_raw(related_redemptions, related_redemptions_json)
        parent_redemption_id = get("parent_redemption_id", UNSET)
        redemption = get("redemption", UNSET)
        customer = customer_json = get("customer", UNSET)
        if customer_json is not UNSET:
            customer = new_lazy(SimpleCustomer)
            set_raw(customer, customer_json)
        customer_id = get("customer_id", UNSET)
        related_object_type = get("related_object_type", UNSET)
        related_object_id = get("related_object_id", UNSET)
        related_object_parent_id = get("related_object_parent_id", UNSET)
        campaign_name = get("campaign_name", UNSET)
        voucher = voucher_json = get("voucher", UNSET)
        if voucher_json is not UNSET:
            voucher = new_lazy(Voucher)
            set_raw(voucher, voucher_json)
        promotion_tier = promotion_tier_json = get("promotion_tier", UNSET)
        if promotion_tier_json is not UNSET:
            promotion_tier = new_lazy(PromotionTier)
            set_raw(promotion_tier, promotion_tier_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_object(self, object)
        _set_created_at(self, created_at)
        _set_tracking_id(self, tracking_id)
        _set_metadata(self, metadata)
        _set_channel_type(self, channel_type)
        _set_channel_id(self, channel_id)
        _set_failure_code(self, failure_code)
        _set_failure_message(self, failure_message)
        _set_order(self, order)
        _set_previous_order(self, previous_order)
        _set_reward(self, reward)
        _set_amount(self, amount)
        _set_reason(self, reason)
        _set_result(self, result)
        _set_status(self, status)
        _set_related_redemptions(self, related_redemptions)
        _set_parent_redemption_id(self, parent_redemption_id)
        _set_redemption(self, redemption)
        _set_customer(self, customer)
        _set_customer_id(self, customer_id)
        _set_related_object_type(self, related_object_type)
        _set_related_object_id(self, related_object_id)
        _set_related_object_parent_id(self, related_object_parent_id)
        _set_campaign_name(self, campaign_name)
        _set_voucher(self, voucher)
        _set_promotion_tier(self, promotion_tier)
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
            id = get("id", UNSET)
            object = get("object", UNSET)
            if (created_at := get("created_at", UNSET)) is not UNSET:
                created_at = parse_timestamp(created_at)
            tracking_id = get("tracking_id", UNSET)
            metadata = metadata_json = get("metadata", UNSET)
            if metadata_json is not UNSET:
                metadata = new_lazy(RedemptionMetadata)
            channel_type = get("channel_type", UNSET)
            channel_id = get("channel_id", UNSET)
            failure_code = get("failure_code", UNSET)
            failure_message = get("failure_message", UNSET)
            order = order_json = get("order", UNSET)
            if order_json is not UNSET:
                order = new_lazy(Order)
            previous_order = previous_order_json = get("previous_order", UNSET)
            if previous_order_json is not UNSET:
                previous_order = new_lazy(Order)
            reward = reward_json = get("reward", UNSET)
            if reward_json is not UNSET:
                reward = new_lazy(RedemptionReward)
            amount = get("amount", UNSET)
            reason = get("reason", UNSET)
            result = get("result", UNSET)
            status = get("status", UNSET)
            related_redemptions = related_redemptions_json = get("related_redemptions", UNSET)
            if related_redemptions_json is not UNSET:
                related_redemptions = new_lazy(RelatedRedemptions)
            parent_redemption_id = get("parent_redemption_id", UNSET)
            redemption = get("redemption", UNSET)
            customer = customer_json = get("customer", UNSET)
            if customer_json is not UNSET:
                customer = new_lazy(SimpleCustomer)
            customer_id = get("customer_id", UNSET)
            related_object_type = get("related_object_type", UNSET)
            related_object_id = get("related_object_id", UNSET)
            related_object_parent_id = get("related_object_parent_id", UNSET)
            campaign_name = get("campaign_name", UNSET)
            voucher = voucher_json = get("voucher", UNSET)
            if voucher_json is not UNSET:
                voucher = new_lazy(Voucher)
            promotion_tier = promotion_tier_json = get("promotion_tier", UNSET)
            if promotion_tier_json is not UNSET:
                promotion_tier = new_lazy(PromotionTier)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if metadata is not UNSET:
            field_dict["metadata"] = RedemptionMetadata._load_to_dict(metadata, metadata_json)
        if order is not UNSET:
            field_dict["order"] = Order._load_to_dict(order, order_json)
        if previous_order is not UNSET:
            field_dict["previous_order"] = Order._load_to_dict(previous_order, previous_order_json)
        if reward is not UNSET:
            field_dict["reward"] = RedemptionReward._load_to_dict(reward, reward_json)
        if related_redemptions is not UNSET:
            field_dict["related_redemptions"] = RelatedRedemptions._load_to_dict(
                related_redemptions, related_redemptions_json
            )
        if customer is not UNSET:
            field_dict["customer"] = SimpleCustomer._load_to_dict(customer, customer_json)
        if voucher is not UNSET:
            field_dict["voucher"] = Voucher._load_to_dict(voucher, voucher_json)
        if promotion_tier is not UNSET:
            field_dict["promotion_tier"] = PromotionTier._load_to_dict(promotion_tier, promotion_tier_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_object(self, object)
        _set_created_at(self, created_at)
        _set_tracking_id(self, tracking_id)
        _set_metadata(self, metadata)
        _set_channel_type(self, channel_type)
        _set_channel_id(self, channel_id)
        _set_failure_code(self, failure_code)
        _set_failure_message(self, failure_message)
        _set_order(self, order)
        _set_previous_order(self, previous_order)
        _set_reward(self, reward)
        _set_amount(self, amount)
        _set_reason(self, reason)
        _set_result(self, result)
        _set_status(self, status)
        _set_related_redemptions(self, related_redemptions)
        _set_parent_redemption_id(self, parent_redemption_id)
        _set_redemption(self, redemption)
        _set_customer(self, customer)
        _set_customer_id(self, customer_id)
        _set_related_object_type(self, related_object_type)
        _set_related_object_id(self, related_object_id)
        _set_related_object_parent_id(self, related_object_parent_id)
        _set_campaign_name(self, campaign_name)
        _set_voucher(self, voucher)
        _set_promotion_tier(self, promotion_tier)
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
_set_id = Redemption.__dict__["id"].__set__
_set_object = Redemption.__dict__["object"].__set__
_set_created_at = Redemption.__dict__["created_at"].__set__
_set_tracking_id = Redemption.__dict__["tracking_id"].__set__
_set_metadata = Redemption.__dict__["metadata"].__set__
_set_channel_type = Redemption.__dict__["channel_type"].__set__
_set_channel_id = Redemption.__dict__["channel_id"].__set__
_set_failure_code = Redemption.__dict__["failure_code"].__set__
_set_failure_message = Redemption.__dict__["failure_message"].__set__
_set_order = Redemption.__dict__["order"].__set__
_set_previous_order = Redemption.__dict__["previous_order"].__set__
_set_reward = Redemption.__dict__["reward"].__set__
_set_amount = Redemption.__dict__["amount"].__set__
_set_reason = Redemption.__dict__["reason"].__set__
_set_result = Redemption.__dict__["result"].__set__
_set_status = Redemption.__dict__["status"].__set__
_set_related_redemptions = Redemption.__dict__["related_redemptions"].__set__
_set_parent_redemption_id = Redemption.__dict__["parent_redemption_id"].__set__
_set_redemption = Redemption.__dict__["redemption"].__set__
_set_customer = Redemption.__dict__["customer"].__set__
_set_customer_id = Redemption.__dict__["customer_id"].__set__
_set_related_object_type = Redemption.__dict__["related_object_type"].__set__
_set_related_object_id = Redemption.__dict__["related_object_id"].__set__
_set_related_object_parent_id = Redemption.__dict__["related_object_parent_id"].__set__
_set_campaign_name = Redemption.__dict__["campaign_name"].__set__
_set_voucher = Redemption.__dict__["voucher"].__set__
_set_promotion_tier = Redemption.__dict__["promotion_tier"].__set__
_set_additional_properties = Redemption.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.order import Order  # noqa: E402
from ..models.promotion_tier import PromotionTier  # noqa: E402
from ..models.redemption_metadata import RedemptionMetadata  # noqa: E402
from ..models.redemption_reward import RedemptionReward  # noqa: E402
from ..models.related_redemptions import RelatedRedemptions  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.voucher import Voucher  # noqa: E402

Redemption._FIELDS = {
    "created_at": lambda src: UNSET if (value := src.get("created_at", UNSET)) is UNSET else parse_timestamp(value),
}
