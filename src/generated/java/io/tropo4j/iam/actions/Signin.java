// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Signin (prefix {@code signin}), as the service authorization reference lists them.
 */
public final class Signin {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "signin";

  /** {@code signin:AuthorizeOAuth2Access}: Read; on oauth2-public-client-localhost, oauth2-public-client-remote. */
  public static final Action AUTHORIZE_O_AUTH2_ACCESS = Action.of(PREFIX, "AuthorizeOAuth2Access");

  /** {@code signin:CreateOAuth2Token}: Read; on oauth2-public-client-localhost, oauth2-public-client-remote. */
  public static final Action CREATE_O_AUTH2_TOKEN = Action.of(PREFIX, "CreateOAuth2Token");

  /** {@code signin:CreateTrustedIdentityPropagationApplicationForConsole}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TRUSTED_IDENTITY_PROPAGATION_APPLICATION_FOR_CONSOLE = Action.of(PREFIX, "CreateTrustedIdentityPropagationApplicationForConsole");

  /** {@code signin:ListTrustedIdentityPropagationApplicationsForConsole}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRUSTED_IDENTITY_PROPAGATION_APPLICATIONS_FOR_CONSOLE = Action.of(PREFIX, "ListTrustedIdentityPropagationApplicationsForConsole");

  private Signin() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
