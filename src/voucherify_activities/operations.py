"""The four list operations, each derived from the spec: generated endpoint, page model, paging style.

This is the one place that knows an endpoint: its path parameter, how its pages link
(a v2 ``cursor`` or v1 ``starting_after_id``), which generated function builds its requests
and which generated models parse its pages and filters.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Literal

from . import spec
from ._generated import models
from ._generated.types import UNSET

ENDPOINTS_PACKAGE = "voucherify_activities._generated.api.activities"

Paging = Literal["cursor", "starting_after_id"]


@dataclass(frozen=True)
class Operation:
    """One list operation and the generated code that serves it."""

    operation_id: str
    spec: spec.OperationSpec
    endpoint: ModuleType
    page_model: type[Any]
    filters_model: type[Any] | None
    paging: Paging
    path_argument: str

    @property
    def path_parameter(self) -> str:
        return self.spec.path_parameter.name

    def request(self, path_value: str, arguments: dict[str, Any]) -> dict[str, Any]:
        """``method``, ``url`` (relative) and ``params`` for httpx, built by the generated endpoint."""
        wire = {name: UNSET if value is None else value for name, value in arguments.items()}
        kwargs: dict[str, Any] = self.endpoint._get_kwargs(path_value, **wire)
        return kwargs

    def default_order(self) -> Any:
        """The order Voucherify applies when none is sent (the spec's default)."""
        parameter = self.spec.parameters.get("order")
        return None if parameter is None else parameter.default


@functools.cache
def operation(operation_id: str) -> Operation:
    """The operation with this ``operationId``."""
    op_spec = spec.operation(operation_id)
    endpoint = importlib.import_module(f"{ENDPOINTS_PACKAGE}.{operation_id}")
    query = op_spec.query_parameters
    if "cursor" in query:
        paging: Paging = "cursor"
    elif "starting_after_id" in query:
        paging = "starting_after_id"
    else:  # pragma: no cover - a spec change the paging layer must learn about
        raise LookupError(f"{operation_id}: neither `cursor` nor `starting_after_id`; unknown paging")
    filters = query.get("filters")
    filters_model = getattr(models, filters.schema["$ref"].rsplit("/", 1)[-1]) if filters else None
    path_argument = next(iter(inspect.signature(endpoint._get_kwargs).parameters))
    return Operation(
        operation_id=operation_id,
        spec=op_spec,
        endpoint=endpoint,
        page_model=getattr(models, op_spec.page_schema),
        filters_model=filters_model,
        paging=paging,
        path_argument=path_argument,
    )
