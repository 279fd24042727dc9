"""Every request and response model of the API (attrs classes and Literal enums), as generated."""

from ._generated.models import *  # noqa: F403
