"""Send one case to the target and judge the response: every Schemathesis check, ours, and strict mode.

The results of each check go to `Results` through Schemathesis's `after_validate` hook, so
the summary counts exactly what the checks decided.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from typing import Any

import pytest
import schemathesis
from schemathesis import Case, CheckResult, HookContext, Response
from schemathesis.engine import Status

from . import checks, schema_messages, server_schema, specs, strict
from .reproduce import curl
from .results import Results
from .target import Target
from .transport import ConformanceSession

Check = checks.Check
TIME_BUDGET_REACHED = "time budget reached"


class Exchange:
    """How the server suites talk to a target; one per run."""

    def __init__(self, target: Target, results: Results, *, strict_mode: str, deadline: float | None = None) -> None:
        self.target = target
        self.deadline = deadline  # time.monotonic() past which no request is sent (the time budget)
        self.on_response: Callable[[str], None] | None = None  # progress reporting, per operation
        self.results = results
        self.strict_mode = strict_mode
        self.session = ConformanceSession(read_only=target.read_only)
        self.checks = checks.for_target(target)
        # `ignored_auth` sends probes with missing and wrong credentials: once an operation has
        # shown it refuses them, repeating that per case only multiplies traffic (as Schemathesis's CLI does).
        self._auth_confirmed: set[str] = set()

    def close(self) -> None:
        self.session.close()

    def judge(
        self, case: Case[Any], extra: tuple[Check, ...] = (), *, valid: bool | None = None, any_shape: bool = False
    ) -> Response:
        """Send `case`, then run every check on the response; raises Schemathesis's FailureGroup on failure.

        Whether the request is valid comes from its generation metadata; a case the suite built
        itself says so with `valid` (default: valid). An `any_shape` case may or may not be valid
        on the wire, so no acceptance check judges it: only what holds for any request does
        (no 5xx, declared status, content type, headers and schema of whatever comes back).
        """
        accept, reject = schemathesis.checks.positive_data_acceptance, schemathesis.checks.negative_data_rejection
        # Only the acceptance check that matches the case: the other would count it as a pass it never judged.
        if any_shape:
            excluded: list[Check] = [accept, reject]
            valid = invalid = False  # neither is known: only the server's reading could tell
        else:
            if valid is None:
                valid = case.meta is None or case.meta.generation.mode.is_positive
            excluded, invalid = ([reject] if valid else [accept]), not valid
        ours = [check for check in self.checks if valid or check.__name__ not in checks.VALID_ONLY]
        self.check_deadline()
        response = case.call(base_url=self.target.base_url, session=self.session, headers=dict(self.target.headers))
        self.results.responded()
        if self.on_response is not None:
            operation = specs.by_label(case.operation.label)
            self.on_response(operation.operation_id if operation is not None else case.operation.label)
        if invalid and case.meta is not None and server_schema.valid_as_sent(case, response):
            excluded.append(reject)  # invalid as generated, valid as sent
        if case.operation.label in self._auth_confirmed:
            excluded.append(schemathesis.checks.ignored_auth)
        if self.strict_mode != "off":
            self._scan_undeclared(case, response)
        case.validate_response(
            response,
            additional_checks=[*ours, *extra],
            excluded_checks=excluded,
            headers=dict(self.target.headers),  # tells the auth checks these credentials are the configured ones
            transport_kwargs={"session": self.session, "base_url": self.target.base_url},
        )
        if 200 <= response.status_code < 300:
            self._auth_confirmed.add(case.operation.label)
        return response

    def check_deadline(self) -> None:
        """End the running test once its share of the time budget is spent (client suites call it too)."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            # A skip, which Hypothesis re-raises at once: the test ends here and the summary says why.
            pytest.skip(f"{TIME_BUDGET_REACHED}: this test's share is spent")

    def follow_next_page(self, case: Case[Any], response: Response) -> Response | None:
        """Request the page after `response` with the token it carries, and judge that one too."""
        operation = specs.by_label(case.operation.label)
        page = _json(response) if response.status_code == 200 else None
        if operation is None or not isinstance(page, dict) or not isinstance(page.get("data"), list):
            return None
        token = _next_token(case, page)
        if token is None:
            return None
        name, value = token
        following = case.operation.Case(
            path_parameters=dict(case.path_parameters), query={**case.query, name: value}, headers=case.headers
        )
        previous = [item["id"] for item in page["data"] if isinstance(item, dict) and isinstance(item.get("id"), str)]
        return self.judge(following, extra=(checks.next_page_follows(previous),))

    def record(self, context: HookContext, case: Case[Any], response: Response, outcomes: list[CheckResult]) -> None:
        """The `after_validate` hook: count each check's verdict, keep each failure with its curl command."""
        operation = specs.by_label(case.operation.label)
        operation_id = operation.operation_id if operation is not None else case.operation.label
        for outcome in outcomes:
            if outcome.status == Status.SUCCESS:
                self.results.passed(operation_id, outcome.name)
            elif outcome.failure is not None:
                failure = outcome.failure
                detail = failure.message
                if outcome.name == "response_schema_conformance" and operation is not None:
                    # A union's "valid under none of oneOf": name the field, via the item's discriminator.
                    detail = "\n".join(schema_messages.item_errors(operation_id, _json(response))) or detail
                message = f"{failure.title}\n{detail}\n[{response.status_code}] {_excerpt(response)}"
                self.results.failed(operation_id, outcome.name, message, self.reproduction(response))

    def reproduction(self, response: Response) -> str:
        """The request behind `response` as a runnable curl, credentials as `$VOUCHERIFY_*` placeholders."""
        return curl(str(response.request.url), response.request.headers, self.target.headers)

    def _scan_undeclared(self, case: Case[Any], response: Response) -> None:
        operation = specs.by_label(case.operation.label)
        body = _json(response)
        if operation is None or body is None:
            return
        found = strict.undeclared_properties(operation.operation_id, response.status_code, body)
        if found:
            self.results.record_undeclared(operation.operation_id, response.status_code, found)


def hooks_for(exchange: Exchange) -> Mapping[str, Callable[..., Any]]:
    """The schema hooks that report to this exchange."""

    def after_validate(context: HookContext, case: Case[Any], response: Response, results: list[CheckResult]) -> None:
        exchange.record(context, case, response, results)

    return {"after_validate": after_validate}


def _json(response: Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _excerpt(response: Response, limit: int = 500) -> str:
    text = response.content[:limit].decode("utf-8", "replace")
    return text + (" ...(truncated)" if len(response.content) > limit else "")


def _next_token(case: Case[Any], page: dict[str, Any]) -> tuple[str, str] | None:
    """The paging parameter and value that ask for the page after `page`, or None on the last page."""
    cursor = page.get("cursor")
    if "cursor" in page:
        following = cursor.get("next") if isinstance(cursor, dict) else None
        return ("cursor", following) if isinstance(following, str) and following else None
    data = page["data"]
    limit = checks.requested_limit(case)
    last = data[-1] if data else None
    if limit is None or len(data) < limit or not isinstance(last, dict) or not isinstance(last.get("id"), str):
        return None
    return ("starting_after_id", last["id"])
