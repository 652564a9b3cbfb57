// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Security Token Service (prefix {@code sts}), as the service authorization reference lists them.
 */
public final class Sts {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sts";

  /** {@code sts:AssumeRole}: Write; on role. */
  public static final Action ASSUME_ROLE = Action.of(PREFIX, "AssumeRole");

  /** {@code sts:AssumeRoleWithSAML}: Write; on role. */
  public static final Action ASSUME_ROLE_WITH_SAML = Action.of(PREFIX, "AssumeRoleWithSAML");

  /** {@code sts:AssumeRoleWithWebIdentity}: Write; on role. */
  public static final Action ASSUME_ROLE_WITH_WEB_IDENTITY = Action.of(PREFIX, "AssumeRoleWithWebIdentity");

  /** {@code sts:AssumeRoot}: Write; on root-user. */
  public static final Action ASSUME_ROOT = Action.of(PREFIX, "AssumeRoot");

  /** {@code sts:DecodeAuthorizationMessage}: Write; on no resource type (give {@code *}). */
  public static final Action DECODE_AUTHORIZATION_MESSAGE = Action.of(PREFIX, "DecodeAuthorizationMessage");

  /** {@code sts:GetAccessKeyInfo}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCESS_KEY_INFO = Action.of(PREFIX, "GetAccessKeyInfo");

  /** {@code sts:GetCallerIdentity}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CALLER_IDENTITY = Action.of(PREFIX, "GetCallerIdentity");

  /** {@code sts:GetDelegatedAccessToken}: Write; on no resource type (give {@code *}). */
  public static final Action GET_DELEGATED_ACCESS_TOKEN = Action.of(PREFIX, "GetDelegatedAccessToken");

  /** {@code sts:GetFederationToken}: Read; on federated-user, user. */
  public static final Action GET_FEDERATION_TOKEN = Action.of(PREFIX, "GetFederationToken");

  /** {@code sts:GetServiceBearerToken}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_BEARER_TOKEN = Action.of(PREFIX, "GetServiceBearerToken");

  /** {@code sts:GetSessionToken}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SESSION_TOKEN = Action.of(PREFIX, "GetSessionToken");

  /** {@code sts:GetWebIdentityToken}: Write; on no resource type (give {@code *}). */
  public static final Action GET_WEB_IDENTITY_TOKEN = Action.of(PREFIX, "GetWebIdentityToken");

  /** {@code sts:SetContext}: Write; on role, self-session. */
  public static final Action SET_CONTEXT = Action.of(PREFIX, "SetContext");

  /** {@code sts:SetSourceIdentity}: Write; on role, user. */
  public static final Action SET_SOURCE_IDENTITY = Action.of(PREFIX, "SetSourceIdentity");

  /** {@code sts:TagGetWebIdentityToken}: Tagging; on no resource type (give {@code *}). */
  public static final Action TAG_GET_WEB_IDENTITY_TOKEN = Action.of(PREFIX, "TagGetWebIdentityToken");

  /** {@code sts:TagSession}: Tagging; on role, user. */
  public static final Action TAG_SESSION = Action.of(PREFIX, "TagSession");

  private Sts() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
