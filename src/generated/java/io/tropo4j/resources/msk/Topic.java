// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.msk;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::MSK::Topic
 *
 * <p>CloudFormation type {@code AWS::MSK::Topic}.
 */
public final class Topic extends Resource<Topic> {
  private static final Schema SCHEMA = Schema.builder("AWS::MSK::Topic")
      .required("ClusterArn", "PartitionCount", "ReplicationFactor", "TopicName")
      .constrain("PartitionCount", Constraint.of().minimum(1))
      .constrain("ReplicationFactor", Constraint.of().minimum(1))
      .refYields("TopicArn")
      .attributes("TopicArn")
      .build();

  public Topic(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the MSK cluster
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ClusterArn}.
   */
  public Topic clusterArn(String value) {
    return set("ClusterArn", Value.of(value));
  }

  /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
  public Topic clusterArn(Value<String> value) {
    return set("ClusterArn", value);
  }

  /**
   * Base64 encoded configuration properties of the topic
   *
   * <p>CloudFormation property {@code Configs}.
   */
  public Topic configs(String value) {
    return set("Configs", Value.of(value));
  }

  /** Sets {@code Configs} to this value; see {@link #configs(String)}. */
  public Topic configs(Value<String> value) {
    return set("Configs", value);
  }

  /**
   * The number of partitions for the topic
   *
   * <p>Required. Range: at least 1. CloudFormation property {@code PartitionCount}.
   */
  public Topic partitionCount(int value) {
    return set("PartitionCount", Value.of(value));
  }

  /** Sets {@code PartitionCount} to this value; see {@link #partitionCount(int)}. */
  public Topic partitionCount(Value<Integer> value) {
    return set("PartitionCount", value);
  }

  /**
   * The replication factor for the topic
   *
   * <p>Required. Changing it replaces the resource. Range: at least 1. CloudFormation property
   * {@code ReplicationFactor}.
   */
  public Topic replicationFactor(int value) {
    return set("ReplicationFactor", Value.of(value));
  }

  /** Sets {@code ReplicationFactor} to this value; see {@link #replicationFactor(int)}. */
  public Topic replicationFactor(Value<Integer> value) {
    return set("ReplicationFactor", value);
  }

  /**
   * The name of the topic
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TopicName}.
   */
  public Topic topicName(String value) {
    return set("TopicName", Value.of(value));
  }

  /** Sets {@code TopicName} to this value; see {@link #topicName(String)}. */
  public Topic topicName(Value<String> value) {
    return set("TopicName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the topic
   *
   * <p>{@code Fn::GetAtt} attribute {@code TopicArn}.
   */
  public Value<String> topicArn() {
    return getAtt("TopicArn");
  }
}
