// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS WorkSpaces Managed Instances (prefix {@code workspaces-instances}), as the service authorization reference lists them.
 */
public final class WorkspacesInstances {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "workspaces-instances";

  /** {@code workspaces-instances:AssociateVolume}: Write; on WorkspaceInstanceId. */
  public static final Action ASSOCIATE_VOLUME = Action.of(PREFIX, "AssociateVolume");

  /** {@code workspaces-instances:CreateVolume}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VOLUME = Action.of(PREFIX, "CreateVolume");

  /** {@code workspaces-instances:CreateWorkspaceInstance}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WORKSPACE_INSTANCE = Action.of(PREFIX, "CreateWorkspaceInstance");

  /** {@code workspaces-instances:DeleteVolume}: Write; on VolumeId. */
  public static final Action DELETE_VOLUME = Action.of(PREFIX, "DeleteVolume");

  /** {@code workspaces-instances:DeleteWorkspaceInstance}: Write; on WorkspaceInstanceId. */
  public static final Action DELETE_WORKSPACE_INSTANCE = Action.of(PREFIX, "DeleteWorkspaceInstance");

  /** {@code workspaces-instances:DisassociateVolume}: Write; on WorkspaceInstanceId. */
  public static final Action DISASSOCIATE_VOLUME = Action.of(PREFIX, "DisassociateVolume");

  /** {@code workspaces-instances:GetWorkspaceInstance}: Read; on WorkspaceInstanceId. */
  public static final Action GET_WORKSPACE_INSTANCE = Action.of(PREFIX, "GetWorkspaceInstance");

  /** {@code workspaces-instances:ListInstanceTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INSTANCE_TYPES = Action.of(PREFIX, "ListInstanceTypes");

  /** {@code workspaces-instances:ListRegions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REGIONS = Action.of(PREFIX, "ListRegions");

  /** {@code workspaces-instances:ListTagsForResource}: List; on WorkspaceInstanceId. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code workspaces-instances:ListWorkspaceInstances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKSPACE_INSTANCES = Action.of(PREFIX, "ListWorkspaceInstances");

  /** {@code workspaces-instances:TagResource}: Tagging; on WorkspaceInstanceId. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code workspaces-instances:UntagResource}: Tagging; on WorkspaceInstanceId. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private WorkspacesInstances() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
