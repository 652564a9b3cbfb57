// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::IoTEvents}: {@link AlarmModel}, {@link DetectorModel}, {@link
 * Input}.
 */
package io.tropo4j.resources.iotevents;
