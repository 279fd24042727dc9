"""Fail when generated/ differs from a fresh generation: stale after a spec change, or edited by hand.

python -m scripts.check_generated build/codegen.json build/openapi.json
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from scripts.generate import GENERATED, generate


def tree(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` by relative path (caches excluded), with its bytes."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def differences(expected: dict[str, bytes], actual: dict[str, bytes]) -> list[str]:
    missing = [f"missing: {name}" for name in sorted(expected.keys() - actual.keys())]
    extra = [f"not generated: {name}" for name in sorted(actual.keys() - expected.keys())]
    changed = [f"differs: {name}" for name in sorted(expected.keys() & actual.keys()) if expected[name] != actual[name]]
    return missing + extra + changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("codegen_spec", type=Path, help="codegen-ready spec (the codegen overlay applied)")
    parser.add_argument("--ship", type=Path, action="append", default=[], help="a file generated/ ships as is")
    parser.add_argument("--generated", type=Path, default=GENERATED)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "generated"
        problems = generate(args.codegen_spec, args.ship, fresh)
        if problems:
            for line in problems:
                print(f"check-generated: {line}", file=sys.stderr)
            return 1
        found = differences(tree(fresh), tree(args.generated))
    if found:
        print(
            "check-generated: generated/ is not what the pipeline produces (run `nox -s regenerate`):", file=sys.stderr
        )
        for line in found:
            print(f"  {line}", file=sys.stderr)
        return 1
    print("check-generated: generated/ matches a fresh generation")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
