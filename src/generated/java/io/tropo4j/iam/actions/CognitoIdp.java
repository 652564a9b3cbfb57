// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Cognito User Pools (prefix {@code cognito-idp}), as the service authorization reference lists them.
 */
public final class CognitoIdp {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cognito-idp";

  /** {@code cognito-idp:AddCustomAttributes}: Write; on userpool. */
  public static final Action ADD_CUSTOM_ATTRIBUTES = Action.of(PREFIX, "AddCustomAttributes");

  /** {@code cognito-idp:AddUserPoolClientSecret}: Write; on userpool. */
  public static final Action ADD_USER_POOL_CLIENT_SECRET = Action.of(PREFIX, "AddUserPoolClientSecret");

  /** {@code cognito-idp:AdminAddUserToGroup}: Write; on userpool. */
  public static final Action ADMIN_ADD_USER_TO_GROUP = Action.of(PREFIX, "AdminAddUserToGroup");

  /** {@code cognito-idp:AdminConfirmSignUp}: Write; on userpool. */
  public static final Action ADMIN_CONFIRM_SIGN_UP = Action.of(PREFIX, "AdminConfirmSignUp");

  /** {@code cognito-idp:AdminCreateUser}: Write; on userpool. */
  public static final Action ADMIN_CREATE_USER = Action.of(PREFIX, "AdminCreateUser");

  /** {@code cognito-idp:AdminDeleteUser}: Write; on userpool. */
  public static final Action ADMIN_DELETE_USER = Action.of(PREFIX, "AdminDeleteUser");

  /** {@code cognito-idp:AdminDeleteUserAttributes}: Write; on userpool. */
  public static final Action ADMIN_DELETE_USER_ATTRIBUTES = Action.of(PREFIX, "AdminDeleteUserAttributes");

  /** {@code cognito-idp:AdminDisableProviderForUser}: Write; on userpool. */
  public static final Action ADMIN_DISABLE_PROVIDER_FOR_USER = Action.of(PREFIX, "AdminDisableProviderForUser");

  /** {@code cognito-idp:AdminDisableUser}: Write; on userpool. */
  public static final Action ADMIN_DISABLE_USER = Action.of(PREFIX, "AdminDisableUser");

  /** {@code cognito-idp:AdminEnableUser}: Write; on userpool. */
  public static final Action ADMIN_ENABLE_USER = Action.of(PREFIX, "AdminEnableUser");

  /** {@code cognito-idp:AdminForgetDevice}: Write; on userpool. */
  public static final Action ADMIN_FORGET_DEVICE = Action.of(PREFIX, "AdminForgetDevice");

  /** {@code cognito-idp:AdminGetDevice}: Read; on userpool. */
  public static final Action ADMIN_GET_DEVICE = Action.of(PREFIX, "AdminGetDevice");

  /** {@code cognito-idp:AdminGetUser}: Read; on userpool. */
  public static final Action ADMIN_GET_USER = Action.of(PREFIX, "AdminGetUser");

  /** {@code cognito-idp:AdminInitiateAuth}: Write; on userpool. */
  public static final Action ADMIN_INITIATE_AUTH = Action.of(PREFIX, "AdminInitiateAuth");

  /** {@code cognito-idp:AdminLinkProviderForUser}: Write; on userpool. */
  public static final Action ADMIN_LINK_PROVIDER_FOR_USER = Action.of(PREFIX, "AdminLinkProviderForUser");

  /** {@code cognito-idp:AdminListDevices}: List; on userpool. */
  public static final Action ADMIN_LIST_DEVICES = Action.of(PREFIX, "AdminListDevices");

  /** {@code cognito-idp:AdminListGroupsForUser}: List; on userpool. */
  public static final Action ADMIN_LIST_GROUPS_FOR_USER = Action.of(PREFIX, "AdminListGroupsForUser");

  /** {@code cognito-idp:AdminListUserAuthEvents}: Read; on userpool. */
  public static final Action ADMIN_LIST_USER_AUTH_EVENTS = Action.of(PREFIX, "AdminListUserAuthEvents");

