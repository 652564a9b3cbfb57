// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon WorkSpaces Secure Browser (prefix {@code workspaces-web}), as the service authorization reference lists them.
 */
public final class WorkspacesWeb {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "workspaces-web";

  /** {@code workspaces-web:AssociateBrowserSettings}: Write; on browserSettings, portal. */
  public static final Action ASSOCIATE_BROWSER_SETTINGS = Action.of(PREFIX, "AssociateBrowserSettings");

  /** {@code workspaces-web:AssociateDataProtectionSettings}: Write; on dataProtectionSettings, portal. */
  public static final Action ASSOCIATE_DATA_PROTECTION_SETTINGS = Action.of(PREFIX, "AssociateDataProtectionSettings");

  /** {@code workspaces-web:AssociateIpAccessSettings}: Write; on ipAccessSettings, portal. */
  public static final Action ASSOCIATE_IP_ACCESS_SETTINGS = Action.of(PREFIX, "AssociateIpAccessSettings");

  /** {@code workspaces-web:AssociateNetworkSettings}: Write; on networkSettings, portal. */
  public static final Action ASSOCIATE_NETWORK_SETTINGS = Action.of(PREFIX, "AssociateNetworkSettings");

  /** {@code workspaces-web:AssociateSessionLogger}: Write; on portal, sessionLogger. */
  public static final Action ASSOCIATE_SESSION_LOGGER = Action.of(PREFIX, "AssociateSessionLogger");

  /** {@code workspaces-web:AssociateTrustStore}: Write; on portal, trustStore. */
  public static final Action ASSOCIATE_TRUST_STORE = Action.of(PREFIX, "AssociateTrustStore");

  /** {@code workspaces-web:AssociateUserAccessLoggingSettings}: Write; on portal, userAccessLoggingSettings. */
  public static final Action ASSOCIATE_USER_ACCESS_LOGGING_SETTINGS = Action.of(PREFIX, "AssociateUserAccessLoggingSettings");

  /** {@code workspaces-web:AssociateUserSettings}: Write; on portal, userSettings. */
  public static final Action ASSOCIATE_USER_SETTINGS = Action.of(PREFIX, "AssociateUserSettings");

  /** {@code workspaces-web:CreateBrowserSettings}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BROWSER_SETTINGS = Action.of(PREFIX, "CreateBrowserSettings");

  /** {@code workspaces-web:CreateDataProtectionSettings}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATA_PROTECTION_SETTINGS = Action.of(PREFIX, "CreateDataProtectionSettings");

  /** {@code workspaces-web:CreateIdentityProvider}: Write; on identityProvider, portal. */
  public static final Action CREATE_IDENTITY_PROVIDER = Action.of(PREFIX, "CreateIdentityProvider");

  /** {@code workspaces-web:CreateIpAccessSettings}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_IP_ACCESS_SETTINGS = Action.of(PREFIX, "CreateIpAccessSettings");

  /** {@code workspaces-web:CreateNetworkSettings}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_NETWORK_SETTINGS = Action.of(PREFIX, "CreateNetworkSettings");

  /** {@code workspaces-web:CreatePortal}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PORTAL = Action.of(PREFIX, "CreatePortal");

  /** {@code workspaces-web:CreateSessionLogger}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SESSION_LOGGER = Action.of(PREFIX, "CreateSessionLogger");

  /** {@code workspaces-web:CreateTrustStore}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TRUST_STORE = Action.of(PREFIX, "CreateTrustStore");

  /** {@code workspaces-web:CreateUserAccessLoggingSettings}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_USER_ACCESS_LOGGING_SETTINGS = Action.of(PREFIX, "CreateUserAccessLoggingSettings");

  /** {@code workspaces-web:CreateUserSettings}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_USER_SETTINGS = Action.of(PREFIX, "CreateUserSettings");

  /** {@code workspaces-web:DeleteBrowserSettings}: Write; on browserSettings. */
  public static final Action DELETE_BROWSER_SETTINGS = Action.of(PREFIX, "DeleteBrowserSettings");

  /** {@code workspaces-web:DeleteDataProtectionSettings}: Write; on dataProtectionSettings. */
  public static final Action DELETE_DATA_PROTECTION_SETTINGS = Action.of(PREFIX, "DeleteDataProtectionSettings");

  /** {@code workspaces-web:DeleteIdentityProvider}: Write; on identityProvider, portal. */
  public static final Action DELETE_IDENTITY_PROVIDER = Action.of(PREFIX, "DeleteIdentityProvider");

  /** {@code workspaces-web:DeleteIpAccessSettings}: Write; on ipAccessSettings. */
  public static final Action DELETE_IP_ACCESS_SETTINGS = Action.of(PREFIX, "DeleteIpAccessSettings");

  /** {@code workspaces-web:DeleteNetworkSettings}: Write; on networkSettings. */
  public static final Action DELETE_NETWORK_SETTINGS = Action.of(PREFIX, "DeleteNetworkSettings");

  /** {@code workspaces-web:DeletePortal}: Write; on portal. */
  public static final Action DELETE_PORTAL = Action.of(PREFIX, "DeletePortal");

