// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Serverless Application Repository (prefix {@code serverlessrepo}), as the service authorization reference lists them.
 */
public final class Serverlessrepo {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "serverlessrepo";

  /** {@code serverlessrepo:CreateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code serverlessrepo:CreateApplicationVersion}: Write; on applications. */
  public static final Action CREATE_APPLICATION_VERSION = Action.of(PREFIX, "CreateApplicationVersion");

  /** {@code serverlessrepo:CreateCloudFormationChangeSet}: Write; on applications. */
  public static final Action CREATE_CLOUD_FORMATION_CHANGE_SET = Action.of(PREFIX, "CreateCloudFormationChangeSet");

  /** {@code serverlessrepo:CreateCloudFormationTemplate}: Write; on applications. */
  public static final Action CREATE_CLOUD_FORMATION_TEMPLATE = Action.of(PREFIX, "CreateCloudFormationTemplate");

  /** {@code serverlessrepo:DeleteApplication}: Write; on applications. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code serverlessrepo:GetApplication}: Read; on applications. */
  public static final Action GET_APPLICATION = Action.of(PREFIX, "GetApplication");

  /** {@code serverlessrepo:GetApplicationPolicy}: Read; on applications. */
  public static final Action GET_APPLICATION_POLICY = Action.of(PREFIX, "GetApplicationPolicy");

  /** {@code serverlessrepo:GetCloudFormationTemplate}: Read; on applications. */
  public static final Action GET_CLOUD_FORMATION_TEMPLATE = Action.of(PREFIX, "GetCloudFormationTemplate");

  /** {@code serverlessrepo:ListApplicationDependencies}: List; on applications. */
  public static final Action LIST_APPLICATION_DEPENDENCIES = Action.of(PREFIX, "ListApplicationDependencies");

  /** {@code serverlessrepo:ListApplicationVersions}: List; on applications. */
  public static final Action LIST_APPLICATION_VERSIONS = Action.of(PREFIX, "ListApplicationVersions");

  /** {@code serverlessrepo:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code serverlessrepo:PutApplicationPolicy}: Write; on applications. */
  public static final Action PUT_APPLICATION_POLICY = Action.of(PREFIX, "PutApplicationPolicy");

  /** {@code serverlessrepo:SearchApplications}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_APPLICATIONS = Action.of(PREFIX, "SearchApplications");

  /** {@code serverlessrepo:UnshareApplication}: Write; on applications. */
  public static final Action UNSHARE_APPLICATION = Action.of(PREFIX, "UnshareApplication");

  /** {@code serverlessrepo:UpdateApplication}: Write; on applications. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  private Serverlessrepo() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
