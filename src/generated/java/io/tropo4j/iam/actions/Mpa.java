// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Multi-party approval (prefix {@code mpa}), as the service authorization reference lists them.
 */
public final class Mpa {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mpa";

  /** {@code mpa:CancelSession}: Write; on session. */
  public static final Action CANCEL_SESSION = Action.of(PREFIX, "CancelSession");

  /** {@code mpa:CreateApprovalTeam}: Write; on approval-team. */
  public static final Action CREATE_APPROVAL_TEAM = Action.of(PREFIX, "CreateApprovalTeam");

  /** {@code mpa:CreateIdentitySource}: Write; on identity-source. */
  public static final Action CREATE_IDENTITY_SOURCE = Action.of(PREFIX, "CreateIdentitySource");

  /** {@code mpa:DeleteIdentitySource}: Write; on identity-source. */
  public static final Action DELETE_IDENTITY_SOURCE = Action.of(PREFIX, "DeleteIdentitySource");

  /** {@code mpa:DeleteInactiveApprovalTeamVersion}: Write; on approval-team. */
  public static final Action DELETE_INACTIVE_APPROVAL_TEAM_VERSION = Action.of(PREFIX, "DeleteInactiveApprovalTeamVersion");

  /** {@code mpa:DeleteResourcePolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code mpa:GetApprovalTeam}: Read; on approval-team. */
  public static final Action GET_APPROVAL_TEAM = Action.of(PREFIX, "GetApprovalTeam");

  /** {@code mpa:GetIdentitySource}: Read; on identity-source. */
  public static final Action GET_IDENTITY_SOURCE = Action.of(PREFIX, "GetIdentitySource");

  /** {@code mpa:GetPolicyVersion}: Read; on no resource type (give {@code *}). */
  public static final Action GET_POLICY_VERSION = Action.of(PREFIX, "GetPolicyVersion");

  /** {@code mpa:GetResourcePolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code mpa:GetSession}: Read; on session. */
  public static final Action GET_SESSION = Action.of(PREFIX, "GetSession");

  /** {@code mpa:ListApprovalTeams}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPROVAL_TEAMS = Action.of(PREFIX, "ListApprovalTeams");

  /** {@code mpa:ListIdentitySources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IDENTITY_SOURCES = Action.of(PREFIX, "ListIdentitySources");

  /** {@code mpa:ListPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_POLICIES = Action.of(PREFIX, "ListPolicies");

  /** {@code mpa:ListPolicyVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_POLICY_VERSIONS = Action.of(PREFIX, "ListPolicyVersions");

  /** {@code mpa:ListResourcePolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_POLICIES = Action.of(PREFIX, "ListResourcePolicies");

  /** {@code mpa:ListSessions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SESSIONS = Action.of(PREFIX, "ListSessions");

  /** {@code mpa:ListTagsForResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code mpa:PutResourcePolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code mpa:StartActiveApprovalTeamDeletion}: Write; on approval-team. */
  public static final Action START_ACTIVE_APPROVAL_TEAM_DELETION = Action.of(PREFIX, "StartActiveApprovalTeamDeletion");

  /** {@code mpa:StartApprovalTeamBaseline}: Write; on approval-team. */
  public static final Action START_APPROVAL_TEAM_BASELINE = Action.of(PREFIX, "StartApprovalTeamBaseline");

  /** {@code mpa:StartSession}: Write; on session. */
  public static final Action START_SESSION = Action.of(PREFIX, "StartSession");

  /** {@code mpa:TagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code mpa:UntagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code mpa:UpdateApprovalTeam}: Write; on approval-team. */
  public static final Action UPDATE_APPROVAL_TEAM = Action.of(PREFIX, "UpdateApprovalTeam");

  private Mpa() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
