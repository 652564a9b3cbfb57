// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elastic Load Balancing (prefix {@code elasticloadbalancing}), as the service authorization reference lists them.
 */
public final class Elasticloadbalancing {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "elasticloadbalancing";

  /** {@code elasticloadbalancing:AddListenerCertificates}: Write; on listener/app, listener/net. */
  public static final Action ADD_LISTENER_CERTIFICATES = Action.of(PREFIX, "AddListenerCertificates");

  /** {@code elasticloadbalancing:AddTags}: Tagging; on listener-rule/app, listener-rule/net, listener/app, listener/gwy, listener/net, loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/, targetgroup, truststore. */
  public static final Action ADD_TAGS = Action.of(PREFIX, "AddTags");

  /** {@code elasticloadbalancing:AddTrustStoreRevocations}: Write; on truststore. */
  public static final Action ADD_TRUST_STORE_REVOCATIONS = Action.of(PREFIX, "AddTrustStoreRevocations");

  /** {@code elasticloadbalancing:AllowVendedLogDeliveryForResource}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code elasticloadbalancing:ApplySecurityGroupsToLoadBalancer}: Write; on loadbalancer. */
  public static final Action APPLY_SECURITY_GROUPS_TO_LOAD_BALANCER = Action.of(PREFIX, "ApplySecurityGroupsToLoadBalancer");

  /** {@code elasticloadbalancing:AttachLoadBalancerToSubnets}: Write; on loadbalancer. */
  public static final Action ATTACH_LOAD_BALANCER_TO_SUBNETS = Action.of(PREFIX, "AttachLoadBalancerToSubnets");

  /** {@code elasticloadbalancing:ConfigureHealthCheck}: Write; on loadbalancer. */
  public static final Action CONFIGURE_HEALTH_CHECK = Action.of(PREFIX, "ConfigureHealthCheck");

  /** {@code elasticloadbalancing:CreateAppCookieStickinessPolicy}: Write; on loadbalancer. */
  public static final Action CREATE_APP_COOKIE_STICKINESS_POLICY = Action.of(PREFIX, "CreateAppCookieStickinessPolicy");

  /** {@code elasticloadbalancing:CreateLBCookieStickinessPolicy}: Write; on loadbalancer. */
  public static final Action CREATE_LB_COOKIE_STICKINESS_POLICY = Action.of(PREFIX, "CreateLBCookieStickinessPolicy");

  /** {@code elasticloadbalancing:CreateListener}: Write; on loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/. */
  public static final Action CREATE_LISTENER = Action.of(PREFIX, "CreateListener");

  /** {@code elasticloadbalancing:CreateLoadBalancer}: Write; on loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/. */
  public static final Action CREATE_LOAD_BALANCER = Action.of(PREFIX, "CreateLoadBalancer");

  /** {@code elasticloadbalancing:CreateLoadBalancerListeners}: Write; on loadbalancer. */
  public static final Action CREATE_LOAD_BALANCER_LISTENERS = Action.of(PREFIX, "CreateLoadBalancerListeners");

  /** {@code elasticloadbalancing:CreateLoadBalancerPolicy}: Write; on loadbalancer. */
  public static final Action CREATE_LOAD_BALANCER_POLICY = Action.of(PREFIX, "CreateLoadBalancerPolicy");

  /** {@code elasticloadbalancing:CreateRule}: Write; on listener/app, listener/net. */
  public static final Action CREATE_RULE = Action.of(PREFIX, "CreateRule");

  /** {@code elasticloadbalancing:CreateTargetGroup}: Write; on targetgroup. */
  public static final Action CREATE_TARGET_GROUP = Action.of(PREFIX, "CreateTargetGroup");

  /** {@code elasticloadbalancing:CreateTrustStore}: Write; on truststore. */
  public static final Action CREATE_TRUST_STORE = Action.of(PREFIX, "CreateTrustStore");

  /** {@code elasticloadbalancing:CreateWebACLAssociation}: Write; on loadbalancer/app/. */
  public static final Action CREATE_WEB_ACL_ASSOCIATION = Action.of(PREFIX, "CreateWebACLAssociation");

  /** {@code elasticloadbalancing:DeleteListener}: Write; on listener/app, listener/gwy, listener/net. */
  public static final Action DELETE_LISTENER = Action.of(PREFIX, "DeleteListener");

