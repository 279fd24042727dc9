from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reward_assignment_object import RewardAssignmentObject
from ..models.reward_assignment_related_object_type import (
    RewardAssignmentRelatedObjectType,
)
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    parse_nullable_timestamp,
    parse_timestamp,
    serialize_datetime,
    serialize_nullable_datetime,
    set_raw,
)

T = TypeVar("T", bound="RewardAssignment")
# The JSON keys RewardAssignment declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "reward_id",
        "created_at",
        "updated_at",
        "object",
        "related_object_id",
        "related_object_type",
        "parameters",
    }
)


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
            "reward_id": self.reward_id,
            "created_at": serialize_datetime(self.created_at),
            "updated_at": serialize_nullable_datetime(self.updated_at),
            "object": self.object,
            "related_object_id": self.related_object_id,
            "related_object_type": self.related_object_type,
        }
        if not isinstance(parameters := self.parameters, Unset):
            field_dict["parameters"] = parameters.to_dict()
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
        reward_id = src_dict["reward_id"]
        created_at = parse_timestamp(src_dict["created_at"])
        updated_at = parse_nullable_timestamp(src_dict["updated_at"])

        object = src_dict["object"]
        related_object_id = src_dict["related_object_id"]
        related_object_type = src_dict["related_object_type"]
        parameters = parameters_json = get("parameters", UNSET)
        if parameters_json is not UNSET:
            parameters = new_lazy(RewardAssignmentParameters)
            set_raw(parameters, parameters_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 7 + (parameters is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_reward_id(self, reward_id)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_object(self, object)
        _set_related_object_id(self, related_object_id)
        _set_related_object_type(self, related_object_type)
        _set_parameters(self, parameters)
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
            reward_id = src_dict["reward_id"]
            created_at = parse_timestamp(src_dict["created_at"])
            updated_at = parse_nullable_timestamp(src_dict["updated_at"])

            object = src_dict["object"]
            related_object_id = src_dict["related_object_id"]
            related_object_type = src_dict["related_object_type"]
            parameters = parameters_json = get("parameters", UNSET)
            if parameters_json is not UNSET:
                parameters = new_lazy(RewardAssignmentParameters)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 7 + (parameters is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if parameters is not UNSET:
            field_dict["parameters"] = RewardAssignmentParameters._load_to_dict(parameters, parameters_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_reward_id(self, reward_id)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
        _set_object(self, object)
        _set_related_object_id(self, related_object_id)
        _set_related_object_type(self, related_object_type)
        _set_parameters(self, parameters)
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
_set_id = RewardAssignment.__dict__["id"].__set__
_set_reward_id = RewardAssignment.__dict__["reward_id"].__set__
_set_created_at = RewardAssignment.__dict__["created_at"].__set__
_set_updated_at = RewardAssignment.__dict__["updated_at"].__set__
_set_object = RewardAssignment.__dict__["object"].__set__
_set_related_object_id = RewardAssignment.__dict__["related_object_id"].__set__
_set_related_object_type = RewardAssignment.__dict__["related_object_type"].__set__
_set_parameters = RewardAssignment.__dict__["parameters"].__set__
_set_additional_properties = RewardAssignment.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.reward_assignment_parameters import RewardAssignmentParameters  # noqa: E402

RewardAssignment._FIELDS = {
    "created_at": lambda src: parse_timestamp(src["created_at"]),
    "updated_at": lambda src: parse_nullable_timestamp(src.get("updated_at", UNSET)),
}
