// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon EKS Auth (prefix {@code eks-auth}), as the service authorization reference lists them.
 */
public final class EksAuth {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "eks-auth";

  /** {@code eks-auth:AssumeRoleForPodIdentity}: Read; on cluster. */
  public static final Action ASSUME_ROLE_FOR_POD_IDENTITY = Action.of(PREFIX, "AssumeRoleForPodIdentity");

  private EksAuth() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
