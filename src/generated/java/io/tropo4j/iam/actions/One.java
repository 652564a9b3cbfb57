// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon One Enterprise (prefix {@code one}), as the service authorization reference lists them.
 */
public final class One {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "one";

  /** {@code one:CreateDeviceActivationQrCode}: Write; on device-instance. */
  public static final Action CREATE_DEVICE_ACTIVATION_QR_CODE = Action.of(PREFIX, "CreateDeviceActivationQrCode");

  /** {@code one:CreateDeviceConfigurationTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DEVICE_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "CreateDeviceConfigurationTemplate");

  /** {@code one:CreateDeviceInstance}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DEVICE_INSTANCE = Action.of(PREFIX, "CreateDeviceInstance");

  /** {@code one:CreateDeviceInstanceConfiguration}: Write; on device-instance. */
  public static final Action CREATE_DEVICE_INSTANCE_CONFIGURATION = Action.of(PREFIX, "CreateDeviceInstanceConfiguration");

  /** {@code one:CreateSite}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SITE = Action.of(PREFIX, "CreateSite");

  /** {@code one:DeleteAssociatedDevice}: Write; on device-instance. */
  public static final Action DELETE_ASSOCIATED_DEVICE = Action.of(PREFIX, "DeleteAssociatedDevice");

  /** {@code one:DeleteDeviceConfigurationTemplate}: Write; on device-configuration-template. */
  public static final Action DELETE_DEVICE_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "DeleteDeviceConfigurationTemplate");

  /** {@code one:DeleteDeviceInstance}: Write; on device-instance. */
  public static final Action DELETE_DEVICE_INSTANCE = Action.of(PREFIX, "DeleteDeviceInstance");

  /** {@code one:DeleteSite}: Write; on site. */
  public static final Action DELETE_SITE = Action.of(PREFIX, "DeleteSite");

  /** {@code one:DeleteUserV1}: Write; on user. */
  public static final Action DELETE_USER_V1 = Action.of(PREFIX, "DeleteUserV1");

  /** {@code one:GetDeviceConfigurationTemplate}: Read; on device-configuration-template. */
  public static final Action GET_DEVICE_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "GetDeviceConfigurationTemplate");

  /** {@code one:GetDeviceInstance}: Read; on device-instance. */
  public static final Action GET_DEVICE_INSTANCE = Action.of(PREFIX, "GetDeviceInstance");

  /** {@code one:GetDeviceInstanceConfiguration}: Read; on configuration. */
  public static final Action GET_DEVICE_INSTANCE_CONFIGURATION = Action.of(PREFIX, "GetDeviceInstanceConfiguration");

  /** {@code one:GetSite}: Read; on site. */
  public static final Action GET_SITE = Action.of(PREFIX, "GetSite");

  /** {@code one:GetSiteAddress}: Read; on site. */
  public static final Action GET_SITE_ADDRESS = Action.of(PREFIX, "GetSiteAddress");

  /** {@code one:ListDeviceConfigurationTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEVICE_CONFIGURATION_TEMPLATES = Action.of(PREFIX, "ListDeviceConfigurationTemplates");

  /** {@code one:ListDeviceInstances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEVICE_INSTANCES = Action.of(PREFIX, "ListDeviceInstances");

  /** {@code one:ListSites}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SITES = Action.of(PREFIX, "ListSites");

  /** {@code one:ListTagsForResource}: Read; on device-configuration-template, device-instance, site. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code one:ListUsers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code one:ListUsersV1}: List; on no resource type (give {@code *}). */
  public static final Action LIST_USERS_V1 = Action.of(PREFIX, "ListUsersV1");

  /** {@code one:RebootDevice}: Write; on device-instance. */
  public static final Action REBOOT_DEVICE = Action.of(PREFIX, "RebootDevice");

  /** {@code one:TagResource}: Tagging; on device-configuration-template, device-instance, site. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code one:UntagResource}: Tagging; on device-configuration-template, device-instance, site. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code one:UpdateDeviceConfigurationTemplate}: Write; on device-configuration-template. */
  public static final Action UPDATE_DEVICE_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "UpdateDeviceConfigurationTemplate");

  /** {@code one:UpdateDeviceInstance}: Write; on device-instance. */
  public static final Action UPDATE_DEVICE_INSTANCE = Action.of(PREFIX, "UpdateDeviceInstance");

  /** {@code one:UpdateSite}: Write; on site. */
  public static final Action UPDATE_SITE = Action.of(PREFIX, "UpdateSite");

  /** {@code one:UpdateSiteAddress}: Write; on site. */
  public static final Action UPDATE_SITE_ADDRESS = Action.of(PREFIX, "UpdateSiteAddress");

  private One() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
