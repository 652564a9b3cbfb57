// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Identity and Access Management (IAM) (prefix {@code iam}), as the service authorization reference lists them.
 */
public final class Iam {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iam";

  /** {@code iam:AcceptDelegationRequest}: Write; on delegation-request. */
  public static final Action ACCEPT_DELEGATION_REQUEST = Action.of(PREFIX, "AcceptDelegationRequest");

  /** {@code iam:AddClientIDToOpenIDConnectProvider}: Permissions management; on oidc-provider. */
  public static final Action ADD_CLIENT_ID_TO_OPEN_ID_CONNECT_PROVIDER = Action.of(PREFIX, "AddClientIDToOpenIDConnectProvider");

  /** {@code iam:AddRoleToInstanceProfile}: Permissions management; on instance-profile. */
  public static final Action ADD_ROLE_TO_INSTANCE_PROFILE = Action.of(PREFIX, "AddRoleToInstanceProfile");

  /** {@code iam:AddUserToGroup}: Permissions management; on group. */
  public static final Action ADD_USER_TO_GROUP = Action.of(PREFIX, "AddUserToGroup");

  /** {@code iam:AssociateDelegationRequest}: Write; on delegation-request. */
  public static final Action ASSOCIATE_DELEGATION_REQUEST = Action.of(PREFIX, "AssociateDelegationRequest");

  /** {@code iam:AttachGroupPolicy}: Permissions management; on group. */
  public static final Action ATTACH_GROUP_POLICY = Action.of(PREFIX, "AttachGroupPolicy");

  /** {@code iam:AttachRolePolicy}: Permissions management; on role. */
  public static final Action ATTACH_ROLE_POLICY = Action.of(PREFIX, "AttachRolePolicy");

  /** {@code iam:AttachUserPolicy}: Permissions management; on user. */
  public static final Action ATTACH_USER_POLICY = Action.of(PREFIX, "AttachUserPolicy");

  /** {@code iam:ChangePassword}: Permissions management; on user. */
  public static final Action CHANGE_PASSWORD = Action.of(PREFIX, "ChangePassword");

  /** {@code iam:CreateAccessKey}: Permissions management; on user. */
  public static final Action CREATE_ACCESS_KEY = Action.of(PREFIX, "CreateAccessKey");

  /** {@code iam:CreateAccountAlias}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_ACCOUNT_ALIAS = Action.of(PREFIX, "CreateAccountAlias");

  /** {@code iam:CreateDelegationRequest}: Write; on delegation-request. */
  public static final Action CREATE_DELEGATION_REQUEST = Action.of(PREFIX, "CreateDelegationRequest");

  /** {@code iam:CreateGroup}: Permissions management; on group. */
  public static final Action CREATE_GROUP = Action.of(PREFIX, "CreateGroup");

  /** {@code iam:CreateInstanceProfile}: Permissions management; on instance-profile. */
  public static final Action CREATE_INSTANCE_PROFILE = Action.of(PREFIX, "CreateInstanceProfile");

  /** {@code iam:CreateLoginProfile}: Permissions management; on user. */
  public static final Action CREATE_LOGIN_PROFILE = Action.of(PREFIX, "CreateLoginProfile");

  /** {@code iam:CreateOpenIDConnectProvider}: Permissions management; on oidc-provider. */
  public static final Action CREATE_OPEN_ID_CONNECT_PROVIDER = Action.of(PREFIX, "CreateOpenIDConnectProvider");

  /** {@code iam:CreatePolicy}: Permissions management; on policy. */
  public static final Action CREATE_POLICY = Action.of(PREFIX, "CreatePolicy");

  /** {@code iam:CreatePolicyVersion}: Permissions management; on policy. */
  public static final Action CREATE_POLICY_VERSION = Action.of(PREFIX, "CreatePolicyVersion");

  /** {@code iam:CreateRole}: Permissions management; on role. */
  public static final Action CREATE_ROLE = Action.of(PREFIX, "CreateRole");

  /** {@code iam:CreateSAMLProvider}: Permissions management; on saml-provider. */
  public static final Action CREATE_SAML_PROVIDER = Action.of(PREFIX, "CreateSAMLProvider");

  /** {@code iam:CreateServiceLinkedRole}: Permissions management; on role. */
  public static final Action CREATE_SERVICE_LINKED_ROLE = Action.of(PREFIX, "CreateServiceLinkedRole");

  /** {@code iam:CreateServiceSpecificCredential}: Permissions management; on user. */
  public static final Action CREATE_SERVICE_SPECIFIC_CREDENTIAL = Action.of(PREFIX, "CreateServiceSpecificCredential");

