// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Resource Group Tagging API (prefix {@code tag}), as the service authorization reference lists them.
 */
public final class Tag {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "tag";

  /** {@code tag:DescribeReportCreation}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPORT_CREATION = Action.of(PREFIX, "DescribeReportCreation");

  /** {@code tag:GetComplianceSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_COMPLIANCE_SUMMARY = Action.of(PREFIX, "GetComplianceSummary");

  /** {@code tag:GetResources}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCES = Action.of(PREFIX, "GetResources");

  /** {@code tag:GetTagKeys}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TAG_KEYS = Action.of(PREFIX, "GetTagKeys");

  /** {@code tag:GetTagValues}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TAG_VALUES = Action.of(PREFIX, "GetTagValues");

  /** {@code tag:ListRequiredTags}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REQUIRED_TAGS = Action.of(PREFIX, "ListRequiredTags");

  /** {@code tag:StartReportCreation}: Write; on no resource type (give {@code *}). */
  public static final Action START_REPORT_CREATION = Action.of(PREFIX, "StartReportCreation");

  /** {@code tag:TagResources}: Tagging; on no resource type (give {@code *}). */
  public static final Action TAG_RESOURCES = Action.of(PREFIX, "TagResources");

  /** {@code tag:UntagResources}: Tagging; on no resource type (give {@code *}). */
  public static final Action UNTAG_RESOURCES = Action.of(PREFIX, "UntagResources");

  private Tag() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
