"""Install the built wheel into a brand-new virtual environment and use it from an empty folder.

Proves the published package stands alone: no source tree, no ../shared.

    python -m scripts.smoke_wheel build/dist
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

SMOKE = """
import voucherify_activities as va
from voucherify_activities.api import list_program_activities
from voucherify_activities.models import ProgramActivityPage
client = va.Client(base_url="http://127.0.0.1:9", headers={"X-App-Token": "secret-token"})
assert "secret-token" not in repr(client), repr(client)
kwargs = list_program_activities._get_kwargs("lprg_0a1b")
assert kwargs["url"] == "/v2/loyalties/programs/lprg_0a1b/activities", kwargs
page = ProgramActivityPage.from_dict({"data": [], "cursor": None})
assert page.to_dict() == {"data": [], "cursor": None}, page.to_dict()
print("smoke_wheel: voucherify_activities", va.__version__, "imports and works")
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dist", type=Path, help="folder holding the built wheel")
    args = parser.parse_args(argv)
    wheels = sorted(args.dist.glob("voucherify_activities-*.whl"))
    if len(wheels) != 1:
        print(f"smoke_wheel: expected one wheel in {args.dist}, found {len(wheels)}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        env_dir = Path(scratch) / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        subprocess.run([python, "-m", "pip", "install", "--quiet", str(wheels[0].resolve())], check=True)
        # Run from the empty scratch folder so nothing from the source tree can be imported.
        subprocess.run([python, "-c", SMOKE], check=True, cwd=scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
