// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon OpenSearch Serverless (prefix {@code aoss}), as the service authorization reference lists them.
 */
public final class Aoss {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "aoss";

  /** {@code aoss:APIAccessAll}: Write; on Collection. */
  public static final Action API_ACCESS_ALL = Action.of(PREFIX, "APIAccessAll");

  /** {@code aoss:AddCollectionToCollectionGroup}: Write; on CollectionGroup. */
  public static final Action ADD_COLLECTION_TO_COLLECTION_GROUP = Action.of(PREFIX, "AddCollectionToCollectionGroup");

  /** {@code aoss:BatchGetCollection}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_COLLECTION = Action.of(PREFIX, "BatchGetCollection");

  /** {@code aoss:BatchGetCollectionGroup}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_COLLECTION_GROUP = Action.of(PREFIX, "BatchGetCollectionGroup");

  /** {@code aoss:BatchGetEffectiveLifecyclePolicy}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_EFFECTIVE_LIFECYCLE_POLICY = Action.of(PREFIX, "BatchGetEffectiveLifecyclePolicy");

  /** {@code aoss:BatchGetLifecyclePolicy}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_LIFECYCLE_POLICY = Action.of(PREFIX, "BatchGetLifecyclePolicy");

  /** {@code aoss:BatchGetVpcEndpoint}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_VPC_ENDPOINT = Action.of(PREFIX, "BatchGetVpcEndpoint");

  /** {@code aoss:CreateAccessPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ACCESS_POLICY = Action.of(PREFIX, "CreateAccessPolicy");

  /** {@code aoss:CreateCollection}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_COLLECTION = Action.of(PREFIX, "CreateCollection");

  /** {@code aoss:CreateCollectionGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_COLLECTION_GROUP = Action.of(PREFIX, "CreateCollectionGroup");

  /** {@code aoss:CreateIndex}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INDEX = Action.of(PREFIX, "CreateIndex");

  /** {@code aoss:CreateLifecyclePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LIFECYCLE_POLICY = Action.of(PREFIX, "CreateLifecyclePolicy");

  /** {@code aoss:CreateSecurityConfig}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SECURITY_CONFIG = Action.of(PREFIX, "CreateSecurityConfig");

  /** {@code aoss:CreateSecurityPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SECURITY_POLICY = Action.of(PREFIX, "CreateSecurityPolicy");

  /** {@code aoss:CreateVpcEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VPC_ENDPOINT = Action.of(PREFIX, "CreateVpcEndpoint");

  /** {@code aoss:DashboardsAccessAll}: Write; on Dashboards. */
  public static final Action DASHBOARDS_ACCESS_ALL = Action.of(PREFIX, "DashboardsAccessAll");

  /** {@code aoss:DeleteAccessPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCESS_POLICY = Action.of(PREFIX, "DeleteAccessPolicy");

  /** {@code aoss:DeleteCollection}: Write; on Collection. */
  public static final Action DELETE_COLLECTION = Action.of(PREFIX, "DeleteCollection");

  /** {@code aoss:DeleteCollectionGroup}: Write; on CollectionGroup. */
  public static final Action DELETE_COLLECTION_GROUP = Action.of(PREFIX, "DeleteCollectionGroup");

  /** {@code aoss:DeleteIndex}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_INDEX = Action.of(PREFIX, "DeleteIndex");

  /** {@code aoss:DeleteLifecyclePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_LIFECYCLE_POLICY = Action.of(PREFIX, "DeleteLifecyclePolicy");

  /** {@code aoss:DeleteSecurityConfig}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SECURITY_CONFIG = Action.of(PREFIX, "DeleteSecurityConfig");

  /** {@code aoss:DeleteSecurityPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SECURITY_POLICY = Action.of(PREFIX, "DeleteSecurityPolicy");

  /** {@code aoss:DeleteVpcEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_VPC_ENDPOINT = Action.of(PREFIX, "DeleteVpcEndpoint");

  /** {@code aoss:GetAccessPolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCESS_POLICY = Action.of(PREFIX, "GetAccessPolicy");

  /** {@code aoss:GetAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_SETTINGS = Action.of(PREFIX, "GetAccountSettings");

  /** {@code aoss:GetIndex}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INDEX = Action.of(PREFIX, "GetIndex");

  /** {@code aoss:GetPoliciesStats}: Read; on no resource type (give {@code *}). */
  public static final Action GET_POLICIES_STATS = Action.of(PREFIX, "GetPoliciesStats");

  /** {@code aoss:GetSecurityConfig}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SECURITY_CONFIG = Action.of(PREFIX, "GetSecurityConfig");

  /** {@code aoss:GetSecurityPolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SECURITY_POLICY = Action.of(PREFIX, "GetSecurityPolicy");

  /** {@code aoss:ListAccessPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCESS_POLICIES = Action.of(PREFIX, "ListAccessPolicies");

  /** {@code aoss:ListCollectionGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COLLECTION_GROUPS = Action.of(PREFIX, "ListCollectionGroups");

  /** {@code aoss:ListCollections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COLLECTIONS = Action.of(PREFIX, "ListCollections");

  /** {@code aoss:ListLifecyclePolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LIFECYCLE_POLICIES = Action.of(PREFIX, "ListLifecyclePolicies");

  /** {@code aoss:ListSecurityConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SECURITY_CONFIGS = Action.of(PREFIX, "ListSecurityConfigs");

  /** {@code aoss:ListSecurityPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SECURITY_POLICIES = Action.of(PREFIX, "ListSecurityPolicies");

  /** {@code aoss:ListTagsForResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code aoss:ListVpcEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VPC_ENDPOINTS = Action.of(PREFIX, "ListVpcEndpoints");

  /** {@code aoss:TagResource}: Write; on no resource type (give {@code *}). */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code aoss:UntagResource}: Write; on no resource type (give {@code *}). */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code aoss:UpdateAccessPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCESS_POLICY = Action.of(PREFIX, "UpdateAccessPolicy");

  /** {@code aoss:UpdateAccountSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_SETTINGS = Action.of(PREFIX, "UpdateAccountSettings");

  /** {@code aoss:UpdateCollection}: Write; on Collection. */
  public static final Action UPDATE_COLLECTION = Action.of(PREFIX, "UpdateCollection");

  /** {@code aoss:UpdateCollectionGroup}: Write; on CollectionGroup. */
  public static final Action UPDATE_COLLECTION_GROUP = Action.of(PREFIX, "UpdateCollectionGroup");

  /** {@code aoss:UpdateIndex}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_INDEX = Action.of(PREFIX, "UpdateIndex");

  /** {@code aoss:UpdateLifecyclePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_LIFECYCLE_POLICY = Action.of(PREFIX, "UpdateLifecyclePolicy");

  /** {@code aoss:UpdateSecurityConfig}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SECURITY_CONFIG = Action.of(PREFIX, "UpdateSecurityConfig");

  /** {@code aoss:UpdateSecurityPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SECURITY_POLICY = Action.of(PREFIX, "UpdateSecurityPolicy");

  /** {@code aoss:UpdateVpcEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_VPC_ENDPOINT = Action.of(PREFIX, "UpdateVpcEndpoint");

  private Aoss() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
