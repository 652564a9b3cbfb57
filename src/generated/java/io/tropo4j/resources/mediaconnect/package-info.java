// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::MediaConnect}: {@link Bridge}, {@link BridgeOutput}, {@link
 * BridgeSource}, {@link Flow}, {@link FlowEntitlement}, {@link FlowMediaStream}, {@link
 * FlowOutput}, {@link FlowSource}, {@link FlowVpcInterface}, {@link Gateway}, {@link RouterInput},
 * {@link RouterNetworkInterface}, {@link RouterOutput}.
 */
package io.tropo4j.resources.mediaconnect;
