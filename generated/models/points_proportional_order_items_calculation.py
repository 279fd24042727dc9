from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.points_proportional_applicable_to import PointsProportionalApplicableTo


T = TypeVar("T", bound="PointsProportionalOrderItemsCalculation")


@_attrs_define
class PointsProportionalOrderItemsCalculation:
    """Award `value` points for every `every` units, counting only matching items.

    Attributes:
        every (int): Units of the base per award.
        value (int): Points per award.
        applicable_to (list[PointsProportionalApplicableTo]): Products, SKUs or collections whose items count.
    """

    every: int
    value: int
    applicable_to: list[PointsProportionalApplicableTo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        every = self.every

        value = self.value

        applicable_to = []
        for applicable_to_item_data in self.applicable_to:
            applicable_to_item = applicable_to_item_data.to_dict()
            applicable_to.append(applicable_to_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "every": every,
                "value": value,
                "applicable_to": applicable_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.points_proportional_applicable_to import PointsProportionalApplicableTo  # noqa: PLC0415

        d = dict(src_dict)
        every = d.pop("every")

        value = d.pop("value")

        applicable_to = []
        _applicable_to = d.pop("applicable_to")
        for applicable_to_item_data in _applicable_to:
            applicable_to_item = PointsProportionalApplicableTo.from_dict(applicable_to_item_data)

            applicable_to.append(applicable_to_item)

        instance_ = cls(
            every=every,
            value=value,
            applicable_to=applicable_to,
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
