from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_object import SegmentObject, check_segment_object

T = TypeVar("T", bound="Segment")


@_attrs_define
class Segment:
    """A customer segment, by id and name.

    Attributes:
        id (str): Identifier of the segment. Example: seg_DNAOhUtJffvX0f57ajLMFBYR.
        name (str): Name of the segment.
        object_ (SegmentObject): Kind of object; always `segment`.
    """

    id: str
    name: str
    object_: SegmentObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        object_: str = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        object_ = check_segment_object(d.pop("object"))

        instance_ = cls(
            id=id,
            name=name,
            object_=object_,
        )

        instance_.additional_properties = d
        return instance_

    @property
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
