// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Directory Service (prefix {@code ds}), as the service authorization reference lists them.
 */
public final class Ds {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ds";

  /** {@code ds:AcceptSharedDirectory}: Write; on directory. */
  public static final Action ACCEPT_SHARED_DIRECTORY = Action.of(PREFIX, "AcceptSharedDirectory");

  /** {@code ds:AccessDSData}: Permissions management; on directory. */
  public static final Action ACCESS_DS_DATA = Action.of(PREFIX, "AccessDSData");

  /** {@code ds:AddIpRoutes}: Write; on directory. */
  public static final Action ADD_IP_ROUTES = Action.of(PREFIX, "AddIpRoutes");

  /** {@code ds:AddRegion}: Write; on directory. */
  public static final Action ADD_REGION = Action.of(PREFIX, "AddRegion");

  /** {@code ds:AddTagsToResource}: Tagging; on directory. */
  public static final Action ADD_TAGS_TO_RESOURCE = Action.of(PREFIX, "AddTagsToResource");

  /** {@code ds:AuthorizeApplication}: Write; on directory. */
  public static final Action AUTHORIZE_APPLICATION = Action.of(PREFIX, "AuthorizeApplication");

  /** {@code ds:CancelSchemaExtension}: Write; on directory. */
  public static final Action CANCEL_SCHEMA_EXTENSION = Action.of(PREFIX, "CancelSchemaExtension");

  /** {@code ds:CheckAlias}: Read; on no resource type (give {@code *}). */
  public static final Action CHECK_ALIAS = Action.of(PREFIX, "CheckAlias");

  /** {@code ds:ConnectDirectory}: Write; on no resource type (give {@code *}). */
  public static final Action CONNECT_DIRECTORY = Action.of(PREFIX, "ConnectDirectory");

  /** {@code ds:CreateAlias}: Write; on directory. */
  public static final Action CREATE_ALIAS = Action.of(PREFIX, "CreateAlias");

  /** {@code ds:CreateComputer}: Write; on directory. */
  public static final Action CREATE_COMPUTER = Action.of(PREFIX, "CreateComputer");

  /** {@code ds:CreateConditionalForwarder}: Permissions management; on directory. */
  public static final Action CREATE_CONDITIONAL_FORWARDER = Action.of(PREFIX, "CreateConditionalForwarder");

  /** {@code ds:CreateDirectory}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_DIRECTORY = Action.of(PREFIX, "CreateDirectory");

  /** {@code ds:CreateHybridAD}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_HYBRID_AD = Action.of(PREFIX, "CreateHybridAD");

  /** {@code ds:CreateIdentityPoolDirectory}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_IDENTITY_POOL_DIRECTORY = Action.of(PREFIX, "CreateIdentityPoolDirectory");

  /** {@code ds:CreateLogSubscription}: Write; on directory. */
  public static final Action CREATE_LOG_SUBSCRIPTION = Action.of(PREFIX, "CreateLogSubscription");

  /** {@code ds:CreateMicrosoftAD}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_MICROSOFT_AD = Action.of(PREFIX, "CreateMicrosoftAD");

  /** {@code ds:CreateSnapshot}: Write; on directory. */
  public static final Action CREATE_SNAPSHOT = Action.of(PREFIX, "CreateSnapshot");

  /** {@code ds:CreateTrust}: Permissions management; on directory. */
  public static final Action CREATE_TRUST = Action.of(PREFIX, "CreateTrust");

  /** {@code ds:DeleteADAssessment}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_AD_ASSESSMENT = Action.of(PREFIX, "DeleteADAssessment");

  /** {@code ds:DeleteConditionalForwarder}: Write; on directory. */
  public static final Action DELETE_CONDITIONAL_FORWARDER = Action.of(PREFIX, "DeleteConditionalForwarder");

  /** {@code ds:DeleteDirectory}: Write; on directory. */
  public static final Action DELETE_DIRECTORY = Action.of(PREFIX, "DeleteDirectory");

  /** {@code ds:DeleteLogSubscription}: Write; on directory. */
  public static final Action DELETE_LOG_SUBSCRIPTION = Action.of(PREFIX, "DeleteLogSubscription");

