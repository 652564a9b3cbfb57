// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CodeCatalyst (prefix {@code codecatalyst}), as the service authorization reference lists them.
 */
public final class Codecatalyst {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codecatalyst";

  /** {@code codecatalyst:AcceptConnection}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_CONNECTION = Action.of(PREFIX, "AcceptConnection");

  /** {@code codecatalyst:AssociateIamRoleToConnection}: Write; on connections. */
  public static final Action ASSOCIATE_IAM_ROLE_TO_CONNECTION = Action.of(PREFIX, "AssociateIamRoleToConnection");

  /** {@code codecatalyst:AssociateIdentityCenterApplicationToSpace}: Write; on identity-center-applications. */
  public static final Action ASSOCIATE_IDENTITY_CENTER_APPLICATION_TO_SPACE = Action.of(PREFIX, "AssociateIdentityCenterApplicationToSpace");

  /** {@code codecatalyst:AssociateIdentityToIdentityCenterApplication}: Write; on identity-center-applications. */
  public static final Action ASSOCIATE_IDENTITY_TO_IDENTITY_CENTER_APPLICATION = Action.of(PREFIX, "AssociateIdentityToIdentityCenterApplication");

  /** {@code codecatalyst:BatchAssociateIdentitiesToIdentityCenterApplication}: Write; on identity-center-applications. */
  public static final Action BATCH_ASSOCIATE_IDENTITIES_TO_IDENTITY_CENTER_APPLICATION = Action.of(PREFIX, "BatchAssociateIdentitiesToIdentityCenterApplication");

  /** {@code codecatalyst:BatchDisassociateIdentitiesFromIdentityCenterApplication}: Write; on identity-center-applications. */
  public static final Action BATCH_DISASSOCIATE_IDENTITIES_FROM_IDENTITY_CENTER_APPLICATION = Action.of(PREFIX, "BatchDisassociateIdentitiesFromIdentityCenterApplication");

  /** {@code codecatalyst:CreateIdentityCenterApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_IDENTITY_CENTER_APPLICATION = Action.of(PREFIX, "CreateIdentityCenterApplication");

  /** {@code codecatalyst:CreateSpace}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SPACE = Action.of(PREFIX, "CreateSpace");

  /** {@code codecatalyst:CreateSpaceAdminRoleAssignment}: Write; on identity-center-applications. */
  public static final Action CREATE_SPACE_ADMIN_ROLE_ASSIGNMENT = Action.of(PREFIX, "CreateSpaceAdminRoleAssignment");

  /** {@code codecatalyst:DeleteConnection}: Write; on connections. */
  public static final Action DELETE_CONNECTION = Action.of(PREFIX, "DeleteConnection");

  /** {@code codecatalyst:DeleteIdentityCenterApplication}: Write; on identity-center-applications. */
  public static final Action DELETE_IDENTITY_CENTER_APPLICATION = Action.of(PREFIX, "DeleteIdentityCenterApplication");

  /** {@code codecatalyst:DisassociateIamRoleFromConnection}: Write; on connections. */
  public static final Action DISASSOCIATE_IAM_ROLE_FROM_CONNECTION = Action.of(PREFIX, "DisassociateIamRoleFromConnection");

  /** {@code codecatalyst:DisassociateIdentityCenterApplicationFromSpace}: Write; on identity-center-applications. */
  public static final Action DISASSOCIATE_IDENTITY_CENTER_APPLICATION_FROM_SPACE = Action.of(PREFIX, "DisassociateIdentityCenterApplicationFromSpace");

  /** {@code codecatalyst:DisassociateIdentityFromIdentityCenterApplication}: Write; on identity-center-applications. */
  public static final Action DISASSOCIATE_IDENTITY_FROM_IDENTITY_CENTER_APPLICATION = Action.of(PREFIX, "DisassociateIdentityFromIdentityCenterApplication");

  /** {@code codecatalyst:GetBillingAuthorization}: Read; on connections. */
  public static final Action GET_BILLING_AUTHORIZATION = Action.of(PREFIX, "GetBillingAuthorization");

  /** {@code codecatalyst:GetConnection}: Read; on connections. */
  public static final Action GET_CONNECTION = Action.of(PREFIX, "GetConnection");

  /** {@code codecatalyst:GetIdentityCenterApplication}: Read; on identity-center-applications. */
  public static final Action GET_IDENTITY_CENTER_APPLICATION = Action.of(PREFIX, "GetIdentityCenterApplication");

  /** {@code codecatalyst:GetPendingConnection}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PENDING_CONNECTION = Action.of(PREFIX, "GetPendingConnection");

  /** {@code codecatalyst:ListConnections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTIONS = Action.of(PREFIX, "ListConnections");

  /** {@code codecatalyst:ListIamRolesForConnection}: List; on connections. */
  public static final Action LIST_IAM_ROLES_FOR_CONNECTION = Action.of(PREFIX, "ListIamRolesForConnection");

  /** {@code codecatalyst:ListIdentityCenterApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IDENTITY_CENTER_APPLICATIONS = Action.of(PREFIX, "ListIdentityCenterApplications");

  /** {@code codecatalyst:ListIdentityCenterApplicationsForSpace}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IDENTITY_CENTER_APPLICATIONS_FOR_SPACE = Action.of(PREFIX, "ListIdentityCenterApplicationsForSpace");

  /** {@code codecatalyst:ListSpacesForIdentityCenterApplication}: List; on identity-center-applications. */
  public static final Action LIST_SPACES_FOR_IDENTITY_CENTER_APPLICATION = Action.of(PREFIX, "ListSpacesForIdentityCenterApplication");

  /** {@code codecatalyst:ListTagsForResource}: Read; on connections, identity-center-applications. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code codecatalyst:PutBillingAuthorization}: Write; on connections. */
  public static final Action PUT_BILLING_AUTHORIZATION = Action.of(PREFIX, "PutBillingAuthorization");

  /** {@code codecatalyst:RejectConnection}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_CONNECTION = Action.of(PREFIX, "RejectConnection");

  /** {@code codecatalyst:SynchronizeIdentityCenterApplication}: Write; on identity-center-applications. */
  public static final Action SYNCHRONIZE_IDENTITY_CENTER_APPLICATION = Action.of(PREFIX, "SynchronizeIdentityCenterApplication");

  /** {@code codecatalyst:TagResource}: Tagging; on connections, identity-center-applications. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code codecatalyst:UntagResource}: Tagging; on connections, identity-center-applications. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code codecatalyst:UpdateIdentityCenterApplication}: Write; on identity-center-applications. */
  public static final Action UPDATE_IDENTITY_CENTER_APPLICATION = Action.of(PREFIX, "UpdateIdentityCenterApplication");

  private Codecatalyst() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
