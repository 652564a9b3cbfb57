// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Direct Connect (prefix {@code directconnect}), as the service authorization reference lists them.
 */
public final class Directconnect {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "directconnect";

  /** {@code directconnect:AcceptDirectConnectGatewayAssociationProposal}: Write; on dx-gateway. */
  public static final Action ACCEPT_DIRECT_CONNECT_GATEWAY_ASSOCIATION_PROPOSAL = Action.of(PREFIX, "AcceptDirectConnectGatewayAssociationProposal");

  /** {@code directconnect:AllocateConnectionOnInterconnect}: Write; on dxcon. */
  public static final Action ALLOCATE_CONNECTION_ON_INTERCONNECT = Action.of(PREFIX, "AllocateConnectionOnInterconnect");

  /** {@code directconnect:AllocateHostedConnection}: Write; on dxcon, dxlag. */
  public static final Action ALLOCATE_HOSTED_CONNECTION = Action.of(PREFIX, "AllocateHostedConnection");

  /** {@code directconnect:AllocatePrivateVirtualInterface}: Write; on dxcon, dxlag. */
  public static final Action ALLOCATE_PRIVATE_VIRTUAL_INTERFACE = Action.of(PREFIX, "AllocatePrivateVirtualInterface");

  /** {@code directconnect:AllocatePublicVirtualInterface}: Write; on dxcon, dxlag. */
  public static final Action ALLOCATE_PUBLIC_VIRTUAL_INTERFACE = Action.of(PREFIX, "AllocatePublicVirtualInterface");

  /** {@code directconnect:AllocateTransitVirtualInterface}: Write; on dxcon, dxlag. */
  public static final Action ALLOCATE_TRANSIT_VIRTUAL_INTERFACE = Action.of(PREFIX, "AllocateTransitVirtualInterface");

  /** {@code directconnect:AssociateConnectionWithLag}: Write; on dxcon, dxlag. */
  public static final Action ASSOCIATE_CONNECTION_WITH_LAG = Action.of(PREFIX, "AssociateConnectionWithLag");

  /** {@code directconnect:AssociateHostedConnection}: Write; on dxcon, dxlag. */
  public static final Action ASSOCIATE_HOSTED_CONNECTION = Action.of(PREFIX, "AssociateHostedConnection");

  /** {@code directconnect:AssociateMacSecKey}: Write; on dxcon, dxlag. */
  public static final Action ASSOCIATE_MAC_SEC_KEY = Action.of(PREFIX, "AssociateMacSecKey");

  /** {@code directconnect:AssociateVirtualInterface}: Write; on dxcon, dxlag, dxvif. */
  public static final Action ASSOCIATE_VIRTUAL_INTERFACE = Action.of(PREFIX, "AssociateVirtualInterface");

  /** {@code directconnect:ConfirmConnection}: Write; on dxcon. */
  public static final Action CONFIRM_CONNECTION = Action.of(PREFIX, "ConfirmConnection");

  /** {@code directconnect:ConfirmCustomerAgreement}: Write; on no resource type (give {@code *}). */
  public static final Action CONFIRM_CUSTOMER_AGREEMENT = Action.of(PREFIX, "ConfirmCustomerAgreement");

  /** {@code directconnect:ConfirmPrivateVirtualInterface}: Write; on dxvif. */
  public static final Action CONFIRM_PRIVATE_VIRTUAL_INTERFACE = Action.of(PREFIX, "ConfirmPrivateVirtualInterface");

  /** {@code directconnect:ConfirmPublicVirtualInterface}: Write; on dxvif. */
  public static final Action CONFIRM_PUBLIC_VIRTUAL_INTERFACE = Action.of(PREFIX, "ConfirmPublicVirtualInterface");

  /** {@code directconnect:ConfirmTransitVirtualInterface}: Write; on dxvif. */
  public static final Action CONFIRM_TRANSIT_VIRTUAL_INTERFACE = Action.of(PREFIX, "ConfirmTransitVirtualInterface");

  /** {@code directconnect:CreateBGPPeer}: Write; on dxvif. */
  public static final Action CREATE_BGP_PEER = Action.of(PREFIX, "CreateBGPPeer");

  /** {@code directconnect:CreateConnection}: Write; on dxlag. */
  public static final Action CREATE_CONNECTION = Action.of(PREFIX, "CreateConnection");

  /** {@code directconnect:CreateDirectConnectGateway}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DIRECT_CONNECT_GATEWAY = Action.of(PREFIX, "CreateDirectConnectGateway");

  /** {@code directconnect:CreateDirectConnectGatewayAssociation}: Write; on dx-gateway. */
  public static final Action CREATE_DIRECT_CONNECT_GATEWAY_ASSOCIATION = Action.of(PREFIX, "CreateDirectConnectGatewayAssociation");

