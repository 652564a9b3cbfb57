// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::FMS}: {@link ApplicationsList}, {@link NotificationChannel},
 * {@link Policy}, {@link ProtocolsList}, {@link ResourceSet}.
 */
package io.tropo4j.resources.fms;
