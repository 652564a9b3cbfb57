// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Migration Hub (prefix {@code mgh}), as the service authorization reference lists them.
 */
public final class Mgh {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mgh";

  /** {@code mgh:AcceptConnection}: Write; on ConnectionResource. */
  public static final Action ACCEPT_CONNECTION = Action.of(PREFIX, "AcceptConnection");

  /** {@code mgh:AssociateAutomationUnitRole}: Write; on AutomationUnitResource. */
  public static final Action ASSOCIATE_AUTOMATION_UNIT_ROLE = Action.of(PREFIX, "AssociateAutomationUnitRole");

  /** {@code mgh:AssociateCreatedArtifact}: Write; on migrationTask. */
  public static final Action ASSOCIATE_CREATED_ARTIFACT = Action.of(PREFIX, "AssociateCreatedArtifact");

  /** {@code mgh:AssociateDiscoveredResource}: Write; on migrationTask. */
  public static final Action ASSOCIATE_DISCOVERED_RESOURCE = Action.of(PREFIX, "AssociateDiscoveredResource");

  /** {@code mgh:AssociateSourceResource}: Write; on migrationTask. */
  public static final Action ASSOCIATE_SOURCE_RESOURCE = Action.of(PREFIX, "AssociateSourceResource");

  /** {@code mgh:BatchAssociateIamRoleWithConnection}: Write; on ConnectionResource. */
  public static final Action BATCH_ASSOCIATE_IAM_ROLE_WITH_CONNECTION = Action.of(PREFIX, "BatchAssociateIamRoleWithConnection");

  /** {@code mgh:BatchDisassociateIamRoleFromConnection}: Write; on ConnectionResource. */
  public static final Action BATCH_DISASSOCIATE_IAM_ROLE_FROM_CONNECTION = Action.of(PREFIX, "BatchDisassociateIamRoleFromConnection");

  /** {@code mgh:CreateAutomationRun}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AUTOMATION_RUN = Action.of(PREFIX, "CreateAutomationRun");

  /** {@code mgh:CreateAutomationUnit}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AUTOMATION_UNIT = Action.of(PREFIX, "CreateAutomationUnit");

  /** {@code mgh:CreateHomeRegionControl}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_HOME_REGION_CONTROL = Action.of(PREFIX, "CreateHomeRegionControl");

  /** {@code mgh:CreateProgressUpdateStream}: Write; on progressUpdateStream. */
  public static final Action CREATE_PROGRESS_UPDATE_STREAM = Action.of(PREFIX, "CreateProgressUpdateStream");

  /** {@code mgh:DeleteAutomationRun}: Write; on AutomationRunResource. */
  public static final Action DELETE_AUTOMATION_RUN = Action.of(PREFIX, "DeleteAutomationRun");

  /** {@code mgh:DeleteAutomationUnit}: Write; on AutomationUnitResource. */
  public static final Action DELETE_AUTOMATION_UNIT = Action.of(PREFIX, "DeleteAutomationUnit");

  /** {@code mgh:DeleteConnection}: Write; on ConnectionResource. */
  public static final Action DELETE_CONNECTION = Action.of(PREFIX, "DeleteConnection");

  /** {@code mgh:DeleteHomeRegionControl}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_HOME_REGION_CONTROL = Action.of(PREFIX, "DeleteHomeRegionControl");

  /** {@code mgh:DeleteProgressUpdateStream}: Write; on progressUpdateStream. */
  public static final Action DELETE_PROGRESS_UPDATE_STREAM = Action.of(PREFIX, "DeleteProgressUpdateStream");

  /** {@code mgh:DescribeApplicationState}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_APPLICATION_STATE = Action.of(PREFIX, "DescribeApplicationState");

  /** {@code mgh:DescribeAutomationRun}: Read; on AutomationRunResource. */
  public static final Action DESCRIBE_AUTOMATION_RUN = Action.of(PREFIX, "DescribeAutomationRun");

  /** {@code mgh:DescribeAutomationUnit}: Read; on AutomationUnitResource. */
  public static final Action DESCRIBE_AUTOMATION_UNIT = Action.of(PREFIX, "DescribeAutomationUnit");

  /** {@code mgh:DescribeHomeRegionControls}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_HOME_REGION_CONTROLS = Action.of(PREFIX, "DescribeHomeRegionControls");

  /** {@code mgh:DescribeMigrationTask}: Read; on migrationTask. */
  public static final Action DESCRIBE_MIGRATION_TASK = Action.of(PREFIX, "DescribeMigrationTask");

