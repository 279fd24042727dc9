"""The item and page types the four listings yield, for annotations in user code.

Loaded on first use (PEP 562) like the models themselves: ``CustomerActivity`` alone names 29 classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Union, get_args, get_type_hints

if TYPE_CHECKING:
    from ._generated import models as _models
    from ._generated.models import (
        CustomerActivityList,
        EarningRuleActivity,
        EarningRuleActivityPage,
        IncentiveActivity,
        IncentiveActivityPage,
        ProgramActivity,
        ProgramActivityPage,
    )

    # One v1 customer activity: the members of CustomerActivityList.data (built from it at run time).
    CustomerActivity = Union[  # noqa: UP007 - a runtime alias; `X | Y` of 29 classes reads no better
        _models.CustomerConfirmedActivity,
        _models.CustomerCustomEventActivity,
        _models.CustomerGiftBalanceAddedActivity,
        _models.CustomerHolderAssignmentActivity,
        _models.CustomerLoyaltyUpdatedActivity,
        _models.CustomerMessageFailedActivity,
        _models.CustomerMessageRecoveredActivity,
        _models.CustomerMessageSentActivity,
        _models.CustomerOrderActivity,
        _models.CustomerPendingPointsActivationActivity,
        _models.CustomerPendingPointsChangedActivity,
        _models.CustomerPointsActivatedActivity,
        _models.CustomerPointsAddedActivity,
        _models.CustomerPointsExpiredActivity,
        _models.CustomerPointsTransferredActivity,
        _models.CustomerProfileActivity,
        _models.CustomerPublicationActivity,
        _models.CustomerRedemptionActivity,
        _models.CustomerRedemptionRollbackActivity,
        _models.CustomerReferredActivity,
        _models.CustomerRewardedActivity,
        _models.CustomerRewardedLoyaltyPointsActivity,
        _models.CustomerRewardRedemptionActivity,
        _models.CustomerSegmentActivity,
        _models.CustomerTierChangedActivity,
        _models.CustomerTierExpirationChangedActivity,
        _models.CustomerTierMembershipActivity,
        _models.CustomerValidationActivity,
        _models.CustomerVoucherDeletedActivity,
    ]

__all__ = [
    "CustomerActivity",
    "CustomerActivityList",
    "EarningRuleActivity",
    "EarningRuleActivityPage",
    "IncentiveActivity",
    "IncentiveActivityPage",
    "ProgramActivity",
    "ProgramActivityPage",
]

_PAGES_AND_ITEMS = {name for name in __all__ if name != "CustomerActivity"}


# Hidden from type checkers: a visible module __getattr__ would make every misspelt name type-check.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        from . import models  # noqa: PLC0415 - loaded on first use, see above

        if name in _PAGES_AND_ITEMS:
            value: Any = getattr(models, name)
        elif name == "CustomerActivity":
            # What CustomerActivityList.data holds, read from the generated model: one list of members.
            (item,) = get_args(get_type_hints(models.CustomerActivityList)["data"])
            value = Union[get_args(item)]  # noqa: UP007 - the same object the alias above denotes
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value
