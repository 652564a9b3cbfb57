// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CodeStar (prefix {@code codestar}), as the service authorization reference lists them.
 */
public final class Codestar {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codestar";

  /** {@code codestar:AssociateTeamMember}: Permissions management; on project. */
  public static final Action ASSOCIATE_TEAM_MEMBER = Action.of(PREFIX, "AssociateTeamMember");

  /** {@code codestar:CreateProject}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_PROJECT = Action.of(PREFIX, "CreateProject");

  /** {@code codestar:CreateUserProfile}: Write; on user. */
  public static final Action CREATE_USER_PROFILE = Action.of(PREFIX, "CreateUserProfile");

  /** {@code codestar:DeleteExtendedAccess}: Write; on project. */
  public static final Action DELETE_EXTENDED_ACCESS = Action.of(PREFIX, "DeleteExtendedAccess");

  /** {@code codestar:DeleteProject}: Permissions management; on project. */
  public static final Action DELETE_PROJECT = Action.of(PREFIX, "DeleteProject");

  /** {@code codestar:DeleteUserProfile}: Write; on user. */
  public static final Action DELETE_USER_PROFILE = Action.of(PREFIX, "DeleteUserProfile");

  /** {@code codestar:DescribeProject}: Read; on project. */
  public static final Action DESCRIBE_PROJECT = Action.of(PREFIX, "DescribeProject");

  /** {@code codestar:DescribeUserProfile}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_USER_PROFILE = Action.of(PREFIX, "DescribeUserProfile");

  /** {@code codestar:DisassociateTeamMember}: Permissions management; on project. */
  public static final Action DISASSOCIATE_TEAM_MEMBER = Action.of(PREFIX, "DisassociateTeamMember");

  /** {@code codestar:GetExtendedAccess}: Read; on project. */
  public static final Action GET_EXTENDED_ACCESS = Action.of(PREFIX, "GetExtendedAccess");

  /** {@code codestar:ListProjects}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROJECTS = Action.of(PREFIX, "ListProjects");

  /** {@code codestar:ListResources}: List; on project. */
  public static final Action LIST_RESOURCES = Action.of(PREFIX, "ListResources");

  /** {@code codestar:ListTagsForProject}: List; on project. */
  public static final Action LIST_TAGS_FOR_PROJECT = Action.of(PREFIX, "ListTagsForProject");

  /** {@code codestar:ListTeamMembers}: List; on project. */
  public static final Action LIST_TEAM_MEMBERS = Action.of(PREFIX, "ListTeamMembers");

  /** {@code codestar:ListUserProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_USER_PROFILES = Action.of(PREFIX, "ListUserProfiles");

  /** {@code codestar:PutExtendedAccess}: Write; on project. */
  public static final Action PUT_EXTENDED_ACCESS = Action.of(PREFIX, "PutExtendedAccess");

  /** {@code codestar:TagProject}: Tagging; on project. */
  public static final Action TAG_PROJECT = Action.of(PREFIX, "TagProject");

  /** {@code codestar:UntagProject}: Tagging; on project. */
  public static final Action UNTAG_PROJECT = Action.of(PREFIX, "UntagProject");

  /** {@code codestar:UpdateProject}: Write; on project. */
  public static final Action UPDATE_PROJECT = Action.of(PREFIX, "UpdateProject");

  /** {@code codestar:UpdateTeamMember}: Permissions management; on project. */
  public static final Action UPDATE_TEAM_MEMBER = Action.of(PREFIX, "UpdateTeamMember");

  /** {@code codestar:UpdateUserProfile}: Write; on user. */
  public static final Action UPDATE_USER_PROFILE = Action.of(PREFIX, "UpdateUserProfile");

  /** {@code codestar:VerifyServiceRole}: List; on no resource type (give {@code *}). */
  public static final Action VERIFY_SERVICE_ROLE = Action.of(PREFIX, "VerifyServiceRole");

  private Codestar() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
