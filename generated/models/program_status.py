from typing import Literal, cast

ProgramStatus = Literal["ACTIVE", "DELETED", "DRAFT", "INACTIVE"]

PROGRAM_STATUS_VALUES: set[ProgramStatus] = {
    "ACTIVE",
    "DELETED",
    "DRAFT",
    "INACTIVE",
}


def check_program_status(value: str) -> ProgramStatus:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(ProgramStatus, value)
