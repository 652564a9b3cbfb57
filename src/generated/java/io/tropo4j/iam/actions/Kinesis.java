// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Kinesis Data Streams (prefix {@code kinesis}), as the service authorization reference lists them.
 */
public final class Kinesis {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "kinesis";

  /** {@code kinesis:AddTagsToStream}: Tagging; on stream. */
  public static final Action ADD_TAGS_TO_STREAM = Action.of(PREFIX, "AddTagsToStream");

  /** {@code kinesis:CreateStream}: Write; on stream. */
  public static final Action CREATE_STREAM = Action.of(PREFIX, "CreateStream");

  /** {@code kinesis:DecreaseStreamRetentionPeriod}: Write; on stream. */
  public static final Action DECREASE_STREAM_RETENTION_PERIOD = Action.of(PREFIX, "DecreaseStreamRetentionPeriod");

  /** {@code kinesis:DeleteResourcePolicy}: Write; on consumer, stream. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code kinesis:DeleteStream}: Write; on stream. */
  public static final Action DELETE_STREAM = Action.of(PREFIX, "DeleteStream");

  /** {@code kinesis:DeregisterStreamConsumer}: Write; on consumer. */
  public static final Action DEREGISTER_STREAM_CONSUMER = Action.of(PREFIX, "DeregisterStreamConsumer");

  /** {@code kinesis:DescribeAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_SETTINGS = Action.of(PREFIX, "DescribeAccountSettings");

  /** {@code kinesis:DescribeLimits}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LIMITS = Action.of(PREFIX, "DescribeLimits");

  /** {@code kinesis:DescribeStream}: Read; on stream. */
  public static final Action DESCRIBE_STREAM = Action.of(PREFIX, "DescribeStream");

  /** {@code kinesis:DescribeStreamConsumer}: Read; on consumer. */
  public static final Action DESCRIBE_STREAM_CONSUMER = Action.of(PREFIX, "DescribeStreamConsumer");

  /** {@code kinesis:DescribeStreamSummary}: Read; on stream. */
  public static final Action DESCRIBE_STREAM_SUMMARY = Action.of(PREFIX, "DescribeStreamSummary");

  /** {@code kinesis:DisableEnhancedMonitoring}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_ENHANCED_MONITORING = Action.of(PREFIX, "DisableEnhancedMonitoring");

  /** {@code kinesis:EnableEnhancedMonitoring}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_ENHANCED_MONITORING = Action.of(PREFIX, "EnableEnhancedMonitoring");

  /** {@code kinesis:GetRecords}: Read; on stream. */
  public static final Action GET_RECORDS = Action.of(PREFIX, "GetRecords");

  /** {@code kinesis:GetResourcePolicy}: Read; on consumer, stream. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code kinesis:GetShardIterator}: Read; on stream. */
  public static final Action GET_SHARD_ITERATOR = Action.of(PREFIX, "GetShardIterator");

  /** {@code kinesis:IncreaseStreamRetentionPeriod}: Write; on stream. */
  public static final Action INCREASE_STREAM_RETENTION_PERIOD = Action.of(PREFIX, "IncreaseStreamRetentionPeriod");

  /** {@code kinesis:InjectApiError}: Write; on no resource type (give {@code *}). */
  public static final Action INJECT_API_ERROR = Action.of(PREFIX, "InjectApiError");

  /** {@code kinesis:ListShards}: List; on stream. */
  public static final Action LIST_SHARDS = Action.of(PREFIX, "ListShards");

  /** {@code kinesis:ListStreamConsumers}: List; on stream. */
  public static final Action LIST_STREAM_CONSUMERS = Action.of(PREFIX, "ListStreamConsumers");

  /** {@code kinesis:ListStreams}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STREAMS = Action.of(PREFIX, "ListStreams");

  /** {@code kinesis:ListTagsForResource}: Read; on consumer, stream. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code kinesis:ListTagsForStream}: Read; on stream. */
  public static final Action LIST_TAGS_FOR_STREAM = Action.of(PREFIX, "ListTagsForStream");

  /** {@code kinesis:MergeShards}: Write; on stream. */
  public static final Action MERGE_SHARDS = Action.of(PREFIX, "MergeShards");

  /** {@code kinesis:PutRecord}: Write; on stream. */
  public static final Action PUT_RECORD = Action.of(PREFIX, "PutRecord");

  /** {@code kinesis:PutRecords}: Write; on stream. */
  public static final Action PUT_RECORDS = Action.of(PREFIX, "PutRecords");

  /** {@code kinesis:PutResourcePolicy}: Write; on consumer, stream. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code kinesis:RegisterStreamConsumer}: Write; on stream. */
  public static final Action REGISTER_STREAM_CONSUMER = Action.of(PREFIX, "RegisterStreamConsumer");

  /** {@code kinesis:RemoveTagsFromStream}: Tagging; on stream. */
  public static final Action REMOVE_TAGS_FROM_STREAM = Action.of(PREFIX, "RemoveTagsFromStream");

  /** {@code kinesis:SplitShard}: Write; on stream. */
  public static final Action SPLIT_SHARD = Action.of(PREFIX, "SplitShard");

  /** {@code kinesis:StartStreamEncryption}: Write; on kmsKey, stream. */
  public static final Action START_STREAM_ENCRYPTION = Action.of(PREFIX, "StartStreamEncryption");

  /** {@code kinesis:StopStreamEncryption}: Write; on kmsKey, stream. */
  public static final Action STOP_STREAM_ENCRYPTION = Action.of(PREFIX, "StopStreamEncryption");

  /** {@code kinesis:SubscribeToShard}: Read; on consumer. */
  public static final Action SUBSCRIBE_TO_SHARD = Action.of(PREFIX, "SubscribeToShard");

  /** {@code kinesis:TagResource}: Tagging; on consumer, stream. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code kinesis:UntagResource}: Tagging; on consumer, stream. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code kinesis:UpdateAccountSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_SETTINGS = Action.of(PREFIX, "UpdateAccountSettings");

  /** {@code kinesis:UpdateMaxRecordSize}: Write; on stream. */
  public static final Action UPDATE_MAX_RECORD_SIZE = Action.of(PREFIX, "UpdateMaxRecordSize");

  /** {@code kinesis:UpdateShardCount}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SHARD_COUNT = Action.of(PREFIX, "UpdateShardCount");

  /** {@code kinesis:UpdateStreamMode}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_STREAM_MODE = Action.of(PREFIX, "UpdateStreamMode");

  /** {@code kinesis:UpdateStreamWarmThroughput}: Write; on stream. */
  public static final Action UPDATE_STREAM_WARM_THROUGHPUT = Action.of(PREFIX, "UpdateStreamWarmThroughput");

  private Kinesis() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
