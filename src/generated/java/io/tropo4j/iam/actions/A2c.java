// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS App2Container (prefix {@code a2c}), as the service authorization reference lists them.
 */
public final class A2c {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "a2c";

  /** {@code a2c:GetContainerizationJobDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTAINERIZATION_JOB_DETAILS = Action.of(PREFIX, "GetContainerizationJobDetails");

  /** {@code a2c:GetDeploymentJobDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEPLOYMENT_JOB_DETAILS = Action.of(PREFIX, "GetDeploymentJobDetails");

  /** {@code a2c:StartContainerizationJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_CONTAINERIZATION_JOB = Action.of(PREFIX, "StartContainerizationJob");

  /** {@code a2c:StartDeploymentJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_DEPLOYMENT_JOB = Action.of(PREFIX, "StartDeploymentJob");

  private A2c() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
