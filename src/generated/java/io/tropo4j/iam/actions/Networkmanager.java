// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Network Manager (prefix {@code networkmanager}), as the service authorization reference lists them.
 */
public final class Networkmanager {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "networkmanager";

  /** {@code networkmanager:AcceptAttachment}: Write; on attachment. */
  public static final Action ACCEPT_ATTACHMENT = Action.of(PREFIX, "AcceptAttachment");

  /** {@code networkmanager:AssociateConnectPeer}: Write; on device, global-network. */
  public static final Action ASSOCIATE_CONNECT_PEER = Action.of(PREFIX, "AssociateConnectPeer");

  /** {@code networkmanager:AssociateCustomerGateway}: Write; on device, global-network, link. */
  public static final Action ASSOCIATE_CUSTOMER_GATEWAY = Action.of(PREFIX, "AssociateCustomerGateway");

  /** {@code networkmanager:AssociateLink}: Write; on device, global-network, link. */
  public static final Action ASSOCIATE_LINK = Action.of(PREFIX, "AssociateLink");

  /** {@code networkmanager:AssociateTransitGatewayConnectPeer}: Write; on device, global-network, link. */
  public static final Action ASSOCIATE_TRANSIT_GATEWAY_CONNECT_PEER = Action.of(PREFIX, "AssociateTransitGatewayConnectPeer");

  /** {@code networkmanager:CreateConnectAttachment}: Write; on attachment, core-network. */
  public static final Action CREATE_CONNECT_ATTACHMENT = Action.of(PREFIX, "CreateConnectAttachment");

  /** {@code networkmanager:CreateConnectPeer}: Write; on attachment. */
  public static final Action CREATE_CONNECT_PEER = Action.of(PREFIX, "CreateConnectPeer");

  /** {@code networkmanager:CreateConnection}: Write; on global-network. */
  public static final Action CREATE_CONNECTION = Action.of(PREFIX, "CreateConnection");

  /** {@code networkmanager:CreateCoreNetwork}: Write; on global-network. */
  public static final Action CREATE_CORE_NETWORK = Action.of(PREFIX, "CreateCoreNetwork");

  /** {@code networkmanager:CreateCoreNetworkPrefixListAssociation}: Write; on core-network. */
  public static final Action CREATE_CORE_NETWORK_PREFIX_LIST_ASSOCIATION = Action.of(PREFIX, "CreateCoreNetworkPrefixListAssociation");

  /** {@code networkmanager:CreateDevice}: Write; on global-network. */
  public static final Action CREATE_DEVICE = Action.of(PREFIX, "CreateDevice");

  /** {@code networkmanager:CreateDirectConnectGatewayAttachment}: Write; on core-network. */
  public static final Action CREATE_DIRECT_CONNECT_GATEWAY_ATTACHMENT = Action.of(PREFIX, "CreateDirectConnectGatewayAttachment");

  /** {@code networkmanager:CreateGlobalNetwork}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GLOBAL_NETWORK = Action.of(PREFIX, "CreateGlobalNetwork");

  /** {@code networkmanager:CreateLink}: Write; on global-network, site. */
  public static final Action CREATE_LINK = Action.of(PREFIX, "CreateLink");

  /** {@code networkmanager:CreateSite}: Write; on global-network. */
  public static final Action CREATE_SITE = Action.of(PREFIX, "CreateSite");

  /** {@code networkmanager:CreateSiteToSiteVpnAttachment}: Write; on core-network. */
  public static final Action CREATE_SITE_TO_SITE_VPN_ATTACHMENT = Action.of(PREFIX, "CreateSiteToSiteVpnAttachment");

  /** {@code networkmanager:CreateTransitGatewayPeering}: Write; on core-network. */
  public static final Action CREATE_TRANSIT_GATEWAY_PEERING = Action.of(PREFIX, "CreateTransitGatewayPeering");

  /** {@code networkmanager:CreateTransitGatewayRouteTableAttachment}: Write; on peering. */
  public static final Action CREATE_TRANSIT_GATEWAY_ROUTE_TABLE_ATTACHMENT = Action.of(PREFIX, "CreateTransitGatewayRouteTableAttachment");

