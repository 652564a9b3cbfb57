// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::RTBFabric}: {@link InboundExternalLink}, {@link Link}, {@link
 * LinkRoutingRule}, {@link OutboundExternalLink}, {@link RequesterGateway}, {@link
 * ResponderGateway}.
 */
package io.tropo4j.resources.rtbfabric;
