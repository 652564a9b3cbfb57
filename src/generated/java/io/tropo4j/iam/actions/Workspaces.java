// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon WorkSpaces (prefix {@code workspaces}), as the service authorization reference lists them.
 */
public final class Workspaces {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "workspaces";

  /** {@code workspaces:AcceptAccountLinkInvitation}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_ACCOUNT_LINK_INVITATION = Action.of(PREFIX, "AcceptAccountLinkInvitation");

  /** {@code workspaces:AssociateConnectionAlias}: Write; on connectionalias, directoryid. */
  public static final Action ASSOCIATE_CONNECTION_ALIAS = Action.of(PREFIX, "AssociateConnectionAlias");

  /** {@code workspaces:AssociateIpGroups}: Write; on directoryid, workspaceipgroup. */
  public static final Action ASSOCIATE_IP_GROUPS = Action.of(PREFIX, "AssociateIpGroups");

  /** {@code workspaces:AssociateWorkspaceApplication}: Write; on workspaceapplication, workspaceid. */
  public static final Action ASSOCIATE_WORKSPACE_APPLICATION = Action.of(PREFIX, "AssociateWorkspaceApplication");

  /** {@code workspaces:AuthorizeIpRules}: Write; on workspaceipgroup. */
  public static final Action AUTHORIZE_IP_RULES = Action.of(PREFIX, "AuthorizeIpRules");

  /** {@code workspaces:CopyWorkspaceImage}: Write; on workspaceimage. */
  public static final Action COPY_WORKSPACE_IMAGE = Action.of(PREFIX, "CopyWorkspaceImage");

  /** {@code workspaces:CreateAccountLinkInvitation}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ACCOUNT_LINK_INVITATION = Action.of(PREFIX, "CreateAccountLinkInvitation");

  /** {@code workspaces:CreateConnectClientAddIn}: Write; on directoryid. */
  public static final Action CREATE_CONNECT_CLIENT_ADD_IN = Action.of(PREFIX, "CreateConnectClientAddIn");

  /** {@code workspaces:CreateConnectionAlias}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTION_ALIAS = Action.of(PREFIX, "CreateConnectionAlias");

  /** {@code workspaces:CreateIpGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_IP_GROUP = Action.of(PREFIX, "CreateIpGroup");

  /** {@code workspaces:CreateRootClientCertificate}: Write; on certificateid. */
  public static final Action CREATE_ROOT_CLIENT_CERTIFICATE = Action.of(PREFIX, "CreateRootClientCertificate");

  /** {@code workspaces:CreateStandbyWorkspaces}: Write; on directoryid, workspaceid. */
  public static final Action CREATE_STANDBY_WORKSPACES = Action.of(PREFIX, "CreateStandbyWorkspaces");

  /** {@code workspaces:CreateTags}: Tagging; on no resource type (give {@code *}). */
  public static final Action CREATE_TAGS = Action.of(PREFIX, "CreateTags");

  /** {@code workspaces:CreateUpdatedWorkspaceImage}: Write; on workspaceimage. */
  public static final Action CREATE_UPDATED_WORKSPACE_IMAGE = Action.of(PREFIX, "CreateUpdatedWorkspaceImage");

  /** {@code workspaces:CreateWorkspaceBundle}: Write; on workspacebundle, workspaceimage. */
  public static final Action CREATE_WORKSPACE_BUNDLE = Action.of(PREFIX, "CreateWorkspaceBundle");

  /** {@code workspaces:CreateWorkspaceImage}: Write; on workspaceid. */
  public static final Action CREATE_WORKSPACE_IMAGE = Action.of(PREFIX, "CreateWorkspaceImage");

  /** {@code workspaces:CreateWorkspaces}: Write; on directoryid, workspacebundle, workspaceid. */
  public static final Action CREATE_WORKSPACES = Action.of(PREFIX, "CreateWorkspaces");

  /** {@code workspaces:CreateWorkspacesPool}: Write; on directoryid, workspacebundle, workspacespoolid. */
  public static final Action CREATE_WORKSPACES_POOL = Action.of(PREFIX, "CreateWorkspacesPool");

