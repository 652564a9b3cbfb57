// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon OpenSearch Service (prefix {@code es}), as the service authorization reference lists them.
 */
public final class Es {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "es";

  /** {@code es:AcceptInboundConnection}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_INBOUND_CONNECTION = Action.of(PREFIX, "AcceptInboundConnection");

  /** {@code es:AcceptInboundCrossClusterSearchConnection}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_INBOUND_CROSS_CLUSTER_SEARCH_CONNECTION = Action.of(PREFIX, "AcceptInboundCrossClusterSearchConnection");

  /** {@code es:AddDataSource}: Write; on domain. */
  public static final Action ADD_DATA_SOURCE = Action.of(PREFIX, "AddDataSource");

  /** {@code es:AddDirectQueryDataSource}: Write; on datasource. */
  public static final Action ADD_DIRECT_QUERY_DATA_SOURCE = Action.of(PREFIX, "AddDirectQueryDataSource");

  /** {@code es:AddTags}: Tagging; on application, datasource, domain. */
  public static final Action ADD_TAGS = Action.of(PREFIX, "AddTags");

  /** {@code es:AssociatePackage}: Write; on domain. */
  public static final Action ASSOCIATE_PACKAGE = Action.of(PREFIX, "AssociatePackage");

  /** {@code es:AssociatePackages}: Write; on domain. */
  public static final Action ASSOCIATE_PACKAGES = Action.of(PREFIX, "AssociatePackages");

  /** {@code es:AuthorizeVpcEndpointAccess}: Write; on no resource type (give {@code *}). */
  public static final Action AUTHORIZE_VPC_ENDPOINT_ACCESS = Action.of(PREFIX, "AuthorizeVpcEndpointAccess");

  /** {@code es:CancelDomainConfigChange}: Write; on domain. */
  public static final Action CANCEL_DOMAIN_CONFIG_CHANGE = Action.of(PREFIX, "CancelDomainConfigChange");

  /** {@code es:CancelElasticsearchServiceSoftwareUpdate}: Write; on domain. */
  public static final Action CANCEL_ELASTICSEARCH_SERVICE_SOFTWARE_UPDATE = Action.of(PREFIX, "CancelElasticsearchServiceSoftwareUpdate");

  /** {@code es:CancelServiceSoftwareUpdate}: Write; on domain. */
  public static final Action CANCEL_SERVICE_SOFTWARE_UPDATE = Action.of(PREFIX, "CancelServiceSoftwareUpdate");

  /** {@code es:CreateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code es:CreateDomain}: Write; on domain. */
  public static final Action CREATE_DOMAIN = Action.of(PREFIX, "CreateDomain");

  /** {@code es:CreateElasticsearchDomain}: Permissions management; on domain. */
  public static final Action CREATE_ELASTICSEARCH_DOMAIN = Action.of(PREFIX, "CreateElasticsearchDomain");

  /** {@code es:CreateElasticsearchServiceRole}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ELASTICSEARCH_SERVICE_ROLE = Action.of(PREFIX, "CreateElasticsearchServiceRole");

  /** {@code es:CreateIndex}: Write; on domain. */
  public static final Action CREATE_INDEX = Action.of(PREFIX, "CreateIndex");

  /** {@code es:CreateOutboundConnection}: Write; on domain. */
  public static final Action CREATE_OUTBOUND_CONNECTION = Action.of(PREFIX, "CreateOutboundConnection");

  /** {@code es:CreateOutboundCrossClusterSearchConnection}: Write; on domain. */
  public static final Action CREATE_OUTBOUND_CROSS_CLUSTER_SEARCH_CONNECTION = Action.of(PREFIX, "CreateOutboundCrossClusterSearchConnection");

  /** {@code es:CreatePackage}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PACKAGE = Action.of(PREFIX, "CreatePackage");

  /** {@code es:CreateServiceRole}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SERVICE_ROLE = Action.of(PREFIX, "CreateServiceRole");

  /** {@code es:CreateVpcEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VPC_ENDPOINT = Action.of(PREFIX, "CreateVpcEndpoint");

  /** {@code es:DeleteApplication}: Write; on application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code es:DeleteDataSource}: Write; on domain. */
  public static final Action DELETE_DATA_SOURCE = Action.of(PREFIX, "DeleteDataSource");

  /** {@code es:DeleteDirectQueryDataSource}: Write; on datasource. */
  public static final Action DELETE_DIRECT_QUERY_DATA_SOURCE = Action.of(PREFIX, "DeleteDirectQueryDataSource");

