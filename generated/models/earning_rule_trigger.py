from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.earning_rule_trigger_event import EarningRuleTriggerEvent
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    set_raw,
)

T = TypeVar("T", bound="EarningRuleTrigger")
# The JSON keys EarningRuleTrigger declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "event",
        "custom_event",
        "segment",
    }
)


@_attrs_define
class EarningRuleTrigger(LazyFields):
    """What makes the rule fire; `custom_event` or `segment` per `event`.

    Attributes:
        event (EarningRuleTriggerEvent | Unset): Event that makes the rule fire.
        custom_event (EarningRuleTriggerCustomEvent | None | Unset):
        segment (EarningRuleTriggerSegment | None | Unset):
    """

    event: EarningRuleTriggerEvent | Unset = UNSET
    custom_event: EarningRuleTriggerCustomEvent | None | Unset = UNSET
    segment: EarningRuleTriggerSegment | None | Unset = UNSET
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
        if (event := self.event) is not UNSET:
            field_dict["event"] = event
        custom_event: dict[str, Any] | None | Unset
        if isinstance(self.custom_event, Unset):
            custom_event = UNSET
        elif isinstance(self.custom_event, EarningRuleTriggerCustomEvent):
            custom_event = self.custom_event.to_dict()
        else:
            custom_event = self.custom_event
        if custom_event is not UNSET:
            field_dict["custom_event"] = custom_event
        segment: dict[str, Any] | None | Unset
        if isinstance(self.segment, Unset):
            segment = UNSET
        elif isinstance(self.segment, EarningRuleTriggerSegment):
            segment = self.segment.to_dict()
        else:
            segment = self.segment
        if segment is not UNSET:
            field_dict["segment"] = segment
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        event = get("event", UNSET)

        def _parse_custom_event(data: builtins.object) -> EarningRuleTriggerCustomEvent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_event_type_0 = EarningRuleTriggerCustomEvent.from_dict(data)

                return custom_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningRuleTriggerCustomEvent | None | Unset, data)

        custom_event = _parse_custom_event(get("custom_event", UNSET))

        def _parse_segment(data: builtins.object) -> EarningRuleTriggerSegment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                segment_type_0 = EarningRuleTriggerSegment.from_dict(data)

                return segment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarningRuleTriggerSegment | None | Unset, data)

        segment = _parse_segment(get("segment", UNSET))

        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 0 + (event is not UNSET) + (custom_event is not UNSET) + (segment is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_event(self, event)
        _set_custom_event(self, custom_event)
        _set_segment(self, segment)
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
            event = get("event", UNSET)

            def _parse_custom_event(data: builtins.object) -> EarningRuleTriggerCustomEvent | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    custom_event_type_0 = EarningRuleTriggerCustomEvent.from_dict(data)

                    return custom_event_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EarningRuleTriggerCustomEvent | None | Unset, data)

            custom_event = _parse_custom_event(get("custom_event", UNSET))

            def _parse_segment(data: builtins.object) -> EarningRuleTriggerSegment | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    segment_type_0 = EarningRuleTriggerSegment.from_dict(data)

                    return segment_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EarningRuleTriggerSegment | None | Unset, data)

            segment = _parse_segment(get("segment", UNSET))

            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 0 + (event is not UNSET) + (custom_event is not UNSET) + (segment is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        custom_event_wire: dict[str, Any] | None | Unset
        if isinstance(custom_event, Unset):
            custom_event_wire = UNSET
        elif isinstance(custom_event, EarningRuleTriggerCustomEvent):
            custom_event_wire = custom_event.to_dict()
        else:
            custom_event_wire = custom_event
        if custom_event_wire is not UNSET:
            field_dict["custom_event"] = custom_event_wire
        segment_wire: dict[str, Any] | None | Unset
        if isinstance(segment, Unset):
            segment_wire = UNSET
        elif isinstance(segment, EarningRuleTriggerSegment):
            segment_wire = segment.to_dict()
        else:
            segment_wire = segment
        if segment_wire is not UNSET:
            field_dict["segment"] = segment_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_event(self, event)
        _set_custom_event(self, custom_event)
        _set_segment(self, segment)
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
_set_event = EarningRuleTrigger.__dict__["event"].__set__
_set_custom_event = EarningRuleTrigger.__dict__["custom_event"].__set__
_set_segment = EarningRuleTrigger.__dict__["segment"].__set__
_set_additional_properties = EarningRuleTrigger.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.earning_rule_trigger_custom_event import EarningRuleTriggerCustomEvent  # noqa: E402
from ..models.earning_rule_trigger_segment import EarningRuleTriggerSegment  # noqa: E402