  /** {@code mgh:DisassociateAutomationUnitRole}: Write; on AutomationUnitResource. */
  public static final Action DISASSOCIATE_AUTOMATION_UNIT_ROLE = Action.of(PREFIX, "DisassociateAutomationUnitRole");

  /** {@code mgh:DisassociateCreatedArtifact}: Write; on migrationTask. */
  public static final Action DISASSOCIATE_CREATED_ARTIFACT = Action.of(PREFIX, "DisassociateCreatedArtifact");

  /** {@code mgh:DisassociateDiscoveredResource}: Write; on migrationTask. */
  public static final Action DISASSOCIATE_DISCOVERED_RESOURCE = Action.of(PREFIX, "DisassociateDiscoveredResource");

  /** {@code mgh:DisassociateSourceResource}: Write; on migrationTask. */
  public static final Action DISASSOCIATE_SOURCE_RESOURCE = Action.of(PREFIX, "DisassociateSourceResource");

  /** {@code mgh:GetConnection}: Read; on ConnectionResource. */
  public static final Action GET_CONNECTION = Action.of(PREFIX, "GetConnection");

  /** {@code mgh:GetHomeRegion}: Read; on no resource type (give {@code *}). */
  public static final Action GET_HOME_REGION = Action.of(PREFIX, "GetHomeRegion");

  /** {@code mgh:ImportMigrationTask}: Write; on migrationTask. */
  public static final Action IMPORT_MIGRATION_TASK = Action.of(PREFIX, "ImportMigrationTask");

  /** {@code mgh:ListApplicationStates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATION_STATES = Action.of(PREFIX, "ListApplicationStates");

  /** {@code mgh:ListAutomationRuns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTOMATION_RUNS = Action.of(PREFIX, "ListAutomationRuns");

  /** {@code mgh:ListAutomationUnits}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTOMATION_UNITS = Action.of(PREFIX, "ListAutomationUnits");

  /** {@code mgh:ListConnectionRoles}: List; on ConnectionResource. */
  public static final Action LIST_CONNECTION_ROLES = Action.of(PREFIX, "ListConnectionRoles");

  /** {@code mgh:ListConnections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTIONS = Action.of(PREFIX, "ListConnections");

  /** {@code mgh:ListCreatedArtifacts}: List; on migrationTask. */
  public static final Action LIST_CREATED_ARTIFACTS = Action.of(PREFIX, "ListCreatedArtifacts");

  /** {@code mgh:ListDiscoveredResources}: List; on migrationTask. */
  public static final Action LIST_DISCOVERED_RESOURCES = Action.of(PREFIX, "ListDiscoveredResources");

  /** {@code mgh:ListMigrationTaskUpdates}: List; on migrationTask. */
  public static final Action LIST_MIGRATION_TASK_UPDATES = Action.of(PREFIX, "ListMigrationTaskUpdates");

  /** {@code mgh:ListMigrationTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MIGRATION_TASKS = Action.of(PREFIX, "ListMigrationTasks");

  /** {@code mgh:ListProgressUpdateStreams}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROGRESS_UPDATE_STREAMS = Action.of(PREFIX, "ListProgressUpdateStreams");

  /** {@code mgh:ListSourceResources}: List; on migrationTask. */
  public static final Action LIST_SOURCE_RESOURCES = Action.of(PREFIX, "ListSourceResources");

  /** {@code mgh:ListTagsForResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code mgh:NotifyApplicationState}: Write; on no resource type (give {@code *}). */
  public static final Action NOTIFY_APPLICATION_STATE = Action.of(PREFIX, "NotifyApplicationState");

  /** {@code mgh:NotifyMigrationTaskState}: Write; on migrationTask. */
  public static final Action NOTIFY_MIGRATION_TASK_STATE = Action.of(PREFIX, "NotifyMigrationTaskState");

  /** {@code mgh:PutResourceAttributes}: Write; on migrationTask. */
  public static final Action PUT_RESOURCE_ATTRIBUTES = Action.of(PREFIX, "PutResourceAttributes");

  /** {@code mgh:RejectConnection}: Write; on ConnectionResource. */
  public static final Action REJECT_CONNECTION = Action.of(PREFIX, "RejectConnection");

  /** {@code mgh:TagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code mgh:UntagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private Mgh() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
