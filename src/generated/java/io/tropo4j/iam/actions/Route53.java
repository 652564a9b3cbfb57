// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Route 53 (prefix {@code route53}), as the service authorization reference lists them.
 */
public final class Route53 {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "route53";

  /** {@code route53:ActivateKeySigningKey}: Write; on hostedzone. */
  public static final Action ACTIVATE_KEY_SIGNING_KEY = Action.of(PREFIX, "ActivateKeySigningKey");

  /** {@code route53:AssociateVPCWithHostedZone}: Write; on hostedzone. */
  public static final Action ASSOCIATE_VPC_WITH_HOSTED_ZONE = Action.of(PREFIX, "AssociateVPCWithHostedZone");

  /** {@code route53:ChangeCidrCollection}: Write; on cidrcollection. */
  public static final Action CHANGE_CIDR_COLLECTION = Action.of(PREFIX, "ChangeCidrCollection");

  /** {@code route53:ChangeResourceRecordSets}: Write; on hostedzone. */
  public static final Action CHANGE_RESOURCE_RECORD_SETS = Action.of(PREFIX, "ChangeResourceRecordSets");

  /** {@code route53:ChangeTagsForResource}: Tagging; on healthcheck, hostedzone. */
  public static final Action CHANGE_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ChangeTagsForResource");

  /** {@code route53:CreateCidrCollection}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CIDR_COLLECTION = Action.of(PREFIX, "CreateCidrCollection");

  /** {@code route53:CreateHealthCheck}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_HEALTH_CHECK = Action.of(PREFIX, "CreateHealthCheck");

  /** {@code route53:CreateHostedZone}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_HOSTED_ZONE = Action.of(PREFIX, "CreateHostedZone");

  /** {@code route53:CreateKeySigningKey}: Write; on hostedzone. */
  public static final Action CREATE_KEY_SIGNING_KEY = Action.of(PREFIX, "CreateKeySigningKey");

  /** {@code route53:CreateQueryLoggingConfig}: Write; on hostedzone. */
  public static final Action CREATE_QUERY_LOGGING_CONFIG = Action.of(PREFIX, "CreateQueryLoggingConfig");

  /** {@code route53:CreateReusableDelegationSet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REUSABLE_DELEGATION_SET = Action.of(PREFIX, "CreateReusableDelegationSet");

  /** {@code route53:CreateTrafficPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TRAFFIC_POLICY = Action.of(PREFIX, "CreateTrafficPolicy");

  /** {@code route53:CreateTrafficPolicyInstance}: Write; on hostedzone, trafficpolicy. */
  public static final Action CREATE_TRAFFIC_POLICY_INSTANCE = Action.of(PREFIX, "CreateTrafficPolicyInstance");

  /** {@code route53:CreateTrafficPolicyVersion}: Write; on trafficpolicy. */
  public static final Action CREATE_TRAFFIC_POLICY_VERSION = Action.of(PREFIX, "CreateTrafficPolicyVersion");

  /** {@code route53:CreateVPCAssociationAuthorization}: Write; on hostedzone. */
  public static final Action CREATE_VPC_ASSOCIATION_AUTHORIZATION = Action.of(PREFIX, "CreateVPCAssociationAuthorization");

  /** {@code route53:DeactivateKeySigningKey}: Write; on hostedzone. */
  public static final Action DEACTIVATE_KEY_SIGNING_KEY = Action.of(PREFIX, "DeactivateKeySigningKey");

  /** {@code route53:DeleteCidrCollection}: Write; on cidrcollection. */
  public static final Action DELETE_CIDR_COLLECTION = Action.of(PREFIX, "DeleteCidrCollection");

  /** {@code route53:DeleteHealthCheck}: Write; on healthcheck. */
  public static final Action DELETE_HEALTH_CHECK = Action.of(PREFIX, "DeleteHealthCheck");

  /** {@code route53:DeleteHostedZone}: Write; on hostedzone. */
  public static final Action DELETE_HOSTED_ZONE = Action.of(PREFIX, "DeleteHostedZone");

  /** {@code route53:DeleteKeySigningKey}: Write; on hostedzone. */
  public static final Action DELETE_KEY_SIGNING_KEY = Action.of(PREFIX, "DeleteKeySigningKey");

  /** {@code route53:DeleteQueryLoggingConfig}: Write; on queryloggingconfig. */
  public static final Action DELETE_QUERY_LOGGING_CONFIG = Action.of(PREFIX, "DeleteQueryLoggingConfig");

  /** {@code route53:DeleteReusableDelegationSet}: Write; on delegationset. */
  public static final Action DELETE_REUSABLE_DELEGATION_SET = Action.of(PREFIX, "DeleteReusableDelegationSet");

  /** {@code route53:DeleteTrafficPolicy}: Write; on trafficpolicy. */
  public static final Action DELETE_TRAFFIC_POLICY = Action.of(PREFIX, "DeleteTrafficPolicy");

