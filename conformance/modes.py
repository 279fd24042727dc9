"""Schemathesis's two generation modes, as typed constants.

mypy checks this package against Python 3.10's standard library, which lacks the `StrEnum`
Schemathesis's `GenerationMode` derives from, so its members look like plain strings there;
calling the class keeps them typed as `GenerationMode`.
"""

from __future__ import annotations

from schemathesis import GenerationMode

POSITIVE = GenerationMode("positive")
NEGATIVE = GenerationMode("negative")
