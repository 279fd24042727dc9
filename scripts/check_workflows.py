"""Check GitHub workflow files without GitHub: the workflow schema and a security lint.

    python -m scripts.check_workflows .github/workflows

Runs `check-jsonschema --builtin-schema vendor.github-workflows` (GitHub's workflow schema as
check-jsonschema vendors it: no network) and `zizmor --offline` (template injection, unpinned
actions, credentials persisted by checkout, excessive permissions, ...) on every workflow in the
folder. Exit status: 0 both pass, 1 either finds a problem, 2 no workflow or no tools.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path


def workflow_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.glob("*") if path.suffix in (".yml", ".yaml"))


def tool(name: str) -> str | None:
    """The command installed beside this Python (a venv not on PATH), else on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.is_file() else shutil.which(name)


def check(folder: Path) -> int:
    files = workflow_files(folder)
    schema_tool, lint_tool = tool("check-jsonschema"), tool("zizmor")
    if not files or schema_tool is None or lint_tool is None:
        problem = f"no .yml/.yaml workflow in {folder}" if not files else "needs check-jsonschema and zizmor"
        print(f"check_workflows: {problem}", file=sys.stderr)
        return 2
    names = [str(path) for path in files]
    schema = subprocess.run([schema_tool, "--builtin-schema", "vendor.github-workflows", *names], check=False)
    # Every finding counts, whatever its severity; zizmor exits non-zero on any.
    lint = subprocess.run([lint_tool, "--offline", "--strict-collection", "--quiet", *names], check=False)
    failed = [name for name, done in (("schema", schema), ("zizmor", lint)) if done.returncode != 0]
    if failed:
        print(f"check_workflows: {folder}: {' and '.join(failed)} found problems (above)", file=sys.stderr)
        return 1
    print(f"check_workflows: {len(files)} workflows in {folder} pass the schema and zizmor")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, nargs="?", default=Path(".github/workflows"))
    return check(parser.parse_args(argv).folder)


if __name__ == "__main__":
    raise SystemExit(main())
