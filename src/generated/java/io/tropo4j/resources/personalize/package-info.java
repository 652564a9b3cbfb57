// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Personalize}: {@link Dataset}, {@link DatasetGroup}, {@link
 * EventTracker}, {@link Filter}, {@link MetricAttribution}, {@link Schema}, {@link Solution}.
 */
package io.tropo4j.resources.personalize;
