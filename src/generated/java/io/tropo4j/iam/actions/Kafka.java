// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Managed Streaming for Apache Kafka (prefix {@code kafka}), as the service authorization reference lists them.
 */
public final class Kafka {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "kafka";

  /** {@code kafka:BatchAssociateScramSecret}: Write; on cluster. */
  public static final Action BATCH_ASSOCIATE_SCRAM_SECRET = Action.of(PREFIX, "BatchAssociateScramSecret");

  /** {@code kafka:BatchDisassociateScramSecret}: Write; on cluster. */
  public static final Action BATCH_DISASSOCIATE_SCRAM_SECRET = Action.of(PREFIX, "BatchDisassociateScramSecret");

  /** {@code kafka:CreateCluster}: Write; on cluster. */
  public static final Action CREATE_CLUSTER = Action.of(PREFIX, "CreateCluster");

  /** {@code kafka:CreateClusterV2}: Write; on cluster. */
  public static final Action CREATE_CLUSTER_V2 = Action.of(PREFIX, "CreateClusterV2");

  /** {@code kafka:CreateConfiguration}: Write; on configuration. */
  public static final Action CREATE_CONFIGURATION = Action.of(PREFIX, "CreateConfiguration");

  /** {@code kafka:CreateReplicator}: Write; on replicator. */
  public static final Action CREATE_REPLICATOR = Action.of(PREFIX, "CreateReplicator");

  /** {@code kafka:CreateTopic}: Write; on topic. */
  public static final Action CREATE_TOPIC = Action.of(PREFIX, "CreateTopic");

  /** {@code kafka:CreateVpcConnection}: Write; on cluster, vpc-connection. */
  public static final Action CREATE_VPC_CONNECTION = Action.of(PREFIX, "CreateVpcConnection");

  /** {@code kafka:DeleteCluster}: Write; on cluster. */
  public static final Action DELETE_CLUSTER = Action.of(PREFIX, "DeleteCluster");

  /** {@code kafka:DeleteClusterPolicy}: Write; on cluster. */
  public static final Action DELETE_CLUSTER_POLICY = Action.of(PREFIX, "DeleteClusterPolicy");

  /** {@code kafka:DeleteConfiguration}: Write; on configuration. */
  public static final Action DELETE_CONFIGURATION = Action.of(PREFIX, "DeleteConfiguration");

  /** {@code kafka:DeleteReplicator}: Write; on replicator. */
  public static final Action DELETE_REPLICATOR = Action.of(PREFIX, "DeleteReplicator");

  /** {@code kafka:DeleteTopic}: Write; on topic. */
  public static final Action DELETE_TOPIC = Action.of(PREFIX, "DeleteTopic");

  /** {@code kafka:DeleteVpcConnection}: Write; on vpc-connection. */
  public static final Action DELETE_VPC_CONNECTION = Action.of(PREFIX, "DeleteVpcConnection");

  /** {@code kafka:DescribeCluster}: Read; on cluster. */
  public static final Action DESCRIBE_CLUSTER = Action.of(PREFIX, "DescribeCluster");

  /** {@code kafka:DescribeClusterOperation}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CLUSTER_OPERATION = Action.of(PREFIX, "DescribeClusterOperation");

  /** {@code kafka:DescribeClusterOperationV2}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CLUSTER_OPERATION_V2 = Action.of(PREFIX, "DescribeClusterOperationV2");

  /** {@code kafka:DescribeClusterV2}: Read; on cluster. */
  public static final Action DESCRIBE_CLUSTER_V2 = Action.of(PREFIX, "DescribeClusterV2");

  /** {@code kafka:DescribeConfiguration}: Read; on configuration. */
  public static final Action DESCRIBE_CONFIGURATION = Action.of(PREFIX, "DescribeConfiguration");

  /** {@code kafka:DescribeConfigurationRevision}: Read; on configuration. */
  public static final Action DESCRIBE_CONFIGURATION_REVISION = Action.of(PREFIX, "DescribeConfigurationRevision");

  /** {@code kafka:DescribeReplicator}: Read; on replicator. */
  public static final Action DESCRIBE_REPLICATOR = Action.of(PREFIX, "DescribeReplicator");

  /** {@code kafka:DescribeTopic}: Read; on topic. */
  public static final Action DESCRIBE_TOPIC = Action.of(PREFIX, "DescribeTopic");

  /** {@code kafka:DescribeTopicPartitions}: Read; on topic. */
  public static final Action DESCRIBE_TOPIC_PARTITIONS = Action.of(PREFIX, "DescribeTopicPartitions");

  /** {@code kafka:DescribeVpcConnection}: Read; on vpc-connection. */
  public static final Action DESCRIBE_VPC_CONNECTION = Action.of(PREFIX, "DescribeVpcConnection");

  /** {@code kafka:GetBootstrapBrokers}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BOOTSTRAP_BROKERS = Action.of(PREFIX, "GetBootstrapBrokers");

  /** {@code kafka:GetClusterPolicy}: Read; on cluster. */
  public static final Action GET_CLUSTER_POLICY = Action.of(PREFIX, "GetClusterPolicy");

  /** {@code kafka:GetCompatibleKafkaVersions}: List; on no resource type (give {@code *}). */
  public static final Action GET_COMPATIBLE_KAFKA_VERSIONS = Action.of(PREFIX, "GetCompatibleKafkaVersions");