  /** {@code cognito-idp:AdminRemoveUserFromGroup}: Write; on userpool. */
  public static final Action ADMIN_REMOVE_USER_FROM_GROUP = Action.of(PREFIX, "AdminRemoveUserFromGroup");

  /** {@code cognito-idp:AdminResetUserPassword}: Write; on userpool. */
  public static final Action ADMIN_RESET_USER_PASSWORD = Action.of(PREFIX, "AdminResetUserPassword");

  /** {@code cognito-idp:AdminRespondToAuthChallenge}: Write; on userpool. */
  public static final Action ADMIN_RESPOND_TO_AUTH_CHALLENGE = Action.of(PREFIX, "AdminRespondToAuthChallenge");

  /** {@code cognito-idp:AdminSetUserMFAPreference}: Write; on userpool. */
  public static final Action ADMIN_SET_USER_MFA_PREFERENCE = Action.of(PREFIX, "AdminSetUserMFAPreference");

  /** {@code cognito-idp:AdminSetUserPassword}: Write; on userpool. */
  public static final Action ADMIN_SET_USER_PASSWORD = Action.of(PREFIX, "AdminSetUserPassword");

  /** {@code cognito-idp:AdminSetUserSettings}: Write; on userpool. */
  public static final Action ADMIN_SET_USER_SETTINGS = Action.of(PREFIX, "AdminSetUserSettings");

  /** {@code cognito-idp:AdminUpdateAuthEventFeedback}: Write; on userpool. */
  public static final Action ADMIN_UPDATE_AUTH_EVENT_FEEDBACK = Action.of(PREFIX, "AdminUpdateAuthEventFeedback");

  /** {@code cognito-idp:AdminUpdateDeviceStatus}: Write; on userpool. */
  public static final Action ADMIN_UPDATE_DEVICE_STATUS = Action.of(PREFIX, "AdminUpdateDeviceStatus");

  /** {@code cognito-idp:AdminUpdateUserAttributes}: Write; on userpool. */
  public static final Action ADMIN_UPDATE_USER_ATTRIBUTES = Action.of(PREFIX, "AdminUpdateUserAttributes");

  /** {@code cognito-idp:AdminUserGlobalSignOut}: Write; on userpool. */
  public static final Action ADMIN_USER_GLOBAL_SIGN_OUT = Action.of(PREFIX, "AdminUserGlobalSignOut");

  /** {@code cognito-idp:AssociateSoftwareToken}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_SOFTWARE_TOKEN = Action.of(PREFIX, "AssociateSoftwareToken");

  /** {@code cognito-idp:AssociateWebACL}: Write; on userpool, webacl. */
  public static final Action ASSOCIATE_WEB_ACL = Action.of(PREFIX, "AssociateWebACL");

  /** {@code cognito-idp:ChangePassword}: Write; on no resource type (give {@code *}). */
  public static final Action CHANGE_PASSWORD = Action.of(PREFIX, "ChangePassword");

  /** {@code cognito-idp:ConfirmDevice}: Write; on no resource type (give {@code *}). */
  public static final Action CONFIRM_DEVICE = Action.of(PREFIX, "ConfirmDevice");

  /** {@code cognito-idp:ConfirmForgotPassword}: Write; on no resource type (give {@code *}). */
  public static final Action CONFIRM_FORGOT_PASSWORD = Action.of(PREFIX, "ConfirmForgotPassword");

  /** {@code cognito-idp:ConfirmSignUp}: Write; on no resource type (give {@code *}). */
  public static final Action CONFIRM_SIGN_UP = Action.of(PREFIX, "ConfirmSignUp");

  /** {@code cognito-idp:CreateGroup}: Write; on userpool. */
  public static final Action CREATE_GROUP = Action.of(PREFIX, "CreateGroup");

  /** {@code cognito-idp:CreateIdentityProvider}: Write; on userpool. */
  public static final Action CREATE_IDENTITY_PROVIDER = Action.of(PREFIX, "CreateIdentityProvider");

  /** {@code cognito-idp:CreateManagedLoginBranding}: Write; on userpool. */
  public static final Action CREATE_MANAGED_LOGIN_BRANDING = Action.of(PREFIX, "CreateManagedLoginBranding");

