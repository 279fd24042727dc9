from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="IncentiveActivityIdConditions")
# The JSON keys IncentiveActivityIdConditions declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "$is",
        "$is_not",
        "$in",
        "$not_in",
    }
)


@_attrs_define
class IncentiveActivityIdConditions(LazyFields):
    """Conditions on incentive activity id.

    Attributes:
        is_ (str | Unset): Incentive activity id.
        is_not (str | Unset): Incentive activity id.
        in_ (list[str] | Unset): One of.
        not_in (list[str] | Unset): None of.
    """

    is_: str | Unset = UNSET
    is_not: str | Unset = UNSET
    in_: list[str] | Unset = UNSET
    not_in: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        if (is_ := self.is_) is not UNSET:
            field_dict["$is"] = is_
        if (is_not := self.is_not) is not UNSET:
            field_dict["$is_not"] = is_not
        in_: list[str] | Unset = UNSET
        if not isinstance(self.in_, Unset):
            in_ = self.in_

        if in_ is not UNSET:
            field_dict["$in"] = in_
        not_in: list[str] | Unset = UNSET
        if not isinstance(self.not_in, Unset):
            not_in = self.not_in

        if not_in is not UNSET:
            field_dict["$not_in"] = not_in
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        is_ = get("$is", UNSET)
        is_not = get("$is_not", UNSET)
        in_ = cast(list[str], get("$in", UNSET))

        not_in = cast(list[str], get("$not_in", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_is_(self, is_)
        _set_is_not(self, is_not)
        _set_in_(self, in_)
        _set_not_in(self, not_in)
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
_set_is_ = IncentiveActivityIdConditions.__dict__["is_"].__set__
_set_is_not = IncentiveActivityIdConditions.__dict__["is_not"].__set__
_set_in_ = IncentiveActivityIdConditions.__dict__["in_"].__set__
_set_not_in = IncentiveActivityIdConditions.__dict__["not_in"].__set__
_set_additional_properties = IncentiveActivityIdConditions.__dict__["additional_properties"].__set__
