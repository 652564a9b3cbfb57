// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::CloudWatch}: {@link Alarm}, {@link AlarmMuteRule}, {@link
 * AnomalyDetector}, {@link CompositeAlarm}, {@link Dashboard}, {@link InsightRule}, {@link
 * LogAlarm}, {@link MetricStream}, {@link OTelEnrichment}.
 */
package io.tropo4j.resources.cloudwatch;
