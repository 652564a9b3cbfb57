// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::KafkaConnect}: {@link Connector}, {@link CustomPlugin}, {@link
 * WorkerConfiguration}.
 */
package io.tropo4j.resources.kafkaconnect;
