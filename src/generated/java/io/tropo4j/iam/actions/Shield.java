// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Shield (prefix {@code shield}), as the service authorization reference lists them.
 */
public final class Shield {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "shield";

  /** {@code shield:AssociateDRTLogBucket}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_DRT_LOG_BUCKET = Action.of(PREFIX, "AssociateDRTLogBucket");

  /** {@code shield:AssociateDRTRole}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_DRT_ROLE = Action.of(PREFIX, "AssociateDRTRole");

  /** {@code shield:AssociateHealthCheck}: Write; on protection. */
  public static final Action ASSOCIATE_HEALTH_CHECK = Action.of(PREFIX, "AssociateHealthCheck");

  /** {@code shield:AssociateProactiveEngagementDetails}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_PROACTIVE_ENGAGEMENT_DETAILS = Action.of(PREFIX, "AssociateProactiveEngagementDetails");

  /** {@code shield:CreateProtection}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROTECTION = Action.of(PREFIX, "CreateProtection");

  /** {@code shield:CreateProtectionGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROTECTION_GROUP = Action.of(PREFIX, "CreateProtectionGroup");

  /** {@code shield:CreateSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SUBSCRIPTION = Action.of(PREFIX, "CreateSubscription");

  /** {@code shield:DeleteProtection}: Write; on protection. */
  public static final Action DELETE_PROTECTION = Action.of(PREFIX, "DeleteProtection");

  /** {@code shield:DeleteProtectionGroup}: Write; on protection-group. */
  public static final Action DELETE_PROTECTION_GROUP = Action.of(PREFIX, "DeleteProtectionGroup");

  /** {@code shield:DeleteSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SUBSCRIPTION = Action.of(PREFIX, "DeleteSubscription");

  /** {@code shield:DescribeAttack}: Read; on attack. */
  public static final Action DESCRIBE_ATTACK = Action.of(PREFIX, "DescribeAttack");

  /** {@code shield:DescribeAttackContributors}: Read; on attack, protection-group. */
  public static final Action DESCRIBE_ATTACK_CONTRIBUTORS = Action.of(PREFIX, "DescribeAttackContributors");

  /** {@code shield:DescribeAttackStatistics}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ATTACK_STATISTICS = Action.of(PREFIX, "DescribeAttackStatistics");

  /** {@code shield:DescribeDRTAccess}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DRT_ACCESS = Action.of(PREFIX, "DescribeDRTAccess");

  /** {@code shield:DescribeEmergencyContactSettings}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EMERGENCY_CONTACT_SETTINGS = Action.of(PREFIX, "DescribeEmergencyContactSettings");

  /** {@code shield:DescribeProtection}: Read; on protection. */
  public static final Action DESCRIBE_PROTECTION = Action.of(PREFIX, "DescribeProtection");

  /** {@code shield:DescribeProtectionGroup}: Read; on protection-group. */
  public static final Action DESCRIBE_PROTECTION_GROUP = Action.of(PREFIX, "DescribeProtectionGroup");

  /** {@code shield:DescribeSubscription}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SUBSCRIPTION = Action.of(PREFIX, "DescribeSubscription");

  /** {@code shield:DisableApplicationLayerAutomaticResponse}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_APPLICATION_LAYER_AUTOMATIC_RESPONSE = Action.of(PREFIX, "DisableApplicationLayerAutomaticResponse");

  /** {@code shield:DisableProactiveEngagement}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_PROACTIVE_ENGAGEMENT = Action.of(PREFIX, "DisableProactiveEngagement");

  /** {@code shield:DisassociateDRTLogBucket}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_DRT_LOG_BUCKET = Action.of(PREFIX, "DisassociateDRTLogBucket");

  /** {@code shield:DisassociateDRTRole}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_DRT_ROLE = Action.of(PREFIX, "DisassociateDRTRole");

  /** {@code shield:DisassociateHealthCheck}: Write; on protection. */
  public static final Action DISASSOCIATE_HEALTH_CHECK = Action.of(PREFIX, "DisassociateHealthCheck");

  /** {@code shield:EnableApplicationLayerAutomaticResponse}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_APPLICATION_LAYER_AUTOMATIC_RESPONSE = Action.of(PREFIX, "EnableApplicationLayerAutomaticResponse");

  /** {@code shield:EnableProactiveEngagement}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_PROACTIVE_ENGAGEMENT = Action.of(PREFIX, "EnableProactiveEngagement");

  /** {@code shield:GetGlobalThreatData}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GLOBAL_THREAT_DATA = Action.of(PREFIX, "GetGlobalThreatData");

  /** {@code shield:GetSubscriptionState}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SUBSCRIPTION_STATE = Action.of(PREFIX, "GetSubscriptionState");

  /** {@code shield:ListAttacks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ATTACKS = Action.of(PREFIX, "ListAttacks");

  /** {@code shield:ListMitigations}: List; on attack. */
  public static final Action LIST_MITIGATIONS = Action.of(PREFIX, "ListMitigations");

  /** {@code shield:ListProtectionGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROTECTION_GROUPS = Action.of(PREFIX, "ListProtectionGroups");

  /** {@code shield:ListProtections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROTECTIONS = Action.of(PREFIX, "ListProtections");

  /** {@code shield:ListResourcesInProtectionGroup}: List; on protection-group. */
  public static final Action LIST_RESOURCES_IN_PROTECTION_GROUP = Action.of(PREFIX, "ListResourcesInProtectionGroup");

  /** {@code shield:ListTagsForResource}: Read; on protection, protection-group. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code shield:TagResource}: Tagging; on protection, protection-group. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code shield:UntagResource}: Tagging; on protection, protection-group. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code shield:UpdateApplicationLayerAutomaticResponse}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPLICATION_LAYER_AUTOMATIC_RESPONSE = Action.of(PREFIX, "UpdateApplicationLayerAutomaticResponse");

  /** {@code shield:UpdateEmergencyContactSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_EMERGENCY_CONTACT_SETTINGS = Action.of(PREFIX, "UpdateEmergencyContactSettings");

  /** {@code shield:UpdateProtectionGroup}: Write; on protection-group. */
  public static final Action UPDATE_PROTECTION_GROUP = Action.of(PREFIX, "UpdateProtectionGroup");

  /** {@code shield:UpdateSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SUBSCRIPTION = Action.of(PREFIX, "UpdateSubscription");

  private Shield() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
