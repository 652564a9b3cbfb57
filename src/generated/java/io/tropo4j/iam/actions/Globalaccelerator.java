// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Global Accelerator (prefix {@code globalaccelerator}), as the service authorization reference lists them.
 */
public final class Globalaccelerator {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "globalaccelerator";

  /** {@code globalaccelerator:AddCustomRoutingEndpoints}: Write; on endpointgroup. */
  public static final Action ADD_CUSTOM_ROUTING_ENDPOINTS = Action.of(PREFIX, "AddCustomRoutingEndpoints");

  /** {@code globalaccelerator:AddEndpoints}: Write; on endpointgroup. */
  public static final Action ADD_ENDPOINTS = Action.of(PREFIX, "AddEndpoints");

  /** {@code globalaccelerator:AdvertiseByoipCidr}: Write; on no resource type (give {@code *}). */
  public static final Action ADVERTISE_BYOIP_CIDR = Action.of(PREFIX, "AdvertiseByoipCidr");

  /** {@code globalaccelerator:AllowCustomRoutingTraffic}: Write; on endpointgroup. */
  public static final Action ALLOW_CUSTOM_ROUTING_TRAFFIC = Action.of(PREFIX, "AllowCustomRoutingTraffic");

  /** {@code globalaccelerator:CreateAccelerator}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ACCELERATOR = Action.of(PREFIX, "CreateAccelerator");

  /** {@code globalaccelerator:CreateCrossAccountAttachment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CROSS_ACCOUNT_ATTACHMENT = Action.of(PREFIX, "CreateCrossAccountAttachment");

  /** {@code globalaccelerator:CreateCustomRoutingAccelerator}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CUSTOM_ROUTING_ACCELERATOR = Action.of(PREFIX, "CreateCustomRoutingAccelerator");

  /** {@code globalaccelerator:CreateCustomRoutingEndpointGroup}: Write; on listener. */
  public static final Action CREATE_CUSTOM_ROUTING_ENDPOINT_GROUP = Action.of(PREFIX, "CreateCustomRoutingEndpointGroup");

  /** {@code globalaccelerator:CreateCustomRoutingListener}: Write; on accelerator. */
  public static final Action CREATE_CUSTOM_ROUTING_LISTENER = Action.of(PREFIX, "CreateCustomRoutingListener");

  /** {@code globalaccelerator:CreateEndpointGroup}: Write; on listener. */
  public static final Action CREATE_ENDPOINT_GROUP = Action.of(PREFIX, "CreateEndpointGroup");

  /** {@code globalaccelerator:CreateListener}: Write; on accelerator. */
  public static final Action CREATE_LISTENER = Action.of(PREFIX, "CreateListener");

  /** {@code globalaccelerator:DeleteAccelerator}: Write; on accelerator. */
  public static final Action DELETE_ACCELERATOR = Action.of(PREFIX, "DeleteAccelerator");

  /** {@code globalaccelerator:DeleteCrossAccountAttachment}: Write; on attachment. */
  public static final Action DELETE_CROSS_ACCOUNT_ATTACHMENT = Action.of(PREFIX, "DeleteCrossAccountAttachment");

  /** {@code globalaccelerator:DeleteCustomRoutingAccelerator}: Write; on accelerator. */
  public static final Action DELETE_CUSTOM_ROUTING_ACCELERATOR = Action.of(PREFIX, "DeleteCustomRoutingAccelerator");

  /** {@code globalaccelerator:DeleteCustomRoutingEndpointGroup}: Write; on endpointgroup. */
  public static final Action DELETE_CUSTOM_ROUTING_ENDPOINT_GROUP = Action.of(PREFIX, "DeleteCustomRoutingEndpointGroup");

  /** {@code globalaccelerator:DeleteCustomRoutingListener}: Write; on listener. */
  public static final Action DELETE_CUSTOM_ROUTING_LISTENER = Action.of(PREFIX, "DeleteCustomRoutingListener");

  /** {@code globalaccelerator:DeleteEndpointGroup}: Write; on endpointgroup. */
  public static final Action DELETE_ENDPOINT_GROUP = Action.of(PREFIX, "DeleteEndpointGroup");

