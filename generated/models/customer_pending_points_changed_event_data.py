from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    LazyFields,
    new_lazy,
    set_raw,
)

T = TypeVar("T", bound="CustomerPendingPointsChangedEventData")
# The JSON keys CustomerPendingPointsChangedEventData declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "customer",
        "campaign",
        "voucher",
        "voucher_pending_points_balance",
        "order",
        "pending_points",
    }
)


@_attrs_define
class CustomerPendingPointsChangedEventData(LazyFields):
    """Payload of the `customer.voucher.loyalty_card.pending_points.added/canceled/updated` events.

    Attributes:
        customer (SimpleCustomer): Short form of a customer.
        campaign (SimpleCampaign): Short form of a campaign.
        voucher (SimpleVoucher): Short form of a voucher, gift card or loyalty card.
        voucher_pending_points_balance (VoucherBalance): Balance of a gift card or loyalty card after an operation.
        order (SimpleOrder): Short form of an order.
        pending_points (PendingPoints): Points earned by an order that become usable later.
    """

    customer: SimpleCustomer
    campaign: SimpleCampaign
    voucher: SimpleVoucher
    voucher_pending_points_balance: VoucherBalance
    order: SimpleOrder
    pending_points: PendingPoints
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
            "customer": self.customer.to_dict(),
            "campaign": self.campaign.to_dict(),
            "voucher": self.voucher.to_dict(),
            "voucher_pending_points_balance": self.voucher_pending_points_balance.to_dict(),
            "order": self.order.to_dict(),
            "pending_points": self.pending_points.to_dict(),
        }
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        customer_json = src_dict["customer"]
        customer = new_lazy(SimpleCustomer)
        set_raw(customer, customer_json)
        campaign_json = src_dict["campaign"]
        campaign = new_lazy(SimpleCampaign)
        set_raw(campaign, campaign_json)
        voucher_json = src_dict["voucher"]
        voucher = new_lazy(SimpleVoucher)
        set_raw(voucher, voucher_json)
        voucher_pending_points_balance_json = src_dict["voucher_pending_points_balance"]
        voucher_pending_points_balance = new_lazy(VoucherBalance)
        set_raw(voucher_pending_points_balance, voucher_pending_points_balance_json)
        order_json = src_dict["order"]
        order = new_lazy(SimpleOrder)
        set_raw(order, order_json)
        pending_points_json = src_dict["pending_points"]
        pending_points = new_lazy(PendingPoints)
        set_raw(pending_points, pending_points_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 6
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_campaign(self, campaign)
        _set_voucher(self, voucher)
        _set_voucher_pending_points_balance(self, voucher_pending_points_balance)
        _set_order(self, order)
        _set_pending_points(self, pending_points)
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
            customer_json = src_dict["customer"]
            customer = new_lazy(SimpleCustomer)
            campaign_json = src_dict["campaign"]
            campaign = new_lazy(SimpleCampaign)
            voucher_json = src_dict["voucher"]
            voucher = new_lazy(SimpleVoucher)
            voucher_pending_points_balance_json = src_dict["voucher_pending_points_balance"]
            voucher_pending_points_balance = new_lazy(VoucherBalance)
            order_json = src_dict["order"]
            order = new_lazy(SimpleOrder)
            pending_points_json = src_dict["pending_points"]
            pending_points = new_lazy(PendingPoints)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 6
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["customer"] = SimpleCustomer._load_to_dict(customer, customer_json)
        field_dict["campaign"] = SimpleCampaign._load_to_dict(campaign, campaign_json)
        field_dict["voucher"] = SimpleVoucher._load_to_dict(voucher, voucher_json)
        field_dict["voucher_pending_points_balance"] = VoucherBalance._load_to_dict(
            voucher_pending_points_balance, voucher_pending_points_balance_json
        )
        field_dict["order"] = SimpleOrder._load_to_dict(order, order_json)
        field_dict["pending_points"] = PendingPoints._load_to_dict(pending_points, pending_points_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_campaign(self, campaign)
        _set_voucher(self, voucher)
        _set_voucher_pending_points_balance(self, voucher_pending_points_balance)
        _set_order(self, order)
        _set_pending_points(self, pending_points)
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
_set_customer = CustomerPendingPointsChangedEventData.__dict__["customer"].__set__
_set_campaign = CustomerPendingPointsChangedEventData.__dict__["campaign"].__set__
_set_voucher = CustomerPendingPointsChangedEventData.__dict__["voucher"].__set__
_set_voucher_pending_points_balance = CustomerPendingPointsChangedEventData.__dict__[
    "voucher_pending_points_balance"
].__set__
_set_order = CustomerPendingPointsChangedEventData.__dict__["order"].__set__
_set_pending_points = CustomerPendingPointsChangedEventData.__dict__["pending_points"].__set__
_set_additional_properties = CustomerPendingPointsChangedEventData.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.pending_points import PendingPoints  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_order import SimpleOrder  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
from ..models.voucher_balance import VoucherBalance  # noqa: E402
