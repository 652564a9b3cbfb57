// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Resource Explorer (prefix {@code resource-explorer-2}), as the service authorization reference lists them.
 */
public final class ResourceExplorer2 {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "resource-explorer-2";

  /** {@code resource-explorer-2:AssociateDefaultView}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_DEFAULT_VIEW = Action.of(PREFIX, "AssociateDefaultView");

  /** {@code resource-explorer-2:BatchGetView}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_VIEW = Action.of(PREFIX, "BatchGetView");

  /** {@code resource-explorer-2:CreateIndex}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INDEX = Action.of(PREFIX, "CreateIndex");

  /** {@code resource-explorer-2:CreateManagedView}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MANAGED_VIEW = Action.of(PREFIX, "CreateManagedView");

  /** {@code resource-explorer-2:CreateResourceExplorerSetup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RESOURCE_EXPLORER_SETUP = Action.of(PREFIX, "CreateResourceExplorerSetup");

  /** {@code resource-explorer-2:CreateStreamingAccessForService}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_STREAMING_ACCESS_FOR_SERVICE = Action.of(PREFIX, "CreateStreamingAccessForService");

  /** {@code resource-explorer-2:CreateView}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VIEW = Action.of(PREFIX, "CreateView");

  /** {@code resource-explorer-2:DeleteIndex}: Write; on index. */
  public static final Action DELETE_INDEX = Action.of(PREFIX, "DeleteIndex");

  /** {@code resource-explorer-2:DeleteResourceExplorerSetup}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOURCE_EXPLORER_SETUP = Action.of(PREFIX, "DeleteResourceExplorerSetup");

  /** {@code resource-explorer-2:DeleteResourcePolicy}: Permissions management; on view. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code resource-explorer-2:DeleteStreamingAccessForService}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_STREAMING_ACCESS_FOR_SERVICE = Action.of(PREFIX, "DeleteStreamingAccessForService");

  /** {@code resource-explorer-2:DeleteView}: Write; on view. */
  public static final Action DELETE_VIEW = Action.of(PREFIX, "DeleteView");

  /** {@code resource-explorer-2:DisassociateDefaultView}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_DEFAULT_VIEW = Action.of(PREFIX, "DisassociateDefaultView");

  /** {@code resource-explorer-2:GetAccountLevelServiceConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_LEVEL_SERVICE_CONFIGURATION = Action.of(PREFIX, "GetAccountLevelServiceConfiguration");

  /** {@code resource-explorer-2:GetDefaultView}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEFAULT_VIEW = Action.of(PREFIX, "GetDefaultView");

  /** {@code resource-explorer-2:GetIndex}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INDEX = Action.of(PREFIX, "GetIndex");

  /** {@code resource-explorer-2:GetManagedView}: Read; on managed-view. */
  public static final Action GET_MANAGED_VIEW = Action.of(PREFIX, "GetManagedView");

  /** {@code resource-explorer-2:GetResourceExplorerSetup}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_EXPLORER_SETUP = Action.of(PREFIX, "GetResourceExplorerSetup");

  /** {@code resource-explorer-2:GetResourcePolicy}: Read; on view. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code resource-explorer-2:GetServiceIndex}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_INDEX = Action.of(PREFIX, "GetServiceIndex");

  /** {@code resource-explorer-2:GetServiceView}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_VIEW = Action.of(PREFIX, "GetServiceView");

  /** {@code resource-explorer-2:GetView}: Read; on view. */
  public static final Action GET_VIEW = Action.of(PREFIX, "GetView");

  /** {@code resource-explorer-2:ListIndexes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INDEXES = Action.of(PREFIX, "ListIndexes");

  /** {@code resource-explorer-2:ListIndexesForMembers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INDEXES_FOR_MEMBERS = Action.of(PREFIX, "ListIndexesForMembers");

  /** {@code resource-explorer-2:ListManagedViews}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_VIEWS = Action.of(PREFIX, "ListManagedViews");

  /** {@code resource-explorer-2:ListServiceIndexes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_INDEXES = Action.of(PREFIX, "ListServiceIndexes");

  /** {@code resource-explorer-2:ListServiceViews}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_VIEWS = Action.of(PREFIX, "ListServiceViews");

  /** {@code resource-explorer-2:ListStreamingAccessForServices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STREAMING_ACCESS_FOR_SERVICES = Action.of(PREFIX, "ListStreamingAccessForServices");

  /** {@code resource-explorer-2:ListSupportedResourceTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUPPORTED_RESOURCE_TYPES = Action.of(PREFIX, "ListSupportedResourceTypes");

  /** {@code resource-explorer-2:ListTagsForResource}: Read; on index, view. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code resource-explorer-2:ListViews}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VIEWS = Action.of(PREFIX, "ListViews");

  /** {@code resource-explorer-2:PutResourcePolicy}: Permissions management; on view. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code resource-explorer-2:Search}: Read; on view. */
  public static final Action SEARCH = Action.of(PREFIX, "Search");

  /** {@code resource-explorer-2:TagResource}: Tagging; on index, view. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code resource-explorer-2:UntagResource}: Tagging; on index, view. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code resource-explorer-2:UpdateIndexType}: Write; on index. */
  public static final Action UPDATE_INDEX_TYPE = Action.of(PREFIX, "UpdateIndexType");

  /** {@code resource-explorer-2:UpdateView}: Write; on view. */
  public static final Action UPDATE_VIEW = Action.of(PREFIX, "UpdateView");

  private ResourceExplorer2() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
