// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IAM Identity Center OIDC service (prefix {@code sso-oauth}), as the service authorization reference lists them.
 */
public final class SsoOauth {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sso-oauth";

  /** {@code sso-oauth:CreateTokenWithIAM}: Write; on Application. */
  public static final Action CREATE_TOKEN_WITH_IAM = Action.of(PREFIX, "CreateTokenWithIAM");

  /** {@code sso-oauth:IntrospectTokenWithIAM}: Write; on Application. */
  public static final Action INTROSPECT_TOKEN_WITH_IAM = Action.of(PREFIX, "IntrospectTokenWithIAM");

  /** {@code sso-oauth:RevokeTokenWithIAM}: Write; on Application. */
  public static final Action REVOKE_TOKEN_WITH_IAM = Action.of(PREFIX, "RevokeTokenWithIAM");

  private SsoOauth() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
