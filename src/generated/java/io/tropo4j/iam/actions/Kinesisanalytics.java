// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Kinesis Analytics (prefix {@code kinesisanalytics}), as the service authorization reference lists them.
 */
public final class Kinesisanalytics {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "kinesisanalytics";

  /** {@code kinesisanalytics:AddApplicationCloudWatchLoggingOption}: Write; on application. */
  public static final Action ADD_APPLICATION_CLOUD_WATCH_LOGGING_OPTION = Action.of(PREFIX, "AddApplicationCloudWatchLoggingOption");

  /** {@code kinesisanalytics:AddApplicationInput}: Write; on application. */
  public static final Action ADD_APPLICATION_INPUT = Action.of(PREFIX, "AddApplicationInput");

  /** {@code kinesisanalytics:AddApplicationInputProcessingConfiguration}: Write; on application. */
  public static final Action ADD_APPLICATION_INPUT_PROCESSING_CONFIGURATION = Action.of(PREFIX, "AddApplicationInputProcessingConfiguration");

  /** {@code kinesisanalytics:AddApplicationOutput}: Write; on application. */
  public static final Action ADD_APPLICATION_OUTPUT = Action.of(PREFIX, "AddApplicationOutput");

  /** {@code kinesisanalytics:AddApplicationReferenceDataSource}: Write; on application. */
  public static final Action ADD_APPLICATION_REFERENCE_DATA_SOURCE = Action.of(PREFIX, "AddApplicationReferenceDataSource");

  /** {@code kinesisanalytics:AddApplicationVpcConfiguration}: Write; on application. */
  public static final Action ADD_APPLICATION_VPC_CONFIGURATION = Action.of(PREFIX, "AddApplicationVpcConfiguration");

  /** {@code kinesisanalytics:CreateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code kinesisanalytics:CreateApplicationPresignedUrl}: Read; on application. */
  public static final Action CREATE_APPLICATION_PRESIGNED_URL = Action.of(PREFIX, "CreateApplicationPresignedUrl");

  /** {@code kinesisanalytics:CreateApplicationSnapshot}: Write; on application. */
  public static final Action CREATE_APPLICATION_SNAPSHOT = Action.of(PREFIX, "CreateApplicationSnapshot");

  /** {@code kinesisanalytics:DeleteApplication}: Write; on application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code kinesisanalytics:DeleteApplicationCloudWatchLoggingOption}: Write; on application. */
  public static final Action DELETE_APPLICATION_CLOUD_WATCH_LOGGING_OPTION = Action.of(PREFIX, "DeleteApplicationCloudWatchLoggingOption");

  /** {@code kinesisanalytics:DeleteApplicationInputProcessingConfiguration}: Write; on application. */
  public static final Action DELETE_APPLICATION_INPUT_PROCESSING_CONFIGURATION = Action.of(PREFIX, "DeleteApplicationInputProcessingConfiguration");

  /** {@code kinesisanalytics:DeleteApplicationOutput}: Write; on application. */
  public static final Action DELETE_APPLICATION_OUTPUT = Action.of(PREFIX, "DeleteApplicationOutput");

  /** {@code kinesisanalytics:DeleteApplicationReferenceDataSource}: Write; on application. */
  public static final Action DELETE_APPLICATION_REFERENCE_DATA_SOURCE = Action.of(PREFIX, "DeleteApplicationReferenceDataSource");

  /** {@code kinesisanalytics:DeleteApplicationSnapshot}: Write; on application. */
  public static final Action DELETE_APPLICATION_SNAPSHOT = Action.of(PREFIX, "DeleteApplicationSnapshot");

  /** {@code kinesisanalytics:DeleteApplicationVpcConfiguration}: Write; on application. */
  public static final Action DELETE_APPLICATION_VPC_CONFIGURATION = Action.of(PREFIX, "DeleteApplicationVpcConfiguration");

  /** {@code kinesisanalytics:DescribeApplication}: Read; on application. */
  public static final Action DESCRIBE_APPLICATION = Action.of(PREFIX, "DescribeApplication");

  /** {@code kinesisanalytics:DescribeApplicationOperation}: Read; on application. */
  public static final Action DESCRIBE_APPLICATION_OPERATION = Action.of(PREFIX, "DescribeApplicationOperation");

  /** {@code kinesisanalytics:DescribeApplicationSnapshot}: Read; on application. */
  public static final Action DESCRIBE_APPLICATION_SNAPSHOT = Action.of(PREFIX, "DescribeApplicationSnapshot");

  /** {@code kinesisanalytics:DescribeApplicationVersion}: Read; on application. */
  public static final Action DESCRIBE_APPLICATION_VERSION = Action.of(PREFIX, "DescribeApplicationVersion");

  /** {@code kinesisanalytics:DiscoverInputSchema}: Read; on no resource type (give {@code *}). */
  public static final Action DISCOVER_INPUT_SCHEMA = Action.of(PREFIX, "DiscoverInputSchema");

  /** {@code kinesisanalytics:GetApplicationState}: Read; on application. */
  public static final Action GET_APPLICATION_STATE = Action.of(PREFIX, "GetApplicationState");

  /** {@code kinesisanalytics:ListApplicationOperations}: Read; on application. */
  public static final Action LIST_APPLICATION_OPERATIONS = Action.of(PREFIX, "ListApplicationOperations");

  /** {@code kinesisanalytics:ListApplicationSnapshots}: Read; on application. */
  public static final Action LIST_APPLICATION_SNAPSHOTS = Action.of(PREFIX, "ListApplicationSnapshots");

  /** {@code kinesisanalytics:ListApplicationVersions}: Read; on application. */
  public static final Action LIST_APPLICATION_VERSIONS = Action.of(PREFIX, "ListApplicationVersions");

  /** {@code kinesisanalytics:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code kinesisanalytics:ListTagsForResource}: Read; on application. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code kinesisanalytics:RollbackApplication}: Write; on application. */
  public static final Action ROLLBACK_APPLICATION = Action.of(PREFIX, "RollbackApplication");

  /** {@code kinesisanalytics:StartApplication}: Write; on application. */
  public static final Action START_APPLICATION = Action.of(PREFIX, "StartApplication");

  /** {@code kinesisanalytics:StopApplication}: Write; on application. */
  public static final Action STOP_APPLICATION = Action.of(PREFIX, "StopApplication");

  /** {@code kinesisanalytics:TagResource}: Tagging; on application. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code kinesisanalytics:UntagResource}: Tagging; on application. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code kinesisanalytics:UpdateApplication}: Write; on application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code kinesisanalytics:UpdateApplicationMaintenanceConfiguration}: Write; on application. */
  public static final Action UPDATE_APPLICATION_MAINTENANCE_CONFIGURATION = Action.of(PREFIX, "UpdateApplicationMaintenanceConfiguration");

  private Kinesisanalytics() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
