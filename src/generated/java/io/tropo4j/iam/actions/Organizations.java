// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Organizations (prefix {@code organizations}), as the service authorization reference lists them.
 */
public final class Organizations {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "organizations";

  /** {@code organizations:AcceptHandshake}: Write; on handshake. */
  public static final Action ACCEPT_HANDSHAKE = Action.of(PREFIX, "AcceptHandshake");

  /** {@code organizations:AttachPolicy}: Write; on account, organizationalunit, policy, root. */
  public static final Action ATTACH_POLICY = Action.of(PREFIX, "AttachPolicy");

  /** {@code organizations:CancelHandshake}: Write; on handshake. */
  public static final Action CANCEL_HANDSHAKE = Action.of(PREFIX, "CancelHandshake");

  /** {@code organizations:CloseAccount}: Write; on account. */
  public static final Action CLOSE_ACCOUNT = Action.of(PREFIX, "CloseAccount");

  /** {@code organizations:CreateAccount}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ACCOUNT = Action.of(PREFIX, "CreateAccount");

  /** {@code organizations:CreateGovCloudAccount}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GOV_CLOUD_ACCOUNT = Action.of(PREFIX, "CreateGovCloudAccount");

  /** {@code organizations:CreateOrganization}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ORGANIZATION = Action.of(PREFIX, "CreateOrganization");

  /** {@code organizations:CreateOrganizationalUnit}: Write; on organizationalunit, root. */
  public static final Action CREATE_ORGANIZATIONAL_UNIT = Action.of(PREFIX, "CreateOrganizationalUnit");

  /** {@code organizations:CreatePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_POLICY = Action.of(PREFIX, "CreatePolicy");

  /** {@code organizations:DeclineHandshake}: Write; on handshake. */
  public static final Action DECLINE_HANDSHAKE = Action.of(PREFIX, "DeclineHandshake");

  /** {@code organizations:DeleteOrganization}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ORGANIZATION = Action.of(PREFIX, "DeleteOrganization");

  /** {@code organizations:DeleteOrganizationalUnit}: Write; on organizationalunit. */
  public static final Action DELETE_ORGANIZATIONAL_UNIT = Action.of(PREFIX, "DeleteOrganizationalUnit");

  /** {@code organizations:DeletePolicy}: Write; on policy. */
  public static final Action DELETE_POLICY = Action.of(PREFIX, "DeletePolicy");

  /** {@code organizations:DeleteResourcePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code organizations:DeregisterDelegatedAdministrator}: Write; on account. */
  public static final Action DEREGISTER_DELEGATED_ADMINISTRATOR = Action.of(PREFIX, "DeregisterDelegatedAdministrator");

  /** {@code organizations:DescribeAccount}: Read; on account. */
  public static final Action DESCRIBE_ACCOUNT = Action.of(PREFIX, "DescribeAccount");

  /** {@code organizations:DescribeCreateAccountStatus}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CREATE_ACCOUNT_STATUS = Action.of(PREFIX, "DescribeCreateAccountStatus");

  /** {@code organizations:DescribeEffectivePolicy}: Read; on account. */
  public static final Action DESCRIBE_EFFECTIVE_POLICY = Action.of(PREFIX, "DescribeEffectivePolicy");

  /** {@code organizations:DescribeHandshake}: Read; on handshake. */
  public static final Action DESCRIBE_HANDSHAKE = Action.of(PREFIX, "DescribeHandshake");

  /** {@code organizations:DescribeOrganization}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORGANIZATION = Action.of(PREFIX, "DescribeOrganization");

  /** {@code organizations:DescribeOrganizationalUnit}: Read; on organizationalunit. */
  public static final Action DESCRIBE_ORGANIZATIONAL_UNIT = Action.of(PREFIX, "DescribeOrganizationalUnit");

  /** {@code organizations:DescribePolicy}: Read; on policy. */
  public static final Action DESCRIBE_POLICY = Action.of(PREFIX, "DescribePolicy");

