from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSED, UNSET, LazyFields, Unset

T = TypeVar("T", bound="RedemptionRewardParameters")


@_attrs_define
class RedemptionRewardParameters(LazyFields):
    """What a reward hands out: campaign credits, coins or a product, by reward kind.

    Attributes:
        campaign (RewardCampaignParameters | Unset): Campaign a reward draws vouchers or credits from.
        product (RewardProductParameters | Unset): Product a material reward hands out.
        coin (RewardCoinParameters | Unset): Conversion of points into discount for a pay-with-points reward.
    """

    campaign: RewardCampaignParameters | Unset = UNSET
    product: RewardProductParameters | Unset = UNSET
    coin: RewardCoinParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unparsed = self._unparsed_json()
        if unparsed is not PARSED:
            return unparsed
        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        coin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coin, Unset):
            coin = self.coin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if product is not UNSET:
            field_dict["product"] = product
        if coin is not UNSET:
            field_dict["coin"] = coin

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        object.__setattr__(instance_, "_raw", src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        _campaign = d.pop("campaign", UNSET)
        campaign: RewardCampaignParameters | Unset
        if isinstance(_campaign, Unset):
            campaign = UNSET
        else:
            campaign = RewardCampaignParameters.from_dict(_campaign)

        _product = d.pop("product", UNSET)
        product: RewardProductParameters | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = RewardProductParameters.from_dict(_product)

        _coin = d.pop("coin", UNSET)
        coin: RewardCoinParameters | Unset
        if isinstance(_coin, Unset):
            coin = UNSET
        else:
            coin = RewardCoinParameters.from_dict(_coin)

        additional_properties = d
        # Straight into the slots: LazyFields.__setattr__ would try to load again. (`builtins.`:
        # a field may be called `object`, and its local variable here shadows the builtin.)
        set_ = builtins.object.__setattr__
        set_(self, "campaign", campaign)
        set_(self, "product", product)
        set_(self, "coin", coin)
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
from ..models.reward_campaign_parameters import RewardCampaignParameters  # noqa: E402
from ..models.reward_coin_parameters import RewardCoinParameters  # noqa: E402
from ..models.reward_product_parameters import RewardProductParameters  # noqa: E402
