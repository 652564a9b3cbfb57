// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS DataSync (prefix {@code datasync}), as the service authorization reference lists them.
 */
public final class Datasync {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "datasync";

  /** {@code datasync:AddStorageSystem}: Write; on agent. */
  public static final Action ADD_STORAGE_SYSTEM = Action.of(PREFIX, "AddStorageSystem");

  /** {@code datasync:CancelTaskExecution}: Write; on taskexecution. */
  public static final Action CANCEL_TASK_EXECUTION = Action.of(PREFIX, "CancelTaskExecution");

  /** {@code datasync:CreateAgent}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AGENT = Action.of(PREFIX, "CreateAgent");

  /** {@code datasync:CreateLocationAzureBlob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOCATION_AZURE_BLOB = Action.of(PREFIX, "CreateLocationAzureBlob");

  /** {@code datasync:CreateLocationEfs}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOCATION_EFS = Action.of(PREFIX, "CreateLocationEfs");

  /** {@code datasync:CreateLocationFsxLustre}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOCATION_FSX_LUSTRE = Action.of(PREFIX, "CreateLocationFsxLustre");

  /** {@code datasync:CreateLocationFsxOntap}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOCATION_FSX_ONTAP = Action.of(PREFIX, "CreateLocationFsxOntap");

  /** {@code datasync:CreateLocationFsxOpenZfs}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOCATION_FSX_OPEN_ZFS = Action.of(PREFIX, "CreateLocationFsxOpenZfs");

  /** {@code datasync:CreateLocationFsxWindows}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOCATION_FSX_WINDOWS = Action.of(PREFIX, "CreateLocationFsxWindows");

  /** {@code datasync:CreateLocationHdfs}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOCATION_HDFS = Action.of(PREFIX, "CreateLocationHdfs");

  /** {@code datasync:CreateLocationNfs}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOCATION_NFS = Action.of(PREFIX, "CreateLocationNfs");

  /** {@code datasync:CreateLocationObjectStorage}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOCATION_OBJECT_STORAGE = Action.of(PREFIX, "CreateLocationObjectStorage");

  /** {@code datasync:CreateLocationS3}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOCATION_S3 = Action.of(PREFIX, "CreateLocationS3");

  /** {@code datasync:CreateLocationSmb}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOCATION_SMB = Action.of(PREFIX, "CreateLocationSmb");

  /** {@code datasync:CreateTask}: Write; on agent, location. */
  public static final Action CREATE_TASK = Action.of(PREFIX, "CreateTask");

  /** {@code datasync:DeleteAgent}: Write; on agent. */
  public static final Action DELETE_AGENT = Action.of(PREFIX, "DeleteAgent");

  /** {@code datasync:DeleteLocation}: Write; on location. */
  public static final Action DELETE_LOCATION = Action.of(PREFIX, "DeleteLocation");

  /** {@code datasync:DeleteTask}: Write; on task. */
  public static final Action DELETE_TASK = Action.of(PREFIX, "DeleteTask");

  /** {@code datasync:DescribeAgent}: Read; on agent. */
  public static final Action DESCRIBE_AGENT = Action.of(PREFIX, "DescribeAgent");

  /** {@code datasync:DescribeDiscoveryJob}: Read; on discoveryjob. */
  public static final Action DESCRIBE_DISCOVERY_JOB = Action.of(PREFIX, "DescribeDiscoveryJob");

  /** {@code datasync:DescribeLocationAzureBlob}: Read; on location. */
  public static final Action DESCRIBE_LOCATION_AZURE_BLOB = Action.of(PREFIX, "DescribeLocationAzureBlob");

  /** {@code datasync:DescribeLocationEfs}: Read; on location. */
  public static final Action DESCRIBE_LOCATION_EFS = Action.of(PREFIX, "DescribeLocationEfs");

  /** {@code datasync:DescribeLocationFsxLustre}: Read; on location. */
  public static final Action DESCRIBE_LOCATION_FSX_LUSTRE = Action.of(PREFIX, "DescribeLocationFsxLustre");

