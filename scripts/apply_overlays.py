"""Apply OpenAPI Overlay 1.0 documents to the bundled spec.

Targets are RFC 9535 JSONPath queries (evaluated by jsonpath-rfc9535). Per Overlay 1.0:
``remove: true`` deletes every selected node; ``update`` merges into each selected
object (recursively; scalars and arrays are replaced) or is appended to each selected
array. An action whose target selects nothing is an error: an overlay that silently stops
matching is how a tool hack drifts away from the spec it adapts.

    python -m scripts.apply_overlays build/openapi.json overlays/codegen.yaml -o build/codegen.json
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from typing import Any

import jsonpath_rfc9535
import yaml


class OverlayError(Exception):
    """An overlay is malformed, or one of its actions selects nothing."""


def merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


def apply_action(document: dict[str, Any], action: dict[str, Any], where: str) -> None:
    target = action.get("target")
    if not isinstance(target, str) or not target.startswith("$"):
        raise OverlayError(f"{where}: target must be a JSONPath starting with '$'")
    nodes = jsonpath_rfc9535.find(target, document)
    if not nodes:
        raise OverlayError(f"{where}: target {target} selects nothing")
    if action.get("remove") is True:
        # Delete from the end so earlier array indexes stay valid.
        for node in sorted(nodes, key=lambda n: n.location, reverse=True):
            container = node.parent.value if node.parent is not None else None
            if not isinstance(container, (dict, list)):
                raise OverlayError(f"{where}: cannot remove the document root")
            del container[node.location[-1]]  # type: ignore[arg-type]  # key for dicts, index for lists
        return
    if "update" not in action:
        raise OverlayError(f"{where}: an action needs `update` or `remove: true`")
    update = action["update"]
    for node in nodes:
        if isinstance(node.value, list):
            node.value.append(copy.deepcopy(update))
        elif isinstance(node.value, dict) and isinstance(update, dict):
            merge(node.value, update)
        else:
            raise OverlayError(f"{where}: {node.path()} is neither an object nor an array")


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any], name: str = "overlay") -> dict[str, Any]:
    """Return a copy of ``document`` with every action of ``overlay`` applied in order."""
    if not str(overlay.get("overlay", "")).startswith("1.0"):
        raise OverlayError(f"{name}: not an Overlay 1.0 document")
    result = copy.deepcopy(document)
    for index, action in enumerate(overlay.get("actions", [])):
        apply_action(result, action, f"{name} action {index} ({action.get('description', 'no description')})")
    return result


def load_document(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    if not isinstance(data, dict):
        raise OverlayError(f"{path}: expected a mapping at the top level")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("spec", type=Path, help="bundled OpenAPI document (JSON or YAML)")
    parser.add_argument("overlays", type=Path, nargs="+", help="overlay documents, applied in order")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        document = load_document(args.spec)
        for overlay_path in args.overlays:
            document = apply_overlay(document, load_document(overlay_path), overlay_path.name)
    except OverlayError as error:
        print(f"apply_overlays: {error}", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"apply_overlays: wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