  /** {@code route53:DeleteTrafficPolicyInstance}: Write; on trafficpolicyinstance. */
  public static final Action DELETE_TRAFFIC_POLICY_INSTANCE = Action.of(PREFIX, "DeleteTrafficPolicyInstance");

  /** {@code route53:DeleteVPCAssociationAuthorization}: Write; on hostedzone. */
  public static final Action DELETE_VPC_ASSOCIATION_AUTHORIZATION = Action.of(PREFIX, "DeleteVPCAssociationAuthorization");

  /** {@code route53:DisableHostedZoneDNSSEC}: Write; on hostedzone. */
  public static final Action DISABLE_HOSTED_ZONE_DNSSEC = Action.of(PREFIX, "DisableHostedZoneDNSSEC");

  /** {@code route53:DisassociateVPCFromHostedZone}: Write; on hostedzone. */
  public static final Action DISASSOCIATE_VPC_FROM_HOSTED_ZONE = Action.of(PREFIX, "DisassociateVPCFromHostedZone");

  /** {@code route53:EnableHostedZoneDNSSEC}: Write; on hostedzone. */
  public static final Action ENABLE_HOSTED_ZONE_DNSSEC = Action.of(PREFIX, "EnableHostedZoneDNSSEC");

  /** {@code route53:GetAccountLimit}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_LIMIT = Action.of(PREFIX, "GetAccountLimit");

  /** {@code route53:GetChange}: List; on change. */
  public static final Action GET_CHANGE = Action.of(PREFIX, "GetChange");

  /** {@code route53:GetCheckerIpRanges}: List; on no resource type (give {@code *}). */
  public static final Action GET_CHECKER_IP_RANGES = Action.of(PREFIX, "GetCheckerIpRanges");

  /** {@code route53:GetDNSSEC}: Read; on hostedzone. */
  public static final Action GET_DNSSEC = Action.of(PREFIX, "GetDNSSEC");

  /** {@code route53:GetGeoLocation}: List; on no resource type (give {@code *}). */
  public static final Action GET_GEO_LOCATION = Action.of(PREFIX, "GetGeoLocation");

  /** {@code route53:GetHealthCheck}: Read; on healthcheck. */
  public static final Action GET_HEALTH_CHECK = Action.of(PREFIX, "GetHealthCheck");

  /** {@code route53:GetHealthCheckCount}: List; on no resource type (give {@code *}). */
  public static final Action GET_HEALTH_CHECK_COUNT = Action.of(PREFIX, "GetHealthCheckCount");

  /** {@code route53:GetHealthCheckLastFailureReason}: List; on healthcheck. */
  public static final Action GET_HEALTH_CHECK_LAST_FAILURE_REASON = Action.of(PREFIX, "GetHealthCheckLastFailureReason");

  /** {@code route53:GetHealthCheckStatus}: List; on healthcheck. */
  public static final Action GET_HEALTH_CHECK_STATUS = Action.of(PREFIX, "GetHealthCheckStatus");

  /** {@code route53:GetHostedZone}: List; on hostedzone. */
  public static final Action GET_HOSTED_ZONE = Action.of(PREFIX, "GetHostedZone");

  /** {@code route53:GetHostedZoneCount}: List; on no resource type (give {@code *}). */
  public static final Action GET_HOSTED_ZONE_COUNT = Action.of(PREFIX, "GetHostedZoneCount");

  /** {@code route53:GetHostedZoneLimit}: Read; on hostedzone. */
  public static final Action GET_HOSTED_ZONE_LIMIT = Action.of(PREFIX, "GetHostedZoneLimit");

  /** {@code route53:GetQueryLoggingConfig}: Read; on queryloggingconfig. */
  public static final Action GET_QUERY_LOGGING_CONFIG = Action.of(PREFIX, "GetQueryLoggingConfig");

  /** {@code route53:GetReusableDelegationSet}: List; on delegationset. */
  public static final Action GET_REUSABLE_DELEGATION_SET = Action.of(PREFIX, "GetReusableDelegationSet");

  /** {@code route53:GetReusableDelegationSetLimit}: Read; on delegationset. */
  public static final Action GET_REUSABLE_DELEGATION_SET_LIMIT = Action.of(PREFIX, "GetReusableDelegationSetLimit");

  /** {@code route53:GetTrafficPolicy}: Read; on trafficpolicy. */
  public static final Action GET_TRAFFIC_POLICY = Action.of(PREFIX, "GetTrafficPolicy");

  /** {@code route53:GetTrafficPolicyInstance}: Read; on trafficpolicyinstance. */
  public static final Action GET_TRAFFIC_POLICY_INSTANCE = Action.of(PREFIX, "GetTrafficPolicyInstance");

  /** {@code route53:GetTrafficPolicyInstanceCount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TRAFFIC_POLICY_INSTANCE_COUNT = Action.of(PREFIX, "GetTrafficPolicyInstanceCount");

  /** {@code route53:ListCidrBlocks}: List; on cidrcollection. */
  public static final Action LIST_CIDR_BLOCKS = Action.of(PREFIX, "ListCidrBlocks");

