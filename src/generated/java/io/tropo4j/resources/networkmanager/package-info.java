// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::NetworkManager}: {@link ConnectAttachment}, {@link
 * ConnectPeer}, {@link Connection}, {@link CoreNetwork}, {@link CoreNetworkPrefixListAssociation},
 * {@link CustomerGatewayAssociation}, {@link Device}, {@link DirectConnectGatewayAttachment},
 * {@link GlobalNetwork}, {@link Link}, {@link LinkAssociation}, {@link Site}, {@link
 * SiteToSiteVpnAttachment}, {@link TransitGatewayPeering}, {@link TransitGatewayRegistration},
 * {@link TransitGatewayRouteTableAttachment}, {@link VpcAttachment}.
 */
package io.tropo4j.resources.networkmanager;
