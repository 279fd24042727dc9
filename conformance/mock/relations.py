"""What a v1 customer activity is tied to: the campaign, voucher code and products its payload names.

The v1 filters (`campaign_type`, `campaign_id`, `product_id`) and sort keys (`code`, `campaign`,
`category`) read these. Voucherify does not document which payload fields it matches; the mock
reads the event's own `campaign`, `voucher` and `order` objects (see `extract`).
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Relations(NamedTuple):
    campaign_id: str | None = None
    campaign_type: str | None = None
    campaign_name: str = ""
    category: str = ""
    code: str = ""
    product_ids: frozenset[str] = frozenset()


NONE = Relations()


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def extract(activity: dict[str, Any]) -> Relations:
    """Relations of a v1 activity: `data.data.campaign`, `data.data.voucher` and `data.data.order.items`."""
    event = _dict(_dict(activity.get("data")).get("data"))
    campaign = _dict(event.get("campaign"))
    voucher = _dict(event.get("voucher"))
    items = _dict(event.get("order")).get("items")
    products: set[str] = set()
    for raw_item in items if isinstance(items, list) else []:
        item = _dict(raw_item)
        for candidate in (item.get("product_id"), _dict(item.get("product")).get("id")):
            if isinstance(candidate, str):
                products.add(candidate)
    return Relations(
        campaign_id=_str(campaign.get("id")) or _str(voucher.get("campaign_id")),
        campaign_type=_str(campaign.get("campaign_type")),
        campaign_name=_str(campaign.get("name")) or _str(voucher.get("campaign")) or "",
        category=_str(campaign.get("category")) or "",
        code=_str(voucher.get("code")) or "",
        product_ids=frozenset(products),
    )