  /** {@code workspaces:DeleteAccountLinkInvitation}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCOUNT_LINK_INVITATION = Action.of(PREFIX, "DeleteAccountLinkInvitation");

  /** {@code workspaces:DeleteClientBranding}: Write; on directoryid. */
  public static final Action DELETE_CLIENT_BRANDING = Action.of(PREFIX, "DeleteClientBranding");

  /** {@code workspaces:DeleteConnectClientAddIn}: Write; on directoryid. */
  public static final Action DELETE_CONNECT_CLIENT_ADD_IN = Action.of(PREFIX, "DeleteConnectClientAddIn");

  /** {@code workspaces:DeleteConnectionAlias}: Write; on connectionalias. */
  public static final Action DELETE_CONNECTION_ALIAS = Action.of(PREFIX, "DeleteConnectionAlias");

  /** {@code workspaces:DeleteIpGroup}: Write; on workspaceipgroup. */
  public static final Action DELETE_IP_GROUP = Action.of(PREFIX, "DeleteIpGroup");

  /** {@code workspaces:DeleteRootClientCertificate}: Write; on certificateid. */
  public static final Action DELETE_ROOT_CLIENT_CERTIFICATE = Action.of(PREFIX, "DeleteRootClientCertificate");

  /** {@code workspaces:DeleteTags}: Tagging; on no resource type (give {@code *}). */
  public static final Action DELETE_TAGS = Action.of(PREFIX, "DeleteTags");

  /** {@code workspaces:DeleteWorkspaceBundle}: Write; on workspacebundle. */
  public static final Action DELETE_WORKSPACE_BUNDLE = Action.of(PREFIX, "DeleteWorkspaceBundle");

  /** {@code workspaces:DeleteWorkspaceImage}: Write; on workspaceimage. */
  public static final Action DELETE_WORKSPACE_IMAGE = Action.of(PREFIX, "DeleteWorkspaceImage");

  /** {@code workspaces:DeployWorkspaceApplications}: Write; on workspaceid. */
  public static final Action DEPLOY_WORKSPACE_APPLICATIONS = Action.of(PREFIX, "DeployWorkspaceApplications");

  /** {@code workspaces:DeregisterWorkspaceDirectory}: Write; on directoryid. */
  public static final Action DEREGISTER_WORKSPACE_DIRECTORY = Action.of(PREFIX, "DeregisterWorkspaceDirectory");

  /** {@code workspaces:DescribeAccount}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT = Action.of(PREFIX, "DescribeAccount");

  /** {@code workspaces:DescribeAccountModifications}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_MODIFICATIONS = Action.of(PREFIX, "DescribeAccountModifications");

  /** {@code workspaces:DescribeApplicationAssociations}: List; on workspaceapplication. */
  public static final Action DESCRIBE_APPLICATION_ASSOCIATIONS = Action.of(PREFIX, "DescribeApplicationAssociations");

  /** {@code workspaces:DescribeApplications}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_APPLICATIONS = Action.of(PREFIX, "DescribeApplications");

  /** {@code workspaces:DescribeBundleAssociations}: List; on workspacebundle. */
  public static final Action DESCRIBE_BUNDLE_ASSOCIATIONS = Action.of(PREFIX, "DescribeBundleAssociations");

  /** {@code workspaces:DescribeClientBranding}: Read; on directoryid. */
  public static final Action DESCRIBE_CLIENT_BRANDING = Action.of(PREFIX, "DescribeClientBranding");

  /** {@code workspaces:DescribeClientProperties}: List; on directoryid. */
  public static final Action DESCRIBE_CLIENT_PROPERTIES = Action.of(PREFIX, "DescribeClientProperties");

  /** {@code workspaces:DescribeConnectClientAddIns}: List; on directoryid. */
  public static final Action DESCRIBE_CONNECT_CLIENT_ADD_INS = Action.of(PREFIX, "DescribeConnectClientAddIns");

  /** {@code workspaces:DescribeConnectionAliasPermissions}: Read; on connectionalias. */
  public static final Action DESCRIBE_CONNECTION_ALIAS_PERMISSIONS = Action.of(PREFIX, "DescribeConnectionAliasPermissions");