  /** {@code networkmanager:CreateVpcAttachment}: Write; on core-network. */
  public static final Action CREATE_VPC_ATTACHMENT = Action.of(PREFIX, "CreateVpcAttachment");

  /** {@code networkmanager:DeleteAttachment}: Write; on attachment. */
  public static final Action DELETE_ATTACHMENT = Action.of(PREFIX, "DeleteAttachment");

  /** {@code networkmanager:DeleteConnectPeer}: Write; on connect-peer. */
  public static final Action DELETE_CONNECT_PEER = Action.of(PREFIX, "DeleteConnectPeer");

  /** {@code networkmanager:DeleteConnection}: Write; on connection, global-network. */
  public static final Action DELETE_CONNECTION = Action.of(PREFIX, "DeleteConnection");

  /** {@code networkmanager:DeleteCoreNetwork}: Write; on core-network. */
  public static final Action DELETE_CORE_NETWORK = Action.of(PREFIX, "DeleteCoreNetwork");

  /** {@code networkmanager:DeleteCoreNetworkPolicyVersion}: Write; on core-network. */
  public static final Action DELETE_CORE_NETWORK_POLICY_VERSION = Action.of(PREFIX, "DeleteCoreNetworkPolicyVersion");

  /** {@code networkmanager:DeleteCoreNetworkPrefixListAssociation}: Write; on core-network. */
  public static final Action DELETE_CORE_NETWORK_PREFIX_LIST_ASSOCIATION = Action.of(PREFIX, "DeleteCoreNetworkPrefixListAssociation");

  /** {@code networkmanager:DeleteDevice}: Write; on device, global-network. */
  public static final Action DELETE_DEVICE = Action.of(PREFIX, "DeleteDevice");

  /** {@code networkmanager:DeleteGlobalNetwork}: Write; on global-network. */
  public static final Action DELETE_GLOBAL_NETWORK = Action.of(PREFIX, "DeleteGlobalNetwork");

  /** {@code networkmanager:DeleteLink}: Write; on global-network, link. */
  public static final Action DELETE_LINK = Action.of(PREFIX, "DeleteLink");

  /** {@code networkmanager:DeletePeering}: Write; on peering. */
  public static final Action DELETE_PEERING = Action.of(PREFIX, "DeletePeering");

  /** {@code networkmanager:DeleteResourcePolicy}: Permissions management; on core-network. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code networkmanager:DeleteSite}: Write; on global-network, site. */
  public static final Action DELETE_SITE = Action.of(PREFIX, "DeleteSite");

  /** {@code networkmanager:DeregisterTransitGateway}: Write; on global-network. */
  public static final Action DEREGISTER_TRANSIT_GATEWAY = Action.of(PREFIX, "DeregisterTransitGateway");

  /** {@code networkmanager:DescribeGlobalNetworks}: List; on global-network. */
  public static final Action DESCRIBE_GLOBAL_NETWORKS = Action.of(PREFIX, "DescribeGlobalNetworks");

  /** {@code networkmanager:DisassociateConnectPeer}: Write; on global-network. */
  public static final Action DISASSOCIATE_CONNECT_PEER = Action.of(PREFIX, "DisassociateConnectPeer");

  /** {@code networkmanager:DisassociateCustomerGateway}: Write; on global-network. */
  public static final Action DISASSOCIATE_CUSTOMER_GATEWAY = Action.of(PREFIX, "DisassociateCustomerGateway");

  /** {@code networkmanager:DisassociateLink}: Write; on device, global-network, link. */
  public static final Action DISASSOCIATE_LINK = Action.of(PREFIX, "DisassociateLink");

  /** {@code networkmanager:DisassociateTransitGatewayConnectPeer}: Write; on global-network. */
  public static final Action DISASSOCIATE_TRANSIT_GATEWAY_CONNECT_PEER = Action.of(PREFIX, "DisassociateTransitGatewayConnectPeer");

