"""The package version: `[project] version` of pyproject.toml, the one place it is written.

The bundled spec's `info.version` is stamped from it (scripts/bundle.py) and the release
checks compare the built wheel and its `openapi.json` against it.
"""

from __future__ import annotations

import re
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def project_version(pyproject: Path = PYPROJECT) -> str:
    """Read with a regex: tomllib needs Python 3.11 and the client supports 3.10."""
    text = pyproject.read_text(encoding="utf-8")
    table = re.search(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", text, re.M | re.S)
    match = re.search(r'^version\s*=\s*"([^"]+)"', table.group(1) if table else "", re.M)
    if match is None:
        raise ValueError(f'{pyproject}: no `version = "..."` in [project]')
    return match.group(1)
