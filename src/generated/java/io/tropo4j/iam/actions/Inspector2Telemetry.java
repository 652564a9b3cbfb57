// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Inspector2 Telemetry Channel (prefix {@code inspector2-telemetry}), as the service authorization reference lists them.
 */
public final class Inspector2Telemetry {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "inspector2-telemetry";

  /** {@code inspector2-telemetry:NotifyHeartbeat}: Write; on no resource type (give {@code *}). */
  public static final Action NOTIFY_HEARTBEAT = Action.of(PREFIX, "NotifyHeartbeat");

  /** {@code inspector2-telemetry:SendTelemetry}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_TELEMETRY = Action.of(PREFIX, "SendTelemetry");

  /** {@code inspector2-telemetry:StartSession}: Write; on no resource type (give {@code *}). */
  public static final Action START_SESSION = Action.of(PREFIX, "StartSession");

  /** {@code inspector2-telemetry:StopSession}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_SESSION = Action.of(PREFIX, "StopSession");

  private Inspector2Telemetry() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