  /** {@code organizations:DescribeResourcePolicy}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESOURCE_POLICY = Action.of(PREFIX, "DescribeResourcePolicy");

  /** {@code organizations:DescribeResponsibilityTransfer}: Read; on responsibilitytransfer. */
  public static final Action DESCRIBE_RESPONSIBILITY_TRANSFER = Action.of(PREFIX, "DescribeResponsibilityTransfer");

  /** {@code organizations:DetachPolicy}: Write; on account, organizationalunit, policy, root. */
  public static final Action DETACH_POLICY = Action.of(PREFIX, "DetachPolicy");

  /** {@code organizations:DisableAWSServiceAccess}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_AWS_SERVICE_ACCESS = Action.of(PREFIX, "DisableAWSServiceAccess");

  /** {@code organizations:DisablePolicyType}: Write; on root. */
  public static final Action DISABLE_POLICY_TYPE = Action.of(PREFIX, "DisablePolicyType");

  /** {@code organizations:EnableAWSServiceAccess}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_AWS_SERVICE_ACCESS = Action.of(PREFIX, "EnableAWSServiceAccess");

  /** {@code organizations:EnableAllFeatures}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_ALL_FEATURES = Action.of(PREFIX, "EnableAllFeatures");

  /** {@code organizations:EnablePolicyType}: Write; on root. */
  public static final Action ENABLE_POLICY_TYPE = Action.of(PREFIX, "EnablePolicyType");

  /** {@code organizations:InviteAccountToOrganization}: Write; on account. */
  public static final Action INVITE_ACCOUNT_TO_ORGANIZATION = Action.of(PREFIX, "InviteAccountToOrganization");

  /** {@code organizations:InviteOrganizationToTransferResponsibility}: Write; on account. */
  public static final Action INVITE_ORGANIZATION_TO_TRANSFER_RESPONSIBILITY = Action.of(PREFIX, "InviteOrganizationToTransferResponsibility");

  /** {@code organizations:LeaveOrganization}: Write; on no resource type (give {@code *}). */
  public static final Action LEAVE_ORGANIZATION = Action.of(PREFIX, "LeaveOrganization");

  /** {@code organizations:ListAWSServiceAccessForOrganization}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AWS_SERVICE_ACCESS_FOR_ORGANIZATION = Action.of(PREFIX, "ListAWSServiceAccessForOrganization");

  /** {@code organizations:ListAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNTS = Action.of(PREFIX, "ListAccounts");

  /** {@code organizations:ListAccountsForParent}: List; on organizationalunit, root. */
  public static final Action LIST_ACCOUNTS_FOR_PARENT = Action.of(PREFIX, "ListAccountsForParent");

  /** {@code organizations:ListAccountsWithInvalidEffectivePolicy}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNTS_WITH_INVALID_EFFECTIVE_POLICY = Action.of(PREFIX, "ListAccountsWithInvalidEffectivePolicy");

  /** {@code organizations:ListChildren}: List; on organizationalunit, root. */
  public static final Action LIST_CHILDREN = Action.of(PREFIX, "ListChildren");

  /** {@code organizations:ListCreateAccountStatus}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CREATE_ACCOUNT_STATUS = Action.of(PREFIX, "ListCreateAccountStatus");

  /** {@code organizations:ListDelegatedAdministrators}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DELEGATED_ADMINISTRATORS = Action.of(PREFIX, "ListDelegatedAdministrators");

  /** {@code organizations:ListDelegatedServicesForAccount}: List; on account. */
  public static final Action LIST_DELEGATED_SERVICES_FOR_ACCOUNT = Action.of(PREFIX, "ListDelegatedServicesForAccount");

  /** {@code organizations:ListEffectivePolicyValidationErrors}: List; on account. */
  public static final Action LIST_EFFECTIVE_POLICY_VALIDATION_ERRORS = Action.of(PREFIX, "ListEffectivePolicyValidationErrors");

