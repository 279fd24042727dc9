"""Serving activities from a file: JSON array, {"data": [...]}, JSONL; bad entries named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from voucherify_activities.conformance.mock import DataFileError, MockApp, MockConfig

from .test_mock_support import all_activities, app, get

KINDS = ("program", "incentive", "earning_rule", "customer")


def _everything() -> list[dict[str, Any]]:
    mock = app()
    return [a for kind in KINDS for owner in mock.store.owners(kind) for a in all_activities(mock, kind, owner)]


@pytest.mark.parametrize("form", ["array", "data", "jsonl"])
def test_a_dumped_dataset_serves_the_same_pages(tmp_path: Path, form: str) -> None:
    activities = _everything()
    path = tmp_path / ("activities.jsonl" if form == "jsonl" else "activities.json")
    if form == "jsonl":
        path.write_text("\n".join(json.dumps(a) for a in activities) + "\n")
    else:
        path.write_text(json.dumps(activities if form == "array" else {"data": activities}))
    loaded = MockApp(MockConfig(data_file=path))
    assert loaded.store.size == len(activities)
    original = app()
    for kind in KINDS:
        for owner in original.store.owners(kind)[:2]:
            for query in ("limit=25", "limit=25&order=created_at"):
                mine, theirs = (
                    json.loads(get(loaded, kind, owner, query).body),
                    json.loads(get(original, kind, owner, query).body),
                )
                assert mine["data"] == theirs["data"]
                assert (mine.get("cursor") is None) == (
                    theirs.get("cursor") is None
                )  # tokens differ: per-server secret


def test_customers_from_a_file_are_found_by_source_id(tmp_path: Path) -> None:
    activities = [a for a in _everything() if a["type"].startswith("customer.")]
    path = tmp_path / "customers.json"
    path.write_text(json.dumps(activities))
    loaded = MockApp(MockConfig(data_file=path))
    source_id = next(
        a["data"]["data"]["customer"]["source_id"]
        for a in activities
        if "source_id" in a["data"]["data"].get("customer", {})
    )
    assert get(loaded, "customer", source_id).status == 200


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "laprg_1", "type": "vl.program.nope", "program_id": "lprg_1"}', "line 1: not a valid ProgramActivity"),
        ("[1]", "item 0: an activity must be a JSON object"),
        ('{"id": "x"}\nnot json\n', "line 2: not JSON"),
        (
            '[{"type": "vl.earning_rule.created", "id": "laern_1", "created_at": "2026-01-01T00:00:00Z", "data": {}}]',
            "cannot tell",
        ),
    ],
)
def test_bad_files_name_the_entry(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(DataFileError, match=message):
        MockApp(MockConfig(data_file=path))


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    activity = next(a for a in _everything() if a["type"].startswith("vl.program."))
    path = tmp_path / "twice.json"
    path.write_text(json.dumps([activity, activity]))
    with pytest.raises(DataFileError, match="duplicate activity id"):
        MockApp(MockConfig(data_file=path))
