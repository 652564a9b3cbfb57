// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::CloudTrail}: {@link Channel}, {@link Dashboard}, {@link
 * EventDataStore}, {@link ResourcePolicy}, {@link Trail}.
 */
package io.tropo4j.resources.cloudtrail;