  /** {@code cognito-idp:CreateResourceServer}: Write; on userpool. */
  public static final Action CREATE_RESOURCE_SERVER = Action.of(PREFIX, "CreateResourceServer");

  /** {@code cognito-idp:CreateTerms}: Write; on userpool. */
  public static final Action CREATE_TERMS = Action.of(PREFIX, "CreateTerms");

  /** {@code cognito-idp:CreateUserImportJob}: Write; on userpool. */
  public static final Action CREATE_USER_IMPORT_JOB = Action.of(PREFIX, "CreateUserImportJob");

  /** {@code cognito-idp:CreateUserPool}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_USER_POOL = Action.of(PREFIX, "CreateUserPool");

  /** {@code cognito-idp:CreateUserPoolClient}: Write; on userpool. */
  public static final Action CREATE_USER_POOL_CLIENT = Action.of(PREFIX, "CreateUserPoolClient");

  /** {@code cognito-idp:CreateUserPoolDomain}: Write; on userpool. */
  public static final Action CREATE_USER_POOL_DOMAIN = Action.of(PREFIX, "CreateUserPoolDomain");

  /** {@code cognito-idp:DeleteGroup}: Write; on userpool. */
  public static final Action DELETE_GROUP = Action.of(PREFIX, "DeleteGroup");

  /** {@code cognito-idp:DeleteIdentityProvider}: Write; on userpool. */
  public static final Action DELETE_IDENTITY_PROVIDER = Action.of(PREFIX, "DeleteIdentityProvider");

  /** {@code cognito-idp:DeleteManagedLoginBranding}: Write; on userpool. */
  public static final Action DELETE_MANAGED_LOGIN_BRANDING = Action.of(PREFIX, "DeleteManagedLoginBranding");

  /** {@code cognito-idp:DeleteResourceServer}: Write; on userpool. */
  public static final Action DELETE_RESOURCE_SERVER = Action.of(PREFIX, "DeleteResourceServer");

  /** {@code cognito-idp:DeleteTerms}: Write; on userpool. */
  public static final Action DELETE_TERMS = Action.of(PREFIX, "DeleteTerms");

  /** {@code cognito-idp:DeleteUser}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code cognito-idp:DeleteUserAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_USER_ATTRIBUTES = Action.of(PREFIX, "DeleteUserAttributes");

  /** {@code cognito-idp:DeleteUserPool}: Write; on userpool. */
  public static final Action DELETE_USER_POOL = Action.of(PREFIX, "DeleteUserPool");

  /** {@code cognito-idp:DeleteUserPoolClient}: Write; on userpool. */
  public static final Action DELETE_USER_POOL_CLIENT = Action.of(PREFIX, "DeleteUserPoolClient");

  /** {@code cognito-idp:DeleteUserPoolClientSecret}: Write; on userpool. */
  public static final Action DELETE_USER_POOL_CLIENT_SECRET = Action.of(PREFIX, "DeleteUserPoolClientSecret");

  /** {@code cognito-idp:DeleteUserPoolDomain}: Write; on userpool. */
  public static final Action DELETE_USER_POOL_DOMAIN = Action.of(PREFIX, "DeleteUserPoolDomain");

  /** {@code cognito-idp:DescribeIdentityProvider}: Read; on userpool. */
  public static final Action DESCRIBE_IDENTITY_PROVIDER = Action.of(PREFIX, "DescribeIdentityProvider");

  /** {@code cognito-idp:DescribeManagedLoginBranding}: Read; on userpool. */
  public static final Action DESCRIBE_MANAGED_LOGIN_BRANDING = Action.of(PREFIX, "DescribeManagedLoginBranding");

  /** {@code cognito-idp:DescribeManagedLoginBrandingByClient}: Read; on userpool. */
  public static final Action DESCRIBE_MANAGED_LOGIN_BRANDING_BY_CLIENT = Action.of(PREFIX, "DescribeManagedLoginBrandingByClient");

