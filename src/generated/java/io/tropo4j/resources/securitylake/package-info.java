// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SecurityLake}: {@link AwsLogSource}, {@link DataLake}, {@link
 * Subscriber}, {@link SubscriberNotification}.
 */
package io.tropo4j.resources.securitylake;
