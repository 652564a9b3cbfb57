// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Systems Manager for SAP (prefix {@code ssm-sap}), as the service authorization reference lists them.
 */
public final class SsmSap {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ssm-sap";

  /** {@code ssm-sap:BackupDatabase}: Write; on no resource type (give {@code *}). */
  public static final Action BACKUP_DATABASE = Action.of(PREFIX, "BackupDatabase");

  /** {@code ssm-sap:DeleteResourcePermission}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOURCE_PERMISSION = Action.of(PREFIX, "DeleteResourcePermission");

  /** {@code ssm-sap:DeregisterApplication}: Write; on application. */
  public static final Action DEREGISTER_APPLICATION = Action.of(PREFIX, "DeregisterApplication");

  /** {@code ssm-sap:GetApplication}: Read; on no resource type (give {@code *}). */
  public static final Action GET_APPLICATION = Action.of(PREFIX, "GetApplication");

  /** {@code ssm-sap:GetComponent}: Read; on component. */
  public static final Action GET_COMPONENT = Action.of(PREFIX, "GetComponent");

  /** {@code ssm-sap:GetConfigurationCheckOperation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONFIGURATION_CHECK_OPERATION = Action.of(PREFIX, "GetConfigurationCheckOperation");

  /** {@code ssm-sap:GetDatabase}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DATABASE = Action.of(PREFIX, "GetDatabase");

  /** {@code ssm-sap:GetOperation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_OPERATION = Action.of(PREFIX, "GetOperation");

  /** {@code ssm-sap:GetResourcePermission}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_PERMISSION = Action.of(PREFIX, "GetResourcePermission");

  /** {@code ssm-sap:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code ssm-sap:ListComponents}: List; on application. */
  public static final Action LIST_COMPONENTS = Action.of(PREFIX, "ListComponents");

  /** {@code ssm-sap:ListConfigurationCheckDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURATION_CHECK_DEFINITIONS = Action.of(PREFIX, "ListConfigurationCheckDefinitions");

  /** {@code ssm-sap:ListConfigurationCheckOperations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURATION_CHECK_OPERATIONS = Action.of(PREFIX, "ListConfigurationCheckOperations");

  /** {@code ssm-sap:ListDatabases}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATABASES = Action.of(PREFIX, "ListDatabases");

  /** {@code ssm-sap:ListOperationEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OPERATION_EVENTS = Action.of(PREFIX, "ListOperationEvents");

  /** {@code ssm-sap:ListOperations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OPERATIONS = Action.of(PREFIX, "ListOperations");

  /** {@code ssm-sap:ListSubCheckResults}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUB_CHECK_RESULTS = Action.of(PREFIX, "ListSubCheckResults");

  /** {@code ssm-sap:ListSubCheckRuleResults}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUB_CHECK_RULE_RESULTS = Action.of(PREFIX, "ListSubCheckRuleResults");

  /** {@code ssm-sap:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code ssm-sap:PutResourcePermission}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_RESOURCE_PERMISSION = Action.of(PREFIX, "PutResourcePermission");

  /** {@code ssm-sap:RegisterApplication}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_APPLICATION = Action.of(PREFIX, "RegisterApplication");

  /** {@code ssm-sap:RestoreDatabase}: Write; on no resource type (give {@code *}). */
  public static final Action RESTORE_DATABASE = Action.of(PREFIX, "RestoreDatabase");

  /** {@code ssm-sap:StartApplication}: Write; on application. */
  public static final Action START_APPLICATION = Action.of(PREFIX, "StartApplication");

  /** {@code ssm-sap:StartApplicationRefresh}: Write; on application. */
  public static final Action START_APPLICATION_REFRESH = Action.of(PREFIX, "StartApplicationRefresh");

  /** {@code ssm-sap:StartConfigurationChecks}: Write; on no resource type (give {@code *}). */
  public static final Action START_CONFIGURATION_CHECKS = Action.of(PREFIX, "StartConfigurationChecks");

  /** {@code ssm-sap:StopApplication}: Write; on application. */
  public static final Action STOP_APPLICATION = Action.of(PREFIX, "StopApplication");

  /** {@code ssm-sap:TagResource}: Tagging; on application, component, database. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code ssm-sap:UntagResource}: Tagging; on application, component, database. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code ssm-sap:UpdateApplicationSettings}: Write; on application. */
  public static final Action UPDATE_APPLICATION_SETTINGS = Action.of(PREFIX, "UpdateApplicationSettings");

  /** {@code ssm-sap:UpdateHANABackupSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_HANA_BACKUP_SETTINGS = Action.of(PREFIX, "UpdateHANABackupSettings");

  private SsmSap() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
