"""Client conformance, responses: every body the spec allows parses, and `to_dict()` gives back exactly that body.

Schemathesis generates bodies from each operation's 200 schema (every activity type, nulls,
optional fields present and absent, unknown extra fields); the generated page model parses
them. A body that fails to parse, or comes back different, is a client that loses data.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from voucherify_activities import models
from voucherify_activities.spec import resolve

from .. import generation, profiles, specs
from ..run import Run, current

RUN = current()
ALL = [op.operation_id for op in specs.operations()]


def _page_schema(operation_id: str) -> str:
    op = specs.operation(operation_id)
    spec = specs.curated()
    response = resolve(spec["paths"][op.path][op.method.lower()]["responses"]["200"], spec)
    ref: str = response["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[-1]


PAGE_SCHEMAS = {operation_id: _page_schema(operation_id) for operation_id in ALL}
BODIES = generation.values({name: {"$ref": f"#/components/schemas/{name}"} for name in PAGE_SCHEMAS.values()})


@pytest.mark.parametrize("operation_id", ALL)
@settings(max_examples=profiles.BODY_EXAMPLES[RUN.settings.profile])
@given(data=st.data())
def test_models_parse_every_page_and_give_it_back_unchanged(run: Run, operation_id: str, data: st.DataObject) -> None:
    name = PAGE_SCHEMAS[operation_id]
    body: Any = data.draw(BODIES[name], label="body")
    run.exchange.check_deadline()  # after the draw: Hypothesis replays what came before
    check = "client: page round trip"
    try:
        parsed = getattr(models, name).from_dict(copy.deepcopy(body))
        restored = parsed.to_dict()
        assert restored == body, "to_dict() differs from the body parsed"
    except Exception as error:
        run.results.failed(operation_id, check, f"{name}: {type(error).__name__}: {error}", json.dumps(body)[:2000])
        raise
    run.results.passed(operation_id, check)