  /** {@code directconnect:CreateDirectConnectGatewayAssociationProposal}: Write; on dx-gateway. */
  public static final Action CREATE_DIRECT_CONNECT_GATEWAY_ASSOCIATION_PROPOSAL = Action.of(PREFIX, "CreateDirectConnectGatewayAssociationProposal");

  /** {@code directconnect:CreateInterconnect}: Write; on dxlag. */
  public static final Action CREATE_INTERCONNECT = Action.of(PREFIX, "CreateInterconnect");

  /** {@code directconnect:CreateLag}: Write; on dxcon. */
  public static final Action CREATE_LAG = Action.of(PREFIX, "CreateLag");

  /** {@code directconnect:CreatePrivateVirtualInterface}: Write; on dxcon, dxlag. */
  public static final Action CREATE_PRIVATE_VIRTUAL_INTERFACE = Action.of(PREFIX, "CreatePrivateVirtualInterface");

  /** {@code directconnect:CreatePublicVirtualInterface}: Write; on dxcon, dxlag. */
  public static final Action CREATE_PUBLIC_VIRTUAL_INTERFACE = Action.of(PREFIX, "CreatePublicVirtualInterface");

  /** {@code directconnect:CreateTransitVirtualInterface}: Write; on dxcon, dxlag. */
  public static final Action CREATE_TRANSIT_VIRTUAL_INTERFACE = Action.of(PREFIX, "CreateTransitVirtualInterface");

  /** {@code directconnect:DeleteBGPPeer}: Write; on dxvif. */
  public static final Action DELETE_BGP_PEER = Action.of(PREFIX, "DeleteBGPPeer");

  /** {@code directconnect:DeleteConnection}: Write; on dxcon. */
  public static final Action DELETE_CONNECTION = Action.of(PREFIX, "DeleteConnection");

  /** {@code directconnect:DeleteDirectConnectGateway}: Write; on dx-gateway. */
  public static final Action DELETE_DIRECT_CONNECT_GATEWAY = Action.of(PREFIX, "DeleteDirectConnectGateway");

  /** {@code directconnect:DeleteDirectConnectGatewayAssociation}: Write; on dx-gateway. */
  public static final Action DELETE_DIRECT_CONNECT_GATEWAY_ASSOCIATION = Action.of(PREFIX, "DeleteDirectConnectGatewayAssociation");

  /** {@code directconnect:DeleteDirectConnectGatewayAssociationProposal}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DIRECT_CONNECT_GATEWAY_ASSOCIATION_PROPOSAL = Action.of(PREFIX, "DeleteDirectConnectGatewayAssociationProposal");

  /** {@code directconnect:DeleteInterconnect}: Write; on dxcon. */
  public static final Action DELETE_INTERCONNECT = Action.of(PREFIX, "DeleteInterconnect");

  /** {@code directconnect:DeleteLag}: Write; on dxlag. */
  public static final Action DELETE_LAG = Action.of(PREFIX, "DeleteLag");

  /** {@code directconnect:DeleteVirtualInterface}: Write; on dxvif. */
  public static final Action DELETE_VIRTUAL_INTERFACE = Action.of(PREFIX, "DeleteVirtualInterface");

  /** {@code directconnect:DescribeConnectionLoa}: Read; on dxcon. */
  public static final Action DESCRIBE_CONNECTION_LOA = Action.of(PREFIX, "DescribeConnectionLoa");

  /** {@code directconnect:DescribeConnections}: Read; on dxcon. */
  public static final Action DESCRIBE_CONNECTIONS = Action.of(PREFIX, "DescribeConnections");

  /** {@code directconnect:DescribeConnectionsOnInterconnect}: Read; on dxcon. */
  public static final Action DESCRIBE_CONNECTIONS_ON_INTERCONNECT = Action.of(PREFIX, "DescribeConnectionsOnInterconnect");

  /** {@code directconnect:DescribeCustomerMetadata}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CUSTOMER_METADATA = Action.of(PREFIX, "DescribeCustomerMetadata");

  /** {@code directconnect:DescribeDirectConnectGatewayAssociationProposals}: Read; on dx-gateway. */
  public static final Action DESCRIBE_DIRECT_CONNECT_GATEWAY_ASSOCIATION_PROPOSALS = Action.of(PREFIX, "DescribeDirectConnectGatewayAssociationProposals");

  /** {@code directconnect:DescribeDirectConnectGatewayAssociations}: Read; on dx-gateway. */
  public static final Action DESCRIBE_DIRECT_CONNECT_GATEWAY_ASSOCIATIONS = Action.of(PREFIX, "DescribeDirectConnectGatewayAssociations");

  /** {@code directconnect:DescribeDirectConnectGatewayAttachments}: Read; on dx-gateway. */
  public static final Action DESCRIBE_DIRECT_CONNECT_GATEWAY_ATTACHMENTS = Action.of(PREFIX, "DescribeDirectConnectGatewayAttachments");

