// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::DirectConnect}: {@link Connection}, {@link
 * DirectConnectGateway}, {@link DirectConnectGatewayAssociation}, {@link Lag}, {@link
 * PrivateVirtualInterface}, {@link PublicVirtualInterface}, {@link TransitVirtualInterface}.
 */
package io.tropo4j.resources.directconnect;
