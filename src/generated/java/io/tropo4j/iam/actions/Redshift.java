// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Redshift (prefix {@code redshift}), as the service authorization reference lists them.
 */
public final class Redshift {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "redshift";

  /** {@code redshift:AcceptReservedNodeExchange}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_RESERVED_NODE_EXCHANGE = Action.of(PREFIX, "AcceptReservedNodeExchange");

  /** {@code redshift:AddPartner}: Write; on no resource type (give {@code *}). */
  public static final Action ADD_PARTNER = Action.of(PREFIX, "AddPartner");

  /** {@code redshift:AssociateDataShareConsumer}: Write; on datashare. */
  public static final Action ASSOCIATE_DATA_SHARE_CONSUMER = Action.of(PREFIX, "AssociateDataShareConsumer");

  /** {@code redshift:AuthorizeClusterSecurityGroupIngress}: Write; on securitygroup, securitygroupingress-ec2securitygroup. */
  public static final Action AUTHORIZE_CLUSTER_SECURITY_GROUP_INGRESS = Action.of(PREFIX, "AuthorizeClusterSecurityGroupIngress");

  /** {@code redshift:AuthorizeDataShare}: Permissions management; on datashare. */
  public static final Action AUTHORIZE_DATA_SHARE = Action.of(PREFIX, "AuthorizeDataShare");

  /** {@code redshift:AuthorizeEndpointAccess}: Permissions management; on no resource type (give {@code *}). */
  public static final Action AUTHORIZE_ENDPOINT_ACCESS = Action.of(PREFIX, "AuthorizeEndpointAccess");

  /** {@code redshift:AuthorizeInboundIntegration}: Write; on integration. */
  public static final Action AUTHORIZE_INBOUND_INTEGRATION = Action.of(PREFIX, "AuthorizeInboundIntegration");

  /** {@code redshift:AuthorizeSnapshotAccess}: Permissions management; on snapshot. */
  public static final Action AUTHORIZE_SNAPSHOT_ACCESS = Action.of(PREFIX, "AuthorizeSnapshotAccess");

  /** {@code redshift:BatchDeleteClusterSnapshots}: Write; on snapshot. */
  public static final Action BATCH_DELETE_CLUSTER_SNAPSHOTS = Action.of(PREFIX, "BatchDeleteClusterSnapshots");

  /** {@code redshift:BatchModifyClusterSnapshots}: Write; on snapshot. */
  public static final Action BATCH_MODIFY_CLUSTER_SNAPSHOTS = Action.of(PREFIX, "BatchModifyClusterSnapshots");

  /** {@code redshift:CancelQuery}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_QUERY = Action.of(PREFIX, "CancelQuery");

  /** {@code redshift:CancelQuerySession}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_QUERY_SESSION = Action.of(PREFIX, "CancelQuerySession");

  /** {@code redshift:CancelResize}: Write; on cluster. */
  public static final Action CANCEL_RESIZE = Action.of(PREFIX, "CancelResize");

  /** {@code redshift:CopyClusterSnapshot}: Write; on snapshot. */
  public static final Action COPY_CLUSTER_SNAPSHOT = Action.of(PREFIX, "CopyClusterSnapshot");

  /** {@code redshift:CreateAuthenticationProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AUTHENTICATION_PROFILE = Action.of(PREFIX, "CreateAuthenticationProfile");

  /** {@code redshift:CreateCluster}: Write; on cluster. */
  public static final Action CREATE_CLUSTER = Action.of(PREFIX, "CreateCluster");

  /** {@code redshift:CreateClusterParameterGroup}: Write; on parametergroup. */
  public static final Action CREATE_CLUSTER_PARAMETER_GROUP = Action.of(PREFIX, "CreateClusterParameterGroup");

  /** {@code redshift:CreateClusterSecurityGroup}: Write; on securitygroup. */
  public static final Action CREATE_CLUSTER_SECURITY_GROUP = Action.of(PREFIX, "CreateClusterSecurityGroup");

  /** {@code redshift:CreateClusterSnapshot}: Write; on snapshot. */
  public static final Action CREATE_CLUSTER_SNAPSHOT = Action.of(PREFIX, "CreateClusterSnapshot");

