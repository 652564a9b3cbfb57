// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elemental MediaConnect (prefix {@code mediaconnect}), as the service authorization reference lists them.
 */
public final class Mediaconnect {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mediaconnect";

  /** {@code mediaconnect:AddBridgeOutputs}: Write; on Bridge. */
  public static final Action ADD_BRIDGE_OUTPUTS = Action.of(PREFIX, "AddBridgeOutputs");

  /** {@code mediaconnect:AddBridgeSources}: Write; on Bridge. */
  public static final Action ADD_BRIDGE_SOURCES = Action.of(PREFIX, "AddBridgeSources");

  /** {@code mediaconnect:AddFlowMediaStreams}: Write; on Flow, MediaStream. */
  public static final Action ADD_FLOW_MEDIA_STREAMS = Action.of(PREFIX, "AddFlowMediaStreams");

  /** {@code mediaconnect:AddFlowOutputs}: Write; on Flow, Output. */
  public static final Action ADD_FLOW_OUTPUTS = Action.of(PREFIX, "AddFlowOutputs");

  /** {@code mediaconnect:AddFlowSources}: Write; on Flow, Source. */
  public static final Action ADD_FLOW_SOURCES = Action.of(PREFIX, "AddFlowSources");

  /** {@code mediaconnect:AddFlowVpcInterfaces}: Write; on Flow, VpcInterface. */
  public static final Action ADD_FLOW_VPC_INTERFACES = Action.of(PREFIX, "AddFlowVpcInterfaces");

  /** {@code mediaconnect:AssociateRouterNetworkInterface}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_ROUTER_NETWORK_INTERFACE = Action.of(PREFIX, "AssociateRouterNetworkInterface");

  /** {@code mediaconnect:CreateBridge}: Write; on Bridge. */
  public static final Action CREATE_BRIDGE = Action.of(PREFIX, "CreateBridge");

  /** {@code mediaconnect:CreateFlow}: Write; on Flow. */
  public static final Action CREATE_FLOW = Action.of(PREFIX, "CreateFlow");

  /** {@code mediaconnect:CreateGateway}: Write; on Gateway. */
  public static final Action CREATE_GATEWAY = Action.of(PREFIX, "CreateGateway");

  /** {@code mediaconnect:CreateRouterInput}: Write; on RouterInput. */
  public static final Action CREATE_ROUTER_INPUT = Action.of(PREFIX, "CreateRouterInput");

  /** {@code mediaconnect:CreateRouterNetworkInterface}: Write; on RouterNetworkInterface. */
  public static final Action CREATE_ROUTER_NETWORK_INTERFACE = Action.of(PREFIX, "CreateRouterNetworkInterface");

  /** {@code mediaconnect:CreateRouterOutput}: Write; on RouterOutput. */
  public static final Action CREATE_ROUTER_OUTPUT = Action.of(PREFIX, "CreateRouterOutput");

  /** {@code mediaconnect:DeleteBridge}: Write; on Bridge. */
  public static final Action DELETE_BRIDGE = Action.of(PREFIX, "DeleteBridge");

  /** {@code mediaconnect:DeleteFlow}: Write; on Flow. */
  public static final Action DELETE_FLOW = Action.of(PREFIX, "DeleteFlow");

  /** {@code mediaconnect:DeleteGateway}: Write; on Gateway. */
  public static final Action DELETE_GATEWAY = Action.of(PREFIX, "DeleteGateway");

  /** {@code mediaconnect:DeleteRouterInput}: Write; on RouterInput. */
  public static final Action DELETE_ROUTER_INPUT = Action.of(PREFIX, "DeleteRouterInput");

  /** {@code mediaconnect:DeleteRouterNetworkInterface}: Write; on RouterNetworkInterface. */
  public static final Action DELETE_ROUTER_NETWORK_INTERFACE = Action.of(PREFIX, "DeleteRouterNetworkInterface");

  /** {@code mediaconnect:DeleteRouterOutput}: Write; on RouterOutput. */
  public static final Action DELETE_ROUTER_OUTPUT = Action.of(PREFIX, "DeleteRouterOutput");

