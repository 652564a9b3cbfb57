// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Snow Device Management (prefix {@code snow-device-management}), as the service authorization reference lists them.
 */
public final class SnowDeviceManagement {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "snow-device-management";

  /** {@code snow-device-management:CancelTask}: Write; on task. */
  public static final Action CANCEL_TASK = Action.of(PREFIX, "CancelTask");

  /** {@code snow-device-management:CreateTask}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TASK = Action.of(PREFIX, "CreateTask");

  /** {@code snow-device-management:DescribeDevice}: Read; on managed-device. */
  public static final Action DESCRIBE_DEVICE = Action.of(PREFIX, "DescribeDevice");

  /** {@code snow-device-management:DescribeDeviceEc2Instances}: Read; on managed-device. */
  public static final Action DESCRIBE_DEVICE_EC2_INSTANCES = Action.of(PREFIX, "DescribeDeviceEc2Instances");

  /** {@code snow-device-management:DescribeExecution}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EXECUTION = Action.of(PREFIX, "DescribeExecution");

  /** {@code snow-device-management:DescribeTask}: Read; on task. */
  public static final Action DESCRIBE_TASK = Action.of(PREFIX, "DescribeTask");

  /** {@code snow-device-management:ListDeviceResources}: List; on managed-device. */
  public static final Action LIST_DEVICE_RESOURCES = Action.of(PREFIX, "ListDeviceResources");

  /** {@code snow-device-management:ListDevices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEVICES = Action.of(PREFIX, "ListDevices");

  /** {@code snow-device-management:ListExecutions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXECUTIONS = Action.of(PREFIX, "ListExecutions");

  /** {@code snow-device-management:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code snow-device-management:ListTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TASKS = Action.of(PREFIX, "ListTasks");

  /** {@code snow-device-management:TagResource}: Tagging; on managed-device, task. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code snow-device-management:UntagResource}: Tagging; on managed-device, task. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private SnowDeviceManagement() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
