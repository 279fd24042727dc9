from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.referee_reward_type import RefereeRewardType, check_referee_reward_type
from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="RefereeReward")


@_attrs_define
class RefereeReward(LazyFields):
    """What the referred customer receives.

    Attributes:
        related_object_parent (RefereeRewardRelatedObjectParent | Unset): Campaign the reward comes from (id, name,
            object); kept open.
        type (RefereeRewardType | Unset): Kind of reward.
        amount (int | Unset): Points or credits granted.
    """

    related_object_parent: RefereeRewardRelatedObjectParent | Unset = UNSET
    type: RefereeRewardType | Unset = UNSET
    amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        related_object_parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.related_object_parent, Unset):
            related_object_parent = self.related_object_parent.to_dict()

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if related_object_parent is not UNSET:
            field_dict["related_object_parent"] = related_object_parent
        if type is not UNSET:
            field_dict["type"] = type
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        _related_object_parent = d.pop("related_object_parent", UNSET)
        related_object_parent: RefereeRewardRelatedObjectParent | Unset
        if isinstance(_related_object_parent, Unset):
            related_object_parent = UNSET
        else:
            related_object_parent = RefereeRewardRelatedObjectParent.from_dict(_related_object_parent)

        _type = d.pop("type", UNSET)
        type: RefereeRewardType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_referee_reward_type(_type)

        amount = d.pop("amount", UNSET)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "related_object_parent", related_object_parent)
        set_(self, "type", type)
        set_(self, "amount", amount)
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
from ..models.referee_reward_related_object_parent import RefereeRewardRelatedObjectParent  # noqa: E402