  /** {@code redshift:CreateClusterSubnetGroup}: Write; on subnetgroup. */
  public static final Action CREATE_CLUSTER_SUBNET_GROUP = Action.of(PREFIX, "CreateClusterSubnetGroup");

  /** {@code redshift:CreateClusterUser}: Permissions management; on dbuser. */
  public static final Action CREATE_CLUSTER_USER = Action.of(PREFIX, "CreateClusterUser");

  /** {@code redshift:CreateCustomDomainAssociation}: Write; on cluster. */
  public static final Action CREATE_CUSTOM_DOMAIN_ASSOCIATION = Action.of(PREFIX, "CreateCustomDomainAssociation");

  /** {@code redshift:CreateEndpointAccess}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENDPOINT_ACCESS = Action.of(PREFIX, "CreateEndpointAccess");

  /** {@code redshift:CreateEventSubscription}: Write; on eventsubscription. */
  public static final Action CREATE_EVENT_SUBSCRIPTION = Action.of(PREFIX, "CreateEventSubscription");

  /** {@code redshift:CreateHsmClientCertificate}: Write; on hsmclientcertificate. */
  public static final Action CREATE_HSM_CLIENT_CERTIFICATE = Action.of(PREFIX, "CreateHsmClientCertificate");

  /** {@code redshift:CreateHsmConfiguration}: Write; on hsmconfiguration. */
  public static final Action CREATE_HSM_CONFIGURATION = Action.of(PREFIX, "CreateHsmConfiguration");

  /** {@code redshift:CreateInboundIntegration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INBOUND_INTEGRATION = Action.of(PREFIX, "CreateInboundIntegration");

  /** {@code redshift:CreateIntegration}: Write; on integration. */
  public static final Action CREATE_INTEGRATION = Action.of(PREFIX, "CreateIntegration");

  /** {@code redshift:CreateQev2IdcApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_QEV2_IDC_APPLICATION = Action.of(PREFIX, "CreateQev2IdcApplication");

  /** {@code redshift:CreateRedshiftIdcApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REDSHIFT_IDC_APPLICATION = Action.of(PREFIX, "CreateRedshiftIdcApplication");

  /** {@code redshift:CreateSavedQuery}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SAVED_QUERY = Action.of(PREFIX, "CreateSavedQuery");

  /** {@code redshift:CreateScheduledAction}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SCHEDULED_ACTION = Action.of(PREFIX, "CreateScheduledAction");

  /** {@code redshift:CreateSnapshotCopyGrant}: Permissions management; on snapshotcopygrant. */
  public static final Action CREATE_SNAPSHOT_COPY_GRANT = Action.of(PREFIX, "CreateSnapshotCopyGrant");

  /** {@code redshift:CreateSnapshotSchedule}: Write; on snapshotschedule. */
  public static final Action CREATE_SNAPSHOT_SCHEDULE = Action.of(PREFIX, "CreateSnapshotSchedule");

  /** {@code redshift:CreateTags}: Tagging; on cluster, eventsubscription, hsmclientcertificate, hsmconfiguration, integration, parametergroup, securitygroup, securitygroupingress-cidr, securitygroupingress-ec2securitygroup, snapshot, snapshotcopygrant, snapshotschedule, subnetgroup, usagelimit. */
  public static final Action CREATE_TAGS = Action.of(PREFIX, "CreateTags");

  /** {@code redshift:CreateUsageLimit}: Write; on usagelimit. */
  public static final Action CREATE_USAGE_LIMIT = Action.of(PREFIX, "CreateUsageLimit");

  /** {@code redshift:DeauthorizeDataShare}: Permissions management; on datashare. */
  public static final Action DEAUTHORIZE_DATA_SHARE = Action.of(PREFIX, "DeauthorizeDataShare");

  /** {@code redshift:DeleteAuthenticationProfile}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_AUTHENTICATION_PROFILE = Action.of(PREFIX, "DeleteAuthenticationProfile");

  /** {@code redshift:DeleteCluster}: Write; on cluster. */
  public static final Action DELETE_CLUSTER = Action.of(PREFIX, "DeleteCluster");

