from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="CodeConfig")


@_attrs_define
class CodeConfig(LazyFields):
    """How voucher codes are generated.

    Attributes:
        length (float | Unset): Number of characters in a code.
        charset (str | Unset): Characters a code may contain.
        prefix (str | Unset): Text put before each code.
        postfix (str | Unset): Text put after each code.
        pattern (str | Unset): Code pattern, `#` standing for a random character.
        initial_count (int | Unset): How many codes were generated at first.
    """

    length: float | Unset = UNSET
    charset: str | Unset = UNSET
    prefix: str | Unset = UNSET
    postfix: str | Unset = UNSET
    pattern: str | Unset = UNSET
    initial_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        length = self.length

        charset = self.charset

        prefix = self.prefix

        postfix = self.postfix

        pattern = self.pattern

        initial_count = self.initial_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if length is not UNSET:
            field_dict["length"] = length
        if charset is not UNSET:
            field_dict["charset"] = charset
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if postfix is not UNSET:
            field_dict["postfix"] = postfix
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if initial_count is not UNSET:
            field_dict["initial_count"] = initial_count

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        length = d.pop("length", UNSET)

        charset = d.pop("charset", UNSET)

        prefix = d.pop("prefix", UNSET)

        postfix = d.pop("postfix", UNSET)

        pattern = d.pop("pattern", UNSET)

        initial_count = d.pop("initial_count", UNSET)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "length", length)
        set_(self, "charset", charset)
        set_(self, "prefix", prefix)
        set_(self, "postfix", postfix)
        set_(self, "pattern", pattern)
        set_(self, "initial_count", initial_count)
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