  /** {@code networkmanager:ExecuteCoreNetworkChangeSet}: Write; on core-network. */
  public static final Action EXECUTE_CORE_NETWORK_CHANGE_SET = Action.of(PREFIX, "ExecuteCoreNetworkChangeSet");

  /** {@code networkmanager:GetConnectAttachment}: Read; on attachment. */
  public static final Action GET_CONNECT_ATTACHMENT = Action.of(PREFIX, "GetConnectAttachment");

  /** {@code networkmanager:GetConnectPeer}: Read; on connect-peer. */
  public static final Action GET_CONNECT_PEER = Action.of(PREFIX, "GetConnectPeer");

  /** {@code networkmanager:GetConnectPeerAssociations}: Read; on global-network. */
  public static final Action GET_CONNECT_PEER_ASSOCIATIONS = Action.of(PREFIX, "GetConnectPeerAssociations");

  /** {@code networkmanager:GetConnections}: List; on connection, global-network. */
  public static final Action GET_CONNECTIONS = Action.of(PREFIX, "GetConnections");

  /** {@code networkmanager:GetCoreNetwork}: Read; on core-network. */
  public static final Action GET_CORE_NETWORK = Action.of(PREFIX, "GetCoreNetwork");

  /** {@code networkmanager:GetCoreNetworkChangeEvents}: Read; on core-network. */
  public static final Action GET_CORE_NETWORK_CHANGE_EVENTS = Action.of(PREFIX, "GetCoreNetworkChangeEvents");

  /** {@code networkmanager:GetCoreNetworkChangeSet}: Read; on core-network. */
  public static final Action GET_CORE_NETWORK_CHANGE_SET = Action.of(PREFIX, "GetCoreNetworkChangeSet");

  /** {@code networkmanager:GetCoreNetworkPolicy}: Read; on core-network. */
  public static final Action GET_CORE_NETWORK_POLICY = Action.of(PREFIX, "GetCoreNetworkPolicy");

  /** {@code networkmanager:GetCustomerGatewayAssociations}: List; on global-network. */
  public static final Action GET_CUSTOMER_GATEWAY_ASSOCIATIONS = Action.of(PREFIX, "GetCustomerGatewayAssociations");

  /** {@code networkmanager:GetDevices}: List; on device, global-network. */
  public static final Action GET_DEVICES = Action.of(PREFIX, "GetDevices");

  /** {@code networkmanager:GetDirectConnectGatewayAttachment}: Read; on attachment. */
  public static final Action GET_DIRECT_CONNECT_GATEWAY_ATTACHMENT = Action.of(PREFIX, "GetDirectConnectGatewayAttachment");

  /** {@code networkmanager:GetLinkAssociations}: List; on device, global-network, link. */
  public static final Action GET_LINK_ASSOCIATIONS = Action.of(PREFIX, "GetLinkAssociations");

  /** {@code networkmanager:GetLinks}: List; on global-network, link. */
  public static final Action GET_LINKS = Action.of(PREFIX, "GetLinks");

  /** {@code networkmanager:GetNetworkResourceCounts}: Read; on global-network. */
  public static final Action GET_NETWORK_RESOURCE_COUNTS = Action.of(PREFIX, "GetNetworkResourceCounts");

  /** {@code networkmanager:GetNetworkResourceRelationships}: Read; on global-network. */
  public static final Action GET_NETWORK_RESOURCE_RELATIONSHIPS = Action.of(PREFIX, "GetNetworkResourceRelationships");

  /** {@code networkmanager:GetNetworkResources}: Read; on global-network. */
  public static final Action GET_NETWORK_RESOURCES = Action.of(PREFIX, "GetNetworkResources");

  /** {@code networkmanager:GetNetworkRoutes}: Read; on global-network. */
  public static final Action GET_NETWORK_ROUTES = Action.of(PREFIX, "GetNetworkRoutes");

  /** {@code networkmanager:GetNetworkTelemetry}: Read; on global-network. */
  public static final Action GET_NETWORK_TELEMETRY = Action.of(PREFIX, "GetNetworkTelemetry");