  /** {@code redshift:DeleteClusterParameterGroup}: Write; on parametergroup. */
  public static final Action DELETE_CLUSTER_PARAMETER_GROUP = Action.of(PREFIX, "DeleteClusterParameterGroup");

  /** {@code redshift:DeleteClusterSecurityGroup}: Write; on securitygroup. */
  public static final Action DELETE_CLUSTER_SECURITY_GROUP = Action.of(PREFIX, "DeleteClusterSecurityGroup");

  /** {@code redshift:DeleteClusterSnapshot}: Write; on snapshot. */
  public static final Action DELETE_CLUSTER_SNAPSHOT = Action.of(PREFIX, "DeleteClusterSnapshot");

  /** {@code redshift:DeleteClusterSubnetGroup}: Write; on subnetgroup. */
  public static final Action DELETE_CLUSTER_SUBNET_GROUP = Action.of(PREFIX, "DeleteClusterSubnetGroup");

  /** {@code redshift:DeleteCustomDomainAssociation}: Write; on cluster. */
  public static final Action DELETE_CUSTOM_DOMAIN_ASSOCIATION = Action.of(PREFIX, "DeleteCustomDomainAssociation");

  /** {@code redshift:DeleteEndpointAccess}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ENDPOINT_ACCESS = Action.of(PREFIX, "DeleteEndpointAccess");

  /** {@code redshift:DeleteEventSubscription}: Write; on eventsubscription. */
  public static final Action DELETE_EVENT_SUBSCRIPTION = Action.of(PREFIX, "DeleteEventSubscription");

  /** {@code redshift:DeleteHsmClientCertificate}: Write; on hsmclientcertificate. */
  public static final Action DELETE_HSM_CLIENT_CERTIFICATE = Action.of(PREFIX, "DeleteHsmClientCertificate");

  /** {@code redshift:DeleteHsmConfiguration}: Write; on hsmconfiguration. */
  public static final Action DELETE_HSM_CONFIGURATION = Action.of(PREFIX, "DeleteHsmConfiguration");

  /** {@code redshift:DeleteIntegration}: Write; on integration. */
  public static final Action DELETE_INTEGRATION = Action.of(PREFIX, "DeleteIntegration");

  /** {@code redshift:DeletePartner}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PARTNER = Action.of(PREFIX, "DeletePartner");

  /** {@code redshift:DeleteQev2IdcApplication}: Write; on qev2idcapplication. */
  public static final Action DELETE_QEV2_IDC_APPLICATION = Action.of(PREFIX, "DeleteQev2IdcApplication");

  /** {@code redshift:DeleteRedshiftIdcApplication}: Write; on redshiftidcapplication. */
  public static final Action DELETE_REDSHIFT_IDC_APPLICATION = Action.of(PREFIX, "DeleteRedshiftIdcApplication");

  /** {@code redshift:DeleteResourcePolicy}: Permissions management; on namespace. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code redshift:DeleteSavedQueries}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SAVED_QUERIES = Action.of(PREFIX, "DeleteSavedQueries");

  /** {@code redshift:DeleteScheduledAction}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SCHEDULED_ACTION = Action.of(PREFIX, "DeleteScheduledAction");

  /** {@code redshift:DeleteSnapshotCopyGrant}: Write; on snapshotcopygrant. */
  public static final Action DELETE_SNAPSHOT_COPY_GRANT = Action.of(PREFIX, "DeleteSnapshotCopyGrant");

  /** {@code redshift:DeleteSnapshotSchedule}: Write; on snapshotschedule. */
  public static final Action DELETE_SNAPSHOT_SCHEDULE = Action.of(PREFIX, "DeleteSnapshotSchedule");

  /** {@code redshift:DeleteTags}: Tagging; on cluster, eventsubscription, hsmclientcertificate, hsmconfiguration, integration, parametergroup, securitygroup, securitygroupingress-cidr, securitygroupingress-ec2securitygroup, snapshot, snapshotcopygrant, snapshotschedule, subnetgroup, usagelimit. */
  public static final Action DELETE_TAGS = Action.of(PREFIX, "DeleteTags");

