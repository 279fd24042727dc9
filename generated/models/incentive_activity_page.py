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
    blanks,
    set_raw,
    shells,
)

T = TypeVar("T", bound="IncentiveActivityPage")
# The JSON keys IncentiveActivityPage declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "data",
        "cursor",
        "object",
    }
)


@_attrs_define
class IncentiveActivityPage(LazyFields):
    """One page of incentive activities.

    Attributes:
        data (list[IncentiveActivity]):
        cursor (IncentiveActivityCursor | None | Unset): Where the next page starts; null on the last page.
        object (str | Unset): Object type of the page.
    """

    data: list[IncentiveActivity]
    cursor: IncentiveActivityCursor | None | Unset = UNSET
    object: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties, "data": [item.to_dict() for item in self.data]}
        cursor: dict[str, Any] | None | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        elif isinstance(self.cursor, IncentiveActivityCursor):
            cursor = self.cursor.to_dict()
        else:
            cursor = self.cursor
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if (object := self.object) is not UNSET:
            field_dict["object"] = object
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        data = shells(IncentiveActivity, data_json := src_dict["data"])

        def _parse_cursor(data: builtins.object) -> IncentiveActivityCursor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cursor_type_0 = IncentiveActivityCursor.from_dict(data)

                return cursor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncentiveActivityCursor | None | Unset, data)

        cursor = _parse_cursor(get("cursor", UNSET))

        object = get("object", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = len(src_dict) != 1 + (cursor is not UNSET) + (object is not UNSET)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_data(self, data)
        _set_cursor(self, cursor)
        _set_object(self, object)
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
            data = blanks(IncentiveActivity, data_json := src_dict["data"])

            def _parse_cursor(data: builtins.object) -> IncentiveActivityCursor | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    cursor_type_0 = IncentiveActivityCursor.from_dict(data)

                    return cursor_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(IncentiveActivityCursor | None | Unset, data)

            cursor = _parse_cursor(get("cursor", UNSET))

            object = get("object", UNSET)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = len(src_dict) != 1 + (cursor is not UNSET) + (object is not UNSET)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        field_dict["data"] = list(map(IncentiveActivity._load_to_dict, data, data_json))
        cursor_wire: dict[str, Any] | None | Unset
        if isinstance(cursor, Unset):
            cursor_wire = UNSET
        elif isinstance(cursor, IncentiveActivityCursor):
            cursor_wire = cursor.to_dict()
        else:
            cursor_wire = cursor
        if cursor_wire is not UNSET:
            field_dict["cursor"] = cursor_wire
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_data(self, data)
        _set_cursor(self, cursor)
        _set_object(self, object)
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
_set_data = IncentiveActivityPage.__dict__["data"].__set__
_set_cursor = IncentiveActivityPage.__dict__["cursor"].__set__
_set_object = IncentiveActivityPage.__dict__["object"].__set__
_set_additional_properties = IncentiveActivityPage.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.incentive_activity import IncentiveActivity  # noqa: E402
from ..models.incentive_activity_cursor import IncentiveActivityCursor  # noqa: E402
