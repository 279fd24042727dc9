"""Build, check and upload a release: the steps behind `nox -s build` and `nox -s release`.

    python -m scripts.release release (--repository-url URL | --no-upload) [--tag v0.2.0]
    python -m scripts.release build [--outdir build/dist] [--allow-dirty] [--reuse]
    python -m scripts.release upload build/dist --repository-url https://upload.pypi.org/legacy/

`release` (the `nox -s release` session) is `build` from a clean tree, the release rules (the
changelog has this version's dated entry and nothing left under Unreleased; the tag, when given,
is `v<version>`), then `upload`. `build` refuses a tree with uncommitted changes unless told
otherwise, builds the sdist and, from it, the wheel, then checks them: `twine check --strict`,
the metadata users see on the index (version, licence file, project URLs, classifiers), the spec
the wheel ships (`info.version` = the package's) and `scripts/smoke_wheel.py`. `upload` sends both
files with twine; credentials come only from the environment (TWINE_USERNAME/TWINE_PASSWORD) and
never appear in its output. Exit status: 0 done, 1 a check or the upload failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path
from urllib.parse import urlsplit

from scripts import smoke_wheel
from scripts.project_version import project_version

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "build" / "dist"
CHANGELOG = ROOT / "CHANGELOG.md"
NAME = "voucherify-activities"
DIST_NAME = NAME.replace("-", "_")
SHIPPED_SPEC = "voucherify_activities/_generated/openapi.json"
BUILD_INFO = "build-info.json"  # beside the artefacts: the tree they were built from, for --reuse
CREDENTIALS = ("TWINE_USERNAME", "TWINE_PASSWORD")


class ReleaseError(Exception):
    """A release step failed; the message says which and why."""


# ------------------------------------------------------------------------------------- build


def git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ReleaseError(f"git {' '.join(args)}: {done.stderr.strip() or 'failed'}")
    return done.stdout


def uncommitted() -> list[str]:
    """Changed, staged or untracked (not ignored) files: anything the build could pick up."""
    return [line[3:] for line in git("status", "--porcelain", "--untracked-files=normal").splitlines()]


def tree_digest() -> str:
    """SHA-256 over every tracked or untracked-but-not-ignored file: the build's whole input."""
    digest = hashlib.sha256()
    for name in sorted(git("ls-files", "--cached", "--others", "--exclude-standard", "-z").split("\0")):
        path = ROOT / name
        if name and path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def build(outdir: Path, *, allow_dirty: bool, reuse: bool) -> None:
    changed = uncommitted()
    if changed and not allow_dirty:
        shown = ", ".join(changed[:5]) + (f" and {len(changed) - 5} more" if len(changed) > 5 else "")
        raise ReleaseError(f"the tree has uncommitted changes ({shown}); commit or stash them first")
    digest = tree_digest()
    info = outdir / BUILD_INFO
    if reuse and info.is_file() and json.loads(info.read_text()).get("tree") == digest:
        print(f"release: reusing {outdir}: built and checked from this same tree")
        check(outdir)
        return
    if changed:
        print(f"release: building with {len(changed)} uncommitted change(s) (--allow-dirty)")
    info.unlink(missing_ok=True)
    for old in (*outdir.glob("*.whl"), *outdir.glob("*.tar.gz")):
        old.unlink()
    # `python -m build` makes the sdist, then the wheel from the unpacked sdist: a file missing
    # from the sdist breaks the wheel here rather than on a user's machine.
    run([sys.executable, "-m", "build", "--outdir", str(outdir), str(ROOT)])
    check(outdir, smoke=True)
    info.write_text(json.dumps({"version": project_version(), "tree": digest}) + "\n")


def run(command: Sequence[str]) -> None:
    if subprocess.run(command, check=False).returncode != 0:
        raise ReleaseError(f"{' '.join(command[:3])} ... failed (output above)")


# ------------------------------------------------------------------------------------- check


@dataclass(frozen=True)
class Artefacts:
    wheel: Path
    sdist: Path

    @classmethod
    def find(cls, dist: Path, version: str) -> Artefacts:
        wheels = sorted(dist.glob(f"{DIST_NAME}-*.whl"))
        sdists = sorted(dist.glob(f"{DIST_NAME}-*.tar.gz"))
        if len(wheels) != 1 or len(sdists) != 1:
            raise ReleaseError(f"{dist}: expected one wheel and one sdist, found {len(wheels)} and {len(sdists)}")
        for path in (wheels[0], sdists[0]):
            if not path.name.startswith(f"{DIST_NAME}-{version}-") and path.name != f"{DIST_NAME}-{version}.tar.gz":
                raise ReleaseError(f"{path.name}: not version {version} (pyproject.toml's [project] version)")
        return cls(wheels[0], sdists[0])


