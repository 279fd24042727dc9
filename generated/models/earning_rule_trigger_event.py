from typing import Literal, cast

EarningRuleTriggerEvent = Literal["customer.custom_event", "customer.order.paid", "customer.segment.entered"]

EARNING_RULE_TRIGGER_EVENT_VALUES: set[EarningRuleTriggerEvent] = {
    "customer.custom_event",
    "customer.order.paid",
    "customer.segment.entered",
}


def check_earning_rule_trigger_event(value: str) -> EarningRuleTriggerEvent:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(EarningRuleTriggerEvent, value)
