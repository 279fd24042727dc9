import datetime
from typing import Any

import httpx

from ....path_ids import path_segment
from ....responses import http_status, parsed_error, parsed_success, undocumented_status
from ...client import AuthenticatedClient, Client
from ...models.campaign_type import CampaignType
from ...models.customer_activity_list import CustomerActivityList
from ...models.customer_activity_order import CustomerActivityOrder
from ...models.error import Error
from ...types import UNSET, Response, Unset, serialize_datetime


def _get_kwargs(
    customer_id: str,
    *,
    limit: int | Unset = UNSET,
    order: CustomerActivityOrder | Unset = UNSET,
    starting_after: datetime.datetime | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    json_starting_after: str | Unset = UNSET
    if not isinstance(starting_after, Unset):
        json_starting_after = serialize_datetime(starting_after)
    params["starting_after"] = json_starting_after

    params["starting_after_id"] = starting_after_id

    json_campaign_type: str | Unset = UNSET
    if not isinstance(campaign_type, Unset):
        json_campaign_type = campaign_type

    params["campaign_type"] = json_campaign_type

    params["campaign_id"] = campaign_id

    params["product_id"] = product_id

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = serialize_datetime(start_date)
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = serialize_datetime(end_date)
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/activities".format(
            customer_id=path_segment("list_customer_activities", "customerId", customer_id, label="customer_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerActivityList | Error | None:
    if response.status_code == 200:
        return parsed_success(response, CustomerActivityList.from_dict, page="CustomerActivityList")

    if response.status_code == 400:
        return parsed_error(response, Error.from_dict, required=("code", "message"))

    if response.status_code == 401:
        return parsed_error(response, Error.from_dict, required=("code", "message"))

    if response.status_code == 404:
        return parsed_error(response, Error.from_dict, required=("code", "message"))

    if response.status_code == 429:
        return parsed_error(response, Error.from_dict, required=("code", "message"))

    if 500 <= response.status_code <= 599:
        return parsed_error(response, Error.from_dict, required=("code", "message"))

    if client.raise_on_unexpected_status:
        raise undocumented_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerActivityList | Error]:
    return Response(
        status_code=http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: CustomerActivityOrder | Unset = UNSET,
    starting_after: datetime.datetime | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> Response[CustomerActivityList | Error]:
    """List a customer's activities

     Deprecated by Voucherify in favour of a newer customer-activity endpoint; still served.
    Pages move with `starting_after_id` (or `starting_after`).

    Args:
        customer_id (str):
        limit (int | Unset):
        order (CustomerActivityOrder | Unset): Sort key for customer activities; a leading `-`
            sorts descending.
        starting_after (datetime.datetime | Unset):
        starting_after_id (str | Unset):
        campaign_type (CampaignType | Unset): Kind of campaign.
        campaign_id (str | Unset):
        product_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):

    Raises:
        voucherify_activities.VoucherifyError: If the body is not what the spec describes (not JSON, too deep,
            the wrong shape), or the status is undocumented and Client.raise_on_unexpected_status is True.
        voucherify_activities.ParameterError: If a path parameter breaks its rule (pattern, dot segment).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerActivityList | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        order=order,
        starting_after=starting_after,
        starting_after_id=starting_after_id,
        campaign_type=campaign_type,
        campaign_id=campaign_id,
        product_id=product_id,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: CustomerActivityOrder | Unset = UNSET,
    starting_after: datetime.datetime | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> CustomerActivityList | Error | None:
    """List a customer's activities

     Deprecated by Voucherify in favour of a newer customer-activity endpoint; still served.
    Pages move with `starting_after_id` (or `starting_after`).

    Args:
        customer_id (str):
        limit (int | Unset):
        order (CustomerActivityOrder | Unset): Sort key for customer activities; a leading `-`
            sorts descending.
        starting_after (datetime.datetime | Unset):
        starting_after_id (str | Unset):
        campaign_type (CampaignType | Unset): Kind of campaign.
        campaign_id (str | Unset):
        product_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):

    Raises:
        voucherify_activities.VoucherifyError: If the body is not what the spec describes (not JSON, too deep,
            the wrong shape), or the status is undocumented and Client.raise_on_unexpected_status is True.
        voucherify_activities.ParameterError: If a path parameter breaks its rule (pattern, dot segment).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerActivityList | Error
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        limit=limit,
        order=order,
        starting_after=starting_after,
        starting_after_id=starting_after_id,
        campaign_type=campaign_type,
        campaign_id=campaign_id,
        product_id=product_id,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: CustomerActivityOrder | Unset = UNSET,
    starting_after: datetime.datetime | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> Response[CustomerActivityList | Error]:
    """List a customer's activities

     Deprecated by Voucherify in favour of a newer customer-activity endpoint; still served.
    Pages move with `starting_after_id` (or `starting_after`).

    Args:
        customer_id (str):
        limit (int | Unset):
        order (CustomerActivityOrder | Unset): Sort key for customer activities; a leading `-`
            sorts descending.
        starting_after (datetime.datetime | Unset):
        starting_after_id (str | Unset):
        campaign_type (CampaignType | Unset): Kind of campaign.
        campaign_id (str | Unset):
        product_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):

    Raises:
        voucherify_activities.VoucherifyError: If the body is not what the spec describes (not JSON, too deep,
            the wrong shape), or the status is undocumented and Client.raise_on_unexpected_status is True.
        voucherify_activities.ParameterError: If a path parameter breaks its rule (pattern, dot segment).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerActivityList | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        order=order,
        starting_after=starting_after,
        starting_after_id=starting_after_id,
        campaign_type=campaign_type,
        campaign_id=campaign_id,
        product_id=product_id,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: CustomerActivityOrder | Unset = UNSET,
    starting_after: datetime.datetime | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> CustomerActivityList | Error | None:
    """List a customer's activities

     Deprecated by Voucherify in favour of a newer customer-activity endpoint; still served.
    Pages move with `starting_after_id` (or `starting_after`).

    Args:
        customer_id (str):
        limit (int | Unset):
        order (CustomerActivityOrder | Unset): Sort key for customer activities; a leading `-`
            sorts descending.
        starting_after (datetime.datetime | Unset):
        starting_after_id (str | Unset):
        campaign_type (CampaignType | Unset): Kind of campaign.
        campaign_id (str | Unset):
        product_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):

    Raises:
        voucherify_activities.VoucherifyError: If the body is not what the spec describes (not JSON, too deep,
            the wrong shape), or the status is undocumented and Client.raise_on_unexpected_status is True.
        voucherify_activities.ParameterError: If a path parameter breaks its rule (pattern, dot segment).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerActivityList | Error
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            limit=limit,
            order=order,
            starting_after=starting_after,
            starting_after_id=starting_after_id,
            campaign_type=campaign_type,
            campaign_id=campaign_id,
            product_id=product_id,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
