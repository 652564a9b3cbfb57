// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon WorkSpaces Thin Client (prefix {@code thinclient}), as the service authorization reference lists them.
 */
public final class Thinclient {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "thinclient";

  /** {@code thinclient:CreateEnvironment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENVIRONMENT = Action.of(PREFIX, "CreateEnvironment");

  /** {@code thinclient:DeleteDevice}: Write; on device. */
  public static final Action DELETE_DEVICE = Action.of(PREFIX, "DeleteDevice");

  /** {@code thinclient:DeleteEnvironment}: Write; on environment. */
  public static final Action DELETE_ENVIRONMENT = Action.of(PREFIX, "DeleteEnvironment");

  /** {@code thinclient:DeregisterDevice}: Write; on device. */
  public static final Action DEREGISTER_DEVICE = Action.of(PREFIX, "DeregisterDevice");

  /** {@code thinclient:GetDevice}: Read; on device. */
  public static final Action GET_DEVICE = Action.of(PREFIX, "GetDevice");

  /** {@code thinclient:GetDeviceDetails}: Read; on device. */
  public static final Action GET_DEVICE_DETAILS = Action.of(PREFIX, "GetDeviceDetails");

  /** {@code thinclient:GetEnvironment}: Read; on environment. */
  public static final Action GET_ENVIRONMENT = Action.of(PREFIX, "GetEnvironment");

  /** {@code thinclient:GetSoftwareSet}: Read; on softwareset. */
  public static final Action GET_SOFTWARE_SET = Action.of(PREFIX, "GetSoftwareSet");

  /** {@code thinclient:ListDeviceSessions}: List; on device. */
  public static final Action LIST_DEVICE_SESSIONS = Action.of(PREFIX, "ListDeviceSessions");

  /** {@code thinclient:ListDevices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEVICES = Action.of(PREFIX, "ListDevices");

  /** {@code thinclient:ListEnvironments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENTS = Action.of(PREFIX, "ListEnvironments");

  /** {@code thinclient:ListSoftwareSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SOFTWARE_SETS = Action.of(PREFIX, "ListSoftwareSets");

  /** {@code thinclient:ListTagsForResource}: List; on device, environment, softwareset. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code thinclient:TagResource}: Tagging; on device, environment, softwareset. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code thinclient:UntagResource}: Tagging; on device, environment, softwareset. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code thinclient:UpdateDevice}: Write; on device. */
  public static final Action UPDATE_DEVICE = Action.of(PREFIX, "UpdateDevice");

  /** {@code thinclient:UpdateEnvironment}: Write; on environment. */
  public static final Action UPDATE_ENVIRONMENT = Action.of(PREFIX, "UpdateEnvironment");

  /** {@code thinclient:UpdateSoftwareSet}: Write; on softwareset. */
  public static final Action UPDATE_SOFTWARE_SET = Action.of(PREFIX, "UpdateSoftwareSet");

  private Thinclient() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