  /** {@code mediaconnect:DeregisterGatewayInstance}: Write; on GatewayInstance. */
  public static final Action DEREGISTER_GATEWAY_INSTANCE = Action.of(PREFIX, "DeregisterGatewayInstance");

  /** {@code mediaconnect:DescribeBridge}: Read; on Bridge. */
  public static final Action DESCRIBE_BRIDGE = Action.of(PREFIX, "DescribeBridge");

  /** {@code mediaconnect:DescribeFlow}: Read; on Flow. */
  public static final Action DESCRIBE_FLOW = Action.of(PREFIX, "DescribeFlow");

  /** {@code mediaconnect:DescribeFlowSourceMetadata}: Read; on Flow. */
  public static final Action DESCRIBE_FLOW_SOURCE_METADATA = Action.of(PREFIX, "DescribeFlowSourceMetadata");

  /** {@code mediaconnect:DescribeFlowSourceThumbnail}: Read; on Flow. */
  public static final Action DESCRIBE_FLOW_SOURCE_THUMBNAIL = Action.of(PREFIX, "DescribeFlowSourceThumbnail");

  /** {@code mediaconnect:DescribeGateway}: Read; on Gateway. */
  public static final Action DESCRIBE_GATEWAY = Action.of(PREFIX, "DescribeGateway");

  /** {@code mediaconnect:DescribeGatewayInstance}: Read; on GatewayInstance. */
  public static final Action DESCRIBE_GATEWAY_INSTANCE = Action.of(PREFIX, "DescribeGatewayInstance");

  /** {@code mediaconnect:DescribeOffering}: Read; on Offering. */
  public static final Action DESCRIBE_OFFERING = Action.of(PREFIX, "DescribeOffering");

  /** {@code mediaconnect:DescribeReservation}: Read; on Reservation. */
  public static final Action DESCRIBE_RESERVATION = Action.of(PREFIX, "DescribeReservation");

  /** {@code mediaconnect:DiscoverGatewayPollEndpoint}: Read; on Gateway. */
  public static final Action DISCOVER_GATEWAY_POLL_ENDPOINT = Action.of(PREFIX, "DiscoverGatewayPollEndpoint");

  /** {@code mediaconnect:GetRouterInput}: Read; on RouterInput. */
  public static final Action GET_ROUTER_INPUT = Action.of(PREFIX, "GetRouterInput");

  /** {@code mediaconnect:GetRouterInputSourceMetadata}: Read; on RouterInput. */
  public static final Action GET_ROUTER_INPUT_SOURCE_METADATA = Action.of(PREFIX, "GetRouterInputSourceMetadata");

  /** {@code mediaconnect:GetRouterInputThumbnail}: Read; on RouterInput. */
  public static final Action GET_ROUTER_INPUT_THUMBNAIL = Action.of(PREFIX, "GetRouterInputThumbnail");

  /** {@code mediaconnect:GetRouterNetworkInterface}: Read; on RouterNetworkInterface. */
  public static final Action GET_ROUTER_NETWORK_INTERFACE = Action.of(PREFIX, "GetRouterNetworkInterface");

  /** {@code mediaconnect:GetRouterOutput}: Read; on RouterOutput. */
  public static final Action GET_ROUTER_OUTPUT = Action.of(PREFIX, "GetRouterOutput");

  /** {@code mediaconnect:GrantFlowEntitlements}: Write; on Entitlement, Flow. */
  public static final Action GRANT_FLOW_ENTITLEMENTS = Action.of(PREFIX, "GrantFlowEntitlements");

