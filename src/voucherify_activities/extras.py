"""Optional extras, and the one message that says why a feature needing one cannot run here.

Used by the CLI's subcommands and the pytest plugin's fixtures alike, before they import the
heavy parts, so a missing extra (or a Python too old for it) reads the same everywhere.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass

DISTRIBUTION = "voucherify-activities"


@dataclass(frozen=True)
class Extra:
    name: str
    modules: tuple[str, ...]  # import names that must be installed
    python: tuple[int, int] = (3, 10)  # the oldest Python the extra installs on
    python_reason: str = ""


# The stateful mock server (`voucherify-activities mock`, the `voucherify_mock` fixtures).
MOCK = Extra("mock", ("uvicorn", "jsonschema"))
# The contract check (`voucherify-activities conformance`); pyproject's markers skip Schemathesis on 3.10.
CONFORMANCE = Extra(
    "conformance",
    ("schemathesis", "openapi_core", "pytest", "hypothesis", "uvicorn"),
    python=(3, 11),
    python_reason="Schemathesis 4 needs it",
)


def problem(extra: Extra, feature: str) -> str | None:
    """Why `feature` cannot run in this environment, as one friendly line, or None when it can."""
    if sys.version_info[:2] < extra.python:
        wanted = ".".join(map(str, extra.python))
        running = ".".join(map(str, sys.version_info[:3]))
        reason = f" ({extra.python_reason})" if extra.python_reason else ""
        return f"{feature} needs Python {wanted}+{reason}; this is Python {running}"
    missing = [name for name in extra.modules if importlib.util.find_spec(name) is None]
    if missing:
        return (
            f"{feature} needs the '{extra.name}' extra (missing: {', '.join(missing)}): "
            f"pip install '{DISTRIBUTION}[{extra.name}]'"
        )
    return None
