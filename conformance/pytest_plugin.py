"""pytest plugin (entry point `voucherify_activities`): a Voucherify mock for the test session.

    from voucherify_activities.conformance.pytest_plugin import MockHandle

    def test_lists(voucherify_mock: MockHandle) -> None:
        program_id = voucherify_mock.owners("program")[0]
        for activity in voucherify_mock.voucherify.list_program_activities(program_id):
            assert activity.program_id == program_id

Fixtures:
- `voucherify_mock` (session): the default mock on a free 127.0.0.1 port; a `MockHandle`.
- `voucherify_mock_factory` (function): `start(MockConfig(...))` for mocks with other settings
  (fault injection, required credentials, a data file); each is stopped after the test.

Settings (ini or command line): `voucherify_mock_seed` (7), `voucherify_mock_size` (10000).
This module is imported by every pytest run where the package is installed, so at module level
it imports only pytest and the standard library (plus the package's own lazy `__init__`): the
client, the models and the server come in only when a fixture is used, and without the `mock`
extra the fixture fails with the same one-line message as the CLI.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from voucherify_activities.conformance.mock import MockConfig, MockServer

    from voucherify_activities import Voucherify

FIXTURE_APP_ID = "mock-app-id"
FIXTURE_APP_TOKEN = "mock-app-token"  # not a secret: any non-empty pair is accepted by default


@dataclass(frozen=True)
class MockHandle:
    """A running mock: where it is, the credentials it accepts, and a client configured for it."""

    base_url: str
    app_id: str
    app_token: str = field(repr=False)
    client: Any = field(repr=False)  # voucherify_activities.Client: the generated, low-level client
    server: MockServer = field(repr=False)
    voucherify: Voucherify = field(repr=False)  # the high-level client, configured for this mock

    def owners(self, kind: str) -> list[str]:
        """Ids of the dataset's programs / incentives / earning rules / customers, largest log first."""
        return self.server.app.store.owners(kind)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("voucherify_mock_seed", "seed of the mock's generated dataset", default="7")
    parser.addini("voucherify_mock_size", "activities in the mock's generated dataset", default="10000")


def _require_mock_extra(fixture: str) -> None:
    from voucherify_activities import extras  # noqa: PLC0415 - only when a fixture is used

    problem = extras.problem(extras.MOCK, f"the {fixture} fixture")
    if problem:
        pytest.fail(problem, pytrace=False)


def _start(config: MockConfig) -> MockHandle:
    from voucherify_activities.conformance.mock import MockServer  # noqa: PLC0415 - only when used

    from voucherify_activities import Client, Voucherify  # noqa: PLC0415 - only when used

    server = MockServer(config).start()
    app_id = config.app_id or FIXTURE_APP_ID
    app_token = config.app_token or FIXTURE_APP_TOKEN
    client = Client(base_url=server.base_url, headers={"X-App-Id": app_id, "X-App-Token": app_token})
    voucherify = Voucherify(base_url=server.base_url, app_id=app_id, app_token=app_token)
    return MockHandle(server.base_url, app_id, app_token, client, server, voucherify)


@pytest.fixture(scope="session")
def voucherify_mock(pytestconfig: pytest.Config) -> Iterator[MockHandle]:
    """The default mock for the whole session."""
    _require_mock_extra("voucherify_mock")
    from voucherify_activities.conformance.mock import MockConfig  # noqa: PLC0415 - only when used

    seed = int(pytestconfig.getini("voucherify_mock_seed"))
    size = int(pytestconfig.getini("voucherify_mock_size"))
    handle = _start(MockConfig(seed=seed, size=size))
    try:
        yield handle
    finally:
        handle.voucherify.close()
        handle.server.stop()


@pytest.fixture
def voucherify_mock_factory() -> Iterator[Callable[..., MockHandle]]:
    """Start mocks with custom settings: `voucherify_mock_factory(MockConfig(fault_429_rate=0.5))`."""
    _require_mock_extra("voucherify_mock_factory")
    started: list[MockHandle] = []

    def start(config: MockConfig | None = None) -> MockHandle:
        from voucherify_activities.conformance.mock import MockConfig  # noqa: PLC0415 - only when used

        handle = _start(config or MockConfig())
        started.append(handle)
        return handle

    try:
        yield start
    finally:
        for handle in started:
            handle.voucherify.close()
            handle.server.stop()
