"""Activities from a file instead of the generated dataset: a JSON array, `{"data": [...]}`, or JSONL.

Each activity is checked against the spec's item schema of its kind, and its owner is read
from it: `program_id` (program), `incentive_id` (incentive), `data.earning_rule.id` (earning
rule, `vl.earning_rule.*` types), `data.data.customer.id` and `.source_id` (v1 customer).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from voucherify_activities.spec import validator

from .dataset import ActivityLog, Dataset
from .query import FORMATS, parse_datetime_ms
from .relations import NONE, extract
from .templates import Template, dumps

ITEM_SCHEMAS = {
    "program": "ProgramActivity",
    "incentive": "IncentiveActivity",
    "earning_rule": "EarningRuleActivity",
    "customer": "CustomerActivity",
}


class DataFileError(ValueError):
    """The data file cannot be used; the message names the entry and what is wrong."""


def _read(path: Path) -> list[tuple[str, Any]]:
    """(where, activity) pairs: a JSON array, {"data": [...]}, or one activity per line (JSONL)."""
    text = path.read_text("utf-8")
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        document = None
    if isinstance(document, list):
        return [(f"{path} item {index}", item) for index, item in enumerate(document)]
    if isinstance(document, dict) and isinstance(document.get("data"), list):
        return [(f"{path} item {index}", item) for index, item in enumerate(document["data"])]
    if isinstance(document, dict):
        return [(f"{path} line 1", document)]
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                found.append((f"{path} line {number}", json.loads(line)))
            except json.JSONDecodeError as error:
                raise DataFileError(f"{path} line {number}: not JSON ({error})") from None
    return found


def _kind(activity: dict[str, Any]) -> str:
    kind = str(activity.get("type", ""))
    if "program_id" in activity or kind.startswith("vl.program."):
        return "program"
    if "incentive_id" in activity or kind.startswith("vl.incentive."):
        return "incentive"
    if kind.startswith("vl.earning_rule."):
        return "earning_rule"
    return "customer"


def _owner(kind: str, activity: dict[str, Any]) -> tuple[str | None, tuple[str, ...]]:
    raw = activity.get("data")
    data: dict[str, Any] = raw if isinstance(raw, dict) else {}
    if kind == "program":
        return activity.get("program_id") or data.get("program", {}).get("id"), ()
    if kind == "incentive":
        return activity.get("incentive_id"), ()
    if kind == "earning_rule":
        return data.get("earning_rule", {}).get("id"), ()
    customer = data.get("data", {}).get("customer", {}) if isinstance(data.get("data"), dict) else {}
    source_id = customer.get("source_id")
    return customer.get("id"), (source_id,) if isinstance(source_id, str) else ()


def load_file(path: Path) -> Dataset:
    """A dataset holding exactly the activities in `path`; DataFileError naming the first bad entry."""
    validators = {
        kind: validator({"$ref": f"#/components/schemas/{name}"}, format_checker=FORMATS)
        for kind, name in ITEM_SCHEMAS.items()
    }
    dataset = Dataset()
    logs: dict[tuple[str, str], ActivityLog] = {}
    seen: set[str] = set()
    for where, activity in _read(Path(path)):
        if not isinstance(activity, dict):
            raise DataFileError(f"{where}: an activity must be a JSON object")
        kind = _kind(activity)
        error = next(validators[kind].iter_errors(activity), None)
        if error is not None:
            at = "/".join(str(p) for p in error.absolute_path) or "(top level)"
            raise DataFileError(f"{where}: not a valid {ITEM_SCHEMAS[kind]} at {at}: {error.message[:300]}")
        owner, aliases = _owner(kind, activity)
        activity_id, created = activity.get("id"), activity.get("created_at")
        if not isinstance(owner, str) or not owner:
            raise DataFileError(f"{where}: cannot tell which {kind.replace('_', ' ')} the activity belongs to")
        if not isinstance(activity_id, str) or not isinstance(created, str):
            raise DataFileError(f"{where}: `id` and `created_at` are required")
        if activity_id in seen:
            raise DataFileError(f"{where}: duplicate activity id {activity_id}")
        seen.add(activity_id)
        log = logs.get((kind, owner))
        if log is None:
            log = logs[(kind, owner)] = ActivityLog(kind, owner, aliases=aliases)
            dataset.logs.append(log)
        log.ids.append(activity_id)
        log.created.append(int(parse_datetime_ms(created) or 0))
        log.types.append(str(activity.get("type", "")))
        log.templates.append(dataset.add_template(Template.fixed(dumps(activity))))
        log.relations.append(extract(activity) if kind == "customer" else NONE)
    return dataset
