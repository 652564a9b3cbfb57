// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Migration Hub Refactor Spaces (prefix {@code refactor-spaces}), as the service authorization reference lists them.
 */
public final class RefactorSpaces {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "refactor-spaces";

  /** {@code refactor-spaces:CreateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code refactor-spaces:CreateEnvironment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENVIRONMENT = Action.of(PREFIX, "CreateEnvironment");

  /** {@code refactor-spaces:CreateRoute}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ROUTE = Action.of(PREFIX, "CreateRoute");

  /** {@code refactor-spaces:CreateService}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SERVICE = Action.of(PREFIX, "CreateService");

  /** {@code refactor-spaces:DeleteApplication}: Write; on application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code refactor-spaces:DeleteEnvironment}: Write; on environment. */
  public static final Action DELETE_ENVIRONMENT = Action.of(PREFIX, "DeleteEnvironment");

  /** {@code refactor-spaces:DeleteResourcePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code refactor-spaces:DeleteRoute}: Write; on route. */
  public static final Action DELETE_ROUTE = Action.of(PREFIX, "DeleteRoute");

  /** {@code refactor-spaces:DeleteService}: Write; on service. */
  public static final Action DELETE_SERVICE = Action.of(PREFIX, "DeleteService");

  /** {@code refactor-spaces:GetApplication}: Read; on application. */
  public static final Action GET_APPLICATION = Action.of(PREFIX, "GetApplication");

  /** {@code refactor-spaces:GetEnvironment}: Read; on environment. */
  public static final Action GET_ENVIRONMENT = Action.of(PREFIX, "GetEnvironment");

  /** {@code refactor-spaces:GetResourcePolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code refactor-spaces:GetRoute}: Read; on route. */
  public static final Action GET_ROUTE = Action.of(PREFIX, "GetRoute");

  /** {@code refactor-spaces:GetService}: Read; on service. */
  public static final Action GET_SERVICE = Action.of(PREFIX, "GetService");

  /** {@code refactor-spaces:ListApplications}: Read; on application. */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code refactor-spaces:ListEnvironmentVpcs}: Read; on environment. */
  public static final Action LIST_ENVIRONMENT_VPCS = Action.of(PREFIX, "ListEnvironmentVpcs");

  /** {@code refactor-spaces:ListEnvironments}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENTS = Action.of(PREFIX, "ListEnvironments");

  /** {@code refactor-spaces:ListRoutes}: Read; on route. */
  public static final Action LIST_ROUTES = Action.of(PREFIX, "ListRoutes");

  /** {@code refactor-spaces:ListServices}: Read; on environment. */
  public static final Action LIST_SERVICES = Action.of(PREFIX, "ListServices");

  /** {@code refactor-spaces:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code refactor-spaces:PutResourcePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code refactor-spaces:TagResource}: Tagging; on application, environment, route, service. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code refactor-spaces:UntagResource}: Tagging; on application, environment, route, service. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code refactor-spaces:UpdateRoute}: Write; on route. */
  public static final Action UPDATE_ROUTE = Action.of(PREFIX, "UpdateRoute");

  private RefactorSpaces() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
