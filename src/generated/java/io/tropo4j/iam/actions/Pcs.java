// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Parallel Computing Service (prefix {@code pcs}), as the service authorization reference lists them.
 */
public final class Pcs {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "pcs";

  /** {@code pcs:AllowVendedLogDeliveryForResource}: Write; on cluster. */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code pcs:CreateCluster}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CLUSTER = Action.of(PREFIX, "CreateCluster");

  /** {@code pcs:CreateComputeNodeGroup}: Write; on cluster. */
  public static final Action CREATE_COMPUTE_NODE_GROUP = Action.of(PREFIX, "CreateComputeNodeGroup");

  /** {@code pcs:CreateQueue}: Write; on cluster. */
  public static final Action CREATE_QUEUE = Action.of(PREFIX, "CreateQueue");

  /** {@code pcs:DeleteCluster}: Write; on cluster. */
  public static final Action DELETE_CLUSTER = Action.of(PREFIX, "DeleteCluster");

  /** {@code pcs:DeleteComputeNodeGroup}: Write; on cluster, computenodegroup. */
  public static final Action DELETE_COMPUTE_NODE_GROUP = Action.of(PREFIX, "DeleteComputeNodeGroup");

  /** {@code pcs:DeleteQueue}: Write; on cluster, queue. */
  public static final Action DELETE_QUEUE = Action.of(PREFIX, "DeleteQueue");

  /** {@code pcs:GetCluster}: Read; on cluster. */
  public static final Action GET_CLUSTER = Action.of(PREFIX, "GetCluster");

  /** {@code pcs:GetComputeNodeGroup}: Read; on cluster, computenodegroup. */
  public static final Action GET_COMPUTE_NODE_GROUP = Action.of(PREFIX, "GetComputeNodeGroup");

  /** {@code pcs:GetQueue}: Read; on cluster, queue. */
  public static final Action GET_QUEUE = Action.of(PREFIX, "GetQueue");

  /** {@code pcs:ListClusters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTERS = Action.of(PREFIX, "ListClusters");

  /** {@code pcs:ListComputeNodeGroups}: List; on cluster. */
  public static final Action LIST_COMPUTE_NODE_GROUPS = Action.of(PREFIX, "ListComputeNodeGroups");

  /** {@code pcs:ListQueues}: List; on cluster. */
  public static final Action LIST_QUEUES = Action.of(PREFIX, "ListQueues");

  /** {@code pcs:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code pcs:RegisterComputeNodeGroupInstance}: Write; on cluster. */
  public static final Action REGISTER_COMPUTE_NODE_GROUP_INSTANCE = Action.of(PREFIX, "RegisterComputeNodeGroupInstance");

  /** {@code pcs:TagResource}: Tagging; on cluster, computenodegroup, queue. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code pcs:UntagResource}: Tagging; on cluster, computenodegroup, queue. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code pcs:UpdateCluster}: Write; on cluster. */
  public static final Action UPDATE_CLUSTER = Action.of(PREFIX, "UpdateCluster");

  /** {@code pcs:UpdateComputeNodeGroup}: Write; on cluster, computenodegroup. */
  public static final Action UPDATE_COMPUTE_NODE_GROUP = Action.of(PREFIX, "UpdateComputeNodeGroup");

  /** {@code pcs:UpdateQueue}: Write; on cluster, queue. */
  public static final Action UPDATE_QUEUE = Action.of(PREFIX, "UpdateQueue");

  private Pcs() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
