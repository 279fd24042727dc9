"""Configuring the client: credentials (arguments or environment), clusters and base URLs, timeout, httpx."""

from __future__ import annotations

import httpx
import pytest

from tests.test_client_fakes import FakeVoucherify
from voucherify_activities import AsyncVoucherify, ParameterError, RetryPolicy, Voucherify
from voucherify_activities.client import DEFAULT_TIMEOUT

ENV = (
    "VOUCHERIFY_APP_ID",
    "VOUCHERIFY_APP_TOKEN",
    "VOUCHERIFY_BEARER_TOKEN",
    "VOUCHERIFY_CLUSTER",
    "VOUCHERIFY_BASE_URL",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


def sent_with(client_options: dict[str, object]) -> httpx.Request:
    fake = FakeVoucherify("programs", 1)
    client = Voucherify(transport=fake.transport(), retry=RetryPolicy.disabled(), **client_options)  # type: ignore[arg-type]
    client.list_program_activities("lprg_1").first_page()
    return fake.requests[0]


def test_app_keys_go_out_as_both_headers() -> None:
    request = sent_with({"app_id": "app-1", "app_token": "tok-1"})
    assert (request.headers["X-App-Id"], request.headers["X-App-Token"]) == ("app-1", "tok-1")
    assert "Authorization" not in request.headers
    assert request.headers["User-Agent"].startswith("voucherify-activities/")


def test_bearer_token_goes_out_as_authorization() -> None:
    request = sent_with({"bearer_token": "bt-1"})
    assert request.headers["Authorization"] == "Bearer bt-1"
    assert "X-App-Token" not in request.headers


def test_credentials_and_host_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_APP_ID", "env-id")
    monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", "env-token")
    monkeypatch.setenv("VOUCHERIFY_CLUSTER", "us1")
    request = sent_with({})
    assert (request.headers["X-App-Id"], request.headers["X-App-Token"]) == ("env-id", "env-token")
    assert request.url.host == "us1.api.voucherify.io"

    monkeypatch.setenv("VOUCHERIFY_BASE_URL", "http://127.0.0.1:8099/mock")
    request = sent_with({})
    assert str(request.url).startswith("http://127.0.0.1:8099/mock/v2/loyalties/programs/lprg_1/activities")


def test_explicit_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_APP_ID", "env-id")
    monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", "env-token")
    monkeypatch.setenv("VOUCHERIFY_CLUSTER", "as1")
    request = sent_with({"bearer_token": "explicit", "cluster": "api"})
    assert request.headers["Authorization"] == "Bearer explicit"
    assert "X-App-Id" not in request.headers
    assert request.url.host == "api.voucherify.io"


def test_bearer_token_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_BEARER_TOKEN", "env-bearer")
    assert sent_with({}).headers["Authorization"] == "Bearer env-bearer"


@pytest.mark.parametrize(
    ("cluster", "host"),
    [
        (None, "api.voucherify.io"),
        ("api", "api.voucherify.io"),
        ("us1", "us1.api.voucherify.io"),
        ("as1", "as1.api.voucherify.io"),
        ("us1.api", "us1.api.voucherify.io"),
    ],
)
def test_clusters_by_name(cluster: str | None, host: str) -> None:
    client = Voucherify(app_id="a", app_token="t", cluster=cluster)
    assert client.base_url == f"https://{host}"


def test_any_base_url() -> None:
    assert Voucherify(app_id="a", app_token="t", base_url="http://127.0.0.1:9/").base_url == "http://127.0.0.1:9"


@pytest.mark.parametrize(
    ("options", "parameter", "rule"),
    [
        ({}, "app_id", "credentials are required"),
        ({"app_id": "a"}, "app_token", "go together"),
        ({"app_token": "t"}, "app_id", "go together"),
        ({"app_id": "a", "app_token": " "}, "app_token", "non-empty"),
        ({"app_id": "a", "app_token": "t", "bearer_token": "b"}, "bearer_token", "not both"),
        ({"app_id": "a", "app_token": "t", "cluster": "eu2"}, "cluster", "one of api, as1, us1"),
        ({"app_id": "a", "app_token": "t", "cluster": "us1", "base_url": "http://127.0.0.1:1"}, "cluster", "not both"),
        ({"app_id": "a", "app_token": "t", "base_url": "api.voucherify.io"}, "base_url", "http"),
        ({"app_id": "a", "app_token": "t", "timeout": 0}, "timeout", "timeout > 0"),
        ({"app_id": "a", "app_token": "t", "retry": 3}, "retry", "RetryPolicy"),
        (
            {
                "app_id": "a",
                "app_token": "t",
                "transport": httpx.MockTransport(lambda r: httpx.Response(200)),
                "http_client": httpx.Client(),
            },
            "transport",
            "not both",
        ),
    ],
)
def test_bad_configuration_names_the_parameter(options: dict[str, object], parameter: str, rule: str) -> None:
    with pytest.raises(ParameterError) as raised:
        Voucherify(**options)  # type: ignore[arg-type]
    assert raised.value.parameter == parameter
    assert rule in raised.value.rule


def test_timeout_applies_to_every_request() -> None:
    assert sent_with({"app_id": "a", "app_token": "t"}).extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()
    assert (
        sent_with({"app_id": "a", "app_token": "t", "timeout": 2.5}).extensions["timeout"]
        == httpx.Timeout(2.5).as_dict()
    )


def test_a_callers_httpx_client_sends_the_requests_and_stays_open() -> None:
    fake = FakeVoucherify("programs", 2)
    http = httpx.Client(transport=fake.transport(), headers={"X-Trace": "t-1"})
    with Voucherify(app_id="a", app_token="t", http_client=http) as client:
        assert len(list(client.list_program_activities("lprg_1"))) == 2
    assert fake.requests[0].headers["X-Trace"] == "t-1"
    assert not http.is_closed
    http.close()


def test_the_client_closes_the_httpx_client_it_made() -> None:
    client = Voucherify(app_id="a", app_token="t")
    client.close()
    assert client._http.is_closed


def test_async_client_is_configured_the_same_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_APP_ID", "env-id")
    monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", "env-token")
    client = AsyncVoucherify(cluster="as1")
    assert client.base_url == "https://as1.api.voucherify.io"
    assert "env-token" not in repr(client)