  /** {@code workspaces:DescribeConnectionAliases}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONNECTION_ALIASES = Action.of(PREFIX, "DescribeConnectionAliases");

  /** {@code workspaces:DescribeConsent}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONSENT = Action.of(PREFIX, "DescribeConsent");

  /** {@code workspaces:DescribeCustomWorkspaceImageImport}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CUSTOM_WORKSPACE_IMAGE_IMPORT = Action.of(PREFIX, "DescribeCustomWorkspaceImageImport");

  /** {@code workspaces:DescribeImageAssociations}: List; on workspaceimage. */
  public static final Action DESCRIBE_IMAGE_ASSOCIATIONS = Action.of(PREFIX, "DescribeImageAssociations");

  /** {@code workspaces:DescribeIpGroups}: Read; on workspaceipgroup. */
  public static final Action DESCRIBE_IP_GROUPS = Action.of(PREFIX, "DescribeIpGroups");

  /** {@code workspaces:DescribeTags}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TAGS = Action.of(PREFIX, "DescribeTags");

  /** {@code workspaces:DescribeWorkspaceAssociations}: List; on workspaceid. */
  public static final Action DESCRIBE_WORKSPACE_ASSOCIATIONS = Action.of(PREFIX, "DescribeWorkspaceAssociations");

  /** {@code workspaces:DescribeWorkspaceBundles}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_WORKSPACE_BUNDLES = Action.of(PREFIX, "DescribeWorkspaceBundles");

  /** {@code workspaces:DescribeWorkspaceDirectories}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_WORKSPACE_DIRECTORIES = Action.of(PREFIX, "DescribeWorkspaceDirectories");

  /** {@code workspaces:DescribeWorkspaceImagePermissions}: Read; on workspaceimage. */
  public static final Action DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS = Action.of(PREFIX, "DescribeWorkspaceImagePermissions");

  /** {@code workspaces:DescribeWorkspaceImages}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_WORKSPACE_IMAGES = Action.of(PREFIX, "DescribeWorkspaceImages");

  /** {@code workspaces:DescribeWorkspaceSnapshots}: List; on workspaceid. */
  public static final Action DESCRIBE_WORKSPACE_SNAPSHOTS = Action.of(PREFIX, "DescribeWorkspaceSnapshots");

  /** {@code workspaces:DescribeWorkspaces}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_WORKSPACES = Action.of(PREFIX, "DescribeWorkspaces");

  /** {@code workspaces:DescribeWorkspacesConnectionStatus}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_WORKSPACES_CONNECTION_STATUS = Action.of(PREFIX, "DescribeWorkspacesConnectionStatus");

  /** {@code workspaces:DescribeWorkspacesPoolSessions}: List; on workspacespoolid. */
  public static final Action DESCRIBE_WORKSPACES_POOL_SESSIONS = Action.of(PREFIX, "DescribeWorkspacesPoolSessions");

  /** {@code workspaces:DescribeWorkspacesPools}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_WORKSPACES_POOLS = Action.of(PREFIX, "DescribeWorkspacesPools");

  /** {@code workspaces:DirectoryAccessManagement}: List; on directoryid. */
  public static final Action DIRECTORY_ACCESS_MANAGEMENT = Action.of(PREFIX, "DirectoryAccessManagement");

  /** {@code workspaces:DisassociateConnectionAlias}: Write; on connectionalias. */
  public static final Action DISASSOCIATE_CONNECTION_ALIAS = Action.of(PREFIX, "DisassociateConnectionAlias");

  /** {@code workspaces:DisassociateIpGroups}: Write; on directoryid, workspaceipgroup. */
  public static final Action DISASSOCIATE_IP_GROUPS = Action.of(PREFIX, "DisassociateIpGroups");

  /** {@code workspaces:DisassociateWorkspaceApplication}: Write; on workspaceapplication, workspaceid. */
  public static final Action DISASSOCIATE_WORKSPACE_APPLICATION = Action.of(PREFIX, "DisassociateWorkspaceApplication");

  /** {@code workspaces:GetAccountLink}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_LINK = Action.of(PREFIX, "GetAccountLink");

  /** {@code workspaces:ImportClientBranding}: Write; on directoryid. */
  public static final Action IMPORT_CLIENT_BRANDING = Action.of(PREFIX, "ImportClientBranding");