  /** {@code workspaces-web:DeleteSessionLogger}: Write; on sessionLogger. */
  public static final Action DELETE_SESSION_LOGGER = Action.of(PREFIX, "DeleteSessionLogger");

  /** {@code workspaces-web:DeleteTrustStore}: Write; on trustStore. */
  public static final Action DELETE_TRUST_STORE = Action.of(PREFIX, "DeleteTrustStore");

  /** {@code workspaces-web:DeleteUserAccessLoggingSettings}: Write; on userAccessLoggingSettings. */
  public static final Action DELETE_USER_ACCESS_LOGGING_SETTINGS = Action.of(PREFIX, "DeleteUserAccessLoggingSettings");

  /** {@code workspaces-web:DeleteUserSettings}: Write; on userSettings. */
  public static final Action DELETE_USER_SETTINGS = Action.of(PREFIX, "DeleteUserSettings");

  /** {@code workspaces-web:DisassociateBrowserSettings}: Write; on portal. */
  public static final Action DISASSOCIATE_BROWSER_SETTINGS = Action.of(PREFIX, "DisassociateBrowserSettings");

  /** {@code workspaces-web:DisassociateDataProtectionSettings}: Write; on portal. */
  public static final Action DISASSOCIATE_DATA_PROTECTION_SETTINGS = Action.of(PREFIX, "DisassociateDataProtectionSettings");

  /** {@code workspaces-web:DisassociateIpAccessSettings}: Write; on portal. */
  public static final Action DISASSOCIATE_IP_ACCESS_SETTINGS = Action.of(PREFIX, "DisassociateIpAccessSettings");

  /** {@code workspaces-web:DisassociateNetworkSettings}: Write; on portal. */
  public static final Action DISASSOCIATE_NETWORK_SETTINGS = Action.of(PREFIX, "DisassociateNetworkSettings");

  /** {@code workspaces-web:DisassociateSessionLogger}: Write; on portal. */
  public static final Action DISASSOCIATE_SESSION_LOGGER = Action.of(PREFIX, "DisassociateSessionLogger");

  /** {@code workspaces-web:DisassociateTrustStore}: Write; on portal. */
  public static final Action DISASSOCIATE_TRUST_STORE = Action.of(PREFIX, "DisassociateTrustStore");

  /** {@code workspaces-web:DisassociateUserAccessLoggingSettings}: Write; on portal. */
  public static final Action DISASSOCIATE_USER_ACCESS_LOGGING_SETTINGS = Action.of(PREFIX, "DisassociateUserAccessLoggingSettings");

  /** {@code workspaces-web:DisassociateUserSettings}: Write; on portal. */
  public static final Action DISASSOCIATE_USER_SETTINGS = Action.of(PREFIX, "DisassociateUserSettings");

  /** {@code workspaces-web:ExpireSession}: Write; on portal. */
  public static final Action EXPIRE_SESSION = Action.of(PREFIX, "ExpireSession");

  /** {@code workspaces-web:GetBrowserSettings}: Read; on browserSettings. */
  public static final Action GET_BROWSER_SETTINGS = Action.of(PREFIX, "GetBrowserSettings");

  /** {@code workspaces-web:GetDataProtectionSettings}: Read; on dataProtectionSettings. */
  public static final Action GET_DATA_PROTECTION_SETTINGS = Action.of(PREFIX, "GetDataProtectionSettings");

  /** {@code workspaces-web:GetIdentityProvider}: Read; on identityProvider. */
  public static final Action GET_IDENTITY_PROVIDER = Action.of(PREFIX, "GetIdentityProvider");

  /** {@code workspaces-web:GetIpAccessSettings}: Read; on ipAccessSettings. */
  public static final Action GET_IP_ACCESS_SETTINGS = Action.of(PREFIX, "GetIpAccessSettings");

  /** {@code workspaces-web:GetNetworkSettings}: Read; on networkSettings. */
  public static final Action GET_NETWORK_SETTINGS = Action.of(PREFIX, "GetNetworkSettings");

  /** {@code workspaces-web:GetPortal}: Read; on portal. */
  public static final Action GET_PORTAL = Action.of(PREFIX, "GetPortal");

  /** {@code workspaces-web:GetPortalServiceProviderMetadata}: Read; on portal. */
  public static final Action GET_PORTAL_SERVICE_PROVIDER_METADATA = Action.of(PREFIX, "GetPortalServiceProviderMetadata");

  /** {@code workspaces-web:GetSession}: Read; on portal. */
  public static final Action GET_SESSION = Action.of(PREFIX, "GetSession");

  /** {@code workspaces-web:GetSessionLogger}: Read; on sessionLogger. */
  public static final Action GET_SESSION_LOGGER = Action.of(PREFIX, "GetSessionLogger");

  /** {@code workspaces-web:GetTrustStore}: Read; on trustStore. */
  public static final Action GET_TRUST_STORE = Action.of(PREFIX, "GetTrustStore");

  /** {@code workspaces-web:GetTrustStoreCertificate}: Read; on trustStore. */
  public static final Action GET_TRUST_STORE_CERTIFICATE = Action.of(PREFIX, "GetTrustStoreCertificate");

