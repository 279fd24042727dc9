"""Every request and response model: attrs classes and ``Literal`` enum aliases.

Each is loaded on first use (a module-level ``__getattr__``, PEP 562): importing this package
reads none of the model modules, so a program pays only for the models it touches.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity_order import ActivityOrder
    from .activity_source import ActivitySource
    from .activity_source_api_key import ActivitySourceApiKey
    from .activity_source_channel import ActivitySourceChannel
    from .activity_source_user import ActivitySourceUser
    from .campaign_id_ref import CampaignIdRef
    from .campaign_loyalty_card import CampaignLoyaltyCard
    from .campaign_type import CampaignType
    from .campaign_voucher import CampaignVoucher
    from .campaign_voucher_discount import CampaignVoucherDiscount
    from .campaign_voucher_redemption import CampaignVoucherRedemption
    from .campaign_voucher_type import CampaignVoucherType
    from .category import Category
    from .category_object import CategoryObject
    from .code_config import CodeConfig
    from .created_at_conditions import CreatedAtConditions
    from .created_at_filter import CreatedAtFilter
    from .custom_event import CustomEvent
    from .custom_event_loyalty import CustomEventLoyalty
    from .custom_event_loyalty_context import CustomEventLoyaltyContext
    from .custom_event_metadata import CustomEventMetadata
    from .custom_event_object import CustomEventObject
    from .custom_event_referral import CustomEventReferral
    from .custom_event_referral_context import CustomEventReferralContext
    from .custom_event_schema_ref import CustomEventSchemaRef
    from .customer import Customer
    from .customer_activity_common import CustomerActivityCommon
    from .customer_activity_list import CustomerActivityList
    from .customer_activity_order import CustomerActivityOrder
    from .customer_activity_type import CustomerActivityType
    from .customer_address import CustomerAddress
    from .customer_assets import CustomerAssets
    from .customer_confirmed_activity import CustomerConfirmedActivity
    from .customer_confirmed_activity_details import CustomerConfirmedActivityDetails
    from .customer_confirmed_activity_type import CustomerConfirmedActivityType
    from .customer_confirmed_event_data import CustomerConfirmedEventData
    from .customer_custom_event_activity import CustomerCustomEventActivity
    from .customer_custom_event_activity_details import CustomerCustomEventActivityDetails
    from .customer_custom_event_activity_type import CustomerCustomEventActivityType
    from .customer_custom_event_data import CustomerCustomEventData
    from .customer_event_source import CustomerEventSource
    from .customer_event_source_api_key import CustomerEventSourceApiKey
    from .customer_event_source_channel import CustomerEventSourceChannel
    from .customer_event_source_user import CustomerEventSourceUser
    from .customer_gift_balance_added_activity import CustomerGiftBalanceAddedActivity
    from .customer_gift_balance_added_activity_details import CustomerGiftBalanceAddedActivityDetails
    from .customer_gift_balance_added_activity_type import CustomerGiftBalanceAddedActivityType
    from .customer_gift_balance_added_event_data import CustomerGiftBalanceAddedEventData
    from .customer_gift_summary import CustomerGiftSummary
    from .customer_holder_assignment_activity import CustomerHolderAssignmentActivity
    from .customer_holder_assignment_activity_details import CustomerHolderAssignmentActivityDetails
    from .customer_holder_assignment_activity_type import CustomerHolderAssignmentActivityType
    from .customer_holder_assignment_event_data import CustomerHolderAssignmentEventData
    from .customer_id_ref import CustomerIdRef
    from .customer_id_ref_object import CustomerIdRefObject
    from .customer_loyalty import CustomerLoyalty
    from .customer_loyalty_campaign import CustomerLoyaltyCampaign
    from .customer_loyalty_campaigns import CustomerLoyaltyCampaigns
    from .customer_loyalty_card_summary import CustomerLoyaltyCardSummary
    from .customer_loyalty_updated_activity import CustomerLoyaltyUpdatedActivity
    from .customer_loyalty_updated_activity_details import CustomerLoyaltyUpdatedActivityDetails
    from .customer_loyalty_updated_activity_type import CustomerLoyaltyUpdatedActivityType
    from .customer_loyalty_updated_event_data import CustomerLoyaltyUpdatedEventData
    from .customer_loyalty_updated_event_data_loyalty import CustomerLoyaltyUpdatedEventDataLoyalty
    from .customer_message_failed_activity import CustomerMessageFailedActivity
    from .customer_message_failed_activity_details import CustomerMessageFailedActivityDetails
    from .customer_message_failed_activity_type import CustomerMessageFailedActivityType
    from .customer_message_failed_event_data import CustomerMessageFailedEventData
    from .customer_message_failed_event_data_distribution import CustomerMessageFailedEventDataDistribution
    from .customer_message_recovered_activity import CustomerMessageRecoveredActivity
    from .customer_message_recovered_activity_details import CustomerMessageRecoveredActivityDetails
    from .customer_message_recovered_activity_type import CustomerMessageRecoveredActivityType
    from .customer_message_recovered_event_data import CustomerMessageRecoveredEventData
    from .customer_message_recovered_event_data_distribution import CustomerMessageRecoveredEventDataDistribution
    from .customer_message_sent_activity import CustomerMessageSentActivity
    from .customer_message_sent_activity_details import CustomerMessageSentActivityDetails
    from .customer_message_sent_activity_type import CustomerMessageSentActivityType
    from .customer_message_sent_event_data import CustomerMessageSentEventData
    from .customer_message_sent_event_data_distribution import CustomerMessageSentEventDataDistribution
    from .customer_metadata import CustomerMetadata
    from .customer_object import CustomerObject
    from .customer_order_activity import CustomerOrderActivity
    from .customer_order_activity_details import CustomerOrderActivityDetails
    from .customer_order_activity_type import CustomerOrderActivityType
    from .customer_order_event_data import CustomerOrderEventData
    from .customer_order_summary import CustomerOrderSummary
    from .customer_pending_points_activation_activity import CustomerPendingPointsActivationActivity
    from .customer_pending_points_activation_activity_details import CustomerPendingPointsActivationActivityDetails
    from .customer_pending_points_activation_activity_type import CustomerPendingPointsActivationActivityType
    from .customer_pending_points_activation_event_data import CustomerPendingPointsActivationEventData
    from .customer_pending_points_changed_activity import CustomerPendingPointsChangedActivity
    from .customer_pending_points_changed_activity_details import CustomerPendingPointsChangedActivityDetails
    from .customer_pending_points_changed_activity_type import CustomerPendingPointsChangedActivityType
    from .customer_pending_points_changed_event_data import CustomerPendingPointsChangedEventData
    from .customer_points_activated_activity import CustomerPointsActivatedActivity
    from .customer_points_activated_activity_details import CustomerPointsActivatedActivityDetails
    from .customer_points_activated_activity_type import CustomerPointsActivatedActivityType
    from .customer_points_activated_event_data import CustomerPointsActivatedEventData
    from .customer_points_added_activity import CustomerPointsAddedActivity
    from .customer_points_added_activity_details import CustomerPointsAddedActivityDetails
    from .customer_points_added_activity_type import CustomerPointsAddedActivityType
    from .customer_points_added_event_data import CustomerPointsAddedEventData
    from .customer_points_expired_activity import CustomerPointsExpiredActivity
    from .customer_points_expired_activity_details import CustomerPointsExpiredActivityDetails
    from .customer_points_expired_activity_type import CustomerPointsExpiredActivityType
    from .customer_points_expired_event_data import CustomerPointsExpiredEventData
    from .customer_points_transferred_activity import CustomerPointsTransferredActivity
    from .customer_points_transferred_activity_details import CustomerPointsTransferredActivityDetails
    from .customer_points_transferred_activity_type import CustomerPointsTransferredActivityType
    from .customer_points_transferred_event_data import CustomerPointsTransferredEventData
    from .customer_profile_activity import CustomerProfileActivity
    from .customer_profile_activity_details import CustomerProfileActivityDetails
    from .customer_profile_activity_type import CustomerProfileActivityType
    from .customer_profile_event_data import CustomerProfileEventData
    from .customer_publication_activity import CustomerPublicationActivity
    from .customer_publication_activity_details import CustomerPublicationActivityDetails
    from .customer_publication_activity_type import CustomerPublicationActivityType
    from .customer_publication_event_data import CustomerPublicationEventData
    from .customer_redemption_activity import CustomerRedemptionActivity
    from .customer_redemption_activity_details import CustomerRedemptionActivityDetails
    from .customer_redemption_activity_type import CustomerRedemptionActivityType
    from .customer_redemption_event_data import CustomerRedemptionEventData
    from .customer_redemption_rollback_activity import CustomerRedemptionRollbackActivity
    from .customer_redemption_rollback_activity_details import CustomerRedemptionRollbackActivityDetails
    from .customer_redemption_rollback_activity_type import CustomerRedemptionRollbackActivityType
    from .customer_redemption_rollback_event_data import CustomerRedemptionRollbackEventData
    from .customer_redemption_summary import CustomerRedemptionSummary
    from .customer_referral_campaign import CustomerReferralCampaign
    from .customer_referrals import CustomerReferrals
    from .customer_referred_activity import CustomerReferredActivity
    from .customer_referred_activity_details import CustomerReferredActivityDetails
    from .customer_referred_activity_type import CustomerReferredActivityType
    from .customer_referred_event_data import CustomerReferredEventData
    from .customer_reward_redemption_activity import CustomerRewardRedemptionActivity
    from .customer_reward_redemption_activity_details import CustomerRewardRedemptionActivityDetails
    from .customer_reward_redemption_activity_type import CustomerRewardRedemptionActivityType
    from .customer_reward_redemption_event_data import CustomerRewardRedemptionEventData
    from .customer_reward_redemption_event_data_reward_redemption import (
        CustomerRewardRedemptionEventDataRewardRedemption,
    )
    from .customer_rewarded_activity import CustomerRewardedActivity
    from .customer_rewarded_activity_details import CustomerRewardedActivityDetails
    from .customer_rewarded_activity_type import CustomerRewardedActivityType
    from .customer_rewarded_event_data import CustomerRewardedEventData
    from .customer_rewarded_loyalty_points_activity import CustomerRewardedLoyaltyPointsActivity
    from .customer_rewarded_loyalty_points_activity_details import CustomerRewardedLoyaltyPointsActivityDetails
    from .customer_rewarded_loyalty_points_activity_type import CustomerRewardedLoyaltyPointsActivityType
    from .customer_rewarded_loyalty_points_event_data import CustomerRewardedLoyaltyPointsEventData
    from .customer_segment_activity import CustomerSegmentActivity
    from .customer_segment_activity_details import CustomerSegmentActivityDetails
    from .customer_segment_activity_type import CustomerSegmentActivityType
    from .customer_segment_event_data import CustomerSegmentEventData
    from .customer_summary import CustomerSummary
    from .customer_system_metadata import CustomerSystemMetadata
    from .customer_tier_changed_activity import CustomerTierChangedActivity
    from .customer_tier_changed_activity_details import CustomerTierChangedActivityDetails
    from .customer_tier_changed_activity_type import CustomerTierChangedActivityType
    from .customer_tier_changed_event_data import CustomerTierChangedEventData
    from .customer_tier_expiration_changed_activity import CustomerTierExpirationChangedActivity
    from .customer_tier_expiration_changed_activity_details import CustomerTierExpirationChangedActivityDetails
    from .customer_tier_expiration_changed_activity_type import CustomerTierExpirationChangedActivityType
    from .customer_tier_expiration_changed_event_data import CustomerTierExpirationChangedEventData
    from .customer_tier_membership_activity import CustomerTierMembershipActivity
    from .customer_tier_membership_activity_details import CustomerTierMembershipActivityDetails
    from .customer_tier_membership_activity_type import CustomerTierMembershipActivityType
    from .customer_tier_membership_event_data import CustomerTierMembershipEventData
    from .customer_validation_activity import CustomerValidationActivity
    from .customer_validation_activity_details import CustomerValidationActivityDetails
    from .customer_validation_activity_type import CustomerValidationActivityType
    from .customer_validation_event_data import CustomerValidationEventData
    from .customer_voucher_deleted_activity import CustomerVoucherDeletedActivity
    from .customer_voucher_deleted_activity_details import CustomerVoucherDeletedActivityDetails
    from .customer_voucher_deleted_activity_type import CustomerVoucherDeletedActivityType
    from .customer_voucher_deleted_event_data import CustomerVoucherDeletedEventData
    from .earning import Earning
    from .earning_effect import EarningEffect
    from .earning_effect_incentive import EarningEffectIncentive
    from .earning_effect_points import EarningEffectPoints
    from .earning_effect_points_proportional import EarningEffectPointsProportional
    from .earning_effect_type import EarningEffectType
    from .earning_rule import EarningRule
    from .earning_rule_activity import EarningRuleActivity
    from .earning_rule_activity_cursor import EarningRuleActivityCursor
    from .earning_rule_activity_data import EarningRuleActivityData
    from .earning_rule_activity_filters import EarningRuleActivityFilters
    from .earning_rule_activity_id_conditions import EarningRuleActivityIdConditions
    from .earning_rule_activity_id_filter import EarningRuleActivityIdFilter
    from .earning_rule_activity_page import EarningRuleActivityPage
    from .earning_rule_activity_type import EarningRuleActivityType
    from .earning_rule_activity_type_conditions import EarningRuleActivityTypeConditions
    from .earning_rule_activity_type_filter import EarningRuleActivityTypeFilter
    from .earning_rule_condition import EarningRuleCondition
    from .earning_rule_cooldown import EarningRuleCooldown
    from .earning_rule_cooldown_period import EarningRuleCooldownPeriod
    from .earning_rule_cooldown_period_unit import EarningRuleCooldownPeriodUnit
    from .earning_rule_cooldown_type import EarningRuleCooldownType
    from .earning_rule_daily_hours import EarningRuleDailyHours
    from .earning_rule_error import EarningRuleError
    from .earning_rule_fixed_cooldown import EarningRuleFixedCooldown
    from .earning_rule_frequency import EarningRuleFrequency
    from .earning_rule_frequency_current_period import EarningRuleFrequencyCurrentPeriod
    from .earning_rule_frequency_current_period_unit import EarningRuleFrequencyCurrentPeriodUnit
    from .earning_rule_frequency_limit import EarningRuleFrequencyLimit
    from .earning_rule_frequency_limit_type import EarningRuleFrequencyLimitType
    from .earning_rule_frequency_period import EarningRuleFrequencyPeriod
    from .earning_rule_frequency_period_type import EarningRuleFrequencyPeriodType
    from .earning_rule_frequency_triggers import EarningRuleFrequencyTriggers
    from .earning_rule_frequency_type import EarningRuleFrequencyType
    from .earning_rule_metadata import EarningRuleMetadata
    from .earning_rule_operators import EarningRuleOperators
    from .earning_rule_status import EarningRuleStatus
    from .earning_rule_trigger import EarningRuleTrigger
    from .earning_rule_trigger_custom_event import EarningRuleTriggerCustomEvent
    from .earning_rule_trigger_event import EarningRuleTriggerEvent
    from .earning_rule_trigger_limits import EarningRuleTriggerLimits
    from .earning_rule_trigger_segment import EarningRuleTriggerSegment
    from .earning_rule_validity_hours import EarningRuleValidityHours
    from .earning_rules_group import EarningRulesGroup
    from .earning_tier_requirement import EarningTierRequirement
    from .earning_tier_rules import EarningTierRules
    from .earning_tier_rules_type import EarningTierRulesType
    from .error import Error
    from .filter_junction import FilterJunction
    from .gift import Gift
    from .gift_effect import GiftEffect
    from .incentive import Incentive
    from .incentive_activity import IncentiveActivity
    from .incentive_activity_cursor import IncentiveActivityCursor
    from .incentive_activity_data import IncentiveActivityData
    from .incentive_activity_filters import IncentiveActivityFilters
    from .incentive_activity_id_conditions import IncentiveActivityIdConditions
    from .incentive_activity_id_filter import IncentiveActivityIdFilter
    from .incentive_activity_page import IncentiveActivityPage
    from .incentive_activity_type import IncentiveActivityType
    from .incentive_activity_type_conditions import IncentiveActivityTypeConditions
    from .incentive_activity_type_filter import IncentiveActivityTypeFilter
    from .incentive_digital import IncentiveDigital
    from .incentive_digital_discount_coupons import IncentiveDigitalDiscountCoupons
    from .incentive_digital_gift_vouchers import IncentiveDigitalGiftVouchers
    from .incentive_digital_type import IncentiveDigitalType
    from .incentive_material import IncentiveMaterial
    from .incentive_material_product import IncentiveMaterialProduct
    from .incentive_material_sku import IncentiveMaterialSku
    from .incentive_material_type import IncentiveMaterialType
    from .incentive_points import IncentivePoints
    from .incentive_status import IncentiveStatus
    from .incentive_type import IncentiveType
    from .loyalty_earning_rule import LoyaltyEarningRule
    from .loyalty_earning_rule_banner import LoyaltyEarningRuleBanner
    from .loyalty_earning_rule_custom_event import LoyaltyEarningRuleCustomEvent
    from .loyalty_earning_rule_loyalty import LoyaltyEarningRuleLoyalty
    from .loyalty_earning_rule_metadata import LoyaltyEarningRuleMetadata
    from .loyalty_earning_rule_object import LoyaltyEarningRuleObject
    from .loyalty_earning_rule_pending_points import LoyaltyEarningRulePendingPoints
    from .loyalty_earning_rule_pending_points_period_type import LoyaltyEarningRulePendingPointsPeriodType
    from .loyalty_earning_rule_ref import LoyaltyEarningRuleRef
    from .loyalty_earning_rule_source import LoyaltyEarningRuleSource
    from .loyalty_earning_rule_source_object_type import LoyaltyEarningRuleSourceObjectType
    from .loyalty_earning_rule_tier import LoyaltyEarningRuleTier
    from .loyalty_points_expiration_rules import LoyaltyPointsExpirationRules
    from .loyalty_points_expiration_rules_period_type import LoyaltyPointsExpirationRulesPeriodType
    from .loyalty_points_expiration_rules_rounding_type import LoyaltyPointsExpirationRulesRoundingType
    from .loyalty_tier import LoyaltyTier
    from .loyalty_tier_config import LoyaltyTierConfig
    from .loyalty_tier_earning_rules import LoyaltyTierEarningRules
    from .loyalty_tier_expiration import LoyaltyTierExpiration
    from .loyalty_tier_metadata_type_0 import LoyaltyTierMetadataType0
    from .loyalty_tier_object import LoyaltyTierObject
    from .loyalty_tier_point_range import LoyaltyTierPointRange
    from .loyalty_tier_rewards import LoyaltyTierRewards
    from .named_object_ref import NamedObjectRef
    from .object_id_ref import ObjectIdRef
    from .order import Order
    from .order_item import OrderItem
    from .order_item_metadata import OrderItemMetadata
    from .order_item_object import OrderItemObject
    from .order_item_product import OrderItemProduct
    from .order_item_product_metadata import OrderItemProductMetadata
    from .order_item_related_object import OrderItemRelatedObject
    from .order_item_sku import OrderItemSku
    from .order_item_sku_metadata import OrderItemSkuMetadata
    from .order_metadata import OrderMetadata
    from .order_object import OrderObject
    from .order_redemption_entry import OrderRedemptionEntry
    from .order_redemptions import OrderRedemptions
    from .order_ref import OrderRef
    from .order_status import OrderStatus
    from .pending_points import PendingPoints
    from .pending_points_details import PendingPointsDetails
    from .pending_points_event import PendingPointsEvent
    from .pending_points_event_category import PendingPointsEventCategory
    from .pending_points_event_type import PendingPointsEventType
    from .period_unit import PeriodUnit
    from .period_value_unit import PeriodValueUnit
    from .points_bucket import PointsBucket
    from .points_bucket_object import PointsBucketObject
    from .points_bucket_total import PointsBucketTotal
    from .points_calendar_expiration import PointsCalendarExpiration
    from .points_expiration import PointsExpiration
    from .points_expiration_date import PointsExpirationDate
    from .points_expiration_type import PointsExpirationType
    from .points_proportional import PointsProportional
    from .points_proportional_applicable_to import PointsProportionalApplicableTo
    from .points_proportional_applicable_to_product import PointsProportionalApplicableToProduct
    from .points_proportional_applicable_to_products_collection import PointsProportionalApplicableToProductsCollection
    from .points_proportional_applicable_to_sku import PointsProportionalApplicableToSku
    from .points_proportional_applicable_to_type import PointsProportionalApplicableToType
    from .points_proportional_calculation_type import PointsProportionalCalculationType
    from .points_proportional_customer import PointsProportionalCustomer
    from .points_proportional_every import PointsProportionalEvery
    from .points_proportional_metadata import PointsProportionalMetadata
    from .points_proportional_order import PointsProportionalOrder
    from .points_proportional_order_items import PointsProportionalOrderItems
    from .points_proportional_order_items_calculation import PointsProportionalOrderItemsCalculation
    from .points_rolling_expiration import PointsRollingExpiration
    from .points_rolling_rounding import PointsRollingRounding
    from .points_rolling_rounding_type import PointsRollingRoundingType
    from .points_sliding_expiration import PointsSlidingExpiration
    from .product import Product
    from .product_metadata import ProductMetadata
    from .product_object import ProductObject
    from .product_skus import ProductSkus
    from .program import Program
    from .program_activity import ProgramActivity
    from .program_activity_cursor import ProgramActivityCursor
    from .program_activity_data import ProgramActivityData
    from .program_activity_filters import ProgramActivityFilters
    from .program_activity_id_conditions import ProgramActivityIdConditions
    from .program_activity_id_filter import ProgramActivityIdFilter
    from .program_activity_page import ProgramActivityPage
    from .program_activity_type import ProgramActivityType
    from .program_activity_type_conditions import ProgramActivityTypeConditions
    from .program_activity_type_filter import ProgramActivityTypeFilter
    from .program_metadata import ProgramMetadata
    from .program_status import ProgramStatus
    from .promotion_stack import PromotionStack
    from .promotion_stack_tiers import PromotionStackTiers
    from .promotion_stack_tiers_hierarchy_mode import PromotionStackTiersHierarchyMode
    from .promotion_tier import PromotionTier
    from .promotion_tier_action import PromotionTierAction
    from .promotion_tier_action_discount import PromotionTierActionDiscount
    from .promotion_tier_campaign import PromotionTierCampaign
    from .promotion_tier_metadata import PromotionTierMetadata
    from .promotion_tier_order_summary import PromotionTierOrderSummary
    from .promotion_tier_redemption_summary import PromotionTierRedemptionSummary
    from .promotion_tier_summary import PromotionTierSummary
    from .promotion_tier_validation_rule_assignments import PromotionTierValidationRuleAssignments
    from .publication import Publication
    from .publication_metadata import PublicationMetadata
    from .publication_object import PublicationObject
    from .publication_result import PublicationResult
    from .publication_voucher import PublicationVoucher
    from .publication_voucher_discount import PublicationVoucherDiscount
    from .publication_voucher_loyalty_card import PublicationVoucherLoyaltyCard
    from .publication_voucher_object import PublicationVoucherObject
    from .redeemable_holder import RedeemableHolder
    from .redeemable_holder_campaign_type import RedeemableHolderCampaignType
    from .redeemable_holder_holder_role import RedeemableHolderHolderRole
    from .redeemable_holder_object import RedeemableHolderObject
    from .redeemable_holder_redeemable_object import RedeemableHolderRedeemableObject
    from .redeemable_holder_voucher_type import RedeemableHolderVoucherType
    from .redemption import Redemption
    from .redemption_channel import RedemptionChannel
    from .redemption_channel_channel_type import RedemptionChannelChannelType
    from .redemption_channel_type import RedemptionChannelType
    from .redemption_metadata import RedemptionMetadata
    from .redemption_related_object_type import RedemptionRelatedObjectType
    from .redemption_result import RedemptionResult
    from .redemption_reward import RedemptionReward
    from .redemption_reward_metadata import RedemptionRewardMetadata
    from .redemption_reward_object import RedemptionRewardObject
    from .redemption_reward_parameters import RedemptionRewardParameters
    from .redemption_reward_type import RedemptionRewardType
    from .redemption_status import RedemptionStatus
    from .referee_reward import RefereeReward
    from .referee_reward_related_object_parent import RefereeRewardRelatedObjectParent
    from .referee_reward_type import RefereeRewardType
    from .referral_program import ReferralProgram
    from .referral_program_conversion_event_type import ReferralProgramConversionEventType
    from .referral_tier import ReferralTier
    from .referral_tier_parameters import ReferralTierParameters
    from .related_redemption_ref import RelatedRedemptionRef
    from .related_redemptions import RelatedRedemptions
    from .reward_assignment import RewardAssignment
    from .reward_assignment_loyalty import RewardAssignmentLoyalty
    from .reward_assignment_object import RewardAssignmentObject
    from .reward_assignment_parameters import RewardAssignmentParameters
    from .reward_assignment_related_object_type import RewardAssignmentRelatedObjectType
    from .reward_campaign_parameters import RewardCampaignParameters
    from .reward_coin_parameters import RewardCoinParameters
    from .reward_product_parameters import RewardProductParameters
    from .rewarded_balance import RewardedBalance
    from .rewarded_customer_event import RewardedCustomerEvent
    from .segment import Segment
    from .segment_object import SegmentObject
    from .simple_campaign import SimpleCampaign
    from .simple_campaign_metadata import SimpleCampaignMetadata
    from .simple_campaign_object import SimpleCampaignObject
    from .simple_campaign_type import SimpleCampaignType
    from .simple_customer import SimpleCustomer
    from .simple_customer_metadata import SimpleCustomerMetadata
    from .simple_customer_object import SimpleCustomerObject
    from .simple_event import SimpleEvent
    from .simple_event_category import SimpleEventCategory
    from .simple_loyalty_card import SimpleLoyaltyCard
    from .simple_order import SimpleOrder
    from .simple_order_item import SimpleOrderItem
    from .simple_order_item_object import SimpleOrderItemObject
    from .simple_order_item_related_object import SimpleOrderItemRelatedObject
    from .simple_order_metadata import SimpleOrderMetadata
    from .simple_order_object import SimpleOrderObject
    from .simple_order_status import SimpleOrderStatus
    from .simple_product import SimpleProduct
    from .simple_promotion_tier import SimplePromotionTier
    from .simple_promotion_tier_metadata import SimplePromotionTierMetadata
    from .simple_redemption import SimpleRedemption
    from .simple_redemption_metadata import SimpleRedemptionMetadata
    from .simple_redemption_result import SimpleRedemptionResult
    from .simple_redemption_reward import SimpleRedemptionReward
    from .simple_redemption_reward_metadata import SimpleRedemptionRewardMetadata
    from .simple_redemption_reward_object import SimpleRedemptionRewardObject
    from .simple_redemption_reward_type import SimpleRedemptionRewardType
    from .simple_redemption_status import SimpleRedemptionStatus
    from .simple_sku import SimpleSku
    from .simple_voucher import SimpleVoucher
    from .simple_voucher_discount import SimpleVoucherDiscount
    from .simple_voucher_metadata import SimpleVoucherMetadata
    from .simple_voucher_object import SimpleVoucherObject
    from .simple_voucher_redemption import SimpleVoucherRedemption
    from .simple_voucher_type import SimpleVoucherType
    from .sku import Sku
    from .sku_attributes import SkuAttributes
    from .sku_metadata import SkuMetadata
    from .sku_object import SkuObject
    from .typed_object_ref import TypedObjectRef
    from .unconfirmed_customer import UnconfirmedCustomer
    from .validation import Validation
    from .validation_redeemable_ref import ValidationRedeemableRef
    from .validation_redeemable_ref_type import ValidationRedeemableRefType
    from .validation_status import ValidationStatus
    from .validity_day_of_week_item import ValidityDayOfWeekItem
    from .validity_hours import ValidityHours
    from .validity_hours_daily import ValidityHoursDaily
    from .validity_hours_daily_days_of_week_item import ValidityHoursDailyDaysOfWeekItem
    from .validity_timeframe import ValidityTimeframe
    from .voucher import Voucher
    from .voucher_asset import VoucherAsset
    from .voucher_assets import VoucherAssets
    from .voucher_balance import VoucherBalance
    from .voucher_balance_object import VoucherBalanceObject
    from .voucher_balance_operation_type import VoucherBalanceOperationType
    from .voucher_balance_related_object import VoucherBalanceRelatedObject
    from .voucher_balance_related_object_type import VoucherBalanceRelatedObjectType
    from .voucher_balance_type import VoucherBalanceType
    from .voucher_discount import VoucherDiscount
    from .voucher_metadata import VoucherMetadata
    from .voucher_publish_summary import VoucherPublishSummary
    from .voucher_redemption_summary import VoucherRedemptionSummary
    from .voucher_transaction import VoucherTransaction
    from .voucher_transaction_details import VoucherTransactionDetails
    from .voucher_transaction_type import VoucherTransactionType
    from .voucher_type import VoucherType
    from .voucher_validation_rules_assignments import VoucherValidationRulesAssignments

# Public name -> the module defining it.
_MODULES = {
    "ActivityOrder": "activity_order",
    "ActivitySource": "activity_source",
    "ActivitySourceApiKey": "activity_source_api_key",
    "ActivitySourceChannel": "activity_source_channel",
    "ActivitySourceUser": "activity_source_user",
    "CampaignIdRef": "campaign_id_ref",
    "CampaignLoyaltyCard": "campaign_loyalty_card",
    "CampaignType": "campaign_type",
    "CampaignVoucher": "campaign_voucher",
    "CampaignVoucherDiscount": "campaign_voucher_discount",
    "CampaignVoucherRedemption": "campaign_voucher_redemption",
    "CampaignVoucherType": "campaign_voucher_type",
    "Category": "category",
    "CategoryObject": "category_object",
    "CodeConfig": "code_config",
    "CreatedAtConditions": "created_at_conditions",
    "CreatedAtFilter": "created_at_filter",
    "CustomEvent": "custom_event",
    "CustomEventLoyalty": "custom_event_loyalty",
    "CustomEventLoyaltyContext": "custom_event_loyalty_context",
    "CustomEventMetadata": "custom_event_metadata",
    "CustomEventObject": "custom_event_object",
    "CustomEventReferral": "custom_event_referral",
    "CustomEventReferralContext": "custom_event_referral_context",
    "CustomEventSchemaRef": "custom_event_schema_ref",
    "Customer": "customer",
    "CustomerActivityCommon": "customer_activity_common",
    "CustomerActivityList": "customer_activity_list",
    "CustomerActivityOrder": "customer_activity_order",
    "CustomerActivityType": "customer_activity_type",
    "CustomerAddress": "customer_address",
    "CustomerAssets": "customer_assets",
    "CustomerConfirmedActivity": "customer_confirmed_activity",
    "CustomerConfirmedActivityDetails": "customer_confirmed_activity_details",
    "CustomerConfirmedActivityType": "customer_confirmed_activity_type",
    "CustomerConfirmedEventData": "customer_confirmed_event_data",
    "CustomerCustomEventActivity": "customer_custom_event_activity",
    "CustomerCustomEventActivityDetails": "customer_custom_event_activity_details",
    "CustomerCustomEventActivityType": "customer_custom_event_activity_type",
    "CustomerCustomEventData": "customer_custom_event_data",
    "CustomerEventSource": "customer_event_source",
    "CustomerEventSourceApiKey": "customer_event_source_api_key",
    "CustomerEventSourceChannel": "customer_event_source_channel",
    "CustomerEventSourceUser": "customer_event_source_user",
    "CustomerGiftBalanceAddedActivity": "customer_gift_balance_added_activity",
    "CustomerGiftBalanceAddedActivityDetails": "customer_gift_balance_added_activity_details",
    "CustomerGiftBalanceAddedActivityType": "customer_gift_balance_added_activity_type",
    "CustomerGiftBalanceAddedEventData": "customer_gift_balance_added_event_data",
    "CustomerGiftSummary": "customer_gift_summary",
    "CustomerHolderAssignmentActivity": "customer_holder_assignment_activity",
    "CustomerHolderAssignmentActivityDetails": "customer_holder_assignment_activity_details",
    "CustomerHolderAssignmentActivityType": "customer_holder_assignment_activity_type",
    "CustomerHolderAssignmentEventData": "customer_holder_assignment_event_data",
    "CustomerIdRef": "customer_id_ref",
    "CustomerIdRefObject": "customer_id_ref_object",
    "CustomerLoyalty": "customer_loyalty",
    "CustomerLoyaltyCampaign": "customer_loyalty_campaign",
    "CustomerLoyaltyCampaigns": "customer_loyalty_campaigns",
    "CustomerLoyaltyCardSummary": "customer_loyalty_card_summary",
    "CustomerLoyaltyUpdatedActivity": "customer_loyalty_updated_activity",
    "CustomerLoyaltyUpdatedActivityDetails": "customer_loyalty_updated_activity_details",
    "CustomerLoyaltyUpdatedActivityType": "customer_loyalty_updated_activity_type",
    "CustomerLoyaltyUpdatedEventData": "customer_loyalty_updated_event_data",
    "CustomerLoyaltyUpdatedEventDataLoyalty": "customer_loyalty_updated_event_data_loyalty",
    "CustomerMessageFailedActivity": "customer_message_failed_activity",
    "CustomerMessageFailedActivityDetails": "customer_message_failed_activity_details",
    "CustomerMessageFailedActivityType": "customer_message_failed_activity_type",
    "CustomerMessageFailedEventData": "customer_message_failed_event_data",
    "CustomerMessageFailedEventDataDistribution": "customer_message_failed_event_data_distribution",
    "CustomerMessageRecoveredActivity": "customer_message_recovered_activity",
    "CustomerMessageRecoveredActivityDetails": "customer_message_recovered_activity_details",
    "CustomerMessageRecoveredActivityType": "customer_message_recovered_activity_type",
    "CustomerMessageRecoveredEventData": "customer_message_recovered_event_data",
    "CustomerMessageRecoveredEventDataDistribution": "customer_message_recovered_event_data_distribution",
    "CustomerMessageSentActivity": "customer_message_sent_activity",
    "CustomerMessageSentActivityDetails": "customer_message_sent_activity_details",
    "CustomerMessageSentActivityType": "customer_message_sent_activity_type",
    "CustomerMessageSentEventData": "customer_message_sent_event_data",
    "CustomerMessageSentEventDataDistribution": "customer_message_sent_event_data_distribution",
    "CustomerMetadata": "customer_metadata",
    "CustomerObject": "customer_object",
    "CustomerOrderActivity": "customer_order_activity",
    "CustomerOrderActivityDetails": "customer_order_activity_details",
    "CustomerOrderActivityType": "customer_order_activity_type",
    "CustomerOrderEventData": "customer_order_event_data",
    "CustomerOrderSummary": "customer_order_summary",
    "CustomerPendingPointsActivationActivity": "customer_pending_points_activation_activity",
    "CustomerPendingPointsActivationActivityDetails": "customer_pending_points_activation_activity_details",
    "CustomerPendingPointsActivationActivityType": "customer_pending_points_activation_activity_type",
    "CustomerPendingPointsActivationEventData": "customer_pending_points_activation_event_data",
    "CustomerPendingPointsChangedActivity": "customer_pending_points_changed_activity",
    "CustomerPendingPointsChangedActivityDetails": "customer_pending_points_changed_activity_details",
    "CustomerPendingPointsChangedActivityType": "customer_pending_points_changed_activity_type",
    "CustomerPendingPointsChangedEventData": "customer_pending_points_changed_event_data",
    "CustomerPointsActivatedActivity": "customer_points_activated_activity",
    "CustomerPointsActivatedActivityDetails": "customer_points_activated_activity_details",
    "CustomerPointsActivatedActivityType": "customer_points_activated_activity_type",
    "CustomerPointsActivatedEventData": "customer_points_activated_event_data",
    "CustomerPointsAddedActivity": "customer_points_added_activity",
    "CustomerPointsAddedActivityDetails": "customer_points_added_activity_details",
    "CustomerPointsAddedActivityType": "customer_points_added_activity_type",
    "CustomerPointsAddedEventData": "customer_points_added_event_data",
    "CustomerPointsExpiredActivity": "customer_points_expired_activity",
    "CustomerPointsExpiredActivityDetails": "customer_points_expired_activity_details",
    "CustomerPointsExpiredActivityType": "customer_points_expired_activity_type",
    "CustomerPointsExpiredEventData": "customer_points_expired_event_data",
    "CustomerPointsTransferredActivity": "customer_points_transferred_activity",
    "CustomerPointsTransferredActivityDetails": "customer_points_transferred_activity_details",
    "CustomerPointsTransferredActivityType": "customer_points_transferred_activity_type",
    "CustomerPointsTransferredEventData": "customer_points_transferred_event_data",
    "CustomerProfileActivity": "customer_profile_activity",
    "CustomerProfileActivityDetails": "customer_profile_activity_details",
    "CustomerProfileActivityType": "customer_profile_activity_type",
    "CustomerProfileEventData": "customer_profile_event_data",
    "CustomerPublicationActivity": "customer_publication_activity",
    "CustomerPublicationActivityDetails": "customer_publication_activity_details",
    "CustomerPublicationActivityType": "customer_publication_activity_type",
    "CustomerPublicationEventData": "customer_publication_event_data",
    "CustomerRedemptionActivity": "customer_redemption_activity",
    "CustomerRedemptionActivityDetails": "customer_redemption_activity_details",
    "CustomerRedemptionActivityType": "customer_redemption_activity_type",
    "CustomerRedemptionEventData": "customer_redemption_event_data",
    "CustomerRedemptionRollbackActivity": "customer_redemption_rollback_activity",
    "CustomerRedemptionRollbackActivityDetails": "customer_redemption_rollback_activity_details",
    "CustomerRedemptionRollbackActivityType": "customer_redemption_rollback_activity_type",
    "CustomerRedemptionRollbackEventData": "customer_redemption_rollback_event_data",
    "CustomerRedemptionSummary": "customer_redemption_summary",
    "CustomerReferralCampaign": "customer_referral_campaign",
    "CustomerReferrals": "customer_referrals",
    "CustomerReferredActivity": "customer_referred_activity",
    "CustomerReferredActivityDetails": "customer_referred_activity_details",
    "CustomerReferredActivityType": "customer_referred_activity_type",
    "CustomerReferredEventData": "customer_referred_event_data",
    "CustomerRewardRedemptionActivity": "customer_reward_redemption_activity",
    "CustomerRewardRedemptionActivityDetails": "customer_reward_redemption_activity_details",
    "CustomerRewardRedemptionActivityType": "customer_reward_redemption_activity_type",
    "CustomerRewardRedemptionEventData": "customer_reward_redemption_event_data",
    "CustomerRewardRedemptionEventDataRewardRedemption": "customer_reward_redemption_event_data_reward_redemption",
    "CustomerRewardedActivity": "customer_rewarded_activity",
    "CustomerRewardedActivityDetails": "customer_rewarded_activity_details",
    "CustomerRewardedActivityType": "customer_rewarded_activity_type",
    "CustomerRewardedEventData": "customer_rewarded_event_data",
    "CustomerRewardedLoyaltyPointsActivity": "customer_rewarded_loyalty_points_activity",
    "CustomerRewardedLoyaltyPointsActivityDetails": "customer_rewarded_loyalty_points_activity_details",
    "CustomerRewardedLoyaltyPointsActivityType": "customer_rewarded_loyalty_points_activity_type",
    "CustomerRewardedLoyaltyPointsEventData": "customer_rewarded_loyalty_points_event_data",
    "CustomerSegmentActivity": "customer_segment_activity",
    "CustomerSegmentActivityDetails": "customer_segment_activity_details",
    "CustomerSegmentActivityType": "customer_segment_activity_type",
    "CustomerSegmentEventData": "customer_segment_event_data",
    "CustomerSummary": "customer_summary",
    "CustomerSystemMetadata": "customer_system_metadata",
    "CustomerTierChangedActivity": "customer_tier_changed_activity",
    "CustomerTierChangedActivityDetails": "customer_tier_changed_activity_details",
    "CustomerTierChangedActivityType": "customer_tier_changed_activity_type",
    "CustomerTierChangedEventData": "customer_tier_changed_event_data",
    "CustomerTierExpirationChangedActivity": "customer_tier_expiration_changed_activity",
    "CustomerTierExpirationChangedActivityDetails": "customer_tier_expiration_changed_activity_details",
    "CustomerTierExpirationChangedActivityType": "customer_tier_expiration_changed_activity_type",
    "CustomerTierExpirationChangedEventData": "customer_tier_expiration_changed_event_data",
    "CustomerTierMembershipActivity": "customer_tier_membership_activity",
    "CustomerTierMembershipActivityDetails": "customer_tier_membership_activity_details",
    "CustomerTierMembershipActivityType": "customer_tier_membership_activity_type",
    "CustomerTierMembershipEventData": "customer_tier_membership_event_data",
    "CustomerValidationActivity": "customer_validation_activity",
    "CustomerValidationActivityDetails": "customer_validation_activity_details",
    "CustomerValidationActivityType": "customer_validation_activity_type",
    "CustomerValidationEventData": "customer_validation_event_data",
    "CustomerVoucherDeletedActivity": "customer_voucher_deleted_activity",
    "CustomerVoucherDeletedActivityDetails": "customer_voucher_deleted_activity_details",
    "CustomerVoucherDeletedActivityType": "customer_voucher_deleted_activity_type",
    "CustomerVoucherDeletedEventData": "customer_voucher_deleted_event_data",
    "Earning": "earning",
    "EarningEffect": "earning_effect",
    "EarningEffectIncentive": "earning_effect_incentive",
    "EarningEffectPoints": "earning_effect_points",
    "EarningEffectPointsProportional": "earning_effect_points_proportional",
    "EarningEffectType": "earning_effect_type",
    "EarningRule": "earning_rule",
    "EarningRuleActivity": "earning_rule_activity",
    "EarningRuleActivityCursor": "earning_rule_activity_cursor",
    "EarningRuleActivityData": "earning_rule_activity_data",
    "EarningRuleActivityFilters": "earning_rule_activity_filters",
    "EarningRuleActivityIdConditions": "earning_rule_activity_id_conditions",
    "EarningRuleActivityIdFilter": "earning_rule_activity_id_filter",
    "EarningRuleActivityPage": "earning_rule_activity_page",
    "EarningRuleActivityType": "earning_rule_activity_type",
    "EarningRuleActivityTypeConditions": "earning_rule_activity_type_conditions",
    "EarningRuleActivityTypeFilter": "earning_rule_activity_type_filter",
    "EarningRuleCondition": "earning_rule_condition",
    "EarningRuleCooldown": "earning_rule_cooldown",
    "EarningRuleCooldownPeriod": "earning_rule_cooldown_period",
    "EarningRuleCooldownPeriodUnit": "earning_rule_cooldown_period_unit",
    "EarningRuleCooldownType": "earning_rule_cooldown_type",
    "EarningRuleDailyHours": "earning_rule_daily_hours",
    "EarningRuleError": "earning_rule_error",
    "EarningRuleFixedCooldown": "earning_rule_fixed_cooldown",
    "EarningRuleFrequency": "earning_rule_frequency",
    "EarningRuleFrequencyCurrentPeriod": "earning_rule_frequency_current_period",
    "EarningRuleFrequencyCurrentPeriodUnit": "earning_rule_frequency_current_period_unit",
    "EarningRuleFrequencyLimit": "earning_rule_frequency_limit",
    "EarningRuleFrequencyLimitType": "earning_rule_frequency_limit_type",
    "EarningRuleFrequencyPeriod": "earning_rule_frequency_period",
    "EarningRuleFrequencyPeriodType": "earning_rule_frequency_period_type",
    "EarningRuleFrequencyTriggers": "earning_rule_frequency_triggers",
    "EarningRuleFrequencyType": "earning_rule_frequency_type",
    "EarningRuleMetadata": "earning_rule_metadata",
    "EarningRuleOperators": "earning_rule_operators",
    "EarningRuleStatus": "earning_rule_status",
    "EarningRuleTrigger": "earning_rule_trigger",
    "EarningRuleTriggerCustomEvent": "earning_rule_trigger_custom_event",
    "EarningRuleTriggerEvent": "earning_rule_trigger_event",
    "EarningRuleTriggerLimits": "earning_rule_trigger_limits",
    "EarningRuleTriggerSegment": "earning_rule_trigger_segment",
    "EarningRuleValidityHours": "earning_rule_validity_hours",
    "EarningRulesGroup": "earning_rules_group",
    "EarningTierRequirement": "earning_tier_requirement",
    "EarningTierRules": "earning_tier_rules",
    "EarningTierRulesType": "earning_tier_rules_type",
    "Error": "error",
    "FilterJunction": "filter_junction",
    "Gift": "gift",
    "GiftEffect": "gift_effect",
    "Incentive": "incentive",
    "IncentiveActivity": "incentive_activity",
    "IncentiveActivityCursor": "incentive_activity_cursor",
    "IncentiveActivityData": "incentive_activity_data",
    "IncentiveActivityFilters": "incentive_activity_filters",
    "IncentiveActivityIdConditions": "incentive_activity_id_conditions",
    "IncentiveActivityIdFilter": "incentive_activity_id_filter",
    "IncentiveActivityPage": "incentive_activity_page",
    "IncentiveActivityType": "incentive_activity_type",
    "IncentiveActivityTypeConditions": "incentive_activity_type_conditions",
    "IncentiveActivityTypeFilter": "incentive_activity_type_filter",
    "IncentiveDigital": "incentive_digital",
    "IncentiveDigitalDiscountCoupons": "incentive_digital_discount_coupons",
    "IncentiveDigitalGiftVouchers": "incentive_digital_gift_vouchers",
    "IncentiveDigitalType": "incentive_digital_type",
    "IncentiveMaterial": "incentive_material",
    "IncentiveMaterialProduct": "incentive_material_product",
    "IncentiveMaterialSku": "incentive_material_sku",
    "IncentiveMaterialType": "incentive_material_type",
    "IncentivePoints": "incentive_points",
    "IncentiveStatus": "incentive_status",
    "IncentiveType": "incentive_type",
    "LoyaltyEarningRule": "loyalty_earning_rule",
    "LoyaltyEarningRuleBanner": "loyalty_earning_rule_banner",
    "LoyaltyEarningRuleCustomEvent": "loyalty_earning_rule_custom_event",
    "LoyaltyEarningRuleLoyalty": "loyalty_earning_rule_loyalty",
    "LoyaltyEarningRuleMetadata": "loyalty_earning_rule_metadata",
    "LoyaltyEarningRuleObject": "loyalty_earning_rule_object",
    "LoyaltyEarningRulePendingPoints": "loyalty_earning_rule_pending_points",
    "LoyaltyEarningRulePendingPointsPeriodType": "loyalty_earning_rule_pending_points_period_type",
    "LoyaltyEarningRuleRef": "loyalty_earning_rule_ref",
    "LoyaltyEarningRuleSource": "loyalty_earning_rule_source",
    "LoyaltyEarningRuleSourceObjectType": "loyalty_earning_rule_source_object_type",
    "LoyaltyEarningRuleTier": "loyalty_earning_rule_tier",
    "LoyaltyPointsExpirationRules": "loyalty_points_expiration_rules",
    "LoyaltyPointsExpirationRulesPeriodType": "loyalty_points_expiration_rules_period_type",
    "LoyaltyPointsExpirationRulesRoundingType": "loyalty_points_expiration_rules_rounding_type",
    "LoyaltyTier": "loyalty_tier",
    "LoyaltyTierConfig": "loyalty_tier_config",
    "LoyaltyTierEarningRules": "loyalty_tier_earning_rules",
    "LoyaltyTierExpiration": "loyalty_tier_expiration",
    "LoyaltyTierMetadataType0": "loyalty_tier_metadata_type_0",
    "LoyaltyTierObject": "loyalty_tier_object",
    "LoyaltyTierPointRange": "loyalty_tier_point_range",
    "LoyaltyTierRewards": "loyalty_tier_rewards",
    "NamedObjectRef": "named_object_ref",
    "ObjectIdRef": "object_id_ref",
    "Order": "order",
    "OrderItem": "order_item",
    "OrderItemMetadata": "order_item_metadata",
    "OrderItemObject": "order_item_object",
    "OrderItemProduct": "order_item_product",
    "OrderItemProductMetadata": "order_item_product_metadata",
    "OrderItemRelatedObject": "order_item_related_object",
    "OrderItemSku": "order_item_sku",
    "OrderItemSkuMetadata": "order_item_sku_metadata",
    "OrderMetadata": "order_metadata",
    "OrderObject": "order_object",
    "OrderRedemptionEntry": "order_redemption_entry",
    "OrderRedemptions": "order_redemptions",
    "OrderRef": "order_ref",
    "OrderStatus": "order_status",
    "PendingPoints": "pending_points",
    "PendingPointsDetails": "pending_points_details",
    "PendingPointsEvent": "pending_points_event",
    "PendingPointsEventCategory": "pending_points_event_category",
    "PendingPointsEventType": "pending_points_event_type",
    "PeriodUnit": "period_unit",
    "PeriodValueUnit": "period_value_unit",
    "PointsBucket": "points_bucket",
    "PointsBucketObject": "points_bucket_object",
    "PointsBucketTotal": "points_bucket_total",
    "PointsCalendarExpiration": "points_calendar_expiration",
    "PointsExpiration": "points_expiration",
    "PointsExpirationDate": "points_expiration_date",
    "PointsExpirationType": "points_expiration_type",
    "PointsProportional": "points_proportional",
    "PointsProportionalApplicableTo": "points_proportional_applicable_to",
    "PointsProportionalApplicableToProduct": "points_proportional_applicable_to_product",
    "PointsProportionalApplicableToProductsCollection": "points_proportional_applicable_to_products_collection",
    "PointsProportionalApplicableToSku": "points_proportional_applicable_to_sku",
    "PointsProportionalApplicableToType": "points_proportional_applicable_to_type",
    "PointsProportionalCalculationType": "points_proportional_calculation_type",
    "PointsProportionalCustomer": "points_proportional_customer",
    "PointsProportionalEvery": "points_proportional_every",
    "PointsProportionalMetadata": "points_proportional_metadata",
    "PointsProportionalOrder": "points_proportional_order",
    "PointsProportionalOrderItems": "points_proportional_order_items",
    "PointsProportionalOrderItemsCalculation": "points_proportional_order_items_calculation",
    "PointsRollingExpiration": "points_rolling_expiration",
    "PointsRollingRounding": "points_rolling_rounding",
    "PointsRollingRoundingType": "points_rolling_rounding_type",
    "PointsSlidingExpiration": "points_sliding_expiration",
    "Product": "product",
    "ProductMetadata": "product_metadata",
    "ProductObject": "product_object",
    "ProductSkus": "product_skus",
    "Program": "program",
    "ProgramActivity": "program_activity",
    "ProgramActivityCursor": "program_activity_cursor",
    "ProgramActivityData": "program_activity_data",
    "ProgramActivityFilters": "program_activity_filters",
    "ProgramActivityIdConditions": "program_activity_id_conditions",
    "ProgramActivityIdFilter": "program_activity_id_filter",
    "ProgramActivityPage": "program_activity_page",
    "ProgramActivityType": "program_activity_type",
    "ProgramActivityTypeConditions": "program_activity_type_conditions",
    "ProgramActivityTypeFilter": "program_activity_type_filter",
    "ProgramMetadata": "program_metadata",
    "ProgramStatus": "program_status",
    "PromotionStack": "promotion_stack",
    "PromotionStackTiers": "promotion_stack_tiers",
    "PromotionStackTiersHierarchyMode": "promotion_stack_tiers_hierarchy_mode",
    "PromotionTier": "promotion_tier",
    "PromotionTierAction": "promotion_tier_action",
    "PromotionTierActionDiscount": "promotion_tier_action_discount",
    "PromotionTierCampaign": "promotion_tier_campaign",
    "PromotionTierMetadata": "promotion_tier_metadata",
    "PromotionTierOrderSummary": "promotion_tier_order_summary",
    "PromotionTierRedemptionSummary": "promotion_tier_redemption_summary",
    "PromotionTierSummary": "promotion_tier_summary",
    "PromotionTierValidationRuleAssignments": "promotion_tier_validation_rule_assignments",
    "Publication": "publication",
    "PublicationMetadata": "publication_metadata",
    "PublicationObject": "publication_object",
    "PublicationResult": "publication_result",
    "PublicationVoucher": "publication_voucher",
    "PublicationVoucherDiscount": "publication_voucher_discount",
    "PublicationVoucherLoyaltyCard": "publication_voucher_loyalty_card",
    "PublicationVoucherObject": "publication_voucher_object",
    "RedeemableHolder": "redeemable_holder",
    "RedeemableHolderCampaignType": "redeemable_holder_campaign_type",
    "RedeemableHolderHolderRole": "redeemable_holder_holder_role",
    "RedeemableHolderObject": "redeemable_holder_object",
    "RedeemableHolderRedeemableObject": "redeemable_holder_redeemable_object",
    "RedeemableHolderVoucherType": "redeemable_holder_voucher_type",
    "Redemption": "redemption",
    "RedemptionChannel": "redemption_channel",
    "RedemptionChannelChannelType": "redemption_channel_channel_type",
    "RedemptionChannelType": "redemption_channel_type",
    "RedemptionMetadata": "redemption_metadata",
    "RedemptionRelatedObjectType": "redemption_related_object_type",
    "RedemptionResult": "redemption_result",
    "RedemptionReward": "redemption_reward",
    "RedemptionRewardMetadata": "redemption_reward_metadata",
    "RedemptionRewardObject": "redemption_reward_object",
    "RedemptionRewardParameters": "redemption_reward_parameters",
    "RedemptionRewardType": "redemption_reward_type",
    "RedemptionStatus": "redemption_status",
    "RefereeReward": "referee_reward",
    "RefereeRewardRelatedObjectParent": "referee_reward_related_object_parent",
    "RefereeRewardType": "referee_reward_type",
    "ReferralProgram": "referral_program",
    "ReferralProgramConversionEventType": "referral_program_conversion_event_type",
    "ReferralTier": "referral_tier",
    "ReferralTierParameters": "referral_tier_parameters",
    "RelatedRedemptionRef": "related_redemption_ref",
    "RelatedRedemptions": "related_redemptions",
    "RewardAssignment": "reward_assignment",
    "RewardAssignmentLoyalty": "reward_assignment_loyalty",
    "RewardAssignmentObject": "reward_assignment_object",
    "RewardAssignmentParameters": "reward_assignment_parameters",
    "RewardAssignmentRelatedObjectType": "reward_assignment_related_object_type",
    "RewardCampaignParameters": "reward_campaign_parameters",
    "RewardCoinParameters": "reward_coin_parameters",
    "RewardProductParameters": "reward_product_parameters",
    "RewardedBalance": "rewarded_balance",
    "RewardedCustomerEvent": "rewarded_customer_event",
    "Segment": "segment",
    "SegmentObject": "segment_object",
    "SimpleCampaign": "simple_campaign",
    "SimpleCampaignMetadata": "simple_campaign_metadata",
    "SimpleCampaignObject": "simple_campaign_object",
    "SimpleCampaignType": "simple_campaign_type",
    "SimpleCustomer": "simple_customer",
    "SimpleCustomerMetadata": "simple_customer_metadata",
    "SimpleCustomerObject": "simple_customer_object",
    "SimpleEvent": "simple_event",
    "SimpleEventCategory": "simple_event_category",
    "SimpleLoyaltyCard": "simple_loyalty_card",
    "SimpleOrder": "simple_order",
    "SimpleOrderItem": "simple_order_item",
    "SimpleOrderItemObject": "simple_order_item_object",
    "SimpleOrderItemRelatedObject": "simple_order_item_related_object",
    "SimpleOrderMetadata": "simple_order_metadata",
    "SimpleOrderObject": "simple_order_object",
    "SimpleOrderStatus": "simple_order_status",
    "SimpleProduct": "simple_product",
    "SimplePromotionTier": "simple_promotion_tier",
    "SimplePromotionTierMetadata": "simple_promotion_tier_metadata",
    "SimpleRedemption": "simple_redemption",
    "SimpleRedemptionMetadata": "simple_redemption_metadata",
    "SimpleRedemptionResult": "simple_redemption_result",
    "SimpleRedemptionReward": "simple_redemption_reward",
    "SimpleRedemptionRewardMetadata": "simple_redemption_reward_metadata",
    "SimpleRedemptionRewardObject": "simple_redemption_reward_object",
    "SimpleRedemptionRewardType": "simple_redemption_reward_type",
    "SimpleRedemptionStatus": "simple_redemption_status",
    "SimpleSku": "simple_sku",
    "SimpleVoucher": "simple_voucher",
    "SimpleVoucherDiscount": "simple_voucher_discount",
    "SimpleVoucherMetadata": "simple_voucher_metadata",
    "SimpleVoucherObject": "simple_voucher_object",
    "SimpleVoucherRedemption": "simple_voucher_redemption",
    "SimpleVoucherType": "simple_voucher_type",
    "Sku": "sku",
    "SkuAttributes": "sku_attributes",
    "SkuMetadata": "sku_metadata",
    "SkuObject": "sku_object",
    "TypedObjectRef": "typed_object_ref",
    "UnconfirmedCustomer": "unconfirmed_customer",
    "Validation": "validation",
    "ValidationRedeemableRef": "validation_redeemable_ref",
    "ValidationRedeemableRefType": "validation_redeemable_ref_type",
    "ValidationStatus": "validation_status",
    "ValidityDayOfWeekItem": "validity_day_of_week_item",
    "ValidityHours": "validity_hours",
    "ValidityHoursDaily": "validity_hours_daily",
    "ValidityHoursDailyDaysOfWeekItem": "validity_hours_daily_days_of_week_item",
    "ValidityTimeframe": "validity_timeframe",
    "Voucher": "voucher",
    "VoucherAsset": "voucher_asset",
    "VoucherAssets": "voucher_assets",
    "VoucherBalance": "voucher_balance",
    "VoucherBalanceObject": "voucher_balance_object",
    "VoucherBalanceOperationType": "voucher_balance_operation_type",
    "VoucherBalanceRelatedObject": "voucher_balance_related_object",
    "VoucherBalanceRelatedObjectType": "voucher_balance_related_object_type",
    "VoucherBalanceType": "voucher_balance_type",
    "VoucherDiscount": "voucher_discount",
    "VoucherMetadata": "voucher_metadata",
    "VoucherPublishSummary": "voucher_publish_summary",
    "VoucherRedemptionSummary": "voucher_redemption_summary",
    "VoucherTransaction": "voucher_transaction",
    "VoucherTransactionDetails": "voucher_transaction_details",
    "VoucherTransactionType": "voucher_transaction_type",
    "VoucherType": "voucher_type",
    "VoucherValidationRulesAssignments": "voucher_validation_rules_assignments",
}


# Hidden from type checkers: a visible module __getattr__ would make every misspelt name type-check.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value  # later lookups skip this function
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "ActivityOrder",
    "ActivitySource",
    "ActivitySourceApiKey",
    "ActivitySourceChannel",
    "ActivitySourceUser",
    "CampaignIdRef",
    "CampaignLoyaltyCard",
    "CampaignType",
    "CampaignVoucher",
    "CampaignVoucherDiscount",
    "CampaignVoucherRedemption",
    "CampaignVoucherType",
    "Category",
    "CategoryObject",
    "CodeConfig",
    "CreatedAtConditions",
    "CreatedAtFilter",
    "Customer",
    "CustomerActivityCommon",
    "CustomerActivityList",
    "CustomerActivityOrder",
    "CustomerActivityType",
    "CustomerAddress",
    "CustomerAssets",
    "CustomerConfirmedActivity",
    "CustomerConfirmedActivityDetails",
    "CustomerConfirmedActivityType",
    "CustomerConfirmedEventData",
    "CustomerCustomEventActivity",
    "CustomerCustomEventActivityDetails",
    "CustomerCustomEventActivityType",
    "CustomerCustomEventData",
    "CustomerEventSource",
    "CustomerEventSourceApiKey",
    "CustomerEventSourceChannel",
    "CustomerEventSourceUser",
    "CustomerGiftBalanceAddedActivity",
    "CustomerGiftBalanceAddedActivityDetails",
    "CustomerGiftBalanceAddedActivityType",
    "CustomerGiftBalanceAddedEventData",
    "CustomerGiftSummary",
    "CustomerHolderAssignmentActivity",
    "CustomerHolderAssignmentActivityDetails",
    "CustomerHolderAssignmentActivityType",
    "CustomerHolderAssignmentEventData",
    "CustomerIdRef",
    "CustomerIdRefObject",
    "CustomerLoyalty",
    "CustomerLoyaltyCampaign",
    "CustomerLoyaltyCampaigns",
    "CustomerLoyaltyCardSummary",
    "CustomerLoyaltyUpdatedActivity",
    "CustomerLoyaltyUpdatedActivityDetails",
    "CustomerLoyaltyUpdatedActivityType",
    "CustomerLoyaltyUpdatedEventData",
    "CustomerLoyaltyUpdatedEventDataLoyalty",
    "CustomerMessageFailedActivity",
    "CustomerMessageFailedActivityDetails",
    "CustomerMessageFailedActivityType",
    "CustomerMessageFailedEventData",
    "CustomerMessageFailedEventDataDistribution",
    "CustomerMessageRecoveredActivity",
    "CustomerMessageRecoveredActivityDetails",
    "CustomerMessageRecoveredActivityType",
    "CustomerMessageRecoveredEventData",
    "CustomerMessageRecoveredEventDataDistribution",
    "CustomerMessageSentActivity",
    "CustomerMessageSentActivityDetails",
    "CustomerMessageSentActivityType",
    "CustomerMessageSentEventData",
    "CustomerMessageSentEventDataDistribution",
    "CustomerMetadata",
    "CustomerObject",
    "CustomerOrderActivity",
    "CustomerOrderActivityDetails",
    "CustomerOrderActivityType",
    "CustomerOrderEventData",
    "CustomerOrderSummary",
    "CustomerPendingPointsActivationActivity",
    "CustomerPendingPointsActivationActivityDetails",
    "CustomerPendingPointsActivationActivityType",
    "CustomerPendingPointsActivationEventData",
    "CustomerPendingPointsChangedActivity",
    "CustomerPendingPointsChangedActivityDetails",
    "CustomerPendingPointsChangedActivityType",
    "CustomerPendingPointsChangedEventData",
    "CustomerPointsActivatedActivity",
    "CustomerPointsActivatedActivityDetails",
    "CustomerPointsActivatedActivityType",
    "CustomerPointsActivatedEventData",
    "CustomerPointsAddedActivity",
    "CustomerPointsAddedActivityDetails",
    "CustomerPointsAddedActivityType",
    "CustomerPointsAddedEventData",
    "CustomerPointsExpiredActivity",
    "CustomerPointsExpiredActivityDetails",
    "CustomerPointsExpiredActivityType",
    "CustomerPointsExpiredEventData",
    "CustomerPointsTransferredActivity",
    "CustomerPointsTransferredActivityDetails",
    "CustomerPointsTransferredActivityType",
    "CustomerPointsTransferredEventData",
    "CustomerProfileActivity",
    "CustomerProfileActivityDetails",
    "CustomerProfileActivityType",
    "CustomerProfileEventData",
    "CustomerPublicationActivity",
    "CustomerPublicationActivityDetails",
    "CustomerPublicationActivityType",
    "CustomerPublicationEventData",
    "CustomerRedemptionActivity",
    "CustomerRedemptionActivityDetails",
    "CustomerRedemptionActivityType",
    "CustomerRedemptionEventData",
    "CustomerRedemptionRollbackActivity",
    "CustomerRedemptionRollbackActivityDetails",
    "CustomerRedemptionRollbackActivityType",
    "CustomerRedemptionRollbackEventData",
    "CustomerRedemptionSummary",
    "CustomerReferralCampaign",
    "CustomerReferrals",
    "CustomerReferredActivity",
    "CustomerReferredActivityDetails",
    "CustomerReferredActivityType",
    "CustomerReferredEventData",
    "CustomerRewardedActivity",
    "CustomerRewardedActivityDetails",
    "CustomerRewardedActivityType",
    "CustomerRewardedEventData",
    "CustomerRewardedLoyaltyPointsActivity",
    "CustomerRewardedLoyaltyPointsActivityDetails",
    "CustomerRewardedLoyaltyPointsActivityType",
    "CustomerRewardedLoyaltyPointsEventData",
    "CustomerRewardRedemptionActivity",
    "CustomerRewardRedemptionActivityDetails",
    "CustomerRewardRedemptionActivityType",
    "CustomerRewardRedemptionEventData",
    "CustomerRewardRedemptionEventDataRewardRedemption",
    "CustomerSegmentActivity",
    "CustomerSegmentActivityDetails",
    "CustomerSegmentActivityType",
    "CustomerSegmentEventData",
    "CustomerSummary",
    "CustomerSystemMetadata",
    "CustomerTierChangedActivity",
    "CustomerTierChangedActivityDetails",
    "CustomerTierChangedActivityType",
    "CustomerTierChangedEventData",
    "CustomerTierExpirationChangedActivity",
    "CustomerTierExpirationChangedActivityDetails",
    "CustomerTierExpirationChangedActivityType",
    "CustomerTierExpirationChangedEventData",
    "CustomerTierMembershipActivity",
    "CustomerTierMembershipActivityDetails",
    "CustomerTierMembershipActivityType",
    "CustomerTierMembershipEventData",
    "CustomerValidationActivity",
    "CustomerValidationActivityDetails",
    "CustomerValidationActivityType",
    "CustomerValidationEventData",
    "CustomerVoucherDeletedActivity",
    "CustomerVoucherDeletedActivityDetails",
    "CustomerVoucherDeletedActivityType",
    "CustomerVoucherDeletedEventData",
    "CustomEvent",
    "CustomEventLoyalty",
    "CustomEventLoyaltyContext",
    "CustomEventMetadata",
    "CustomEventObject",
    "CustomEventReferral",
    "CustomEventReferralContext",
    "CustomEventSchemaRef",
    "Earning",
    "EarningEffect",
    "EarningEffectIncentive",
    "EarningEffectPoints",
    "EarningEffectPointsProportional",
    "EarningEffectType",
    "EarningRule",
    "EarningRuleActivity",
    "EarningRuleActivityCursor",
    "EarningRuleActivityData",
    "EarningRuleActivityFilters",
    "EarningRuleActivityIdConditions",
    "EarningRuleActivityIdFilter",
    "EarningRuleActivityPage",
    "EarningRuleActivityType",
    "EarningRuleActivityTypeConditions",
    "EarningRuleActivityTypeFilter",
    "EarningRuleCondition",
    "EarningRuleCooldown",
    "EarningRuleCooldownPeriod",
    "EarningRuleCooldownPeriodUnit",
    "EarningRuleCooldownType",
    "EarningRuleDailyHours",
    "EarningRuleError",
    "EarningRuleFixedCooldown",
    "EarningRuleFrequency",
    "EarningRuleFrequencyCurrentPeriod",
    "EarningRuleFrequencyCurrentPeriodUnit",
    "EarningRuleFrequencyLimit",
    "EarningRuleFrequencyLimitType",
    "EarningRuleFrequencyPeriod",
    "EarningRuleFrequencyPeriodType",
    "EarningRuleFrequencyTriggers",
    "EarningRuleFrequencyType",
    "EarningRuleMetadata",
    "EarningRuleOperators",
    "EarningRulesGroup",
    "EarningRuleStatus",
    "EarningRuleTrigger",
    "EarningRuleTriggerCustomEvent",
    "EarningRuleTriggerEvent",
    "EarningRuleTriggerLimits",
    "EarningRuleTriggerSegment",
    "EarningRuleValidityHours",
    "EarningTierRequirement",
    "EarningTierRules",
    "EarningTierRulesType",
    "Error",
    "FilterJunction",
    "Gift",
    "GiftEffect",
    "Incentive",
    "IncentiveActivity",
    "IncentiveActivityCursor",
    "IncentiveActivityData",
    "IncentiveActivityFilters",
    "IncentiveActivityIdConditions",
    "IncentiveActivityIdFilter",
    "IncentiveActivityPage",
    "IncentiveActivityType",
    "IncentiveActivityTypeConditions",
    "IncentiveActivityTypeFilter",
    "IncentiveDigital",
    "IncentiveDigitalDiscountCoupons",
    "IncentiveDigitalGiftVouchers",
    "IncentiveDigitalType",
    "IncentiveMaterial",
    "IncentiveMaterialProduct",
    "IncentiveMaterialSku",
    "IncentiveMaterialType",
    "IncentivePoints",
    "IncentiveStatus",
    "IncentiveType",
    "LoyaltyEarningRule",
    "LoyaltyEarningRuleBanner",
    "LoyaltyEarningRuleCustomEvent",
    "LoyaltyEarningRuleLoyalty",
    "LoyaltyEarningRuleMetadata",
    "LoyaltyEarningRuleObject",
    "LoyaltyEarningRulePendingPoints",
    "LoyaltyEarningRulePendingPointsPeriodType",
    "LoyaltyEarningRuleRef",
    "LoyaltyEarningRuleSource",
    "LoyaltyEarningRuleSourceObjectType",
    "LoyaltyEarningRuleTier",
    "LoyaltyPointsExpirationRules",
    "LoyaltyPointsExpirationRulesPeriodType",
    "LoyaltyPointsExpirationRulesRoundingType",
    "LoyaltyTier",
    "LoyaltyTierConfig",
    "LoyaltyTierEarningRules",
    "LoyaltyTierExpiration",
    "LoyaltyTierMetadataType0",
    "LoyaltyTierObject",
    "LoyaltyTierPointRange",
    "LoyaltyTierRewards",
    "NamedObjectRef",
    "ObjectIdRef",
    "Order",
    "OrderItem",
    "OrderItemMetadata",
    "OrderItemObject",
    "OrderItemProduct",
    "OrderItemProductMetadata",
    "OrderItemRelatedObject",
    "OrderItemSku",
    "OrderItemSkuMetadata",
    "OrderMetadata",
    "OrderObject",
    "OrderRedemptionEntry",
    "OrderRedemptions",
    "OrderRef",
    "OrderStatus",
    "PendingPoints",
    "PendingPointsDetails",
    "PendingPointsEvent",
    "PendingPointsEventCategory",
    "PendingPointsEventType",
    "PeriodUnit",
    "PeriodValueUnit",
    "PointsBucket",
    "PointsBucketObject",
    "PointsBucketTotal",
    "PointsCalendarExpiration",
    "PointsExpiration",
    "PointsExpirationDate",
    "PointsExpirationType",
    "PointsProportional",
    "PointsProportionalApplicableTo",
    "PointsProportionalApplicableToProduct",
    "PointsProportionalApplicableToProductsCollection",
    "PointsProportionalApplicableToSku",
    "PointsProportionalApplicableToType",
    "PointsProportionalCalculationType",
    "PointsProportionalCustomer",
    "PointsProportionalEvery",
    "PointsProportionalMetadata",
    "PointsProportionalOrder",
    "PointsProportionalOrderItems",
    "PointsProportionalOrderItemsCalculation",
    "PointsRollingExpiration",
    "PointsRollingRounding",
    "PointsRollingRoundingType",
    "PointsSlidingExpiration",
    "Product",
    "ProductMetadata",
    "ProductObject",
    "ProductSkus",
    "Program",
    "ProgramActivity",
    "ProgramActivityCursor",
    "ProgramActivityData",
    "ProgramActivityFilters",
    "ProgramActivityIdConditions",
    "ProgramActivityIdFilter",
    "ProgramActivityPage",
    "ProgramActivityType",
    "ProgramActivityTypeConditions",
    "ProgramActivityTypeFilter",
    "ProgramMetadata",
    "ProgramStatus",
    "PromotionStack",
    "PromotionStackTiers",
    "PromotionStackTiersHierarchyMode",
    "PromotionTier",
    "PromotionTierAction",
    "PromotionTierActionDiscount",
    "PromotionTierCampaign",
    "PromotionTierMetadata",
    "PromotionTierOrderSummary",
    "PromotionTierRedemptionSummary",
    "PromotionTierSummary",
    "PromotionTierValidationRuleAssignments",
    "Publication",
    "PublicationMetadata",
    "PublicationObject",
    "PublicationResult",
    "PublicationVoucher",
    "PublicationVoucherDiscount",
    "PublicationVoucherLoyaltyCard",
    "PublicationVoucherObject",
    "RedeemableHolder",
    "RedeemableHolderCampaignType",
    "RedeemableHolderHolderRole",
    "RedeemableHolderObject",
    "RedeemableHolderRedeemableObject",
    "RedeemableHolderVoucherType",
    "Redemption",
    "RedemptionChannel",
    "RedemptionChannelChannelType",
    "RedemptionChannelType",
    "RedemptionMetadata",
    "RedemptionRelatedObjectType",
    "RedemptionResult",
    "RedemptionReward",
    "RedemptionRewardMetadata",
    "RedemptionRewardObject",
    "RedemptionRewardParameters",
    "RedemptionRewardType",
    "RedemptionStatus",
    "RefereeReward",
    "RefereeRewardRelatedObjectParent",
    "RefereeRewardType",
    "ReferralProgram",
    "ReferralProgramConversionEventType",
    "ReferralTier",
    "ReferralTierParameters",
    "RelatedRedemptionRef",
    "RelatedRedemptions",
    "RewardAssignment",
    "RewardAssignmentLoyalty",
    "RewardAssignmentObject",
    "RewardAssignmentParameters",
    "RewardAssignmentRelatedObjectType",
    "RewardCampaignParameters",
    "RewardCoinParameters",
    "RewardedBalance",
    "RewardedCustomerEvent",
    "RewardProductParameters",
    "Segment",
    "SegmentObject",
    "SimpleCampaign",
    "SimpleCampaignMetadata",
    "SimpleCampaignObject",
    "SimpleCampaignType",
    "SimpleCustomer",
    "SimpleCustomerMetadata",
    "SimpleCustomerObject",
    "SimpleEvent",
    "SimpleEventCategory",
    "SimpleLoyaltyCard",
    "SimpleOrder",
    "SimpleOrderItem",
    "SimpleOrderItemObject",
    "SimpleOrderItemRelatedObject",
    "SimpleOrderMetadata",
    "SimpleOrderObject",
    "SimpleOrderStatus",
    "SimpleProduct",
    "SimplePromotionTier",
    "SimplePromotionTierMetadata",
    "SimpleRedemption",
    "SimpleRedemptionMetadata",
    "SimpleRedemptionResult",
    "SimpleRedemptionReward",
    "SimpleRedemptionRewardMetadata",
    "SimpleRedemptionRewardObject",
    "SimpleRedemptionRewardType",
    "SimpleRedemptionStatus",
    "SimpleSku",
    "SimpleVoucher",
    "SimpleVoucherDiscount",
    "SimpleVoucherMetadata",
    "SimpleVoucherObject",
    "SimpleVoucherRedemption",
    "SimpleVoucherType",
    "Sku",
    "SkuAttributes",
    "SkuMetadata",
    "SkuObject",
    "TypedObjectRef",
    "UnconfirmedCustomer",
    "Validation",
    "ValidationRedeemableRef",
    "ValidationRedeemableRefType",
    "ValidationStatus",
    "ValidityDayOfWeekItem",
    "ValidityHours",
    "ValidityHoursDaily",
    "ValidityHoursDailyDaysOfWeekItem",
    "ValidityTimeframe",
    "Voucher",
    "VoucherAsset",
    "VoucherAssets",
    "VoucherBalance",
    "VoucherBalanceObject",
    "VoucherBalanceOperationType",
    "VoucherBalanceRelatedObject",
    "VoucherBalanceRelatedObjectType",
    "VoucherBalanceType",
    "VoucherDiscount",
    "VoucherMetadata",
    "VoucherPublishSummary",
    "VoucherRedemptionSummary",
    "VoucherTransaction",
    "VoucherTransactionDetails",
    "VoucherTransactionType",
    "VoucherType",
    "VoucherValidationRulesAssignments",
)
