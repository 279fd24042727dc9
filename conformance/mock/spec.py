"""What the mock reads from the bundled spec beyond operations and parameters.

Everything the mock enforces (parameter schemas, enums, patterns, bounds, defaults) comes from
the spec shipped in the package (`voucherify_activities.spec` loads it and lists its
operations), so a spec change changes the mock without retyping any rule.
"""

from __future__ import annotations

from typing import Any

JSON = Any


def schema(spec: dict[str, JSON], name: str) -> dict[str, JSON]:
    """A component schema by name."""
    found: dict[str, JSON] = spec["components"]["schemas"][name]
    return found


def enum_of(spec: dict[str, JSON], name: str) -> tuple[str, ...]:
    """The enum values of a component schema."""
    return tuple(schema(spec, name)["enum"])


def cursor_prefix(spec: dict[str, JSON], token_schema_name: str, fallback: str) -> str:
    """The literal prefix of a cursor-token pattern (`^lcrsapr_[a-f0-9]+$` -> `lcrsapr_`), else `fallback`."""
    pattern = schema(spec, token_schema_name).get("pattern")
    if not pattern:
        return fallback
    return str(pattern).removeprefix("^").split("[", 1)[0]
