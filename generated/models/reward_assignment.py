from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reward_assignment_object import RewardAssignmentObject, check_reward_assignment_object
from ..models.reward_assignment_related_object_type import (
    RewardAssignmentRelatedObjectType,
    check_reward_assignment_related_object_type,
)
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="RewardAssignment")


@_attrs_define
class RewardAssignment(LazyFields):
    """A reward offered in a campaign and its price in points.

    Attributes:
        id (str): Identifier of the assignment. Example: rewa_PbIRoMXpwe5QhobW4JKu0VjH.
        reward_id (str): Reward assigned. Example: rew_C7wS9eHFDN4CIbXI5PpLSkGY.
        created_at (datetime.datetime): When the assignment was created.
        updated_at (datetime.datetime | None): When the assignment was last changed.
        object (RewardAssignmentObject): Kind of object; always `reward_assignment`.
        related_object_id (str): Campaign offering the reward.
        related_object_type (RewardAssignmentRelatedObjectType): Kind of that object; always `campaign`.
        parameters (RewardAssignmentParameters | Unset): Terms of a reward assignment.
    """

    id: str
    reward_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime | None
    object: RewardAssignmentObject
    related_object_id: str
    related_object_type: RewardAssignmentRelatedObjectType
    parameters: RewardAssignmentParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        reward_id = self.reward_id

        created_at = serialize_datetime(self.created_at)

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = serialize_datetime(self.updated_at)
        else:
            updated_at = self.updated_at

        object: str = self.object

        related_object_id = self.related_object_id

        related_object_type: str = self.related_object_type

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "reward_id": reward_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "object": object,
                "related_object_id": related_object_id,
                "related_object_type": related_object_type,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

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

        reward_id = d.pop("reward_id")

        created_at = parse_timestamp(d.pop("created_at"))

        def _parse_updated_at(data: builtins.object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = parse_timestamp(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        object = check_reward_assignment_object(d.pop("object"))

        related_object_id = d.pop("related_object_id")

        related_object_type = check_reward_assignment_related_object_type(d.pop("related_object_type"))

        _parameters = d.pop("parameters", UNSET)
        parameters: RewardAssignmentParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = RewardAssignmentParameters.from_dict(_parameters)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "reward_id", reward_id)
        set_(self, "created_at", created_at)
        set_(self, "updated_at", updated_at)
        set_(self, "object", object)
        set_(self, "related_object_id", related_object_id)
        set_(self, "related_object_type", related_object_type)
        set_(self, "parameters", parameters)
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
from ..models.reward_assignment_parameters import RewardAssignmentParameters  # noqa: E402
