"""Path parameters: checked and encoded in one place, for the high-level client and the generated functions.

- The spec's pattern must match the *whole* value (``re.fullmatch``): with ``re.search``,
  ``^lprg_[a-f0-9]+$`` accepts ``"lprg_0a1b\\n"`` because ``$`` also matches before a final newline.
- ``.`` and ``..`` are refused: a URL resolver (httpx among them) removes dot segments, so
  ``/v1/customers/../activities`` would ask for ``/v1/activities``.
- Everything else is percent-encoded as one segment: a customer ``source_id`` may contain ``/``,
  which goes out as ``%2F`` and is never split into two segments.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import quote

from .errors import ParameterError

DOT_SEGMENTS = frozenset({".", ".."})


@functools.cache
def _pattern(operation_id: str, parameter: str) -> re.Pattern[str] | None:
    from . import spec  # noqa: PLC0415 - the generated functions import this module; the spec loads on first use

    schema = spec.resolve(_parameter_schema(operation_id, parameter))
    text = schema.get("pattern") if isinstance(schema, dict) else None
    return re.compile(text) if isinstance(text, str) else None


def _parameter_schema(operation_id: str, parameter: str) -> object:
    from . import spec  # noqa: PLC0415

    path_parameter = spec.operation(operation_id).path_parameter
    if path_parameter.name != parameter:  # pragma: no cover - the templates pass the spec's own name
        raise LookupError(f"{operation_id} has no path parameter {parameter!r}")
    return path_parameter.schema


def path_segment(operation_id: str, parameter: str, value: object, *, label: str | None = None) -> str:
    """``value`` checked against the path parameter's rules and percent-encoded as one URL segment.

    ``label`` is what the caller calls the value (``program_id``) in the ParameterError; default ``parameter``.
    """
    name = label or parameter
    if not isinstance(value, str) or not value:
        raise ParameterError(name, f"{value!r} is not a non-empty string", "non-empty string")
    if value in DOT_SEGMENTS:
        raise ParameterError(name, f"{value!r} is a dot segment: the URL would point at another path", "not . or ..")
    pattern = _pattern(operation_id, parameter)
    if pattern is not None and pattern.fullmatch(value) is None:
        raise ParameterError(name, f"{value!r} does not match {pattern.pattern}", f"pattern {pattern.pattern}")
    return quote(value, safe="")
