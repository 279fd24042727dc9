"""Strict mode: response fields the server sent that the spec does not declare, judged after the server suites.

Reported apart from hard failures: `warn` (default) ends as an expected failure listing the
fields (an early warning that a BETA endpoint changed), `fail` fails, `off` skips.
"""

from __future__ import annotations

import pytest

from ..run import Run

pytestmark = pytest.mark.needs_target


def test_undeclared_response_fields(run: Run) -> None:
    mode = run.settings.strict
    if mode == "off":
        pytest.skip("strict mode is off")
    if not run.results.responses:
        pytest.skip("no server responses were checked in this run")
    lines = run.results.undeclared_lines()
    if not lines:
        return
    listing = "\n  ".join(lines)
    message = f"{len(lines)} response field(s) the spec does not declare:\n  {listing}"
    if mode == "fail":
        pytest.fail(message, pytrace=False)
    pytest.xfail(f"strict mode (warn): {message}")
