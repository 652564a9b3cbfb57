// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IAM Identity Center directory (prefix {@code sso-directory}), as the service authorization reference lists them.
 */
public final class SsoDirectory {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sso-directory";

  /** {@code sso-directory:AddMemberToGroup}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ADD_MEMBER_TO_GROUP = Action.of(PREFIX, "AddMemberToGroup");

  /** {@code sso-directory:CompleteVirtualMfaDeviceRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action COMPLETE_VIRTUAL_MFA_DEVICE_REGISTRATION = Action.of(PREFIX, "CompleteVirtualMfaDeviceRegistration");

  /** {@code sso-directory:CompleteWebAuthnDeviceRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action COMPLETE_WEB_AUTHN_DEVICE_REGISTRATION = Action.of(PREFIX, "CompleteWebAuthnDeviceRegistration");

  /** {@code sso-directory:CreateAlias}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_ALIAS = Action.of(PREFIX, "CreateAlias");

  /** {@code sso-directory:CreateBearerToken}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BEARER_TOKEN = Action.of(PREFIX, "CreateBearerToken");

  /** {@code sso-directory:CreateExternalIdPConfigurationForDirectory}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EXTERNAL_ID_P_CONFIGURATION_FOR_DIRECTORY = Action.of(PREFIX, "CreateExternalIdPConfigurationForDirectory");

  /** {@code sso-directory:CreateGroup}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_GROUP = Action.of(PREFIX, "CreateGroup");

  /** {@code sso-directory:CreateProvisioningTenant}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROVISIONING_TENANT = Action.of(PREFIX, "CreateProvisioningTenant");

  /** {@code sso-directory:CreateUser}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code sso-directory:DeleteBearerToken}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_BEARER_TOKEN = Action.of(PREFIX, "DeleteBearerToken");

  /** {@code sso-directory:DeleteExternalIdPCertificate}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_EXTERNAL_ID_P_CERTIFICATE = Action.of(PREFIX, "DeleteExternalIdPCertificate");

  /** {@code sso-directory:DeleteExternalIdPConfigurationForDirectory}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_EXTERNAL_ID_P_CONFIGURATION_FOR_DIRECTORY = Action.of(PREFIX, "DeleteExternalIdPConfigurationForDirectory");

  /** {@code sso-directory:DeleteGroup}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_GROUP = Action.of(PREFIX, "DeleteGroup");

  /** {@code sso-directory:DeleteMfaDeviceForUser}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_MFA_DEVICE_FOR_USER = Action.of(PREFIX, "DeleteMfaDeviceForUser");

  /** {@code sso-directory:DeleteProvisioningTenant}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PROVISIONING_TENANT = Action.of(PREFIX, "DeleteProvisioningTenant");

  /** {@code sso-directory:DeleteUser}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code sso-directory:DescribeDirectory}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DIRECTORY = Action.of(PREFIX, "DescribeDirectory");

  /** {@code sso-directory:DescribeGroup}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_GROUP = Action.of(PREFIX, "DescribeGroup");

  /** {@code sso-directory:DescribeGroups}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_GROUPS = Action.of(PREFIX, "DescribeGroups");

  /** {@code sso-directory:DescribeProvisioningTenant}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PROVISIONING_TENANT = Action.of(PREFIX, "DescribeProvisioningTenant");

  /** {@code sso-directory:DescribeUser}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_USER = Action.of(PREFIX, "DescribeUser");

  /** {@code sso-directory:DescribeUserByUniqueAttribute}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_USER_BY_UNIQUE_ATTRIBUTE = Action.of(PREFIX, "DescribeUserByUniqueAttribute");

  /** {@code sso-directory:DescribeUsers}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_USERS = Action.of(PREFIX, "DescribeUsers");

  /** {@code sso-directory:DisableExternalIdPConfigurationForDirectory}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_EXTERNAL_ID_P_CONFIGURATION_FOR_DIRECTORY = Action.of(PREFIX, "DisableExternalIdPConfigurationForDirectory");

  /** {@code sso-directory:DisableUser}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DISABLE_USER = Action.of(PREFIX, "DisableUser");

  /** {@code sso-directory:EnableExternalIdPConfigurationForDirectory}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_EXTERNAL_ID_P_CONFIGURATION_FOR_DIRECTORY = Action.of(PREFIX, "EnableExternalIdPConfigurationForDirectory");

  /** {@code sso-directory:EnableUser}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ENABLE_USER = Action.of(PREFIX, "EnableUser");

  /** {@code sso-directory:GetAWSSPConfigurationForDirectory}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AWSSP_CONFIGURATION_FOR_DIRECTORY = Action.of(PREFIX, "GetAWSSPConfigurationForDirectory");

  /** {@code sso-directory:GetGroupId}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GROUP_ID = Action.of(PREFIX, "GetGroupId");

  /** {@code sso-directory:GetUserId}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USER_ID = Action.of(PREFIX, "GetUserId");

  /** {@code sso-directory:GetUserPoolInfo}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USER_POOL_INFO = Action.of(PREFIX, "GetUserPoolInfo");

  /** {@code sso-directory:ImportExternalIdPCertificate}: Write; on no resource type (give {@code *}). */
  public static final Action IMPORT_EXTERNAL_ID_P_CERTIFICATE = Action.of(PREFIX, "ImportExternalIdPCertificate");