  /** {@code cognito-idp:DescribeResourceServer}: Read; on userpool. */
  public static final Action DESCRIBE_RESOURCE_SERVER = Action.of(PREFIX, "DescribeResourceServer");

  /** {@code cognito-idp:DescribeRiskConfiguration}: Read; on userpool. */
  public static final Action DESCRIBE_RISK_CONFIGURATION = Action.of(PREFIX, "DescribeRiskConfiguration");

  /** {@code cognito-idp:DescribeTerms}: Read; on userpool. */
  public static final Action DESCRIBE_TERMS = Action.of(PREFIX, "DescribeTerms");

  /** {@code cognito-idp:DescribeUserImportJob}: Read; on userpool. */
  public static final Action DESCRIBE_USER_IMPORT_JOB = Action.of(PREFIX, "DescribeUserImportJob");

  /** {@code cognito-idp:DescribeUserPool}: Read; on userpool. */
  public static final Action DESCRIBE_USER_POOL = Action.of(PREFIX, "DescribeUserPool");

  /** {@code cognito-idp:DescribeUserPoolClient}: Read; on userpool. */
  public static final Action DESCRIBE_USER_POOL_CLIENT = Action.of(PREFIX, "DescribeUserPoolClient");

  /** {@code cognito-idp:DescribeUserPoolDomain}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_USER_POOL_DOMAIN = Action.of(PREFIX, "DescribeUserPoolDomain");

  /** {@code cognito-idp:DisassociateWebACL}: Write; on userpool. */
  public static final Action DISASSOCIATE_WEB_ACL = Action.of(PREFIX, "DisassociateWebACL");

  /** {@code cognito-idp:ForgetDevice}: Write; on no resource type (give {@code *}). */
  public static final Action FORGET_DEVICE = Action.of(PREFIX, "ForgetDevice");

  /** {@code cognito-idp:ForgotPassword}: Write; on no resource type (give {@code *}). */
  public static final Action FORGOT_PASSWORD = Action.of(PREFIX, "ForgotPassword");

  /** {@code cognito-idp:GetCSVHeader}: Read; on userpool. */
  public static final Action GET_CSV_HEADER = Action.of(PREFIX, "GetCSVHeader");

  /** {@code cognito-idp:GetDevice}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEVICE = Action.of(PREFIX, "GetDevice");

  /** {@code cognito-idp:GetGroup}: Read; on userpool. */
  public static final Action GET_GROUP = Action.of(PREFIX, "GetGroup");

  /** {@code cognito-idp:GetIdentityProviderByIdentifier}: Read; on userpool. */
  public static final Action GET_IDENTITY_PROVIDER_BY_IDENTIFIER = Action.of(PREFIX, "GetIdentityProviderByIdentifier");

  /** {@code cognito-idp:GetLogDeliveryConfiguration}: Read; on userpool. */
  public static final Action GET_LOG_DELIVERY_CONFIGURATION = Action.of(PREFIX, "GetLogDeliveryConfiguration");

  /** {@code cognito-idp:GetSigningCertificate}: Read; on userpool. */
  public static final Action GET_SIGNING_CERTIFICATE = Action.of(PREFIX, "GetSigningCertificate");

  /** {@code cognito-idp:GetTokensFromRefreshToken}: Write; on no resource type (give {@code *}). */
  public static final Action GET_TOKENS_FROM_REFRESH_TOKEN = Action.of(PREFIX, "GetTokensFromRefreshToken");

  /** {@code cognito-idp:GetUICustomization}: Read; on userpool. */
  public static final Action GET_UI_CUSTOMIZATION = Action.of(PREFIX, "GetUICustomization");

  /** {@code cognito-idp:GetUser}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USER = Action.of(PREFIX, "GetUser");

  /** {@code cognito-idp:GetUserAttributeVerificationCode}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USER_ATTRIBUTE_VERIFICATION_CODE = Action.of(PREFIX, "GetUserAttributeVerificationCode");

  /** {@code cognito-idp:GetUserPoolMfaConfig}: Read; on userpool. */
  public static final Action GET_USER_POOL_MFA_CONFIG = Action.of(PREFIX, "GetUserPoolMfaConfig");

