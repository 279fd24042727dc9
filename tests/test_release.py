"""The release script's rules, each seen failing on a broken variant: metadata users see on the
index, the version's single source, the changelog rules, and credentials kept out of output.

The real artefacts are checked by `nox -s build`; the upload round trip against a real index is
`nox -s release-roundtrip`.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path
from typing import Any

import pytest

from scripts import release
from scripts.bundle import ROOT, bundle
from scripts.project_version import project_version

VERSION = "1.2.3"
GOOD_METADATA = f"""\
Metadata-Version: 2.4
Name: voucherify-activities
Version: {VERSION}
Project-URL: Source, https://example.invalid/src
Project-URL: Issues, https://example.invalid/issues
Project-URL: Changelog, https://example.invalid/changelog
License-Expression: MIT
License-File: LICENSE
Classifier: Programming Language :: Python :: 3.10
Classifier: Programming Language :: Python :: 3.11
Requires-Python: >=3.10
Description-Content-Type: text/markdown

# voucherify-activities
"""
GOOD_FILES: dict[str, str | bytes] = {
    f"voucherify_activities-{VERSION}.dist-info/licenses/LICENSE": "MIT License",
    release.SHIPPED_SPEC: json.dumps({"info": {"version": VERSION}}),
}


def parse(text: str) -> Message:
    return HeaderParser().parsestr(text)


def test_good_metadata_has_no_problems() -> None:
    assert release.metadata_problems(parse(GOOD_METADATA), dict(GOOD_FILES), VERSION) == []


Files = dict[str, str | bytes]
Breakage = Callable[[str, Files], tuple[str, Files]]


def in_metadata(old: str, new: str) -> Breakage:
    return lambda metadata, files: (metadata.replace(old, new), files)


def without_file(fragment: str) -> Breakage:
    return lambda metadata, files: (metadata, {name: data for name, data in files.items() if fragment not in name})


def shipped_spec_version(version: str) -> Breakage:
    return lambda metadata, files: (
        metadata,
        {**files, release.SHIPPED_SPEC: json.dumps({"info": {"version": version}})},
    )


PY313 = "Classifier: Programming Language :: Python :: 3.13\n"


@pytest.mark.parametrize(
    ("breakage", "problem"),
    [
        (in_metadata(f"Version: {VERSION}", "Version: 1.2.4"), "Version is 1.2.4"),
        (in_metadata("License-Expression: MIT", "License-Expression: GPL-3.0"), "License-Expression"),
        (in_metadata("License-File: LICENSE\n", ""), "LICENSE file is not shipped"),
        (without_file("licenses/LICENSE"), "LICENSE file is not shipped"),
        (in_metadata("Project-URL: Issues, https://example.invalid/issues\n", ""), "Project-URL"),
        (in_metadata("Description-Content-Type: text/markdown\n", ""), "README"),
        (in_metadata("Classifier: Programming Language :: Python :: 3.10\n", ""), "classifiers"),
        (in_metadata(">=3.10", ">=3.9"), "classifiers"),
        (in_metadata("3.11\n", "3.11\n" + PY313), "classifiers"),
        (without_file(release.SHIPPED_SPEC), "openapi.json is not in the wheel"),
        (shipped_spec_version("1.2.2"), "info.version 1.2.2"),
    ],
)
def test_each_metadata_breakage_is_reported(breakage: Breakage, problem: str) -> None:
    metadata, files = breakage(GOOD_METADATA, dict(GOOD_FILES))
    assert (metadata, files) != (GOOD_METADATA, GOOD_FILES), "the breakage must change something"
    problems = release.metadata_problems(parse(metadata), files, VERSION)
    assert len(problems) == 1, problems
    assert problem in problems[0]


CHANGELOG = """# Changelog

## [Unreleased]

## [1.2.3] - 2026-12-01

### Added

- A thing.

## [1.2.2] - 2026-11-01
"""


def test_changelog_release_rules() -> None:
    assert release.changelog_problems(CHANGELOG, VERSION) == []
    [missing] = release.changelog_problems(CHANGELOG, "1.3.0")
    assert "no `## [1.3.0] - YYYY-MM-DD` entry" in missing
    waiting = CHANGELOG.replace("## [Unreleased]\n", "## [Unreleased]\n\n### Fixed\n\n- Not released yet.\n")
    [left] = release.changelog_problems(waiting, VERSION)
    assert "notes under [Unreleased]" in left
    undated = CHANGELOG.replace("## [1.2.3] - 2026-12-01", "## [1.2.3]")
    assert release.changelog_problems(undated, VERSION) != []


def test_the_changelog_has_the_current_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    problems = release.changelog_problems(text, project_version())
    assert not [problem for problem in problems if problem.startswith("CHANGELOG.md has no `")], problems


def test_the_spec_version_is_the_package_version() -> None:
    """One source of truth: pyproject.toml's version, stamped into the bundle and the shipped spec."""
    assert "version:" not in (ROOT / "openapi" / "openapi.yaml").read_text(encoding="utf-8").split("servers:")[0]
    assert bundle()["info"]["version"] == project_version()
    shipped = json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))
    assert shipped["info"]["version"] == project_version()
    assert list(shipped["info"])[:2] == ["title", "version"]


