"""The `voucherify-activities` console script.

Subcommands register themselves in `COMMANDS`; arguments are parsed with the standard library
alone and each subcommand imports what it needs only when run, so `--help`, `--version` and
argument errors are fast and work without any extra installed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import extras

Command = Callable[[argparse.Namespace], int]

# Usage errors (a bad option, a missing extra) exit 4, as pytest's do: 2 is the conformance
# verdict INTERRUPTED, so argparse's own 2 would make the two indistinguishable in a pipeline.
USAGE_ERROR = 4


class Parser(argparse.ArgumentParser):
    """argparse with USAGE_ERROR as the exit status of a usage error; subcommands inherit it."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(USAGE_ERROR, f"{self.prog}: error: {message}\n")


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} must be between 0 and 1")
    return value


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an integer") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} must be >= 0")
    return value


def _port(text: str) -> int:
    value = _non_negative(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"{text} is not a TCP port (0-65535)")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text} must be > 0")
    return value


def add_mock_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(
        "mock",
        help="serve a stateful mock of the four activity endpoints on 127.0.0.1",
        description=(
            "Serve a stateful mock of Voucherify's activity endpoints on 127.0.0.1. Credentials: by default any "
            "non-empty X-App-Id + X-App-Token pair or bearer token is accepted; set VOUCHERIFY_MOCK_APP_ID and "
            "VOUCHERIFY_MOCK_APP_TOKEN (or VOUCHERIFY_MOCK_BEARER_TOKEN) to require specific values."
        ),
    )
    parser.add_argument("--port", type=_port, default=4010, help="port on 127.0.0.1 (0 picks a free one; default 4010)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated dataset (default 7)")
    parser.add_argument("--size", type=_non_negative, default=10_000, help="activities to generate (default 10000)")
    parser.add_argument("--data", type=Path, help="serve the activities in this JSON/JSONL file instead")
    parser.add_argument("--cursor-ttl", type=_positive_float, default=900.0, help="cursor lifetime, seconds (900)")
    parser.add_argument("--rate-limit", type=int, default=10_000, help="calls per minute reported in X-Rate-Limit-*")
    parser.add_argument("--enforce-rate-limit", action="store_true", help="answer 429 past the rate limit")
    parser.add_argument("--fault-429", type=_fraction, default=0.0, help="fraction of requests answered 429")
    parser.add_argument("--fault-503", type=_fraction, default=0.0, help="fraction of requests answered 503")
    parser.add_argument("--retry-after", type=_non_negative, default=1, help="Retry-After of injected faults (s)")
    parser.set_defaults(run=run_mock)


