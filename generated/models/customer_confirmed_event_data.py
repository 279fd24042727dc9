from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    set_raw,
)

T = TypeVar("T", bound="CustomerConfirmedEventData")
# The JSON keys CustomerConfirmedEventData declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "customer",
        "unconfirmed_customer",
    }
)


@_attrs_define
class CustomerConfirmedEventData(LazyFields):
    """Payload of `customer.confirmed`.

    Attributes:
        customer (Customer | Unset): Full customer record, including summary counters, loyalty and referral totals.
        unconfirmed_customer (UnconfirmedCustomer | Unset): The provisional customer record that a confirmation
            replaced.
    """

    customer: Customer | Unset = UNSET
    unconfirmed_customer: UnconfirmedCustomer | Unset = UNSET
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
        if not isinstance(customer := self.customer, Unset):
            field_dict["customer"] = customer.to_dict()
        if not isinstance(unconfirmed_customer := self.unconfirmed_customer, Unset):
            field_dict["unconfirmed_customer"] = unconfirmed_customer.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        customer = customer_json = get("customer", UNSET)
        if customer_json is not UNSET:
            customer = new_lazy(Customer)
            set_raw(customer, customer_json)
        unconfirmed_customer = unconfirmed_customer_json = get("unconfirmed_customer", UNSET)
        if unconfirmed_customer_json is not UNSET:
            unconfirmed_customer = new_lazy(UnconfirmedCustomer)
            set_raw(unconfirmed_customer, unconfirmed_customer_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 0 + (customer is not UNSET) + (unconfirmed_customer is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_unconfirmed_customer(self, unconfirmed_customer)
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
            customer = customer_json = get("customer", UNSET)
            if customer_json is not UNSET:
                customer = new_lazy(Customer)
            unconfirmed_customer = unconfirmed_customer_json = get("unconfirmed_customer", UNSET)
            if unconfirmed_customer_json is not UNSET:
                unconfirmed_customer = new_lazy(UnconfirmedCustomer)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 0 + (customer is not UNSET) + (unconfirmed_customer is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if customer is not UNSET:
            field_dict["customer"] = Customer._load_to_dict(customer, customer_json)
        if unconfirmed_customer is not UNSET:
            field_dict["unconfirmed_customer"] = UnconfirmedCustomer._load_to_dict(
                unconfirmed_customer, unconfirmed_customer_json
            )
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_customer(self, customer)
        _set_unconfirmed_customer(self, unconfirmed_customer)
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
_set_customer = CustomerConfirmedEventData.__dict__["customer"].__set__
_set_unconfirmed_customer = CustomerConfirmedEventData.__dict__["unconfirmed_customer"].__set__
_set_additional_properties = CustomerConfirmedEventData.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.customer import Customer  # noqa: E402
from ..models.unconfirmed_customer import UnconfirmedCustomer  # noqa: E402
