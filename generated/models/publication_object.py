from typing import Literal, cast

PublicationObject = Literal["publication"]

PUBLICATION_OBJECT_VALUES: set[PublicationObject] = {
    "publication",
}


def check_publication_object(value: str) -> PublicationObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(PublicationObject, value)