  /** {@code route53:ListCidrCollections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CIDR_COLLECTIONS = Action.of(PREFIX, "ListCidrCollections");

  /** {@code route53:ListCidrLocations}: List; on cidrcollection. */
  public static final Action LIST_CIDR_LOCATIONS = Action.of(PREFIX, "ListCidrLocations");

  /** {@code route53:ListGeoLocations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_GEO_LOCATIONS = Action.of(PREFIX, "ListGeoLocations");

  /** {@code route53:ListHealthChecks}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_HEALTH_CHECKS = Action.of(PREFIX, "ListHealthChecks");

  /** {@code route53:ListHostedZones}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HOSTED_ZONES = Action.of(PREFIX, "ListHostedZones");

  /** {@code route53:ListHostedZonesByName}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HOSTED_ZONES_BY_NAME = Action.of(PREFIX, "ListHostedZonesByName");

  /** {@code route53:ListHostedZonesByVPC}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HOSTED_ZONES_BY_VPC = Action.of(PREFIX, "ListHostedZonesByVPC");

  /** {@code route53:ListQueryLoggingConfigs}: List; on hostedzone. */
  public static final Action LIST_QUERY_LOGGING_CONFIGS = Action.of(PREFIX, "ListQueryLoggingConfigs");

  /** {@code route53:ListResourceRecordSets}: List; on hostedzone. */
  public static final Action LIST_RESOURCE_RECORD_SETS = Action.of(PREFIX, "ListResourceRecordSets");

  /** {@code route53:ListReusableDelegationSets}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_REUSABLE_DELEGATION_SETS = Action.of(PREFIX, "ListReusableDelegationSets");

  /** {@code route53:ListTagsForResource}: Read; on healthcheck, hostedzone. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code route53:ListTagsForResources}: Read; on healthcheck, hostedzone. */
  public static final Action LIST_TAGS_FOR_RESOURCES = Action.of(PREFIX, "ListTagsForResources");

  /** {@code route53:ListTrafficPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRAFFIC_POLICIES = Action.of(PREFIX, "ListTrafficPolicies");

  /** {@code route53:ListTrafficPolicyInstances}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TRAFFIC_POLICY_INSTANCES = Action.of(PREFIX, "ListTrafficPolicyInstances");

  /** {@code route53:ListTrafficPolicyInstancesByHostedZone}: List; on hostedzone. */
  public static final Action LIST_TRAFFIC_POLICY_INSTANCES_BY_HOSTED_ZONE = Action.of(PREFIX, "ListTrafficPolicyInstancesByHostedZone");

  /** {@code route53:ListTrafficPolicyInstancesByPolicy}: List; on trafficpolicy. */
  public static final Action LIST_TRAFFIC_POLICY_INSTANCES_BY_POLICY = Action.of(PREFIX, "ListTrafficPolicyInstancesByPolicy");

  /** {@code route53:ListTrafficPolicyVersions}: List; on trafficpolicy. */
  public static final Action LIST_TRAFFIC_POLICY_VERSIONS = Action.of(PREFIX, "ListTrafficPolicyVersions");

  /** {@code route53:ListVPCAssociationAuthorizations}: List; on hostedzone. */
  public static final Action LIST_VPC_ASSOCIATION_AUTHORIZATIONS = Action.of(PREFIX, "ListVPCAssociationAuthorizations");

  /** {@code route53:TestDNSAnswer}: Read; on no resource type (give {@code *}). */
  public static final Action TEST_DNS_ANSWER = Action.of(PREFIX, "TestDNSAnswer");

  /** {@code route53:UpdateHealthCheck}: Write; on healthcheck. */
  public static final Action UPDATE_HEALTH_CHECK = Action.of(PREFIX, "UpdateHealthCheck");

  /** {@code route53:UpdateHostedZoneComment}: Write; on hostedzone. */
  public static final Action UPDATE_HOSTED_ZONE_COMMENT = Action.of(PREFIX, "UpdateHostedZoneComment");

  /** {@code route53:UpdateHostedZoneFeatures}: Write; on hostedzone. */
  public static final Action UPDATE_HOSTED_ZONE_FEATURES = Action.of(PREFIX, "UpdateHostedZoneFeatures");

  /** {@code route53:UpdateTrafficPolicyComment}: Write; on trafficpolicy. */
  public static final Action UPDATE_TRAFFIC_POLICY_COMMENT = Action.of(PREFIX, "UpdateTrafficPolicyComment");

  /** {@code route53:UpdateTrafficPolicyInstance}: Write; on trafficpolicyinstance. */
  public static final Action UPDATE_TRAFFIC_POLICY_INSTANCE = Action.of(PREFIX, "UpdateTrafficPolicyInstance");

  private Route53() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
