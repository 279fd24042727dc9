from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.referral_program_conversion_event_type import (
    ReferralProgramConversionEventType,
    check_referral_program_conversion_event_type,
)
from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="ReferralProgram")


@_attrs_define
class ReferralProgram(LazyFields):
    """Referral settings of a campaign.

    Attributes:
        conversion_event_type (ReferralProgramConversionEventType | Unset): What completes a referral.
        custom_event (CustomEventSchemaRef | Unset): Pointer to a custom event schema.
        referee_reward (RefereeReward | Unset): What the referred customer receives.
    """

    conversion_event_type: ReferralProgramConversionEventType | Unset = UNSET
    custom_event: CustomEventSchemaRef | Unset = UNSET
    referee_reward: RefereeReward | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        conversion_event_type: str | Unset = UNSET
        if not isinstance(self.conversion_event_type, Unset):
            conversion_event_type = self.conversion_event_type

        custom_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_event, Unset):
            custom_event = self.custom_event.to_dict()

        referee_reward: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referee_reward, Unset):
            referee_reward = self.referee_reward.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversion_event_type is not UNSET:
            field_dict["conversion_event_type"] = conversion_event_type
        if custom_event is not UNSET:
            field_dict["custom_event"] = custom_event
        if referee_reward is not UNSET:
            field_dict["referee_reward"] = referee_reward

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        _conversion_event_type = d.pop("conversion_event_type", UNSET)
        conversion_event_type: ReferralProgramConversionEventType | Unset
        if isinstance(_conversion_event_type, Unset):
            conversion_event_type = UNSET
        else:
            conversion_event_type = check_referral_program_conversion_event_type(_conversion_event_type)

        _custom_event = d.pop("custom_event", UNSET)
        custom_event: CustomEventSchemaRef | Unset
        if isinstance(_custom_event, Unset):
            custom_event = UNSET
        else:
            custom_event = CustomEventSchemaRef.from_dict(_custom_event)

        _referee_reward = d.pop("referee_reward", UNSET)
        referee_reward: RefereeReward | Unset
        if isinstance(_referee_reward, Unset):
            referee_reward = UNSET
        else:
            referee_reward = RefereeReward.from_dict(_referee_reward)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "conversion_event_type", conversion_event_type)
        set_(self, "custom_event", custom_event)
        set_(self, "referee_reward", referee_reward)
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
from ..models.custom_event_schema_ref import CustomEventSchemaRef  # noqa: E402
from ..models.referee_reward import RefereeReward  # noqa: E402