  /** {@code es:DeleteDomain}: Write; on domain. */
  public static final Action DELETE_DOMAIN = Action.of(PREFIX, "DeleteDomain");

  /** {@code es:DeleteElasticsearchDomain}: Write; on domain. */
  public static final Action DELETE_ELASTICSEARCH_DOMAIN = Action.of(PREFIX, "DeleteElasticsearchDomain");

  /** {@code es:DeleteElasticsearchServiceRole}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ELASTICSEARCH_SERVICE_ROLE = Action.of(PREFIX, "DeleteElasticsearchServiceRole");

  /** {@code es:DeleteInboundConnection}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_INBOUND_CONNECTION = Action.of(PREFIX, "DeleteInboundConnection");

  /** {@code es:DeleteInboundCrossClusterSearchConnection}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_INBOUND_CROSS_CLUSTER_SEARCH_CONNECTION = Action.of(PREFIX, "DeleteInboundCrossClusterSearchConnection");

  /** {@code es:DeleteIndex}: Write; on domain. */
  public static final Action DELETE_INDEX = Action.of(PREFIX, "DeleteIndex");

  /** {@code es:DeleteOutboundConnection}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_OUTBOUND_CONNECTION = Action.of(PREFIX, "DeleteOutboundConnection");

  /** {@code es:DeleteOutboundCrossClusterSearchConnection}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_OUTBOUND_CROSS_CLUSTER_SEARCH_CONNECTION = Action.of(PREFIX, "DeleteOutboundCrossClusterSearchConnection");

  /** {@code es:DeletePackage}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PACKAGE = Action.of(PREFIX, "DeletePackage");

  /** {@code es:DeleteVpcEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_VPC_ENDPOINT = Action.of(PREFIX, "DeleteVpcEndpoint");

  /** {@code es:DescribeDomain}: Read; on domain. */
  public static final Action DESCRIBE_DOMAIN = Action.of(PREFIX, "DescribeDomain");

  /** {@code es:DescribeDomainAutoTunes}: Read; on domain. */
  public static final Action DESCRIBE_DOMAIN_AUTO_TUNES = Action.of(PREFIX, "DescribeDomainAutoTunes");

  /** {@code es:DescribeDomainChangeProgress}: Read; on domain. */
  public static final Action DESCRIBE_DOMAIN_CHANGE_PROGRESS = Action.of(PREFIX, "DescribeDomainChangeProgress");

  /** {@code es:DescribeDomainConfig}: Read; on domain. */
  public static final Action DESCRIBE_DOMAIN_CONFIG = Action.of(PREFIX, "DescribeDomainConfig");

  /** {@code es:DescribeDomainHealth}: Read; on domain. */
  public static final Action DESCRIBE_DOMAIN_HEALTH = Action.of(PREFIX, "DescribeDomainHealth");

  /** {@code es:DescribeDomainNodes}: Read; on domain. */
  public static final Action DESCRIBE_DOMAIN_NODES = Action.of(PREFIX, "DescribeDomainNodes");

  /** {@code es:DescribeDomains}: List; on domain. */
  public static final Action DESCRIBE_DOMAINS = Action.of(PREFIX, "DescribeDomains");

  /** {@code es:DescribeDryRunProgress}: Read; on domain. */
  public static final Action DESCRIBE_DRY_RUN_PROGRESS = Action.of(PREFIX, "DescribeDryRunProgress");

  /** {@code es:DescribeElasticsearchDomain}: Read; on domain. */
  public static final Action DESCRIBE_ELASTICSEARCH_DOMAIN = Action.of(PREFIX, "DescribeElasticsearchDomain");

  /** {@code es:DescribeElasticsearchDomainConfig}: Read; on domain. */
  public static final Action DESCRIBE_ELASTICSEARCH_DOMAIN_CONFIG = Action.of(PREFIX, "DescribeElasticsearchDomainConfig");

  /** {@code es:DescribeElasticsearchDomains}: List; on domain. */
  public static final Action DESCRIBE_ELASTICSEARCH_DOMAINS = Action.of(PREFIX, "DescribeElasticsearchDomains");

