from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_event_source_channel import CustomerEventSourceChannel
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    set_raw,
)

T = TypeVar("T", bound="CustomerEventSource")
# The JSON keys CustomerEventSource declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "channel",
        "user",
        "api_key",
    }
)


@_attrs_define
class CustomerEventSource(LazyFields):
    """Who or what set the activity off.

    Attributes:
        channel (CustomerEventSourceChannel): Channel the activity came through. Example: API.
        user (CustomerEventSourceUser | Unset): Dashboard user behind the activity.
        api_key (CustomerEventSourceApiKey | Unset): API key pair the triggering request used.
    """

    channel: CustomerEventSourceChannel
    user: CustomerEventSourceUser | Unset = UNSET
    api_key: CustomerEventSourceApiKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties, "channel": self.channel}
        if not isinstance(user := self.user, Unset):
            field_dict["user"] = user.to_dict()
        if not isinstance(api_key := self.api_key, Unset):
            field_dict["api_key"] = api_key.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        channel = src_dict["channel"]
        user = user_json = get("user", UNSET)
        if user_json is not UNSET:
            user = new_lazy(CustomerEventSourceUser)
            set_raw(user, user_json)
        api_key = api_key_json = get("api_key", UNSET)
        if api_key_json is not UNSET:
            api_key = new_lazy(CustomerEventSourceApiKey)
            set_raw(api_key, api_key_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 1 + (user is not UNSET) + (api_key is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_channel(self, channel)
        _set_user(self, user)
        _set_api_key(self, api_key)
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
            channel = src_dict["channel"]
            user = user_json = get("user", UNSET)
            if user_json is not UNSET:
                user = new_lazy(CustomerEventSourceUser)
            api_key = api_key_json = get("api_key", UNSET)
            if api_key_json is not UNSET:
                api_key = new_lazy(CustomerEventSourceApiKey)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 1 + (user is not UNSET) + (api_key is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if user is not UNSET:
            field_dict["user"] = CustomerEventSourceUser._load_to_dict(user, user_json)
        if api_key is not UNSET:
            field_dict["api_key"] = CustomerEventSourceApiKey._load_to_dict(api_key, api_key_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_channel(self, channel)
        _set_user(self, user)
        _set_api_key(self, api_key)
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
_set_channel = CustomerEventSource.__dict__["channel"].__set__
_set_user = CustomerEventSource.__dict__["user"].__set__
_set_api_key = CustomerEventSource.__dict__["api_key"].__set__
_set_additional_properties = CustomerEventSource.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.customer_event_source_api_key import CustomerEventSourceApiKey  # noqa: E402
from ..models.customer_event_source_user import CustomerEventSourceUser  # noqa: E402