  /** {@code datasync:DescribeLocationFsxOntap}: Read; on location. */
  public static final Action DESCRIBE_LOCATION_FSX_ONTAP = Action.of(PREFIX, "DescribeLocationFsxOntap");

  /** {@code datasync:DescribeLocationFsxOpenZfs}: Read; on location. */
  public static final Action DESCRIBE_LOCATION_FSX_OPEN_ZFS = Action.of(PREFIX, "DescribeLocationFsxOpenZfs");

  /** {@code datasync:DescribeLocationFsxWindows}: Read; on location. */
  public static final Action DESCRIBE_LOCATION_FSX_WINDOWS = Action.of(PREFIX, "DescribeLocationFsxWindows");

  /** {@code datasync:DescribeLocationHdfs}: Read; on location. */
  public static final Action DESCRIBE_LOCATION_HDFS = Action.of(PREFIX, "DescribeLocationHdfs");

  /** {@code datasync:DescribeLocationNfs}: Read; on location. */
  public static final Action DESCRIBE_LOCATION_NFS = Action.of(PREFIX, "DescribeLocationNfs");

  /** {@code datasync:DescribeLocationObjectStorage}: Read; on location. */
  public static final Action DESCRIBE_LOCATION_OBJECT_STORAGE = Action.of(PREFIX, "DescribeLocationObjectStorage");

  /** {@code datasync:DescribeLocationS3}: Read; on location. */
  public static final Action DESCRIBE_LOCATION_S3 = Action.of(PREFIX, "DescribeLocationS3");

  /** {@code datasync:DescribeLocationSmb}: Read; on location. */
  public static final Action DESCRIBE_LOCATION_SMB = Action.of(PREFIX, "DescribeLocationSmb");

  /** {@code datasync:DescribeStorageSystem}: Read; on storagesystem. */
  public static final Action DESCRIBE_STORAGE_SYSTEM = Action.of(PREFIX, "DescribeStorageSystem");

  /** {@code datasync:DescribeStorageSystemResourceMetrics}: List; on discoveryjob. */
  public static final Action DESCRIBE_STORAGE_SYSTEM_RESOURCE_METRICS = Action.of(PREFIX, "DescribeStorageSystemResourceMetrics");

  /** {@code datasync:DescribeStorageSystemResources}: List; on discoveryjob. */
  public static final Action DESCRIBE_STORAGE_SYSTEM_RESOURCES = Action.of(PREFIX, "DescribeStorageSystemResources");

  /** {@code datasync:DescribeTask}: Read; on task. */
  public static final Action DESCRIBE_TASK = Action.of(PREFIX, "DescribeTask");

  /** {@code datasync:DescribeTaskExecution}: Read; on taskexecution. */
  public static final Action DESCRIBE_TASK_EXECUTION = Action.of(PREFIX, "DescribeTaskExecution");

  /** {@code datasync:GenerateRecommendations}: Write; on discoveryjob. */
  public static final Action GENERATE_RECOMMENDATIONS = Action.of(PREFIX, "GenerateRecommendations");

  /** {@code datasync:ListAgents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGENTS = Action.of(PREFIX, "ListAgents");

  /** {@code datasync:ListDiscoveryJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISCOVERY_JOBS = Action.of(PREFIX, "ListDiscoveryJobs");

  /** {@code datasync:ListLocations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LOCATIONS = Action.of(PREFIX, "ListLocations");

  /** {@code datasync:ListStorageSystems}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STORAGE_SYSTEMS = Action.of(PREFIX, "ListStorageSystems");

  /** {@code datasync:ListTagsForResource}: Read; on agent, discoveryjob, location, storagesystem, task, taskexecution. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code datasync:ListTaskExecutions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TASK_EXECUTIONS = Action.of(PREFIX, "ListTaskExecutions");

  /** {@code datasync:ListTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TASKS = Action.of(PREFIX, "ListTasks");

  /** {@code datasync:RemoveStorageSystem}: Write; on storagesystem. */
  public static final Action REMOVE_STORAGE_SYSTEM = Action.of(PREFIX, "RemoveStorageSystem");

