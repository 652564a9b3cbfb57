// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Verified Permissions (prefix {@code verifiedpermissions}), as the service authorization reference lists them.
 */
public final class Verifiedpermissions {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "verifiedpermissions";

  /** {@code verifiedpermissions:CreateIdentitySource}: Write; on policy-store. */
  public static final Action CREATE_IDENTITY_SOURCE = Action.of(PREFIX, "CreateIdentitySource");

  /** {@code verifiedpermissions:CreatePolicy}: Write; on policy-store. */
  public static final Action CREATE_POLICY = Action.of(PREFIX, "CreatePolicy");

  /** {@code verifiedpermissions:CreatePolicyStore}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_POLICY_STORE = Action.of(PREFIX, "CreatePolicyStore");

  /** {@code verifiedpermissions:CreatePolicyTemplate}: Write; on policy-store. */
  public static final Action CREATE_POLICY_TEMPLATE = Action.of(PREFIX, "CreatePolicyTemplate");

  /** {@code verifiedpermissions:DeleteIdentitySource}: Write; on policy-store. */
  public static final Action DELETE_IDENTITY_SOURCE = Action.of(PREFIX, "DeleteIdentitySource");

  /** {@code verifiedpermissions:DeletePolicy}: Write; on policy-store. */
  public static final Action DELETE_POLICY = Action.of(PREFIX, "DeletePolicy");

  /** {@code verifiedpermissions:DeletePolicyStore}: Write; on policy-store. */
  public static final Action DELETE_POLICY_STORE = Action.of(PREFIX, "DeletePolicyStore");

  /** {@code verifiedpermissions:DeletePolicyTemplate}: Write; on policy-store. */
  public static final Action DELETE_POLICY_TEMPLATE = Action.of(PREFIX, "DeletePolicyTemplate");

  /** {@code verifiedpermissions:GetIdentitySource}: Read; on policy-store. */
  public static final Action GET_IDENTITY_SOURCE = Action.of(PREFIX, "GetIdentitySource");

  /** {@code verifiedpermissions:GetPolicy}: Read; on policy-store. */
  public static final Action GET_POLICY = Action.of(PREFIX, "GetPolicy");

  /** {@code verifiedpermissions:GetPolicyStore}: Read; on policy-store. */
  public static final Action GET_POLICY_STORE = Action.of(PREFIX, "GetPolicyStore");

  /** {@code verifiedpermissions:GetPolicyTemplate}: Read; on policy-store. */
  public static final Action GET_POLICY_TEMPLATE = Action.of(PREFIX, "GetPolicyTemplate");

  /** {@code verifiedpermissions:GetSchema}: Read; on policy-store. */
  public static final Action GET_SCHEMA = Action.of(PREFIX, "GetSchema");

  /** {@code verifiedpermissions:IsAuthorized}: Read; on policy-store. */
  public static final Action IS_AUTHORIZED = Action.of(PREFIX, "IsAuthorized");

  /** {@code verifiedpermissions:IsAuthorizedWithToken}: Read; on policy-store. */
  public static final Action IS_AUTHORIZED_WITH_TOKEN = Action.of(PREFIX, "IsAuthorizedWithToken");

  /** {@code verifiedpermissions:ListIdentitySources}: List; on policy-store. */
  public static final Action LIST_IDENTITY_SOURCES = Action.of(PREFIX, "ListIdentitySources");

  /** {@code verifiedpermissions:ListPolicies}: List; on policy-store. */
  public static final Action LIST_POLICIES = Action.of(PREFIX, "ListPolicies");

  /** {@code verifiedpermissions:ListPolicyStores}: List; on no resource type (give {@code *}). */
  public static final Action LIST_POLICY_STORES = Action.of(PREFIX, "ListPolicyStores");

  /** {@code verifiedpermissions:ListPolicyTemplates}: List; on policy-store. */
  public static final Action LIST_POLICY_TEMPLATES = Action.of(PREFIX, "ListPolicyTemplates");

  /** {@code verifiedpermissions:ListTagsForResource}: Read; on policy-store. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code verifiedpermissions:PutSchema}: Write; on policy-store. */
  public static final Action PUT_SCHEMA = Action.of(PREFIX, "PutSchema");

  /** {@code verifiedpermissions:TagResource}: Tagging; on policy-store. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code verifiedpermissions:UntagResource}: Tagging; on policy-store. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code verifiedpermissions:UpdateIdentitySource}: Write; on policy-store. */
  public static final Action UPDATE_IDENTITY_SOURCE = Action.of(PREFIX, "UpdateIdentitySource");

  /** {@code verifiedpermissions:UpdatePolicy}: Write; on policy-store. */
  public static final Action UPDATE_POLICY = Action.of(PREFIX, "UpdatePolicy");

  /** {@code verifiedpermissions:UpdatePolicyStore}: Write; on policy-store. */
  public static final Action UPDATE_POLICY_STORE = Action.of(PREFIX, "UpdatePolicyStore");

  /** {@code verifiedpermissions:UpdatePolicyTemplate}: Write; on policy-store. */
  public static final Action UPDATE_POLICY_TEMPLATE = Action.of(PREFIX, "UpdatePolicyTemplate");

  private Verifiedpermissions() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