  /** {@code networkmanager:GetResourcePolicy}: Read; on core-network. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code networkmanager:GetRouteAnalysis}: Read; on global-network. */
  public static final Action GET_ROUTE_ANALYSIS = Action.of(PREFIX, "GetRouteAnalysis");

  /** {@code networkmanager:GetSiteToSiteVpnAttachment}: Read; on attachment. */
  public static final Action GET_SITE_TO_SITE_VPN_ATTACHMENT = Action.of(PREFIX, "GetSiteToSiteVpnAttachment");

  /** {@code networkmanager:GetSites}: List; on global-network, site. */
  public static final Action GET_SITES = Action.of(PREFIX, "GetSites");

  /** {@code networkmanager:GetTransitGatewayConnectPeerAssociations}: List; on global-network. */
  public static final Action GET_TRANSIT_GATEWAY_CONNECT_PEER_ASSOCIATIONS = Action.of(PREFIX, "GetTransitGatewayConnectPeerAssociations");

  /** {@code networkmanager:GetTransitGatewayPeering}: Read; on peering. */
  public static final Action GET_TRANSIT_GATEWAY_PEERING = Action.of(PREFIX, "GetTransitGatewayPeering");

  /** {@code networkmanager:GetTransitGatewayRegistrations}: List; on global-network. */
  public static final Action GET_TRANSIT_GATEWAY_REGISTRATIONS = Action.of(PREFIX, "GetTransitGatewayRegistrations");

  /** {@code networkmanager:GetTransitGatewayRouteTableAttachment}: Read; on attachment. */
  public static final Action GET_TRANSIT_GATEWAY_ROUTE_TABLE_ATTACHMENT = Action.of(PREFIX, "GetTransitGatewayRouteTableAttachment");

  /** {@code networkmanager:GetVpcAttachment}: Read; on attachment. */
  public static final Action GET_VPC_ATTACHMENT = Action.of(PREFIX, "GetVpcAttachment");

  /** {@code networkmanager:ListAttachmentRoutingPolicyAssociations}: List; on core-network. */
  public static final Action LIST_ATTACHMENT_ROUTING_POLICY_ASSOCIATIONS = Action.of(PREFIX, "ListAttachmentRoutingPolicyAssociations");

  /** {@code networkmanager:ListAttachments}: List; on attachment. */
  public static final Action LIST_ATTACHMENTS = Action.of(PREFIX, "ListAttachments");

  /** {@code networkmanager:ListConnectPeers}: List; on connect-peer. */
  public static final Action LIST_CONNECT_PEERS = Action.of(PREFIX, "ListConnectPeers");

  /** {@code networkmanager:ListCoreNetworkPolicyVersions}: List; on core-network. */
  public static final Action LIST_CORE_NETWORK_POLICY_VERSIONS = Action.of(PREFIX, "ListCoreNetworkPolicyVersions");

  /** {@code networkmanager:ListCoreNetworkPrefixListAssociations}: List; on core-network. */
  public static final Action LIST_CORE_NETWORK_PREFIX_LIST_ASSOCIATIONS = Action.of(PREFIX, "ListCoreNetworkPrefixListAssociations");

  /** {@code networkmanager:ListCoreNetworkRoutingInformation}: List; on core-network. */
  public static final Action LIST_CORE_NETWORK_ROUTING_INFORMATION = Action.of(PREFIX, "ListCoreNetworkRoutingInformation");

  /** {@code networkmanager:ListCoreNetworks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CORE_NETWORKS = Action.of(PREFIX, "ListCoreNetworks");

  /** {@code networkmanager:ListOrganizationServiceAccessStatus}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORGANIZATION_SERVICE_ACCESS_STATUS = Action.of(PREFIX, "ListOrganizationServiceAccessStatus");

  /** {@code networkmanager:ListPeerings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PEERINGS = Action.of(PREFIX, "ListPeerings");

  /** {@code networkmanager:ListTagsForResource}: Read; on attachment, connect-peer, connection, core-network, device, global-network, link, peering, site. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code networkmanager:PutAttachmentRoutingPolicyLabel}: Write; on attachment, core-network. */
  public static final Action PUT_ATTACHMENT_ROUTING_POLICY_LABEL = Action.of(PREFIX, "PutAttachmentRoutingPolicyLabel");

