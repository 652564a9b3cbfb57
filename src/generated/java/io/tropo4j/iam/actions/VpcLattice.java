// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon VPC Lattice (prefix {@code vpc-lattice}), as the service authorization reference lists them.
 */
public final class VpcLattice {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "vpc-lattice";

  /** {@code vpc-lattice:AssociateViaAWSService}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_VIA_AWS_SERVICE = Action.of(PREFIX, "AssociateViaAWSService");

  /** {@code vpc-lattice:AssociateViaAWSService-EventsAndStates}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_VIA_AWS_SERVICE_EVENTS_AND_STATES = Action.of(PREFIX, "AssociateViaAWSService-EventsAndStates");

  /** {@code vpc-lattice:CreateAccessLogSubscription}: Write; on AccessLogSubscription, ResourceConfiguration, Service, ServiceNetwork. */
  public static final Action CREATE_ACCESS_LOG_SUBSCRIPTION = Action.of(PREFIX, "CreateAccessLogSubscription");

  /** {@code vpc-lattice:CreateListener}: Write; on Listener. */
  public static final Action CREATE_LISTENER = Action.of(PREFIX, "CreateListener");

  /** {@code vpc-lattice:CreateResourceConfiguration}: Write; on DomainVerification, ResourceConfiguration, ResourceGateway. */
  public static final Action CREATE_RESOURCE_CONFIGURATION = Action.of(PREFIX, "CreateResourceConfiguration");

  /** {@code vpc-lattice:CreateResourceGateway}: Write; on ResourceGateway. */
  public static final Action CREATE_RESOURCE_GATEWAY = Action.of(PREFIX, "CreateResourceGateway");

  /** {@code vpc-lattice:CreateRule}: Write; on Rule. */
  public static final Action CREATE_RULE = Action.of(PREFIX, "CreateRule");

  /** {@code vpc-lattice:CreateService}: Write; on Service. */
  public static final Action CREATE_SERVICE = Action.of(PREFIX, "CreateService");

  /** {@code vpc-lattice:CreateServiceNetwork}: Write; on ServiceNetwork. */
  public static final Action CREATE_SERVICE_NETWORK = Action.of(PREFIX, "CreateServiceNetwork");

  /** {@code vpc-lattice:CreateServiceNetworkResourceAssociation}: Write; on ResourceConfiguration, ServiceNetwork, ServiceNetworkResourceAssociation. */
  public static final Action CREATE_SERVICE_NETWORK_RESOURCE_ASSOCIATION = Action.of(PREFIX, "CreateServiceNetworkResourceAssociation");

  /** {@code vpc-lattice:CreateServiceNetworkServiceAssociation}: Write; on Service, ServiceNetwork, ServiceNetworkServiceAssociation. */
  public static final Action CREATE_SERVICE_NETWORK_SERVICE_ASSOCIATION = Action.of(PREFIX, "CreateServiceNetworkServiceAssociation");

  /** {@code vpc-lattice:CreateServiceNetworkVpcAssociation}: Write; on ServiceNetwork, ServiceNetworkVpcAssociation. */
  public static final Action CREATE_SERVICE_NETWORK_VPC_ASSOCIATION = Action.of(PREFIX, "CreateServiceNetworkVpcAssociation");

  /** {@code vpc-lattice:CreateServiceNetworkVpcEndpointAssociation}: Permissions management; on no resource type (give {@code *}). */
  public static final Action CREATE_SERVICE_NETWORK_VPC_ENDPOINT_ASSOCIATION = Action.of(PREFIX, "CreateServiceNetworkVpcEndpointAssociation");

  /** {@code vpc-lattice:CreateTargetGroup}: Write; on TargetGroup. */
  public static final Action CREATE_TARGET_GROUP = Action.of(PREFIX, "CreateTargetGroup");

  /** {@code vpc-lattice:DeleteAccessLogSubscription}: Write; on AccessLogSubscription. */
  public static final Action DELETE_ACCESS_LOG_SUBSCRIPTION = Action.of(PREFIX, "DeleteAccessLogSubscription");

