// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Keyspaces (for Apache Cassandra) (prefix {@code cassandra}), as the service authorization reference lists them.
 */
public final class Cassandra {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cassandra";

  /** {@code cassandra:Alter}: Write; on keyspace, table. */
  public static final Action ALTER = Action.of(PREFIX, "Alter");

  /** {@code cassandra:AlterMultiRegionResource}: Write; on keyspace, table. */
  public static final Action ALTER_MULTI_REGION_RESOURCE = Action.of(PREFIX, "AlterMultiRegionResource");

  /** {@code cassandra:Create}: Write; on keyspace, table. */
  public static final Action CREATE = Action.of(PREFIX, "Create");

  /** {@code cassandra:CreateMultiRegionResource}: Write; on keyspace, table. */
  public static final Action CREATE_MULTI_REGION_RESOURCE = Action.of(PREFIX, "CreateMultiRegionResource");

  /** {@code cassandra:Drop}: Write; on keyspace, table. */
  public static final Action DROP = Action.of(PREFIX, "Drop");

  /** {@code cassandra:DropMultiRegionResource}: Write; on keyspace, table. */
  public static final Action DROP_MULTI_REGION_RESOURCE = Action.of(PREFIX, "DropMultiRegionResource");

  /** {@code cassandra:GetRecords}: Read; on stream. */
  public static final Action GET_RECORDS = Action.of(PREFIX, "GetRecords");

  /** {@code cassandra:GetShardIterator}: Read; on stream. */
  public static final Action GET_SHARD_ITERATOR = Action.of(PREFIX, "GetShardIterator");

  /** {@code cassandra:GetStream}: Read; on stream. */
  public static final Action GET_STREAM = Action.of(PREFIX, "GetStream");

  /** {@code cassandra:ListStreams}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STREAMS = Action.of(PREFIX, "ListStreams");

  /** {@code cassandra:Modify}: Write; on table. */
  public static final Action MODIFY = Action.of(PREFIX, "Modify");

  /** {@code cassandra:ModifyMultiRegionResource}: Write; on table. */
  public static final Action MODIFY_MULTI_REGION_RESOURCE = Action.of(PREFIX, "ModifyMultiRegionResource");

  /** {@code cassandra:Restore}: Write; on table. */
  public static final Action RESTORE = Action.of(PREFIX, "Restore");

  /** {@code cassandra:RestoreMultiRegionTable}: Write; on table. */
  public static final Action RESTORE_MULTI_REGION_TABLE = Action.of(PREFIX, "RestoreMultiRegionTable");

  /** {@code cassandra:Select}: Read; on table. */
  public static final Action SELECT = Action.of(PREFIX, "Select");

  /** {@code cassandra:SelectMultiRegionResource}: Read; on table. */
  public static final Action SELECT_MULTI_REGION_RESOURCE = Action.of(PREFIX, "SelectMultiRegionResource");

  /** {@code cassandra:TagMultiRegionResource}: Tagging; on keyspace, table. */
  public static final Action TAG_MULTI_REGION_RESOURCE = Action.of(PREFIX, "TagMultiRegionResource");

  /** {@code cassandra:TagResource}: Tagging; on keyspace, stream, table. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code cassandra:UnTagMultiRegionResource}: Tagging; on keyspace, table. */
  public static final Action UN_TAG_MULTI_REGION_RESOURCE = Action.of(PREFIX, "UnTagMultiRegionResource");

  /** {@code cassandra:UntagResource}: Tagging; on keyspace, stream, table. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code cassandra:UpdatePartitioner}: Write; on table. */
  public static final Action UPDATE_PARTITIONER = Action.of(PREFIX, "UpdatePartitioner");

  private Cassandra() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
