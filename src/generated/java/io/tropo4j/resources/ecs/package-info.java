// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ECS}: {@link CapacityProvider}, {@link Cluster}, {@link
 * ClusterCapacityProviderAssociations}, {@link Daemon}, {@link DaemonTaskDefinition}, {@link
 * ExpressGatewayService}, {@link PrimaryTaskSet}, {@link Service}, {@link TaskDefinition}, {@link
 * TaskSet}.
 */
package io.tropo4j.resources.ecs;
