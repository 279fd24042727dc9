"""Synthetic changes to copies of the reference pages, one per kind of change a BETA page can
make: what to edit, what drift-pages must report, and whether `refresh` applies it itself.

Shared by tests/test_drift_pages.py (each is reported) and tests/test_drift_refresh.py (each is
applied, or left for a person).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scripts.docs_pages import V1_CUSTOMER, V2_EARNING_RULE, V2_INCENTIVE, V2_PROGRAM, condition

PROGRAM_PAGE = "program-activities-v2.txt"
INCENTIVE_PAGE = "incentive-activities-v2.txt"
V1_PARAMETERS_PAGE = "customer-activities-v1.parameters.txt"
V1_PAGE = "customer-activities-v1.txt"
EARNING_RULE_PAGE = "earning-rule-activities-v2.txt"
V1_PAGES = (V1_PARAMETERS_PAGE, V1_PAGE)

Edit = tuple[str, str, str, int]  # page, old text, new text, how many occurrences
Expected = tuple[str, str, str, str]  # operation, location, aspect, change


@dataclass(frozen=True)
class Mutation:
    name: str
    edits: tuple[Edit, ...]
    reported: frozenset[Expected]
    mechanical: bool  # refresh applies it; otherwise it is left for a person
    person: str = ""  # what refresh leaves for a person even so (text of its list), if anything

    def apply(self, pages: Path) -> None:
        for page, old, new, count in self.edits:
            edit(pages, page, old, new, count)


def edit(pages: Path, page: str, old: str, new: str, count: int = 1) -> None:
    path = pages / page
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"{page} no longer contains {old!r}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _both_v1(old_parameters: str, old_page: str, new: str) -> tuple[Edit, ...]:
    """The same change on both v1 pages, whose line breaks differ."""
    return ((V1_PARAMETERS_PAGE, old_parameters, new, 1), (V1_PAGE, old_page, new.replace("\n", " "), 1))


_PRODUCT = "By applying this parameter you request only events related to specific product identified by its ID.\n"
TYPES = ("$is", "$is_not", "$in", "$not_in")

MUTATIONS = (
    Mutation(
        "incentive limit default 10 -> 25",
        ((INCENTIVE_PAGE, "(1\u2013100, default 10)", "(1\u2013100, default 25)", 1),),
        frozenset({(V2_INCENTIVE, "query:limit", "default", "changed")}),
        True,
    ),
    Mutation(
        "program limit default 10 -> 20",
        ((PROGRAM_PAGE, "(1-100, default 10)", "(1-100, default 20)", 1),),
        frozenset({(V2_PROGRAM, "query:limit", "default", "changed")}),
        True,
    ),
    Mutation(
        "v1 starting_after deprecated",
        _both_v1(
            "A cursor for pagination. starting_after\nis",
            "A cursor for pagination. starting_after is",
            "A cursor for pagination. starting_after\nis deprecated: use starting_after_id. It is",
        ),
        frozenset({(V1_CUSTOMER, "query:starting_after", "deprecated", "changed")}),
        True,
    ),
    Mutation(
        "program order deprecated",
        ((PROGRAM_PAGE, "Sort order for activities\n", "Sort order for activities (deprecated)\n", 1),),
        frozenset({(V2_PROGRAM, "query:order", "deprecated", "changed")}),
        True,
    ),
    Mutation(
        "v1 product_id removed",
        ((V1_PARAMETERS_PAGE, _PRODUCT + '"prod_3ttSkdxGuAfcv3"\n', "", 1), (V1_PAGE, _PRODUCT, "", 1)),
        frozenset({(V1_CUSTOMER, "query:product_id", "parameter", "gone")}),
        False,
        "query:product_id: parameter gone",
    ),
    Mutation(
        "program filter field renamed (creation date -> update date)",
        ((PROGRAM_PAGE, "Filter by activity creation date.", "Filter by activity update date.", 1),),
        frozenset(
            {
                (V2_PROGRAM, "query:filters[updated_at]", "filter field", "new"),
                (V2_PROGRAM, "query:filters[created_at]", "filter field", "gone"),
            }
        ),
        False,
        "query:filters[updated_at]: filter field new",
    ),
    Mutation(
        "program type value added",
        (
            (
                PROGRAM_PAGE,
                "vl.program.tier_structure.unassigned\n",
                "vl.program.tier_structure.unassigned,\nvl.program.archived\n",
                1,
            ),
        ),
        frozenset({(V2_PROGRAM, condition("type", op), "enum value", "new") for op in TYPES}),
        True,
    ),
    Mutation(
        "earning rule type value removed",
        ((EARNING_RULE_PAGE, "vl.earning_rule.assigned, vl.earning_rule.unassigned ", "vl.earning_rule.assigned ", 1),),
        frozenset({(V2_EARNING_RULE, condition("type", "$is"), "enum value", "gone")}),
        True,
        "EarningRuleActivityPageCustomEvent no longer fits",  # our example uses the value
    ),
    Mutation(
        "v1 order value removed",
        _both_v1("\n, category\n, -category\n", ", category, -category ", "\n"),
        frozenset({(V1_CUSTOMER, "query:order", "enum value", "gone")}),
        True,
    ),
    Mutation(
        "program cursor pattern changed",
        ((PROGRAM_PAGE, "^lcrsapr_[a-f0-9]+$", "^lcrsapr_[a-z0-9]+$", 1),),
        frozenset({(V2_PROGRAM, "query:cursor", "pattern", "changed")}),
        True,
    ),
    Mutation(
        "earning rule limit bounds 1..100 -> 1..50",
        ((EARNING_RULE_PAGE, "1 <= x <= 100Sort order.", "1 <= x <= 50Sort order.", 1),),
        frozenset({(V2_EARNING_RULE, "query:limit", "bounds", "changed")}),
        True,
    ),
    Mutation(
        "incentive type array size 1..10 -> 1..20",
        ((INCENTIVE_PAGE, "1 - 10 elements", "1 - 20 elements", 2),),
        frozenset({(V2_INCENTIVE, condition("type", op), "items", "changed") for op in ("$in", "$not_in")}),
        True,
    ),
    Mutation(
        "program example gains fields",
        (
            (
                PROGRAM_PAGE,
                '"program_id": "<string>"',
                '"program_id": "<string>",\n"points": 123,\n"reverted_at": "2023-11-07T05:31:56Z"',
                2,
            ),
        ),
        frozenset(
            {
                (V2_PROGRAM, "response:data[].points", "property", "new"),
                (V2_PROGRAM, "response:data[].reverted_at", "property", "new"),
            }
        ),
        True,
    ),
)

# Pages that are not readable pages at all: each must exit 2 naming the file.
UNREADABLE: dict[str, bytes | None] = {
    "truncated": None,  # the first third of the real page
    "empty": b"",
    "html error page": b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
    b"<body><h1>502 Bad Gateway</h1></body></html>\n",
    "binary garbage": bytes(range(256)) * 8,
}
