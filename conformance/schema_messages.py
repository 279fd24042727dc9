"""Schema failures a person can act on: the failing field of a discriminated union, not "valid under none of oneOf".

A page's items are unions discriminated by `type` (v1 most of all: thirty shapes). A generic
validator can only say an item matched none of them; the discriminator says which one it
claims to be, so validating against that one names the field that broke it.
"""

from __future__ import annotations

import functools
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import best_match

from voucherify_activities import spec as shipped

MAX_ITEMS_REPORTED = 3


@functools.cache
def _union(operation_id: str) -> tuple[str, dict[str, str]] | None:
    """(discriminating property, value -> schema ref) of the operation's page items, if they are such a union."""
    components = shipped.load_spec()["components"]["schemas"]
    page = shipped.resolve(components[shipped.operation(operation_id).page_schema])
    items = shipped.resolve(page.get("properties", {}).get("data", {}).get("items", {}))
    discriminator = items.get("discriminator") if isinstance(items, dict) else None
    if not isinstance(discriminator, dict) or "mapping" not in discriminator:
        return None
    return discriminator["propertyName"], dict(discriminator["mapping"])


@functools.cache
def _validator(ref: str) -> Draft202012Validator:
    return shipped.validator({"$ref": ref}, format_checker=FormatChecker())


def item_errors(operation_id: str, body: Any) -> list[str]:
    """Per failing item of a page: its index, the shape its discriminator names, the field that broke it."""
    union = _union(operation_id)
    if union is None or not isinstance(body, dict) or not isinstance(body.get("data"), list):
        return []
    name, mapping = union
    found: list[str] = []
    for index, item in enumerate(body["data"]):
        if not isinstance(item, dict):
            continue
        value = item.get(name)
        ref = mapping.get(value) if isinstance(value, str) else None
        if ref is None:
            found.append(f"data[{index}]: {name} {value!r} is none of the documented ones")
        else:
            error = best_match(_validator(ref).iter_errors(item))
            if error is not None:
                where = "data[{}]{}".format(index, error.json_path.removeprefix("$"))
                found.append(f"{where} ({name} {value!r}, {ref.rsplit('/', 1)[-1]}): {error.message}")
        if len(found) == MAX_ITEMS_REPORTED:
            break
    return found
