// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SNS}: {@link Subscription}, {@link Topic}, {@link
 * TopicInlinePolicy}, {@link TopicPolicy}.
 */
package io.tropo4j.resources.sns;
