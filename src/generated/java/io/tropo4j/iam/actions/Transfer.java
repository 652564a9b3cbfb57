// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Transfer Family (prefix {@code transfer}), as the service authorization reference lists them.
 */
public final class Transfer {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "transfer";

  /** {@code transfer:CreateAccess}: Write; on server. */
  public static final Action CREATE_ACCESS = Action.of(PREFIX, "CreateAccess");

  /** {@code transfer:CreateAgreement}: Write; on server. */
  public static final Action CREATE_AGREEMENT = Action.of(PREFIX, "CreateAgreement");

  /** {@code transfer:CreateConnector}: Write; on profile. */
  public static final Action CREATE_CONNECTOR = Action.of(PREFIX, "CreateConnector");

  /** {@code transfer:CreateProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROFILE = Action.of(PREFIX, "CreateProfile");

  /** {@code transfer:CreateServer}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SERVER = Action.of(PREFIX, "CreateServer");

  /** {@code transfer:CreateUser}: Write; on server. */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code transfer:CreateWebApp}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WEB_APP = Action.of(PREFIX, "CreateWebApp");

  /** {@code transfer:CreateWorkflow}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WORKFLOW = Action.of(PREFIX, "CreateWorkflow");

  /** {@code transfer:DeleteAccess}: Write; on server. */
  public static final Action DELETE_ACCESS = Action.of(PREFIX, "DeleteAccess");

  /** {@code transfer:DeleteAgreement}: Write; on agreement. */
  public static final Action DELETE_AGREEMENT = Action.of(PREFIX, "DeleteAgreement");

  /** {@code transfer:DeleteCertificate}: Write; on certificate. */
  public static final Action DELETE_CERTIFICATE = Action.of(PREFIX, "DeleteCertificate");

  /** {@code transfer:DeleteConnector}: Write; on connector. */
  public static final Action DELETE_CONNECTOR = Action.of(PREFIX, "DeleteConnector");

  /** {@code transfer:DeleteHostKey}: Write; on host-key. */
  public static final Action DELETE_HOST_KEY = Action.of(PREFIX, "DeleteHostKey");

  /** {@code transfer:DeleteProfile}: Write; on profile. */
  public static final Action DELETE_PROFILE = Action.of(PREFIX, "DeleteProfile");

  /** {@code transfer:DeleteServer}: Write; on server. */
  public static final Action DELETE_SERVER = Action.of(PREFIX, "DeleteServer");

  /** {@code transfer:DeleteSshPublicKey}: Write; on user. */
  public static final Action DELETE_SSH_PUBLIC_KEY = Action.of(PREFIX, "DeleteSshPublicKey");

  /** {@code transfer:DeleteUser}: Write; on user. */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code transfer:DeleteWebApp}: Write; on webapp. */
  public static final Action DELETE_WEB_APP = Action.of(PREFIX, "DeleteWebApp");

  /** {@code transfer:DeleteWebAppCustomization}: Write; on webapp. */
  public static final Action DELETE_WEB_APP_CUSTOMIZATION = Action.of(PREFIX, "DeleteWebAppCustomization");

  /** {@code transfer:DeleteWorkflow}: Write; on workflow. */
  public static final Action DELETE_WORKFLOW = Action.of(PREFIX, "DeleteWorkflow");

  /** {@code transfer:DescribeAccess}: Read; on server. */
  public static final Action DESCRIBE_ACCESS = Action.of(PREFIX, "DescribeAccess");

  /** {@code transfer:DescribeAgreement}: Read; on agreement. */
  public static final Action DESCRIBE_AGREEMENT = Action.of(PREFIX, "DescribeAgreement");

  /** {@code transfer:DescribeCertificate}: Read; on certificate. */
  public static final Action DESCRIBE_CERTIFICATE = Action.of(PREFIX, "DescribeCertificate");

  /** {@code transfer:DescribeConnector}: Read; on connector. */
  public static final Action DESCRIBE_CONNECTOR = Action.of(PREFIX, "DescribeConnector");

  /** {@code transfer:DescribeExecution}: Read; on workflow. */
  public static final Action DESCRIBE_EXECUTION = Action.of(PREFIX, "DescribeExecution");

  /** {@code transfer:DescribeHostKey}: Read; on host-key. */
  public static final Action DESCRIBE_HOST_KEY = Action.of(PREFIX, "DescribeHostKey");

  /** {@code transfer:DescribeProfile}: Read; on profile. */
  public static final Action DESCRIBE_PROFILE = Action.of(PREFIX, "DescribeProfile");

  /** {@code transfer:DescribeSecurityPolicy}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SECURITY_POLICY = Action.of(PREFIX, "DescribeSecurityPolicy");

  /** {@code transfer:DescribeServer}: Read; on server. */
  public static final Action DESCRIBE_SERVER = Action.of(PREFIX, "DescribeServer");

  /** {@code transfer:DescribeUser}: Read; on user. */
  public static final Action DESCRIBE_USER = Action.of(PREFIX, "DescribeUser");

  /** {@code transfer:DescribeWebApp}: Read; on webapp. */
  public static final Action DESCRIBE_WEB_APP = Action.of(PREFIX, "DescribeWebApp");

  /** {@code transfer:DescribeWebAppCustomization}: Read; on webapp. */
  public static final Action DESCRIBE_WEB_APP_CUSTOMIZATION = Action.of(PREFIX, "DescribeWebAppCustomization");

  /** {@code transfer:DescribeWorkflow}: Read; on workflow. */
  public static final Action DESCRIBE_WORKFLOW = Action.of(PREFIX, "DescribeWorkflow");

  /** {@code transfer:ImportCertificate}: Write; on no resource type (give {@code *}). */
  public static final Action IMPORT_CERTIFICATE = Action.of(PREFIX, "ImportCertificate");

  /** {@code transfer:ImportHostKey}: Write; on server. */
  public static final Action IMPORT_HOST_KEY = Action.of(PREFIX, "ImportHostKey");

  /** {@code transfer:ImportSshPublicKey}: Write; on user. */
  public static final Action IMPORT_SSH_PUBLIC_KEY = Action.of(PREFIX, "ImportSshPublicKey");

  /** {@code transfer:ListAccesses}: Read; on server. */
  public static final Action LIST_ACCESSES = Action.of(PREFIX, "ListAccesses");

  /** {@code transfer:ListAgreements}: Read; on server. */
  public static final Action LIST_AGREEMENTS = Action.of(PREFIX, "ListAgreements");

  /** {@code transfer:ListCertificates}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CERTIFICATES = Action.of(PREFIX, "ListCertificates");

  /** {@code transfer:ListConnectors}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTORS = Action.of(PREFIX, "ListConnectors");

  /** {@code transfer:ListExecutions}: Read; on workflow. */
  public static final Action LIST_EXECUTIONS = Action.of(PREFIX, "ListExecutions");

  /** {@code transfer:ListFileTransferResults}: Read; on connector. */
  public static final Action LIST_FILE_TRANSFER_RESULTS = Action.of(PREFIX, "ListFileTransferResults");

  /** {@code transfer:ListHostKeys}: Read; on server. */
  public static final Action LIST_HOST_KEYS = Action.of(PREFIX, "ListHostKeys");

  /** {@code transfer:ListProfiles}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PROFILES = Action.of(PREFIX, "ListProfiles");

  /** {@code transfer:ListSecurityPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SECURITY_POLICIES = Action.of(PREFIX, "ListSecurityPolicies");

  /** {@code transfer:ListServers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVERS = Action.of(PREFIX, "ListServers");

  /** {@code transfer:ListTagsForResource}: Read; on agreement, certificate, connector, host-key, profile, server, user, workflow. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code transfer:ListUsers}: List; on server. */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code transfer:ListWebApps}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WEB_APPS = Action.of(PREFIX, "ListWebApps");

  /** {@code transfer:ListWorkflows}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKFLOWS = Action.of(PREFIX, "ListWorkflows");

  /** {@code transfer:SendWorkflowStepState}: Write; on workflow. */
  public static final Action SEND_WORKFLOW_STEP_STATE = Action.of(PREFIX, "SendWorkflowStepState");

  /** {@code transfer:StartDirectoryListing}: Write; on connector. */
  public static final Action START_DIRECTORY_LISTING = Action.of(PREFIX, "StartDirectoryListing");

  /** {@code transfer:StartFileTransfer}: Write; on connector. */
  public static final Action START_FILE_TRANSFER = Action.of(PREFIX, "StartFileTransfer");

  /** {@code transfer:StartRemoteDelete}: Write; on connector. */
  public static final Action START_REMOTE_DELETE = Action.of(PREFIX, "StartRemoteDelete");

  /** {@code transfer:StartRemoteMove}: Write; on connector. */
  public static final Action START_REMOTE_MOVE = Action.of(PREFIX, "StartRemoteMove");

  /** {@code transfer:StartServer}: Write; on server. */
  public static final Action START_SERVER = Action.of(PREFIX, "StartServer");

  /** {@code transfer:StopServer}: Write; on server. */
  public static final Action STOP_SERVER = Action.of(PREFIX, "StopServer");

  /** {@code transfer:TagResource}: Tagging; on agreement, certificate, connector, host-key, profile, server, user, webapp, workflow. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code transfer:TestConnection}: Write; on connector. */
  public static final Action TEST_CONNECTION = Action.of(PREFIX, "TestConnection");

  /** {@code transfer:TestIdentityProvider}: Read; on user. */
  public static final Action TEST_IDENTITY_PROVIDER = Action.of(PREFIX, "TestIdentityProvider");

  /** {@code transfer:UntagResource}: Tagging; on agreement, certificate, connector, host-key, profile, server, user, webapp, workflow. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code transfer:UpdateAccess}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCESS = Action.of(PREFIX, "UpdateAccess");

  /** {@code transfer:UpdateAgreement}: Write; on agreement. */
  public static final Action UPDATE_AGREEMENT = Action.of(PREFIX, "UpdateAgreement");

  /** {@code transfer:UpdateCertificate}: Write; on certificate. */
  public static final Action UPDATE_CERTIFICATE = Action.of(PREFIX, "UpdateCertificate");

  /** {@code transfer:UpdateConnector}: Write; on connector, profile. */
  public static final Action UPDATE_CONNECTOR = Action.of(PREFIX, "UpdateConnector");

  /** {@code transfer:UpdateHostKey}: Write; on host-key. */
  public static final Action UPDATE_HOST_KEY = Action.of(PREFIX, "UpdateHostKey");

  /** {@code transfer:UpdateProfile}: Write; on profile. */
  public static final Action UPDATE_PROFILE = Action.of(PREFIX, "UpdateProfile");

  /** {@code transfer:UpdateServer}: Write; on server. */
  public static final Action UPDATE_SERVER = Action.of(PREFIX, "UpdateServer");

  /** {@code transfer:UpdateUser}: Write; on user. */
  public static final Action UPDATE_USER = Action.of(PREFIX, "UpdateUser");

  /** {@code transfer:UpdateWebApp}: Write; on webapp. */
  public static final Action UPDATE_WEB_APP = Action.of(PREFIX, "UpdateWebApp");

  /** {@code transfer:UpdateWebAppCustomization}: Write; on webapp. */
  public static final Action UPDATE_WEB_APP_CUSTOMIZATION = Action.of(PREFIX, "UpdateWebAppCustomization");

  private Transfer() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
