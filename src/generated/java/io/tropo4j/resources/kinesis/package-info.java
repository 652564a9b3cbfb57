// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Kinesis}: {@link Channel}, {@link ResourcePolicy}, {@link
 * Stream}, {@link StreamConsumer}.
 */
package io.tropo4j.resources.kinesis;
