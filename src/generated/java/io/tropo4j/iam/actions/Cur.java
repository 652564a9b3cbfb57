// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Cost and Usage Report (prefix {@code cur}), as the service authorization reference lists them.
 */
public final class Cur {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cur";

  /** {@code cur:DeleteReportDefinition}: Write; on cur. */
  public static final Action DELETE_REPORT_DEFINITION = Action.of(PREFIX, "DeleteReportDefinition");

  /** {@code cur:DescribeReportDefinitions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPORT_DEFINITIONS = Action.of(PREFIX, "DescribeReportDefinitions");

  /** {@code cur:GetClassicReport}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CLASSIC_REPORT = Action.of(PREFIX, "GetClassicReport");

  /** {@code cur:GetClassicReportPreferences}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CLASSIC_REPORT_PREFERENCES = Action.of(PREFIX, "GetClassicReportPreferences");

  /** {@code cur:GetUsageReport}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USAGE_REPORT = Action.of(PREFIX, "GetUsageReport");

  /** {@code cur:ListTagsForResource}: Read; on cur. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code cur:ModifyReportDefinition}: Write; on cur. */
  public static final Action MODIFY_REPORT_DEFINITION = Action.of(PREFIX, "ModifyReportDefinition");

  /** {@code cur:PutClassicReportPreferences}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_CLASSIC_REPORT_PREFERENCES = Action.of(PREFIX, "PutClassicReportPreferences");

  /** {@code cur:PutReportDefinition}: Write; on cur. */
  public static final Action PUT_REPORT_DEFINITION = Action.of(PREFIX, "PutReportDefinition");

  /** {@code cur:TagResource}: Tagging; on cur. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code cur:UntagResource}: Tagging; on cur. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code cur:ValidateReportDestination}: Read; on no resource type (give {@code *}). */
  public static final Action VALIDATE_REPORT_DESTINATION = Action.of(PREFIX, "ValidateReportDestination");

  private Cur() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
