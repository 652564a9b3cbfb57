// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Systems Manager Quick Setup (prefix {@code ssm-quicksetup}), as the service authorization reference lists them.
 */
public final class SsmQuicksetup {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ssm-quicksetup";

  /** {@code ssm-quicksetup:CreateConfigurationManager}: Write; on configuration-manager. */
  public static final Action CREATE_CONFIGURATION_MANAGER = Action.of(PREFIX, "CreateConfigurationManager");

  /** {@code ssm-quicksetup:DeleteConfigurationManager}: Write; on configuration-manager. */
  public static final Action DELETE_CONFIGURATION_MANAGER = Action.of(PREFIX, "DeleteConfigurationManager");

  /** {@code ssm-quicksetup:GetConfiguration}: Read; on configuration-manager. */
  public static final Action GET_CONFIGURATION = Action.of(PREFIX, "GetConfiguration");

  /** {@code ssm-quicksetup:GetConfigurationManager}: Read; on configuration-manager. */
  public static final Action GET_CONFIGURATION_MANAGER = Action.of(PREFIX, "GetConfigurationManager");

  /** {@code ssm-quicksetup:GetServiceSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_SETTINGS = Action.of(PREFIX, "GetServiceSettings");

  /** {@code ssm-quicksetup:ListConfigurationManagers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURATION_MANAGERS = Action.of(PREFIX, "ListConfigurationManagers");

  /** {@code ssm-quicksetup:ListConfigurations}: List; on configuration-manager. */
  public static final Action LIST_CONFIGURATIONS = Action.of(PREFIX, "ListConfigurations");

  /** {@code ssm-quicksetup:ListQuickSetupTypes}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_QUICK_SETUP_TYPES = Action.of(PREFIX, "ListQuickSetupTypes");

  /** {@code ssm-quicksetup:ListTagsForResource}: Read; on configuration-manager. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code ssm-quicksetup:TagResource}: Tagging; on configuration-manager. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code ssm-quicksetup:UntagResource}: Tagging; on configuration-manager. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code ssm-quicksetup:UpdateConfigurationDefinition}: Write; on configuration-manager. */
  public static final Action UPDATE_CONFIGURATION_DEFINITION = Action.of(PREFIX, "UpdateConfigurationDefinition");

  /** {@code ssm-quicksetup:UpdateConfigurationManager}: Write; on configuration-manager. */
  public static final Action UPDATE_CONFIGURATION_MANAGER = Action.of(PREFIX, "UpdateConfigurationManager");

  /** {@code ssm-quicksetup:UpdateServiceSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SERVICE_SETTINGS = Action.of(PREFIX, "UpdateServiceSettings");

  private SsmQuicksetup() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
