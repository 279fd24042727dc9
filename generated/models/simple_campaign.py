from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_campaign_object import SimpleCampaignObject, check_simple_campaign_object
from ..models.simple_campaign_type import SimpleCampaignType, check_simple_campaign_type
from ..types import PARSED, UNSET, LazyFields, Unset, parse_timestamp, serialize_datetime

T = TypeVar("T", bound="SimpleCampaign")


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
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        id = self.id

        name = self.name

        description = self.description

        campaign_type = self.campaign_type

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        is_referral_code = self.is_referral_code

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        referral_program: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referral_program, Unset):
            referral_program = self.referral_program.to_dict()

        auto_join = self.auto_join

        join_once = self.join_once

        active = self.active

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        category = self.category

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = serialize_datetime(self.start_date)

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = serialize_datetime(self.expiration_date)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = serialize_datetime(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = serialize_datetime(self.updated_at)

        object: str | Unset = UNSET
        if not isinstance(self.object, Unset):
            object = self.object

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if campaign_type is not UNSET:
            field_dict["campaign_type"] = campaign_type
        if type is not UNSET:
            field_dict["type"] = type
        if is_referral_code is not UNSET:
            field_dict["is_referral_code"] = is_referral_code
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if referral_program is not UNSET:
            field_dict["referral_program"] = referral_program
        if auto_join is not UNSET:
            field_dict["auto_join"] = auto_join
        if join_once is not UNSET:
            field_dict["join_once"] = join_once
        if active is not UNSET:
            field_dict["active"] = active
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if category is not UNSET:
            field_dict["category"] = category
        if categories is not UNSET:
            field_dict["categories"] = categories
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if object is not UNSET:
            field_dict["object"] = object

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        campaign_type = d.pop("campaign_type", UNSET)

        _type = d.pop("type", UNSET)
        type: SimpleCampaignType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_simple_campaign_type(_type)

        is_referral_code = d.pop("is_referral_code", UNSET)

        _voucher = d.pop("voucher", UNSET)
        voucher: CampaignVoucher | Unset
        if isinstance(_voucher, Unset):
            voucher = UNSET
        else:
            voucher = CampaignVoucher.from_dict(_voucher)

        _referral_program = d.pop("referral_program", UNSET)
        referral_program: ReferralProgram | Unset
        if isinstance(_referral_program, Unset):
            referral_program = UNSET
        else:
            referral_program = ReferralProgram.from_dict(_referral_program)

        auto_join = d.pop("auto_join", UNSET)

        join_once = d.pop("join_once", UNSET)

        active = d.pop("active", UNSET)

        def _parse_category_id(data: builtins.object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        category = d.pop("category", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[Category] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = Category.from_dict(categories_item_data)

                categories.append(categories_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: SimpleCampaignMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SimpleCampaignMetadata.from_dict(_metadata)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = parse_timestamp(_start_date)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = parse_timestamp(_expiration_date)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_timestamp(_updated_at)

        _object = d.pop("object", UNSET)
        object: SimpleCampaignObject | Unset
        if isinstance(_object, Unset):
            object = UNSET
        else:
            object = check_simple_campaign_object(_object)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "id", id)
        set_(self, "name", name)
        set_(self, "description", description)
        set_(self, "campaign_type", campaign_type)
        set_(self, "type", type)
        set_(self, "is_referral_code", is_referral_code)
        set_(self, "voucher", voucher)
        set_(self, "referral_program", referral_program)
        set_(self, "auto_join", auto_join)
        set_(self, "join_once", join_once)
        set_(self, "active", active)
        set_(self, "category_id", category_id)
        set_(self, "category", category)
        set_(self, "categories", categories)
        set_(self, "metadata", metadata)
        set_(self, "start_date", start_date)
        set_(self, "expiration_date", expiration_date)
        set_(self, "created_at", created_at)
        set_(self, "updated_at", updated_at)
        set_(self, "object", object)
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
from ..models.campaign_voucher import CampaignVoucher  # noqa: E402
from ..models.category import Category  # noqa: E402
from ..models.referral_program import ReferralProgram  # noqa: E402
from ..models.simple_campaign_metadata import SimpleCampaignMetadata  # noqa: E402