  /** {@code redshift:DeleteUsageLimit}: Write; on usagelimit. */
  public static final Action DELETE_USAGE_LIMIT = Action.of(PREFIX, "DeleteUsageLimit");

  /** {@code redshift:DeregisterNamespace}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_NAMESPACE = Action.of(PREFIX, "DeregisterNamespace");

  /** {@code redshift:DescribeAccountAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_ATTRIBUTES = Action.of(PREFIX, "DescribeAccountAttributes");

  /** {@code redshift:DescribeAuthenticationProfiles}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AUTHENTICATION_PROFILES = Action.of(PREFIX, "DescribeAuthenticationProfiles");

  /** {@code redshift:DescribeAutonomicsDenylist}: Read; on cluster. */
  public static final Action DESCRIBE_AUTONOMICS_DENYLIST = Action.of(PREFIX, "DescribeAutonomicsDenylist");

  /** {@code redshift:DescribeClusterDbRevisions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CLUSTER_DB_REVISIONS = Action.of(PREFIX, "DescribeClusterDbRevisions");

  /** {@code redshift:DescribeClusterParameterGroups}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CLUSTER_PARAMETER_GROUPS = Action.of(PREFIX, "DescribeClusterParameterGroups");

  /** {@code redshift:DescribeClusterParameters}: Read; on parametergroup. */
  public static final Action DESCRIBE_CLUSTER_PARAMETERS = Action.of(PREFIX, "DescribeClusterParameters");

  /** {@code redshift:DescribeClusterSecurityGroups}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CLUSTER_SECURITY_GROUPS = Action.of(PREFIX, "DescribeClusterSecurityGroups");

  /** {@code redshift:DescribeClusterSnapshots}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CLUSTER_SNAPSHOTS = Action.of(PREFIX, "DescribeClusterSnapshots");

  /** {@code redshift:DescribeClusterSubnetGroups}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CLUSTER_SUBNET_GROUPS = Action.of(PREFIX, "DescribeClusterSubnetGroups");

  /** {@code redshift:DescribeClusterTracks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CLUSTER_TRACKS = Action.of(PREFIX, "DescribeClusterTracks");

  /** {@code redshift:DescribeClusterVersions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CLUSTER_VERSIONS = Action.of(PREFIX, "DescribeClusterVersions");

  /** {@code redshift:DescribeClusters}: List; on cluster. */
  public static final Action DESCRIBE_CLUSTERS = Action.of(PREFIX, "DescribeClusters");

  /** {@code redshift:DescribeCustomDomainAssociations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CUSTOM_DOMAIN_ASSOCIATIONS = Action.of(PREFIX, "DescribeCustomDomainAssociations");

  /** {@code redshift:DescribeDataShares}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DATA_SHARES = Action.of(PREFIX, "DescribeDataShares");

  /** {@code redshift:DescribeDataSharesForConsumer}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DATA_SHARES_FOR_CONSUMER = Action.of(PREFIX, "DescribeDataSharesForConsumer");

  /** {@code redshift:DescribeDataSharesForProducer}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DATA_SHARES_FOR_PRODUCER = Action.of(PREFIX, "DescribeDataSharesForProducer");

  /** {@code redshift:DescribeDefaultClusterParameters}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DEFAULT_CLUSTER_PARAMETERS = Action.of(PREFIX, "DescribeDefaultClusterParameters");

  /** {@code redshift:DescribeEndpointAccess}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENDPOINT_ACCESS = Action.of(PREFIX, "DescribeEndpointAccess");

  /** {@code redshift:DescribeEndpointAuthorization}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENDPOINT_AUTHORIZATION = Action.of(PREFIX, "DescribeEndpointAuthorization");

  /** {@code redshift:DescribeEventCategories}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENT_CATEGORIES = Action.of(PREFIX, "DescribeEventCategories");

  /** {@code redshift:DescribeEventSubscriptions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENT_SUBSCRIPTIONS = Action.of(PREFIX, "DescribeEventSubscriptions");

  /** {@code redshift:DescribeEvents}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENTS = Action.of(PREFIX, "DescribeEvents");

  /** {@code redshift:DescribeHsmClientCertificates}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_HSM_CLIENT_CERTIFICATES = Action.of(PREFIX, "DescribeHsmClientCertificates");

  /** {@code redshift:DescribeHsmConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_HSM_CONFIGURATIONS = Action.of(PREFIX, "DescribeHsmConfigurations");

  /** {@code redshift:DescribeInboundIntegrations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INBOUND_INTEGRATIONS = Action.of(PREFIX, "DescribeInboundIntegrations");

  /** {@code redshift:DescribeIntegrations}: List; on integration. */
  public static final Action DESCRIBE_INTEGRATIONS = Action.of(PREFIX, "DescribeIntegrations");

