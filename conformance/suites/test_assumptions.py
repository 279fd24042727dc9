"""Where the pages leave the server's answer open, the suite assumes one; these tests say so out loud.

- An id of the right form that names nothing: 404 (`not_found`).
- An id breaking its documented pattern: 400 (`invalid_path_params`).
- A paging cursor the server did not issue (here: a real one, altered): 400
  (`invalid_query_params`) naming `cursor`. An expired cursor is assumed to answer the same;
  it is not tested, since no target lets a run wait out a cursor's lifetime.
Each request also goes through every check of the server suite. A failure here means the
target answers differently from the assumption, which is worth knowing before relying on it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from schemathesis import Case, Response

from ..modes import POSITIVE
from ..run import Run, current
from ..specs import operation, operations

pytestmark = pytest.mark.needs_target

RUN = current()
SCHEMA = RUN.server_schema(POSITIVE)
ALL = [op.operation_id for op in operations()]
CURSOR_PAGED = [op.operation_id for op in operations() if op.owner_kind != "customer"]
# Ids that cannot exist anywhere: the documented form (prefix and hex, where there is one) and a fresh uuid.
PREFIXES = {"program": "lprg_", "incentive": "linc_", "earning_rule": "lern_", "customer": "cust_"}
MALFORMED = {"list_program_activities": "prg-not-an-id", "list_incentive_activities": "inc-not-an-id"}


def _case(operation_id: str, owner: str, query: dict[str, Any] | None = None) -> Case[Any]:
    op = operation(operation_id)
    return SCHEMA[op.path][op.method].Case(path_parameters={op.path_parameter: owner}, query=query or {})


def _body(response: Response) -> dict[str, Any]:
    try:
        body = json.loads(response.content)
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


@dataclass(frozen=True)
class Assumption:
    name: str  # the summary row
    expect: str
    holds: Callable[[Response], bool]
    valid: bool  # whether the request the suite builds for it is a valid one


def _altered_cursor_refused(response: Response) -> bool:
    body = _body(response)
    text = f"{body.get('message', '')} {body.get('details', '')}"
    return response.status_code == 400 and body.get("key") == "invalid_query_params" and "cursor" in text


UNKNOWN_ID = Assumption("assumption: unknown id -> 404", "404 not_found", lambda r: r.status_code == 404, valid=True)
MALFORMED_ID = Assumption(
    "assumption: malformed id -> 400",
    "400 invalid_path_params",
    lambda r: r.status_code == 400 and _body(r).get("key") == "invalid_path_params",
    valid=False,
)
ALTERED_CURSOR = Assumption(
    "assumption: altered cursor -> 400",
    "400 invalid_query_params naming `cursor`",
    _altered_cursor_refused,
    valid=False,
)


def _judge(run: Run, assumption: Assumption, operation_id: str, case: Case[Any]) -> None:
    """Send through every check, then record whether the assumption held, as a check of its own."""
    response = run.exchange.judge(case, valid=assumption.valid)
    if assumption.holds(response):
        run.results.passed(operation_id, assumption.name)
        return
    message = f"assumed {assumption.expect}; the target answered {response.status_code}: {response.content[:300]!r}"
    reproduction = run.exchange.reproduction(response)
    run.results.failed(operation_id, assumption.name, message, reproduction)
    pytest.fail(f"{message}\nReproduce with:\n{reproduction}", pytrace=False)


@pytest.mark.parametrize("operation_id", ALL)
def test_unknown_id_is_not_found(run: Run, operation_id: str) -> None:
    owner = PREFIXES[operation(operation_id).owner_kind] + uuid.uuid4().hex
    _judge(run, UNKNOWN_ID, operation_id, _case(operation_id, owner))


@pytest.mark.parametrize("operation_id", sorted(MALFORMED))
def test_malformed_id_is_refused(run: Run, operation_id: str) -> None:
    _judge(run, MALFORMED_ID, operation_id, _case(operation_id, MALFORMED[operation_id]))


@pytest.mark.parametrize("operation_id", CURSOR_PAGED)
def test_altered_cursor_is_refused(run: Run, operation_id: str) -> None:
    owner = run.target.ids_for(operation_id)[0]
    first = run.exchange.judge(_case(operation_id, owner, {"limit": 1}))
    cursor = (_body(first).get("cursor") or {}).get("next")
    if not isinstance(cursor, str) or not cursor:
        pytest.skip(f"{owner} has a single page of activities: no cursor to alter")
    altered = cursor[:-1] + ("0" if cursor[-1] != "0" else "1")
    _judge(run, ALTERED_CURSOR, operation_id, _case(operation_id, owner, {"limit": 1, "cursor": altered}))
