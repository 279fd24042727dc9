"""Behaviour across requests: whole walks and the relations between walks of related requests.

Per operation, on one existing owner: walks inside a window of the newest activities (its
size set by the profile), each page judged by every check; then the walk checks (no item or
cursor twice, no cursor to an empty page, v1 `total`) and the relations (limit, order flip,
filters, `$in`, `$not_in`, junctions) of `walks.Relations`. A failure names the relation and
lists every request involved as a curl command.
"""

from __future__ import annotations

import pytest

from ..modes import POSITIVE
from ..run import Run, current
from ..specs import operations
from ..walks import BUDGETS, Finding, Relations, Walker

pytestmark = pytest.mark.needs_target

RUN = current()
SCHEMA = RUN.server_schema(POSITIVE)
ALL = [op.operation_id for op in operations()]


@pytest.mark.parametrize("operation_id", ALL)
def test_walks_and_relations_hold(run: Run, operation_id: str) -> None:
    owner = run.target.ids_for(operation_id)[0]
    relations = Relations(Walker(run, SCHEMA, operation_id, owner, BUDGETS[run.settings.profile]))
    try:
        relations.run()
    except Finding as finding:  # a page a walk could not go past
        run.results.failed(operation_id, finding.check, str(finding), finding.reproduction)
        relations.findings.append(finding)
    if relations.findings:
        reports = [f"{finding}\nReproduce with:\n{finding.reproduction}" for finding in relations.findings]
        pytest.fail("\n\n".join(reports), pytrace=False)
    if not relations.judged:
        pytest.skip(f"{owner} has too few activities (or none with created_at) to walk and relate")