  /** {@code mediaconnect:ListBridges}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BRIDGES = Action.of(PREFIX, "ListBridges");

  /** {@code mediaconnect:ListEntitlements}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENTITLEMENTS = Action.of(PREFIX, "ListEntitlements");

  /** {@code mediaconnect:ListFlows}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FLOWS = Action.of(PREFIX, "ListFlows");

  /** {@code mediaconnect:ListGatewayInstances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GATEWAY_INSTANCES = Action.of(PREFIX, "ListGatewayInstances");

  /** {@code mediaconnect:ListGateways}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GATEWAYS = Action.of(PREFIX, "ListGateways");

  /** {@code mediaconnect:ListOfferings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OFFERINGS = Action.of(PREFIX, "ListOfferings");

  /** {@code mediaconnect:ListReservations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESERVATIONS = Action.of(PREFIX, "ListReservations");

  /** {@code mediaconnect:ListRouterInputs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ROUTER_INPUTS = Action.of(PREFIX, "ListRouterInputs");

  /** {@code mediaconnect:ListRouterNetworkInterfaces}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ROUTER_NETWORK_INTERFACES = Action.of(PREFIX, "ListRouterNetworkInterfaces");

  /** {@code mediaconnect:ListRouterOutputs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ROUTER_OUTPUTS = Action.of(PREFIX, "ListRouterOutputs");

  /** {@code mediaconnect:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code mediaconnect:PollGateway}: Write; on no resource type (give {@code *}). */
  public static final Action POLL_GATEWAY = Action.of(PREFIX, "PollGateway");

  /** {@code mediaconnect:PurchaseOffering}: Write; on Reservation. */
  public static final Action PURCHASE_OFFERING = Action.of(PREFIX, "PurchaseOffering");

  /** {@code mediaconnect:RemoveBridgeOutput}: Write; on Bridge. */
  public static final Action REMOVE_BRIDGE_OUTPUT = Action.of(PREFIX, "RemoveBridgeOutput");

  /** {@code mediaconnect:RemoveBridgeSource}: Write; on Bridge. */
  public static final Action REMOVE_BRIDGE_SOURCE = Action.of(PREFIX, "RemoveBridgeSource");

  /** {@code mediaconnect:RemoveFlowMediaStream}: Write; on Flow, MediaStream. */
  public static final Action REMOVE_FLOW_MEDIA_STREAM = Action.of(PREFIX, "RemoveFlowMediaStream");

  /** {@code mediaconnect:RemoveFlowOutput}: Write; on Flow, Output. */
  public static final Action REMOVE_FLOW_OUTPUT = Action.of(PREFIX, "RemoveFlowOutput");

  /** {@code mediaconnect:RemoveFlowSource}: Write; on Flow, Source. */
  public static final Action REMOVE_FLOW_SOURCE = Action.of(PREFIX, "RemoveFlowSource");

  /** {@code mediaconnect:RemoveFlowVpcInterface}: Write; on Flow, VpcInterface. */
  public static final Action REMOVE_FLOW_VPC_INTERFACE = Action.of(PREFIX, "RemoveFlowVpcInterface");

  /** {@code mediaconnect:RestartRouterInput}: Write; on RouterInput. */
  public static final Action RESTART_ROUTER_INPUT = Action.of(PREFIX, "RestartRouterInput");

  /** {@code mediaconnect:RestartRouterOutput}: Write; on RouterOutput. */
  public static final Action RESTART_ROUTER_OUTPUT = Action.of(PREFIX, "RestartRouterOutput");

  /** {@code mediaconnect:RevokeFlowEntitlement}: Write; on Entitlement, Flow. */
  public static final Action REVOKE_FLOW_ENTITLEMENT = Action.of(PREFIX, "RevokeFlowEntitlement");

  /** {@code mediaconnect:StartFlow}: Write; on Flow. */
  public static final Action START_FLOW = Action.of(PREFIX, "StartFlow");

  /** {@code mediaconnect:StartRouterInput}: Write; on RouterInput. */
  public static final Action START_ROUTER_INPUT = Action.of(PREFIX, "StartRouterInput");

  /** {@code mediaconnect:StartRouterOutput}: Write; on RouterOutput. */
  public static final Action START_ROUTER_OUTPUT = Action.of(PREFIX, "StartRouterOutput");

  /** {@code mediaconnect:StopFlow}: Write; on Flow. */
  public static final Action STOP_FLOW = Action.of(PREFIX, "StopFlow");

