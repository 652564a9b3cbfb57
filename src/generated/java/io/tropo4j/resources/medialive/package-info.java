// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::MediaLive}: {@link Channel}, {@link ChannelPlacementGroup},
 * {@link CloudWatchAlarmTemplate}, {@link CloudWatchAlarmTemplateGroup}, {@link Cluster}, {@link
 * EventBridgeRuleTemplate}, {@link EventBridgeRuleTemplateGroup}, {@link Input}, {@link
 * InputSecurityGroup}, {@link Multiplex}, {@link Multiplexprogram}, {@link Network}, {@link Node},
 * {@link SdiSource}, {@link SignalMap}.
 */
package io.tropo4j.resources.medialive;
