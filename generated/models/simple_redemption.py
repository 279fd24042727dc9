from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_redemption_result import SimpleRedemptionResult, check_simple_redemption_result
from ..models.simple_redemption_status import SimpleRedemptionStatus, check_simple_redemption_status
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="SimpleRedemption")


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
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        date = serialize_datetime(self.date)

        status: None | str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        metadata = self.metadata.to_dict()

        object = self.object

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        tracking_id = self.tracking_id

        amount = self.amount

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        reward: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reward, Unset):
            reward = self.reward.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        promotion_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotion_tier, Unset):
            promotion_tier = self.promotion_tier.to_dict()

        redemption = self.redemption

        failure_code = self.failure_code

        failure_message = self.failure_message

        reason = self.reason

        channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "date": date,
                "status": status,
                "metadata": metadata,
                "object": object,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if tracking_id is not UNSET:
            field_dict["tracking_id"] = tracking_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if order is not UNSET:
            field_dict["order"] = order
        if reward is not UNSET:
            field_dict["reward"] = reward
        if customer is not UNSET:
            field_dict["customer"] = customer
        if result is not UNSET:
            field_dict["result"] = result
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if promotion_tier is not UNSET:
            field_dict["promotion_tier"] = promotion_tier
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if failure_code is not UNSET:
            field_dict["failure_code"] = failure_code
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if reason is not UNSET:
            field_dict["reason"] = reason
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id")

        date = parse_timestamp(d.pop("date"))

        def _parse_status(data: builtins.object) -> None | SimpleRedemptionStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_simple_redemption_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimpleRedemptionStatus, data)

        status = _parse_status(d.pop("status"))

        metadata = SimpleRedemptionMetadata.from_dict(d.pop("metadata"))

        object = d.pop("object")

        def _parse_customer_id(data: builtins.object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        tracking_id = d.pop("tracking_id", UNSET)

        amount = d.pop("amount", UNSET)

        _order = d.pop("order", UNSET)
        order: SimpleOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = SimpleOrder.from_dict(_order)

        _reward = d.pop("reward", UNSET)
        reward: SimpleRedemptionReward | Unset
        if isinstance(_reward, Unset):
            reward = UNSET
        else:
            reward = SimpleRedemptionReward.from_dict(_reward)

        _customer = d.pop("customer", UNSET)
        customer: SimpleCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = SimpleCustomer.from_dict(_customer)

        _result = d.pop("result", UNSET)
        result: SimpleRedemptionResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = check_simple_redemption_result(_result)

        _voucher = d.pop("voucher", UNSET)
        voucher: SimpleVoucher | Unset
        if isinstance(_voucher, Unset):
            voucher = UNSET
        else:
            voucher = SimpleVoucher.from_dict(_voucher)

        _promotion_tier = d.pop("promotion_tier", UNSET)
        promotion_tier: SimplePromotionTier | Unset
        if isinstance(_promotion_tier, Unset):
            promotion_tier = UNSET
        else:
            promotion_tier = SimplePromotionTier.from_dict(_promotion_tier)

        redemption = d.pop("redemption", UNSET)

        failure_code = d.pop("failure_code", UNSET)

        failure_message = d.pop("failure_message", UNSET)

        reason = d.pop("reason", UNSET)

        _channel = d.pop("channel", UNSET)
        channel: RedemptionChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = RedemptionChannel.from_dict(_channel)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "date", date)
        set_(self, "status", status)
        set_(self, "metadata", metadata)
        set_(self, "object", object)
        set_(self, "customer_id", customer_id)
        set_(self, "tracking_id", tracking_id)
        set_(self, "amount", amount)
        set_(self, "order", order)
        set_(self, "reward", reward)
        set_(self, "customer", customer)
        set_(self, "result", result)
        set_(self, "voucher", voucher)
        set_(self, "promotion_tier", promotion_tier)
        set_(self, "redemption", redemption)
        set_(self, "failure_code", failure_code)
        set_(self, "failure_message", failure_message)
        set_(self, "reason", reason)
        set_(self, "channel", channel)
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
from ..models.redemption_channel import RedemptionChannel  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_order import SimpleOrder  # noqa: E402
from ..models.simple_promotion_tier import SimplePromotionTier  # noqa: E402
from ..models.simple_redemption_metadata import SimpleRedemptionMetadata  # noqa: E402
from ..models.simple_redemption_reward import SimpleRedemptionReward  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
