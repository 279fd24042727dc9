"""Bundle the curated spec: merge the fragments of ``openapi/`` into one document.

Every fragment is a partial OpenAPI document whose ``$ref``s point into the one shared
``#/components/...`` namespace, so bundling is a merge that refuses to let two fragments
define the same component (or the same path) twice.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from scripts.project_version import project_version

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "openapi"
ROOT_DOCUMENT = "openapi.yaml"
BUILD_DIR = ROOT / "build"


class BundleError(Exception):
    """Two fragments disagree, or a fragment is not a mapping."""


def load_yaml(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise BundleError(f"{path}: expected a mapping at the top level")
    return data


def merge_fragment(bundle: dict[str, Any], fragment: dict[str, Any], source: str) -> None:
    """Add a fragment's ``paths`` and ``components`` to the bundle, refusing duplicates."""
    unknown = set(fragment) - {"paths", "components"}
    if unknown:
        raise BundleError(f"{source}: fragments may hold only paths and components, found {sorted(unknown)}")
    for path, item in fragment.get("paths", {}).items():
        if path in bundle.setdefault("paths", {}):
            raise BundleError(f"{source}: path {path} is defined twice")
        bundle["paths"][path] = item
    for kind, entries in fragment.get("components", {}).items():
        section = bundle.setdefault("components", {}).setdefault(kind, {})
        for name, value in entries.items():
            if name in section:
                raise BundleError(f"{source}: components/{kind}/{name} is defined twice")
            section[name] = value


def bundle(spec_dir: Path = SPEC_DIR) -> dict[str, Any]:
    """The whole curated spec as one document, fragments in file-name order.

    ``info.version`` is the package version from pyproject.toml (one source of truth), unless the
    root document names one itself (revisions from before the version was stamped).
    """
    document = load_yaml(spec_dir / ROOT_DOCUMENT)
    info = document.setdefault("info", {})
    if "version" not in info:  # right after the title, where OpenAPI documents put it
        title = {"title": info.pop("title")} if "title" in info else {}
        document["info"] = {**title, "version": project_version(), **info}
    for path in sorted(spec_dir.glob("*.yaml")):
        if path.name != ROOT_DOCUMENT:
            merge_fragment(document, load_yaml(path), path.name)
    return document


def write_json(document: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=BUILD_DIR / "openapi.json")
    args = parser.parse_args(argv)
    try:
        document = bundle()
    except BundleError as error:
        print(f"bundle: {error}", file=sys.stderr)
        return 1
    write_json(document, args.output)
    print(f"bundle: wrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