  /** {@code iam:CreateUser}: Permissions management; on user. */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code iam:CreateVirtualMFADevice}: Permissions management; on mfa. */
  public static final Action CREATE_VIRTUAL_MFA_DEVICE = Action.of(PREFIX, "CreateVirtualMFADevice");

  /** {@code iam:DeactivateMFADevice}: Permissions management; on user. */
  public static final Action DEACTIVATE_MFA_DEVICE = Action.of(PREFIX, "DeactivateMFADevice");

  /** {@code iam:DeleteAccessKey}: Permissions management; on user. */
  public static final Action DELETE_ACCESS_KEY = Action.of(PREFIX, "DeleteAccessKey");

  /** {@code iam:DeleteAccountAlias}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCOUNT_ALIAS = Action.of(PREFIX, "DeleteAccountAlias");

  /** {@code iam:DeleteAccountPasswordPolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCOUNT_PASSWORD_POLICY = Action.of(PREFIX, "DeleteAccountPasswordPolicy");

  /** {@code iam:DeleteCloudFrontPublicKey}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CLOUD_FRONT_PUBLIC_KEY = Action.of(PREFIX, "DeleteCloudFrontPublicKey");

  /** {@code iam:DeleteGroup}: Permissions management; on group. */
  public static final Action DELETE_GROUP = Action.of(PREFIX, "DeleteGroup");

  /** {@code iam:DeleteGroupPolicy}: Permissions management; on group. */
  public static final Action DELETE_GROUP_POLICY = Action.of(PREFIX, "DeleteGroupPolicy");

  /** {@code iam:DeleteInstanceProfile}: Permissions management; on instance-profile. */
  public static final Action DELETE_INSTANCE_PROFILE = Action.of(PREFIX, "DeleteInstanceProfile");

  /** {@code iam:DeleteLoginProfile}: Permissions management; on user. */
  public static final Action DELETE_LOGIN_PROFILE = Action.of(PREFIX, "DeleteLoginProfile");

  /** {@code iam:DeleteOpenIDConnectProvider}: Permissions management; on oidc-provider. */
  public static final Action DELETE_OPEN_ID_CONNECT_PROVIDER = Action.of(PREFIX, "DeleteOpenIDConnectProvider");

  /** {@code iam:DeletePolicy}: Permissions management; on policy. */
  public static final Action DELETE_POLICY = Action.of(PREFIX, "DeletePolicy");

  /** {@code iam:DeletePolicyVersion}: Permissions management; on policy. */
  public static final Action DELETE_POLICY_VERSION = Action.of(PREFIX, "DeletePolicyVersion");

  /** {@code iam:DeleteRole}: Permissions management; on role. */
  public static final Action DELETE_ROLE = Action.of(PREFIX, "DeleteRole");

  /** {@code iam:DeleteRolePermissionsBoundary}: Permissions management; on role. */
  public static final Action DELETE_ROLE_PERMISSIONS_BOUNDARY = Action.of(PREFIX, "DeleteRolePermissionsBoundary");

  /** {@code iam:DeleteRolePolicy}: Permissions management; on role. */
  public static final Action DELETE_ROLE_POLICY = Action.of(PREFIX, "DeleteRolePolicy");

  /** {@code iam:DeleteSAMLProvider}: Permissions management; on saml-provider. */
  public static final Action DELETE_SAML_PROVIDER = Action.of(PREFIX, "DeleteSAMLProvider");

  /** {@code iam:DeleteSSHPublicKey}: Permissions management; on user. */
  public static final Action DELETE_SSH_PUBLIC_KEY = Action.of(PREFIX, "DeleteSSHPublicKey");

  /** {@code iam:DeleteServerCertificate}: Permissions management; on server-certificate. */
  public static final Action DELETE_SERVER_CERTIFICATE = Action.of(PREFIX, "DeleteServerCertificate");

  /** {@code iam:DeleteServiceLinkedRole}: Permissions management; on role. */
  public static final Action DELETE_SERVICE_LINKED_ROLE = Action.of(PREFIX, "DeleteServiceLinkedRole");

  /** {@code iam:DeleteServiceSpecificCredential}: Permissions management; on user. */
  public static final Action DELETE_SERVICE_SPECIFIC_CREDENTIAL = Action.of(PREFIX, "DeleteServiceSpecificCredential");

  /** {@code iam:DeleteSigningCertificate}: Permissions management; on user. */
  public static final Action DELETE_SIGNING_CERTIFICATE = Action.of(PREFIX, "DeleteSigningCertificate");

  /** {@code iam:DeleteUser}: Permissions management; on user. */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code iam:DeleteUserPermissionsBoundary}: Permissions management; on user. */
  public static final Action DELETE_USER_PERMISSIONS_BOUNDARY = Action.of(PREFIX, "DeleteUserPermissionsBoundary");

  /** {@code iam:DeleteUserPolicy}: Permissions management; on user. */
  public static final Action DELETE_USER_POLICY = Action.of(PREFIX, "DeleteUserPolicy");

  /** {@code iam:DeleteVirtualMFADevice}: Permissions management; on mfa, sms-mfa. */
  public static final Action DELETE_VIRTUAL_MFA_DEVICE = Action.of(PREFIX, "DeleteVirtualMFADevice");

  /** {@code iam:DetachGroupPolicy}: Permissions management; on group. */
  public static final Action DETACH_GROUP_POLICY = Action.of(PREFIX, "DetachGroupPolicy");

  /** {@code iam:DetachRolePolicy}: Permissions management; on role. */
  public static final Action DETACH_ROLE_POLICY = Action.of(PREFIX, "DetachRolePolicy");

  /** {@code iam:DetachUserPolicy}: Permissions management; on user. */
  public static final Action DETACH_USER_POLICY = Action.of(PREFIX, "DetachUserPolicy");

  /** {@code iam:DisableOrganizationsRootCredentialsManagement}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT = Action.of(PREFIX, "DisableOrganizationsRootCredentialsManagement");

  /** {@code iam:DisableOrganizationsRootSessions}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_ORGANIZATIONS_ROOT_SESSIONS = Action.of(PREFIX, "DisableOrganizationsRootSessions");

  /** {@code iam:DisableOutboundWebIdentityFederation}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_OUTBOUND_WEB_IDENTITY_FEDERATION = Action.of(PREFIX, "DisableOutboundWebIdentityFederation");

  /** {@code iam:EnableMFADevice}: Permissions management; on user. */
  public static final Action ENABLE_MFA_DEVICE = Action.of(PREFIX, "EnableMFADevice");

  /** {@code iam:EnableOrganizationsRootCredentialsManagement}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT = Action.of(PREFIX, "EnableOrganizationsRootCredentialsManagement");

  /** {@code iam:EnableOrganizationsRootSessions}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_ORGANIZATIONS_ROOT_SESSIONS = Action.of(PREFIX, "EnableOrganizationsRootSessions");

  /** {@code iam:EnableOutboundWebIdentityFederation}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_OUTBOUND_WEB_IDENTITY_FEDERATION = Action.of(PREFIX, "EnableOutboundWebIdentityFederation");

  /** {@code iam:GenerateCredentialReport}: Read; on no resource type (give {@code *}). */
  public static final Action GENERATE_CREDENTIAL_REPORT = Action.of(PREFIX, "GenerateCredentialReport");

  /** {@code iam:GenerateOrganizationsAccessReport}: Read; on access-report. */
  public static final Action GENERATE_ORGANIZATIONS_ACCESS_REPORT = Action.of(PREFIX, "GenerateOrganizationsAccessReport");

  /** {@code iam:GenerateServiceLastAccessedDetails}: Read; on group, policy, role, user. */
  public static final Action GENERATE_SERVICE_LAST_ACCESSED_DETAILS = Action.of(PREFIX, "GenerateServiceLastAccessedDetails");

  /** {@code iam:GetAccessKeyLastUsed}: Read; on user. */
  public static final Action GET_ACCESS_KEY_LAST_USED = Action.of(PREFIX, "GetAccessKeyLastUsed");

  /** {@code iam:GetAccountAuthorizationDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_AUTHORIZATION_DETAILS = Action.of(PREFIX, "GetAccountAuthorizationDetails");

  /** {@code iam:GetAccountEmailAddress}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_EMAIL_ADDRESS = Action.of(PREFIX, "GetAccountEmailAddress");

  /** {@code iam:GetAccountName}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_NAME = Action.of(PREFIX, "GetAccountName");

  /** {@code iam:GetAccountPasswordPolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_PASSWORD_POLICY = Action.of(PREFIX, "GetAccountPasswordPolicy");

  /** {@code iam:GetAccountSummary}: List; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_SUMMARY = Action.of(PREFIX, "GetAccountSummary");

  /** {@code iam:GetCloudFrontPublicKey}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CLOUD_FRONT_PUBLIC_KEY = Action.of(PREFIX, "GetCloudFrontPublicKey");

  /** {@code iam:GetContextKeysForCustomPolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTEXT_KEYS_FOR_CUSTOM_POLICY = Action.of(PREFIX, "GetContextKeysForCustomPolicy");

  /** {@code iam:GetContextKeysForPrincipalPolicy}: Read; on group, role, user. */
  public static final Action GET_CONTEXT_KEYS_FOR_PRINCIPAL_POLICY = Action.of(PREFIX, "GetContextKeysForPrincipalPolicy");

  /** {@code iam:GetCredentialReport}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CREDENTIAL_REPORT = Action.of(PREFIX, "GetCredentialReport");

  /** {@code iam:GetDelegationRequest}: Read; on delegation-request. */
  public static final Action GET_DELEGATION_REQUEST = Action.of(PREFIX, "GetDelegationRequest");

  /** {@code iam:GetGroup}: Read; on group. */
  public static final Action GET_GROUP = Action.of(PREFIX, "GetGroup");

  /** {@code iam:GetGroupPolicy}: Read; on group. */
  public static final Action GET_GROUP_POLICY = Action.of(PREFIX, "GetGroupPolicy");

  /** {@code iam:GetHumanReadableSummary}: Read; on delegation-request. */
  public static final Action GET_HUMAN_READABLE_SUMMARY = Action.of(PREFIX, "GetHumanReadableSummary");

  /** {@code iam:GetInstanceProfile}: Read; on instance-profile. */
  public static final Action GET_INSTANCE_PROFILE = Action.of(PREFIX, "GetInstanceProfile");

  /** {@code iam:GetLoginProfile}: List; on user. */
  public static final Action GET_LOGIN_PROFILE = Action.of(PREFIX, "GetLoginProfile");

  /** {@code iam:GetMFADevice}: Read; on user. */
  public static final Action GET_MFA_DEVICE = Action.of(PREFIX, "GetMFADevice");

  /** {@code iam:GetOpenIDConnectProvider}: Read; on oidc-provider. */
  public static final Action GET_OPEN_ID_CONNECT_PROVIDER = Action.of(PREFIX, "GetOpenIDConnectProvider");

  /** {@code iam:GetOrganizationsAccessReport}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ORGANIZATIONS_ACCESS_REPORT = Action.of(PREFIX, "GetOrganizationsAccessReport");

  /** {@code iam:GetOutboundWebIdentityFederationInfo}: Read; on no resource type (give {@code *}). */
  public static final Action GET_OUTBOUND_WEB_IDENTITY_FEDERATION_INFO = Action.of(PREFIX, "GetOutboundWebIdentityFederationInfo");

  /** {@code iam:GetPolicy}: Read; on policy. */
  public static final Action GET_POLICY = Action.of(PREFIX, "GetPolicy");

  /** {@code iam:GetPolicyVersion}: Read; on policy. */
  public static final Action GET_POLICY_VERSION = Action.of(PREFIX, "GetPolicyVersion");

  /** {@code iam:GetRole}: Read; on role. */
  public static final Action GET_ROLE = Action.of(PREFIX, "GetRole");

  /** {@code iam:GetRolePolicy}: Read; on role. */
  public static final Action GET_ROLE_POLICY = Action.of(PREFIX, "GetRolePolicy");

  /** {@code iam:GetSAMLProvider}: Read; on saml-provider. */
  public static final Action GET_SAML_PROVIDER = Action.of(PREFIX, "GetSAMLProvider");

  /** {@code iam:GetSSHPublicKey}: Read; on user. */
  public static final Action GET_SSH_PUBLIC_KEY = Action.of(PREFIX, "GetSSHPublicKey");

  /** {@code iam:GetServerCertificate}: Read; on server-certificate. */
  public static final Action GET_SERVER_CERTIFICATE = Action.of(PREFIX, "GetServerCertificate");

  /** {@code iam:GetServiceLastAccessedDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_LAST_ACCESSED_DETAILS = Action.of(PREFIX, "GetServiceLastAccessedDetails");

  /** {@code iam:GetServiceLastAccessedDetailsWithEntities}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_LAST_ACCESSED_DETAILS_WITH_ENTITIES = Action.of(PREFIX, "GetServiceLastAccessedDetailsWithEntities");

  /** {@code iam:GetServiceLinkedRoleDeletionStatus}: Read; on role. */
  public static final Action GET_SERVICE_LINKED_ROLE_DELETION_STATUS = Action.of(PREFIX, "GetServiceLinkedRoleDeletionStatus");

  /** {@code iam:GetUser}: Read; on user. */
  public static final Action GET_USER = Action.of(PREFIX, "GetUser");

  /** {@code iam:GetUserPolicy}: Read; on user. */
  public static final Action GET_USER_POLICY = Action.of(PREFIX, "GetUserPolicy");

  /** {@code iam:ListAccessKeys}: List; on user. */
  public static final Action LIST_ACCESS_KEYS = Action.of(PREFIX, "ListAccessKeys");

  /** {@code iam:ListAccountAliases}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNT_ALIASES = Action.of(PREFIX, "ListAccountAliases");

  /** {@code iam:ListAttachedGroupPolicies}: List; on group. */
  public static final Action LIST_ATTACHED_GROUP_POLICIES = Action.of(PREFIX, "ListAttachedGroupPolicies");

  /** {@code iam:ListAttachedRolePolicies}: List; on role. */
  public static final Action LIST_ATTACHED_ROLE_POLICIES = Action.of(PREFIX, "ListAttachedRolePolicies");

  /** {@code iam:ListAttachedUserPolicies}: List; on user. */
  public static final Action LIST_ATTACHED_USER_POLICIES = Action.of(PREFIX, "ListAttachedUserPolicies");

  /** {@code iam:ListCloudFrontPublicKeys}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLOUD_FRONT_PUBLIC_KEYS = Action.of(PREFIX, "ListCloudFrontPublicKeys");

  /** {@code iam:ListDelegationRequests}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DELEGATION_REQUESTS = Action.of(PREFIX, "ListDelegationRequests");

  /** {@code iam:ListEntitiesForPolicy}: List; on policy. */
  public static final Action LIST_ENTITIES_FOR_POLICY = Action.of(PREFIX, "ListEntitiesForPolicy");

  /** {@code iam:ListGroupPolicies}: List; on group. */
  public static final Action LIST_GROUP_POLICIES = Action.of(PREFIX, "ListGroupPolicies");

  /** {@code iam:ListGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GROUPS = Action.of(PREFIX, "ListGroups");

  /** {@code iam:ListGroupsForUser}: List; on user. */
  public static final Action LIST_GROUPS_FOR_USER = Action.of(PREFIX, "ListGroupsForUser");

  /** {@code iam:ListInstanceProfileTags}: List; on instance-profile. */
  public static final Action LIST_INSTANCE_PROFILE_TAGS = Action.of(PREFIX, "ListInstanceProfileTags");

  /** {@code iam:ListInstanceProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INSTANCE_PROFILES = Action.of(PREFIX, "ListInstanceProfiles");

  /** {@code iam:ListInstanceProfilesForRole}: List; on role. */
  public static final Action LIST_INSTANCE_PROFILES_FOR_ROLE = Action.of(PREFIX, "ListInstanceProfilesForRole");

  /** {@code iam:ListMFADeviceTags}: List; on mfa. */
  public static final Action LIST_MFA_DEVICE_TAGS = Action.of(PREFIX, "ListMFADeviceTags");

  /** {@code iam:ListMFADevices}: List; on user. */
  public static final Action LIST_MFA_DEVICES = Action.of(PREFIX, "ListMFADevices");

  /** {@code iam:ListOpenIDConnectProviderTags}: List; on oidc-provider. */
  public static final Action LIST_OPEN_ID_CONNECT_PROVIDER_TAGS = Action.of(PREFIX, "ListOpenIDConnectProviderTags");

  /** {@code iam:ListOpenIDConnectProviders}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OPEN_ID_CONNECT_PROVIDERS = Action.of(PREFIX, "ListOpenIDConnectProviders");

  /** {@code iam:ListOrganizationsFeatures}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORGANIZATIONS_FEATURES = Action.of(PREFIX, "ListOrganizationsFeatures");

  /** {@code iam:ListPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_POLICIES = Action.of(PREFIX, "ListPolicies");

  /** {@code iam:ListPoliciesGrantingServiceAccess}: List; on group, role, user. */
  public static final Action LIST_POLICIES_GRANTING_SERVICE_ACCESS = Action.of(PREFIX, "ListPoliciesGrantingServiceAccess");

  /** {@code iam:ListPolicyTags}: List; on policy. */
  public static final Action LIST_POLICY_TAGS = Action.of(PREFIX, "ListPolicyTags");

  /** {@code iam:ListPolicyVersions}: List; on policy. */
  public static final Action LIST_POLICY_VERSIONS = Action.of(PREFIX, "ListPolicyVersions");

  /** {@code iam:ListRolePolicies}: List; on role. */
  public static final Action LIST_ROLE_POLICIES = Action.of(PREFIX, "ListRolePolicies");

  /** {@code iam:ListRoleTags}: List; on role. */
  public static final Action LIST_ROLE_TAGS = Action.of(PREFIX, "ListRoleTags");

  /** {@code iam:ListRoles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ROLES = Action.of(PREFIX, "ListRoles");

  /** {@code iam:ListSAMLProviderTags}: List; on saml-provider. */
  public static final Action LIST_SAML_PROVIDER_TAGS = Action.of(PREFIX, "ListSAMLProviderTags");

  /** {@code iam:ListSAMLProviders}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SAML_PROVIDERS = Action.of(PREFIX, "ListSAMLProviders");

  /** {@code iam:ListSSHPublicKeys}: List; on user. */
  public static final Action LIST_SSH_PUBLIC_KEYS = Action.of(PREFIX, "ListSSHPublicKeys");

  /** {@code iam:ListSTSRegionalEndpointsStatus}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STS_REGIONAL_ENDPOINTS_STATUS = Action.of(PREFIX, "ListSTSRegionalEndpointsStatus");

  /** {@code iam:ListServerCertificateTags}: List; on server-certificate. */
  public static final Action LIST_SERVER_CERTIFICATE_TAGS = Action.of(PREFIX, "ListServerCertificateTags");

  /** {@code iam:ListServerCertificates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVER_CERTIFICATES = Action.of(PREFIX, "ListServerCertificates");

  /** {@code iam:ListServiceSpecificCredentials}: List; on user. */
  public static final Action LIST_SERVICE_SPECIFIC_CREDENTIALS = Action.of(PREFIX, "ListServiceSpecificCredentials");

  /** {@code iam:ListSigningCertificates}: List; on user. */
  public static final Action LIST_SIGNING_CERTIFICATES = Action.of(PREFIX, "ListSigningCertificates");

  /** {@code iam:ListUserPolicies}: List; on user. */
  public static final Action LIST_USER_POLICIES = Action.of(PREFIX, "ListUserPolicies");

  /** {@code iam:ListUserTags}: List; on user. */
  public static final Action LIST_USER_TAGS = Action.of(PREFIX, "ListUserTags");

  /** {@code iam:ListUsers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code iam:ListVirtualMFADevices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VIRTUAL_MFA_DEVICES = Action.of(PREFIX, "ListVirtualMFADevices");

  /** {@code iam:PassRole}: Permissions management; on role. */
  public static final Action PASS_ROLE = Action.of(PREFIX, "PassRole");

  /** {@code iam:PutGroupPolicy}: Permissions management; on group. */
  public static final Action PUT_GROUP_POLICY = Action.of(PREFIX, "PutGroupPolicy");

  /** {@code iam:PutRolePermissionsBoundary}: Permissions management; on role. */
  public static final Action PUT_ROLE_PERMISSIONS_BOUNDARY = Action.of(PREFIX, "PutRolePermissionsBoundary");

  /** {@code iam:PutRolePolicy}: Permissions management; on role. */
  public static final Action PUT_ROLE_POLICY = Action.of(PREFIX, "PutRolePolicy");

  /** {@code iam:PutUserPermissionsBoundary}: Permissions management; on user. */
  public static final Action PUT_USER_PERMISSIONS_BOUNDARY = Action.of(PREFIX, "PutUserPermissionsBoundary");

  /** {@code iam:PutUserPolicy}: Permissions management; on user. */
  public static final Action PUT_USER_POLICY = Action.of(PREFIX, "PutUserPolicy");

  /** {@code iam:RejectDelegationRequest}: Write; on delegation-request. */
  public static final Action REJECT_DELEGATION_REQUEST = Action.of(PREFIX, "RejectDelegationRequest");

  /** {@code iam:RemoveClientIDFromOpenIDConnectProvider}: Permissions management; on oidc-provider. */
  public static final Action REMOVE_CLIENT_ID_FROM_OPEN_ID_CONNECT_PROVIDER = Action.of(PREFIX, "RemoveClientIDFromOpenIDConnectProvider");

  /** {@code iam:RemoveRoleFromInstanceProfile}: Permissions management; on instance-profile. */
  public static final Action REMOVE_ROLE_FROM_INSTANCE_PROFILE = Action.of(PREFIX, "RemoveRoleFromInstanceProfile");

  /** {@code iam:RemoveUserFromGroup}: Permissions management; on group. */
  public static final Action REMOVE_USER_FROM_GROUP = Action.of(PREFIX, "RemoveUserFromGroup");

  /** {@code iam:ResetServiceSpecificCredential}: Permissions management; on user. */
  public static final Action RESET_SERVICE_SPECIFIC_CREDENTIAL = Action.of(PREFIX, "ResetServiceSpecificCredential");

  /** {@code iam:ResyncMFADevice}: Permissions management; on user. */
  public static final Action RESYNC_MFA_DEVICE = Action.of(PREFIX, "ResyncMFADevice");

  /** {@code iam:SendDelegationToken}: Write; on delegation-request. */
  public static final Action SEND_DELEGATION_TOKEN = Action.of(PREFIX, "SendDelegationToken");

  /** {@code iam:SetDefaultPolicyVersion}: Permissions management; on policy. */
  public static final Action SET_DEFAULT_POLICY_VERSION = Action.of(PREFIX, "SetDefaultPolicyVersion");

  /** {@code iam:SetSTSRegionalEndpointStatus}: Write; on no resource type (give {@code *}). */
  public static final Action SET_STS_REGIONAL_ENDPOINT_STATUS = Action.of(PREFIX, "SetSTSRegionalEndpointStatus");

  /** {@code iam:SetSecurityTokenServicePreferences}: Permissions management; on no resource type (give {@code *}). */
  public static final Action SET_SECURITY_TOKEN_SERVICE_PREFERENCES = Action.of(PREFIX, "SetSecurityTokenServicePreferences");

  /** {@code iam:SimulateCustomPolicy}: Read; on no resource type (give {@code *}). */
  public static final Action SIMULATE_CUSTOM_POLICY = Action.of(PREFIX, "SimulateCustomPolicy");

  /** {@code iam:SimulatePrincipalPolicy}: Read; on group, role, user. */
  public static final Action SIMULATE_PRINCIPAL_POLICY = Action.of(PREFIX, "SimulatePrincipalPolicy");

  /** {@code iam:TagInstanceProfile}: Tagging; on instance-profile. */
  public static final Action TAG_INSTANCE_PROFILE = Action.of(PREFIX, "TagInstanceProfile");

  /** {@code iam:TagMFADevice}: Tagging; on mfa. */
  public static final Action TAG_MFA_DEVICE = Action.of(PREFIX, "TagMFADevice");

  /** {@code iam:TagOpenIDConnectProvider}: Tagging; on oidc-provider. */
  public static final Action TAG_OPEN_ID_CONNECT_PROVIDER = Action.of(PREFIX, "TagOpenIDConnectProvider");

  /** {@code iam:TagPolicy}: Tagging; on policy. */
  public static final Action TAG_POLICY = Action.of(PREFIX, "TagPolicy");

  /** {@code iam:TagRole}: Tagging; on role. */
  public static final Action TAG_ROLE = Action.of(PREFIX, "TagRole");

  /** {@code iam:TagSAMLProvider}: Tagging; on saml-provider. */
  public static final Action TAG_SAML_PROVIDER = Action.of(PREFIX, "TagSAMLProvider");

  /** {@code iam:TagServerCertificate}: Tagging; on server-certificate. */
  public static final Action TAG_SERVER_CERTIFICATE = Action.of(PREFIX, "TagServerCertificate");

  /** {@code iam:TagUser}: Tagging; on user. */
  public static final Action TAG_USER = Action.of(PREFIX, "TagUser");

  /** {@code iam:UntagInstanceProfile}: Tagging; on instance-profile. */
  public static final Action UNTAG_INSTANCE_PROFILE = Action.of(PREFIX, "UntagInstanceProfile");

  /** {@code iam:UntagMFADevice}: Tagging; on mfa. */
  public static final Action UNTAG_MFA_DEVICE = Action.of(PREFIX, "UntagMFADevice");

  /** {@code iam:UntagOpenIDConnectProvider}: Tagging; on oidc-provider. */
  public static final Action UNTAG_OPEN_ID_CONNECT_PROVIDER = Action.of(PREFIX, "UntagOpenIDConnectProvider");

  /** {@code iam:UntagPolicy}: Tagging; on policy. */
  public static final Action UNTAG_POLICY = Action.of(PREFIX, "UntagPolicy");

  /** {@code iam:UntagRole}: Tagging; on role. */
  public static final Action UNTAG_ROLE = Action.of(PREFIX, "UntagRole");

  /** {@code iam:UntagSAMLProvider}: Tagging; on saml-provider. */
  public static final Action UNTAG_SAML_PROVIDER = Action.of(PREFIX, "UntagSAMLProvider");

  /** {@code iam:UntagServerCertificate}: Tagging; on server-certificate. */
  public static final Action UNTAG_SERVER_CERTIFICATE = Action.of(PREFIX, "UntagServerCertificate");

  /** {@code iam:UntagUser}: Tagging; on user. */
  public static final Action UNTAG_USER = Action.of(PREFIX, "UntagUser");

  /** {@code iam:UpdateAccessKey}: Permissions management; on user. */
  public static final Action UPDATE_ACCESS_KEY = Action.of(PREFIX, "UpdateAccessKey");

  /** {@code iam:UpdateAccountEmailAddress}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_EMAIL_ADDRESS = Action.of(PREFIX, "UpdateAccountEmailAddress");

  /** {@code iam:UpdateAccountName}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_NAME = Action.of(PREFIX, "UpdateAccountName");

  /** {@code iam:UpdateAccountPasswordPolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_PASSWORD_POLICY = Action.of(PREFIX, "UpdateAccountPasswordPolicy");

  /** {@code iam:UpdateAssumeRolePolicy}: Permissions management; on role. */
  public static final Action UPDATE_ASSUME_ROLE_POLICY = Action.of(PREFIX, "UpdateAssumeRolePolicy");

  /** {@code iam:UpdateCloudFrontPublicKey}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CLOUD_FRONT_PUBLIC_KEY = Action.of(PREFIX, "UpdateCloudFrontPublicKey");

  /** {@code iam:UpdateGroup}: Permissions management; on group. */
  public static final Action UPDATE_GROUP = Action.of(PREFIX, "UpdateGroup");

  /** {@code iam:UpdateLoginProfile}: Permissions management; on user. */
  public static final Action UPDATE_LOGIN_PROFILE = Action.of(PREFIX, "UpdateLoginProfile");

  /** {@code iam:UpdateOpenIDConnectProviderThumbprint}: Permissions management; on oidc-provider. */
  public static final Action UPDATE_OPEN_ID_CONNECT_PROVIDER_THUMBPRINT = Action.of(PREFIX, "UpdateOpenIDConnectProviderThumbprint");

  /** {@code iam:UpdateRole}: Permissions management; on role. */
  public static final Action UPDATE_ROLE = Action.of(PREFIX, "UpdateRole");

  /** {@code iam:UpdateRoleDescription}: Permissions management; on role. */
  public static final Action UPDATE_ROLE_DESCRIPTION = Action.of(PREFIX, "UpdateRoleDescription");

  /** {@code iam:UpdateSAMLProvider}: Permissions management; on saml-provider. */
  public static final Action UPDATE_SAML_PROVIDER = Action.of(PREFIX, "UpdateSAMLProvider");

  /** {@code iam:UpdateSSHPublicKey}: Permissions management; on user. */
  public static final Action UPDATE_SSH_PUBLIC_KEY = Action.of(PREFIX, "UpdateSSHPublicKey");

  /** {@code iam:UpdateServerCertificate}: Permissions management; on server-certificate. */
  public static final Action UPDATE_SERVER_CERTIFICATE = Action.of(PREFIX, "UpdateServerCertificate");

  /** {@code iam:UpdateServiceSpecificCredential}: Permissions management; on user. */
  public static final Action UPDATE_SERVICE_SPECIFIC_CREDENTIAL = Action.of(PREFIX, "UpdateServiceSpecificCredential");

  /** {@code iam:UpdateSigningCertificate}: Permissions management; on user. */
  public static final Action UPDATE_SIGNING_CERTIFICATE = Action.of(PREFIX, "UpdateSigningCertificate");

  /** {@code iam:UpdateUser}: Permissions management; on user. */
  public static final Action UPDATE_USER = Action.of(PREFIX, "UpdateUser");

  /** {@code iam:UploadCloudFrontPublicKey}: Write; on no resource type (give {@code *}). */
  public static final Action UPLOAD_CLOUD_FRONT_PUBLIC_KEY = Action.of(PREFIX, "UploadCloudFrontPublicKey");

  /** {@code iam:UploadSSHPublicKey}: Permissions management; on user. */
  public static final Action UPLOAD_SSH_PUBLIC_KEY = Action.of(PREFIX, "UploadSSHPublicKey");

  /** {@code iam:UploadServerCertificate}: Permissions management; on server-certificate. */
  public static final Action UPLOAD_SERVER_CERTIFICATE = Action.of(PREFIX, "UploadServerCertificate");

  /** {@code iam:UploadSigningCertificate}: Permissions management; on user. */
  public static final Action UPLOAD_SIGNING_CERTIFICATE = Action.of(PREFIX, "UploadSigningCertificate");

  private Iam() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