  /** {@code workspaces:ImportCustomWorkspaceImage}: Write; on no resource type (give {@code *}). */
  public static final Action IMPORT_CUSTOM_WORKSPACE_IMAGE = Action.of(PREFIX, "ImportCustomWorkspaceImage");

  /** {@code workspaces:ImportWorkspaceImage}: Write; on no resource type (give {@code *}). */
  public static final Action IMPORT_WORKSPACE_IMAGE = Action.of(PREFIX, "ImportWorkspaceImage");

  /** {@code workspaces:ListAccountLinks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNT_LINKS = Action.of(PREFIX, "ListAccountLinks");

  /** {@code workspaces:ListAvailableManagementCidrRanges}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AVAILABLE_MANAGEMENT_CIDR_RANGES = Action.of(PREFIX, "ListAvailableManagementCidrRanges");

  /** {@code workspaces:MigrateWorkspace}: Write; on workspacebundle, workspaceid. */
  public static final Action MIGRATE_WORKSPACE = Action.of(PREFIX, "MigrateWorkspace");

  /** {@code workspaces:ModifyAccount}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_ACCOUNT = Action.of(PREFIX, "ModifyAccount");

  /** {@code workspaces:ModifyCertificateBasedAuthProperties}: Write; on directoryid. */
  public static final Action MODIFY_CERTIFICATE_BASED_AUTH_PROPERTIES = Action.of(PREFIX, "ModifyCertificateBasedAuthProperties");

  /** {@code workspaces:ModifyClientProperties}: Write; on directoryid. */
  public static final Action MODIFY_CLIENT_PROPERTIES = Action.of(PREFIX, "ModifyClientProperties");

  /** {@code workspaces:ModifyEndpointEncryptionMode}: Write; on directoryid. */
  public static final Action MODIFY_ENDPOINT_ENCRYPTION_MODE = Action.of(PREFIX, "ModifyEndpointEncryptionMode");

  /** {@code workspaces:ModifySamlProperties}: Write; on directoryid. */
  public static final Action MODIFY_SAML_PROPERTIES = Action.of(PREFIX, "ModifySamlProperties");

  /** {@code workspaces:ModifySelfservicePermissions}: Permissions management; on directoryid. */
  public static final Action MODIFY_SELFSERVICE_PERMISSIONS = Action.of(PREFIX, "ModifySelfservicePermissions");

  /** {@code workspaces:ModifyStreamingProperties}: Write; on directoryid. */
  public static final Action MODIFY_STREAMING_PROPERTIES = Action.of(PREFIX, "ModifyStreamingProperties");

  /** {@code workspaces:ModifyWorkspaceAccessProperties}: Write; on directoryid. */
  public static final Action MODIFY_WORKSPACE_ACCESS_PROPERTIES = Action.of(PREFIX, "ModifyWorkspaceAccessProperties");

  /** {@code workspaces:ModifyWorkspaceCreationProperties}: Write; on directoryid. */
  public static final Action MODIFY_WORKSPACE_CREATION_PROPERTIES = Action.of(PREFIX, "ModifyWorkspaceCreationProperties");

  /** {@code workspaces:ModifyWorkspaceProperties}: Write; on workspaceid. */
  public static final Action MODIFY_WORKSPACE_PROPERTIES = Action.of(PREFIX, "ModifyWorkspaceProperties");

  /** {@code workspaces:ModifyWorkspaceState}: Write; on workspaceid. */
  public static final Action MODIFY_WORKSPACE_STATE = Action.of(PREFIX, "ModifyWorkspaceState");

  /** {@code workspaces:RebootWorkspaces}: Write; on workspaceid. */
  public static final Action REBOOT_WORKSPACES = Action.of(PREFIX, "RebootWorkspaces");

  /** {@code workspaces:RebuildWorkspaces}: Write; on workspaceid. */
  public static final Action REBUILD_WORKSPACES = Action.of(PREFIX, "RebuildWorkspaces");

