// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::IoTAnalytics}: {@link Channel}, {@link Dataset}, {@link
 * Datastore}, {@link Pipeline}.
 */
package io.tropo4j.resources.iotanalytics;