  /** {@code mediaconnect:StopRouterInput}: Write; on RouterInput. */
  public static final Action STOP_ROUTER_INPUT = Action.of(PREFIX, "StopRouterInput");

  /** {@code mediaconnect:StopRouterOutput}: Write; on RouterOutput. */
  public static final Action STOP_ROUTER_OUTPUT = Action.of(PREFIX, "StopRouterOutput");

  /** {@code mediaconnect:SubmitGatewayStateChange}: Write; on no resource type (give {@code *}). */
  public static final Action SUBMIT_GATEWAY_STATE_CHANGE = Action.of(PREFIX, "SubmitGatewayStateChange");

  /** {@code mediaconnect:TagResource}: Tagging; on Entitlement, Flow, MediaStream, Output, RouterInput, RouterNetworkInterface, RouterOutput, Source, VpcInterface. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code mediaconnect:TakeRouterInput}: Write; on RouterOutput. */
  public static final Action TAKE_ROUTER_INPUT = Action.of(PREFIX, "TakeRouterInput");

  /** {@code mediaconnect:UntagResource}: Tagging; on Entitlement, Flow, MediaStream, Output, RouterInput, RouterNetworkInterface, RouterOutput, Source, VpcInterface. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code mediaconnect:UpdateBridge}: Write; on Bridge. */
  public static final Action UPDATE_BRIDGE = Action.of(PREFIX, "UpdateBridge");

  /** {@code mediaconnect:UpdateBridgeOutput}: Write; on Bridge. */
  public static final Action UPDATE_BRIDGE_OUTPUT = Action.of(PREFIX, "UpdateBridgeOutput");

  /** {@code mediaconnect:UpdateBridgeSource}: Write; on Bridge. */
  public static final Action UPDATE_BRIDGE_SOURCE = Action.of(PREFIX, "UpdateBridgeSource");

  /** {@code mediaconnect:UpdateBridgeState}: Write; on Bridge. */
  public static final Action UPDATE_BRIDGE_STATE = Action.of(PREFIX, "UpdateBridgeState");

  /** {@code mediaconnect:UpdateFlow}: Write; on Flow. */
  public static final Action UPDATE_FLOW = Action.of(PREFIX, "UpdateFlow");

  /** {@code mediaconnect:UpdateFlowEntitlement}: Write; on Flow. */
  public static final Action UPDATE_FLOW_ENTITLEMENT = Action.of(PREFIX, "UpdateFlowEntitlement");

  /** {@code mediaconnect:UpdateFlowMediaStream}: Write; on Flow, MediaStream. */
  public static final Action UPDATE_FLOW_MEDIA_STREAM = Action.of(PREFIX, "UpdateFlowMediaStream");

  /** {@code mediaconnect:UpdateFlowOutput}: Write; on Flow, Output. */
  public static final Action UPDATE_FLOW_OUTPUT = Action.of(PREFIX, "UpdateFlowOutput");

  /** {@code mediaconnect:UpdateFlowSource}: Write; on Flow, Source. */
  public static final Action UPDATE_FLOW_SOURCE = Action.of(PREFIX, "UpdateFlowSource");

  /** {@code mediaconnect:UpdateGatewayInstance}: Write; on GatewayInstance. */
  public static final Action UPDATE_GATEWAY_INSTANCE = Action.of(PREFIX, "UpdateGatewayInstance");

  /** {@code mediaconnect:UpdateRouterInput}: Write; on RouterInput. */
  public static final Action UPDATE_ROUTER_INPUT = Action.of(PREFIX, "UpdateRouterInput");

  /** {@code mediaconnect:UpdateRouterNetworkInterface}: Write; on RouterNetworkInterface. */
  public static final Action UPDATE_ROUTER_NETWORK_INTERFACE = Action.of(PREFIX, "UpdateRouterNetworkInterface");

  /** {@code mediaconnect:UpdateRouterOutput}: Write; on RouterOutput. */
  public static final Action UPDATE_ROUTER_OUTPUT = Action.of(PREFIX, "UpdateRouterOutput");

  private Mediaconnect() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
