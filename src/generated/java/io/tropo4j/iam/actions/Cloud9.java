// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Cloud9 (prefix {@code cloud9}), as the service authorization reference lists them.
 */
public final class Cloud9 {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cloud9";

  /** {@code cloud9:ActivateEC2Remote}: Write; on environment. */
  public static final Action ACTIVATE_EC2_REMOTE = Action.of(PREFIX, "ActivateEC2Remote");

  /** {@code cloud9:CreateEnvironmentEC2}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENVIRONMENT_EC2 = Action.of(PREFIX, "CreateEnvironmentEC2");

  /** {@code cloud9:CreateEnvironmentMembership}: Write; on environment. */
  public static final Action CREATE_ENVIRONMENT_MEMBERSHIP = Action.of(PREFIX, "CreateEnvironmentMembership");

  /** {@code cloud9:CreateEnvironmentSSH}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENVIRONMENT_SSH = Action.of(PREFIX, "CreateEnvironmentSSH");

  /** {@code cloud9:CreateEnvironmentToken}: Read; on environment. */
  public static final Action CREATE_ENVIRONMENT_TOKEN = Action.of(PREFIX, "CreateEnvironmentToken");

  /** {@code cloud9:DeleteEnvironment}: Write; on environment. */
  public static final Action DELETE_ENVIRONMENT = Action.of(PREFIX, "DeleteEnvironment");

  /** {@code cloud9:DeleteEnvironmentMembership}: Write; on environment. */
  public static final Action DELETE_ENVIRONMENT_MEMBERSHIP = Action.of(PREFIX, "DeleteEnvironmentMembership");

  /** {@code cloud9:DescribeEC2Remote}: Read; on environment. */
  public static final Action DESCRIBE_EC2_REMOTE = Action.of(PREFIX, "DescribeEC2Remote");

  /** {@code cloud9:DescribeEnvironmentMemberships}: Read; on environment. */
  public static final Action DESCRIBE_ENVIRONMENT_MEMBERSHIPS = Action.of(PREFIX, "DescribeEnvironmentMemberships");

  /** {@code cloud9:DescribeEnvironmentStatus}: Read; on environment. */
  public static final Action DESCRIBE_ENVIRONMENT_STATUS = Action.of(PREFIX, "DescribeEnvironmentStatus");

  /** {@code cloud9:DescribeEnvironments}: Read; on environment. */
  public static final Action DESCRIBE_ENVIRONMENTS = Action.of(PREFIX, "DescribeEnvironments");

  /** {@code cloud9:DescribeSSHRemote}: Read; on environment. */
  public static final Action DESCRIBE_SSH_REMOTE = Action.of(PREFIX, "DescribeSSHRemote");

  /** {@code cloud9:GetEnvironmentConfig}: Read; on environment. */
  public static final Action GET_ENVIRONMENT_CONFIG = Action.of(PREFIX, "GetEnvironmentConfig");

  /** {@code cloud9:GetEnvironmentSettings}: Read; on environment. */
  public static final Action GET_ENVIRONMENT_SETTINGS = Action.of(PREFIX, "GetEnvironmentSettings");

  /** {@code cloud9:GetMembershipSettings}: Read; on environment. */
  public static final Action GET_MEMBERSHIP_SETTINGS = Action.of(PREFIX, "GetMembershipSettings");

  /** {@code cloud9:GetMigrationExperiences}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MIGRATION_EXPERIENCES = Action.of(PREFIX, "GetMigrationExperiences");

  /** {@code cloud9:GetUserPublicKey}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USER_PUBLIC_KEY = Action.of(PREFIX, "GetUserPublicKey");

  /** {@code cloud9:GetUserSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USER_SETTINGS = Action.of(PREFIX, "GetUserSettings");

  /** {@code cloud9:ListEnvironments}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENTS = Action.of(PREFIX, "ListEnvironments");

  /** {@code cloud9:ListTagsForResource}: Read; on environment. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code cloud9:ModifyTemporaryCredentialsOnEnvironmentEC2}: Write; on environment. */
  public static final Action MODIFY_TEMPORARY_CREDENTIALS_ON_ENVIRONMENT_EC2 = Action.of(PREFIX, "ModifyTemporaryCredentialsOnEnvironmentEC2");

  /** {@code cloud9:TagResource}: Tagging; on environment. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code cloud9:UntagResource}: Tagging; on environment. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code cloud9:UpdateEnvironment}: Write; on environment. */
  public static final Action UPDATE_ENVIRONMENT = Action.of(PREFIX, "UpdateEnvironment");

  /** {@code cloud9:UpdateEnvironmentMembership}: Write; on environment. */
  public static final Action UPDATE_ENVIRONMENT_MEMBERSHIP = Action.of(PREFIX, "UpdateEnvironmentMembership");

  /** {@code cloud9:UpdateEnvironmentSettings}: Write; on environment. */
  public static final Action UPDATE_ENVIRONMENT_SETTINGS = Action.of(PREFIX, "UpdateEnvironmentSettings");

  /** {@code cloud9:UpdateMembershipSettings}: Write; on environment. */
  public static final Action UPDATE_MEMBERSHIP_SETTINGS = Action.of(PREFIX, "UpdateMembershipSettings");

  /** {@code cloud9:UpdateSSHRemote}: Write; on environment. */
  public static final Action UPDATE_SSH_REMOTE = Action.of(PREFIX, "UpdateSSHRemote");

  /** {@code cloud9:UpdateUserSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_USER_SETTINGS = Action.of(PREFIX, "UpdateUserSettings");

  private Cloud9() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
