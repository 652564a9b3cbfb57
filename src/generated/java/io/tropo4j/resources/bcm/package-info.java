// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::BCM}: {@link Dashboard}, {@link ScheduledReport}. */
package io.tropo4j.resources.bcm;