  /** {@code vpc-lattice:DeleteAuthPolicy}: Permissions management; on Service, ServiceNetwork. */
  public static final Action DELETE_AUTH_POLICY = Action.of(PREFIX, "DeleteAuthPolicy");

  /** {@code vpc-lattice:DeleteDomainVerification}: Write; on DomainVerification. */
  public static final Action DELETE_DOMAIN_VERIFICATION = Action.of(PREFIX, "DeleteDomainVerification");

  /** {@code vpc-lattice:DeleteListener}: Write; on Listener. */
  public static final Action DELETE_LISTENER = Action.of(PREFIX, "DeleteListener");

  /** {@code vpc-lattice:DeleteResourceConfiguration}: Write; on ResourceConfiguration. */
  public static final Action DELETE_RESOURCE_CONFIGURATION = Action.of(PREFIX, "DeleteResourceConfiguration");

  /** {@code vpc-lattice:DeleteResourceEndpointAssociation}: Write; on ResourceEndpointAssociation. */
  public static final Action DELETE_RESOURCE_ENDPOINT_ASSOCIATION = Action.of(PREFIX, "DeleteResourceEndpointAssociation");

  /** {@code vpc-lattice:DeleteResourceGateway}: Write; on ResourceGateway. */
  public static final Action DELETE_RESOURCE_GATEWAY = Action.of(PREFIX, "DeleteResourceGateway");

  /** {@code vpc-lattice:DeleteResourcePolicy}: Write; on ResourceConfiguration, Service, ServiceNetwork. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code vpc-lattice:DeleteRule}: Write; on Rule. */
  public static final Action DELETE_RULE = Action.of(PREFIX, "DeleteRule");

  /** {@code vpc-lattice:DeleteService}: Write; on Service. */
  public static final Action DELETE_SERVICE = Action.of(PREFIX, "DeleteService");

  /** {@code vpc-lattice:DeleteServiceNetwork}: Write; on ServiceNetwork. */
  public static final Action DELETE_SERVICE_NETWORK = Action.of(PREFIX, "DeleteServiceNetwork");

  /** {@code vpc-lattice:DeleteServiceNetworkResourceAssociation}: Write; on ServiceNetworkResourceAssociation. */
  public static final Action DELETE_SERVICE_NETWORK_RESOURCE_ASSOCIATION = Action.of(PREFIX, "DeleteServiceNetworkResourceAssociation");

  /** {@code vpc-lattice:DeleteServiceNetworkServiceAssociation}: Write; on ServiceNetworkServiceAssociation. */
  public static final Action DELETE_SERVICE_NETWORK_SERVICE_ASSOCIATION = Action.of(PREFIX, "DeleteServiceNetworkServiceAssociation");

  /** {@code vpc-lattice:DeleteServiceNetworkVpcAssociation}: Write; on ServiceNetworkVpcAssociation. */
  public static final Action DELETE_SERVICE_NETWORK_VPC_ASSOCIATION = Action.of(PREFIX, "DeleteServiceNetworkVpcAssociation");

  /** {@code vpc-lattice:DeleteTargetGroup}: Write; on TargetGroup. */
  public static final Action DELETE_TARGET_GROUP = Action.of(PREFIX, "DeleteTargetGroup");

  /** {@code vpc-lattice:DeregisterTargets}: Write; on TargetGroup. */
  public static final Action DEREGISTER_TARGETS = Action.of(PREFIX, "DeregisterTargets");

  /** {@code vpc-lattice:GetAccessLogSubscription}: Read; on AccessLogSubscription. */
  public static final Action GET_ACCESS_LOG_SUBSCRIPTION = Action.of(PREFIX, "GetAccessLogSubscription");

  /** {@code vpc-lattice:GetAuthPolicy}: Read; on Service, ServiceNetwork. */
  public static final Action GET_AUTH_POLICY = Action.of(PREFIX, "GetAuthPolicy");

  /** {@code vpc-lattice:GetDomainVerification}: Read; on DomainVerification. */
  public static final Action GET_DOMAIN_VERIFICATION = Action.of(PREFIX, "GetDomainVerification");

