// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Monitron (prefix {@code monitron}), as the service authorization reference lists them.
 */
public final class Monitron {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "monitron";

  /** {@code monitron:AssociateProjectAdminUser}: Permissions management; on project. */
  public static final Action ASSOCIATE_PROJECT_ADMIN_USER = Action.of(PREFIX, "AssociateProjectAdminUser");

  /** {@code monitron:CreateProject}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROJECT = Action.of(PREFIX, "CreateProject");

  /** {@code monitron:CreateProjectUserAssociation}: Permissions management; on project. */
  public static final Action CREATE_PROJECT_USER_ASSOCIATION = Action.of(PREFIX, "CreateProjectUserAssociation");

  /** {@code monitron:CreateUserAccessRoleAssociation}: Permissions management; on project. */
  public static final Action CREATE_USER_ACCESS_ROLE_ASSOCIATION = Action.of(PREFIX, "CreateUserAccessRoleAssociation");

  /** {@code monitron:DeleteProject}: Write; on project. */
  public static final Action DELETE_PROJECT = Action.of(PREFIX, "DeleteProject");

  /** {@code monitron:DeleteProjectUserAssociation}: Permissions management; on project. */
  public static final Action DELETE_PROJECT_USER_ASSOCIATION = Action.of(PREFIX, "DeleteProjectUserAssociation");

  /** {@code monitron:DeleteUserAccessRoleAssociation}: Permissions management; on project. */
  public static final Action DELETE_USER_ACCESS_ROLE_ASSOCIATION = Action.of(PREFIX, "DeleteUserAccessRoleAssociation");

  /** {@code monitron:DisassociateProjectAdminUser}: Permissions management; on project. */
  public static final Action DISASSOCIATE_PROJECT_ADMIN_USER = Action.of(PREFIX, "DisassociateProjectAdminUser");

  /** {@code monitron:GetProject}: Read; on project. */
  public static final Action GET_PROJECT = Action.of(PREFIX, "GetProject");

  /** {@code monitron:GetProjectAdminUser}: Read; on project. */
  public static final Action GET_PROJECT_ADMIN_USER = Action.of(PREFIX, "GetProjectAdminUser");

  /** {@code monitron:ListProjectAdminUsers}: Permissions management; on project. */
  public static final Action LIST_PROJECT_ADMIN_USERS = Action.of(PREFIX, "ListProjectAdminUsers");

  /** {@code monitron:ListProjectUserAssociations}: List; on project. */
  public static final Action LIST_PROJECT_USER_ASSOCIATIONS = Action.of(PREFIX, "ListProjectUserAssociations");

  /** {@code monitron:ListProjects}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROJECTS = Action.of(PREFIX, "ListProjects");

  /** {@code monitron:ListTagsForResource}: Read; on project. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code monitron:ListUserAccessRoleAssociations}: List; on project. */
  public static final Action LIST_USER_ACCESS_ROLE_ASSOCIATIONS = Action.of(PREFIX, "ListUserAccessRoleAssociations");

  /** {@code monitron:TagResource}: Tagging; on project. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code monitron:UntagResource}: Tagging; on project. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code monitron:UpdateProject}: Write; on project. */
  public static final Action UPDATE_PROJECT = Action.of(PREFIX, "UpdateProject");

  private Monitron() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
