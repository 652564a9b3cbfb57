// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Panorama (prefix {@code panorama}), as the service authorization reference lists them.
 */
public final class Panorama {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "panorama";

  /** {@code panorama:CreateApplicationInstance}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION_INSTANCE = Action.of(PREFIX, "CreateApplicationInstance");

  /** {@code panorama:CreateJobForDevices}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_JOB_FOR_DEVICES = Action.of(PREFIX, "CreateJobForDevices");

  /** {@code panorama:CreateNodeFromTemplateJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_NODE_FROM_TEMPLATE_JOB = Action.of(PREFIX, "CreateNodeFromTemplateJob");

  /** {@code panorama:CreatePackage}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PACKAGE = Action.of(PREFIX, "CreatePackage");

  /** {@code panorama:CreatePackageImportJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PACKAGE_IMPORT_JOB = Action.of(PREFIX, "CreatePackageImportJob");

  /** {@code panorama:DeleteDevice}: Write; on device. */
  public static final Action DELETE_DEVICE = Action.of(PREFIX, "DeleteDevice");

  /** {@code panorama:DeletePackage}: Write; on package. */
  public static final Action DELETE_PACKAGE = Action.of(PREFIX, "DeletePackage");

  /** {@code panorama:DeregisterPackageVersion}: Write; on package. */
  public static final Action DEREGISTER_PACKAGE_VERSION = Action.of(PREFIX, "DeregisterPackageVersion");

  /** {@code panorama:DescribeApplicationInstance}: Read; on applicationInstance. */
  public static final Action DESCRIBE_APPLICATION_INSTANCE = Action.of(PREFIX, "DescribeApplicationInstance");

  /** {@code panorama:DescribeApplicationInstanceDetails}: Read; on applicationInstance. */
  public static final Action DESCRIBE_APPLICATION_INSTANCE_DETAILS = Action.of(PREFIX, "DescribeApplicationInstanceDetails");

  /** {@code panorama:DescribeDevice}: Read; on device. */
  public static final Action DESCRIBE_DEVICE = Action.of(PREFIX, "DescribeDevice");

  /** {@code panorama:DescribeDeviceJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DEVICE_JOB = Action.of(PREFIX, "DescribeDeviceJob");

  /** {@code panorama:DescribeNode}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NODE = Action.of(PREFIX, "DescribeNode");

  /** {@code panorama:DescribeNodeFromTemplateJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NODE_FROM_TEMPLATE_JOB = Action.of(PREFIX, "DescribeNodeFromTemplateJob");

  /** {@code panorama:DescribePackage}: Read; on package. */
  public static final Action DESCRIBE_PACKAGE = Action.of(PREFIX, "DescribePackage");

  /** {@code panorama:DescribePackageImportJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PACKAGE_IMPORT_JOB = Action.of(PREFIX, "DescribePackageImportJob");

  /** {@code panorama:DescribePackageVersion}: Read; on package. */
  public static final Action DESCRIBE_PACKAGE_VERSION = Action.of(PREFIX, "DescribePackageVersion");

  /** {@code panorama:DescribeSoftware}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SOFTWARE = Action.of(PREFIX, "DescribeSoftware");

  /** {@code panorama:GetWebSocketURL}: Read; on no resource type (give {@code *}). */
  public static final Action GET_WEB_SOCKET_URL = Action.of(PREFIX, "GetWebSocketURL");

  /** {@code panorama:ListApplicationInstanceDependencies}: List; on applicationInstance. */
  public static final Action LIST_APPLICATION_INSTANCE_DEPENDENCIES = Action.of(PREFIX, "ListApplicationInstanceDependencies");

  /** {@code panorama:ListApplicationInstanceNodeInstances}: List; on applicationInstance. */
  public static final Action LIST_APPLICATION_INSTANCE_NODE_INSTANCES = Action.of(PREFIX, "ListApplicationInstanceNodeInstances");

  /** {@code panorama:ListApplicationInstances}: List; on device. */
  public static final Action LIST_APPLICATION_INSTANCES = Action.of(PREFIX, "ListApplicationInstances");

  /** {@code panorama:ListDevices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEVICES = Action.of(PREFIX, "ListDevices");

  /** {@code panorama:ListDevicesJobs}: List; on device. */
  public static final Action LIST_DEVICES_JOBS = Action.of(PREFIX, "ListDevicesJobs");

  /** {@code panorama:ListNodeFromTemplateJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NODE_FROM_TEMPLATE_JOBS = Action.of(PREFIX, "ListNodeFromTemplateJobs");

  /** {@code panorama:ListNodes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NODES = Action.of(PREFIX, "ListNodes");

  /** {@code panorama:ListPackageImportJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PACKAGE_IMPORT_JOBS = Action.of(PREFIX, "ListPackageImportJobs");

  /** {@code panorama:ListPackages}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PACKAGES = Action.of(PREFIX, "ListPackages");

  /** {@code panorama:ListTagsForResource}: Read; on applicationInstance, device, package. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code panorama:ProvisionDevice}: Write; on no resource type (give {@code *}). */
  public static final Action PROVISION_DEVICE = Action.of(PREFIX, "ProvisionDevice");

  /** {@code panorama:RegisterPackageVersion}: Write; on package. */
  public static final Action REGISTER_PACKAGE_VERSION = Action.of(PREFIX, "RegisterPackageVersion");

  /** {@code panorama:RemoveApplicationInstance}: Write; on applicationInstance. */
  public static final Action REMOVE_APPLICATION_INSTANCE = Action.of(PREFIX, "RemoveApplicationInstance");

  /** {@code panorama:SignalApplicationInstanceNodeInstances}: Write; on applicationInstance. */
  public static final Action SIGNAL_APPLICATION_INSTANCE_NODE_INSTANCES = Action.of(PREFIX, "SignalApplicationInstanceNodeInstances");

  /** {@code panorama:TagResource}: Tagging; on applicationInstance, device, package. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code panorama:UntagResource}: Tagging; on applicationInstance, device, package. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code panorama:UpdateDeviceMetadata}: Write; on device. */
  public static final Action UPDATE_DEVICE_METADATA = Action.of(PREFIX, "UpdateDeviceMetadata");

  private Panorama() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