  /** {@code ds:DeleteSnapshot}: Write; on directory. */
  public static final Action DELETE_SNAPSHOT = Action.of(PREFIX, "DeleteSnapshot");

  /** {@code ds:DeleteTrust}: Write; on directory. */
  public static final Action DELETE_TRUST = Action.of(PREFIX, "DeleteTrust");

  /** {@code ds:DeregisterCertificate}: Write; on directory. */
  public static final Action DEREGISTER_CERTIFICATE = Action.of(PREFIX, "DeregisterCertificate");

  /** {@code ds:DeregisterEventTopic}: Write; on directory. */
  public static final Action DEREGISTER_EVENT_TOPIC = Action.of(PREFIX, "DeregisterEventTopic");

  /** {@code ds:DescribeADAssessment}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AD_ASSESSMENT = Action.of(PREFIX, "DescribeADAssessment");

  /** {@code ds:DescribeCAEnrollmentPolicy}: Read; on directory. */
  public static final Action DESCRIBE_CA_ENROLLMENT_POLICY = Action.of(PREFIX, "DescribeCAEnrollmentPolicy");

  /** {@code ds:DescribeCertificate}: Read; on directory. */
  public static final Action DESCRIBE_CERTIFICATE = Action.of(PREFIX, "DescribeCertificate");

  /** {@code ds:DescribeClientAuthenticationSettings}: Read; on directory. */
  public static final Action DESCRIBE_CLIENT_AUTHENTICATION_SETTINGS = Action.of(PREFIX, "DescribeClientAuthenticationSettings");

  /** {@code ds:DescribeConditionalForwarders}: Read; on directory. */
  public static final Action DESCRIBE_CONDITIONAL_FORWARDERS = Action.of(PREFIX, "DescribeConditionalForwarders");

  /** {@code ds:DescribeDirectories}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DIRECTORIES = Action.of(PREFIX, "DescribeDirectories");

  /** {@code ds:DescribeDirectoryDataAccess}: Read; on directory. */
  public static final Action DESCRIBE_DIRECTORY_DATA_ACCESS = Action.of(PREFIX, "DescribeDirectoryDataAccess");

  /** {@code ds:DescribeDomainControllers}: Read; on directory. */
  public static final Action DESCRIBE_DOMAIN_CONTROLLERS = Action.of(PREFIX, "DescribeDomainControllers");

  /** {@code ds:DescribeEventTopics}: Read; on directory. */
  public static final Action DESCRIBE_EVENT_TOPICS = Action.of(PREFIX, "DescribeEventTopics");

  /** {@code ds:DescribeHybridADUpdate}: Read; on directory. */
  public static final Action DESCRIBE_HYBRID_AD_UPDATE = Action.of(PREFIX, "DescribeHybridADUpdate");

  /** {@code ds:DescribeLDAPSSettings}: Read; on directory. */
  public static final Action DESCRIBE_LDAPS_SETTINGS = Action.of(PREFIX, "DescribeLDAPSSettings");

  /** {@code ds:DescribeRegions}: Read; on directory. */
  public static final Action DESCRIBE_REGIONS = Action.of(PREFIX, "DescribeRegions");

  /** {@code ds:DescribeSettings}: Read; on directory. */
  public static final Action DESCRIBE_SETTINGS = Action.of(PREFIX, "DescribeSettings");

  /** {@code ds:DescribeSharedDirectories}: Read; on directory. */
  public static final Action DESCRIBE_SHARED_DIRECTORIES = Action.of(PREFIX, "DescribeSharedDirectories");

  /** {@code ds:DescribeSnapshots}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SNAPSHOTS = Action.of(PREFIX, "DescribeSnapshots");

  /** {@code ds:DescribeTrusts}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRUSTS = Action.of(PREFIX, "DescribeTrusts");

  /** {@code ds:DescribeUpdateDirectory}: Read; on directory. */
  public static final Action DESCRIBE_UPDATE_DIRECTORY = Action.of(PREFIX, "DescribeUpdateDirectory");

  /** {@code ds:DisableCAEnrollmentPolicy}: Write; on directory. */
  public static final Action DISABLE_CA_ENROLLMENT_POLICY = Action.of(PREFIX, "DisableCAEnrollmentPolicy");

