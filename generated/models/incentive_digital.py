from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incentive_digital_type import IncentiveDigitalType
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="IncentiveDigital")
# The JSON keys IncentiveDigital declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "type",
        "discount_coupons",
        "gift_vouchers",
    }
)


@_attrs_define
class IncentiveDigital(LazyFields):
    """Code from a campaign (type DIGITAL); `discount_coupons` or `gift_vouchers` per `type`.

    Attributes:
        type (IncentiveDigitalType): Kind of campaign a digital incentive draws codes from.
        discount_coupons (IncentiveDigitalDiscountCoupons | None | Unset):
        gift_vouchers (IncentiveDigitalGiftVouchers | None | Unset):
    """

    type: IncentiveDigitalType
    discount_coupons: IncentiveDigitalDiscountCoupons | None | Unset = UNSET
    gift_vouchers: IncentiveDigitalGiftVouchers | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties, "type": self.type}
        discount_coupons: dict[str, Any] | None | Unset
        if isinstance(self.discount_coupons, Unset):
            discount_coupons = UNSET
        elif isinstance(self.discount_coupons, IncentiveDigitalDiscountCoupons):
            discount_coupons = self.discount_coupons.to_dict()
        else:
            discount_coupons = self.discount_coupons
        if discount_coupons is not UNSET:
            field_dict["discount_coupons"] = discount_coupons
        gift_vouchers: dict[str, Any] | None | Unset
        if isinstance(self.gift_vouchers, Unset):
            gift_vouchers = UNSET
        elif isinstance(self.gift_vouchers, IncentiveDigitalGiftVouchers):
            gift_vouchers = self.gift_vouchers.to_dict()
        else:
            gift_vouchers = self.gift_vouchers
        if gift_vouchers is not UNSET:
            field_dict["gift_vouchers"] = gift_vouchers
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        type = src_dict["type"]

        def _parse_discount_coupons(data: builtins.object) -> IncentiveDigitalDiscountCoupons | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discount_coupons_type_0 = IncentiveDigitalDiscountCoupons.from_dict(data)

                return discount_coupons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncentiveDigitalDiscountCoupons | None | Unset, data)

        discount_coupons = _parse_discount_coupons(get("discount_coupons", UNSET))

        def _parse_gift_vouchers(data: builtins.object) -> IncentiveDigitalGiftVouchers | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gift_vouchers_type_0 = IncentiveDigitalGiftVouchers.from_dict(data)

                return gift_vouchers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncentiveDigitalGiftVouchers | None | Unset, data)

        gift_vouchers = _parse_gift_vouchers(get("gift_vouchers", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 1 + (discount_coupons is not UNSET) + (gift_vouchers is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_type(self, type)
        _set_discount_coupons(self, discount_coupons)
        _set_gift_vouchers(self, gift_vouchers)
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
            type = src_dict["type"]

            def _parse_discount_coupons(data: builtins.object) -> IncentiveDigitalDiscountCoupons | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    discount_coupons_type_0 = IncentiveDigitalDiscountCoupons.from_dict(data)

                    return discount_coupons_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(IncentiveDigitalDiscountCoupons | None | Unset, data)

            discount_coupons = _parse_discount_coupons(get("discount_coupons", UNSET))

            def _parse_gift_vouchers(data: builtins.object) -> IncentiveDigitalGiftVouchers | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    gift_vouchers_type_0 = IncentiveDigitalGiftVouchers.from_dict(data)

                    return gift_vouchers_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(IncentiveDigitalGiftVouchers | None | Unset, data)

            gift_vouchers = _parse_gift_vouchers(get("gift_vouchers", UNSET))

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 1 + (discount_coupons is not UNSET) + (gift_vouchers is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        discount_coupons_wire: dict[str, Any] | None | Unset
        if isinstance(discount_coupons, Unset):
            discount_coupons_wire = UNSET
        elif isinstance(discount_coupons, IncentiveDigitalDiscountCoupons):
            discount_coupons_wire = discount_coupons.to_dict()
        else:
            discount_coupons_wire = discount_coupons
        if discount_coupons_wire is not UNSET:
            field_dict["discount_coupons"] = discount_coupons_wire
        gift_vouchers_wire: dict[str, Any] | None | Unset
        if isinstance(gift_vouchers, Unset):
            gift_vouchers_wire = UNSET
        elif isinstance(gift_vouchers, IncentiveDigitalGiftVouchers):
            gift_vouchers_wire = gift_vouchers.to_dict()
        else:
            gift_vouchers_wire = gift_vouchers
        if gift_vouchers_wire is not UNSET:
            field_dict["gift_vouchers"] = gift_vouchers_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_type(self, type)
        _set_discount_coupons(self, discount_coupons)
        _set_gift_vouchers(self, gift_vouchers)
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
_set_type = IncentiveDigital.__dict__["type"].__set__
_set_discount_coupons = IncentiveDigital.__dict__["discount_coupons"].__set__
_set_gift_vouchers = IncentiveDigital.__dict__["gift_vouchers"].__set__
_set_additional_properties = IncentiveDigital.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.incentive_digital_discount_coupons import IncentiveDigitalDiscountCoupons  # noqa: E402
from ..models.incentive_digital_gift_vouchers import IncentiveDigitalGiftVouchers  # noqa: E402
