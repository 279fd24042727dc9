from typing import Literal, cast

CustomerIdRefObject = Literal["customer"]

CUSTOMER_ID_REF_OBJECT_VALUES: set[CustomerIdRefObject] = {
    "customer",
}


def check_customer_id_ref_object(value: str) -> CustomerIdRefObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerIdRefObject, value)