def wheel_files(wheel: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(wheel) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def sdist_files(sdist: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    with tarfile.open(sdist) as archive:
        for member in archive.getmembers():
            handle = archive.extractfile(member) if member.isfile() else None
            if handle is not None:
                files[member.name.split("/", 1)[1]] = handle.read()
    return files


def metadata_problems(metadata: Message, files: dict[str, str | bytes], version: str) -> list[str]:
    """What a user of the index would see wrong in a wheel's METADATA and files."""
    problems = []
    if metadata["Version"] != version:
        problems.append(f"Version is {metadata['Version']}, pyproject.toml says {version}")
    if metadata["License-Expression"] != "MIT":
        problems.append(f"License-Expression is {metadata['License-Expression']!r}, not 'MIT'")
    licences = metadata.get_all("License-File") or []
    if "LICENSE" not in licences or not any(name.endswith(".dist-info/licenses/LICENSE") for name in files):
        problems.append("the LICENSE file is not shipped (License-File and .dist-info/licenses/LICENSE)")
    labels = {url.split(",", 1)[0].strip().lower() for url in metadata.get_all("Project-URL") or []}
    if not {"source", "issues", "changelog"} <= labels:
        problems.append(f"Project-URL needs Source, Issues and Changelog; found {sorted(labels)}")
    if metadata["Description-Content-Type"] != "text/markdown" or not str(metadata.get_payload()).strip():
        problems.append("the README is not the long description (text/markdown)")
    problems += classifier_problems(metadata)
    spec = files.get(SHIPPED_SPEC)
    if spec is None:
        problems.append(f"{SHIPPED_SPEC} is not in the wheel (spec-diff reads the released spec from it)")
    else:
        shipped = json.loads(spec)["info"]["version"]
        if shipped != version:
            problems.append(f"{SHIPPED_SPEC} has info.version {shipped}, the package is {version}")
    return problems


def classifier_problems(metadata: Message) -> list[str]:
    """The `Python :: 3.x` classifiers must start at Requires-Python's minimum, without gaps."""
    minimum = re.fullmatch(r">=\s*3\.(\d+)", metadata["Requires-Python"] or "")
    minors = sorted(
        int(match.group(1))
        for classifier in metadata.get_all("Classifier") or []
        if (match := re.fullmatch(r"Programming Language :: Python :: 3\.(\d+)", classifier))
    )
    if minimum is None:
        return [f"Requires-Python is {metadata['Requires-Python']!r}, expected '>=3.N'"]
    if not minors or minors[0] != int(minimum.group(1)) or minors != list(range(minors[0], minors[-1] + 1)):
        return [f"Python classifiers 3.{minors} do not run without gaps from Requires-Python {minimum.group(0)}"]
    return []


def changelog_problems(text: str, version: str) -> list[str]:
    """The release has a dated entry of its own, and no notes are left waiting under Unreleased."""
    problems = []
    if not re.search(rf"^## \[{re.escape(version)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", text, re.M):
        problems.append(f"CHANGELOG.md has no `## [{version}] - YYYY-MM-DD` entry")
    unreleased = re.search(r"^## \[Unreleased\]\n(.*?)(?=^## \[|\Z)", text, re.M | re.S)
    if unreleased and re.search(r"^- ", unreleased.group(1), re.M):
        problems.append("CHANGELOG.md has notes under [Unreleased]: a release moves them into its own entry")
    return problems


def release_problems(tag: str | None) -> list[str]:
    """What makes this tree not a release, whatever the artefacts: the tag and the changelog."""
    version = project_version()
    problems = changelog_problems(CHANGELOG.read_text(encoding="utf-8"), version)
    if tag is not None and tag != f"v{version}":
        problems.append(f"tag {tag} does not name version {version} (pyproject.toml): expected v{version}")
    return problems


def check(dist: Path, *, smoke: bool = False) -> None:
    """Raise ReleaseError listing every problem with the artefacts."""
    version = project_version()
    artefacts = Artefacts.find(dist, version)
    run([sys.executable, "-m", "twine", "check", "--strict", str(artefacts.wheel), str(artefacts.sdist)])
    files = wheel_files(artefacts.wheel)
    dist_info = f"{DIST_NAME}-{version}.dist-info"
    metadata = HeaderParser().parsestr(files[f"{dist_info}/METADATA"].decode())
    problems = [f"wheel: {problem}" for problem in metadata_problems(metadata, dict(files), version)]
    in_sdist = sdist_files(artefacts.sdist)
    problems += [f"sdist: {name} is missing" for name in ("LICENSE", "PKG-INFO") if name not in in_sdist]
    for problem in release_problems(tag=None):  # a build between releases: worth saying, not failing
        print(f"release: note (`nox -s release` refuses this): {problem}")
    if problems:
        raise ReleaseError("the artefacts are not releasable:\n  " + "\n  ".join(problems))
    print(f"release: {artefacts.wheel.name} and {artefacts.sdist.name}: metadata, licence, spec {version} OK")
    if smoke and smoke_wheel.main([str(dist)]) != 0:
        raise ReleaseError("the wheel does not work in a clean environment (smoke_wheel)")


# ------------------------------------------------------------------------------------ upload


def secrets_in_environment() -> list[str]:
    return [value for name in ("TWINE_PASSWORD", "TWINE_USERNAME") if len(value := os.environ.get(name, "")) >= 4]


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


def check_repository_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ReleaseError(f"--repository-url {url!r} is not an http(s) URL")
    if parts.username is not None or parts.password is not None:
        raise ReleaseError("--repository-url must not carry credentials: set TWINE_USERNAME and TWINE_PASSWORD")


def explain_upload_failure(output: str, url: str, version: str) -> str:
    """One line a person can act on, from twine's output."""
    output = " ".join(output.split())  # twine wraps the server's message at the terminal width
    if re.search(r"\b409\b|already exists", output, re.I):
        return f"{url} already has {NAME} {version}; a published version never changes: bump [project] version"
    if re.search(r"\b(401|403)\b", output):
        return f"{url} refused the credentials in TWINE_USERNAME/TWINE_PASSWORD"
    return f"twine could not upload to {url} (its output is above)"


def upload(dist: Path, url: str) -> None:
    check_repository_url(url)
    missing = [name for name in CREDENTIALS if not os.environ.get(name)]
    if missing:
        raise ReleaseError(f"set {' and '.join(missing)} in the environment (credentials are never arguments)")
    version = project_version()
    artefacts = Artefacts.find(dist, version)
    # --verbose: indexes give the reason for a refusal (`... already exists`) only in the response body.
    command = [sys.executable, "-m", "twine", "--no-color", "upload", "--non-interactive", "--disable-progress-bar"]
    command.append("--verbose")
    command += ["--repository-url", url, str(artefacts.sdist), str(artefacts.wheel)]
    plain = {**os.environ, "COLUMNS": "200"}  # one line per message
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=plain)
    # twine does not print passwords, but a server may echo what it was sent: redact anyway.
    output = redact(done.stdout + done.stderr, secrets_in_environment())
    print("\n".join(line.rstrip() for line in output.splitlines()))
    if done.returncode != 0:
        raise ReleaseError(explain_upload_failure(output, url, version))
    print(f"release: uploaded {NAME} {version} to {url}")


# -------------------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    steps = parser.add_subparsers(dest="step", required=True)
    build_parser = steps.add_parser("build", help="build sdist and wheel from a clean tree, then check them")
    build_parser.add_argument("--outdir", type=Path, default=DIST)
    build_parser.add_argument(
        "--allow-dirty", action="store_true", help="build with uncommitted changes (not a release)"
    )
    build_parser.add_argument("--reuse", action="store_true", help="keep artefacts built from this same tree")
    release_parser = steps.add_parser("release", help="build from a clean tree, check as a release, upload")
    release_parser.add_argument("--outdir", type=Path, default=DIST)
    target = release_parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--repository-url", help="the index's upload URL")
    target.add_argument("--no-upload", action="store_true", help="stop after the checks (trusted publishing uploads)")
    release_parser.add_argument("--tag", help="the git tag being released: must be v<version>")
    upload_parser = steps.add_parser("upload", help="upload the checked artefacts with twine")
    upload_parser.add_argument("dist", type=Path)
    upload_parser.add_argument("--repository-url", required=True, help="the index's upload URL")
    args = parser.parse_args(argv)
    try:
        if args.step == "build":
            build(args.outdir, allow_dirty=args.allow_dirty, reuse=args.reuse)
        elif args.step == "release":
            problems = release_problems(args.tag)
            if problems:
                raise ReleaseError("this tree is not a release:\n  " + "\n  ".join(problems))
            build(args.outdir, allow_dirty=False, reuse=False)
            if args.no_upload:
                print(f"release: {args.outdir} built and checked; not uploaded (--no-upload)")
            else:
                upload(args.outdir, args.repository_url)
        else:
            upload(args.dist, args.repository_url)
    except ReleaseError as error:
        print(f"release: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