  /** {@code elasticloadbalancing:DeleteLoadBalancer}: Write; on loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/. */
  public static final Action DELETE_LOAD_BALANCER = Action.of(PREFIX, "DeleteLoadBalancer");

  /** {@code elasticloadbalancing:DeleteLoadBalancerListeners}: Write; on loadbalancer. */
  public static final Action DELETE_LOAD_BALANCER_LISTENERS = Action.of(PREFIX, "DeleteLoadBalancerListeners");

  /** {@code elasticloadbalancing:DeleteLoadBalancerPolicy}: Write; on loadbalancer. */
  public static final Action DELETE_LOAD_BALANCER_POLICY = Action.of(PREFIX, "DeleteLoadBalancerPolicy");

  /** {@code elasticloadbalancing:DeleteRule}: Write; on listener-rule/app, listener-rule/net. */
  public static final Action DELETE_RULE = Action.of(PREFIX, "DeleteRule");

  /** {@code elasticloadbalancing:DeleteSharedTrustStoreAssociation}: Write; on truststore. */
  public static final Action DELETE_SHARED_TRUST_STORE_ASSOCIATION = Action.of(PREFIX, "DeleteSharedTrustStoreAssociation");

  /** {@code elasticloadbalancing:DeleteTargetGroup}: Write; on targetgroup. */
  public static final Action DELETE_TARGET_GROUP = Action.of(PREFIX, "DeleteTargetGroup");

  /** {@code elasticloadbalancing:DeleteTrustStore}: Write; on truststore. */
  public static final Action DELETE_TRUST_STORE = Action.of(PREFIX, "DeleteTrustStore");

  /** {@code elasticloadbalancing:DeleteWebACLAssociation}: Write; on loadbalancer/app/. */
  public static final Action DELETE_WEB_ACL_ASSOCIATION = Action.of(PREFIX, "DeleteWebACLAssociation");

  /** {@code elasticloadbalancing:DeregisterInstancesFromLoadBalancer}: Write; on loadbalancer. */
  public static final Action DEREGISTER_INSTANCES_FROM_LOAD_BALANCER = Action.of(PREFIX, "DeregisterInstancesFromLoadBalancer");

  /** {@code elasticloadbalancing:DeregisterTargets}: Write; on targetgroup. */
  public static final Action DEREGISTER_TARGETS = Action.of(PREFIX, "DeregisterTargets");

  /** {@code elasticloadbalancing:DescribeAccountLimits}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_LIMITS = Action.of(PREFIX, "DescribeAccountLimits");

  /** {@code elasticloadbalancing:DescribeCapacityReservation}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CAPACITY_RESERVATION = Action.of(PREFIX, "DescribeCapacityReservation");

  /** {@code elasticloadbalancing:DescribeInstanceHealth}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_HEALTH = Action.of(PREFIX, "DescribeInstanceHealth");

  /** {@code elasticloadbalancing:DescribeListenerAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LISTENER_ATTRIBUTES = Action.of(PREFIX, "DescribeListenerAttributes");

  /** {@code elasticloadbalancing:DescribeListenerCertificates}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LISTENER_CERTIFICATES = Action.of(PREFIX, "DescribeListenerCertificates");

  /** {@code elasticloadbalancing:DescribeListeners}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LISTENERS = Action.of(PREFIX, "DescribeListeners");

  /** {@code elasticloadbalancing:DescribeLoadBalancerAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOAD_BALANCER_ATTRIBUTES = Action.of(PREFIX, "DescribeLoadBalancerAttributes");

  /** {@code elasticloadbalancing:DescribeLoadBalancerPolicies}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOAD_BALANCER_POLICIES = Action.of(PREFIX, "DescribeLoadBalancerPolicies");

  /** {@code elasticloadbalancing:DescribeLoadBalancerPolicyTypes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOAD_BALANCER_POLICY_TYPES = Action.of(PREFIX, "DescribeLoadBalancerPolicyTypes");

  /** {@code elasticloadbalancing:DescribeLoadBalancers}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOAD_BALANCERS = Action.of(PREFIX, "DescribeLoadBalancers");

  /** {@code elasticloadbalancing:DescribeRules}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RULES = Action.of(PREFIX, "DescribeRules");

  /** {@code elasticloadbalancing:DescribeSSLPolicies}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SSL_POLICIES = Action.of(PREFIX, "DescribeSSLPolicies");

  /** {@code elasticloadbalancing:DescribeTags}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TAGS = Action.of(PREFIX, "DescribeTags");

  /** {@code elasticloadbalancing:DescribeTargetGroupAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TARGET_GROUP_ATTRIBUTES = Action.of(PREFIX, "DescribeTargetGroupAttributes");

  /** {@code elasticloadbalancing:DescribeTargetGroups}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TARGET_GROUPS = Action.of(PREFIX, "DescribeTargetGroups");

  /** {@code elasticloadbalancing:DescribeTargetHealth}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TARGET_HEALTH = Action.of(PREFIX, "DescribeTargetHealth");

  /** {@code elasticloadbalancing:DescribeTrustStoreAssociations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRUST_STORE_ASSOCIATIONS = Action.of(PREFIX, "DescribeTrustStoreAssociations");

  /** {@code elasticloadbalancing:DescribeTrustStoreRevocations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRUST_STORE_REVOCATIONS = Action.of(PREFIX, "DescribeTrustStoreRevocations");

  /** {@code elasticloadbalancing:DescribeTrustStores}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRUST_STORES = Action.of(PREFIX, "DescribeTrustStores");

  /** {@code elasticloadbalancing:DescribeWebACLAssociation}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_WEB_ACL_ASSOCIATION = Action.of(PREFIX, "DescribeWebACLAssociation");

  /** {@code elasticloadbalancing:DetachLoadBalancerFromSubnets}: Write; on loadbalancer. */
  public static final Action DETACH_LOAD_BALANCER_FROM_SUBNETS = Action.of(PREFIX, "DetachLoadBalancerFromSubnets");

