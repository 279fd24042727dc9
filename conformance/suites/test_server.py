"""Server conformance: Schemathesis generates requests from the spec; every check judges the answers.

Positive: valid requests (real ids of existing resources mixed with generated ones) must be
served and answered as the spec says; each page's paging token is followed once. Negative:
invalid requests must be refused with a 4xx, never accepted and never a 5xx. Any shape:
parameter objects with any keys and nesting (`filters[²][]=...`), as stock Schemathesis
generates them from the open spec; most have no documented wire form, so nothing is said
about accepting them, but every answer must be a declared one and never a 5xx.
"""

from __future__ import annotations

from typing import Any

import pytest
from schemathesis import Case

from ..modes import NEGATIVE, POSITIVE
from ..run import current
from ..server_schema import prepare

pytestmark = pytest.mark.needs_target

RUN = current()
VALID = RUN.server_schema(POSITIVE)
INVALID = RUN.server_schema(NEGATIVE)
ANY_SHAPE = RUN.server_schema(POSITIVE, any_shape=True)


@VALID.parametrize()
def test_valid_requests_are_served(case: Case[Any]) -> None:
    response = RUN.exchange.judge(prepare(case, RUN.target))
    RUN.exchange.follow_next_page(case, response)


@INVALID.parametrize()
def test_invalid_requests_are_refused(case: Case[Any]) -> None:
    RUN.exchange.judge(prepare(case, RUN.target))


@ANY_SHAPE.parametrize()
def test_requests_of_any_shape_are_answered_not_crashed_on(case: Case[Any]) -> None:
    RUN.exchange.judge(prepare(case, RUN.target), any_shape=True)