  /** {@code sso-directory:IsMemberInGroup}: Read; on no resource type (give {@code *}). */
  public static final Action IS_MEMBER_IN_GROUP = Action.of(PREFIX, "IsMemberInGroup");

  /** {@code sso-directory:IsMemberInGroups}: Read; on no resource type (give {@code *}). */
  public static final Action IS_MEMBER_IN_GROUPS = Action.of(PREFIX, "IsMemberInGroups");

  /** {@code sso-directory:ListBearerTokens}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_BEARER_TOKENS = Action.of(PREFIX, "ListBearerTokens");

  /** {@code sso-directory:ListExternalIdPCertificates}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_EXTERNAL_ID_P_CERTIFICATES = Action.of(PREFIX, "ListExternalIdPCertificates");

  /** {@code sso-directory:ListExternalIdPConfigurationsForDirectory}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_EXTERNAL_ID_P_CONFIGURATIONS_FOR_DIRECTORY = Action.of(PREFIX, "ListExternalIdPConfigurationsForDirectory");

  /** {@code sso-directory:ListGroups}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_GROUPS = Action.of(PREFIX, "ListGroups");

  /** {@code sso-directory:ListGroupsForMember}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_GROUPS_FOR_MEMBER = Action.of(PREFIX, "ListGroupsForMember");

  /** {@code sso-directory:ListGroupsForUser}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_GROUPS_FOR_USER = Action.of(PREFIX, "ListGroupsForUser");

  /** {@code sso-directory:ListMembersInGroup}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_MEMBERS_IN_GROUP = Action.of(PREFIX, "ListMembersInGroup");

  /** {@code sso-directory:ListMfaDevicesForUser}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_MFA_DEVICES_FOR_USER = Action.of(PREFIX, "ListMfaDevicesForUser");

  /** {@code sso-directory:ListProvisioningTenants}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PROVISIONING_TENANTS = Action.of(PREFIX, "ListProvisioningTenants");

  /** {@code sso-directory:ListUsers}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code sso-directory:RemoveMemberFromGroup}: Permissions management; on no resource type (give {@code *}). */
  public static final Action REMOVE_MEMBER_FROM_GROUP = Action.of(PREFIX, "RemoveMemberFromGroup");

  /** {@code sso-directory:SearchGroups}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_GROUPS = Action.of(PREFIX, "SearchGroups");

  /** {@code sso-directory:SearchUsers}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_USERS = Action.of(PREFIX, "SearchUsers");

  /** {@code sso-directory:StartVirtualMfaDeviceRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action START_VIRTUAL_MFA_DEVICE_REGISTRATION = Action.of(PREFIX, "StartVirtualMfaDeviceRegistration");

  /** {@code sso-directory:StartWebAuthnDeviceRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action START_WEB_AUTHN_DEVICE_REGISTRATION = Action.of(PREFIX, "StartWebAuthnDeviceRegistration");

  /** {@code sso-directory:UpdateExternalIdPConfigurationForDirectory}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_EXTERNAL_ID_P_CONFIGURATION_FOR_DIRECTORY = Action.of(PREFIX, "UpdateExternalIdPConfigurationForDirectory");

  /** {@code sso-directory:UpdateGroup}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_GROUP = Action.of(PREFIX, "UpdateGroup");

  /** {@code sso-directory:UpdateGroupDisplayName}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_GROUP_DISPLAY_NAME = Action.of(PREFIX, "UpdateGroupDisplayName");

  /** {@code sso-directory:UpdateMfaDeviceForUser}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_MFA_DEVICE_FOR_USER = Action.of(PREFIX, "UpdateMfaDeviceForUser");

  /** {@code sso-directory:UpdatePassword}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_PASSWORD = Action.of(PREFIX, "UpdatePassword");

  /** {@code sso-directory:UpdateUser}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_USER = Action.of(PREFIX, "UpdateUser");

  /** {@code sso-directory:UpdateUserName}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_USER_NAME = Action.of(PREFIX, "UpdateUserName");

  /** {@code sso-directory:VerifyEmail}: Permissions management; on no resource type (give {@code *}). */
  public static final Action VERIFY_EMAIL = Action.of(PREFIX, "VerifyEmail");

  private SsoDirectory() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
