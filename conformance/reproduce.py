"""Runnable curl commands for the requests behind a finding, credentials as environment placeholders.

A person pastes them into a shell with their own `VOUCHERIFY_*` variables set and sees the
same answer; a credential value never appears (a wrong one a probe sent on purpose does).
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping

from voucherify_activities.spec import api_key_headers

BEARER_PLACEHOLDER = "Bearer $VOUCHERIFY_BEARER_TOKEN"


def placeholders() -> dict[str, str]:
    """Auth header name (lower case) -> what a reproduction sends instead of the configured value."""
    app_id, app_token = api_key_headers()
    return {
        app_id.lower(): "$VOUCHERIFY_APP_ID",
        app_token.lower(): "$VOUCHERIFY_APP_TOKEN",
        "authorization": BEARER_PLACEHOLDER,
    }


def curl(url: str, sent: Mapping[str, str | bytes], configured: Mapping[str, str]) -> str:
    """`curl` for a GET of `url`: each auth header sent with the configured value becomes its placeholder.

    `sent`: the request's headers; `configured`: the target's credentials. Other headers
    (user agent, test-case ids) say nothing about the answer and are left out.
    """
    known = placeholders()
    configured_lower = {name.lower(): value for name, value in configured.items()}
    parts = ["curl -sS -X GET"]
    for name, raw in sent.items():
        value = raw.decode("latin-1") if isinstance(raw, bytes) else raw
        lower = name.lower()
        if lower not in known:
            continue
        shown = known[lower] if configured_lower.get(lower) == value else value
        # Double quotes: the shell expands the placeholder; a literal value is quoted as it is.
        text = f'"{name}: {shown}"' if shown == known[lower] else shlex.quote(f"{name}: {shown}")
        parts.append(f"-H {text}")
    parts.append(shlex.quote(url))
    return " ".join(parts)
