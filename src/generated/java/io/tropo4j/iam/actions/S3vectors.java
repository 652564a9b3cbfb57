// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon S3 Vectors (prefix {@code s3vectors}), as the service authorization reference lists them.
 */
public final class S3vectors {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "s3vectors";

  /** {@code s3vectors:CreateIndex}: Write; on Index. */
  public static final Action CREATE_INDEX = Action.of(PREFIX, "CreateIndex");

  /** {@code s3vectors:CreateVectorBucket}: Write; on VectorBucket. */
  public static final Action CREATE_VECTOR_BUCKET = Action.of(PREFIX, "CreateVectorBucket");

  /** {@code s3vectors:DeleteIndex}: Write; on Index. */
  public static final Action DELETE_INDEX = Action.of(PREFIX, "DeleteIndex");

  /** {@code s3vectors:DeleteVectorBucket}: Write; on VectorBucket. */
  public static final Action DELETE_VECTOR_BUCKET = Action.of(PREFIX, "DeleteVectorBucket");

  /** {@code s3vectors:DeleteVectorBucketPolicy}: Permissions management; on VectorBucket. */
  public static final Action DELETE_VECTOR_BUCKET_POLICY = Action.of(PREFIX, "DeleteVectorBucketPolicy");

  /** {@code s3vectors:DeleteVectors}: Write; on Index. */
  public static final Action DELETE_VECTORS = Action.of(PREFIX, "DeleteVectors");

  /** {@code s3vectors:GetIndex}: Read; on Index. */
  public static final Action GET_INDEX = Action.of(PREFIX, "GetIndex");

  /** {@code s3vectors:GetVectorBucket}: Read; on VectorBucket. */
  public static final Action GET_VECTOR_BUCKET = Action.of(PREFIX, "GetVectorBucket");

  /** {@code s3vectors:GetVectorBucketPolicy}: Read; on VectorBucket. */
  public static final Action GET_VECTOR_BUCKET_POLICY = Action.of(PREFIX, "GetVectorBucketPolicy");

  /** {@code s3vectors:GetVectors}: Read; on Index. */
  public static final Action GET_VECTORS = Action.of(PREFIX, "GetVectors");

  /** {@code s3vectors:ListIndexes}: List; on VectorBucket. */
  public static final Action LIST_INDEXES = Action.of(PREFIX, "ListIndexes");

  /** {@code s3vectors:ListTagsForResource}: List; on Index, VectorBucket. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code s3vectors:ListVectorBuckets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VECTOR_BUCKETS = Action.of(PREFIX, "ListVectorBuckets");

  /** {@code s3vectors:ListVectors}: List; on Index. */
  public static final Action LIST_VECTORS = Action.of(PREFIX, "ListVectors");

  /** {@code s3vectors:PutVectorBucketPolicy}: Permissions management; on VectorBucket. */
  public static final Action PUT_VECTOR_BUCKET_POLICY = Action.of(PREFIX, "PutVectorBucketPolicy");

  /** {@code s3vectors:PutVectors}: Write; on Index. */
  public static final Action PUT_VECTORS = Action.of(PREFIX, "PutVectors");

  /** {@code s3vectors:QueryVectors}: Read; on Index. */
  public static final Action QUERY_VECTORS = Action.of(PREFIX, "QueryVectors");

  /** {@code s3vectors:TagResource}: Tagging; on Index, VectorBucket. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code s3vectors:UntagResource}: Tagging; on Index, VectorBucket. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private S3vectors() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