  /** {@code directconnect:DescribeDirectConnectGateways}: Read; on dx-gateway. */
  public static final Action DESCRIBE_DIRECT_CONNECT_GATEWAYS = Action.of(PREFIX, "DescribeDirectConnectGateways");

  /** {@code directconnect:DescribeHostedConnections}: Read; on dxcon, dxlag. */
  public static final Action DESCRIBE_HOSTED_CONNECTIONS = Action.of(PREFIX, "DescribeHostedConnections");

  /** {@code directconnect:DescribeInterconnectLoa}: Read; on dxcon. */
  public static final Action DESCRIBE_INTERCONNECT_LOA = Action.of(PREFIX, "DescribeInterconnectLoa");

  /** {@code directconnect:DescribeInterconnects}: Read; on dxcon. */
  public static final Action DESCRIBE_INTERCONNECTS = Action.of(PREFIX, "DescribeInterconnects");

  /** {@code directconnect:DescribeLags}: Read; on dxlag. */
  public static final Action DESCRIBE_LAGS = Action.of(PREFIX, "DescribeLags");

  /** {@code directconnect:DescribeLoa}: Read; on dxcon, dxlag. */
  public static final Action DESCRIBE_LOA = Action.of(PREFIX, "DescribeLoa");

  /** {@code directconnect:DescribeLocations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOCATIONS = Action.of(PREFIX, "DescribeLocations");

  /** {@code directconnect:DescribeRouterConfiguration}: Read; on dxvif. */
  public static final Action DESCRIBE_ROUTER_CONFIGURATION = Action.of(PREFIX, "DescribeRouterConfiguration");

  /** {@code directconnect:DescribeTags}: Read; on dx-gateway, dxcon, dxlag, dxvif. */
  public static final Action DESCRIBE_TAGS = Action.of(PREFIX, "DescribeTags");

  /** {@code directconnect:DescribeVirtualGateways}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VIRTUAL_GATEWAYS = Action.of(PREFIX, "DescribeVirtualGateways");

  /** {@code directconnect:DescribeVirtualInterfaces}: Read; on dxcon, dxlag, dxvif. */
  public static final Action DESCRIBE_VIRTUAL_INTERFACES = Action.of(PREFIX, "DescribeVirtualInterfaces");

  /** {@code directconnect:DisassociateConnectionFromLag}: Write; on dxcon, dxlag. */
  public static final Action DISASSOCIATE_CONNECTION_FROM_LAG = Action.of(PREFIX, "DisassociateConnectionFromLag");

  /** {@code directconnect:DisassociateMacSecKey}: Write; on dxcon, dxlag. */
  public static final Action DISASSOCIATE_MAC_SEC_KEY = Action.of(PREFIX, "DisassociateMacSecKey");

  /** {@code directconnect:ListVirtualInterfaceTestHistory}: List; on dxvif. */
  public static final Action LIST_VIRTUAL_INTERFACE_TEST_HISTORY = Action.of(PREFIX, "ListVirtualInterfaceTestHistory");

  /** {@code directconnect:StartBgpFailoverTest}: Write; on dxvif. */
  public static final Action START_BGP_FAILOVER_TEST = Action.of(PREFIX, "StartBgpFailoverTest");

  /** {@code directconnect:StopBgpFailoverTest}: Write; on dxvif. */
  public static final Action STOP_BGP_FAILOVER_TEST = Action.of(PREFIX, "StopBgpFailoverTest");

  /** {@code directconnect:TagResource}: Tagging; on dx-gateway, dxcon, dxlag, dxvif. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code directconnect:UntagResource}: Tagging; on dx-gateway, dxcon, dxlag, dxvif. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code directconnect:UpdateConnection}: Write; on dxcon. */
  public static final Action UPDATE_CONNECTION = Action.of(PREFIX, "UpdateConnection");

  /** {@code directconnect:UpdateDirectConnectGateway}: Write; on dx-gateway. */
  public static final Action UPDATE_DIRECT_CONNECT_GATEWAY = Action.of(PREFIX, "UpdateDirectConnectGateway");

  /** {@code directconnect:UpdateDirectConnectGatewayAssociation}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DIRECT_CONNECT_GATEWAY_ASSOCIATION = Action.of(PREFIX, "UpdateDirectConnectGatewayAssociation");

  /** {@code directconnect:UpdateLag}: Write; on dxlag. */
  public static final Action UPDATE_LAG = Action.of(PREFIX, "UpdateLag");

  /** {@code directconnect:UpdateVirtualInterfaceAttributes}: Write; on dxvif. */
  public static final Action UPDATE_VIRTUAL_INTERFACE_ATTRIBUTES = Action.of(PREFIX, "UpdateVirtualInterfaceAttributes");

  private Directconnect() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