  /** {@code redshift:DescribeLoggingStatus}: Read; on cluster. */
  public static final Action DESCRIBE_LOGGING_STATUS = Action.of(PREFIX, "DescribeLoggingStatus");

  /** {@code redshift:DescribeNodeConfigurationOptions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NODE_CONFIGURATION_OPTIONS = Action.of(PREFIX, "DescribeNodeConfigurationOptions");

  /** {@code redshift:DescribeOrderableClusterOptions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORDERABLE_CLUSTER_OPTIONS = Action.of(PREFIX, "DescribeOrderableClusterOptions");

  /** {@code redshift:DescribePartners}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PARTNERS = Action.of(PREFIX, "DescribePartners");

  /** {@code redshift:DescribeQev2IdcApplications}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_QEV2_IDC_APPLICATIONS = Action.of(PREFIX, "DescribeQev2IdcApplications");

  /** {@code redshift:DescribeQuery}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_QUERY = Action.of(PREFIX, "DescribeQuery");

  /** {@code redshift:DescribeRedshiftIdcApplications}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REDSHIFT_IDC_APPLICATIONS = Action.of(PREFIX, "DescribeRedshiftIdcApplications");

  /** {@code redshift:DescribeReservedNodeExchangeStatus}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_NODE_EXCHANGE_STATUS = Action.of(PREFIX, "DescribeReservedNodeExchangeStatus");

  /** {@code redshift:DescribeReservedNodeOfferings}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_NODE_OFFERINGS = Action.of(PREFIX, "DescribeReservedNodeOfferings");

  /** {@code redshift:DescribeReservedNodes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_NODES = Action.of(PREFIX, "DescribeReservedNodes");

  /** {@code redshift:DescribeResize}: Read; on cluster. */
  public static final Action DESCRIBE_RESIZE = Action.of(PREFIX, "DescribeResize");

  /** {@code redshift:DescribeSavedQueries}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SAVED_QUERIES = Action.of(PREFIX, "DescribeSavedQueries");

  /** {@code redshift:DescribeScheduledActions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SCHEDULED_ACTIONS = Action.of(PREFIX, "DescribeScheduledActions");

  /** {@code redshift:DescribeSnapshotCopyGrants}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SNAPSHOT_COPY_GRANTS = Action.of(PREFIX, "DescribeSnapshotCopyGrants");

  /** {@code redshift:DescribeSnapshotSchedules}: Read; on snapshotschedule. */
  public static final Action DESCRIBE_SNAPSHOT_SCHEDULES = Action.of(PREFIX, "DescribeSnapshotSchedules");

  /** {@code redshift:DescribeStorage}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_STORAGE = Action.of(PREFIX, "DescribeStorage");

  /** {@code redshift:DescribeTable}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TABLE = Action.of(PREFIX, "DescribeTable");

  /** {@code redshift:DescribeTableRestoreStatus}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TABLE_RESTORE_STATUS = Action.of(PREFIX, "DescribeTableRestoreStatus");

  /** {@code redshift:DescribeTags}: Read; on cluster, eventsubscription, hsmclientcertificate, hsmconfiguration, integration, parametergroup, securitygroup, securitygroupingress-cidr, securitygroupingress-ec2securitygroup, snapshot, snapshotcopygrant, snapshotschedule, subnetgroup, usagelimit. */
  public static final Action DESCRIBE_TAGS = Action.of(PREFIX, "DescribeTags");

