from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_redemption_result import SimpleRedemptionResult
from ..models.simple_redemption_status import SimpleRedemptionStatus
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

T = TypeVar("T", bound="SimpleRedemption")
# The JSON keys SimpleRedemption declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "date",
        "status",
        "metadata",
        "object",
        "customer_id",
        "tracking_id",
        "amount",
        "order",
        "reward",
        "customer",
        "result",
        "voucher",
        "promotion_tier",
        "redemption",
        "failure_code",
        "failure_message",
        "reason",
        "channel",
    }
)


@_attrs_define
class SimpleRedemption(LazyFields):
    """Short form of a redemption or rollback.

    Attributes:
        id (str): Identifier of the redemption. Example: r_0bc92f81a6801f9bca.
        date (datetime.datetime): When the redemption happened.
        status (None | SimpleRedemptionStatus): State of the redemption; may be null.
        metadata (SimpleRedemptionMetadata): Free-form key/value pairs attached to the redemption.
        object (str): Kind of object, e.g. `redemption`.
        customer_id (None | str | Unset): Customer who redeemed.
        tracking_id (str | Unset): Tracking id of that customer.
        amount (int | Unset): Amount redeemed, in cents or points.
        order (SimpleOrder | Unset): Short form of an order.
        reward (SimpleRedemptionReward | Unset): Short form of the reward given by a redemption.
        customer (SimpleCustomer | Unset): Short form of a customer.
        result (SimpleRedemptionResult | Unset): Outcome of the redemption.
        voucher (SimpleVoucher | Unset): Short form of a voucher, gift card or loyalty card.
        promotion_tier (SimplePromotionTier | Unset): Short form of a promotion tier.
        redemption (str | Unset): Parent redemption, for a rollback or a stacked redemption.
        failure_code (str | Unset): Machine-readable reason of a failure. Example: customer_rules_violated.
        failure_message (str | Unset): Human-readable reason of a failure.
        reason (str | Unset): Reason given by the caller.
        channel (RedemptionChannel | Unset): Channel a redemption came through.
    """

    id: str
    date: datetime.datetime
    status: None | SimpleRedemptionStatus
    metadata: SimpleRedemptionMetadata
    object: str
    customer_id: None | str | Unset = UNSET
    tracking_id: str | Unset = UNSET
    amount: int | Unset = UNSET
    order: SimpleOrder | Unset = UNSET
    reward: SimpleRedemptionReward | Unset = UNSET
    customer: SimpleCustomer | Unset = UNSET
    result: SimpleRedemptionResult | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    promotion_tier: SimplePromotionTier | Unset = UNSET
    redemption: str | Unset = UNSET
    failure_code: str | Unset = UNSET
    failure_message: str | Unset = UNSET
    reason: str | Unset = UNSET
    channel: RedemptionChannel | Unset = UNSET
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
            "id": self.id,
            "date": serialize_datetime(self.date),
            "status": self.status,
            "metadata": self.metadata.to_dict(),
            "object": self.object,
        }
        if (customer_id := self.customer_id) is not UNSET:
            field_dict["customer_id"] = customer_id
        if (tracking_id := self.tracking_id) is not UNSET:
            field_dict["tracking_id"] = tracking_id
        if (amount := self.amount) is not UNSET:
            field_dict["amount"] = amount
        if not isinstance(order := self.order, Unset):
            field_dict["order"] = order.to_dict()
        if not isinstance(reward := self.reward, Unset):
            field_dict["reward"] = reward.to_dict()
        if not isinstance(customer := self.customer, Unset):
            field_dict["customer"] = customer.to_dict()
        if (result := self.result) is not UNSET:
            field_dict["result"] = result
        if not isinstance(voucher := self.voucher, Unset):
            field_dict["voucher"] = voucher.to_dict()
        if not isinstance(promotion_tier := self.promotion_tier, Unset):
            field_dict["promotion_tier"] = promotion_tier.to_dict()
        if (redemption := self.redemption) is not UNSET:
            field_dict["redemption"] = redemption
        if (failure_code := self.failure_code) is not UNSET:
            field_dict["failure_code"] = failure_code
        if (failure_message := self.failure_message) is not UNSET:
            field_dict["failure_message"] = failure_message
        if (reason := self.reason) is not UNSET:
            field_dict["reason"] = reason
        if not isinstance(channel := self.channel, Unset):
            field_dict["channel"] = channel.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        id = src_dict["id"]
        date = parse_timestamp(src_dict["date"])
        status = src_dict["status"]
        metadata_json = src_dict["metadata"]
        metadata = new_lazy(SimpleRedemptionMetadata)
        set_raw(metadata, metadata_json)
        object = src_dict["object"]
        customer_id = get("customer_id", UNSET)
        tracking_id = get("tracking_id", UNSET)
        amount = get("amount", UNSET)
        order = order_json = get("order", UNSET)
        if order_json is not UNSET:
            order = new_lazy(SimpleOrder)
            set_raw(order, order_json)
        reward = reward_json = get("reward", UNSET)
        if reward_json is not UNSET:
            reward = new_lazy(SimpleRedemptionReward)
            set_raw(reward, reward_json)
        customer = customer_json = get("customer", UNSET)
        if customer_json is not UNSET:
            customer = new_lazy(SimpleCustomer)
            set_raw(customer, customer_json)
        result = get("result", UNSET)
        voucher = voucher_json = get("voucher", UNSET)
        if voucher_json is not UNSET:
            voucher = new_lazy(SimpleVoucher)
            set_raw(voucher, voucher_json)
        promotion_tier = promotion_tier_json = get("promotion_tier", UNSET)
        if promotion_tier_json is not UNSET:
            promotion_tier = new_lazy(SimplePromotionTier)
            set_raw(promotion_tier, promotion_tier_json)
        redemption = get("redemption", UNSET)
        failure_code = get("failure_code", UNSET)
        failure_message = get("failure_message", UNSET)
        reason = get("reason", UNSET)
        channel = channel_json = get("channel", UNSET)
        if channel_json is not UNSET:
            channel = new_lazy(RedemptionChannel)
            set_raw(channel, channel_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_date(self, date)
        _set_status(self, status)
        _set_metadata(self, metadata)
        _set_object(self, object)
        _set_customer_id(self, customer_id)
        _set_tracking_id(self, tracking_id)
        _set_amount(self, amount)
        _set_order(self, order)
        _set_reward(self, reward)
        _set_customer(self, customer)
        _set_result(self, result)
        _set_voucher(self, voucher)
        _set_promotion_tier(self, promotion_tier)
        _set_redemption(self, redemption)
        _set_failure_code(self, failure_code)
        _set_failure_message(self, failure_message)
        _set_reason(self, reason)
        _set_channel(self, channel)
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
            id = src_dict["id"]
            date = parse_timestamp(src_dict["date"])
            status = src_dict["status"]
            metadata_json = src_dict["metadata"]
            metadata = new_lazy(SimpleRedemptionMetadata)
            object = src_dict["object"]
            customer_id = get("customer_id", UNSET)
            tracking_id = get("tracking_id", UNSET)
            amount = get("amount", UNSET)
            order = order_json = get("order", UNSET)
            if order_json is not UNSET:
                order = new_lazy(SimpleOrder)
            reward = reward_json = get("reward", UNSET)
            if reward_json is not UNSET:
                reward = new_lazy(SimpleRedemptionReward)
            customer = customer_json = get("customer", UNSET)
            if customer_json is not UNSET:
                customer = new_lazy(SimpleCustomer)
            result = get("result", UNSET)
            voucher = voucher_json = get("voucher", UNSET)
            if voucher_json is not UNSET:
                voucher = new_lazy(SimpleVoucher)
            promotion_tier = promotion_tier_json = get("promotion_tier", UNSET)
            if promotion_tier_json is not UNSET:
                promotion_tier = new_lazy(SimplePromotionTier)
            redemption = get("redemption", UNSET)
            failure_code = get("failure_code", UNSET)
            failure_message = get("failure_message", UNSET)
            reason = get("reason", UNSET)
            channel = channel_json = get("channel", UNSET)
            if channel_json is not UNSET:
                channel = new_lazy(RedemptionChannel)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["metadata"] = SimpleRedemptionMetadata._load_to_dict(metadata, metadata_json)
        if order is not UNSET:
            field_dict["order"] = SimpleOrder._load_to_dict(order, order_json)
        if reward is not UNSET:
            field_dict["reward"] = SimpleRedemptionReward._load_to_dict(reward, reward_json)
        if customer is not UNSET:
            field_dict["customer"] = SimpleCustomer._load_to_dict(customer, customer_json)
        if voucher is not UNSET:
            field_dict["voucher"] = SimpleVoucher._load_to_dict(voucher, voucher_json)
        if promotion_tier is not UNSET:
            field_dict["promotion_tier"] = SimplePromotionTier._load_to_dict(promotion_tier, promotion_tier_json)
        if channel is not UNSET:
            field_dict["channel"] = RedemptionChannel._load_to_dict(channel, channel_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_date(self, date)
        _set_status(self, status)
        _set_metadata(self, metadata)
        _set_object(self, object)
        _set_customer_id(self, customer_id)
        _set_tracking_id(self, tracking_id)
        _set_amount(self, amount)
        _set_order(self, order)
        _set_reward(self, reward)
        _set_customer(self, customer)
        _set_result(self, result)
        _set_voucher(self, voucher)
        _set_promotion_tier(self, promotion_tier)
        _set_redemption(self, redemption)
        _set_failure_code(self, failure_code)
        _set_failure_message(self, failure_message)
        _set_reason(self, reason)
        _set_channel(self, channel)
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
_set_id = SimpleRedemption.__dict__["id"].__set__
_set_date = SimpleRedemption.__dict__["date"].__set__
_set_status = SimpleRedemption.__dict__["status"].__set__
_set_metadata = SimpleRedemption.__dict__["metadata"].__set__
_set_object = SimpleRedemption.__dict__["object"].__set__
_set_customer_id = SimpleRedemption.__dict__["customer_id"].__set__
_set_tracking_id = SimpleRedemption.__dict__["tracking_id"].__set__
_set_amount = SimpleRedemption.__dict__["amount"].__set__
_set_order = SimpleRedemption.__dict__["order"].__set__
_set_reward = SimpleRedemption.__dict__["reward"].__set__
_set_customer = SimpleRedemption.__dict__["customer"].__set__
_set_result = SimpleRedemption.__dict__["result"].__set__
_set_voucher = SimpleRedemption.__dict__["voucher"].__set__
_set_promotion_tier = SimpleRedemption.__dict__["promotion_tier"].__set__
_set_redemption = SimpleRedemption.__dict__["redemption"].__set__
_set_failure_code = SimpleRedemption.__dict__["failure_code"].__set__
_set_failure_message = SimpleRedemption.__dict__["failure_message"].__set__
_set_reason = SimpleRedemption.__dict__["reason"].__set__
_set_channel = SimpleRedemption.__dict__["channel"].__set__
_set_additional_properties = SimpleRedemption.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.redemption_channel import RedemptionChannel  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_order import SimpleOrder  # noqa: E402
from ..models.simple_promotion_tier import SimplePromotionTier  # noqa: E402
from ..models.simple_redemption_metadata import SimpleRedemptionMetadata  # noqa: E402
from ..models.simple_redemption_reward import SimpleRedemptionReward  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402

SimpleRedemption._FIELDS = {
    "date": lambda src: parse_timestamp(src["date"]),
}