  /** {@code globalaccelerator:DeleteListener}: Write; on listener. */
  public static final Action DELETE_LISTENER = Action.of(PREFIX, "DeleteListener");

  /** {@code globalaccelerator:DenyCustomRoutingTraffic}: Write; on endpointgroup. */
  public static final Action DENY_CUSTOM_ROUTING_TRAFFIC = Action.of(PREFIX, "DenyCustomRoutingTraffic");

  /** {@code globalaccelerator:DeprovisionByoipCidr}: Write; on no resource type (give {@code *}). */
  public static final Action DEPROVISION_BYOIP_CIDR = Action.of(PREFIX, "DeprovisionByoipCidr");

  /** {@code globalaccelerator:DescribeAccelerator}: Read; on accelerator. */
  public static final Action DESCRIBE_ACCELERATOR = Action.of(PREFIX, "DescribeAccelerator");

  /** {@code globalaccelerator:DescribeAcceleratorAttributes}: Read; on accelerator. */
  public static final Action DESCRIBE_ACCELERATOR_ATTRIBUTES = Action.of(PREFIX, "DescribeAcceleratorAttributes");

  /** {@code globalaccelerator:DescribeCrossAccountAttachment}: Read; on attachment. */
  public static final Action DESCRIBE_CROSS_ACCOUNT_ATTACHMENT = Action.of(PREFIX, "DescribeCrossAccountAttachment");

  /** {@code globalaccelerator:DescribeCustomRoutingAccelerator}: Read; on accelerator. */
  public static final Action DESCRIBE_CUSTOM_ROUTING_ACCELERATOR = Action.of(PREFIX, "DescribeCustomRoutingAccelerator");

  /** {@code globalaccelerator:DescribeCustomRoutingAcceleratorAttributes}: Read; on accelerator. */
  public static final Action DESCRIBE_CUSTOM_ROUTING_ACCELERATOR_ATTRIBUTES = Action.of(PREFIX, "DescribeCustomRoutingAcceleratorAttributes");

  /** {@code globalaccelerator:DescribeCustomRoutingEndpointGroup}: Read; on endpointgroup. */
  public static final Action DESCRIBE_CUSTOM_ROUTING_ENDPOINT_GROUP = Action.of(PREFIX, "DescribeCustomRoutingEndpointGroup");

  /** {@code globalaccelerator:DescribeCustomRoutingListener}: Read; on listener. */
  public static final Action DESCRIBE_CUSTOM_ROUTING_LISTENER = Action.of(PREFIX, "DescribeCustomRoutingListener");

  /** {@code globalaccelerator:DescribeEndpointGroup}: Read; on endpointgroup. */
  public static final Action DESCRIBE_ENDPOINT_GROUP = Action.of(PREFIX, "DescribeEndpointGroup");

  /** {@code globalaccelerator:DescribeListener}: Read; on listener. */
  public static final Action DESCRIBE_LISTENER = Action.of(PREFIX, "DescribeListener");

  /** {@code globalaccelerator:ListAccelerators}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCELERATORS = Action.of(PREFIX, "ListAccelerators");

  /** {@code globalaccelerator:ListByoipCidrs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BYOIP_CIDRS = Action.of(PREFIX, "ListByoipCidrs");

  /** {@code globalaccelerator:ListCrossAccountAttachments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CROSS_ACCOUNT_ATTACHMENTS = Action.of(PREFIX, "ListCrossAccountAttachments");

  /** {@code globalaccelerator:ListCrossAccountResourceAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CROSS_ACCOUNT_RESOURCE_ACCOUNTS = Action.of(PREFIX, "ListCrossAccountResourceAccounts");

  /** {@code globalaccelerator:ListCrossAccountResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CROSS_ACCOUNT_RESOURCES = Action.of(PREFIX, "ListCrossAccountResources");

  /** {@code globalaccelerator:ListCustomRoutingAccelerators}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOM_ROUTING_ACCELERATORS = Action.of(PREFIX, "ListCustomRoutingAccelerators");

  /** {@code globalaccelerator:ListCustomRoutingEndpointGroups}: List; on listener. */
  public static final Action LIST_CUSTOM_ROUTING_ENDPOINT_GROUPS = Action.of(PREFIX, "ListCustomRoutingEndpointGroups");

