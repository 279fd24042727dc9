"""Load an OpenAPI document from where it lives: our working tree, a fragments folder, a bundled
or upstream file (JSON or YAML), or a git revision of our ``openapi/`` folder."""

from __future__ import annotations

import json
import subprocess
import tempfile
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


def load_spec(source: str | Path | None = None) -> dict[str, Any]:
    """Our spec: ``None`` the working tree; a folder of fragments; a bundled file; else a git revision."""
    if source is None:
        return _bundle(SPEC_DIR)
    path = Path(source)
    if path.is_dir():
        return _bundle(path)
    if path.is_file():
        return load_document(path)
    return load_revision(str(source))


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
