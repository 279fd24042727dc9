"""Load an OpenAPI document from where it lives: our working tree, a fragments folder, a bundled
or upstream file (JSON or YAML), a git revision of our ``openapi/`` folder, or a release: a wheel
file, or ``release[:VERSION]`` fetched from a package index with pip (the wheel ships the bundled
spec it was built from, so what was released is what is compared, with or without git tags)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from scripts.bundle import ROOT, SPEC_DIR, BundleError, bundle


class SourceError(ValueError):
    """A document cannot be found or read."""


def load_document(path: Path) -> dict[str, Any]:
    """A single OpenAPI file, JSON or YAML."""
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (OSError, ValueError, yaml.YAMLError) as error:
        raise SourceError(f"{path}: cannot read: {error}") from error
    if not isinstance(data, dict) or "paths" not in data:
        raise SourceError(f"{path}: not an OpenAPI document (no `paths`)")
    return data


PACKAGE = "voucherify-activities"
WHEEL_SPEC = "voucherify_activities/_generated/openapi.json"  # the bundled spec, as shipped
RELEASE_RE = re.compile(r"^release(?::(?P<version>[\w.!+-]+))?$")


def load_spec(source: str | Path | None = None, pip_args: Sequence[str] = ()) -> dict[str, Any]:
    """Our spec: ``None`` the working tree; a folder of fragments; a wheel; a bundled file;
    ``release`` or ``release:VERSION`` from the package index (``pip_args`` go to ``pip download``,
    e.g. ``--index-url URL``); else a git revision."""
    return load_versioned(source, pip_args)[0]


def load_versioned(source: str | Path | None, pip_args: Sequence[str] = ()) -> tuple[dict[str, Any], str | None]:
    """``load_spec``, and the released version when the source is a wheel or a release."""
    if source is None:
        return _bundle(SPEC_DIR), None
    path = Path(source)
    if path.is_dir():
        return _bundle(path), None
    if path.is_file():
        return (load_wheel(path), wheel_version(path)) if path.suffix == ".whl" else (load_document(path), None)
    release = RELEASE_RE.match(str(source))
    if release:
        with tempfile.TemporaryDirectory() as scratch:
            wheel = download_release(Path(scratch), release["version"], pip_args)
            return load_wheel(wheel), wheel_version(wheel)
    return load_revision(str(source)), None


def load_wheel(wheel: Path) -> dict[str, Any]:
    """The bundled spec a released wheel ships."""
    try:
        with zipfile.ZipFile(wheel) as archive:
            data = json.loads(archive.read(WHEEL_SPEC))
    except KeyError as error:
        raise SourceError(f"{wheel}: no {WHEEL_SPEC} in the wheel") from error
    except (OSError, ValueError, zipfile.BadZipFile) as error:
        raise SourceError(f"{wheel}: cannot read the wheel: {error}") from error
    if not isinstance(data, dict) or "paths" not in data:
        raise SourceError(f"{wheel}: {WHEEL_SPEC} is not an OpenAPI document")
    return data


def wheel_version(wheel: Path) -> str | None:
    """The version in a wheel's file name (``name-1.2.3-py3-none-any.whl``)."""
    parts = wheel.name.split("-")
    return parts[1] if wheel.suffix == ".whl" and len(parts) >= 5 else None


def download_release(dest: Path, version: str | None = None, pip_args: Sequence[str] = ()) -> Path:
    """The released wheel (newest, or ``version``), fetched with ``pip download`` into ``dest``."""
    requirement = f"{PACKAGE}=={version}" if version else PACKAGE
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--dest", str(dest)]
    done = subprocess.run([*command, *pip_args, requirement], capture_output=True, text=True, check=False)
    wheels = sorted(dest.glob("*.whl"))
    if done.returncode != 0 or not wheels:
        detail = (done.stderr.strip().splitlines() or ["no wheel downloaded"])[-1]
        raise SourceError(f"cannot download the released {requirement}: {detail}")
    return wheels[0]


def load_revision(revision: str, folder: str = "openapi", repo: Path = ROOT) -> dict[str, Any]:
    """Our spec as committed at a git revision (``main``, ``v0.1.0``, ``HEAD~1``), bundled."""
    listing = _git(repo, "ls-tree", "--name-only", f"{revision}:{folder}")
    names = [name for name in listing.splitlines() if name.endswith(".yaml")]
    if not names:
        raise SourceError(f"{revision}:{folder} holds no .yaml fragments")
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            text = _git(repo, "show", f"{revision}:{folder}/{name}")
            (Path(scratch) / name).write_text(text, encoding="utf-8")
        return _bundle(Path(scratch))


def _bundle(folder: Path) -> dict[str, Any]:
    try:
        return bundle(folder)
    except (OSError, BundleError, yaml.YAMLError) as error:
        raise SourceError(f"{folder}: cannot bundle: {error}") from error


def _git(repo: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    except OSError as error:
        raise SourceError(f"git is not available: {error}") from error
    if done.returncode != 0:
        raise SourceError(f"git {' '.join(args)}: {done.stderr.strip() or 'failed'}")
    return done.stdout
