from typing import Literal, cast

PublicationResult = Literal["FAILURE", "SUCCESS"]

PUBLICATION_RESULT_VALUES: set[PublicationResult] = {
    "FAILURE",
    "SUCCESS",
}


def check_publication_result(value: str) -> PublicationResult:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(PublicationResult, value)
