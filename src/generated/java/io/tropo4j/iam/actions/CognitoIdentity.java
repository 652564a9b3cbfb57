// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Cognito Identity (prefix {@code cognito-identity}), as the service authorization reference lists them.
 */
public final class CognitoIdentity {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cognito-identity";

  /** {@code cognito-identity:CreateIdentityPool}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_IDENTITY_POOL = Action.of(PREFIX, "CreateIdentityPool");

  /** {@code cognito-identity:DeleteIdentities}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_IDENTITIES = Action.of(PREFIX, "DeleteIdentities");

  /** {@code cognito-identity:DeleteIdentityPool}: Permissions management; on identitypool. */
  public static final Action DELETE_IDENTITY_POOL = Action.of(PREFIX, "DeleteIdentityPool");

  /** {@code cognito-identity:DescribeIdentity}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IDENTITY = Action.of(PREFIX, "DescribeIdentity");

  /** {@code cognito-identity:DescribeIdentityPool}: Read; on identitypool. */
  public static final Action DESCRIBE_IDENTITY_POOL = Action.of(PREFIX, "DescribeIdentityPool");

  /** {@code cognito-identity:GetCredentialsForIdentity}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CREDENTIALS_FOR_IDENTITY = Action.of(PREFIX, "GetCredentialsForIdentity");

  /** {@code cognito-identity:GetId}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_ID = Action.of(PREFIX, "GetId");

  /** {@code cognito-identity:GetIdentityPoolAnalytics}: Read; on identitypool. */
  public static final Action GET_IDENTITY_POOL_ANALYTICS = Action.of(PREFIX, "GetIdentityPoolAnalytics");

  /** {@code cognito-identity:GetIdentityPoolDailyAnalytics}: Read; on identitypool. */
  public static final Action GET_IDENTITY_POOL_DAILY_ANALYTICS = Action.of(PREFIX, "GetIdentityPoolDailyAnalytics");

  /** {@code cognito-identity:GetIdentityPoolRoles}: Read; on identitypool. */
  public static final Action GET_IDENTITY_POOL_ROLES = Action.of(PREFIX, "GetIdentityPoolRoles");

  /** {@code cognito-identity:GetIdentityProviderDailyAnalytics}: Read; on identitypool. */
  public static final Action GET_IDENTITY_PROVIDER_DAILY_ANALYTICS = Action.of(PREFIX, "GetIdentityProviderDailyAnalytics");

  /** {@code cognito-identity:GetOpenIdToken}: Read; on no resource type (give {@code *}). */
  public static final Action GET_OPEN_ID_TOKEN = Action.of(PREFIX, "GetOpenIdToken");

  /** {@code cognito-identity:GetOpenIdTokenForDeveloperIdentity}: Read; on identitypool. */
  public static final Action GET_OPEN_ID_TOKEN_FOR_DEVELOPER_IDENTITY = Action.of(PREFIX, "GetOpenIdTokenForDeveloperIdentity");

  /** {@code cognito-identity:GetPrincipalTagAttributeMap}: Read; on identitypool. */
  public static final Action GET_PRINCIPAL_TAG_ATTRIBUTE_MAP = Action.of(PREFIX, "GetPrincipalTagAttributeMap");

  /** {@code cognito-identity:ListIdentities}: List; on identitypool. */
  public static final Action LIST_IDENTITIES = Action.of(PREFIX, "ListIdentities");

  /** {@code cognito-identity:ListIdentityPools}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IDENTITY_POOLS = Action.of(PREFIX, "ListIdentityPools");

  /** {@code cognito-identity:ListTagsForResource}: Read; on identitypool. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code cognito-identity:LookupDeveloperIdentity}: Read; on identitypool. */
  public static final Action LOOKUP_DEVELOPER_IDENTITY = Action.of(PREFIX, "LookupDeveloperIdentity");

  /** {@code cognito-identity:MergeDeveloperIdentities}: Permissions management; on identitypool. */
  public static final Action MERGE_DEVELOPER_IDENTITIES = Action.of(PREFIX, "MergeDeveloperIdentities");

  /** {@code cognito-identity:SetIdentityPoolRoles}: Permissions management; on no resource type (give {@code *}). */
  public static final Action SET_IDENTITY_POOL_ROLES = Action.of(PREFIX, "SetIdentityPoolRoles");

  /** {@code cognito-identity:SetPrincipalTagAttributeMap}: Write; on no resource type (give {@code *}). */
  public static final Action SET_PRINCIPAL_TAG_ATTRIBUTE_MAP = Action.of(PREFIX, "SetPrincipalTagAttributeMap");

  /** {@code cognito-identity:TagResource}: Tagging; on identitypool. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code cognito-identity:UnlinkDeveloperIdentity}: Permissions management; on identitypool. */
  public static final Action UNLINK_DEVELOPER_IDENTITY = Action.of(PREFIX, "UnlinkDeveloperIdentity");

  /** {@code cognito-identity:UnlinkIdentity}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UNLINK_IDENTITY = Action.of(PREFIX, "UnlinkIdentity");

  /** {@code cognito-identity:UntagResource}: Tagging; on identitypool. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code cognito-identity:UpdateIdentityPool}: Permissions management; on identitypool. */
  public static final Action UPDATE_IDENTITY_POOL = Action.of(PREFIX, "UpdateIdentityPool");

  private CognitoIdentity() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
