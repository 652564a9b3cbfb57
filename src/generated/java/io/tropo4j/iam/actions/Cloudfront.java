// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CloudFront (prefix {@code cloudfront}), as the service authorization reference lists them.
 */
public final class Cloudfront {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cloudfront";

  /** {@code cloudfront:AllowVendedLogDeliveryForResource}: Permissions management; on distribution. */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code cloudfront:AssociateAlias}: Write; on distribution. */
  public static final Action ASSOCIATE_ALIAS = Action.of(PREFIX, "AssociateAlias");

  /** {@code cloudfront:AssociateDistributionTenantWebACL}: Write; on distribution-tenant. */
  public static final Action ASSOCIATE_DISTRIBUTION_TENANT_WEB_ACL = Action.of(PREFIX, "AssociateDistributionTenantWebACL");

  /** {@code cloudfront:AssociateDistributionWebACL}: Write; on distribution. */
  public static final Action ASSOCIATE_DISTRIBUTION_WEB_ACL = Action.of(PREFIX, "AssociateDistributionWebACL");

  /** {@code cloudfront:CopyDistribution}: Write; on distribution. */
  public static final Action COPY_DISTRIBUTION = Action.of(PREFIX, "CopyDistribution");

  /** {@code cloudfront:CreateAnycastIpList}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ANYCAST_IP_LIST = Action.of(PREFIX, "CreateAnycastIpList");

  /** {@code cloudfront:CreateCachePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CACHE_POLICY = Action.of(PREFIX, "CreateCachePolicy");

  /** {@code cloudfront:CreateCloudFrontOriginAccessIdentity}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CLOUD_FRONT_ORIGIN_ACCESS_IDENTITY = Action.of(PREFIX, "CreateCloudFrontOriginAccessIdentity");

  /** {@code cloudfront:CreateConnectionFunction}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTION_FUNCTION = Action.of(PREFIX, "CreateConnectionFunction");

  /** {@code cloudfront:CreateConnectionGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTION_GROUP = Action.of(PREFIX, "CreateConnectionGroup");

  /** {@code cloudfront:CreateContinuousDeploymentPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONTINUOUS_DEPLOYMENT_POLICY = Action.of(PREFIX, "CreateContinuousDeploymentPolicy");

  /** {@code cloudfront:CreateDistribution}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DISTRIBUTION = Action.of(PREFIX, "CreateDistribution");

  /** {@code cloudfront:CreateDistributionTenant}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DISTRIBUTION_TENANT = Action.of(PREFIX, "CreateDistributionTenant");

  /** {@code cloudfront:CreateFieldLevelEncryptionConfig}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FIELD_LEVEL_ENCRYPTION_CONFIG = Action.of(PREFIX, "CreateFieldLevelEncryptionConfig");

  /** {@code cloudfront:CreateFieldLevelEncryptionProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FIELD_LEVEL_ENCRYPTION_PROFILE = Action.of(PREFIX, "CreateFieldLevelEncryptionProfile");

  /** {@code cloudfront:CreateFunction}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FUNCTION = Action.of(PREFIX, "CreateFunction");

  /** {@code cloudfront:CreateInvalidation}: Write; on distribution. */
  public static final Action CREATE_INVALIDATION = Action.of(PREFIX, "CreateInvalidation");

  /** {@code cloudfront:CreateInvalidationForDistributionTenant}: Write; on distribution-tenant. */
  public static final Action CREATE_INVALIDATION_FOR_DISTRIBUTION_TENANT = Action.of(PREFIX, "CreateInvalidationForDistributionTenant");

  /** {@code cloudfront:CreateKeyGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_KEY_GROUP = Action.of(PREFIX, "CreateKeyGroup");

  /** {@code cloudfront:CreateKeyValueStore}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_KEY_VALUE_STORE = Action.of(PREFIX, "CreateKeyValueStore");

  /** {@code cloudfront:CreateMonitoringSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MONITORING_SUBSCRIPTION = Action.of(PREFIX, "CreateMonitoringSubscription");

  /** {@code cloudfront:CreateOriginAccessControl}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ORIGIN_ACCESS_CONTROL = Action.of(PREFIX, "CreateOriginAccessControl");

  /** {@code cloudfront:CreateOriginRequestPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ORIGIN_REQUEST_POLICY = Action.of(PREFIX, "CreateOriginRequestPolicy");

  /** {@code cloudfront:CreatePublicKey}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PUBLIC_KEY = Action.of(PREFIX, "CreatePublicKey");

  /** {@code cloudfront:CreateRealtimeLogConfig}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REALTIME_LOG_CONFIG = Action.of(PREFIX, "CreateRealtimeLogConfig");

  /** {@code cloudfront:CreateResponseHeadersPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RESPONSE_HEADERS_POLICY = Action.of(PREFIX, "CreateResponseHeadersPolicy");

  /** {@code cloudfront:CreateSavingsPlan}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SAVINGS_PLAN = Action.of(PREFIX, "CreateSavingsPlan");

  /** {@code cloudfront:CreateStreamingDistribution}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_STREAMING_DISTRIBUTION = Action.of(PREFIX, "CreateStreamingDistribution");

  /** {@code cloudfront:CreateStreamingDistributionWithTags}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_STREAMING_DISTRIBUTION_WITH_TAGS = Action.of(PREFIX, "CreateStreamingDistributionWithTags");

  /** {@code cloudfront:CreateTrustStore}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TRUST_STORE = Action.of(PREFIX, "CreateTrustStore");

  /** {@code cloudfront:CreateVpcOrigin}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VPC_ORIGIN = Action.of(PREFIX, "CreateVpcOrigin");

  /** {@code cloudfront:DeleteAnycastIpList}: Write; on anycast-ip-list. */
  public static final Action DELETE_ANYCAST_IP_LIST = Action.of(PREFIX, "DeleteAnycastIpList");

  /** {@code cloudfront:DeleteCachePolicy}: Write; on cache-policy. */
  public static final Action DELETE_CACHE_POLICY = Action.of(PREFIX, "DeleteCachePolicy");

  /** {@code cloudfront:DeleteCloudFrontOriginAccessIdentity}: Write; on origin-access-identity. */
  public static final Action DELETE_CLOUD_FRONT_ORIGIN_ACCESS_IDENTITY = Action.of(PREFIX, "DeleteCloudFrontOriginAccessIdentity");

  /** {@code cloudfront:DeleteConnectionFunction}: Write; on connection-function. */
  public static final Action DELETE_CONNECTION_FUNCTION = Action.of(PREFIX, "DeleteConnectionFunction");

  /** {@code cloudfront:DeleteConnectionGroup}: Write; on connection-group. */
  public static final Action DELETE_CONNECTION_GROUP = Action.of(PREFIX, "DeleteConnectionGroup");

  /** {@code cloudfront:DeleteContinuousDeploymentPolicy}: Write; on continuous-deployment-policy. */
  public static final Action DELETE_CONTINUOUS_DEPLOYMENT_POLICY = Action.of(PREFIX, "DeleteContinuousDeploymentPolicy");

  /** {@code cloudfront:DeleteDistribution}: Write; on distribution. */
  public static final Action DELETE_DISTRIBUTION = Action.of(PREFIX, "DeleteDistribution");

  /** {@code cloudfront:DeleteDistributionTenant}: Write; on distribution-tenant. */
  public static final Action DELETE_DISTRIBUTION_TENANT = Action.of(PREFIX, "DeleteDistributionTenant");

  /** {@code cloudfront:DeleteFieldLevelEncryptionConfig}: Write; on field-level-encryption-config. */
  public static final Action DELETE_FIELD_LEVEL_ENCRYPTION_CONFIG = Action.of(PREFIX, "DeleteFieldLevelEncryptionConfig");

  /** {@code cloudfront:DeleteFieldLevelEncryptionProfile}: Write; on field-level-encryption-profile. */
  public static final Action DELETE_FIELD_LEVEL_ENCRYPTION_PROFILE = Action.of(PREFIX, "DeleteFieldLevelEncryptionProfile");

  /** {@code cloudfront:DeleteFunction}: Write; on function. */
  public static final Action DELETE_FUNCTION = Action.of(PREFIX, "DeleteFunction");

  /** {@code cloudfront:DeleteKeyGroup}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_KEY_GROUP = Action.of(PREFIX, "DeleteKeyGroup");

  /** {@code cloudfront:DeleteKeyValueStore}: Write; on key-value-store. */
  public static final Action DELETE_KEY_VALUE_STORE = Action.of(PREFIX, "DeleteKeyValueStore");

  /** {@code cloudfront:DeleteMonitoringSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_MONITORING_SUBSCRIPTION = Action.of(PREFIX, "DeleteMonitoringSubscription");

  /** {@code cloudfront:DeleteOriginAccessControl}: Write; on origin-access-control. */
  public static final Action DELETE_ORIGIN_ACCESS_CONTROL = Action.of(PREFIX, "DeleteOriginAccessControl");

  /** {@code cloudfront:DeleteOriginRequestPolicy}: Write; on origin-request-policy. */
  public static final Action DELETE_ORIGIN_REQUEST_POLICY = Action.of(PREFIX, "DeleteOriginRequestPolicy");

  /** {@code cloudfront:DeletePublicKey}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PUBLIC_KEY = Action.of(PREFIX, "DeletePublicKey");

  /** {@code cloudfront:DeleteRealtimeLogConfig}: Write; on realtime-log-config. */
  public static final Action DELETE_REALTIME_LOG_CONFIG = Action.of(PREFIX, "DeleteRealtimeLogConfig");

  /** {@code cloudfront:DeleteResourcePolicy}: Write; on vpcorigin. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code cloudfront:DeleteResponseHeadersPolicy}: Write; on response-headers-policy. */
  public static final Action DELETE_RESPONSE_HEADERS_POLICY = Action.of(PREFIX, "DeleteResponseHeadersPolicy");

  /** {@code cloudfront:DeleteStreamingDistribution}: Write; on streaming-distribution. */
  public static final Action DELETE_STREAMING_DISTRIBUTION = Action.of(PREFIX, "DeleteStreamingDistribution");

  /** {@code cloudfront:DeleteTrustStore}: Write; on trust-store. */
  public static final Action DELETE_TRUST_STORE = Action.of(PREFIX, "DeleteTrustStore");

  /** {@code cloudfront:DeleteVpcOrigin}: Write; on vpcorigin. */
  public static final Action DELETE_VPC_ORIGIN = Action.of(PREFIX, "DeleteVpcOrigin");

  /** {@code cloudfront:DescribeConnectionFunction}: Read; on connection-function. */
  public static final Action DESCRIBE_CONNECTION_FUNCTION = Action.of(PREFIX, "DescribeConnectionFunction");

  /** {@code cloudfront:DescribeFunction}: Read; on function. */
  public static final Action DESCRIBE_FUNCTION = Action.of(PREFIX, "DescribeFunction");

  /** {@code cloudfront:DescribeKeyValueStore}: Read; on key-value-store. */
  public static final Action DESCRIBE_KEY_VALUE_STORE = Action.of(PREFIX, "DescribeKeyValueStore");

  /** {@code cloudfront:DisassociateDistributionTenantWebACL}: Write; on distribution-tenant. */
  public static final Action DISASSOCIATE_DISTRIBUTION_TENANT_WEB_ACL = Action.of(PREFIX, "DisassociateDistributionTenantWebACL");

  /** {@code cloudfront:DisassociateDistributionWebACL}: Write; on distribution. */
  public static final Action DISASSOCIATE_DISTRIBUTION_WEB_ACL = Action.of(PREFIX, "DisassociateDistributionWebACL");

  /** {@code cloudfront:GetAnycastIpList}: Read; on anycast-ip-list. */
  public static final Action GET_ANYCAST_IP_LIST = Action.of(PREFIX, "GetAnycastIpList");

  /** {@code cloudfront:GetCachePolicy}: Read; on cache-policy. */
  public static final Action GET_CACHE_POLICY = Action.of(PREFIX, "GetCachePolicy");

  /** {@code cloudfront:GetCachePolicyConfig}: Read; on cache-policy. */
  public static final Action GET_CACHE_POLICY_CONFIG = Action.of(PREFIX, "GetCachePolicyConfig");

  /** {@code cloudfront:GetCloudFrontOriginAccessIdentity}: Read; on origin-access-identity. */
  public static final Action GET_CLOUD_FRONT_ORIGIN_ACCESS_IDENTITY = Action.of(PREFIX, "GetCloudFrontOriginAccessIdentity");

  /** {@code cloudfront:GetCloudFrontOriginAccessIdentityConfig}: Read; on origin-access-identity. */
  public static final Action GET_CLOUD_FRONT_ORIGIN_ACCESS_IDENTITY_CONFIG = Action.of(PREFIX, "GetCloudFrontOriginAccessIdentityConfig");

  /** {@code cloudfront:GetConnectionFunction}: Read; on connection-function. */
  public static final Action GET_CONNECTION_FUNCTION = Action.of(PREFIX, "GetConnectionFunction");

  /** {@code cloudfront:GetConnectionGroup}: Read; on connection-group. */
  public static final Action GET_CONNECTION_GROUP = Action.of(PREFIX, "GetConnectionGroup");

  /** {@code cloudfront:GetConnectionGroupByRoutingEndpoint}: Read; on connection-group. */
  public static final Action GET_CONNECTION_GROUP_BY_ROUTING_ENDPOINT = Action.of(PREFIX, "GetConnectionGroupByRoutingEndpoint");

  /** {@code cloudfront:GetContinuousDeploymentPolicy}: Read; on continuous-deployment-policy. */
  public static final Action GET_CONTINUOUS_DEPLOYMENT_POLICY = Action.of(PREFIX, "GetContinuousDeploymentPolicy");

  /** {@code cloudfront:GetContinuousDeploymentPolicyConfig}: Read; on continuous-deployment-policy. */
  public static final Action GET_CONTINUOUS_DEPLOYMENT_POLICY_CONFIG = Action.of(PREFIX, "GetContinuousDeploymentPolicyConfig");

  /** {@code cloudfront:GetDistribution}: Read; on distribution. */
  public static final Action GET_DISTRIBUTION = Action.of(PREFIX, "GetDistribution");

  /** {@code cloudfront:GetDistributionConfig}: Read; on distribution. */
  public static final Action GET_DISTRIBUTION_CONFIG = Action.of(PREFIX, "GetDistributionConfig");

  /** {@code cloudfront:GetDistributionTenant}: Read; on distribution-tenant. */
  public static final Action GET_DISTRIBUTION_TENANT = Action.of(PREFIX, "GetDistributionTenant");

  /** {@code cloudfront:GetDistributionTenantByDomain}: Read; on distribution-tenant. */
  public static final Action GET_DISTRIBUTION_TENANT_BY_DOMAIN = Action.of(PREFIX, "GetDistributionTenantByDomain");

  /** {@code cloudfront:GetFieldLevelEncryption}: Read; on field-level-encryption-config. */
  public static final Action GET_FIELD_LEVEL_ENCRYPTION = Action.of(PREFIX, "GetFieldLevelEncryption");

  /** {@code cloudfront:GetFieldLevelEncryptionConfig}: Read; on field-level-encryption-config. */
  public static final Action GET_FIELD_LEVEL_ENCRYPTION_CONFIG = Action.of(PREFIX, "GetFieldLevelEncryptionConfig");

  /** {@code cloudfront:GetFieldLevelEncryptionProfile}: Read; on field-level-encryption-profile. */
  public static final Action GET_FIELD_LEVEL_ENCRYPTION_PROFILE = Action.of(PREFIX, "GetFieldLevelEncryptionProfile");

  /** {@code cloudfront:GetFieldLevelEncryptionProfileConfig}: Read; on field-level-encryption-profile. */
  public static final Action GET_FIELD_LEVEL_ENCRYPTION_PROFILE_CONFIG = Action.of(PREFIX, "GetFieldLevelEncryptionProfileConfig");

  /** {@code cloudfront:GetFunction}: Read; on function. */
  public static final Action GET_FUNCTION = Action.of(PREFIX, "GetFunction");

  /** {@code cloudfront:GetInvalidation}: Read; on distribution. */
  public static final Action GET_INVALIDATION = Action.of(PREFIX, "GetInvalidation");

  /** {@code cloudfront:GetInvalidationForDistributionTenant}: Read; on distribution-tenant. */
  public static final Action GET_INVALIDATION_FOR_DISTRIBUTION_TENANT = Action.of(PREFIX, "GetInvalidationForDistributionTenant");

  /** {@code cloudfront:GetKeyGroup}: Read; on no resource type (give {@code *}). */
  public static final Action GET_KEY_GROUP = Action.of(PREFIX, "GetKeyGroup");

  /** {@code cloudfront:GetKeyGroupConfig}: Read; on no resource type (give {@code *}). */
  public static final Action GET_KEY_GROUP_CONFIG = Action.of(PREFIX, "GetKeyGroupConfig");

  /** {@code cloudfront:GetManagedCertificateDetails}: Read; on distribution-tenant. */
  public static final Action GET_MANAGED_CERTIFICATE_DETAILS = Action.of(PREFIX, "GetManagedCertificateDetails");

  /** {@code cloudfront:GetMonitoringSubscription}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MONITORING_SUBSCRIPTION = Action.of(PREFIX, "GetMonitoringSubscription");

  /** {@code cloudfront:GetOriginAccessControl}: Read; on origin-access-control. */
  public static final Action GET_ORIGIN_ACCESS_CONTROL = Action.of(PREFIX, "GetOriginAccessControl");

  /** {@code cloudfront:GetOriginAccessControlConfig}: Read; on origin-access-control. */
  public static final Action GET_ORIGIN_ACCESS_CONTROL_CONFIG = Action.of(PREFIX, "GetOriginAccessControlConfig");

  /** {@code cloudfront:GetOriginRequestPolicy}: Read; on origin-request-policy. */
  public static final Action GET_ORIGIN_REQUEST_POLICY = Action.of(PREFIX, "GetOriginRequestPolicy");

  /** {@code cloudfront:GetOriginRequestPolicyConfig}: Read; on origin-request-policy. */
  public static final Action GET_ORIGIN_REQUEST_POLICY_CONFIG = Action.of(PREFIX, "GetOriginRequestPolicyConfig");

  /** {@code cloudfront:GetPublicKey}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PUBLIC_KEY = Action.of(PREFIX, "GetPublicKey");

  /** {@code cloudfront:GetPublicKeyConfig}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PUBLIC_KEY_CONFIG = Action.of(PREFIX, "GetPublicKeyConfig");

  /** {@code cloudfront:GetRealtimeLogConfig}: Read; on realtime-log-config. */
  public static final Action GET_REALTIME_LOG_CONFIG = Action.of(PREFIX, "GetRealtimeLogConfig");

  /** {@code cloudfront:GetResourcePolicy}: Read; on vpcorigin. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code cloudfront:GetResponseHeadersPolicy}: Read; on response-headers-policy. */
  public static final Action GET_RESPONSE_HEADERS_POLICY = Action.of(PREFIX, "GetResponseHeadersPolicy");

  /** {@code cloudfront:GetResponseHeadersPolicyConfig}: Read; on response-headers-policy. */
  public static final Action GET_RESPONSE_HEADERS_POLICY_CONFIG = Action.of(PREFIX, "GetResponseHeadersPolicyConfig");

  /** {@code cloudfront:GetSavingsPlan}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SAVINGS_PLAN = Action.of(PREFIX, "GetSavingsPlan");

  /** {@code cloudfront:GetStreamingDistribution}: Read; on streaming-distribution. */
  public static final Action GET_STREAMING_DISTRIBUTION = Action.of(PREFIX, "GetStreamingDistribution");

  /** {@code cloudfront:GetStreamingDistributionConfig}: Read; on streaming-distribution. */
  public static final Action GET_STREAMING_DISTRIBUTION_CONFIG = Action.of(PREFIX, "GetStreamingDistributionConfig");

  /** {@code cloudfront:GetTrustStore}: Read; on trust-store. */
  public static final Action GET_TRUST_STORE = Action.of(PREFIX, "GetTrustStore");

  /** {@code cloudfront:GetVpcOrigin}: Read; on vpcorigin. */
  public static final Action GET_VPC_ORIGIN = Action.of(PREFIX, "GetVpcOrigin");

  /** {@code cloudfront:ListAnycastIpLists}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ANYCAST_IP_LISTS = Action.of(PREFIX, "ListAnycastIpLists");

  /** {@code cloudfront:ListCachePolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CACHE_POLICIES = Action.of(PREFIX, "ListCachePolicies");

  /** {@code cloudfront:ListCloudFrontOriginAccessIdentities}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLOUD_FRONT_ORIGIN_ACCESS_IDENTITIES = Action.of(PREFIX, "ListCloudFrontOriginAccessIdentities");

  /** {@code cloudfront:ListConflictingAliases}: List; on distribution. */
  public static final Action LIST_CONFLICTING_ALIASES = Action.of(PREFIX, "ListConflictingAliases");

  /** {@code cloudfront:ListConnectionFunctions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTION_FUNCTIONS = Action.of(PREFIX, "ListConnectionFunctions");

  /** {@code cloudfront:ListConnectionGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTION_GROUPS = Action.of(PREFIX, "ListConnectionGroups");

  /** {@code cloudfront:ListContinuousDeploymentPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTINUOUS_DEPLOYMENT_POLICIES = Action.of(PREFIX, "ListContinuousDeploymentPolicies");

  /** {@code cloudfront:ListDistributionTenants}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTION_TENANTS = Action.of(PREFIX, "ListDistributionTenants");

  /** {@code cloudfront:ListDistributionTenantsByCustomization}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTION_TENANTS_BY_CUSTOMIZATION = Action.of(PREFIX, "ListDistributionTenantsByCustomization");

  /** {@code cloudfront:ListDistributions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTIONS = Action.of(PREFIX, "ListDistributions");

  /** {@code cloudfront:ListDistributionsByAnycastIpListId}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTIONS_BY_ANYCAST_IP_LIST_ID = Action.of(PREFIX, "ListDistributionsByAnycastIpListId");

  /** {@code cloudfront:ListDistributionsByCachePolicyId}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTIONS_BY_CACHE_POLICY_ID = Action.of(PREFIX, "ListDistributionsByCachePolicyId");

  /** {@code cloudfront:ListDistributionsByConnectionFunction}: List; on connection-function. */
  public static final Action LIST_DISTRIBUTIONS_BY_CONNECTION_FUNCTION = Action.of(PREFIX, "ListDistributionsByConnectionFunction");

  /** {@code cloudfront:ListDistributionsByConnectionMode}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTIONS_BY_CONNECTION_MODE = Action.of(PREFIX, "ListDistributionsByConnectionMode");

  /** {@code cloudfront:ListDistributionsByKeyGroup}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTIONS_BY_KEY_GROUP = Action.of(PREFIX, "ListDistributionsByKeyGroup");

  /** {@code cloudfront:ListDistributionsByLambdaFunction}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTIONS_BY_LAMBDA_FUNCTION = Action.of(PREFIX, "ListDistributionsByLambdaFunction");

  /** {@code cloudfront:ListDistributionsByOriginRequestPolicyId}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTIONS_BY_ORIGIN_REQUEST_POLICY_ID = Action.of(PREFIX, "ListDistributionsByOriginRequestPolicyId");

  /** {@code cloudfront:ListDistributionsByRealtimeLogConfig}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTIONS_BY_REALTIME_LOG_CONFIG = Action.of(PREFIX, "ListDistributionsByRealtimeLogConfig");

  /** {@code cloudfront:ListDistributionsByResponseHeadersPolicyId}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTIONS_BY_RESPONSE_HEADERS_POLICY_ID = Action.of(PREFIX, "ListDistributionsByResponseHeadersPolicyId");

  /** {@code cloudfront:ListDistributionsByTrustStore}: List; on trust-store. */
  public static final Action LIST_DISTRIBUTIONS_BY_TRUST_STORE = Action.of(PREFIX, "ListDistributionsByTrustStore");

  /** {@code cloudfront:ListDistributionsByVpcOriginId}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTIONS_BY_VPC_ORIGIN_ID = Action.of(PREFIX, "ListDistributionsByVpcOriginId");

  /** {@code cloudfront:ListDistributionsByWebACLId}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTIONS_BY_WEB_ACL_ID = Action.of(PREFIX, "ListDistributionsByWebACLId");

  /** {@code cloudfront:ListDomainConflicts}: List; on distribution, distribution-tenant. */
  public static final Action LIST_DOMAIN_CONFLICTS = Action.of(PREFIX, "ListDomainConflicts");

  /** {@code cloudfront:ListFieldLevelEncryptionConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FIELD_LEVEL_ENCRYPTION_CONFIGS = Action.of(PREFIX, "ListFieldLevelEncryptionConfigs");

  /** {@code cloudfront:ListFieldLevelEncryptionProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FIELD_LEVEL_ENCRYPTION_PROFILES = Action.of(PREFIX, "ListFieldLevelEncryptionProfiles");

  /** {@code cloudfront:ListFunctions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FUNCTIONS = Action.of(PREFIX, "ListFunctions");

  /** {@code cloudfront:ListInvalidations}: List; on distribution. */
  public static final Action LIST_INVALIDATIONS = Action.of(PREFIX, "ListInvalidations");

  /** {@code cloudfront:ListInvalidationsForDistributionTenant}: List; on distribution-tenant. */
  public static final Action LIST_INVALIDATIONS_FOR_DISTRIBUTION_TENANT = Action.of(PREFIX, "ListInvalidationsForDistributionTenant");

  /** {@code cloudfront:ListKeyGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_KEY_GROUPS = Action.of(PREFIX, "ListKeyGroups");

  /** {@code cloudfront:ListKeyValueStores}: List; on no resource type (give {@code *}). */
  public static final Action LIST_KEY_VALUE_STORES = Action.of(PREFIX, "ListKeyValueStores");

  /** {@code cloudfront:ListOriginAccessControls}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORIGIN_ACCESS_CONTROLS = Action.of(PREFIX, "ListOriginAccessControls");

  /** {@code cloudfront:ListOriginRequestPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORIGIN_REQUEST_POLICIES = Action.of(PREFIX, "ListOriginRequestPolicies");

  /** {@code cloudfront:ListPublicKeys}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PUBLIC_KEYS = Action.of(PREFIX, "ListPublicKeys");

  /** {@code cloudfront:ListRateCards}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RATE_CARDS = Action.of(PREFIX, "ListRateCards");

  /** {@code cloudfront:ListRealtimeLogConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REALTIME_LOG_CONFIGS = Action.of(PREFIX, "ListRealtimeLogConfigs");

  /** {@code cloudfront:ListResponseHeadersPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESPONSE_HEADERS_POLICIES = Action.of(PREFIX, "ListResponseHeadersPolicies");

  /** {@code cloudfront:ListSavingsPlans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SAVINGS_PLANS = Action.of(PREFIX, "ListSavingsPlans");

  /** {@code cloudfront:ListStreamingDistributions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STREAMING_DISTRIBUTIONS = Action.of(PREFIX, "ListStreamingDistributions");

  /** {@code cloudfront:ListTagsForResource}: Read; on anycast-ip-list, connection-function, connection-group, distribution, distribution-tenant, trust-store, vpcorigin. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code cloudfront:ListTrustStores}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRUST_STORES = Action.of(PREFIX, "ListTrustStores");

  /** {@code cloudfront:ListUsages}: List; on no resource type (give {@code *}). */
  public static final Action LIST_USAGES = Action.of(PREFIX, "ListUsages");

  /** {@code cloudfront:ListVpcOrigins}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VPC_ORIGINS = Action.of(PREFIX, "ListVpcOrigins");

  /** {@code cloudfront:PublishConnectionFunction}: Write; on connection-function. */
  public static final Action PUBLISH_CONNECTION_FUNCTION = Action.of(PREFIX, "PublishConnectionFunction");

  /** {@code cloudfront:PublishFunction}: Write; on function. */
  public static final Action PUBLISH_FUNCTION = Action.of(PREFIX, "PublishFunction");

  /** {@code cloudfront:PutResourcePolicy}: Write; on vpcorigin. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code cloudfront:TagResource}: Tagging; on anycast-ip-list, connection-function, connection-group, distribution, distribution-tenant, streaming-distribution, trust-store, vpcorigin. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code cloudfront:TestConnectionFunction}: Write; on connection-function. */
  public static final Action TEST_CONNECTION_FUNCTION = Action.of(PREFIX, "TestConnectionFunction");

  /** {@code cloudfront:TestFunction}: Write; on function. */
  public static final Action TEST_FUNCTION = Action.of(PREFIX, "TestFunction");

  /** {@code cloudfront:UntagResource}: Tagging; on anycast-ip-list, connection-function, connection-group, distribution, distribution-tenant, streaming-distribution, trust-store, vpcorigin. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code cloudfront:UpdateAnycastIpList}: Write; on anycast-ip-list. */
  public static final Action UPDATE_ANYCAST_IP_LIST = Action.of(PREFIX, "UpdateAnycastIpList");

  /** {@code cloudfront:UpdateCachePolicy}: Write; on cache-policy. */
  public static final Action UPDATE_CACHE_POLICY = Action.of(PREFIX, "UpdateCachePolicy");

  /** {@code cloudfront:UpdateCloudFrontOriginAccessIdentity}: Write; on origin-access-identity. */
  public static final Action UPDATE_CLOUD_FRONT_ORIGIN_ACCESS_IDENTITY = Action.of(PREFIX, "UpdateCloudFrontOriginAccessIdentity");

  /** {@code cloudfront:UpdateConnectionFunction}: Write; on connection-function. */
  public static final Action UPDATE_CONNECTION_FUNCTION = Action.of(PREFIX, "UpdateConnectionFunction");

  /** {@code cloudfront:UpdateConnectionGroup}: Write; on connection-group. */
  public static final Action UPDATE_CONNECTION_GROUP = Action.of(PREFIX, "UpdateConnectionGroup");

  /** {@code cloudfront:UpdateContinuousDeploymentPolicy}: Write; on continuous-deployment-policy. */
  public static final Action UPDATE_CONTINUOUS_DEPLOYMENT_POLICY = Action.of(PREFIX, "UpdateContinuousDeploymentPolicy");

  /** {@code cloudfront:UpdateDistribution}: Write; on distribution. */
  public static final Action UPDATE_DISTRIBUTION = Action.of(PREFIX, "UpdateDistribution");

  /** {@code cloudfront:UpdateDistributionTenant}: Write; on distribution-tenant. */
  public static final Action UPDATE_DISTRIBUTION_TENANT = Action.of(PREFIX, "UpdateDistributionTenant");

  /** {@code cloudfront:UpdateDistributionWithStagingConfig}: Write; on distribution. */
  public static final Action UPDATE_DISTRIBUTION_WITH_STAGING_CONFIG = Action.of(PREFIX, "UpdateDistributionWithStagingConfig");

  /** {@code cloudfront:UpdateDomainAssociation}: Write; on distribution, distribution-tenant. */
  public static final Action UPDATE_DOMAIN_ASSOCIATION = Action.of(PREFIX, "UpdateDomainAssociation");

  /** {@code cloudfront:UpdateFieldLevelEncryptionConfig}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_FIELD_LEVEL_ENCRYPTION_CONFIG = Action.of(PREFIX, "UpdateFieldLevelEncryptionConfig");

  /** {@code cloudfront:UpdateFieldLevelEncryptionProfile}: Write; on field-level-encryption-profile. */
  public static final Action UPDATE_FIELD_LEVEL_ENCRYPTION_PROFILE = Action.of(PREFIX, "UpdateFieldLevelEncryptionProfile");

  /** {@code cloudfront:UpdateFunction}: Write; on function. */
  public static final Action UPDATE_FUNCTION = Action.of(PREFIX, "UpdateFunction");

  /** {@code cloudfront:UpdateKeyGroup}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_KEY_GROUP = Action.of(PREFIX, "UpdateKeyGroup");

  /** {@code cloudfront:UpdateKeyValueStore}: Write; on key-value-store. */
  public static final Action UPDATE_KEY_VALUE_STORE = Action.of(PREFIX, "UpdateKeyValueStore");

  /** {@code cloudfront:UpdateOriginAccessControl}: Write; on origin-access-control. */
  public static final Action UPDATE_ORIGIN_ACCESS_CONTROL = Action.of(PREFIX, "UpdateOriginAccessControl");

  /** {@code cloudfront:UpdateOriginRequestPolicy}: Write; on origin-request-policy. */
  public static final Action UPDATE_ORIGIN_REQUEST_POLICY = Action.of(PREFIX, "UpdateOriginRequestPolicy");

  /** {@code cloudfront:UpdatePublicKey}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PUBLIC_KEY = Action.of(PREFIX, "UpdatePublicKey");

  /** {@code cloudfront:UpdateRealtimeLogConfig}: Write; on realtime-log-config. */
  public static final Action UPDATE_REALTIME_LOG_CONFIG = Action.of(PREFIX, "UpdateRealtimeLogConfig");

  /** {@code cloudfront:UpdateResponseHeadersPolicy}: Write; on response-headers-policy. */
  public static final Action UPDATE_RESPONSE_HEADERS_POLICY = Action.of(PREFIX, "UpdateResponseHeadersPolicy");

  /** {@code cloudfront:UpdateSavingsPlan}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SAVINGS_PLAN = Action.of(PREFIX, "UpdateSavingsPlan");

  /** {@code cloudfront:UpdateStreamingDistribution}: Write; on streaming-distribution. */
  public static final Action UPDATE_STREAMING_DISTRIBUTION = Action.of(PREFIX, "UpdateStreamingDistribution");

  /** {@code cloudfront:UpdateTrustStore}: Write; on trust-store. */
  public static final Action UPDATE_TRUST_STORE = Action.of(PREFIX, "UpdateTrustStore");

  /** {@code cloudfront:UpdateVpcOrigin}: Write; on vpcorigin. */
  public static final Action UPDATE_VPC_ORIGIN = Action.of(PREFIX, "UpdateVpcOrigin");

  /** {@code cloudfront:VerifyDnsConfiguration}: Read; on distribution-tenant. */
  public static final Action VERIFY_DNS_CONFIGURATION = Action.of(PREFIX, "VerifyDnsConfiguration");

  private Cloudfront() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
