from typing import Literal, cast

ProgramActivityType = Literal[
    "vl.program.activated",
    "vl.program.card_definition.assigned",
    "vl.program.card_definition.unassigned",
    "vl.program.created",
    "vl.program.deactivated",
    "vl.program.deleted",
    "vl.program.earning_rule.assigned",
    "vl.program.earning_rule.unassigned",
    "vl.program.reward.assigned",
    "vl.program.reward.unassigned",
    "vl.program.tier_structure.assigned",
    "vl.program.tier_structure.unassigned",
    "vl.program.updated",
]

PROGRAM_ACTIVITY_TYPE_VALUES: set[ProgramActivityType] = {
    "vl.program.activated",
    "vl.program.card_definition.assigned",
    "vl.program.card_definition.unassigned",
    "vl.program.created",
    "vl.program.deactivated",
    "vl.program.deleted",
    "vl.program.earning_rule.assigned",
    "vl.program.earning_rule.unassigned",
    "vl.program.reward.assigned",
    "vl.program.reward.unassigned",
    "vl.program.tier_structure.assigned",
    "vl.program.tier_structure.unassigned",
    "vl.program.updated",
}


def check_program_activity_type(value: str) -> ProgramActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(ProgramActivityType, value)
