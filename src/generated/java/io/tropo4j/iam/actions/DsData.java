// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Directory Service Data (prefix {@code ds-data}), as the service authorization reference lists them.
 */
public final class DsData {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ds-data";

  /** {@code ds-data:AddGroupMember}: Write; on directory. */
  public static final Action ADD_GROUP_MEMBER = Action.of(PREFIX, "AddGroupMember");

  /** {@code ds-data:CreateGroup}: Write; on directory. */
  public static final Action CREATE_GROUP = Action.of(PREFIX, "CreateGroup");

  /** {@code ds-data:CreateUser}: Write; on directory. */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code ds-data:DeleteGroup}: Write; on directory. */
  public static final Action DELETE_GROUP = Action.of(PREFIX, "DeleteGroup");

  /** {@code ds-data:DeleteUser}: Write; on directory. */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code ds-data:DescribeGroup}: Read; on directory. */
  public static final Action DESCRIBE_GROUP = Action.of(PREFIX, "DescribeGroup");

  /** {@code ds-data:DescribeUser}: Read; on directory. */
  public static final Action DESCRIBE_USER = Action.of(PREFIX, "DescribeUser");

  /** {@code ds-data:DisableUser}: Write; on directory. */
  public static final Action DISABLE_USER = Action.of(PREFIX, "DisableUser");

  /** {@code ds-data:ListGroupMembers}: List; on directory. */
  public static final Action LIST_GROUP_MEMBERS = Action.of(PREFIX, "ListGroupMembers");

  /** {@code ds-data:ListGroups}: List; on directory. */
  public static final Action LIST_GROUPS = Action.of(PREFIX, "ListGroups");

  /** {@code ds-data:ListGroupsForMember}: List; on directory. */
  public static final Action LIST_GROUPS_FOR_MEMBER = Action.of(PREFIX, "ListGroupsForMember");

  /** {@code ds-data:ListUsers}: List; on directory. */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code ds-data:RemoveGroupMember}: Write; on directory. */
  public static final Action REMOVE_GROUP_MEMBER = Action.of(PREFIX, "RemoveGroupMember");

  /** {@code ds-data:SearchGroups}: Read; on directory. */
  public static final Action SEARCH_GROUPS = Action.of(PREFIX, "SearchGroups");

  /** {@code ds-data:SearchUsers}: Read; on directory. */
  public static final Action SEARCH_USERS = Action.of(PREFIX, "SearchUsers");

  /** {@code ds-data:UpdateGroup}: Write; on directory. */
  public static final Action UPDATE_GROUP = Action.of(PREFIX, "UpdateGroup");

  /** {@code ds-data:UpdateUser}: Write; on directory. */
  public static final Action UPDATE_USER = Action.of(PREFIX, "UpdateUser");

  private DsData() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
