// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SQS}: {@link Queue}, {@link QueueInlinePolicy}, {@link
 * QueuePolicy}.
 */
package io.tropo4j.resources.sqs;
