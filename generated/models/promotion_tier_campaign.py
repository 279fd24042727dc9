from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validity_day_of_week_item import ValidityDayOfWeekItem, check_validity_day_of_week_item
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    new_lazy,
    parse_timestamp,
    serialize_datetime,
    set_raw,
)

T = TypeVar("T", bound="PromotionTierCampaign")
# The JSON keys PromotionTierCampaign declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "start_date",
        "expiration_date",
        "validity_timeframe",
        "validity_day_of_week",
        "validity_hours",
        "active",
        "category_id",
        "object",
    }
)


@_attrs_define
class PromotionTierCampaign(LazyFields):
    """Campaign settings seen from a promotion tier.

    Attributes:
        id (str | Unset): Identifier of the campaign.
        start_date (datetime.datetime | Unset): When the campaign starts.
        expiration_date (datetime.datetime | Unset): When the campaign ends.
        validity_timeframe (ValidityTimeframe | Unset): Recurring window in which a voucher or promotion is valid.
        validity_day_of_week (list[ValidityDayOfWeekItem] | Unset): Weekdays on which a voucher or promotion is valid, 0
            being Sunday.
        validity_hours (ValidityHours | Unset): Daily hours in which a voucher or promotion is valid.
        active (bool | Unset): Whether the campaign is switched on.
        category_id (str | Unset): Identifier of the campaign's category.
        object (str | Unset): Kind of object, normally `campaign`.
    """

    id: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    validity_timeframe: ValidityTimeframe | Unset = UNSET
    validity_day_of_week: list[ValidityDayOfWeekItem] | Unset = UNSET
    validity_hours: ValidityHours | Unset = UNSET
    active: bool | Unset = UNSET
    category_id: str | Unset = UNSET
    object: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        if (id := self.id) is not UNSET:
            field_dict["id"] = id
        if not isinstance(start_date := self.start_date, Unset):
            field_dict["start_date"] = serialize_datetime(start_date)
        if not isinstance(expiration_date := self.expiration_date, Unset):
            field_dict["expiration_date"] = serialize_datetime(expiration_date)
        if not isinstance(validity_timeframe := self.validity_timeframe, Unset):
            field_dict["validity_timeframe"] = validity_timeframe.to_dict()
        validity_day_of_week: list[int] | Unset = UNSET
        if not isinstance(self.validity_day_of_week, Unset):
            validity_day_of_week = []
            for componentsschemas_validity_day_of_week_item_data in self.validity_day_of_week:
                componentsschemas_validity_day_of_week_item: int = componentsschemas_validity_day_of_week_item_data
                validity_day_of_week.append(componentsschemas_validity_day_of_week_item)

        if validity_day_of_week is not UNSET:
            field_dict["validity_day_of_week"] = validity_day_of_week
        if not isinstance(validity_hours := self.validity_hours, Unset):
            field_dict["validity_hours"] = validity_hours.to_dict()
        if (active := self.active) is not UNSET:
            field_dict["active"] = active
        if (category_id := self.category_id) is not UNSET:
            field_dict["category_id"] = category_id
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
        id = get("id", UNSET)
        if (start_date := get("start_date", UNSET)) is not UNSET:
            start_date = parse_timestamp(start_date)
        if (expiration_date := get("expiration_date", UNSET)) is not UNSET:
            expiration_date = parse_timestamp(expiration_date)
        validity_timeframe = validity_timeframe_json = get("validity_timeframe", UNSET)
        if validity_timeframe_json is not UNSET:
            validity_timeframe = new_lazy(ValidityTimeframe)
            set_raw(validity_timeframe, validity_timeframe_json)
        _validity_day_of_week = get("validity_day_of_week", UNSET)
        validity_day_of_week: list[ValidityDayOfWeekItem] | Unset = UNSET
        if _validity_day_of_week is not UNSET:
            validity_day_of_week = []
            for componentsschemas_validity_day_of_week_item_data in _validity_day_of_week:
                componentsschemas_validity_day_of_week_item = check_validity_day_of_week_item(
                    componentsschemas_validity_day_of_week_item_data
                )

                validity_day_of_week.append(componentsschemas_validity_day_of_week_item)

        validity_hours = validity_hours_json = get("validity_hours", UNSET)
        if validity_hours_json is not UNSET:
            validity_hours = new_lazy(ValidityHours)
            set_raw(validity_hours, validity_hours_json)
        active = get("active", UNSET)
        category_id = get("category_id", UNSET)
        object = get("object", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_start_date(self, start_date)
        _set_expiration_date(self, expiration_date)
        _set_validity_timeframe(self, validity_timeframe)
        _set_validity_day_of_week(self, validity_day_of_week)
        _set_validity_hours(self, validity_hours)
        _set_active(self, active)
        _set_category_id(self, category_id)
        _set_object(self, object)
        _set_additional_properties(self, additional_properties)
        set_raw(self, PARSED)

    def _load_to_dict(self, src_dict: Any) -> dict[str, Any]:
        """``to_dict()`` of this model, not parsed yet, from ``src_dict`` (its ``_raw``, or the JSON a
        parent made it for; a parent's own pass calls this right after ``new_lazy``): parse as
        ``_load`` does, then write back, the values that write back as they came being the
        source's own. Data that does not parse comes back as it came, the model lazy on it."""
        set_raw(self, src_dict)
        return self.to_dict()

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
_set_id = PromotionTierCampaign.__dict__["id"].__set__
_set_start_date = PromotionTierCampaign.__dict__["start_date"].__set__
_set_expiration_date = PromotionTierCampaign.__dict__["expiration_date"].__set__
_set_validity_timeframe = PromotionTierCampaign.__dict__["validity_timeframe"].__set__
_set_validity_day_of_week = PromotionTierCampaign.__dict__["validity_day_of_week"].__set__
_set_validity_hours = PromotionTierCampaign.__dict__["validity_hours"].__set__
_set_active = PromotionTierCampaign.__dict__["active"].__set__
_set_category_id = PromotionTierCampaign.__dict__["category_id"].__set__
_set_object = PromotionTierCampaign.__dict__["object"].__set__
_set_additional_properties = PromotionTierCampaign.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.validity_hours import ValidityHours  # noqa: E402
from ..models.validity_timeframe import ValidityTimeframe  # noqa: E402

PromotionTierCampaign._FIELDS = {
    "start_date": lambda src: UNSET if (value := src.get("start_date", UNSET)) is UNSET else parse_timestamp(value),
    "expiration_date": lambda src: (
        UNSET if (value := src.get("expiration_date", UNSET)) is UNSET else parse_timestamp(value)
    ),
}
