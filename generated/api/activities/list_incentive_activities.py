from typing import Any

import httpx

from ....path_ids import path_segment
from ....responses import http_status, parsed_error, parsed_success, undocumented_status
from ...client import AuthenticatedClient, Client
from ...models.activity_order import ActivityOrder
from ...models.error import Error
from ...models.incentive_activity_filters import IncentiveActivityFilters
from ...models.incentive_activity_page import IncentiveActivityPage
from ...types import UNSET, Response, Unset, deep_object_params


def _get_kwargs(
    id: str,
    *,
    filters: IncentiveActivityFilters | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ActivityOrder | list[ActivityOrder] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filters: dict[str, Any] | Unset = UNSET
    if not isinstance(filters, Unset):
        json_filters = filters.to_dict()
    if not isinstance(json_filters, Unset):
        params.update(deep_object_params("filters", json_filters))

    params["limit"] = limit

    json_order: list[str] | str | Unset
    if isinstance(order, Unset):
        json_order = UNSET
    elif isinstance(order, str):
        json_order = order
    else:
        json_order = []
        for order_type_1_item_data in order:
            order_type_1_item: str = order_type_1_item_data
            json_order.append(order_type_1_item)

    params["order"] = json_order

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/loyalties/incentives/{id}/activities".format(
            id=path_segment("list_incentive_activities", "id", id, label="id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | IncentiveActivityPage | None:
    if response.status_code == 200:
        return parsed_success(response, IncentiveActivityPage.from_dict, page="IncentiveActivityPage")

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
) -> Response[Error | IncentiveActivityPage]:
    return Response(
        status_code=http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filters: IncentiveActivityFilters | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ActivityOrder | list[ActivityOrder] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Error | IncentiveActivityPage]:
    """List an incentive's activities

     BETA upstream. Cursor-paged; filter by activity id, type and creation time.

    Args:
        id (str): Incentive id.
        filters (IncentiveActivityFilters | Unset): Filters for incentive activities.
        limit (int | Unset):
        order (ActivityOrder | list[ActivityOrder] | Unset):
        cursor (str | Unset): Opaque incentive-activity cursor.

    Raises:
        voucherify_activities.VoucherifyError: If the body is not what the spec describes (not JSON, too deep,
            the wrong shape), or the status is undocumented and Client.raise_on_unexpected_status is True.
        voucherify_activities.ParameterError: If a path parameter breaks its rule (pattern, dot segment).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IncentiveActivityPage]
    """

    kwargs = _get_kwargs(
        id=id,
        filters=filters,
        limit=limit,
        order=order,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filters: IncentiveActivityFilters | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ActivityOrder | list[ActivityOrder] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Error | IncentiveActivityPage | None:
    """List an incentive's activities

     BETA upstream. Cursor-paged; filter by activity id, type and creation time.

    Args:
        id (str): Incentive id.
        filters (IncentiveActivityFilters | Unset): Filters for incentive activities.
        limit (int | Unset):
        order (ActivityOrder | list[ActivityOrder] | Unset):
        cursor (str | Unset): Opaque incentive-activity cursor.

    Raises:
        voucherify_activities.VoucherifyError: If the body is not what the spec describes (not JSON, too deep,
            the wrong shape), or the status is undocumented and Client.raise_on_unexpected_status is True.
        voucherify_activities.ParameterError: If a path parameter breaks its rule (pattern, dot segment).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IncentiveActivityPage
    """

    return sync_detailed(
        id=id,
        client=client,
        filters=filters,
        limit=limit,
        order=order,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filters: IncentiveActivityFilters | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ActivityOrder | list[ActivityOrder] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Error | IncentiveActivityPage]:
    """List an incentive's activities

     BETA upstream. Cursor-paged; filter by activity id, type and creation time.

    Args:
        id (str): Incentive id.
        filters (IncentiveActivityFilters | Unset): Filters for incentive activities.
        limit (int | Unset):
        order (ActivityOrder | list[ActivityOrder] | Unset):
        cursor (str | Unset): Opaque incentive-activity cursor.

    Raises:
        voucherify_activities.VoucherifyError: If the body is not what the spec describes (not JSON, too deep,
            the wrong shape), or the status is undocumented and Client.raise_on_unexpected_status is True.
        voucherify_activities.ParameterError: If a path parameter breaks its rule (pattern, dot segment).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IncentiveActivityPage]
    """

    kwargs = _get_kwargs(
        id=id,
        filters=filters,
        limit=limit,
        order=order,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filters: IncentiveActivityFilters | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ActivityOrder | list[ActivityOrder] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Error | IncentiveActivityPage | None:
    """List an incentive's activities

     BETA upstream. Cursor-paged; filter by activity id, type and creation time.

    Args:
        id (str): Incentive id.
        filters (IncentiveActivityFilters | Unset): Filters for incentive activities.
        limit (int | Unset):
        order (ActivityOrder | list[ActivityOrder] | Unset):
        cursor (str | Unset): Opaque incentive-activity cursor.

    Raises:
        voucherify_activities.VoucherifyError: If the body is not what the spec describes (not JSON, too deep,
            the wrong shape), or the status is undocumented and Client.raise_on_unexpected_status is True.
        voucherify_activities.ParameterError: If a path parameter breaks its rule (pattern, dot segment).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IncentiveActivityPage
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filters=filters,
            limit=limit,
            order=order,
            cursor=cursor,
        )
    ).parsed