  /** {@code vpc-lattice:GetListener}: Read; on Listener. */
  public static final Action GET_LISTENER = Action.of(PREFIX, "GetListener");

  /** {@code vpc-lattice:GetResourceConfiguration}: Read; on ResourceConfiguration. */
  public static final Action GET_RESOURCE_CONFIGURATION = Action.of(PREFIX, "GetResourceConfiguration");

  /** {@code vpc-lattice:GetResourceGateway}: Read; on ResourceGateway. */
  public static final Action GET_RESOURCE_GATEWAY = Action.of(PREFIX, "GetResourceGateway");

  /** {@code vpc-lattice:GetResourcePolicy}: Read; on ResourceConfiguration, Service, ServiceNetwork. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code vpc-lattice:GetRule}: Read; on Rule. */
  public static final Action GET_RULE = Action.of(PREFIX, "GetRule");

  /** {@code vpc-lattice:GetService}: Read; on Service. */
  public static final Action GET_SERVICE = Action.of(PREFIX, "GetService");

  /** {@code vpc-lattice:GetServiceNetwork}: Read; on ServiceNetwork. */
  public static final Action GET_SERVICE_NETWORK = Action.of(PREFIX, "GetServiceNetwork");

  /** {@code vpc-lattice:GetServiceNetworkResourceAssociation}: Read; on ServiceNetworkResourceAssociation. */
  public static final Action GET_SERVICE_NETWORK_RESOURCE_ASSOCIATION = Action.of(PREFIX, "GetServiceNetworkResourceAssociation");

  /** {@code vpc-lattice:GetServiceNetworkServiceAssociation}: Read; on ServiceNetworkServiceAssociation. */
  public static final Action GET_SERVICE_NETWORK_SERVICE_ASSOCIATION = Action.of(PREFIX, "GetServiceNetworkServiceAssociation");

  /** {@code vpc-lattice:GetServiceNetworkVpcAssociation}: Read; on ServiceNetworkVpcAssociation. */
  public static final Action GET_SERVICE_NETWORK_VPC_ASSOCIATION = Action.of(PREFIX, "GetServiceNetworkVpcAssociation");

  /** {@code vpc-lattice:GetTargetGroup}: Read; on TargetGroup. */
  public static final Action GET_TARGET_GROUP = Action.of(PREFIX, "GetTargetGroup");

  /** {@code vpc-lattice:ListAccessLogSubscriptions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCESS_LOG_SUBSCRIPTIONS = Action.of(PREFIX, "ListAccessLogSubscriptions");

  /** {@code vpc-lattice:ListDomainVerifications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAIN_VERIFICATIONS = Action.of(PREFIX, "ListDomainVerifications");

  /** {@code vpc-lattice:ListListeners}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LISTENERS = Action.of(PREFIX, "ListListeners");

  /** {@code vpc-lattice:ListResourceConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_CONFIGURATIONS = Action.of(PREFIX, "ListResourceConfigurations");

  /** {@code vpc-lattice:ListResourceEndpointAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_ENDPOINT_ASSOCIATIONS = Action.of(PREFIX, "ListResourceEndpointAssociations");

  /** {@code vpc-lattice:ListResourceGateways}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_GATEWAYS = Action.of(PREFIX, "ListResourceGateways");

  /** {@code vpc-lattice:ListRules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RULES = Action.of(PREFIX, "ListRules");

  /** {@code vpc-lattice:ListServiceNetworkResourceAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_NETWORK_RESOURCE_ASSOCIATIONS = Action.of(PREFIX, "ListServiceNetworkResourceAssociations");

  /** {@code vpc-lattice:ListServiceNetworkServiceAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_NETWORK_SERVICE_ASSOCIATIONS = Action.of(PREFIX, "ListServiceNetworkServiceAssociations");

  /** {@code vpc-lattice:ListServiceNetworkVpcAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_NETWORK_VPC_ASSOCIATIONS = Action.of(PREFIX, "ListServiceNetworkVpcAssociations");

  /** {@code vpc-lattice:ListServiceNetworkVpcEndpointAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_NETWORK_VPC_ENDPOINT_ASSOCIATIONS = Action.of(PREFIX, "ListServiceNetworkVpcEndpointAssociations");

  /** {@code vpc-lattice:ListServiceNetworks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_NETWORKS = Action.of(PREFIX, "ListServiceNetworks");

  /** {@code vpc-lattice:ListServices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICES = Action.of(PREFIX, "ListServices");

  /** {@code vpc-lattice:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code vpc-lattice:ListTargetGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TARGET_GROUPS = Action.of(PREFIX, "ListTargetGroups");

  /** {@code vpc-lattice:ListTargets}: List; on TargetGroup. */
  public static final Action LIST_TARGETS = Action.of(PREFIX, "ListTargets");

