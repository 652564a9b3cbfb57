// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::KinesisAnalyticsV2}: {@link Application}, {@link
 * ApplicationCloudWatchLoggingOption}, {@link ApplicationOutput}, {@link
 * ApplicationReferenceDataSource}.
 */
package io.tropo4j.resources.kinesisanalyticsv2;
