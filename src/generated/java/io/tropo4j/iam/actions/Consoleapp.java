// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Management Console Mobile App (prefix {@code consoleapp}), as the service authorization reference lists them.
 */
public final class Consoleapp {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "consoleapp";

  /** {@code consoleapp:GetDeviceIdentity}: Read; on DeviceIdentity. */
  public static final Action GET_DEVICE_IDENTITY = Action.of(PREFIX, "GetDeviceIdentity");

  /** {@code consoleapp:ListDeviceIdentities}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEVICE_IDENTITIES = Action.of(PREFIX, "ListDeviceIdentities");

  private Consoleapp() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
