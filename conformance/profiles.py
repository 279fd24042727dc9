"""Hypothesis profiles of the suites: `ci` (fast, reproducible) and `thorough` (thousands of cases).

Chosen with `--profile` (the console command and the pytest option) or the
`VOUCHERIFY_CONFORMANCE_PROFILE` environment variable; `ci` by default. The counts are per
test and operation: the server suite runs a positive and a negative test per operation, the
client suites one test per operation each.
"""

from __future__ import annotations

from collections.abc import Mapping

from hypothesis import HealthCheck, settings

ENV_PROFILE = "VOUCHERIFY_CONFORMANCE_PROFILE"
DEFAULT_PROFILE = "ci"
PREFIX = "voucherify-conformance-"

_COMMON = settings(
    deadline=None,  # a live server's latency is not a property of the code under test
    database=None,  # write nothing into the user's working directory
    print_blob=False,
    # Requests and responses are large, nested documents: generating them is legitimately slow.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
PROFILES: Mapping[str, settings] = {
    # Same cases on every run: a CI check must not flake, and a failure reproduces locally.
    "ci": settings(_COMMON, max_examples=60, derandomize=True),
    "thorough": settings(_COMMON, max_examples=1000),
}
# Response bodies (deep unions of every activity type) cost ~50 ms each to generate.
BODY_EXAMPLES = {"ci": 30, "thorough": 1000}


def register() -> None:
    for name, profile in PROFILES.items():
        settings.register_profile(PREFIX + name, profile)


def choose(option: str | None, environ: Mapping[str, str]) -> str:
    """The profile name: the option, else the environment, else `ci`; ValueError for an unknown one."""
    name = option or environ.get(ENV_PROFILE) or DEFAULT_PROFILE
    if name not in PROFILES:
        raise ValueError(f"unknown conformance profile {name!r}; choose one of: {', '.join(PROFILES)}")
    return name


def load(name: str) -> None:
    """Make `name` the default settings of every Hypothesis test in this process."""
    register()
    settings.load_profile(PREFIX + name)
