// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Honeycode (prefix {@code honeycode}), as the service authorization reference lists them.
 */
public final class Honeycode {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "honeycode";

  /** {@code honeycode:ApproveTeamAssociation}: Write; on no resource type (give {@code *}). */
  public static final Action APPROVE_TEAM_ASSOCIATION = Action.of(PREFIX, "ApproveTeamAssociation");

  /** {@code honeycode:BatchCreateTableRows}: Write; on table. */
  public static final Action BATCH_CREATE_TABLE_ROWS = Action.of(PREFIX, "BatchCreateTableRows");

  /** {@code honeycode:BatchDeleteTableRows}: Write; on table. */
  public static final Action BATCH_DELETE_TABLE_ROWS = Action.of(PREFIX, "BatchDeleteTableRows");

  /** {@code honeycode:BatchUpdateTableRows}: Write; on table. */
  public static final Action BATCH_UPDATE_TABLE_ROWS = Action.of(PREFIX, "BatchUpdateTableRows");

  /** {@code honeycode:BatchUpsertTableRows}: Write; on table. */
  public static final Action BATCH_UPSERT_TABLE_ROWS = Action.of(PREFIX, "BatchUpsertTableRows");

  /** {@code honeycode:CreateTeam}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TEAM = Action.of(PREFIX, "CreateTeam");

  /** {@code honeycode:CreateTenant}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TENANT = Action.of(PREFIX, "CreateTenant");

  /** {@code honeycode:DeleteDomains}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DOMAINS = Action.of(PREFIX, "DeleteDomains");

  /** {@code honeycode:DeregisterGroups}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_GROUPS = Action.of(PREFIX, "DeregisterGroups");

  /** {@code honeycode:DescribeTableDataImportJob}: Read; on table. */
  public static final Action DESCRIBE_TABLE_DATA_IMPORT_JOB = Action.of(PREFIX, "DescribeTableDataImportJob");

  /** {@code honeycode:DescribeTeam}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TEAM = Action.of(PREFIX, "DescribeTeam");

  /** {@code honeycode:GetScreenData}: Read; on screen. */
  public static final Action GET_SCREEN_DATA = Action.of(PREFIX, "GetScreenData");

  /** {@code honeycode:InvokeScreenAutomation}: Write; on screen-automation. */
  public static final Action INVOKE_SCREEN_AUTOMATION = Action.of(PREFIX, "InvokeScreenAutomation");

  /** {@code honeycode:ListDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAINS = Action.of(PREFIX, "ListDomains");

  /** {@code honeycode:ListGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GROUPS = Action.of(PREFIX, "ListGroups");

  /** {@code honeycode:ListTableColumns}: List; on table. */
  public static final Action LIST_TABLE_COLUMNS = Action.of(PREFIX, "ListTableColumns");

  /** {@code honeycode:ListTableRows}: List; on table. */
  public static final Action LIST_TABLE_ROWS = Action.of(PREFIX, "ListTableRows");

  /** {@code honeycode:ListTables}: List; on workbook. */
  public static final Action LIST_TABLES = Action.of(PREFIX, "ListTables");

  /** {@code honeycode:ListTagsForResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code honeycode:ListTeamAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TEAM_ASSOCIATIONS = Action.of(PREFIX, "ListTeamAssociations");

  /** {@code honeycode:ListTenants}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TENANTS = Action.of(PREFIX, "ListTenants");

  /** {@code honeycode:QueryTableRows}: Read; on table. */
  public static final Action QUERY_TABLE_ROWS = Action.of(PREFIX, "QueryTableRows");

  /** {@code honeycode:RegisterDomainForVerification}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_DOMAIN_FOR_VERIFICATION = Action.of(PREFIX, "RegisterDomainForVerification");

  /** {@code honeycode:RegisterGroups}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_GROUPS = Action.of(PREFIX, "RegisterGroups");

  /** {@code honeycode:RejectTeamAssociation}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_TEAM_ASSOCIATION = Action.of(PREFIX, "RejectTeamAssociation");

  /** {@code honeycode:RestartDomainVerification}: Write; on no resource type (give {@code *}). */
  public static final Action RESTART_DOMAIN_VERIFICATION = Action.of(PREFIX, "RestartDomainVerification");

  /** {@code honeycode:StartTableDataImportJob}: Write; on table. */
  public static final Action START_TABLE_DATA_IMPORT_JOB = Action.of(PREFIX, "StartTableDataImportJob");

  /** {@code honeycode:TagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code honeycode:UntagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code honeycode:UpdateTeam}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_TEAM = Action.of(PREFIX, "UpdateTeam");

  private Honeycode() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
