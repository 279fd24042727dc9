"""What importing the package loads (structure, not timing): no generated model, no jsonschema.

Each check runs in a fresh interpreter, since this test session has long since loaded everything.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest
from voucherify_activities._generated import models as generated_models

from voucherify_activities import api, models

MODELS_PACKAGE = "voucherify_activities._generated.models"


def loaded_after(code: str) -> list[str]:
    """The modules a fresh interpreter has loaded after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    modules: list[str] = json.loads(result.stdout.splitlines()[-1])
    return modules


def model_modules(modules: list[str]) -> list[str]:
    return [name for name in modules if name.startswith(MODELS_PACKAGE + ".")]


def heavy(modules: list[str]) -> list[str]:
    return [name for name in modules if name.split(".")[0] in ("jsonschema", "referencing")]


@pytest.mark.parametrize(
    "code",
    [
        "import voucherify_activities",
        # What the pytest plugin's entry point costs: the package and the plugin's own module path.
        "import voucherify_activities.conformance",
        "from voucherify_activities import *",
        "import voucherify_activities.models, voucherify_activities.api, voucherify_activities.activity_types",
    ],
)
def test_importing_loads_no_model_and_no_jsonschema(code: str) -> None:
    modules = loaded_after(code)
    assert model_modules(modules) == []
    assert heavy(modules) == []


def test_the_sync_client_does_not_import_asyncio() -> None:
    # asyncio costs about as much to import as the rest of the client: async requests import it.
    modules = loaded_after("from voucherify_activities import Voucherify, AsyncVoucherify")
    assert "asyncio" not in modules
    assert "anyio" not in modules


def test_a_bare_package_import_loads_nothing_of_the_client() -> None:
    modules = loaded_after("import voucherify_activities")
    ours = [name for name in modules if name.startswith("voucherify_activities")]
    assert ours == ["voucherify_activities"]
    assert "httpx" not in modules


def test_a_call_loads_only_the_models_its_operation_needs() -> None:
    code = """
from voucherify_activities import Voucherify
client = Voucherify(app_id="a", app_token="t", base_url="http://127.0.0.1:9")
client.list_program_activities("lprg_0a1b", types=["vl.program.updated"], limit=5)
"""
    modules = model_modules(loaded_after(code))
    assert f"{MODELS_PACKAGE}.program_activity_page" in modules
    assert not [name for name in modules if name.startswith(f"{MODELS_PACKAGE}.customer")]
    assert len(modules) < len(generated_models.__all__) / 4


def test_parameter_checks_load_jsonschema_on_first_use() -> None:
    code = """
from voucherify_activities import Voucherify
Voucherify(app_id="a", app_token="t").list_program_activities("lprg_0a1b", limit=5)
"""
    assert heavy(loaded_after(code)) != []


def test_every_public_model_name_resolves_to_the_generated_class() -> None:
    assert list(models.__all__) == list(generated_models.__all__)
    for name in models.__all__:
        assert getattr(models, name) is getattr(generated_models, name)
    assert set(models.__all__) <= set(dir(models))


def test_unknown_names_still_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="no_such_operation"):
        _ = api.no_such_operation  # type: ignore[attr-defined]
    with pytest.raises(ImportError):
        from voucherify_activities import NoSuchName  # type: ignore[attr-defined] # noqa: F401, PLC0415


def test_operations_resolve_lazily_to_the_generated_modules() -> None:
    for name in api.__all__:
        assert getattr(api, name).__name__ == f"voucherify_activities._generated.api.activities.{name}"


def test_reprs_name_no_private_module() -> None:
    activity = models.ProgramActivity.from_dict(
        {"id": "laprg_1", "type": "vl.program.created", "data": {}, "created_at": "2026-01-01T00:00:00.5Z"}
    )
    text = repr(activity)
    assert "_generated" not in text
    assert "created_at=datetime.datetime(2026, 1, 1, 0, 0, 0, 500000, tzinfo=datetime.timezone.utc)" in text
    assert "group_id=UNSET" in text


def test_the_typed_customer_activity_alias_matches_the_list_model() -> None:
    """Type checkers read the alias spelled out in activity_types.py; run time builds it from the model."""
    from voucherify_activities import activity_types  # noqa: PLC0415

    spelled_out = set(re.findall(r"_models\.(Customer\w+Activity)\b", Path(activity_types.__file__).read_text()))
    assert spelled_out == {member.__name__ for member in get_args(activity_types.CustomerActivity)}
    assert len(spelled_out) == 29
