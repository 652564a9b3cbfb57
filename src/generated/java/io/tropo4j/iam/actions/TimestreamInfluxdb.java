// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Timestream InfluxDB (prefix {@code timestream-influxdb}), as the service authorization reference lists them.
 */
public final class TimestreamInfluxdb {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "timestream-influxdb";

  /** {@code timestream-influxdb:CreateDbCluster}: Write; on db-parameter-group. */
  public static final Action CREATE_DB_CLUSTER = Action.of(PREFIX, "CreateDbCluster");

  /** {@code timestream-influxdb:CreateDbInstance}: Write; on db-parameter-group. */
  public static final Action CREATE_DB_INSTANCE = Action.of(PREFIX, "CreateDbInstance");

  /** {@code timestream-influxdb:CreateDbParameterGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DB_PARAMETER_GROUP = Action.of(PREFIX, "CreateDbParameterGroup");

  /** {@code timestream-influxdb:DeleteDbCluster}: Write; on db-cluster. */
  public static final Action DELETE_DB_CLUSTER = Action.of(PREFIX, "DeleteDbCluster");

  /** {@code timestream-influxdb:DeleteDbInstance}: Write; on db-instance. */
  public static final Action DELETE_DB_INSTANCE = Action.of(PREFIX, "DeleteDbInstance");

  /** {@code timestream-influxdb:GetDbCluster}: Read; on db-cluster. */
  public static final Action GET_DB_CLUSTER = Action.of(PREFIX, "GetDbCluster");

  /** {@code timestream-influxdb:GetDbInstance}: Read; on db-instance. */
  public static final Action GET_DB_INSTANCE = Action.of(PREFIX, "GetDbInstance");

  /** {@code timestream-influxdb:GetDbParameterGroup}: Read; on db-parameter-group. */
  public static final Action GET_DB_PARAMETER_GROUP = Action.of(PREFIX, "GetDbParameterGroup");

  /** {@code timestream-influxdb:ListDbClusters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DB_CLUSTERS = Action.of(PREFIX, "ListDbClusters");

  /** {@code timestream-influxdb:ListDbInstances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DB_INSTANCES = Action.of(PREFIX, "ListDbInstances");

  /** {@code timestream-influxdb:ListDbInstancesForCluster}: Read; on db-cluster. */
  public static final Action LIST_DB_INSTANCES_FOR_CLUSTER = Action.of(PREFIX, "ListDbInstancesForCluster");

  /** {@code timestream-influxdb:ListDbParameterGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DB_PARAMETER_GROUPS = Action.of(PREFIX, "ListDbParameterGroups");

  /** {@code timestream-influxdb:ListTagsForResource}: Read; on db-cluster, db-instance, db-parameter-group. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code timestream-influxdb:RebootDbCluster}: Write; on db-cluster, db-instance. */
  public static final Action REBOOT_DB_CLUSTER = Action.of(PREFIX, "RebootDbCluster");

  /** {@code timestream-influxdb:RebootDbInstance}: Write; on db-instance. */
  public static final Action REBOOT_DB_INSTANCE = Action.of(PREFIX, "RebootDbInstance");

  /** {@code timestream-influxdb:TagResource}: Tagging; on db-cluster, db-instance, db-parameter-group. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code timestream-influxdb:UntagResource}: Tagging; on db-cluster, db-instance, db-parameter-group. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code timestream-influxdb:UpdateDbCluster}: Write; on db-cluster, db-parameter-group. */
  public static final Action UPDATE_DB_CLUSTER = Action.of(PREFIX, "UpdateDbCluster");

  /** {@code timestream-influxdb:UpdateDbInstance}: Write; on db-instance, db-parameter-group. */
  public static final Action UPDATE_DB_INSTANCE = Action.of(PREFIX, "UpdateDbInstance");

  private TimestreamInfluxdb() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
