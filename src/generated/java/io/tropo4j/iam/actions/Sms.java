// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Server Migration Service (prefix {@code sms}), as the service authorization reference lists them.
 */
public final class Sms {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sms";

  /** {@code sms:CreateApp}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APP = Action.of(PREFIX, "CreateApp");

  /** {@code sms:CreateReplicationJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REPLICATION_JOB = Action.of(PREFIX, "CreateReplicationJob");

  /** {@code sms:DeleteApp}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_APP = Action.of(PREFIX, "DeleteApp");

  /** {@code sms:DeleteAppLaunchConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_APP_LAUNCH_CONFIGURATION = Action.of(PREFIX, "DeleteAppLaunchConfiguration");

  /** {@code sms:DeleteAppReplicationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_APP_REPLICATION_CONFIGURATION = Action.of(PREFIX, "DeleteAppReplicationConfiguration");

  /** {@code sms:DeleteAppValidationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_APP_VALIDATION_CONFIGURATION = Action.of(PREFIX, "DeleteAppValidationConfiguration");

  /** {@code sms:DeleteReplicationJob}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_REPLICATION_JOB = Action.of(PREFIX, "DeleteReplicationJob");

  /** {@code sms:DeleteServerCatalog}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SERVER_CATALOG = Action.of(PREFIX, "DeleteServerCatalog");

  /** {@code sms:DisassociateConnector}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_CONNECTOR = Action.of(PREFIX, "DisassociateConnector");

  /** {@code sms:GenerateChangeSet}: Write; on no resource type (give {@code *}). */
  public static final Action GENERATE_CHANGE_SET = Action.of(PREFIX, "GenerateChangeSet");

  /** {@code sms:GenerateTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action GENERATE_TEMPLATE = Action.of(PREFIX, "GenerateTemplate");

  /** {@code sms:GetApp}: Read; on no resource type (give {@code *}). */
  public static final Action GET_APP = Action.of(PREFIX, "GetApp");

  /** {@code sms:GetAppLaunchConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_APP_LAUNCH_CONFIGURATION = Action.of(PREFIX, "GetAppLaunchConfiguration");

  /** {@code sms:GetAppReplicationConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_APP_REPLICATION_CONFIGURATION = Action.of(PREFIX, "GetAppReplicationConfiguration");

  /** {@code sms:GetAppValidationConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_APP_VALIDATION_CONFIGURATION = Action.of(PREFIX, "GetAppValidationConfiguration");

  /** {@code sms:GetAppValidationOutput}: Read; on no resource type (give {@code *}). */
  public static final Action GET_APP_VALIDATION_OUTPUT = Action.of(PREFIX, "GetAppValidationOutput");

  /** {@code sms:GetConnectors}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONNECTORS = Action.of(PREFIX, "GetConnectors");

  /** {@code sms:GetMessages}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MESSAGES = Action.of(PREFIX, "GetMessages");

  /** {@code sms:GetReplicationJobs}: Read; on no resource type (give {@code *}). */
  public static final Action GET_REPLICATION_JOBS = Action.of(PREFIX, "GetReplicationJobs");

  /** {@code sms:GetReplicationRuns}: Read; on no resource type (give {@code *}). */
  public static final Action GET_REPLICATION_RUNS = Action.of(PREFIX, "GetReplicationRuns");

  /** {@code sms:GetServers}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVERS = Action.of(PREFIX, "GetServers");

  /** {@code sms:ImportAppCatalog}: Write; on no resource type (give {@code *}). */
  public static final Action IMPORT_APP_CATALOG = Action.of(PREFIX, "ImportAppCatalog");

  /** {@code sms:ImportServerCatalog}: Write; on no resource type (give {@code *}). */
  public static final Action IMPORT_SERVER_CATALOG = Action.of(PREFIX, "ImportServerCatalog");

  /** {@code sms:LaunchApp}: Write; on no resource type (give {@code *}). */
  public static final Action LAUNCH_APP = Action.of(PREFIX, "LaunchApp");

  /** {@code sms:ListApps}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPS = Action.of(PREFIX, "ListApps");

  /** {@code sms:NotifyAppValidationOutput}: Write; on no resource type (give {@code *}). */
  public static final Action NOTIFY_APP_VALIDATION_OUTPUT = Action.of(PREFIX, "NotifyAppValidationOutput");

  /** {@code sms:PutAppLaunchConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_APP_LAUNCH_CONFIGURATION = Action.of(PREFIX, "PutAppLaunchConfiguration");

  /** {@code sms:PutAppReplicationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_APP_REPLICATION_CONFIGURATION = Action.of(PREFIX, "PutAppReplicationConfiguration");

  /** {@code sms:PutAppValidationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_APP_VALIDATION_CONFIGURATION = Action.of(PREFIX, "PutAppValidationConfiguration");

  /** {@code sms:SendMessage}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_MESSAGE = Action.of(PREFIX, "SendMessage");

  /** {@code sms:StartAppReplication}: Write; on no resource type (give {@code *}). */
  public static final Action START_APP_REPLICATION = Action.of(PREFIX, "StartAppReplication");

  /** {@code sms:StartOnDemandAppReplication}: Write; on no resource type (give {@code *}). */
  public static final Action START_ON_DEMAND_APP_REPLICATION = Action.of(PREFIX, "StartOnDemandAppReplication");

  /** {@code sms:StartOnDemandReplicationRun}: Write; on no resource type (give {@code *}). */
  public static final Action START_ON_DEMAND_REPLICATION_RUN = Action.of(PREFIX, "StartOnDemandReplicationRun");

  /** {@code sms:StopAppReplication}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_APP_REPLICATION = Action.of(PREFIX, "StopAppReplication");

  /** {@code sms:TerminateApp}: Write; on no resource type (give {@code *}). */
  public static final Action TERMINATE_APP = Action.of(PREFIX, "TerminateApp");

  /** {@code sms:UpdateApp}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_APP = Action.of(PREFIX, "UpdateApp");

  /** {@code sms:UpdateReplicationJob}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_REPLICATION_JOB = Action.of(PREFIX, "UpdateReplicationJob");

  private Sms() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
