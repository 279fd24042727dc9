"""Where an iteration over a listing stopped, so that a later one can continue after it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from .errors import ParameterError


@dataclass(frozen=True)
class Checkpoint:
    """The position after the last item an iterator yielded; pass it back as ``resume_from=``.

    v2 listings resume with the cursor of the page that holds the next item (skipping what was
    already yielded from it); when there is no usable cursor, with a fresh first page bounded by
    the ``created_at`` of the last item seen, leaving out the items seen at that same instant.
    v1 resumes with ``starting_after_id``. ``to_dict()``/``from_dict()`` persist it as JSON.
    """

    operation_id: str
    path_value: str
    cursor: str | None = None
    """v2: the cursor that fetches the page holding the next item; None for the first page."""
    skip: int = 0
    """v2: items of that page already yielded."""
    last_id: str | None = None
    last_created_at: str | None = None
    """The last yielded item's ``created_at``, as Voucherify wrote it."""
    ids_at_last_created_at: tuple[str, ...] = ()
    """Ids of the yielded items created at exactly ``last_created_at``."""

    def check_matches(self, operation_id: str, path_value: str) -> None:
        if (self.operation_id, self.path_value) != (operation_id, path_value):
            raise ParameterError(
                "resume_from",
                f"checkpoint of {self.operation_id}({self.path_value!r})",
                f"resume the same listing: {operation_id}({path_value!r})",
            )

    def without_cursor(self) -> Checkpoint:
        """This position, to be reached by ``created_at`` instead of a cursor (after the cursor expired)."""
        return dataclasses.replace(self, cursor=None, skip=0)

    def to_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "ids_at_last_created_at": list(self.ids_at_last_created_at)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Checkpoint:
        return cls(**{**data, "ids_at_last_created_at": tuple(data.get("ids_at_last_created_at", ()))})