  /** {@code es:DescribeElasticsearchInstanceTypeLimits}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ELASTICSEARCH_INSTANCE_TYPE_LIMITS = Action.of(PREFIX, "DescribeElasticsearchInstanceTypeLimits");

  /** {@code es:DescribeInboundConnections}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INBOUND_CONNECTIONS = Action.of(PREFIX, "DescribeInboundConnections");

  /** {@code es:DescribeInboundCrossClusterSearchConnections}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INBOUND_CROSS_CLUSTER_SEARCH_CONNECTIONS = Action.of(PREFIX, "DescribeInboundCrossClusterSearchConnections");

  /** {@code es:DescribeInsightDetails}: Read; on domain. */
  public static final Action DESCRIBE_INSIGHT_DETAILS = Action.of(PREFIX, "DescribeInsightDetails");

  /** {@code es:DescribeInstanceTypeLimits}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_TYPE_LIMITS = Action.of(PREFIX, "DescribeInstanceTypeLimits");

  /** {@code es:DescribeOutboundConnections}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_OUTBOUND_CONNECTIONS = Action.of(PREFIX, "DescribeOutboundConnections");

  /** {@code es:DescribeOutboundCrossClusterSearchConnections}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_OUTBOUND_CROSS_CLUSTER_SEARCH_CONNECTIONS = Action.of(PREFIX, "DescribeOutboundCrossClusterSearchConnections");

  /** {@code es:DescribePackages}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PACKAGES = Action.of(PREFIX, "DescribePackages");

  /** {@code es:DescribeReservedElasticsearchInstanceOfferings}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_ELASTICSEARCH_INSTANCE_OFFERINGS = Action.of(PREFIX, "DescribeReservedElasticsearchInstanceOfferings");

  /** {@code es:DescribeReservedElasticsearchInstances}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_ELASTICSEARCH_INSTANCES = Action.of(PREFIX, "DescribeReservedElasticsearchInstances");

  /** {@code es:DescribeReservedInstanceOfferings}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_INSTANCE_OFFERINGS = Action.of(PREFIX, "DescribeReservedInstanceOfferings");

  /** {@code es:DescribeReservedInstances}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_INSTANCES = Action.of(PREFIX, "DescribeReservedInstances");

  /** {@code es:DescribeVpcEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_ENDPOINTS = Action.of(PREFIX, "DescribeVpcEndpoints");

  /** {@code es:DissociatePackage}: Write; on domain. */
  public static final Action DISSOCIATE_PACKAGE = Action.of(PREFIX, "DissociatePackage");

  /** {@code es:DissociatePackages}: Write; on domain. */
  public static final Action DISSOCIATE_PACKAGES = Action.of(PREFIX, "DissociatePackages");

  /** {@code es:ESCrossClusterGet}: Read; on domain. */
  public static final Action ES_CROSS_CLUSTER_GET = Action.of(PREFIX, "ESCrossClusterGet");

  /** {@code es:ESHttpDelete}: Write; on domain. */
  public static final Action ES_HTTP_DELETE = Action.of(PREFIX, "ESHttpDelete");

  /** {@code es:ESHttpGet}: Read; on domain. */
  public static final Action ES_HTTP_GET = Action.of(PREFIX, "ESHttpGet");

  /** {@code es:ESHttpHead}: Read; on domain. */
  public static final Action ES_HTTP_HEAD = Action.of(PREFIX, "ESHttpHead");

  /** {@code es:ESHttpPatch}: Write; on domain. */
  public static final Action ES_HTTP_PATCH = Action.of(PREFIX, "ESHttpPatch");

  /** {@code es:ESHttpPost}: Write; on domain. */
  public static final Action ES_HTTP_POST = Action.of(PREFIX, "ESHttpPost");

  /** {@code es:ESHttpPut}: Write; on domain. */
  public static final Action ES_HTTP_PUT = Action.of(PREFIX, "ESHttpPut");

  /** {@code es:GetApplication}: Read; on application. */
  public static final Action GET_APPLICATION = Action.of(PREFIX, "GetApplication");

  /** {@code es:GetCompatibleElasticsearchVersions}: List; on domain. */
  public static final Action GET_COMPATIBLE_ELASTICSEARCH_VERSIONS = Action.of(PREFIX, "GetCompatibleElasticsearchVersions");

  /** {@code es:GetCompatibleVersions}: List; on domain. */
  public static final Action GET_COMPATIBLE_VERSIONS = Action.of(PREFIX, "GetCompatibleVersions");

  /** {@code es:GetDataSource}: Read; on domain. */
  public static final Action GET_DATA_SOURCE = Action.of(PREFIX, "GetDataSource");

  /** {@code es:GetDefaultApplicationSetting}: Read; on application. */
  public static final Action GET_DEFAULT_APPLICATION_SETTING = Action.of(PREFIX, "GetDefaultApplicationSetting");