  /** {@code elasticloadbalancing:DisableAvailabilityZonesForLoadBalancer}: Write; on loadbalancer. */
  public static final Action DISABLE_AVAILABILITY_ZONES_FOR_LOAD_BALANCER = Action.of(PREFIX, "DisableAvailabilityZonesForLoadBalancer");

  /** {@code elasticloadbalancing:EnableAvailabilityZonesForLoadBalancer}: Write; on loadbalancer. */
  public static final Action ENABLE_AVAILABILITY_ZONES_FOR_LOAD_BALANCER = Action.of(PREFIX, "EnableAvailabilityZonesForLoadBalancer");

  /** {@code elasticloadbalancing:GetLoadBalancerWebACL}: Read; on loadbalancer/app/. */
  public static final Action GET_LOAD_BALANCER_WEB_ACL = Action.of(PREFIX, "GetLoadBalancerWebACL");

  /** {@code elasticloadbalancing:GetResourcePolicy}: Read; on truststore. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code elasticloadbalancing:GetTrustStoreCaCertificatesBundle}: Read; on truststore. */
  public static final Action GET_TRUST_STORE_CA_CERTIFICATES_BUNDLE = Action.of(PREFIX, "GetTrustStoreCaCertificatesBundle");

  /** {@code elasticloadbalancing:GetTrustStoreRevocationContent}: Read; on truststore. */
  public static final Action GET_TRUST_STORE_REVOCATION_CONTENT = Action.of(PREFIX, "GetTrustStoreRevocationContent");

  /** {@code elasticloadbalancing:ModifyCapacityReservation}: Write; on loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/. */
  public static final Action MODIFY_CAPACITY_RESERVATION = Action.of(PREFIX, "ModifyCapacityReservation");

  /** {@code elasticloadbalancing:ModifyIpPools}: Write; on loadbalancer/app/. */
  public static final Action MODIFY_IP_POOLS = Action.of(PREFIX, "ModifyIpPools");

  /** {@code elasticloadbalancing:ModifyListener}: Write; on listener/app, listener/gwy, listener/net. */
  public static final Action MODIFY_LISTENER = Action.of(PREFIX, "ModifyListener");

  /** {@code elasticloadbalancing:ModifyListenerAttributes}: Write; on listener/app, listener/gwy, listener/net. */
  public static final Action MODIFY_LISTENER_ATTRIBUTES = Action.of(PREFIX, "ModifyListenerAttributes");

  /** {@code elasticloadbalancing:ModifyLoadBalancerAttributes}: Write; on loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/. */
  public static final Action MODIFY_LOAD_BALANCER_ATTRIBUTES = Action.of(PREFIX, "ModifyLoadBalancerAttributes");

