"""The HTTP session every suite request goes through: GET-only for anything but the bundled mock, 429-aware.

Schemathesis sends with `requests`; passing this session to every call (and to the checks
that send probes of their own) puts both rules in one place.
"""

from __future__ import annotations

from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

# Voucherify's Retry-After is a few seconds; a rate-limited run waits rather than fails,
# but gives up after this many answers of 429 in a row and lets the checks see the 429.
MAX_RATE_LIMIT_RETRIES = 5


class ReadOnlyViolation(RuntimeError):
    """The suite tried to send something other than GET to a target that is not the bundled mock."""


class ConformanceSession(requests.Session):
    """A `requests.Session` that retries 429 after Retry-After and, when `read_only`, refuses all but GET."""

    def __init__(self, *, read_only: bool, retries: int = MAX_RATE_LIMIT_RETRIES) -> None:
        super().__init__()
        self.read_only = read_only
        retry = Retry(
            total=retries,
            connect=0,
            read=0,
            redirect=0,
            status=retries,
            status_forcelist=(429,),
            allowed_methods=frozenset({"GET"}),
            respect_retry_after_header=True,
            backoff_factor=0.5,  # when a 429 carries no Retry-After
            raise_on_status=False,  # the last 429 goes to the checks, which accept it as documented
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.mount("http://", adapter)
        self.mount("https://", adapter)

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        verb = method.decode() if isinstance(method, bytes) else method
        if self.read_only and verb.upper() != "GET":
            raise ReadOnlyViolation(f"refusing to send {verb.upper()} to a live target: the suite is GET-only there")
        return super().request(verb, url if isinstance(url, str) else url.decode(), *args, **kwargs)
