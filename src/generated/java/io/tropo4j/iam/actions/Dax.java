// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon DynamoDB Accelerator (DAX) (prefix {@code dax}), as the service authorization reference lists them.
 */
public final class Dax {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "dax";

  /** {@code dax:BatchGetItem}: Read; on application. */
  public static final Action BATCH_GET_ITEM = Action.of(PREFIX, "BatchGetItem");

  /** {@code dax:BatchWriteItem}: Write; on application. */
  public static final Action BATCH_WRITE_ITEM = Action.of(PREFIX, "BatchWriteItem");

  /** {@code dax:ConditionCheckItem}: Read; on application. */
  public static final Action CONDITION_CHECK_ITEM = Action.of(PREFIX, "ConditionCheckItem");

  /** {@code dax:CreateCluster}: Write; on application. */
  public static final Action CREATE_CLUSTER = Action.of(PREFIX, "CreateCluster");

  /** {@code dax:CreateParameterGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PARAMETER_GROUP = Action.of(PREFIX, "CreateParameterGroup");

  /** {@code dax:CreateSubnetGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SUBNET_GROUP = Action.of(PREFIX, "CreateSubnetGroup");

  /** {@code dax:DecreaseReplicationFactor}: Write; on application. */
  public static final Action DECREASE_REPLICATION_FACTOR = Action.of(PREFIX, "DecreaseReplicationFactor");

  /** {@code dax:DeleteCluster}: Write; on application. */
  public static final Action DELETE_CLUSTER = Action.of(PREFIX, "DeleteCluster");

  /** {@code dax:DeleteItem}: Write; on application. */
  public static final Action DELETE_ITEM = Action.of(PREFIX, "DeleteItem");

  /** {@code dax:DeleteParameterGroup}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PARAMETER_GROUP = Action.of(PREFIX, "DeleteParameterGroup");

  /** {@code dax:DeleteSubnetGroup}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SUBNET_GROUP = Action.of(PREFIX, "DeleteSubnetGroup");

  /** {@code dax:DescribeClusters}: List; on application. */
  public static final Action DESCRIBE_CLUSTERS = Action.of(PREFIX, "DescribeClusters");

  /** {@code dax:DescribeDefaultParameters}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DEFAULT_PARAMETERS = Action.of(PREFIX, "DescribeDefaultParameters");

  /** {@code dax:DescribeEvents}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENTS = Action.of(PREFIX, "DescribeEvents");

  /** {@code dax:DescribeParameterGroups}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PARAMETER_GROUPS = Action.of(PREFIX, "DescribeParameterGroups");

  /** {@code dax:DescribeParameters}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PARAMETERS = Action.of(PREFIX, "DescribeParameters");

  /** {@code dax:DescribeSubnetGroups}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SUBNET_GROUPS = Action.of(PREFIX, "DescribeSubnetGroups");

  /** {@code dax:GetItem}: Read; on application. */
  public static final Action GET_ITEM = Action.of(PREFIX, "GetItem");

  /** {@code dax:IncreaseReplicationFactor}: Write; on application. */
  public static final Action INCREASE_REPLICATION_FACTOR = Action.of(PREFIX, "IncreaseReplicationFactor");

  /** {@code dax:ListTags}: Read; on application. */
  public static final Action LIST_TAGS = Action.of(PREFIX, "ListTags");

  /** {@code dax:PutItem}: Write; on application. */
  public static final Action PUT_ITEM = Action.of(PREFIX, "PutItem");

  /** {@code dax:Query}: Read; on application. */
  public static final Action QUERY = Action.of(PREFIX, "Query");

  /** {@code dax:RebootNode}: Write; on application. */
  public static final Action REBOOT_NODE = Action.of(PREFIX, "RebootNode");

  /** {@code dax:Scan}: Read; on application. */
  public static final Action SCAN = Action.of(PREFIX, "Scan");

  /** {@code dax:TagResource}: Tagging; on application. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code dax:UntagResource}: Tagging; on application. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code dax:UpdateCluster}: Write; on application. */
  public static final Action UPDATE_CLUSTER = Action.of(PREFIX, "UpdateCluster");

  /** {@code dax:UpdateItem}: Write; on application. */
  public static final Action UPDATE_ITEM = Action.of(PREFIX, "UpdateItem");

  /** {@code dax:UpdateParameterGroup}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PARAMETER_GROUP = Action.of(PREFIX, "UpdateParameterGroup");

  /** {@code dax:UpdateSubnetGroup}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SUBNET_GROUP = Action.of(PREFIX, "UpdateSubnetGroup");

  private Dax() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