def run_mock(args: argparse.Namespace) -> int:
    problem = extras.problem(extras.MOCK, "voucherify-activities mock")
    if problem:
        print(problem, file=sys.stderr)
        return USAGE_ERROR
    from voucherify_activities.conformance.mock import DataFileError, MockConfig, MockServer  # noqa: PLC0415 - only when used

    try:
        config = MockConfig(
            seed=args.seed,
            size=args.size,
            data_file=args.data,
            cursor_ttl_seconds=args.cursor_ttl,
            app_id=os.environ.get("VOUCHERIFY_MOCK_APP_ID") or None,
            app_token=os.environ.get("VOUCHERIFY_MOCK_APP_TOKEN") or None,
            bearer_token=os.environ.get("VOUCHERIFY_MOCK_BEARER_TOKEN") or None,
            rate_limit=args.rate_limit,
            enforce_rate_limit=args.enforce_rate_limit,
            fault_429_rate=args.fault_429,
            fault_503_rate=args.fault_503,
            retry_after_seconds=args.retry_after,
        )
        server = MockServer(config, port=args.port)
    except (ValueError, OSError, DataFileError) as error:
        print(f"voucherify-activities mock: {error}", file=sys.stderr)
        return 2
    store = server.app.store
    print(f"voucherify-activities mock: {store.size} activities on {server.base_url}", flush=True)
    for kind in ("program", "incentive", "earning_rule", "customer"):
        owners = store.owners(kind)
        if owners:
            print(f"  {kind}: {len(owners)}, e.g. {owners[0]}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


CONFORMANCE_EPILOG = """\
targets:
  (default)         the bundled mock, started on 127.0.0.1 for the run
  --target live     Voucherify: VOUCHERIFY_APP_ID + VOUCHERIFY_APP_TOKEN (or VOUCHERIFY_BEARER_TOKEN),
                    host from VOUCHERIFY_CLUSTER (api, us1, as1) or VOUCHERIFY_BASE_URL
  --base-url URL    any server, credentials from the same variables
  Ids of existing resources to test against (live and URL targets): VOUCHERIFY_PROGRAM_ID,
  VOUCHERIFY_INCENTIVE_ID, VOUCHERIFY_EARNING_RULE_ID, VOUCHERIFY_CUSTOMER_ID; an operation
  without one is skipped. Live and URL runs send GET requests only and wait out 429 Retry-After.
  Without credentials the server suites are skipped, never failed: the verdict is NOT CHECKED.

verdicts and exit status:
  PASS 0; FAIL 1; INTERRUPTED 2 (Ctrl-C, SIGTERM); NOT CHECKED 5 (no server response judged);
  INCOMPLETE 5 (some tests skipped); --allow-skips turns the two 5s into 0. Usage errors and a missing extra: 4.
"""


def add_conformance_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(
        "conformance",
        help="check a server (the bundled mock by default) and the client against the spec",
        description=(
            "Run the conformance suites: Schemathesis against the server (every response check, "
            "negative testing, strict mode for undeclared fields) and the client's requests and "
            "models against the spec. Prints operations x checks, the first failure with a curl "
            "reproduction and a verdict; credentials only from the environment, never printed."
        ),
        epilog=CONFORMANCE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--target", choices=("mock", "live"), default="mock", help="what to check (default: mock)")
    where.add_argument("--base-url", help="check the server at this URL instead")
    parser.add_argument(
        "--profile",
        choices=("ci", "thorough"),
        help="ci: fast and reproducible (default); thorough: thousands of cases "
        "(or set VOUCHERIFY_CONFORMANCE_PROFILE)",
    )
    parser.add_argument(
        "--strict",
        choices=("warn", "fail", "off"),
        default="warn",
        help="response fields the spec does not declare: report as warnings (default), fail, or ignore",
    )
    parser.add_argument("--suite", choices=("all", "server", "client"), default="all", help="which suites to run")
    parser.add_argument(
        "--operation", action="append", default=[], metavar="OPERATION_ID", help="only this operation (repeatable)"
    )
    parser.add_argument("--junit-xml", type=Path, metavar="FILE", help="write a JUnit XML report here")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the summary as JSON here")
    parser.add_argument("--rate-limit", metavar="N/UNIT", help="request rate cap, e.g. 10/s (live default: 5/s)")
    parser.add_argument(
        "--allow-skips",
        action="store_true",
        help="exit 0 even when nothing, or not everything, could be checked (the verdict still says so)",
    )
    parser.add_argument(
        "--time-budget",
        type=_positive_float,
        metavar="SECONDS",
        help="stop sending cases after this long and end with the summary (for --profile thorough)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every test and its outcome")
    parser.set_defaults(run=run_conformance)


def run_conformance(args: argparse.Namespace) -> int:
    problem = extras.problem(extras.CONFORMANCE, "voucherify-activities conformance")
    if problem:
        print(problem, file=sys.stderr)
        return USAGE_ERROR
    from voucherify_activities.conformance import runner  # noqa: PLC0415 - only when used

    options = runner.Options(
        target=args.target,
        base_url=args.base_url,
        profile=args.profile,
        strict=args.strict,
        suite=args.suite,
        operations=tuple(args.operation),
        junit_xml=args.junit_xml,
        json_report=args.json,
        rate_limit=args.rate_limit,
        verbose=args.verbose,
        allow_skips=args.allow_skips,
        time_budget=args.time_budget,
    )
    return runner.run(options)


COMMANDS: list[Callable[[argparse._SubParsersAction[Parser]], None]] = [
    add_mock_parser,
    add_conformance_parser,
]


class VersionAction(argparse.Action):
    """`--version`: the installed distribution's version, looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        from importlib.metadata import version  # noqa: PLC0415 - costs a few ms; only for --version

        print(f"{parser.prog} {version(extras.DISTRIBUTION)}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="voucherify-activities", description="Voucherify activity-log tools.")
    parser.add_argument("--version", action=VersionAction, help="print the installed version and exit")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for add in COMMANDS:
        add(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Command = args.run
    return run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