  /** {@code ds:DisableClientAuthentication}: Write; on directory. */
  public static final Action DISABLE_CLIENT_AUTHENTICATION = Action.of(PREFIX, "DisableClientAuthentication");

  /** {@code ds:DisableDirectoryDataAccess}: Write; on directory. */
  public static final Action DISABLE_DIRECTORY_DATA_ACCESS = Action.of(PREFIX, "DisableDirectoryDataAccess");

  /** {@code ds:DisableLDAPS}: Write; on directory. */
  public static final Action DISABLE_LDAPS = Action.of(PREFIX, "DisableLDAPS");

  /** {@code ds:DisableRadius}: Write; on directory. */
  public static final Action DISABLE_RADIUS = Action.of(PREFIX, "DisableRadius");

  /** {@code ds:DisableRoleAccess}: Write; on directory. */
  public static final Action DISABLE_ROLE_ACCESS = Action.of(PREFIX, "DisableRoleAccess");

  /** {@code ds:DisableSso}: Write; on directory. */
  public static final Action DISABLE_SSO = Action.of(PREFIX, "DisableSso");

  /** {@code ds:EnableCAEnrollmentPolicy}: Write; on directory. */
  public static final Action ENABLE_CA_ENROLLMENT_POLICY = Action.of(PREFIX, "EnableCAEnrollmentPolicy");

  /** {@code ds:EnableClientAuthentication}: Write; on directory. */
  public static final Action ENABLE_CLIENT_AUTHENTICATION = Action.of(PREFIX, "EnableClientAuthentication");

  /** {@code ds:EnableDirectoryDataAccess}: Write; on directory. */
  public static final Action ENABLE_DIRECTORY_DATA_ACCESS = Action.of(PREFIX, "EnableDirectoryDataAccess");

  /** {@code ds:EnableLDAPS}: Write; on directory. */
  public static final Action ENABLE_LDAPS = Action.of(PREFIX, "EnableLDAPS");

  /** {@code ds:EnableRadius}: Write; on directory. */
  public static final Action ENABLE_RADIUS = Action.of(PREFIX, "EnableRadius");

  /** {@code ds:EnableRoleAccess}: Write; on directory. */
  public static final Action ENABLE_ROLE_ACCESS = Action.of(PREFIX, "EnableRoleAccess");

  /** {@code ds:EnableSso}: Write; on directory. */
  public static final Action ENABLE_SSO = Action.of(PREFIX, "EnableSso");

  /** {@code ds:GetAuthorizedApplicationDetails}: Read; on directory. */
  public static final Action GET_AUTHORIZED_APPLICATION_DETAILS = Action.of(PREFIX, "GetAuthorizedApplicationDetails");

  /** {@code ds:GetDirectoryLimits}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DIRECTORY_LIMITS = Action.of(PREFIX, "GetDirectoryLimits");

  /** {@code ds:GetSnapshotLimits}: Read; on directory. */
  public static final Action GET_SNAPSHOT_LIMITS = Action.of(PREFIX, "GetSnapshotLimits");

  /** {@code ds:ListADAssessments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AD_ASSESSMENTS = Action.of(PREFIX, "ListADAssessments");

  /** {@code ds:ListAuthorizedApplications}: Read; on directory. */
  public static final Action LIST_AUTHORIZED_APPLICATIONS = Action.of(PREFIX, "ListAuthorizedApplications");

  /** {@code ds:ListCertificates}: List; on directory. */
  public static final Action LIST_CERTIFICATES = Action.of(PREFIX, "ListCertificates");

  /** {@code ds:ListIpRoutes}: Read; on directory. */
  public static final Action LIST_IP_ROUTES = Action.of(PREFIX, "ListIpRoutes");

  /** {@code ds:ListLogSubscriptions}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_LOG_SUBSCRIPTIONS = Action.of(PREFIX, "ListLogSubscriptions");

  /** {@code ds:ListSchemaExtensions}: List; on directory. */
  public static final Action LIST_SCHEMA_EXTENSIONS = Action.of(PREFIX, "ListSchemaExtensions");

  /** {@code ds:ListTagsForResource}: Read; on directory. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code ds:RegisterCertificate}: Write; on directory. */
  public static final Action REGISTER_CERTIFICATE = Action.of(PREFIX, "RegisterCertificate");

