// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IAM Identity Center (prefix {@code sso}), as the service authorization reference lists them.
 */
public final class Sso {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sso";

  /** {@code sso:AddRegion}: Write; on Instance. */
  public static final Action ADD_REGION = Action.of(PREFIX, "AddRegion");

  /** {@code sso:AssociateDirectory}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_DIRECTORY = Action.of(PREFIX, "AssociateDirectory");

  /** {@code sso:AssociateProfile}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_PROFILE = Action.of(PREFIX, "AssociateProfile");

  /** {@code sso:AttachCustomerManagedPolicyReferenceToPermissionSet}: Permissions management; on Instance, PermissionSet. */
  public static final Action ATTACH_CUSTOMER_MANAGED_POLICY_REFERENCE_TO_PERMISSION_SET = Action.of(PREFIX, "AttachCustomerManagedPolicyReferenceToPermissionSet");

  /** {@code sso:AttachManagedPolicyToPermissionSet}: Permissions management; on Instance, PermissionSet. */
  public static final Action ATTACH_MANAGED_POLICY_TO_PERMISSION_SET = Action.of(PREFIX, "AttachManagedPolicyToPermissionSet");

  /** {@code sso:CreateAccountAssignment}: Write; on Account, Instance, PermissionSet. */
  public static final Action CREATE_ACCOUNT_ASSIGNMENT = Action.of(PREFIX, "CreateAccountAssignment");

