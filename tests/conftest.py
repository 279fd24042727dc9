"""Shared fixtures: the bundled spec and validators for its schemas."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.bundle import bundle
from tests.spec_helpers import Validators, validators


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The curated spec, bundled from openapi/ (not the codegen variant)."""
    return bundle()


@pytest.fixture(scope="session")
def schema_validator(spec: dict[str, Any]) -> Validators:
    return validators(spec)
