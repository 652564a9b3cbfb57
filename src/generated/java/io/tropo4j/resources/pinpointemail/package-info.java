// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::PinpointEmail}: {@link ConfigurationSet}, {@link
 * ConfigurationSetEventDestination}, {@link DedicatedIpPool}, {@link Identity}.
 */
package io.tropo4j.resources.pinpointemail;
