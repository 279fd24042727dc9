from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_campaign_object import SimpleCampaignObject
from ..models.simple_campaign_type import SimpleCampaignType
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    blanks,
    new_lazy,
    parse_timestamp,
    serialize_datetime,
    set_raw,
    shells,
)

T = TypeVar("T", bound="SimpleCampaign")
# The JSON keys SimpleCampaign declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "campaign_type",
        "type",
        "is_referral_code",
        "voucher",
        "referral_program",
        "auto_join",
        "join_once",
        "active",
        "category_id",
        "category",
        "categories",
        "metadata",
        "start_date",
        "expiration_date",
        "created_at",
        "updated_at",
        "object",
    }
)


@_attrs_define
class SimpleCampaign(LazyFields):
    """Short form of a campaign.

    Attributes:
        id (str | Unset): Identifier of the campaign. Example: camp_rRsfatlwN7unSeUIJDCYedal.
        name (str | Unset): Name of the campaign.
        description (str | Unset): Free-text description of the campaign.
        campaign_type (str | Unset): Kind of campaign, e.g. `LOYALTY_PROGRAM`.
        type (SimpleCampaignType | Unset): How the campaign's vouchers are generated.
        is_referral_code (bool | Unset): Whether the campaign issues referral codes.
        voucher (CampaignVoucher | Unset): Template from which a campaign's vouchers are made.
        referral_program (ReferralProgram | Unset): Referral settings of a campaign.
        auto_join (bool | Unset): Whether customers join the campaign automatically.
        join_once (bool | Unset): Whether a customer may join only once.
        active (bool | Unset): Whether the campaign is switched on.
        category_id (None | str | Unset): Identifier of the campaign's category.
        category (str | Unset): Name of the campaign's category.
        categories (list[Category] | Unset): Categories the campaign belongs to.
        metadata (SimpleCampaignMetadata | Unset): Free-form key/value pairs attached to the campaign.
        start_date (datetime.datetime | Unset): When the campaign starts.
        expiration_date (datetime.datetime | Unset): When the campaign ends.
        created_at (datetime.datetime | Unset): When the campaign was created.
        updated_at (datetime.datetime | Unset): When the campaign was last changed.
        object (SimpleCampaignObject | Unset): Kind of object; always `campaign`.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    campaign_type: str | Unset = UNSET
    type: SimpleCampaignType | Unset = UNSET
    is_referral_code: bool | Unset = UNSET
    voucher: CampaignVoucher | Unset = UNSET
    referral_program: ReferralProgram | Unset = UNSET
    auto_join: bool | Unset = UNSET
    join_once: bool | Unset = UNSET
    active: bool | Unset = UNSET
    category_id: None | str | Unset = UNSET
    category: str | Unset = UNSET
    categories: list[Category] | Unset = UNSET
    metadata: SimpleCampaignMetadata | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    object: SimpleCampaignObject | Unset = UNSET
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
        if (id := self.id) is not UNSET:
            field_dict["id"] = id
        if (name := self.name) is not UNSET:
            field_dict["name"] = name
        if (description := self.description) is not UNSET:
            field_dict["description"] = description
        if (campaign_type := self.campaign_type) is not UNSET:
            field_dict["campaign_type"] = campaign_type
        if (type := self.type) is not UNSET:
            field_dict["type"] = type
        if (is_referral_code := self.is_referral_code) is not UNSET:
            field_dict["is_referral_code"] = is_referral_code
        if not isinstance(voucher := self.voucher, Unset):
            field_dict["voucher"] = voucher.to_dict()
        if not isinstance(referral_program := self.referral_program, Unset):
            field_dict["referral_program"] = referral_program.to_dict()
        if (auto_join := self.auto_join) is not UNSET:
            field_dict["auto_join"] = auto_join
        if (join_once := self.join_once) is not UNSET:
            field_dict["join_once"] = join_once
        if (active := self.active) is not UNSET:
            field_dict["active"] = active
        if (category_id := self.category_id) is not UNSET:
            field_dict["category_id"] = category_id
        if (category := self.category) is not UNSET:
            field_dict["category"] = category
        if not isinstance(categories := self.categories, Unset):
            field_dict["categories"] = [item.to_dict() for item in categories]
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = metadata.to_dict()
        if not isinstance(start_date := self.start_date, Unset):
            field_dict["start_date"] = serialize_datetime(start_date)
        if not isinstance(expiration_date := self.expiration_date, Unset):
            field_dict["expiration_date"] = serialize_datetime(expiration_date)
        if not isinstance(created_at := self.created_at, Unset):
            field_dict["created_at"] = serialize_datetime(created_at)
        if not isinstance(updated_at := self.updated_at, Unset):
            field_dict["updated_at"] = serialize_datetime(updated_at)
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
        name = get("name", UNSET)
        description = get("description", UNSET)
        campaign_type = get("campaign_type", UNSET)
        type = get("type", UNSET)
        is_referral_code = get("is_referral_code", UNSET)
        voucher = voucher_json = get("voucher", UNSET)
        if voucher_json is not UNSET:
            voucher = new_lazy(CampaignVoucher)
            set_raw(voucher, voucher_json)
        referral_program = referral_program_json = get("referral_program", UNSET)
        if referral_program_json is not UNSET:
            referral_program = new_lazy(ReferralProgram)
            set_raw(referral_program, referral_program_json)
        auto_join = get("auto_join", UNSET)
        join_once = get("join_once", UNSET)
        active = get("active", UNSET)
        category_id = get("category_id", UNSET)
        category = get("category", UNSET)
        categories = categories_json = get("categories", UNSET)
        if categories_json is not UNSET:
            categories = shells(Category, categories_json)
        metadata = metadata_json = get("metadata", UNSET)
        if metadata_json is not UNSET:
            metadata = new_lazy(SimpleCampaignMetadata)
            set_raw(metadata, metadata_json)
        if (start_date := get("start_date", UNSET)) is not UNSET:
            start_date = parse_timestamp(start_date)
        if (expiration_date := get("expiration_date", UNSET)) is not UNSET:
            expiration_date = parse_timestamp(expiration_date)
        if (created_at := get("created_at", UNSET)) is not UNSET:
            created_at = parse_timestamp(created_at)
        if (updated_at := get("updated_at", UNSET)) is not UNSET:
            updated_at = parse_timestamp(updated_at)
        object = get("object", UNSET)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_name(self, name)
        _set_description(self, description)
        _set_campaign_type(self, campaign_type)
        _set_type(self, type)
        _set_is_referral_code(self, is_referral_code)
        _set_voucher(self, voucher)
        _set_referral_program(self, referral_program)
        _set_auto_join(self, auto_join)
        _set_join_once(self, join_once)
        _set_active(self, active)
        _set_category_id(self, category_id)
        _set_category(self, category)
        _set_categories(self, categories)
        _set_metadata(self, metadata)
        _set_start_date(self, start_date)
        _set_expiration_date(self, expiration_date)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
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
            id = get("id", UNSET)
            name = get("name", UNSET)
            description = get("description", UNSET)
            campaign_type = get("campaign_type", UNSET)
            type = get("type", UNSET)
            is_referral_code = get("is_referral_code", UNSET)
            voucher = voucher_json = get("voucher", UNSET)
            if voucher_json is not UNSET:
                voucher = new_lazy(CampaignVoucher)
            referral_program = referral_program_json = get("referral_program", UNSET)
            if referral_program_json is not UNSET:
                referral_program = new_lazy(ReferralProgram)
            auto_join = get("auto_join", UNSET)
            join_once = get("join_once", UNSET)
            active = get("active", UNSET)
            category_id = get("category_id", UNSET)
            category = get("category", UNSET)
            categories = categories_json = get("categories", UNSET)
            if categories_json is not UNSET:
                categories = blanks(Category, categories_json)
            metadata = metadata_json = get("metadata", UNSET)
            if metadata_json is not UNSET:
                metadata = new_lazy(SimpleCampaignMetadata)
            if (start_date := get("start_date", UNSET)) is not UNSET:
                start_date = parse_timestamp(start_date)
            if (expiration_date := get("expiration_date", UNSET)) is not UNSET:
                expiration_date = parse_timestamp(expiration_date)
            if (created_at := get("created_at", UNSET)) is not UNSET:
                created_at = parse_timestamp(created_at)
            if (updated_at := get("updated_at", UNSET)) is not UNSET:
                updated_at = parse_timestamp(updated_at)
            object = get("object", UNSET)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if voucher is not UNSET:
            field_dict["voucher"] = CampaignVoucher._load_to_dict(voucher, voucher_json)
        if referral_program is not UNSET:
            field_dict["referral_program"] = ReferralProgram._load_to_dict(referral_program, referral_program_json)
        if categories is not UNSET:
            field_dict["categories"] = list(map(Category._load_to_dict, categories, categories_json))
        if metadata is not UNSET:
            field_dict["metadata"] = SimpleCampaignMetadata._load_to_dict(metadata, metadata_json)
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_name(self, name)
        _set_description(self, description)
        _set_campaign_type(self, campaign_type)
        _set_type(self, type)
        _set_is_referral_code(self, is_referral_code)
        _set_voucher(self, voucher)
        _set_referral_program(self, referral_program)
        _set_auto_join(self, auto_join)
        _set_join_once(self, join_once)
        _set_active(self, active)
        _set_category_id(self, category_id)
        _set_category(self, category)
        _set_categories(self, categories)
        _set_metadata(self, metadata)
        _set_start_date(self, start_date)
        _set_expiration_date(self, expiration_date)
        _set_created_at(self, created_at)
        _set_updated_at(self, updated_at)
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
_set_id = SimpleCampaign.__dict__["id"].__set__
_set_name = SimpleCampaign.__dict__["name"].__set__
_set_description = SimpleCampaign.__dict__["description"].__set__
_set_campaign_type = SimpleCampaign.__dict__["campaign_type"].__set__
_set_type = SimpleCampaign.__dict__["type"].__set__
_set_is_referral_code = SimpleCampaign.__dict__["is_referral_code"].__set__
_set_voucher = SimpleCampaign.__dict__["voucher"].__set__
_set_referral_program = SimpleCampaign.__dict__["referral_program"].__set__
_set_auto_join = SimpleCampaign.__dict__["auto_join"].__set__
_set_join_once = SimpleCampaign.__dict__["join_once"].__set__
_set_active = SimpleCampaign.__dict__["active"].__set__
_set_category_id = SimpleCampaign.__dict__["category_id"].__set__
_set_category = SimpleCampaign.__dict__["category"].__set__
_set_categories = SimpleCampaign.__dict__["categories"].__set__
_set_metadata = SimpleCampaign.__dict__["metadata"].__set__
_set_start_date = SimpleCampaign.__dict__["start_date"].__set__
_set_expiration_date = SimpleCampaign.__dict__["expiration_date"].__set__
_set_created_at = SimpleCampaign.__dict__["created_at"].__set__
_set_updated_at = SimpleCampaign.__dict__["updated_at"].__set__
_set_object = SimpleCampaign.__dict__["object"].__set__
_set_additional_properties = SimpleCampaign.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.campaign_voucher import CampaignVoucher  # noqa: E402
from ..models.category import Category  # noqa: E402
from ..models.referral_program import ReferralProgram  # noqa: E402
from ..models.simple_campaign_metadata import SimpleCampaignMetadata  # noqa: E402

SimpleCampaign._FIELDS = {
    "start_date": lambda src: UNSET if (value := src.get("start_date", UNSET)) is UNSET else parse_timestamp(value),
    "expiration_date": lambda src: (
        UNSET if (value := src.get("expiration_date", UNSET)) is UNSET else parse_timestamp(value)
    ),
    "created_at": lambda src: UNSET if (value := src.get("created_at", UNSET)) is UNSET else parse_timestamp(value),
    "updated_at": lambda src: UNSET if (value := src.get("updated_at", UNSET)) is UNSET else parse_timestamp(value),
}