  /** {@code workspaces:RegisterWorkspaceDirectory}: Write; on directoryid. */
  public static final Action REGISTER_WORKSPACE_DIRECTORY = Action.of(PREFIX, "RegisterWorkspaceDirectory");

  /** {@code workspaces:RejectAccountLinkInvitation}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_ACCOUNT_LINK_INVITATION = Action.of(PREFIX, "RejectAccountLinkInvitation");

  /** {@code workspaces:RestoreWorkspace}: Write; on workspaceid. */
  public static final Action RESTORE_WORKSPACE = Action.of(PREFIX, "RestoreWorkspace");

  /** {@code workspaces:RevokeIpRules}: Write; on workspaceipgroup. */
  public static final Action REVOKE_IP_RULES = Action.of(PREFIX, "RevokeIpRules");

  /** {@code workspaces:StartWorkspaces}: Write; on workspaceid. */
  public static final Action START_WORKSPACES = Action.of(PREFIX, "StartWorkspaces");

  /** {@code workspaces:StartWorkspacesPool}: Write; on workspacespoolid. */
  public static final Action START_WORKSPACES_POOL = Action.of(PREFIX, "StartWorkspacesPool");

  /** {@code workspaces:StopWorkspaces}: Write; on workspaceid. */
  public static final Action STOP_WORKSPACES = Action.of(PREFIX, "StopWorkspaces");

  /** {@code workspaces:StopWorkspacesPool}: Write; on workspacespoolid. */
  public static final Action STOP_WORKSPACES_POOL = Action.of(PREFIX, "StopWorkspacesPool");

  /** {@code workspaces:Stream}: Write; on directoryid. */
  public static final Action STREAM = Action.of(PREFIX, "Stream");

  /** {@code workspaces:TerminateWorkspaces}: Write; on workspaceid. */
  public static final Action TERMINATE_WORKSPACES = Action.of(PREFIX, "TerminateWorkspaces");

  /** {@code workspaces:TerminateWorkspacesPool}: Write; on workspacespoolid. */
  public static final Action TERMINATE_WORKSPACES_POOL = Action.of(PREFIX, "TerminateWorkspacesPool");

  /** {@code workspaces:TerminateWorkspacesPoolSession}: Write; on no resource type (give {@code *}). */
  public static final Action TERMINATE_WORKSPACES_POOL_SESSION = Action.of(PREFIX, "TerminateWorkspacesPoolSession");

  /** {@code workspaces:UpdateConnectClientAddIn}: Write; on directoryid. */
  public static final Action UPDATE_CONNECT_CLIENT_ADD_IN = Action.of(PREFIX, "UpdateConnectClientAddIn");

  /** {@code workspaces:UpdateConnectionAliasPermission}: Permissions management; on connectionalias. */
  public static final Action UPDATE_CONNECTION_ALIAS_PERMISSION = Action.of(PREFIX, "UpdateConnectionAliasPermission");

  /** {@code workspaces:UpdateConsent}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONSENT = Action.of(PREFIX, "UpdateConsent");

  /** {@code workspaces:UpdateRootClientCertificate}: Write; on certificateid. */
  public static final Action UPDATE_ROOT_CLIENT_CERTIFICATE = Action.of(PREFIX, "UpdateRootClientCertificate");

  /** {@code workspaces:UpdateRulesOfIpGroup}: Write; on workspaceipgroup. */
  public static final Action UPDATE_RULES_OF_IP_GROUP = Action.of(PREFIX, "UpdateRulesOfIpGroup");

  /** {@code workspaces:UpdateWorkspaceBundle}: Write; on workspacebundle, workspaceimage. */
  public static final Action UPDATE_WORKSPACE_BUNDLE = Action.of(PREFIX, "UpdateWorkspaceBundle");

  /** {@code workspaces:UpdateWorkspaceImagePermission}: Permissions management; on workspaceimage. */
  public static final Action UPDATE_WORKSPACE_IMAGE_PERMISSION = Action.of(PREFIX, "UpdateWorkspaceImagePermission");

  /** {@code workspaces:UpdateWorkspacesPool}: Write; on workspacespoolid. */
  public static final Action UPDATE_WORKSPACES_POOL = Action.of(PREFIX, "UpdateWorkspacesPool");

  private Workspaces() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
