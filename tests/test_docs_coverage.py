"""Every fact the Voucherify reference pages state is encoded, exactly, where it belongs in the spec.

The facts come from ``scripts/docs_pages.py`` (pages -> facts per operation and location); the
spec is the curated bundle (the ``spec`` fixture of conftest.py: ``scripts.bundle.bundle()``,
what ``python scripts/bundle.py`` writes to build/openapi.json, so never stale). One case per
fact, no exclusions: a failure names the operation, the location and what is missing.

The pages are found at ``<repo>/../shared/docs-pages``, or at ``$VOUCHERIFY_DOCS_PAGES``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from scripts import docs_pages
from scripts.docs_pages import V1_CUSTOMER, V2_EARNING_RULE, V2_INCENTIVE, V2_PROGRAM, Fact

ROOT = Path(__file__).resolve().parent.parent
PAGES_DIR = Path(os.environ.get("VOUCHERIFY_DOCS_PAGES") or ROOT.parent / "shared" / "docs-pages")

if not PAGES_DIR.is_dir():
    pytest.fail(
        f"docs coverage: the Voucherify reference pages are not at {PAGES_DIR}; "
        "check out the shared docs pages next to the repo or set VOUCHERIFY_DOCS_PAGES",
        pytrace=False,
    )

FACTS_BY_OPERATION = docs_pages.load_page_facts(PAGES_DIR)
FACTS = [fact for facts in FACTS_BY_OPERATION.values() for fact in facts]


def fact_id(fact: Fact) -> str:
    """``v2-incentives query:filters[id][conditions][$in] items``."""
    parts = fact.operation.split(" ", 1)[1].split("/")
    return f"{parts[1]}-{parts[-3]} {fact.location} {fact.kind}"


def describe(fact: Fact) -> str:
    value: object = fact.value
    if fact.kind == "example_keys":
        value = f"{len(fact.value)} key paths"
    elif fact.kind == "enum" and len(fact.value) > 6:
        value = f"{len(fact.value)} values {fact.value[:3]}..."
    return f"{fact.operation}: {fact.source} states {fact.kind} {value} at {fact.location}"


@pytest.mark.parametrize("fact", FACTS, ids=fact_id)
def test_docs_fact_is_encoded(spec: dict[str, Any], fact: Fact) -> None:
    problems = docs_pages.check_fact(spec, fact)
    assert not problems, "\n".join([describe(fact), *problems])


# Guards against a parser regression that finds nothing and so passes vacuously.
MINIMUM_FACTS = {V1_CUSTOMER: 7, V2_PROGRAM: 10, V2_INCENTIVE: 18, V2_EARNING_RULE: 5}

EXPECTED_SIZES = [
    (V1_CUSTOMER, "query:order", "enum", 12),
    (V1_CUSTOMER, "query:campaign_type", "enum", 5),
    (V1_CUSTOMER, "response:data[].type", "enum", 74),
    (V1_CUSTOMER, "response:data[].data.event_source.channel", "enum", 4),
    (V1_CUSTOMER, "response:data[type=customer.confirmed].data.data.customer.object", "enum", 1),
    (V2_PROGRAM, docs_pages.condition("type", "$in"), "enum", 13),
    (V2_PROGRAM, "query:filters[junction]", "enum", 2),
    (V2_PROGRAM, "query:order", "enum", 2),
    (V2_INCENTIVE, docs_pages.condition("type", "$not_in"), "enum", 5),
    (V2_EARNING_RULE, docs_pages.condition("type", "$is"), "enum", 8),
]

MINIMUM_EXAMPLE_KEYS = {V1_CUSTOMER: 70, V2_PROGRAM: 25, V2_INCENTIVE: 90, V2_EARNING_RULE: 150}


@pytest.mark.parametrize(("operation", "minimum"), MINIMUM_FACTS.items())
def test_engine_finds_the_facts_of_each_operation(operation: str, minimum: int) -> None:
    assert len(FACTS_BY_OPERATION.get(operation, [])) >= minimum


@pytest.mark.parametrize(("operation", "location", "kind", "size"), EXPECTED_SIZES)
def test_engine_reads_whole_value_lists(operation: str, location: str, kind: str, size: int) -> None:
    [fact] = [f for f in FACTS_BY_OPERATION[operation] if (f.location, f.kind) == (location, kind)]
    assert len(fact.value) == size


@pytest.mark.parametrize(("operation", "minimum"), MINIMUM_EXAMPLE_KEYS.items())
def test_engine_reads_the_example_response(operation: str, minimum: int) -> None:
    [fact] = [f for f in FACTS_BY_OPERATION[operation] if f.kind == "example_keys"]
    assert len(fact.value) >= minimum
    assert "data" in fact.value