  /** {@code sso:CreateApplication}: Write; on Application, ApplicationProvider, Instance. */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code sso:CreateApplicationAssignment}: Write; on Application. */
  public static final Action CREATE_APPLICATION_ASSIGNMENT = Action.of(PREFIX, "CreateApplicationAssignment");

  /** {@code sso:CreateApplicationInstance}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION_INSTANCE = Action.of(PREFIX, "CreateApplicationInstance");

  /** {@code sso:CreateApplicationInstanceCertificate}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION_INSTANCE_CERTIFICATE = Action.of(PREFIX, "CreateApplicationInstanceCertificate");

  /** {@code sso:CreateInstance}: Write; on Instance. */
  public static final Action CREATE_INSTANCE = Action.of(PREFIX, "CreateInstance");

  /** {@code sso:CreateInstanceAccessControlAttributeConfiguration}: Write; on Instance. */
  public static final Action CREATE_INSTANCE_ACCESS_CONTROL_ATTRIBUTE_CONFIGURATION = Action.of(PREFIX, "CreateInstanceAccessControlAttributeConfiguration");

  /** {@code sso:CreateManagedApplicationInstance}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MANAGED_APPLICATION_INSTANCE = Action.of(PREFIX, "CreateManagedApplicationInstance");

  /** {@code sso:CreatePermissionSet}: Permissions management; on Instance, PermissionSet. */
  public static final Action CREATE_PERMISSION_SET = Action.of(PREFIX, "CreatePermissionSet");

  /** {@code sso:CreateProfile}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_PROFILE = Action.of(PREFIX, "CreateProfile");

  /** {@code sso:CreateTrust}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_TRUST = Action.of(PREFIX, "CreateTrust");

  /** {@code sso:CreateTrustedTokenIssuer}: Write; on Instance, TrustedTokenIssuer. */
  public static final Action CREATE_TRUSTED_TOKEN_ISSUER = Action.of(PREFIX, "CreateTrustedTokenIssuer");

  /** {@code sso:DeleteAccountAssignment}: Write; on Account, Instance, PermissionSet. */
  public static final Action DELETE_ACCOUNT_ASSIGNMENT = Action.of(PREFIX, "DeleteAccountAssignment");

  /** {@code sso:DeleteApplication}: Write; on Application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code sso:DeleteApplicationAccessScope}: Write; on Application. */
  public static final Action DELETE_APPLICATION_ACCESS_SCOPE = Action.of(PREFIX, "DeleteApplicationAccessScope");

  /** {@code sso:DeleteApplicationAssignment}: Write; on Application. */
  public static final Action DELETE_APPLICATION_ASSIGNMENT = Action.of(PREFIX, "DeleteApplicationAssignment");

  /** {@code sso:DeleteApplicationAuthenticationMethod}: Write; on Application. */
  public static final Action DELETE_APPLICATION_AUTHENTICATION_METHOD = Action.of(PREFIX, "DeleteApplicationAuthenticationMethod");

  /** {@code sso:DeleteApplicationGrant}: Write; on Application. */
  public static final Action DELETE_APPLICATION_GRANT = Action.of(PREFIX, "DeleteApplicationGrant");

  /** {@code sso:DeleteApplicationInstance}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_APPLICATION_INSTANCE = Action.of(PREFIX, "DeleteApplicationInstance");

  /** {@code sso:DeleteApplicationInstanceCertificate}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_APPLICATION_INSTANCE_CERTIFICATE = Action.of(PREFIX, "DeleteApplicationInstanceCertificate");

  /** {@code sso:DeleteInlinePolicyFromPermissionSet}: Write; on Instance, PermissionSet. */
  public static final Action DELETE_INLINE_POLICY_FROM_PERMISSION_SET = Action.of(PREFIX, "DeleteInlinePolicyFromPermissionSet");

  /** {@code sso:DeleteInstance}: Write; on Instance. */
  public static final Action DELETE_INSTANCE = Action.of(PREFIX, "DeleteInstance");

  /** {@code sso:DeleteInstanceAccessControlAttributeConfiguration}: Write; on Instance. */
  public static final Action DELETE_INSTANCE_ACCESS_CONTROL_ATTRIBUTE_CONFIGURATION = Action.of(PREFIX, "DeleteInstanceAccessControlAttributeConfiguration");

  /** {@code sso:DeleteManagedApplicationInstance}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_MANAGED_APPLICATION_INSTANCE = Action.of(PREFIX, "DeleteManagedApplicationInstance");

  /** {@code sso:DeletePermissionSet}: Permissions management; on Instance, PermissionSet. */
  public static final Action DELETE_PERMISSION_SET = Action.of(PREFIX, "DeletePermissionSet");

  /** {@code sso:DeletePermissionsBoundaryFromPermissionSet}: Permissions management; on Instance, PermissionSet. */
  public static final Action DELETE_PERMISSIONS_BOUNDARY_FROM_PERMISSION_SET = Action.of(PREFIX, "DeletePermissionsBoundaryFromPermissionSet");

  /** {@code sso:DeleteProfile}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_PROFILE = Action.of(PREFIX, "DeleteProfile");

  /** {@code sso:DeleteTrustedTokenIssuer}: Write; on TrustedTokenIssuer. */
  public static final Action DELETE_TRUSTED_TOKEN_ISSUER = Action.of(PREFIX, "DeleteTrustedTokenIssuer");

  /** {@code sso:DescribeAccountAssignmentCreationStatus}: Read; on Instance. */
  public static final Action DESCRIBE_ACCOUNT_ASSIGNMENT_CREATION_STATUS = Action.of(PREFIX, "DescribeAccountAssignmentCreationStatus");

  /** {@code sso:DescribeAccountAssignmentDeletionStatus}: Read; on Instance. */
  public static final Action DESCRIBE_ACCOUNT_ASSIGNMENT_DELETION_STATUS = Action.of(PREFIX, "DescribeAccountAssignmentDeletionStatus");

  /** {@code sso:DescribeApplication}: Read; on Application. */
  public static final Action DESCRIBE_APPLICATION = Action.of(PREFIX, "DescribeApplication");

  /** {@code sso:DescribeApplicationAssignment}: Read; on Application. */
  public static final Action DESCRIBE_APPLICATION_ASSIGNMENT = Action.of(PREFIX, "DescribeApplicationAssignment");

  /** {@code sso:DescribeApplicationProvider}: Read; on ApplicationProvider. */
  public static final Action DESCRIBE_APPLICATION_PROVIDER = Action.of(PREFIX, "DescribeApplicationProvider");

  /** {@code sso:DescribeInstance}: Read; on Instance. */
  public static final Action DESCRIBE_INSTANCE = Action.of(PREFIX, "DescribeInstance");

  /** {@code sso:DescribeInstanceAccessControlAttributeConfiguration}: Read; on Instance. */
  public static final Action DESCRIBE_INSTANCE_ACCESS_CONTROL_ATTRIBUTE_CONFIGURATION = Action.of(PREFIX, "DescribeInstanceAccessControlAttributeConfiguration");

  /** {@code sso:DescribePermissionSet}: Read; on Instance, PermissionSet. */
  public static final Action DESCRIBE_PERMISSION_SET = Action.of(PREFIX, "DescribePermissionSet");

  /** {@code sso:DescribePermissionSetProvisioningStatus}: Read; on Instance. */
  public static final Action DESCRIBE_PERMISSION_SET_PROVISIONING_STATUS = Action.of(PREFIX, "DescribePermissionSetProvisioningStatus");

  /** {@code sso:DescribeRegion}: Read; on Instance. */
  public static final Action DESCRIBE_REGION = Action.of(PREFIX, "DescribeRegion");

  /** {@code sso:DescribeRegisteredRegions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REGISTERED_REGIONS = Action.of(PREFIX, "DescribeRegisteredRegions");

  /** {@code sso:DescribeTrustedTokenIssuer}: Read; on TrustedTokenIssuer. */
  public static final Action DESCRIBE_TRUSTED_TOKEN_ISSUER = Action.of(PREFIX, "DescribeTrustedTokenIssuer");

  /** {@code sso:DetachCustomerManagedPolicyReferenceFromPermissionSet}: Permissions management; on Instance, PermissionSet. */
  public static final Action DETACH_CUSTOMER_MANAGED_POLICY_REFERENCE_FROM_PERMISSION_SET = Action.of(PREFIX, "DetachCustomerManagedPolicyReferenceFromPermissionSet");

  /** {@code sso:DetachManagedPolicyFromPermissionSet}: Permissions management; on Instance, PermissionSet. */
  public static final Action DETACH_MANAGED_POLICY_FROM_PERMISSION_SET = Action.of(PREFIX, "DetachManagedPolicyFromPermissionSet");

  /** {@code sso:DisassociateDirectory}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_DIRECTORY = Action.of(PREFIX, "DisassociateDirectory");

  /** {@code sso:DisassociateProfile}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_PROFILE = Action.of(PREFIX, "DisassociateProfile");

  /** {@code sso:GetApplicationAccessScope}: Read; on Application. */
  public static final Action GET_APPLICATION_ACCESS_SCOPE = Action.of(PREFIX, "GetApplicationAccessScope");

  /** {@code sso:GetApplicationAssignmentConfiguration}: Read; on Application. */
  public static final Action GET_APPLICATION_ASSIGNMENT_CONFIGURATION = Action.of(PREFIX, "GetApplicationAssignmentConfiguration");

  /** {@code sso:GetApplicationAuthenticationMethod}: Read; on Application. */
  public static final Action GET_APPLICATION_AUTHENTICATION_METHOD = Action.of(PREFIX, "GetApplicationAuthenticationMethod");

  /** {@code sso:GetApplicationGrant}: Read; on Application. */
  public static final Action GET_APPLICATION_GRANT = Action.of(PREFIX, "GetApplicationGrant");

  /** {@code sso:GetApplicationInstance}: Read; on no resource type (give {@code *}). */
  public static final Action GET_APPLICATION_INSTANCE = Action.of(PREFIX, "GetApplicationInstance");

  /** {@code sso:GetApplicationSessionConfiguration}: Read; on Application. */
  public static final Action GET_APPLICATION_SESSION_CONFIGURATION = Action.of(PREFIX, "GetApplicationSessionConfiguration");

  /** {@code sso:GetApplicationTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action GET_APPLICATION_TEMPLATE = Action.of(PREFIX, "GetApplicationTemplate");

  /** {@code sso:GetInlinePolicyForPermissionSet}: Read; on Instance, PermissionSet. */
  public static final Action GET_INLINE_POLICY_FOR_PERMISSION_SET = Action.of(PREFIX, "GetInlinePolicyForPermissionSet");

  /** {@code sso:GetManagedApplicationInstance}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MANAGED_APPLICATION_INSTANCE = Action.of(PREFIX, "GetManagedApplicationInstance");

  /** {@code sso:GetMfaDeviceManagementForDirectory}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MFA_DEVICE_MANAGEMENT_FOR_DIRECTORY = Action.of(PREFIX, "GetMfaDeviceManagementForDirectory");

  /** {@code sso:GetPermissionSet}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PERMISSION_SET = Action.of(PREFIX, "GetPermissionSet");

  /** {@code sso:GetPermissionsBoundaryForPermissionSet}: Read; on Instance, PermissionSet. */
  public static final Action GET_PERMISSIONS_BOUNDARY_FOR_PERMISSION_SET = Action.of(PREFIX, "GetPermissionsBoundaryForPermissionSet");

  /** {@code sso:GetProfile}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PROFILE = Action.of(PREFIX, "GetProfile");

  /** {@code sso:GetSSOStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SSO_STATUS = Action.of(PREFIX, "GetSSOStatus");

  /** {@code sso:GetSharedSsoConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SHARED_SSO_CONFIGURATION = Action.of(PREFIX, "GetSharedSsoConfiguration");

  /** {@code sso:GetSsoConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SSO_CONFIGURATION = Action.of(PREFIX, "GetSsoConfiguration");

  /** {@code sso:GetTrust}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TRUST = Action.of(PREFIX, "GetTrust");

  /** {@code sso:ImportApplicationInstanceServiceProviderMetadata}: Permissions management; on no resource type (give {@code *}). */
  public static final Action IMPORT_APPLICATION_INSTANCE_SERVICE_PROVIDER_METADATA = Action.of(PREFIX, "ImportApplicationInstanceServiceProviderMetadata");

  /** {@code sso:ListAccountAssignmentCreationStatus}: List; on Instance. */
  public static final Action LIST_ACCOUNT_ASSIGNMENT_CREATION_STATUS = Action.of(PREFIX, "ListAccountAssignmentCreationStatus");

  /** {@code sso:ListAccountAssignmentDeletionStatus}: List; on Instance. */
  public static final Action LIST_ACCOUNT_ASSIGNMENT_DELETION_STATUS = Action.of(PREFIX, "ListAccountAssignmentDeletionStatus");

  /** {@code sso:ListAccountAssignments}: List; on Account, Instance, PermissionSet. */
  public static final Action LIST_ACCOUNT_ASSIGNMENTS = Action.of(PREFIX, "ListAccountAssignments");

  /** {@code sso:ListAccountAssignmentsForPrincipal}: List; on Instance. */
  public static final Action LIST_ACCOUNT_ASSIGNMENTS_FOR_PRINCIPAL = Action.of(PREFIX, "ListAccountAssignmentsForPrincipal");

  /** {@code sso:ListAccountsForProvisionedPermissionSet}: List; on Instance, PermissionSet. */
  public static final Action LIST_ACCOUNTS_FOR_PROVISIONED_PERMISSION_SET = Action.of(PREFIX, "ListAccountsForProvisionedPermissionSet");

  /** {@code sso:ListApplicationAccessScopes}: List; on Application. */
  public static final Action LIST_APPLICATION_ACCESS_SCOPES = Action.of(PREFIX, "ListApplicationAccessScopes");

  /** {@code sso:ListApplicationAssignments}: List; on Application. */
  public static final Action LIST_APPLICATION_ASSIGNMENTS = Action.of(PREFIX, "ListApplicationAssignments");

  /** {@code sso:ListApplicationAssignmentsForPrincipal}: List; on Instance. */
  public static final Action LIST_APPLICATION_ASSIGNMENTS_FOR_PRINCIPAL = Action.of(PREFIX, "ListApplicationAssignmentsForPrincipal");

  /** {@code sso:ListApplicationAuthenticationMethods}: List; on Application. */
  public static final Action LIST_APPLICATION_AUTHENTICATION_METHODS = Action.of(PREFIX, "ListApplicationAuthenticationMethods");

  /** {@code sso:ListApplicationGrants}: List; on Application. */
  public static final Action LIST_APPLICATION_GRANTS = Action.of(PREFIX, "ListApplicationGrants");

  /** {@code sso:ListApplicationInstanceCertificates}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATION_INSTANCE_CERTIFICATES = Action.of(PREFIX, "ListApplicationInstanceCertificates");

  /** {@code sso:ListApplicationInstances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATION_INSTANCES = Action.of(PREFIX, "ListApplicationInstances");

  /** {@code sso:ListApplicationProviders}: List; on ApplicationProvider. */
  public static final Action LIST_APPLICATION_PROVIDERS = Action.of(PREFIX, "ListApplicationProviders");

  /** {@code sso:ListApplicationTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATION_TEMPLATES = Action.of(PREFIX, "ListApplicationTemplates");

  /** {@code sso:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code sso:ListCustomerManagedPolicyReferencesInPermissionSet}: List; on Instance, PermissionSet. */
  public static final Action LIST_CUSTOMER_MANAGED_POLICY_REFERENCES_IN_PERMISSION_SET = Action.of(PREFIX, "ListCustomerManagedPolicyReferencesInPermissionSet");

  /** {@code sso:ListDirectoryAssociations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DIRECTORY_ASSOCIATIONS = Action.of(PREFIX, "ListDirectoryAssociations");

  /** {@code sso:ListInstances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INSTANCES = Action.of(PREFIX, "ListInstances");

  /** {@code sso:ListManagedPoliciesInPermissionSet}: List; on Instance, PermissionSet. */
  public static final Action LIST_MANAGED_POLICIES_IN_PERMISSION_SET = Action.of(PREFIX, "ListManagedPoliciesInPermissionSet");

  /** {@code sso:ListPermissionSetProvisioningStatus}: List; on Instance. */
  public static final Action LIST_PERMISSION_SET_PROVISIONING_STATUS = Action.of(PREFIX, "ListPermissionSetProvisioningStatus");

  /** {@code sso:ListPermissionSets}: List; on Instance. */
  public static final Action LIST_PERMISSION_SETS = Action.of(PREFIX, "ListPermissionSets");

  /** {@code sso:ListPermissionSetsProvisionedToAccount}: List; on Account, Instance. */
  public static final Action LIST_PERMISSION_SETS_PROVISIONED_TO_ACCOUNT = Action.of(PREFIX, "ListPermissionSetsProvisionedToAccount");

  /** {@code sso:ListProfileAssociations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PROFILE_ASSOCIATIONS = Action.of(PREFIX, "ListProfileAssociations");

  /** {@code sso:ListProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROFILES = Action.of(PREFIX, "ListProfiles");

  /** {@code sso:ListRegions}: List; on Instance. */
  public static final Action LIST_REGIONS = Action.of(PREFIX, "ListRegions");

  /** {@code sso:ListTagsForResource}: Read; on Application, Instance, PermissionSet, TrustedTokenIssuer. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code sso:ListTrustedTokenIssuers}: List; on Instance. */
  public static final Action LIST_TRUSTED_TOKEN_ISSUERS = Action.of(PREFIX, "ListTrustedTokenIssuers");

  /** {@code sso:ProvisionPermissionSet}: Write; on Account, Instance, PermissionSet. */
  public static final Action PROVISION_PERMISSION_SET = Action.of(PREFIX, "ProvisionPermissionSet");

  /** {@code sso:PutApplicationAccessScope}: Write; on Application. */
  public static final Action PUT_APPLICATION_ACCESS_SCOPE = Action.of(PREFIX, "PutApplicationAccessScope");

  /** {@code sso:PutApplicationAssignmentConfiguration}: Write; on Application. */
  public static final Action PUT_APPLICATION_ASSIGNMENT_CONFIGURATION = Action.of(PREFIX, "PutApplicationAssignmentConfiguration");

  /** {@code sso:PutApplicationAuthenticationMethod}: Write; on Application. */
  public static final Action PUT_APPLICATION_AUTHENTICATION_METHOD = Action.of(PREFIX, "PutApplicationAuthenticationMethod");

  /** {@code sso:PutApplicationGrant}: Write; on Application. */
  public static final Action PUT_APPLICATION_GRANT = Action.of(PREFIX, "PutApplicationGrant");

  /** {@code sso:PutApplicationSessionConfiguration}: Write; on Application. */
  public static final Action PUT_APPLICATION_SESSION_CONFIGURATION = Action.of(PREFIX, "PutApplicationSessionConfiguration");

  /** {@code sso:PutInlinePolicyToPermissionSet}: Write; on Instance, PermissionSet. */
  public static final Action PUT_INLINE_POLICY_TO_PERMISSION_SET = Action.of(PREFIX, "PutInlinePolicyToPermissionSet");

  /** {@code sso:PutMfaDeviceManagementForDirectory}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_MFA_DEVICE_MANAGEMENT_FOR_DIRECTORY = Action.of(PREFIX, "PutMfaDeviceManagementForDirectory");

  /** {@code sso:PutPermissionsBoundaryToPermissionSet}: Permissions management; on Instance, PermissionSet. */
  public static final Action PUT_PERMISSIONS_BOUNDARY_TO_PERMISSION_SET = Action.of(PREFIX, "PutPermissionsBoundaryToPermissionSet");

  /** {@code sso:PutPermissionsPolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_PERMISSIONS_POLICY = Action.of(PREFIX, "PutPermissionsPolicy");

  /** {@code sso:RemoveRegion}: Write; on Instance. */
  public static final Action REMOVE_REGION = Action.of(PREFIX, "RemoveRegion");

  /** {@code sso:SearchGroups}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_GROUPS = Action.of(PREFIX, "SearchGroups");

  /** {@code sso:SearchUsers}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_USERS = Action.of(PREFIX, "SearchUsers");

  /** {@code sso:StartSSO}: Permissions management; on no resource type (give {@code *}). */
  public static final Action START_SSO = Action.of(PREFIX, "StartSSO");

  /** {@code sso:TagResource}: Tagging; on Application, Instance, PermissionSet, TrustedTokenIssuer. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code sso:UntagResource}: Tagging; on Application, Instance, PermissionSet, TrustedTokenIssuer. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code sso:UpdateApplication}: Write; on Application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code sso:UpdateApplicationInstanceActiveCertificate}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPLICATION_INSTANCE_ACTIVE_CERTIFICATE = Action.of(PREFIX, "UpdateApplicationInstanceActiveCertificate");

  /** {@code sso:UpdateApplicationInstanceDisplayData}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPLICATION_INSTANCE_DISPLAY_DATA = Action.of(PREFIX, "UpdateApplicationInstanceDisplayData");

  /** {@code sso:UpdateApplicationInstanceResponseConfiguration}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPLICATION_INSTANCE_RESPONSE_CONFIGURATION = Action.of(PREFIX, "UpdateApplicationInstanceResponseConfiguration");

  /** {@code sso:UpdateApplicationInstanceResponseSchemaConfiguration}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPLICATION_INSTANCE_RESPONSE_SCHEMA_CONFIGURATION = Action.of(PREFIX, "UpdateApplicationInstanceResponseSchemaConfiguration");

  /** {@code sso:UpdateApplicationInstanceSecurityConfiguration}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPLICATION_INSTANCE_SECURITY_CONFIGURATION = Action.of(PREFIX, "UpdateApplicationInstanceSecurityConfiguration");

  /** {@code sso:UpdateApplicationInstanceServiceProviderConfiguration}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPLICATION_INSTANCE_SERVICE_PROVIDER_CONFIGURATION = Action.of(PREFIX, "UpdateApplicationInstanceServiceProviderConfiguration");

  /** {@code sso:UpdateApplicationInstanceStatus}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPLICATION_INSTANCE_STATUS = Action.of(PREFIX, "UpdateApplicationInstanceStatus");

  /** {@code sso:UpdateInstance}: Write; on Instance. */
  public static final Action UPDATE_INSTANCE = Action.of(PREFIX, "UpdateInstance");

  /** {@code sso:UpdateInstanceAccessControlAttributeConfiguration}: Write; on Instance. */
  public static final Action UPDATE_INSTANCE_ACCESS_CONTROL_ATTRIBUTE_CONFIGURATION = Action.of(PREFIX, "UpdateInstanceAccessControlAttributeConfiguration");

  /** {@code sso:UpdateManagedApplicationInstanceStatus}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_MANAGED_APPLICATION_INSTANCE_STATUS = Action.of(PREFIX, "UpdateManagedApplicationInstanceStatus");

  /** {@code sso:UpdatePermissionSet}: Permissions management; on Instance, PermissionSet. */
  public static final Action UPDATE_PERMISSION_SET = Action.of(PREFIX, "UpdatePermissionSet");

  /** {@code sso:UpdateProfile}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_PROFILE = Action.of(PREFIX, "UpdateProfile");

  /** {@code sso:UpdateSSOConfiguration}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_SSO_CONFIGURATION = Action.of(PREFIX, "UpdateSSOConfiguration");

  /** {@code sso:UpdateTrust}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_TRUST = Action.of(PREFIX, "UpdateTrust");

  /** {@code sso:UpdateTrustedTokenIssuer}: Write; on TrustedTokenIssuer. */
  public static final Action UPDATE_TRUSTED_TOKEN_ISSUER = Action.of(PREFIX, "UpdateTrustedTokenIssuer");

  private Sso() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