  /** {@code cognito-idp:GetWebACLForResource}: Read; on userpool. */
  public static final Action GET_WEB_ACL_FOR_RESOURCE = Action.of(PREFIX, "GetWebACLForResource");

  /** {@code cognito-idp:GlobalSignOut}: Write; on no resource type (give {@code *}). */
  public static final Action GLOBAL_SIGN_OUT = Action.of(PREFIX, "GlobalSignOut");

  /** {@code cognito-idp:InitiateAuth}: Write; on no resource type (give {@code *}). */
  public static final Action INITIATE_AUTH = Action.of(PREFIX, "InitiateAuth");

  /** {@code cognito-idp:ListDevices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEVICES = Action.of(PREFIX, "ListDevices");

  /** {@code cognito-idp:ListGroups}: List; on userpool. */
  public static final Action LIST_GROUPS = Action.of(PREFIX, "ListGroups");

  /** {@code cognito-idp:ListIdentityProviders}: List; on userpool. */
  public static final Action LIST_IDENTITY_PROVIDERS = Action.of(PREFIX, "ListIdentityProviders");

  /** {@code cognito-idp:ListResourceServers}: List; on userpool. */
  public static final Action LIST_RESOURCE_SERVERS = Action.of(PREFIX, "ListResourceServers");

  /** {@code cognito-idp:ListResourcesForWebACL}: List; on webacl. */
  public static final Action LIST_RESOURCES_FOR_WEB_ACL = Action.of(PREFIX, "ListResourcesForWebACL");

  /** {@code cognito-idp:ListTagsForResource}: List; on userpool. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code cognito-idp:ListTerms}: List; on userpool. */
  public static final Action LIST_TERMS = Action.of(PREFIX, "ListTerms");

  /** {@code cognito-idp:ListUserImportJobs}: List; on userpool. */
  public static final Action LIST_USER_IMPORT_JOBS = Action.of(PREFIX, "ListUserImportJobs");

  /** {@code cognito-idp:ListUserPoolClientSecrets}: List; on userpool. */
  public static final Action LIST_USER_POOL_CLIENT_SECRETS = Action.of(PREFIX, "ListUserPoolClientSecrets");

  /** {@code cognito-idp:ListUserPoolClients}: List; on userpool. */
  public static final Action LIST_USER_POOL_CLIENTS = Action.of(PREFIX, "ListUserPoolClients");

  /** {@code cognito-idp:ListUserPools}: List; on no resource type (give {@code *}). */
  public static final Action LIST_USER_POOLS = Action.of(PREFIX, "ListUserPools");

