// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CloudTrail Data (prefix {@code cloudtrail-data}), as the service authorization reference lists them.
 */
public final class CloudtrailData {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cloudtrail-data";

  /** {@code cloudtrail-data:PutAuditEvents}: Write; on channel. */
  public static final Action PUT_AUDIT_EVENTS = Action.of(PREFIX, "PutAuditEvents");

  private CloudtrailData() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
