// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Neptune}: {@link DBCluster}, {@link DBClusterParameterGroup},
 * {@link DBInstance}, {@link DBParameterGroup}, {@link DBSubnetGroup}, {@link EventSubscription},
 * {@link GlobalCluster}.
 */
package io.tropo4j.resources.neptune;
