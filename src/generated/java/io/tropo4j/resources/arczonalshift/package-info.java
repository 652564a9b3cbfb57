// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ARCZonalShift}: {@link AutoshiftObserverNotificationStatus},
 * {@link ZonalAutoshiftConfiguration}.
 */
package io.tropo4j.resources.arczonalshift;