  /** {@code organizations:ListHandshakesForAccount}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HANDSHAKES_FOR_ACCOUNT = Action.of(PREFIX, "ListHandshakesForAccount");

  /** {@code organizations:ListHandshakesForOrganization}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HANDSHAKES_FOR_ORGANIZATION = Action.of(PREFIX, "ListHandshakesForOrganization");

  /** {@code organizations:ListInboundResponsibilityTransfers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INBOUND_RESPONSIBILITY_TRANSFERS = Action.of(PREFIX, "ListInboundResponsibilityTransfers");

  /** {@code organizations:ListOrganizationalUnitsForParent}: List; on organizationalunit, root. */
  public static final Action LIST_ORGANIZATIONAL_UNITS_FOR_PARENT = Action.of(PREFIX, "ListOrganizationalUnitsForParent");

  /** {@code organizations:ListOutboundResponsibilityTransfers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OUTBOUND_RESPONSIBILITY_TRANSFERS = Action.of(PREFIX, "ListOutboundResponsibilityTransfers");

  /** {@code organizations:ListParents}: List; on account, organizationalunit. */
  public static final Action LIST_PARENTS = Action.of(PREFIX, "ListParents");

  /** {@code organizations:ListPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_POLICIES = Action.of(PREFIX, "ListPolicies");

  /** {@code organizations:ListPoliciesForTarget}: List; on account, organizationalunit, root. */
  public static final Action LIST_POLICIES_FOR_TARGET = Action.of(PREFIX, "ListPoliciesForTarget");

  /** {@code organizations:ListRoots}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ROOTS = Action.of(PREFIX, "ListRoots");

  /** {@code organizations:ListTagsForResource}: List; on account, organizationalunit, policy, resourcepolicy, responsibilitytransfer, root. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code organizations:ListTargetsForPolicy}: List; on policy. */
  public static final Action LIST_TARGETS_FOR_POLICY = Action.of(PREFIX, "ListTargetsForPolicy");

  /** {@code organizations:MoveAccount}: Write; on account, organizationalunit, root. */
  public static final Action MOVE_ACCOUNT = Action.of(PREFIX, "MoveAccount");

  /** {@code organizations:PutResourcePolicy}: Write; on resourcepolicy. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code organizations:RegisterDelegatedAdministrator}: Write; on account. */
  public static final Action REGISTER_DELEGATED_ADMINISTRATOR = Action.of(PREFIX, "RegisterDelegatedAdministrator");

  /** {@code organizations:RemoveAccountFromOrganization}: Write; on account. */
  public static final Action REMOVE_ACCOUNT_FROM_ORGANIZATION = Action.of(PREFIX, "RemoveAccountFromOrganization");

  /** {@code organizations:TagResource}: Tagging; on account, organizationalunit, policy, resourcepolicy, responsibilitytransfer, root. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code organizations:TerminateResponsibilityTransfer}: Write; on responsibilitytransfer. */
  public static final Action TERMINATE_RESPONSIBILITY_TRANSFER = Action.of(PREFIX, "TerminateResponsibilityTransfer");

  /** {@code organizations:UntagResource}: Tagging; on account, organizationalunit, policy, resourcepolicy, responsibilitytransfer, root. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code organizations:UpdateOrganizationalUnit}: Write; on organizationalunit. */
  public static final Action UPDATE_ORGANIZATIONAL_UNIT = Action.of(PREFIX, "UpdateOrganizationalUnit");

  /** {@code organizations:UpdatePolicy}: Write; on policy. */
  public static final Action UPDATE_POLICY = Action.of(PREFIX, "UpdatePolicy");

  /** {@code organizations:UpdateResponsibilityTransfer}: Write; on responsibilitytransfer. */
  public static final Action UPDATE_RESPONSIBILITY_TRANSFER = Action.of(PREFIX, "UpdateResponsibilityTransfer");

  private Organizations() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
