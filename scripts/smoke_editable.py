"""`pip install -e .` into a brand-new virtual environment, then use it as a contributor would.

Proves an editable install imports the generated models and the mock from the checkout's own
`generated/` and `conformance/` (so edits show without reinstalling) and that the CLI runs.

    python -m scripts.smoke_editable
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run from an empty folder with -I, so nothing is imported from the working directory by accident.
SMOKE = """
import sys
from pathlib import Path

import voucherify_activities
from voucherify_activities._generated.models import program_activity
from voucherify_activities.conformance import mock
from voucherify_activities.models import ProgramActivityPage

root = Path(sys.argv[1])
for module, folder in ((voucherify_activities, "src"), (program_activity, "generated"), (mock, "conformance")):
    where = Path(module.__file__).resolve()
    assert where.is_relative_to(root / folder), f"{module.__name__} comes from {where}, not from {root / folder}"
page = ProgramActivityPage.from_dict({"data": [], "cursor": None})
assert page.to_dict() == {"data": [], "cursor": None}, page.to_dict()
print("smoke_editable: imports come from", root)
"""


def run(command: list[str | Path], cwd: Path, expect: int = 0) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    if done.returncode != expect:
        raise SystemExit(f"smoke_editable: {' '.join(map(str, command))} exited {done.returncode}:\n{output}")
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        env_dir = folder / "venv"
        venv.create(env_dir, with_pip=True)
        python, command = env_dir / "bin" / "python", env_dir / "bin" / "voucherify-activities"
        run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", str(ROOT)], folder)
        print(run([python, "-I", "-c", SMOKE, str(ROOT)], folder), end="")
        print(run([command, "--version"], folder), end="")
        run([command, "--help"], folder)
        # Installed without the mock extra: the one friendly message, not a traceback.
        missing = run([command, "mock", "--port", "0"], folder, expect=4)  # cli.USAGE_ERROR
        assert "pip install 'voucherify-activities[mock]'" in missing, missing
        print("smoke_editable: without the mock extra:", missing.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