  /** {@code globalaccelerator:ListCustomRoutingListeners}: List; on accelerator. */
  public static final Action LIST_CUSTOM_ROUTING_LISTENERS = Action.of(PREFIX, "ListCustomRoutingListeners");

  /** {@code globalaccelerator:ListCustomRoutingPortMappings}: List; on accelerator. */
  public static final Action LIST_CUSTOM_ROUTING_PORT_MAPPINGS = Action.of(PREFIX, "ListCustomRoutingPortMappings");

  /** {@code globalaccelerator:ListCustomRoutingPortMappingsByDestination}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOM_ROUTING_PORT_MAPPINGS_BY_DESTINATION = Action.of(PREFIX, "ListCustomRoutingPortMappingsByDestination");

  /** {@code globalaccelerator:ListEndpointGroups}: List; on listener. */
  public static final Action LIST_ENDPOINT_GROUPS = Action.of(PREFIX, "ListEndpointGroups");

  /** {@code globalaccelerator:ListListeners}: List; on accelerator. */
  public static final Action LIST_LISTENERS = Action.of(PREFIX, "ListListeners");

  /** {@code globalaccelerator:ListTagsForResource}: Read; on accelerator, attachment. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code globalaccelerator:ProvisionByoipCidr}: Write; on no resource type (give {@code *}). */
  public static final Action PROVISION_BYOIP_CIDR = Action.of(PREFIX, "ProvisionByoipCidr");

  /** {@code globalaccelerator:RemoveCustomRoutingEndpoints}: Write; on endpointgroup. */
  public static final Action REMOVE_CUSTOM_ROUTING_ENDPOINTS = Action.of(PREFIX, "RemoveCustomRoutingEndpoints");

  /** {@code globalaccelerator:RemoveEndpoints}: Write; on endpointgroup. */
  public static final Action REMOVE_ENDPOINTS = Action.of(PREFIX, "RemoveEndpoints");

  /** {@code globalaccelerator:TagResource}: Tagging; on accelerator, attachment. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code globalaccelerator:UntagResource}: Tagging; on accelerator, attachment. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code globalaccelerator:UpdateAccelerator}: Write; on accelerator. */
  public static final Action UPDATE_ACCELERATOR = Action.of(PREFIX, "UpdateAccelerator");

  /** {@code globalaccelerator:UpdateAcceleratorAttributes}: Write; on accelerator. */
  public static final Action UPDATE_ACCELERATOR_ATTRIBUTES = Action.of(PREFIX, "UpdateAcceleratorAttributes");

  /** {@code globalaccelerator:UpdateCrossAccountAttachment}: Write; on attachment. */
  public static final Action UPDATE_CROSS_ACCOUNT_ATTACHMENT = Action.of(PREFIX, "UpdateCrossAccountAttachment");

  /** {@code globalaccelerator:UpdateCustomRoutingAccelerator}: Write; on accelerator. */
  public static final Action UPDATE_CUSTOM_ROUTING_ACCELERATOR = Action.of(PREFIX, "UpdateCustomRoutingAccelerator");

  /** {@code globalaccelerator:UpdateCustomRoutingAcceleratorAttributes}: Write; on accelerator. */
  public static final Action UPDATE_CUSTOM_ROUTING_ACCELERATOR_ATTRIBUTES = Action.of(PREFIX, "UpdateCustomRoutingAcceleratorAttributes");

  /** {@code globalaccelerator:UpdateCustomRoutingListener}: Write; on listener. */
  public static final Action UPDATE_CUSTOM_ROUTING_LISTENER = Action.of(PREFIX, "UpdateCustomRoutingListener");

  /** {@code globalaccelerator:UpdateEndpointGroup}: Write; on endpointgroup. */
  public static final Action UPDATE_ENDPOINT_GROUP = Action.of(PREFIX, "UpdateEndpointGroup");

  /** {@code globalaccelerator:UpdateListener}: Write; on listener. */
  public static final Action UPDATE_LISTENER = Action.of(PREFIX, "UpdateListener");

  /** {@code globalaccelerator:WithdrawByoipCidr}: Write; on no resource type (give {@code *}). */
  public static final Action WITHDRAW_BYOIP_CIDR = Action.of(PREFIX, "WithdrawByoipCidr");

  private Globalaccelerator() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