  /** {@code datasync:StartDiscoveryJob}: Write; on storagesystem. */
  public static final Action START_DISCOVERY_JOB = Action.of(PREFIX, "StartDiscoveryJob");

  /** {@code datasync:StartTaskExecution}: Write; on task. */
  public static final Action START_TASK_EXECUTION = Action.of(PREFIX, "StartTaskExecution");

  /** {@code datasync:StopDiscoveryJob}: Write; on discoveryjob. */
  public static final Action STOP_DISCOVERY_JOB = Action.of(PREFIX, "StopDiscoveryJob");

  /** {@code datasync:TagResource}: Tagging; on agent, discoveryjob, location, storagesystem, task, taskexecution. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code datasync:UntagResource}: Tagging; on agent, discoveryjob, location, storagesystem, task, taskexecution. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code datasync:UpdateAgent}: Write; on agent. */
  public static final Action UPDATE_AGENT = Action.of(PREFIX, "UpdateAgent");

  /** {@code datasync:UpdateDiscoveryJob}: Write; on discoveryjob. */
  public static final Action UPDATE_DISCOVERY_JOB = Action.of(PREFIX, "UpdateDiscoveryJob");

  /** {@code datasync:UpdateLocationAzureBlob}: Write; on location. */
  public static final Action UPDATE_LOCATION_AZURE_BLOB = Action.of(PREFIX, "UpdateLocationAzureBlob");

  /** {@code datasync:UpdateLocationEfs}: Write; on location. */
  public static final Action UPDATE_LOCATION_EFS = Action.of(PREFIX, "UpdateLocationEfs");

  /** {@code datasync:UpdateLocationFsxLustre}: Write; on location. */
  public static final Action UPDATE_LOCATION_FSX_LUSTRE = Action.of(PREFIX, "UpdateLocationFsxLustre");

  /** {@code datasync:UpdateLocationFsxOntap}: Write; on location. */
  public static final Action UPDATE_LOCATION_FSX_ONTAP = Action.of(PREFIX, "UpdateLocationFsxOntap");

  /** {@code datasync:UpdateLocationFsxOpenZfs}: Write; on location. */
  public static final Action UPDATE_LOCATION_FSX_OPEN_ZFS = Action.of(PREFIX, "UpdateLocationFsxOpenZfs");

  /** {@code datasync:UpdateLocationFsxWindows}: Write; on location. */
  public static final Action UPDATE_LOCATION_FSX_WINDOWS = Action.of(PREFIX, "UpdateLocationFsxWindows");

  /** {@code datasync:UpdateLocationHdfs}: Write; on location. */
  public static final Action UPDATE_LOCATION_HDFS = Action.of(PREFIX, "UpdateLocationHdfs");

  /** {@code datasync:UpdateLocationNfs}: Write; on location. */
  public static final Action UPDATE_LOCATION_NFS = Action.of(PREFIX, "UpdateLocationNfs");

  /** {@code datasync:UpdateLocationObjectStorage}: Write; on location. */
  public static final Action UPDATE_LOCATION_OBJECT_STORAGE = Action.of(PREFIX, "UpdateLocationObjectStorage");

  /** {@code datasync:UpdateLocationS3}: Write; on location. */
  public static final Action UPDATE_LOCATION_S3 = Action.of(PREFIX, "UpdateLocationS3");

  /** {@code datasync:UpdateLocationSmb}: Write; on location. */
  public static final Action UPDATE_LOCATION_SMB = Action.of(PREFIX, "UpdateLocationSmb");

  /** {@code datasync:UpdateStorageSystem}: Write; on storagesystem. */
  public static final Action UPDATE_STORAGE_SYSTEM = Action.of(PREFIX, "UpdateStorageSystem");

  /** {@code datasync:UpdateTask}: Write; on task. */
  public static final Action UPDATE_TASK = Action.of(PREFIX, "UpdateTask");

  /** {@code datasync:UpdateTaskExecution}: Write; on taskexecution. */
  public static final Action UPDATE_TASK_EXECUTION = Action.of(PREFIX, "UpdateTaskExecution");

  private Datasync() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
