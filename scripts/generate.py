"""Generate the client in generated/ from the codegen-ready spec.

Runs openapi-python-client with codegen/config.yaml and codegen/templates/, and fails on
any warning or dropped schema ("Unable to process schema"): a silently dropped schema is a
missing class in the client. The specs the installed package reads at run time (the
curated spec for the mock and the conformance suite, its strict variant for drift checks)
are shipped beside the client under their own names.

    python -m scripts.generate build/codegen.json --ship build/openapi.json --ship build/openapi.strict.json
    python -m scripts.generate build/codegen.json --ship ... --output /tmp/x   # write elsewhere
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "codegen" / "config.yaml"
TEMPLATES = ROOT / "codegen" / "templates"
GENERATED = ROOT / "generated"
# Lines the generator prints on success; anything else is a warning or an error.
EXPECTED_OUTPUT = ("Generating ",)
# The generator suffixes every builtin's name with "_" (`type_`, `object_`, `next_`); as attribute
# names builtins are fine (openai-python and Stripe use `type` and `object`), so only keywords
# (`is_`, `in_`, `from_`) and the names generated code itself uses keep the suffix. The
# generator is pinned exactly (noxfile.py), so its `strings.RESERVED_WORDS` is a known set.
GENERATOR_OWN_NAMES = ("self", "true", "false", "datetime")
RUN_GENERATOR = f"""
from openapi_python_client import strings
strings.RESERVED_WORDS.intersection_update({GENERATOR_OWN_NAMES!r})
from openapi_python_client.cli import app
app(prog_name="openapi-python-client")
"""


def run_generator(spec: Path, output: Path) -> list[str]:
    """Generate into ``output`` (replaced); return the generator's unexpected output lines."""
    command = [
        sys.executable, "-c", RUN_GENERATOR, "generate",
        "--path", str(spec),
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "none",
        "--output-path", str(output),
        "--overwrite",
    ]  # fmt: skip
    # The generator's post hooks call `ruff` by name: find the one installed beside this Python.
    env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])}
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    problems = [line for line in lines if not line.startswith(EXPECTED_OUTPUT)]
    if result.returncode != 0 and not problems:
        problems = [f"openapi-python-client exited with {result.returncode}"]
    return problems


def generate(codegen_spec: Path, shipped: list[Path], output: Path) -> list[str]:
    """Generate into a scratch folder and move it into place only when the run was clean."""
    with tempfile.TemporaryDirectory() as scratch:
        staging = Path(scratch) / "generated"
        problems = run_generator(codegen_spec, staging)
        if problems:
            return problems
        for path in shipped:
            shutil.copyfile(path, staging / path.name)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(staging, output)
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("codegen_spec", type=Path, help="codegen-ready spec (the codegen overlay applied)")
    parser.add_argument("--ship", type=Path, action="append", default=[], help="a file to ship in generated/ as is")
    parser.add_argument("--output", type=Path, default=GENERATED)
    args = parser.parse_args(argv)
    problems = generate(args.codegen_spec, args.ship, args.output)
    for line in problems:
        print(f"generate: {line}", file=sys.stderr)
    if problems:
        print("generate: failed; generated/ was left as it was", file=sys.stderr)
        return 1
    print(f"generate: wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