  /** {@code vpc-lattice:PutAuthPolicy}: Permissions management; on Service, ServiceNetwork. */
  public static final Action PUT_AUTH_POLICY = Action.of(PREFIX, "PutAuthPolicy");

  /** {@code vpc-lattice:PutResourcePolicy}: Write; on ResourceConfiguration, Service, ServiceNetwork. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code vpc-lattice:RegisterTargets}: Write; on TargetGroup. */
  public static final Action REGISTER_TARGETS = Action.of(PREFIX, "RegisterTargets");

  /** {@code vpc-lattice:StartDomainVerification}: Write; on DomainVerification. */
  public static final Action START_DOMAIN_VERIFICATION = Action.of(PREFIX, "StartDomainVerification");

  /** {@code vpc-lattice:TagResource}: Tagging; on AccessLogSubscription, DomainVerification, Listener, ResourceConfiguration, ResourceEndpointAssociation, ResourceGateway, Rule, Service, ServiceNetwork, ServiceNetworkResourceAssociation, ServiceNetworkServiceAssociation, ServiceNetworkVpcAssociation, TargetGroup. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code vpc-lattice:UntagResource}: Tagging; on AccessLogSubscription, DomainVerification, Listener, ResourceConfiguration, ResourceEndpointAssociation, ResourceGateway, Rule, Service, ServiceNetwork, ServiceNetworkResourceAssociation, ServiceNetworkServiceAssociation, ServiceNetworkVpcAssociation, TargetGroup. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code vpc-lattice:UpdateAccessLogSubscription}: Write; on AccessLogSubscription. */
  public static final Action UPDATE_ACCESS_LOG_SUBSCRIPTION = Action.of(PREFIX, "UpdateAccessLogSubscription");

  /** {@code vpc-lattice:UpdateListener}: Write; on Listener. */
  public static final Action UPDATE_LISTENER = Action.of(PREFIX, "UpdateListener");

  /** {@code vpc-lattice:UpdateResourceConfiguration}: Write; on ResourceConfiguration. */
  public static final Action UPDATE_RESOURCE_CONFIGURATION = Action.of(PREFIX, "UpdateResourceConfiguration");

  /** {@code vpc-lattice:UpdateResourceGateway}: Write; on ResourceGateway. */
  public static final Action UPDATE_RESOURCE_GATEWAY = Action.of(PREFIX, "UpdateResourceGateway");

  /** {@code vpc-lattice:UpdateRule}: Write; on Rule. */
  public static final Action UPDATE_RULE = Action.of(PREFIX, "UpdateRule");

  /** {@code vpc-lattice:UpdateService}: Write; on Service. */
  public static final Action UPDATE_SERVICE = Action.of(PREFIX, "UpdateService");

  /** {@code vpc-lattice:UpdateServiceNetwork}: Write; on ServiceNetwork. */
  public static final Action UPDATE_SERVICE_NETWORK = Action.of(PREFIX, "UpdateServiceNetwork");

  /** {@code vpc-lattice:UpdateServiceNetworkVpcAssociation}: Write; on ServiceNetworkVpcAssociation. */
  public static final Action UPDATE_SERVICE_NETWORK_VPC_ASSOCIATION = Action.of(PREFIX, "UpdateServiceNetworkVpcAssociation");

  /** {@code vpc-lattice:UpdateTargetGroup}: Write; on TargetGroup. */
  public static final Action UPDATE_TARGET_GROUP = Action.of(PREFIX, "UpdateTargetGroup");

  private VpcLattice() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