  /** {@code elasticloadbalancing:ModifyRule}: Write; on listener-rule/app, listener-rule/net. */
  public static final Action MODIFY_RULE = Action.of(PREFIX, "ModifyRule");

  /** {@code elasticloadbalancing:ModifyTargetGroup}: Write; on targetgroup. */
  public static final Action MODIFY_TARGET_GROUP = Action.of(PREFIX, "ModifyTargetGroup");

  /** {@code elasticloadbalancing:ModifyTargetGroupAttributes}: Write; on targetgroup. */
  public static final Action MODIFY_TARGET_GROUP_ATTRIBUTES = Action.of(PREFIX, "ModifyTargetGroupAttributes");

  /** {@code elasticloadbalancing:ModifyTrustStore}: Write; on truststore. */
  public static final Action MODIFY_TRUST_STORE = Action.of(PREFIX, "ModifyTrustStore");

  /** {@code elasticloadbalancing:RegisterInstancesWithLoadBalancer}: Write; on loadbalancer. */
  public static final Action REGISTER_INSTANCES_WITH_LOAD_BALANCER = Action.of(PREFIX, "RegisterInstancesWithLoadBalancer");

  /** {@code elasticloadbalancing:RegisterTargets}: Write; on targetgroup. */
  public static final Action REGISTER_TARGETS = Action.of(PREFIX, "RegisterTargets");

  /** {@code elasticloadbalancing:RemoveListenerCertificates}: Write; on listener/app, listener/net. */
  public static final Action REMOVE_LISTENER_CERTIFICATES = Action.of(PREFIX, "RemoveListenerCertificates");

  /** {@code elasticloadbalancing:RemoveTags}: Tagging; on listener-rule/app, listener-rule/net, listener/app, listener/gwy, listener/net, loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/, targetgroup, truststore. */
  public static final Action REMOVE_TAGS = Action.of(PREFIX, "RemoveTags");

  /** {@code elasticloadbalancing:RemoveTrustStoreRevocations}: Write; on truststore. */
  public static final Action REMOVE_TRUST_STORE_REVOCATIONS = Action.of(PREFIX, "RemoveTrustStoreRevocations");

  /** {@code elasticloadbalancing:SetIpAddressType}: Write; on loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/. */
  public static final Action SET_IP_ADDRESS_TYPE = Action.of(PREFIX, "SetIpAddressType");

  /** {@code elasticloadbalancing:SetLoadBalancerListenerSSLCertificate}: Write; on loadbalancer. */
  public static final Action SET_LOAD_BALANCER_LISTENER_SSL_CERTIFICATE = Action.of(PREFIX, "SetLoadBalancerListenerSSLCertificate");

  /** {@code elasticloadbalancing:SetLoadBalancerPoliciesForBackendServer}: Write; on loadbalancer. */
  public static final Action SET_LOAD_BALANCER_POLICIES_FOR_BACKEND_SERVER = Action.of(PREFIX, "SetLoadBalancerPoliciesForBackendServer");

  /** {@code elasticloadbalancing:SetLoadBalancerPoliciesOfListener}: Write; on loadbalancer. */
  public static final Action SET_LOAD_BALANCER_POLICIES_OF_LISTENER = Action.of(PREFIX, "SetLoadBalancerPoliciesOfListener");

  /** {@code elasticloadbalancing:SetRulePriorities}: Write; on listener-rule/app, listener-rule/net. */
  public static final Action SET_RULE_PRIORITIES = Action.of(PREFIX, "SetRulePriorities");

  /** {@code elasticloadbalancing:SetSecurityGroups}: Write; on loadbalancer/app/, loadbalancer/net/. */
  public static final Action SET_SECURITY_GROUPS = Action.of(PREFIX, "SetSecurityGroups");

  /** {@code elasticloadbalancing:SetSubnets}: Write; on loadbalancer/app/, loadbalancer/gwy/, loadbalancer/net/. */
  public static final Action SET_SUBNETS = Action.of(PREFIX, "SetSubnets");

  /** {@code elasticloadbalancing:SetWebAcl}: Write; on no resource type (give {@code *}). */
  public static final Action SET_WEB_ACL = Action.of(PREFIX, "SetWebAcl");

  private Elasticloadbalancing() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
