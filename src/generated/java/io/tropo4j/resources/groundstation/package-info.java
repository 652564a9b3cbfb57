// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::GroundStation}: {@link Config}, {@link DataflowEndpointGroup},
 * {@link DataflowEndpointGroupV2}, {@link MissionProfile}.
 */
package io.tropo4j.resources.groundstation;
