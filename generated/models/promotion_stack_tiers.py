from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.promotion_stack_tiers_hierarchy_mode import (
    PromotionStackTiersHierarchyMode,
)
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="PromotionStackTiers")
# The JSON keys PromotionStackTiers declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "ids",
        "hierarchy_mode",
    }
)


@_attrs_define
class PromotionStackTiers(LazyFields):
    """Tiers of a promotion stack.

    Attributes:
        ids (list[str]): Identifiers of the tiers, in order.
        hierarchy_mode (PromotionStackTiersHierarchyMode | Unset): How the order of tiers is decided. Default: 'MANUAL'.
    """

    ids: list[str]
    hierarchy_mode: PromotionStackTiersHierarchyMode | Unset = "MANUAL"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        ids = self.ids

        field_dict["ids"] = ids
        if (hierarchy_mode := self.hierarchy_mode) is not UNSET:
            field_dict["hierarchy_mode"] = hierarchy_mode
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        ids = cast(list[str], src_dict["ids"])

        hierarchy_mode = get("hierarchy_mode", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 1 + (hierarchy_mode is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_ids(self, ids)
        _set_hierarchy_mode(self, hierarchy_mode)
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
_set_ids = PromotionStackTiers.__dict__["ids"].__set__
_set_hierarchy_mode = PromotionStackTiers.__dict__["hierarchy_mode"].__set__
_set_additional_properties = PromotionStackTiers.__dict__["additional_properties"].__set__
