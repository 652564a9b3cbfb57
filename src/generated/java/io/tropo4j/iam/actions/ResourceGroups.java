// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Resource Groups (prefix {@code resource-groups}), as the service authorization reference lists them.
 */
public final class ResourceGroups {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "resource-groups";

  /** {@code resource-groups:AssociateResource}: Write; on group. */
  public static final Action ASSOCIATE_RESOURCE = Action.of(PREFIX, "AssociateResource");

  /** {@code resource-groups:CancelTagSyncTask}: Write; on group. */
  public static final Action CANCEL_TAG_SYNC_TASK = Action.of(PREFIX, "CancelTagSyncTask");

  /** {@code resource-groups:CreateGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GROUP = Action.of(PREFIX, "CreateGroup");

  /** {@code resource-groups:DeleteGroup}: Write; on group. */
  public static final Action DELETE_GROUP = Action.of(PREFIX, "DeleteGroup");

  /** {@code resource-groups:DeleteGroupPolicy}: Write; on group. */
  public static final Action DELETE_GROUP_POLICY = Action.of(PREFIX, "DeleteGroupPolicy");

  /** {@code resource-groups:DisassociateResource}: Write; on group. */
  public static final Action DISASSOCIATE_RESOURCE = Action.of(PREFIX, "DisassociateResource");

  /** {@code resource-groups:GetAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_SETTINGS = Action.of(PREFIX, "GetAccountSettings");

  /** {@code resource-groups:GetGroup}: Read; on group. */
  public static final Action GET_GROUP = Action.of(PREFIX, "GetGroup");

  /** {@code resource-groups:GetGroupConfiguration}: Read; on group. */
  public static final Action GET_GROUP_CONFIGURATION = Action.of(PREFIX, "GetGroupConfiguration");

  /** {@code resource-groups:GetGroupPolicy}: Read; on group. */
  public static final Action GET_GROUP_POLICY = Action.of(PREFIX, "GetGroupPolicy");

  /** {@code resource-groups:GetGroupQuery}: Read; on group. */
  public static final Action GET_GROUP_QUERY = Action.of(PREFIX, "GetGroupQuery");

  /** {@code resource-groups:GetTagSyncTask}: Read; on group. */
  public static final Action GET_TAG_SYNC_TASK = Action.of(PREFIX, "GetTagSyncTask");

  /** {@code resource-groups:GetTags}: Read; on group. */
  public static final Action GET_TAGS = Action.of(PREFIX, "GetTags");

  /** {@code resource-groups:GroupResources}: Write; on group. */
  public static final Action GROUP_RESOURCES = Action.of(PREFIX, "GroupResources");

  /** {@code resource-groups:ListGroupResources}: List; on group. */
  public static final Action LIST_GROUP_RESOURCES = Action.of(PREFIX, "ListGroupResources");

  /** {@code resource-groups:ListGroupingStatuses}: List; on group. */
  public static final Action LIST_GROUPING_STATUSES = Action.of(PREFIX, "ListGroupingStatuses");

  /** {@code resource-groups:ListGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GROUPS = Action.of(PREFIX, "ListGroups");

  /** {@code resource-groups:ListResourceTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_TYPES = Action.of(PREFIX, "ListResourceTypes");

  /** {@code resource-groups:ListTagSyncTasks}: List; on group. */
  public static final Action LIST_TAG_SYNC_TASKS = Action.of(PREFIX, "ListTagSyncTasks");

  /** {@code resource-groups:PutGroupConfiguration}: Write; on group. */
  public static final Action PUT_GROUP_CONFIGURATION = Action.of(PREFIX, "PutGroupConfiguration");

  /** {@code resource-groups:PutGroupPolicy}: Write; on group. */
  public static final Action PUT_GROUP_POLICY = Action.of(PREFIX, "PutGroupPolicy");

  /** {@code resource-groups:SearchResources}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_RESOURCES = Action.of(PREFIX, "SearchResources");

  /** {@code resource-groups:StartTagSyncTask}: Write; on group. */
  public static final Action START_TAG_SYNC_TASK = Action.of(PREFIX, "StartTagSyncTask");

  /** {@code resource-groups:Tag}: Tagging; on group. */
  public static final Action TAG = Action.of(PREFIX, "Tag");

  /** {@code resource-groups:UngroupResources}: Write; on group. */
  public static final Action UNGROUP_RESOURCES = Action.of(PREFIX, "UngroupResources");

  /** {@code resource-groups:Untag}: Tagging; on group. */
  public static final Action UNTAG = Action.of(PREFIX, "Untag");

  /** {@code resource-groups:UpdateAccountSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_SETTINGS = Action.of(PREFIX, "UpdateAccountSettings");

  /** {@code resource-groups:UpdateGroup}: Write; on group. */
  public static final Action UPDATE_GROUP = Action.of(PREFIX, "UpdateGroup");

  /** {@code resource-groups:UpdateGroupQuery}: Write; on group. */
  public static final Action UPDATE_GROUP_QUERY = Action.of(PREFIX, "UpdateGroupQuery");

  private ResourceGroups() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
