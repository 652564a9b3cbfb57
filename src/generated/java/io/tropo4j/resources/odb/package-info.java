// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ODB}: {@link CloudAutonomousVmCluster}, {@link
 * CloudExadataInfrastructure}, {@link CloudVmCluster}, {@link OdbNetwork}, {@link
 * OdbPeeringConnection}.
 */
package io.tropo4j.resources.odb;