  /** {@code redshift:DescribeUsageLimits}: Read; on usagelimit. */
  public static final Action DESCRIBE_USAGE_LIMITS = Action.of(PREFIX, "DescribeUsageLimits");

  /** {@code redshift:DisableLogging}: Write; on cluster. */
  public static final Action DISABLE_LOGGING = Action.of(PREFIX, "DisableLogging");

  /** {@code redshift:DisableSnapshotCopy}: Write; on cluster. */
  public static final Action DISABLE_SNAPSHOT_COPY = Action.of(PREFIX, "DisableSnapshotCopy");

  /** {@code redshift:DisassociateDataShareConsumer}: Write; on datashare. */
  public static final Action DISASSOCIATE_DATA_SHARE_CONSUMER = Action.of(PREFIX, "DisassociateDataShareConsumer");

  /** {@code redshift:EnableLogging}: Write; on cluster. */
  public static final Action ENABLE_LOGGING = Action.of(PREFIX, "EnableLogging");

  /** {@code redshift:EnableSnapshotCopy}: Write; on cluster. */
  public static final Action ENABLE_SNAPSHOT_COPY = Action.of(PREFIX, "EnableSnapshotCopy");

  /** {@code redshift:ExecuteQuery}: Write; on no resource type (give {@code *}). */
  public static final Action EXECUTE_QUERY = Action.of(PREFIX, "ExecuteQuery");

  /** {@code redshift:FailoverPrimaryCompute}: Write; on cluster. */
  public static final Action FAILOVER_PRIMARY_COMPUTE = Action.of(PREFIX, "FailoverPrimaryCompute");

  /** {@code redshift:FetchResults}: Read; on no resource type (give {@code *}). */
  public static final Action FETCH_RESULTS = Action.of(PREFIX, "FetchResults");

  /** {@code redshift:GetClusterCredentials}: Write; on dbname, dbuser. */
  public static final Action GET_CLUSTER_CREDENTIALS = Action.of(PREFIX, "GetClusterCredentials");

  /** {@code redshift:GetClusterCredentialsWithIAM}: Write; on dbname. */
  public static final Action GET_CLUSTER_CREDENTIALS_WITH_IAM = Action.of(PREFIX, "GetClusterCredentialsWithIAM");

  /** {@code redshift:GetIdentityCenterAuthToken}: Read; on cluster. */
  public static final Action GET_IDENTITY_CENTER_AUTH_TOKEN = Action.of(PREFIX, "GetIdentityCenterAuthToken");

  /** {@code redshift:GetReservedNodeExchangeConfigurationOptions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESERVED_NODE_EXCHANGE_CONFIGURATION_OPTIONS = Action.of(PREFIX, "GetReservedNodeExchangeConfigurationOptions");

  /** {@code redshift:GetReservedNodeExchangeOfferings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESERVED_NODE_EXCHANGE_OFFERINGS = Action.of(PREFIX, "GetReservedNodeExchangeOfferings");

  /** {@code redshift:GetResourcePolicy}: Read; on namespace. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code redshift:JoinGroup}: Permissions management; on dbgroup. */
  public static final Action JOIN_GROUP = Action.of(PREFIX, "JoinGroup");

  /** {@code redshift:ListDatabases}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATABASES = Action.of(PREFIX, "ListDatabases");

  /** {@code redshift:ListRecommendations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECOMMENDATIONS = Action.of(PREFIX, "ListRecommendations");

  /** {@code redshift:ListSavedQueries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SAVED_QUERIES = Action.of(PREFIX, "ListSavedQueries");

  /** {@code redshift:ListSchemas}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCHEMAS = Action.of(PREFIX, "ListSchemas");

  /** {@code redshift:ListTables}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TABLES = Action.of(PREFIX, "ListTables");

  /** {@code redshift:ModifyAquaConfiguration}: Write; on cluster. */
  public static final Action MODIFY_AQUA_CONFIGURATION = Action.of(PREFIX, "ModifyAquaConfiguration");