  /** {@code workspaces-web:GetUserAccessLoggingSettings}: Read; on userAccessLoggingSettings. */
  public static final Action GET_USER_ACCESS_LOGGING_SETTINGS = Action.of(PREFIX, "GetUserAccessLoggingSettings");

  /** {@code workspaces-web:GetUserSettings}: Read; on userSettings. */
  public static final Action GET_USER_SETTINGS = Action.of(PREFIX, "GetUserSettings");

  /** {@code workspaces-web:ListBrowserSettings}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_BROWSER_SETTINGS = Action.of(PREFIX, "ListBrowserSettings");

  /** {@code workspaces-web:ListDataProtectionSettings}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_PROTECTION_SETTINGS = Action.of(PREFIX, "ListDataProtectionSettings");

  /** {@code workspaces-web:ListIdentityProviders}: Read; on identityProvider. */
  public static final Action LIST_IDENTITY_PROVIDERS = Action.of(PREFIX, "ListIdentityProviders");

  /** {@code workspaces-web:ListIpAccessSettings}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_IP_ACCESS_SETTINGS = Action.of(PREFIX, "ListIpAccessSettings");

  /** {@code workspaces-web:ListNetworkSettings}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_NETWORK_SETTINGS = Action.of(PREFIX, "ListNetworkSettings");

  /** {@code workspaces-web:ListPortals}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PORTALS = Action.of(PREFIX, "ListPortals");

  /** {@code workspaces-web:ListSessionLoggers}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SESSION_LOGGERS = Action.of(PREFIX, "ListSessionLoggers");

  /** {@code workspaces-web:ListSessions}: Read; on portal. */
  public static final Action LIST_SESSIONS = Action.of(PREFIX, "ListSessions");

  /** {@code workspaces-web:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code workspaces-web:ListTrustStoreCertificates}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TRUST_STORE_CERTIFICATES = Action.of(PREFIX, "ListTrustStoreCertificates");

  /** {@code workspaces-web:ListTrustStores}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TRUST_STORES = Action.of(PREFIX, "ListTrustStores");

  /** {@code workspaces-web:ListUserAccessLoggingSettings}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_USER_ACCESS_LOGGING_SETTINGS = Action.of(PREFIX, "ListUserAccessLoggingSettings");

  /** {@code workspaces-web:ListUserSettings}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_USER_SETTINGS = Action.of(PREFIX, "ListUserSettings");

  /** {@code workspaces-web:TagResource}: Tagging; on browserSettings, dataProtectionSettings, identityProvider, ipAccessSettings, networkSettings, portal, sessionLogger, trustStore, userAccessLoggingSettings, userSettings. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code workspaces-web:UntagResource}: Tagging; on browserSettings, dataProtectionSettings, identityProvider, ipAccessSettings, networkSettings, portal, sessionLogger, trustStore, userAccessLoggingSettings, userSettings. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code workspaces-web:UpdateBrowserSettings}: Write; on browserSettings. */
  public static final Action UPDATE_BROWSER_SETTINGS = Action.of(PREFIX, "UpdateBrowserSettings");

  /** {@code workspaces-web:UpdateDataProtectionSettings}: Write; on dataProtectionSettings. */
  public static final Action UPDATE_DATA_PROTECTION_SETTINGS = Action.of(PREFIX, "UpdateDataProtectionSettings");

  /** {@code workspaces-web:UpdateIdentityProvider}: Write; on identityProvider, portal. */
  public static final Action UPDATE_IDENTITY_PROVIDER = Action.of(PREFIX, "UpdateIdentityProvider");

  /** {@code workspaces-web:UpdateIpAccessSettings}: Write; on ipAccessSettings. */
  public static final Action UPDATE_IP_ACCESS_SETTINGS = Action.of(PREFIX, "UpdateIpAccessSettings");

  /** {@code workspaces-web:UpdateNetworkSettings}: Write; on networkSettings. */
  public static final Action UPDATE_NETWORK_SETTINGS = Action.of(PREFIX, "UpdateNetworkSettings");

  /** {@code workspaces-web:UpdatePortal}: Write; on portal. */
  public static final Action UPDATE_PORTAL = Action.of(PREFIX, "UpdatePortal");

  /** {@code workspaces-web:UpdateSessionLogger}: Write; on sessionLogger. */
  public static final Action UPDATE_SESSION_LOGGER = Action.of(PREFIX, "UpdateSessionLogger");

  /** {@code workspaces-web:UpdateTrustStore}: Write; on trustStore. */
  public static final Action UPDATE_TRUST_STORE = Action.of(PREFIX, "UpdateTrustStore");

  /** {@code workspaces-web:UpdateUserAccessLoggingSettings}: Write; on userAccessLoggingSettings. */
  public static final Action UPDATE_USER_ACCESS_LOGGING_SETTINGS = Action.of(PREFIX, "UpdateUserAccessLoggingSettings");

  /** {@code workspaces-web:UpdateUserSettings}: Write; on userSettings. */
  public static final Action UPDATE_USER_SETTINGS = Action.of(PREFIX, "UpdateUserSettings");

  private WorkspacesWeb() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
