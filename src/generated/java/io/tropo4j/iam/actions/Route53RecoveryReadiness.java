// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Route 53 Recovery Readiness (prefix {@code route53-recovery-readiness}), as the service authorization reference lists them.
 */
public final class Route53RecoveryReadiness {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "route53-recovery-readiness";

  /** {@code route53-recovery-readiness:CreateCell}: Write; on cell. */
  public static final Action CREATE_CELL = Action.of(PREFIX, "CreateCell");

  /** {@code route53-recovery-readiness:CreateCrossAccountAuthorization}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CROSS_ACCOUNT_AUTHORIZATION = Action.of(PREFIX, "CreateCrossAccountAuthorization");

  /** {@code route53-recovery-readiness:CreateReadinessCheck}: Write; on readinesscheck. */
  public static final Action CREATE_READINESS_CHECK = Action.of(PREFIX, "CreateReadinessCheck");

  /** {@code route53-recovery-readiness:CreateRecoveryGroup}: Write; on recoverygroup. */
  public static final Action CREATE_RECOVERY_GROUP = Action.of(PREFIX, "CreateRecoveryGroup");

  /** {@code route53-recovery-readiness:CreateResourceSet}: Write; on resourceset. */
  public static final Action CREATE_RESOURCE_SET = Action.of(PREFIX, "CreateResourceSet");

  /** {@code route53-recovery-readiness:DeleteCell}: Write; on cell. */
  public static final Action DELETE_CELL = Action.of(PREFIX, "DeleteCell");

  /** {@code route53-recovery-readiness:DeleteCrossAccountAuthorization}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CROSS_ACCOUNT_AUTHORIZATION = Action.of(PREFIX, "DeleteCrossAccountAuthorization");

  /** {@code route53-recovery-readiness:DeleteReadinessCheck}: Write; on readinesscheck. */
  public static final Action DELETE_READINESS_CHECK = Action.of(PREFIX, "DeleteReadinessCheck");

  /** {@code route53-recovery-readiness:DeleteRecoveryGroup}: Write; on recoverygroup. */
  public static final Action DELETE_RECOVERY_GROUP = Action.of(PREFIX, "DeleteRecoveryGroup");

  /** {@code route53-recovery-readiness:DeleteResourceSet}: Write; on resourceset. */
  public static final Action DELETE_RESOURCE_SET = Action.of(PREFIX, "DeleteResourceSet");

  /** {@code route53-recovery-readiness:GetArchitectureRecommendations}: Read; on recoverygroup. */
  public static final Action GET_ARCHITECTURE_RECOMMENDATIONS = Action.of(PREFIX, "GetArchitectureRecommendations");

  /** {@code route53-recovery-readiness:GetCell}: Read; on cell. */
  public static final Action GET_CELL = Action.of(PREFIX, "GetCell");

  /** {@code route53-recovery-readiness:GetCellReadinessSummary}: Read; on cell. */
  public static final Action GET_CELL_READINESS_SUMMARY = Action.of(PREFIX, "GetCellReadinessSummary");

  /** {@code route53-recovery-readiness:GetReadinessCheck}: Read; on readinesscheck. */
  public static final Action GET_READINESS_CHECK = Action.of(PREFIX, "GetReadinessCheck");

  /** {@code route53-recovery-readiness:GetReadinessCheckResourceStatus}: Read; on readinesscheck. */
  public static final Action GET_READINESS_CHECK_RESOURCE_STATUS = Action.of(PREFIX, "GetReadinessCheckResourceStatus");

  /** {@code route53-recovery-readiness:GetReadinessCheckStatus}: Read; on readinesscheck. */
  public static final Action GET_READINESS_CHECK_STATUS = Action.of(PREFIX, "GetReadinessCheckStatus");

  /** {@code route53-recovery-readiness:GetRecoveryGroup}: Read; on recoverygroup. */
  public static final Action GET_RECOVERY_GROUP = Action.of(PREFIX, "GetRecoveryGroup");

  /** {@code route53-recovery-readiness:GetRecoveryGroupReadinessSummary}: Read; on recoverygroup. */
  public static final Action GET_RECOVERY_GROUP_READINESS_SUMMARY = Action.of(PREFIX, "GetRecoveryGroupReadinessSummary");

  /** {@code route53-recovery-readiness:GetResourceSet}: Read; on resourceset. */
  public static final Action GET_RESOURCE_SET = Action.of(PREFIX, "GetResourceSet");

  /** {@code route53-recovery-readiness:ListCells}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CELLS = Action.of(PREFIX, "ListCells");

  /** {@code route53-recovery-readiness:ListCrossAccountAuthorizations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CROSS_ACCOUNT_AUTHORIZATIONS = Action.of(PREFIX, "ListCrossAccountAuthorizations");

  /** {@code route53-recovery-readiness:ListReadinessChecks}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_READINESS_CHECKS = Action.of(PREFIX, "ListReadinessChecks");

  /** {@code route53-recovery-readiness:ListRecoveryGroups}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_RECOVERY_GROUPS = Action.of(PREFIX, "ListRecoveryGroups");

  /** {@code route53-recovery-readiness:ListResourceSets}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_SETS = Action.of(PREFIX, "ListResourceSets");

  /** {@code route53-recovery-readiness:ListRules}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_RULES = Action.of(PREFIX, "ListRules");

  /** {@code route53-recovery-readiness:ListTagsForResources}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCES = Action.of(PREFIX, "ListTagsForResources");

  /** {@code route53-recovery-readiness:TagResource}: Tagging; on cell, readinesscheck, recoverygroup, resourceset. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code route53-recovery-readiness:UntagResource}: Tagging; on cell, readinesscheck, recoverygroup, resourceset. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code route53-recovery-readiness:UpdateCell}: Write; on cell. */
  public static final Action UPDATE_CELL = Action.of(PREFIX, "UpdateCell");

  /** {@code route53-recovery-readiness:UpdateReadinessCheck}: Write; on readinesscheck. */
  public static final Action UPDATE_READINESS_CHECK = Action.of(PREFIX, "UpdateReadinessCheck");

  /** {@code route53-recovery-readiness:UpdateRecoveryGroup}: Write; on recoverygroup. */
  public static final Action UPDATE_RECOVERY_GROUP = Action.of(PREFIX, "UpdateRecoveryGroup");

  /** {@code route53-recovery-readiness:UpdateResourceSet}: Write; on resourceset. */
  public static final Action UPDATE_RESOURCE_SET = Action.of(PREFIX, "UpdateResourceSet");

  private Route53RecoveryReadiness() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