  /** {@code redshift:ModifyAuthenticationProfile}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_AUTHENTICATION_PROFILE = Action.of(PREFIX, "ModifyAuthenticationProfile");

  /** {@code redshift:ModifyAutonomicsDenylist}: Write; on cluster. */
  public static final Action MODIFY_AUTONOMICS_DENYLIST = Action.of(PREFIX, "ModifyAutonomicsDenylist");

  /** {@code redshift:ModifyCluster}: Write; on cluster. */
  public static final Action MODIFY_CLUSTER = Action.of(PREFIX, "ModifyCluster");

  /** {@code redshift:ModifyClusterDbRevision}: Write; on cluster. */
  public static final Action MODIFY_CLUSTER_DB_REVISION = Action.of(PREFIX, "ModifyClusterDbRevision");

  /** {@code redshift:ModifyClusterIamRoles}: Permissions management; on cluster. */
  public static final Action MODIFY_CLUSTER_IAM_ROLES = Action.of(PREFIX, "ModifyClusterIamRoles");

  /** {@code redshift:ModifyClusterMaintenance}: Write; on cluster. */
  public static final Action MODIFY_CLUSTER_MAINTENANCE = Action.of(PREFIX, "ModifyClusterMaintenance");

  /** {@code redshift:ModifyClusterParameterGroup}: Write; on parametergroup. */
  public static final Action MODIFY_CLUSTER_PARAMETER_GROUP = Action.of(PREFIX, "ModifyClusterParameterGroup");

  /** {@code redshift:ModifyClusterSnapshot}: Write; on snapshot. */
  public static final Action MODIFY_CLUSTER_SNAPSHOT = Action.of(PREFIX, "ModifyClusterSnapshot");

  /** {@code redshift:ModifyClusterSnapshotSchedule}: Write; on cluster. */
  public static final Action MODIFY_CLUSTER_SNAPSHOT_SCHEDULE = Action.of(PREFIX, "ModifyClusterSnapshotSchedule");

  /** {@code redshift:ModifyClusterSubnetGroup}: Write; on subnetgroup. */
  public static final Action MODIFY_CLUSTER_SUBNET_GROUP = Action.of(PREFIX, "ModifyClusterSubnetGroup");

  /** {@code redshift:ModifyCustomDomainAssociation}: Write; on cluster. */
  public static final Action MODIFY_CUSTOM_DOMAIN_ASSOCIATION = Action.of(PREFIX, "ModifyCustomDomainAssociation");

  /** {@code redshift:ModifyEndpointAccess}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_ENDPOINT_ACCESS = Action.of(PREFIX, "ModifyEndpointAccess");

  /** {@code redshift:ModifyEventSubscription}: Write; on eventsubscription. */
  public static final Action MODIFY_EVENT_SUBSCRIPTION = Action.of(PREFIX, "ModifyEventSubscription");

  /** {@code redshift:ModifyIntegration}: Write; on integration. */
  public static final Action MODIFY_INTEGRATION = Action.of(PREFIX, "ModifyIntegration");

  /** {@code redshift:ModifyQev2IdcApplication}: Write; on qev2idcapplication. */
  public static final Action MODIFY_QEV2_IDC_APPLICATION = Action.of(PREFIX, "ModifyQev2IdcApplication");

  /** {@code redshift:ModifyRedshiftIdcApplication}: Write; on redshiftidcapplication. */
  public static final Action MODIFY_REDSHIFT_IDC_APPLICATION = Action.of(PREFIX, "ModifyRedshiftIdcApplication");

  /** {@code redshift:ModifySavedQuery}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_SAVED_QUERY = Action.of(PREFIX, "ModifySavedQuery");

  /** {@code redshift:ModifyScheduledAction}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_SCHEDULED_ACTION = Action.of(PREFIX, "ModifyScheduledAction");

  /** {@code redshift:ModifySnapshotCopyRetentionPeriod}: Write; on cluster. */
  public static final Action MODIFY_SNAPSHOT_COPY_RETENTION_PERIOD = Action.of(PREFIX, "ModifySnapshotCopyRetentionPeriod");

