"""Editable installs (`pip install -e .`): two subpackages live outside `src/` in the checkout.

The wheel ships `generated/` as `voucherify_activities._generated` and `conformance/` as
`voucherify_activities.conformance` (force-include in pyproject.toml). An editable install cannot do
that: copies would not follow edits, and hatchling's path rewriting (`sources`) cannot rename a prefix
(`generated` -> `voucherify_activities/_generated`). So the editable wheel gets a `.pth` line that
installs a finder for exactly these two package names, pointing at the checkout's folders;
`src/` itself is put on the path by hatchling as usual.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# Package name -> folder of the checkout: the same mapping as the wheel's force-include.
SUBPACKAGES = {"voucherify_activities._generated": "generated", "voucherify_activities.conformance": "conformance"}
# setuptools' naming for editable finders, which pytest knows not to rewrite (it is imported at start-up).
FINDER_MODULE = "__editable___voucherify_activities_finder"

FINDER = '''\
"""voucherify-activities editable install: maps two subpackages onto the checkout (see hatch_build.py)."""

import importlib.util
import sys

LOCATIONS = {locations!r}


class SubpackageFinder:
    @staticmethod
    def find_spec(fullname, path=None, target=None):
        folder = LOCATIONS.get(fullname)
        if folder is None:
            return None
        return importlib.util.spec_from_file_location(
            fullname, folder + "/__init__.py", submodule_search_locations=[folder]
        )


sys.meta_path.append(SubpackageFinder)  # .pth imports run once per interpreter start
'''


class EditableSubpackages(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version != "editable":
            return
        root = Path(self.root).resolve()
        locations = {name: str(root / folder) for name, folder in SUBPACKAGES.items()}
        self._scratch = Path(tempfile.mkdtemp(prefix="voucherify-activities-editable-"))
        finder = self._scratch / f"{FINDER_MODULE}.py"
        finder.write_text(FINDER.format(locations=locations), "utf-8")
        pth = self._scratch / f"{FINDER_MODULE}.pth"
        pth.write_text(f"import {FINDER_MODULE}\n", "utf-8")
        # Replaces the force-include copies (which an editable install cannot use) with the finder.
        build_data["force_include_editable"] = {str(finder): finder.name, str(pth): pth.name}

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if version == "editable":
            shutil.rmtree(self._scratch, ignore_errors=True)
