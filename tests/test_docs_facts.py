"""Facts the docs state about the code and the checkout, checked against the code."""

from __future__ import annotations

import re

from tests.docs_examples import ROOT
from voucherify_activities import extras


def text(name: str) -> str:
    return (ROOT / name).read_text("utf-8")


def test_the_setup_python_is_what_the_default_sessions_need() -> None:
    default_sessions = re.search(r"nox\.options\.sessions = \[(.*?)\]", text("noxfile.py"), re.DOTALL)
    assert default_sessions
    assert '"conformance"' in default_sessions.group(1)  # which needs the conformance extra
    needed = ".".join(map(str, extras.CONFORMANCE.python))
    contributing = re.search(r"Setup, once: Python (\d+\.\d+)\+", text("CONTRIBUTING.md"))
    readme = re.search(r"On a machine with only Python (\d+\.\d+)\+", text("README.md"))
    assert contributing
    assert readme
    assert contributing.group(1) == readme.group(1) == needed


def test_ci_runs_the_readme_front_door() -> None:
    ci, readme = text(".ci/run"), text("README.md")
    assert "--user" not in ci  # refused by Debian/Ubuntu's system Python (PEP 668)
    for step in ("python3 -m venv .venv", ". .venv/bin/activate", "python3 -m pip install", "python3 -m nox"):
        assert step in ci
        assert step in readme


def test_the_errata_say_where_facts_are() -> None:
    errata = text("openapi/ERRATA.md")
    assert "FACTS" in errata
    assert '"FACTS" is `../shared/VOUCHERIFY-FACTS.md`' in errata