  /** {@code redshift:ModifySnapshotSchedule}: Write; on snapshotschedule. */
  public static final Action MODIFY_SNAPSHOT_SCHEDULE = Action.of(PREFIX, "ModifySnapshotSchedule");

  /** {@code redshift:ModifyUsageLimit}: Write; on usagelimit. */
  public static final Action MODIFY_USAGE_LIMIT = Action.of(PREFIX, "ModifyUsageLimit");

  /** {@code redshift:PauseCluster}: Write; on cluster. */
  public static final Action PAUSE_CLUSTER = Action.of(PREFIX, "PauseCluster");

  /** {@code redshift:PurchaseReservedNodeOffering}: Write; on no resource type (give {@code *}). */
  public static final Action PURCHASE_RESERVED_NODE_OFFERING = Action.of(PREFIX, "PurchaseReservedNodeOffering");

  /** {@code redshift:PutResourcePolicy}: Permissions management; on namespace. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code redshift:RebootCluster}: Write; on cluster. */
  public static final Action REBOOT_CLUSTER = Action.of(PREFIX, "RebootCluster");

  /** {@code redshift:RegisterNamespace}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_NAMESPACE = Action.of(PREFIX, "RegisterNamespace");

  /** {@code redshift:RejectDataShare}: Permissions management; on datashare. */
  public static final Action REJECT_DATA_SHARE = Action.of(PREFIX, "RejectDataShare");

  /** {@code redshift:ResetClusterParameterGroup}: Write; on parametergroup. */
  public static final Action RESET_CLUSTER_PARAMETER_GROUP = Action.of(PREFIX, "ResetClusterParameterGroup");

  /** {@code redshift:ResizeCluster}: Write; on cluster. */
  public static final Action RESIZE_CLUSTER = Action.of(PREFIX, "ResizeCluster");

  /** {@code redshift:RestoreFromClusterSnapshot}: Write; on cluster, snapshot. */
  public static final Action RESTORE_FROM_CLUSTER_SNAPSHOT = Action.of(PREFIX, "RestoreFromClusterSnapshot");

  /** {@code redshift:RestoreTableFromClusterSnapshot}: Write; on cluster, snapshot. */
  public static final Action RESTORE_TABLE_FROM_CLUSTER_SNAPSHOT = Action.of(PREFIX, "RestoreTableFromClusterSnapshot");

  /** {@code redshift:ResumeCluster}: Write; on cluster. */
  public static final Action RESUME_CLUSTER = Action.of(PREFIX, "ResumeCluster");

  /** {@code redshift:RevokeClusterSecurityGroupIngress}: Write; on securitygroup, securitygroupingress-ec2securitygroup. */
  public static final Action REVOKE_CLUSTER_SECURITY_GROUP_INGRESS = Action.of(PREFIX, "RevokeClusterSecurityGroupIngress");

  /** {@code redshift:RevokeEndpointAccess}: Permissions management; on no resource type (give {@code *}). */
  public static final Action REVOKE_ENDPOINT_ACCESS = Action.of(PREFIX, "RevokeEndpointAccess");

  /** {@code redshift:RevokeSnapshotAccess}: Permissions management; on snapshot. */
  public static final Action REVOKE_SNAPSHOT_ACCESS = Action.of(PREFIX, "RevokeSnapshotAccess");

  /** {@code redshift:RotateEncryptionKey}: Write; on cluster. */
  public static final Action ROTATE_ENCRYPTION_KEY = Action.of(PREFIX, "RotateEncryptionKey");

  /** {@code redshift:UpdatePartnerStatus}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PARTNER_STATUS = Action.of(PREFIX, "UpdatePartnerStatus");

  /** {@code redshift:ViewQueriesFromConsole}: List; on no resource type (give {@code *}). */
  public static final Action VIEW_QUERIES_FROM_CONSOLE = Action.of(PREFIX, "ViewQueriesFromConsole");

  /** {@code redshift:ViewQueriesInConsole}: List; on no resource type (give {@code *}). */
  public static final Action VIEW_QUERIES_IN_CONSOLE = Action.of(PREFIX, "ViewQueriesInConsole");

  private Redshift() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
