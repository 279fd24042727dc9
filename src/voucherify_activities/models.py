"""Every request and response model of the API (attrs classes and ``Literal`` enums), as generated.

``voucherify_activities.models.ProgramActivity`` is the public name of each; like the generated
package behind it, this module loads a model on first use, not on import.
"""

from typing import TYPE_CHECKING, Any

from ._generated import models as _models

__all__ = _models.__all__

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403


# Hidden from type checkers: a visible module __getattr__ would make every misspelt name type-check.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        value = getattr(_models, name)  # AttributeError for a name that is not a model
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