def test_a_revision_that_names_its_version_keeps_it(tmp_path: Path) -> None:
    (tmp_path / "openapi.yaml").write_text("openapi: 3.1.0\ninfo:\n  title: t\n  version: 0.0.9\npaths: {}\n")
    assert bundle(tmp_path)["info"]["version"] == "0.0.9"


def test_project_version_reads_only_the_project_table(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.x]\nversion = "9"\n\n[project]\nname = "n"\nversion = "1.0.1"\n')
    assert project_version(pyproject) == "1.0.1"
    pyproject.write_text('[project]\nname = "n"\n\n[tool.x]\nversion = "9"\n')
    with pytest.raises(ValueError, match="no `version"):
        project_version(pyproject)


def test_the_tag_must_name_the_version() -> None:
    version = project_version()
    assert not [problem for problem in release.release_problems(f"v{version}") if "tag" in problem]
    [wrong] = [problem for problem in release.release_problems("v99.0.0") if "tag" in problem]
    assert wrong.endswith(f"expected v{version}")


def test_a_dirty_tree_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(release, "uncommitted", lambda: ["openapi/x.yaml", "README.md"])
    with pytest.raises(release.ReleaseError, match=r"uncommitted changes \(openapi/x.yaml, README.md\)"):
        release.build(tmp_path, allow_dirty=False, reuse=False)


# ---------------------------------------------------------------------------------- upload


@pytest.mark.parametrize(
    ("output", "reason"),
    [
        ("HTTPError: 409 Conflict from https://index/", "a published version never changes"),
        ("400 Bad Request\n  Package 'x-1.whl' already\n     exists!", "a published version never changes"),
        ("HTTPError: 400 File already exists. See https://pypi.org/help/", "a published version never changes"),
        ("HTTPError: 403 Forbidden from http://127.0.0.1:1/", "refused the credentials"),
        ("HTTPError: 401 Unauthorized", "refused the credentials"),
        ("ConnectionError: refused", "could not upload"),
    ],
)
def test_upload_failures_are_explained(output: str, reason: str) -> None:
    assert reason in release.explain_upload_failure(output, "https://index/", VERSION)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://user:secret@index.example/legacy/", "must not carry credentials"),
        ("https://__token__@index.example/legacy/", "must not carry credentials"),
        ("index.example/legacy/", "not an http(s) URL"),
        ("file:///tmp/index", "not an http(s) URL"),
    ],
)
def test_repository_urls_are_checked(url: str, message: str) -> None:
    with pytest.raises(release.ReleaseError, match=message.replace("(", r"\(").replace(")", r"\)")) as error:
        release.check_repository_url(url)
    assert "secret" not in str(error.value)


def test_upload_needs_credentials_in_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TWINE_USERNAME", raising=False)
    monkeypatch.delenv("TWINE_PASSWORD", raising=False)
    with pytest.raises(release.ReleaseError, match="set TWINE_USERNAME and TWINE_PASSWORD in the environment"):
        release.upload(tmp_path, "https://index.example/legacy/")


def test_secrets_never_reach_the_output(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Even when the index echoes the credentials back, the upload's output shows neither."""
    password, user = "pypi-AgEIcHlwaS5vcmcCJGFiYw", "release-bot"
    monkeypatch.setenv("TWINE_USERNAME", user)
    monkeypatch.setenv("TWINE_PASSWORD", password)
    version = project_version()
    for name in (f"voucherify_activities-{version}-py3-none-any.whl", f"voucherify_activities-{version}.tar.gz"):
        (tmp_path / name).write_bytes(b"")
    seen: dict[str, Any] = {}

    def fake_twine(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        seen["command"] = command
        echoed = f"403 Forbidden: bad login {user}:{password}\n"
        return subprocess.CompletedProcess(command, 1, stdout="Uploading\n", stderr=echoed)

    monkeypatch.setattr(subprocess, "run", fake_twine)
    with pytest.raises(release.ReleaseError) as error:
        release.upload(tmp_path, "https://index.example/legacy/")
    shown = capsys.readouterr()
    everything = shown.out + shown.err + str(error.value) + " ".join(seen["command"])
    assert "***" in shown.out
    assert password not in everything
    assert user not in shown.out
    assert "refused the credentials" in str(error.value)


def test_artefacts_are_reused_only_when_built_from_the_same_tree(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(release, "uncommitted", list)
    monkeypatch.setattr(release, "tree_digest", lambda: "tree-a")
    monkeypatch.setattr(release, "run", lambda command: calls.append("build"))
    monkeypatch.setattr(release, "check", lambda dist, smoke=False: calls.append(f"check smoke={smoke}"))
    (tmp_path / release.BUILD_INFO).write_text(json.dumps({"tree": "tree-a"}))
    release.build(tmp_path, allow_dirty=False, reuse=True)
    assert calls == ["check smoke=False"]  # checked again, not rebuilt
    calls.clear()
    release.build(tmp_path, allow_dirty=False, reuse=False)
    assert calls == ["build", "check smoke=True"]
    calls.clear()
    monkeypatch.setattr(release, "tree_digest", lambda: "tree-b")  # a file changed since
    release.build(tmp_path, allow_dirty=False, reuse=True)
    assert calls == ["build", "check smoke=True"]
    assert json.loads((tmp_path / release.BUILD_INFO).read_text())["tree"] == "tree-b"
