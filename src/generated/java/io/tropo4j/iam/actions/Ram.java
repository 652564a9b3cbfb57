// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Resource Access Manager (RAM) (prefix {@code ram}), as the service authorization reference lists them.
 */
public final class Ram {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ram";

  /** {@code ram:AcceptResourceShareInvitation}: Permissions management; on resource-share-invitation. */
  public static final Action ACCEPT_RESOURCE_SHARE_INVITATION = Action.of(PREFIX, "AcceptResourceShareInvitation");

  /** {@code ram:AssociateResourceShare}: Permissions management; on resource-share. */
  public static final Action ASSOCIATE_RESOURCE_SHARE = Action.of(PREFIX, "AssociateResourceShare");

  /** {@code ram:AssociateResourceSharePermission}: Write; on customer-managed-permission, permission, resource-share. */
  public static final Action ASSOCIATE_RESOURCE_SHARE_PERMISSION = Action.of(PREFIX, "AssociateResourceSharePermission");

  /** {@code ram:CreatePermission}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PERMISSION = Action.of(PREFIX, "CreatePermission");

  /** {@code ram:CreatePermissionVersion}: Write; on customer-managed-permission. */
  public static final Action CREATE_PERMISSION_VERSION = Action.of(PREFIX, "CreatePermissionVersion");

  /** {@code ram:CreateResourceShare}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_RESOURCE_SHARE = Action.of(PREFIX, "CreateResourceShare");

  /** {@code ram:DeletePermission}: Write; on customer-managed-permission. */
  public static final Action DELETE_PERMISSION = Action.of(PREFIX, "DeletePermission");

  /** {@code ram:DeletePermissionVersion}: Write; on customer-managed-permission. */
  public static final Action DELETE_PERMISSION_VERSION = Action.of(PREFIX, "DeletePermissionVersion");

  /** {@code ram:DeleteResourceShare}: Permissions management; on resource-share. */
  public static final Action DELETE_RESOURCE_SHARE = Action.of(PREFIX, "DeleteResourceShare");

  /** {@code ram:DisassociateResourceShare}: Permissions management; on resource-share. */
  public static final Action DISASSOCIATE_RESOURCE_SHARE = Action.of(PREFIX, "DisassociateResourceShare");

  /** {@code ram:DisassociateResourceSharePermission}: Write; on customer-managed-permission, permission, resource-share. */
  public static final Action DISASSOCIATE_RESOURCE_SHARE_PERMISSION = Action.of(PREFIX, "DisassociateResourceSharePermission");

  /** {@code ram:EnableSharingWithAwsOrganization}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ENABLE_SHARING_WITH_AWS_ORGANIZATION = Action.of(PREFIX, "EnableSharingWithAwsOrganization");

  /** {@code ram:GetPermission}: Read; on customer-managed-permission, permission. */
  public static final Action GET_PERMISSION = Action.of(PREFIX, "GetPermission");

  /** {@code ram:GetResourcePolicies}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_POLICIES = Action.of(PREFIX, "GetResourcePolicies");

  /** {@code ram:GetResourceShareAssociations}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_SHARE_ASSOCIATIONS = Action.of(PREFIX, "GetResourceShareAssociations");

  /** {@code ram:GetResourceShareInvitations}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_SHARE_INVITATIONS = Action.of(PREFIX, "GetResourceShareInvitations");

  /** {@code ram:GetResourceShares}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_SHARES = Action.of(PREFIX, "GetResourceShares");

  /** {@code ram:ListPendingInvitationResources}: Read; on resource-share-invitation. */
  public static final Action LIST_PENDING_INVITATION_RESOURCES = Action.of(PREFIX, "ListPendingInvitationResources");

  /** {@code ram:ListPermissionAssociations}: List; on customer-managed-permission, permission. */
  public static final Action LIST_PERMISSION_ASSOCIATIONS = Action.of(PREFIX, "ListPermissionAssociations");

  /** {@code ram:ListPermissionVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PERMISSION_VERSIONS = Action.of(PREFIX, "ListPermissionVersions");

  /** {@code ram:ListPermissions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PERMISSIONS = Action.of(PREFIX, "ListPermissions");

  /** {@code ram:ListPrincipals}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PRINCIPALS = Action.of(PREFIX, "ListPrincipals");

  /** {@code ram:ListReplacePermissionAssociationsWork}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPLACE_PERMISSION_ASSOCIATIONS_WORK = Action.of(PREFIX, "ListReplacePermissionAssociationsWork");

  /** {@code ram:ListResourceSharePermissions}: List; on resource-share. */
  public static final Action LIST_RESOURCE_SHARE_PERMISSIONS = Action.of(PREFIX, "ListResourceSharePermissions");

  /** {@code ram:ListResourceTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_TYPES = Action.of(PREFIX, "ListResourceTypes");

  /** {@code ram:ListResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCES = Action.of(PREFIX, "ListResources");

  /** {@code ram:ListSourceAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SOURCE_ASSOCIATIONS = Action.of(PREFIX, "ListSourceAssociations");

  /** {@code ram:PromotePermissionCreatedFromPolicy}: Write; on customer-managed-permission. */
  public static final Action PROMOTE_PERMISSION_CREATED_FROM_POLICY = Action.of(PREFIX, "PromotePermissionCreatedFromPolicy");

  /** {@code ram:PromoteResourceShareCreatedFromPolicy}: Write; on resource-share. */
  public static final Action PROMOTE_RESOURCE_SHARE_CREATED_FROM_POLICY = Action.of(PREFIX, "PromoteResourceShareCreatedFromPolicy");

  /** {@code ram:RejectResourceShareInvitation}: Permissions management; on resource-share-invitation. */
  public static final Action REJECT_RESOURCE_SHARE_INVITATION = Action.of(PREFIX, "RejectResourceShareInvitation");

  /** {@code ram:ReplacePermissionAssociations}: Write; on customer-managed-permission, permission. */
  public static final Action REPLACE_PERMISSION_ASSOCIATIONS = Action.of(PREFIX, "ReplacePermissionAssociations");

  /** {@code ram:SetDefaultPermissionVersion}: Write; on customer-managed-permission. */
  public static final Action SET_DEFAULT_PERMISSION_VERSION = Action.of(PREFIX, "SetDefaultPermissionVersion");

  /** {@code ram:TagResource}: Tagging; on customer-managed-permission, resource-share. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code ram:UntagResource}: Tagging; on customer-managed-permission, resource-share. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code ram:UpdateResourceShare}: Permissions management; on resource-share. */
  public static final Action UPDATE_RESOURCE_SHARE = Action.of(PREFIX, "UpdateResourceShare");

  private Ram() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
