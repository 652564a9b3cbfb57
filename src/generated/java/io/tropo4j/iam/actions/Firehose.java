// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Kinesis Firehose (prefix {@code firehose}), as the service authorization reference lists them.
 */
public final class Firehose {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "firehose";

  /** {@code firehose:CreateDeliveryStream}: Write; on deliverystream. */
  public static final Action CREATE_DELIVERY_STREAM = Action.of(PREFIX, "CreateDeliveryStream");

  /** {@code firehose:DeleteDeliveryStream}: Write; on deliverystream. */
  public static final Action DELETE_DELIVERY_STREAM = Action.of(PREFIX, "DeleteDeliveryStream");

  /** {@code firehose:DescribeDeliveryStream}: Read; on deliverystream. */
  public static final Action DESCRIBE_DELIVERY_STREAM = Action.of(PREFIX, "DescribeDeliveryStream");

  /** {@code firehose:ListDeliveryStreams}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DELIVERY_STREAMS = Action.of(PREFIX, "ListDeliveryStreams");

  /** {@code firehose:ListTagsForDeliveryStream}: List; on deliverystream. */
  public static final Action LIST_TAGS_FOR_DELIVERY_STREAM = Action.of(PREFIX, "ListTagsForDeliveryStream");

  /** {@code firehose:PutRecord}: Write; on deliverystream. */
  public static final Action PUT_RECORD = Action.of(PREFIX, "PutRecord");

  /** {@code firehose:PutRecordBatch}: Write; on deliverystream. */
  public static final Action PUT_RECORD_BATCH = Action.of(PREFIX, "PutRecordBatch");

  /** {@code firehose:StartDeliveryStreamEncryption}: Write; on deliverystream. */
  public static final Action START_DELIVERY_STREAM_ENCRYPTION = Action.of(PREFIX, "StartDeliveryStreamEncryption");

  /** {@code firehose:StopDeliveryStreamEncryption}: Write; on deliverystream. */
  public static final Action STOP_DELIVERY_STREAM_ENCRYPTION = Action.of(PREFIX, "StopDeliveryStreamEncryption");

  /** {@code firehose:TagDeliveryStream}: Tagging; on deliverystream. */
  public static final Action TAG_DELIVERY_STREAM = Action.of(PREFIX, "TagDeliveryStream");

  /** {@code firehose:UntagDeliveryStream}: Tagging; on deliverystream. */
  public static final Action UNTAG_DELIVERY_STREAM = Action.of(PREFIX, "UntagDeliveryStream");

  /** {@code firehose:UpdateDestination}: Write; on deliverystream. */
  public static final Action UPDATE_DESTINATION = Action.of(PREFIX, "UpdateDestination");

  private Firehose() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