  /** {@code networkmanager:PutCoreNetworkPolicy}: Write; on core-network. */
  public static final Action PUT_CORE_NETWORK_POLICY = Action.of(PREFIX, "PutCoreNetworkPolicy");

  /** {@code networkmanager:PutResourcePolicy}: Permissions management; on core-network. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code networkmanager:RegisterTransitGateway}: Write; on global-network. */
  public static final Action REGISTER_TRANSIT_GATEWAY = Action.of(PREFIX, "RegisterTransitGateway");

  /** {@code networkmanager:RejectAttachment}: Write; on attachment. */
  public static final Action REJECT_ATTACHMENT = Action.of(PREFIX, "RejectAttachment");

  /** {@code networkmanager:RemoveAttachmentRoutingPolicyLabel}: Write; on attachment, core-network. */
  public static final Action REMOVE_ATTACHMENT_ROUTING_POLICY_LABEL = Action.of(PREFIX, "RemoveAttachmentRoutingPolicyLabel");

  /** {@code networkmanager:RestoreCoreNetworkPolicyVersion}: Write; on core-network. */
  public static final Action RESTORE_CORE_NETWORK_POLICY_VERSION = Action.of(PREFIX, "RestoreCoreNetworkPolicyVersion");

  /** {@code networkmanager:StartOrganizationServiceAccessUpdate}: Permissions management; on no resource type (give {@code *}). */
  public static final Action START_ORGANIZATION_SERVICE_ACCESS_UPDATE = Action.of(PREFIX, "StartOrganizationServiceAccessUpdate");

  /** {@code networkmanager:StartRouteAnalysis}: Write; on global-network. */
  public static final Action START_ROUTE_ANALYSIS = Action.of(PREFIX, "StartRouteAnalysis");

  /** {@code networkmanager:TagResource}: Tagging; on attachment, connect-peer, connection, core-network, device, global-network, link, peering, site. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code networkmanager:UntagResource}: Tagging; on attachment, connect-peer, connection, core-network, device, global-network, link, peering, site. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code networkmanager:UpdateConnection}: Write; on connection, global-network. */
  public static final Action UPDATE_CONNECTION = Action.of(PREFIX, "UpdateConnection");

  /** {@code networkmanager:UpdateCoreNetwork}: Write; on core-network. */
  public static final Action UPDATE_CORE_NETWORK = Action.of(PREFIX, "UpdateCoreNetwork");

  /** {@code networkmanager:UpdateDevice}: Write; on device, global-network. */
  public static final Action UPDATE_DEVICE = Action.of(PREFIX, "UpdateDevice");

  /** {@code networkmanager:UpdateDirectConnectGatewayAttachment}: Write; on attachment. */
  public static final Action UPDATE_DIRECT_CONNECT_GATEWAY_ATTACHMENT = Action.of(PREFIX, "UpdateDirectConnectGatewayAttachment");

  /** {@code networkmanager:UpdateGlobalNetwork}: Write; on global-network. */
  public static final Action UPDATE_GLOBAL_NETWORK = Action.of(PREFIX, "UpdateGlobalNetwork");

  /** {@code networkmanager:UpdateLink}: Write; on global-network, link. */
  public static final Action UPDATE_LINK = Action.of(PREFIX, "UpdateLink");

  /** {@code networkmanager:UpdateNetworkResourceMetadata}: Write; on global-network. */
  public static final Action UPDATE_NETWORK_RESOURCE_METADATA = Action.of(PREFIX, "UpdateNetworkResourceMetadata");

  /** {@code networkmanager:UpdateSite}: Write; on global-network, site. */
  public static final Action UPDATE_SITE = Action.of(PREFIX, "UpdateSite");

  /** {@code networkmanager:UpdateVpcAttachment}: Write; on attachment. */
  public static final Action UPDATE_VPC_ATTACHMENT = Action.of(PREFIX, "UpdateVpcAttachment");

  private Networkmanager() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
