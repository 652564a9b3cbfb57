// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Apache Kafka APIs for Amazon MSK clusters (prefix {@code kafka-cluster}), as the service authorization reference lists them.
 */
public final class KafkaCluster {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "kafka-cluster";

  /** {@code kafka-cluster:AlterCluster}: Write; on cluster. */
  public static final Action ALTER_CLUSTER = Action.of(PREFIX, "AlterCluster");

  /** {@code kafka-cluster:AlterClusterDynamicConfiguration}: Write; on cluster. */
  public static final Action ALTER_CLUSTER_DYNAMIC_CONFIGURATION = Action.of(PREFIX, "AlterClusterDynamicConfiguration");

  /** {@code kafka-cluster:AlterGroup}: Write; on group. */
  public static final Action ALTER_GROUP = Action.of(PREFIX, "AlterGroup");

  /** {@code kafka-cluster:AlterTopic}: Write; on topic. */
  public static final Action ALTER_TOPIC = Action.of(PREFIX, "AlterTopic");

  /** {@code kafka-cluster:AlterTopicDynamicConfiguration}: Write; on topic. */
  public static final Action ALTER_TOPIC_DYNAMIC_CONFIGURATION = Action.of(PREFIX, "AlterTopicDynamicConfiguration");

  /** {@code kafka-cluster:AlterTransactionalId}: Write; on transactional-id. */
  public static final Action ALTER_TRANSACTIONAL_ID = Action.of(PREFIX, "AlterTransactionalId");

  /** {@code kafka-cluster:Connect}: Write; on cluster. */
  public static final Action CONNECT = Action.of(PREFIX, "Connect");

  /** {@code kafka-cluster:CreateTopic}: Write; on topic. */
  public static final Action CREATE_TOPIC = Action.of(PREFIX, "CreateTopic");

  /** {@code kafka-cluster:DeleteGroup}: Write; on group. */
  public static final Action DELETE_GROUP = Action.of(PREFIX, "DeleteGroup");

  /** {@code kafka-cluster:DeleteTopic}: Write; on topic. */
  public static final Action DELETE_TOPIC = Action.of(PREFIX, "DeleteTopic");

  /** {@code kafka-cluster:DescribeCluster}: List; on cluster. */
  public static final Action DESCRIBE_CLUSTER = Action.of(PREFIX, "DescribeCluster");

  /** {@code kafka-cluster:DescribeClusterDynamicConfiguration}: List; on cluster. */
  public static final Action DESCRIBE_CLUSTER_DYNAMIC_CONFIGURATION = Action.of(PREFIX, "DescribeClusterDynamicConfiguration");

  /** {@code kafka-cluster:DescribeGroup}: List; on group. */
  public static final Action DESCRIBE_GROUP = Action.of(PREFIX, "DescribeGroup");

  /** {@code kafka-cluster:DescribeTopic}: List; on topic. */
  public static final Action DESCRIBE_TOPIC = Action.of(PREFIX, "DescribeTopic");

  /** {@code kafka-cluster:DescribeTopicDynamicConfiguration}: List; on topic. */
  public static final Action DESCRIBE_TOPIC_DYNAMIC_CONFIGURATION = Action.of(PREFIX, "DescribeTopicDynamicConfiguration");

  /** {@code kafka-cluster:DescribeTransactionalId}: List; on transactional-id. */
  public static final Action DESCRIBE_TRANSACTIONAL_ID = Action.of(PREFIX, "DescribeTransactionalId");

  /** {@code kafka-cluster:ReadData}: Read; on topic. */
  public static final Action READ_DATA = Action.of(PREFIX, "ReadData");

  /** {@code kafka-cluster:WriteData}: Write; on topic. */
  public static final Action WRITE_DATA = Action.of(PREFIX, "WriteData");

  /** {@code kafka-cluster:WriteDataIdempotently}: Write; on cluster. */
  public static final Action WRITE_DATA_IDEMPOTENTLY = Action.of(PREFIX, "WriteDataIdempotently");

  private KafkaCluster() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
