// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Timestream}: {@link Database}, {@link InfluxDBCluster}, {@link
 * InfluxDBInstance}, {@link ScheduledQuery}, {@link Table}.
 */
package io.tropo4j.resources.timestream;