  /** {@code kafka:ListClientVpcConnections}: List; on cluster. */
  public static final Action LIST_CLIENT_VPC_CONNECTIONS = Action.of(PREFIX, "ListClientVpcConnections");

  /** {@code kafka:ListClusterOperations}: List; on cluster. */
  public static final Action LIST_CLUSTER_OPERATIONS = Action.of(PREFIX, "ListClusterOperations");

  /** {@code kafka:ListClusterOperationsV2}: List; on cluster. */
  public static final Action LIST_CLUSTER_OPERATIONS_V2 = Action.of(PREFIX, "ListClusterOperationsV2");

  /** {@code kafka:ListClusters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTERS = Action.of(PREFIX, "ListClusters");

  /** {@code kafka:ListClustersV2}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTERS_V2 = Action.of(PREFIX, "ListClustersV2");

  /** {@code kafka:ListConfigurationRevisions}: List; on configuration. */
  public static final Action LIST_CONFIGURATION_REVISIONS = Action.of(PREFIX, "ListConfigurationRevisions");

  /** {@code kafka:ListConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURATIONS = Action.of(PREFIX, "ListConfigurations");

  /** {@code kafka:ListKafkaVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_KAFKA_VERSIONS = Action.of(PREFIX, "ListKafkaVersions");

  /** {@code kafka:ListNodes}: List; on cluster. */
  public static final Action LIST_NODES = Action.of(PREFIX, "ListNodes");

  /** {@code kafka:ListReplicators}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPLICATORS = Action.of(PREFIX, "ListReplicators");

  /** {@code kafka:ListScramSecrets}: List; on cluster. */
  public static final Action LIST_SCRAM_SECRETS = Action.of(PREFIX, "ListScramSecrets");

  /** {@code kafka:ListTagsForResource}: Read; on cluster. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code kafka:ListTopics}: List; on cluster. */
  public static final Action LIST_TOPICS = Action.of(PREFIX, "ListTopics");

  /** {@code kafka:ListVpcConnections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VPC_CONNECTIONS = Action.of(PREFIX, "ListVpcConnections");

  /** {@code kafka:PutClusterPolicy}: Write; on cluster. */
  public static final Action PUT_CLUSTER_POLICY = Action.of(PREFIX, "PutClusterPolicy");

  /** {@code kafka:RebootBroker}: Write; on cluster. */
  public static final Action REBOOT_BROKER = Action.of(PREFIX, "RebootBroker");

  /** {@code kafka:RejectClientVpcConnection}: Write; on cluster, vpc-connection. */
  public static final Action REJECT_CLIENT_VPC_CONNECTION = Action.of(PREFIX, "RejectClientVpcConnection");

  /** {@code kafka:TagResource}: Tagging; on cluster, vpc-connection. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code kafka:UntagResource}: Tagging; on cluster, vpc-connection. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code kafka:UpdateBrokerCount}: Write; on cluster. */
  public static final Action UPDATE_BROKER_COUNT = Action.of(PREFIX, "UpdateBrokerCount");

  /** {@code kafka:UpdateBrokerStorage}: Write; on cluster. */
  public static final Action UPDATE_BROKER_STORAGE = Action.of(PREFIX, "UpdateBrokerStorage");

  /** {@code kafka:UpdateBrokerType}: Write; on cluster. */
  public static final Action UPDATE_BROKER_TYPE = Action.of(PREFIX, "UpdateBrokerType");

  /** {@code kafka:UpdateClusterConfiguration}: Write; on cluster, configuration. */
  public static final Action UPDATE_CLUSTER_CONFIGURATION = Action.of(PREFIX, "UpdateClusterConfiguration");

  /** {@code kafka:UpdateClusterKafkaVersion}: Write; on cluster. */
  public static final Action UPDATE_CLUSTER_KAFKA_VERSION = Action.of(PREFIX, "UpdateClusterKafkaVersion");

  /** {@code kafka:UpdateConfiguration}: Write; on configuration. */
  public static final Action UPDATE_CONFIGURATION = Action.of(PREFIX, "UpdateConfiguration");

  /** {@code kafka:UpdateConnectivity}: Write; on cluster. */
  public static final Action UPDATE_CONNECTIVITY = Action.of(PREFIX, "UpdateConnectivity");

  /** {@code kafka:UpdateMonitoring}: Write; on cluster. */
  public static final Action UPDATE_MONITORING = Action.of(PREFIX, "UpdateMonitoring");

  /** {@code kafka:UpdateRebalancing}: Write; on cluster. */
  public static final Action UPDATE_REBALANCING = Action.of(PREFIX, "UpdateRebalancing");

  /** {@code kafka:UpdateReplicationInfo}: Write; on replicator. */
  public static final Action UPDATE_REPLICATION_INFO = Action.of(PREFIX, "UpdateReplicationInfo");

  /** {@code kafka:UpdateSecurity}: Write; on cluster. */
  public static final Action UPDATE_SECURITY = Action.of(PREFIX, "UpdateSecurity");

  /** {@code kafka:UpdateStorage}: Write; on cluster. */
  public static final Action UPDATE_STORAGE = Action.of(PREFIX, "UpdateStorage");

  /** {@code kafka:UpdateTopic}: Write; on topic. */
  public static final Action UPDATE_TOPIC = Action.of(PREFIX, "UpdateTopic");

  private Kafka() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
