// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Identity Store (prefix {@code identitystore}), as the service authorization reference lists them.
 */
public final class Identitystore {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "identitystore";

  /** {@code identitystore:AddRegion}: Write; on no resource type (give {@code *}). */
  public static final Action ADD_REGION = Action.of(PREFIX, "AddRegion");

  /** {@code identitystore:CreateGroup}: Write; on Identitystore. */
  public static final Action CREATE_GROUP = Action.of(PREFIX, "CreateGroup");

  /** {@code identitystore:CreateGroupMembership}: Write; on Group, Identitystore, User. */
  public static final Action CREATE_GROUP_MEMBERSHIP = Action.of(PREFIX, "CreateGroupMembership");

  /** {@code identitystore:CreateIdentityStore}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_IDENTITY_STORE = Action.of(PREFIX, "CreateIdentityStore");

  /** {@code identitystore:CreateUser}: Write; on Identitystore. */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code identitystore:DeleteGroup}: Write; on Group, Identitystore. */
  public static final Action DELETE_GROUP = Action.of(PREFIX, "DeleteGroup");

  /** {@code identitystore:DeleteGroupMembership}: Write; on Group, GroupMembership, Identitystore, User. */
  public static final Action DELETE_GROUP_MEMBERSHIP = Action.of(PREFIX, "DeleteGroupMembership");

  /** {@code identitystore:DeleteIdentityStore}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_IDENTITY_STORE = Action.of(PREFIX, "DeleteIdentityStore");

  /** {@code identitystore:DeleteUser}: Write; on Identitystore, User. */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code identitystore:DescribeGroup}: Read; on Group, Identitystore. */
  public static final Action DESCRIBE_GROUP = Action.of(PREFIX, "DescribeGroup");

  /** {@code identitystore:DescribeGroupMembership}: Read; on Group, GroupMembership, Identitystore, User. */
  public static final Action DESCRIBE_GROUP_MEMBERSHIP = Action.of(PREFIX, "DescribeGroupMembership");

  /** {@code identitystore:DescribeRegion}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REGION = Action.of(PREFIX, "DescribeRegion");

  /** {@code identitystore:DescribeUser}: Read; on Identitystore, User. */
  public static final Action DESCRIBE_USER = Action.of(PREFIX, "DescribeUser");

  /** {@code identitystore:GetGroupId}: Read; on Group, Identitystore. */
  public static final Action GET_GROUP_ID = Action.of(PREFIX, "GetGroupId");

  /** {@code identitystore:GetGroupMembershipId}: Read; on Group, GroupMembership, Identitystore, User. */
  public static final Action GET_GROUP_MEMBERSHIP_ID = Action.of(PREFIX, "GetGroupMembershipId");

  /** {@code identitystore:GetUserId}: Read; on Identitystore, User. */
  public static final Action GET_USER_ID = Action.of(PREFIX, "GetUserId");

  /** {@code identitystore:IsMemberInGroups}: Read; on AllGroupMemberships, Group, Identitystore, User. */
  public static final Action IS_MEMBER_IN_GROUPS = Action.of(PREFIX, "IsMemberInGroups");

  /** {@code identitystore:ListGroupMemberships}: List; on AllGroupMemberships, Group, Identitystore. */
  public static final Action LIST_GROUP_MEMBERSHIPS = Action.of(PREFIX, "ListGroupMemberships");

  /** {@code identitystore:ListGroupMembershipsForMember}: List; on AllGroupMemberships, Identitystore, User. */
  public static final Action LIST_GROUP_MEMBERSHIPS_FOR_MEMBER = Action.of(PREFIX, "ListGroupMembershipsForMember");

  /** {@code identitystore:ListGroups}: List; on AllGroups, Identitystore. */
  public static final Action LIST_GROUPS = Action.of(PREFIX, "ListGroups");

  /** {@code identitystore:ListRegions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REGIONS = Action.of(PREFIX, "ListRegions");

  /** {@code identitystore:ListUsers}: List; on AllUsers, Identitystore. */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code identitystore:RemoveRegion}: Write; on no resource type (give {@code *}). */
  public static final Action REMOVE_REGION = Action.of(PREFIX, "RemoveRegion");

  /** {@code identitystore:ReserveUser}: Write; on Identitystore. */
  public static final Action RESERVE_USER = Action.of(PREFIX, "ReserveUser");

  /** {@code identitystore:UpdateGroup}: Write; on Group, Identitystore. */
  public static final Action UPDATE_GROUP = Action.of(PREFIX, "UpdateGroup");

  /** {@code identitystore:UpdateIdentityStore}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_IDENTITY_STORE = Action.of(PREFIX, "UpdateIdentityStore");

  /** {@code identitystore:UpdateUser}: Write; on Identitystore, User. */
  public static final Action UPDATE_USER = Action.of(PREFIX, "UpdateUser");

  private Identitystore() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
