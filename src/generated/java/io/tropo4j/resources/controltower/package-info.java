// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ControlTower}: {@link EnabledBaseline}, {@link EnabledControl},
 * {@link LandingZone}.
 */
package io.tropo4j.resources.controltower;
