// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IoT Fleet Hub for Device Management (prefix {@code iotfleethub}), as the service authorization reference lists them.
 */
public final class Iotfleethub {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iotfleethub";

  /** {@code iotfleethub:CreateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code iotfleethub:DeleteApplication}: Write; on application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code iotfleethub:DescribeApplication}: Read; on application. */
  public static final Action DESCRIBE_APPLICATION = Action.of(PREFIX, "DescribeApplication");

  /** {@code iotfleethub:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code iotfleethub:ListTagsForResource}: Read; on application. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code iotfleethub:TagResource}: Tagging; on application. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code iotfleethub:UntagResource}: Tagging; on application. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code iotfleethub:UpdateApplication}: Write; on application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  private Iotfleethub() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