  /** {@code ds:RegisterEventTopic}: Write; on directory. */
  public static final Action REGISTER_EVENT_TOPIC = Action.of(PREFIX, "RegisterEventTopic");

  /** {@code ds:RejectSharedDirectory}: Write; on directory. */
  public static final Action REJECT_SHARED_DIRECTORY = Action.of(PREFIX, "RejectSharedDirectory");

  /** {@code ds:RemoveIpRoutes}: Write; on directory. */
  public static final Action REMOVE_IP_ROUTES = Action.of(PREFIX, "RemoveIpRoutes");

  /** {@code ds:RemoveRegion}: Write; on directory. */
  public static final Action REMOVE_REGION = Action.of(PREFIX, "RemoveRegion");

  /** {@code ds:RemoveTagsFromResource}: Tagging; on directory. */
  public static final Action REMOVE_TAGS_FROM_RESOURCE = Action.of(PREFIX, "RemoveTagsFromResource");

  /** {@code ds:ResetUserPassword}: Write; on directory. */
  public static final Action RESET_USER_PASSWORD = Action.of(PREFIX, "ResetUserPassword");

  /** {@code ds:RestoreFromSnapshot}: Write; on directory. */
  public static final Action RESTORE_FROM_SNAPSHOT = Action.of(PREFIX, "RestoreFromSnapshot");

  /** {@code ds:ShareDirectory}: Permissions management; on directory. */
  public static final Action SHARE_DIRECTORY = Action.of(PREFIX, "ShareDirectory");

  /** {@code ds:StartADAssessment}: Write; on no resource type (give {@code *}). */
  public static final Action START_AD_ASSESSMENT = Action.of(PREFIX, "StartADAssessment");

  /** {@code ds:StartSchemaExtension}: Write; on directory. */
  public static final Action START_SCHEMA_EXTENSION = Action.of(PREFIX, "StartSchemaExtension");

  /** {@code ds:UnauthorizeApplication}: Write; on directory. */
  public static final Action UNAUTHORIZE_APPLICATION = Action.of(PREFIX, "UnauthorizeApplication");

  /** {@code ds:UnshareDirectory}: Write; on directory. */
  public static final Action UNSHARE_DIRECTORY = Action.of(PREFIX, "UnshareDirectory");

  /** {@code ds:UpdateAuthorizedApplication}: Write; on directory. */
  public static final Action UPDATE_AUTHORIZED_APPLICATION = Action.of(PREFIX, "UpdateAuthorizedApplication");

  /** {@code ds:UpdateConditionalForwarder}: Write; on directory. */
  public static final Action UPDATE_CONDITIONAL_FORWARDER = Action.of(PREFIX, "UpdateConditionalForwarder");

  /** {@code ds:UpdateDirectory}: Write; on directory. */
  public static final Action UPDATE_DIRECTORY = Action.of(PREFIX, "UpdateDirectory");

  /** {@code ds:UpdateDirectorySetup}: Write; on directory. */
  public static final Action UPDATE_DIRECTORY_SETUP = Action.of(PREFIX, "UpdateDirectorySetup");

  /** {@code ds:UpdateHybridAD}: Write; on directory. */
  public static final Action UPDATE_HYBRID_AD = Action.of(PREFIX, "UpdateHybridAD");

  /** {@code ds:UpdateNumberOfDomainControllers}: Write; on directory. */
  public static final Action UPDATE_NUMBER_OF_DOMAIN_CONTROLLERS = Action.of(PREFIX, "UpdateNumberOfDomainControllers");

  /** {@code ds:UpdateRadius}: Write; on directory. */
  public static final Action UPDATE_RADIUS = Action.of(PREFIX, "UpdateRadius");

  /** {@code ds:UpdateSettings}: Write; on directory. */
  public static final Action UPDATE_SETTINGS = Action.of(PREFIX, "UpdateSettings");

  /** {@code ds:UpdateTrust}: Write; on directory. */
  public static final Action UPDATE_TRUST = Action.of(PREFIX, "UpdateTrust");

  /** {@code ds:VerifyTrust}: Read; on directory. */
  public static final Action VERIFY_TRUST = Action.of(PREFIX, "VerifyTrust");

  private Ds() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