  /** {@code es:GetDirectQueryDataSource}: Read; on datasource. */
  public static final Action GET_DIRECT_QUERY_DATA_SOURCE = Action.of(PREFIX, "GetDirectQueryDataSource");

  /** {@code es:GetDomainMaintenanceStatus}: Read; on domain. */
  public static final Action GET_DOMAIN_MAINTENANCE_STATUS = Action.of(PREFIX, "GetDomainMaintenanceStatus");

  /** {@code es:GetIndex}: Read; on domain. */
  public static final Action GET_INDEX = Action.of(PREFIX, "GetIndex");

  /** {@code es:GetPackageVersionHistory}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PACKAGE_VERSION_HISTORY = Action.of(PREFIX, "GetPackageVersionHistory");

  /** {@code es:GetUpgradeHistory}: Read; on domain. */
  public static final Action GET_UPGRADE_HISTORY = Action.of(PREFIX, "GetUpgradeHistory");

  /** {@code es:GetUpgradeStatus}: Read; on domain. */
  public static final Action GET_UPGRADE_STATUS = Action.of(PREFIX, "GetUpgradeStatus");

  /** {@code es:ListApplications}: List; on application. */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code es:ListDataSources}: List; on domain. */
  public static final Action LIST_DATA_SOURCES = Action.of(PREFIX, "ListDataSources");

  /** {@code es:ListDirectQueryDataSources}: List; on datasource. */
  public static final Action LIST_DIRECT_QUERY_DATA_SOURCES = Action.of(PREFIX, "ListDirectQueryDataSources");

  /** {@code es:ListDomainMaintenances}: List; on domain. */
  public static final Action LIST_DOMAIN_MAINTENANCES = Action.of(PREFIX, "ListDomainMaintenances");

  /** {@code es:ListDomainNames}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAIN_NAMES = Action.of(PREFIX, "ListDomainNames");

  /** {@code es:ListDomainsForPackage}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAINS_FOR_PACKAGE = Action.of(PREFIX, "ListDomainsForPackage");

  /** {@code es:ListElasticsearchInstanceTypeDetails}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ELASTICSEARCH_INSTANCE_TYPE_DETAILS = Action.of(PREFIX, "ListElasticsearchInstanceTypeDetails");

  /** {@code es:ListElasticsearchInstanceTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ELASTICSEARCH_INSTANCE_TYPES = Action.of(PREFIX, "ListElasticsearchInstanceTypes");

  /** {@code es:ListElasticsearchVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ELASTICSEARCH_VERSIONS = Action.of(PREFIX, "ListElasticsearchVersions");

  /** {@code es:ListInsights}: List; on domain. */
  public static final Action LIST_INSIGHTS = Action.of(PREFIX, "ListInsights");

  /** {@code es:ListInstanceTypeDetails}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INSTANCE_TYPE_DETAILS = Action.of(PREFIX, "ListInstanceTypeDetails");

  /** {@code es:ListPackagesForDomain}: List; on domain. */
  public static final Action LIST_PACKAGES_FOR_DOMAIN = Action.of(PREFIX, "ListPackagesForDomain");

  /** {@code es:ListScheduledActions}: List; on domain. */
  public static final Action LIST_SCHEDULED_ACTIONS = Action.of(PREFIX, "ListScheduledActions");

  /** {@code es:ListTags}: Read; on application, datasource, domain. */
  public static final Action LIST_TAGS = Action.of(PREFIX, "ListTags");

  /** {@code es:ListVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VERSIONS = Action.of(PREFIX, "ListVersions");

  /** {@code es:ListVpcEndpointAccess}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VPC_ENDPOINT_ACCESS = Action.of(PREFIX, "ListVpcEndpointAccess");

  /** {@code es:ListVpcEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VPC_ENDPOINTS = Action.of(PREFIX, "ListVpcEndpoints");

  /** {@code es:ListVpcEndpointsForDomain}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VPC_ENDPOINTS_FOR_DOMAIN = Action.of(PREFIX, "ListVpcEndpointsForDomain");

  /** {@code es:PurchaseReservedElasticsearchInstanceOffering}: Write; on no resource type (give {@code *}). */
  public static final Action PURCHASE_RESERVED_ELASTICSEARCH_INSTANCE_OFFERING = Action.of(PREFIX, "PurchaseReservedElasticsearchInstanceOffering");

  /** {@code es:PurchaseReservedInstanceOffering}: Write; on no resource type (give {@code *}). */
  public static final Action PURCHASE_RESERVED_INSTANCE_OFFERING = Action.of(PREFIX, "PurchaseReservedInstanceOffering");

  /** {@code es:PutDefaultApplicationSetting}: Write; on application. */
  public static final Action PUT_DEFAULT_APPLICATION_SETTING = Action.of(PREFIX, "PutDefaultApplicationSetting");

  /** {@code es:RejectInboundConnection}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_INBOUND_CONNECTION = Action.of(PREFIX, "RejectInboundConnection");

  /** {@code es:RejectInboundCrossClusterSearchConnection}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_INBOUND_CROSS_CLUSTER_SEARCH_CONNECTION = Action.of(PREFIX, "RejectInboundCrossClusterSearchConnection");

  /** {@code es:RemoveTags}: Tagging; on application, datasource, domain. */
  public static final Action REMOVE_TAGS = Action.of(PREFIX, "RemoveTags");

  /** {@code es:RevokeVpcEndpointAccess}: Write; on no resource type (give {@code *}). */
  public static final Action REVOKE_VPC_ENDPOINT_ACCESS = Action.of(PREFIX, "RevokeVpcEndpointAccess");

  /** {@code es:RollbackElasticsearchServiceSoftwareUpdate}: Write; on domain. */
  public static final Action ROLLBACK_ELASTICSEARCH_SERVICE_SOFTWARE_UPDATE = Action.of(PREFIX, "RollbackElasticsearchServiceSoftwareUpdate");

  /** {@code es:RollbackServiceSoftwareUpdate}: Write; on domain. */
  public static final Action ROLLBACK_SERVICE_SOFTWARE_UPDATE = Action.of(PREFIX, "RollbackServiceSoftwareUpdate");

  /** {@code es:StartDomainMaintenance}: Write; on domain. */
  public static final Action START_DOMAIN_MAINTENANCE = Action.of(PREFIX, "StartDomainMaintenance");

  /** {@code es:StartElasticsearchServiceSoftwareUpdate}: Write; on domain. */
  public static final Action START_ELASTICSEARCH_SERVICE_SOFTWARE_UPDATE = Action.of(PREFIX, "StartElasticsearchServiceSoftwareUpdate");

  /** {@code es:StartServiceSoftwareUpdate}: Write; on domain. */
  public static final Action START_SERVICE_SOFTWARE_UPDATE = Action.of(PREFIX, "StartServiceSoftwareUpdate");

  /** {@code es:UpdateApplication}: Write; on application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code es:UpdateDataSource}: Write; on domain. */
  public static final Action UPDATE_DATA_SOURCE = Action.of(PREFIX, "UpdateDataSource");

  /** {@code es:UpdateDirectQueryDataSource}: Write; on datasource. */
  public static final Action UPDATE_DIRECT_QUERY_DATA_SOURCE = Action.of(PREFIX, "UpdateDirectQueryDataSource");

  /** {@code es:UpdateDomainConfig}: Write; on domain. */
  public static final Action UPDATE_DOMAIN_CONFIG = Action.of(PREFIX, "UpdateDomainConfig");

  /** {@code es:UpdateElasticsearchDomainConfig}: Permissions management; on domain. */
  public static final Action UPDATE_ELASTICSEARCH_DOMAIN_CONFIG = Action.of(PREFIX, "UpdateElasticsearchDomainConfig");

  /** {@code es:UpdateIndex}: Write; on domain. */
  public static final Action UPDATE_INDEX = Action.of(PREFIX, "UpdateIndex");

  /** {@code es:UpdatePackage}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PACKAGE = Action.of(PREFIX, "UpdatePackage");

  /** {@code es:UpdatePackageScope}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PACKAGE_SCOPE = Action.of(PREFIX, "UpdatePackageScope");

  /** {@code es:UpdateScheduledAction}: Write; on domain. */
  public static final Action UPDATE_SCHEDULED_ACTION = Action.of(PREFIX, "UpdateScheduledAction");

  /** {@code es:UpdateVpcEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_VPC_ENDPOINT = Action.of(PREFIX, "UpdateVpcEndpoint");

  /** {@code es:UpgradeDomain}: Write; on domain. */
  public static final Action UPGRADE_DOMAIN = Action.of(PREFIX, "UpgradeDomain");

  /** {@code es:UpgradeElasticsearchDomain}: Write; on domain. */
  public static final Action UPGRADE_ELASTICSEARCH_DOMAIN = Action.of(PREFIX, "UpgradeElasticsearchDomain");

  private Es() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