  /** {@code cognito-idp:ListUsers}: List; on userpool. */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code cognito-idp:ListUsersInGroup}: List; on userpool. */
  public static final Action LIST_USERS_IN_GROUP = Action.of(PREFIX, "ListUsersInGroup");

  /** {@code cognito-idp:ResendConfirmationCode}: Write; on no resource type (give {@code *}). */
  public static final Action RESEND_CONFIRMATION_CODE = Action.of(PREFIX, "ResendConfirmationCode");

  /** {@code cognito-idp:RespondToAuthChallenge}: Write; on no resource type (give {@code *}). */
  public static final Action RESPOND_TO_AUTH_CHALLENGE = Action.of(PREFIX, "RespondToAuthChallenge");

  /** {@code cognito-idp:RevokeToken}: Write; on no resource type (give {@code *}). */
  public static final Action REVOKE_TOKEN = Action.of(PREFIX, "RevokeToken");

  /** {@code cognito-idp:SetLogDeliveryConfiguration}: Write; on userpool. */
  public static final Action SET_LOG_DELIVERY_CONFIGURATION = Action.of(PREFIX, "SetLogDeliveryConfiguration");

  /** {@code cognito-idp:SetRiskConfiguration}: Write; on userpool. */
  public static final Action SET_RISK_CONFIGURATION = Action.of(PREFIX, "SetRiskConfiguration");

  /** {@code cognito-idp:SetUICustomization}: Write; on userpool. */
  public static final Action SET_UI_CUSTOMIZATION = Action.of(PREFIX, "SetUICustomization");

  /** {@code cognito-idp:SetUserMFAPreference}: Write; on no resource type (give {@code *}). */
  public static final Action SET_USER_MFA_PREFERENCE = Action.of(PREFIX, "SetUserMFAPreference");

  /** {@code cognito-idp:SetUserPoolMfaConfig}: Write; on userpool. */
  public static final Action SET_USER_POOL_MFA_CONFIG = Action.of(PREFIX, "SetUserPoolMfaConfig");

  /** {@code cognito-idp:SetUserSettings}: Write; on no resource type (give {@code *}). */
  public static final Action SET_USER_SETTINGS = Action.of(PREFIX, "SetUserSettings");

  /** {@code cognito-idp:SignUp}: Write; on no resource type (give {@code *}). */
  public static final Action SIGN_UP = Action.of(PREFIX, "SignUp");

  /** {@code cognito-idp:StartUserImportJob}: Write; on userpool. */
  public static final Action START_USER_IMPORT_JOB = Action.of(PREFIX, "StartUserImportJob");

  /** {@code cognito-idp:StopUserImportJob}: Write; on userpool. */
  public static final Action STOP_USER_IMPORT_JOB = Action.of(PREFIX, "StopUserImportJob");

  /** {@code cognito-idp:TagResource}: Tagging; on userpool. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code cognito-idp:UntagResource}: Tagging; on userpool. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code cognito-idp:UpdateAuthEventFeedback}: Write; on userpool. */
  public static final Action UPDATE_AUTH_EVENT_FEEDBACK = Action.of(PREFIX, "UpdateAuthEventFeedback");

  /** {@code cognito-idp:UpdateDeviceStatus}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DEVICE_STATUS = Action.of(PREFIX, "UpdateDeviceStatus");

  /** {@code cognito-idp:UpdateGroup}: Write; on userpool. */
  public static final Action UPDATE_GROUP = Action.of(PREFIX, "UpdateGroup");

  /** {@code cognito-idp:UpdateIdentityProvider}: Write; on userpool. */
  public static final Action UPDATE_IDENTITY_PROVIDER = Action.of(PREFIX, "UpdateIdentityProvider");

  /** {@code cognito-idp:UpdateManagedLoginBranding}: Write; on userpool. */
  public static final Action UPDATE_MANAGED_LOGIN_BRANDING = Action.of(PREFIX, "UpdateManagedLoginBranding");

  /** {@code cognito-idp:UpdateResourceServer}: Write; on userpool. */
  public static final Action UPDATE_RESOURCE_SERVER = Action.of(PREFIX, "UpdateResourceServer");

  /** {@code cognito-idp:UpdateTerms}: Write; on userpool. */
  public static final Action UPDATE_TERMS = Action.of(PREFIX, "UpdateTerms");

  /** {@code cognito-idp:UpdateUserAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_USER_ATTRIBUTES = Action.of(PREFIX, "UpdateUserAttributes");

  /** {@code cognito-idp:UpdateUserPool}: Write; on userpool. */
  public static final Action UPDATE_USER_POOL = Action.of(PREFIX, "UpdateUserPool");

  /** {@code cognito-idp:UpdateUserPoolClient}: Write; on userpool. */
  public static final Action UPDATE_USER_POOL_CLIENT = Action.of(PREFIX, "UpdateUserPoolClient");

  /** {@code cognito-idp:UpdateUserPoolDomain}: Write; on userpool. */
  public static final Action UPDATE_USER_POOL_DOMAIN = Action.of(PREFIX, "UpdateUserPoolDomain");

  /** {@code cognito-idp:VerifySoftwareToken}: Write; on no resource type (give {@code *}). */
  public static final Action VERIFY_SOFTWARE_TOKEN = Action.of(PREFIX, "VerifySoftwareToken");

  /** {@code cognito-idp:VerifyUserAttribute}: Write; on no resource type (give {@code *}). */
  public static final Action VERIFY_USER_ATTRIBUTE = Action.of(PREFIX, "VerifyUserAttribute");

  private CognitoIdp() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
