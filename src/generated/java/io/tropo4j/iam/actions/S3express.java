// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon S3 Express (prefix {@code s3express}), as the service authorization reference lists them.
 */
public final class S3express {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "s3express";

  /** {@code s3express:CreateAccessPoint}: Write; on accesspoint. */
  public static final Action CREATE_ACCESS_POINT = Action.of(PREFIX, "CreateAccessPoint");

  /** {@code s3express:CreateBucket}: Write; on bucket. */
  public static final Action CREATE_BUCKET = Action.of(PREFIX, "CreateBucket");

  /** {@code s3express:CreateSession}: Write; on accesspoint, bucket. */
  public static final Action CREATE_SESSION = Action.of(PREFIX, "CreateSession");

  /** {@code s3express:DeleteAccessPoint}: Write; on accesspoint. */
  public static final Action DELETE_ACCESS_POINT = Action.of(PREFIX, "DeleteAccessPoint");

  /** {@code s3express:DeleteAccessPointPolicy}: Permissions management; on accesspoint. */
  public static final Action DELETE_ACCESS_POINT_POLICY = Action.of(PREFIX, "DeleteAccessPointPolicy");

  /** {@code s3express:DeleteAccessPointScope}: Permissions management; on accesspoint. */
  public static final Action DELETE_ACCESS_POINT_SCOPE = Action.of(PREFIX, "DeleteAccessPointScope");

  /** {@code s3express:DeleteBucket}: Write; on bucket. */
  public static final Action DELETE_BUCKET = Action.of(PREFIX, "DeleteBucket");

  /** {@code s3express:DeleteBucketPolicy}: Permissions management; on bucket. */
  public static final Action DELETE_BUCKET_POLICY = Action.of(PREFIX, "DeleteBucketPolicy");

  /** {@code s3express:GetAccessPoint}: Read; on accesspoint. */
  public static final Action GET_ACCESS_POINT = Action.of(PREFIX, "GetAccessPoint");

  /** {@code s3express:GetAccessPointPolicy}: Read; on accesspoint. */
  public static final Action GET_ACCESS_POINT_POLICY = Action.of(PREFIX, "GetAccessPointPolicy");

  /** {@code s3express:GetAccessPointScope}: Read; on accesspoint. */
  public static final Action GET_ACCESS_POINT_SCOPE = Action.of(PREFIX, "GetAccessPointScope");

  /** {@code s3express:GetBucketPolicy}: Read; on bucket. */
  public static final Action GET_BUCKET_POLICY = Action.of(PREFIX, "GetBucketPolicy");

  /** {@code s3express:GetEncryptionConfiguration}: Read; on bucket. */
  public static final Action GET_ENCRYPTION_CONFIGURATION = Action.of(PREFIX, "GetEncryptionConfiguration");

  /** {@code s3express:GetLifecycleConfiguration}: Read; on bucket. */
  public static final Action GET_LIFECYCLE_CONFIGURATION = Action.of(PREFIX, "GetLifecycleConfiguration");

  /** {@code s3express:ListAccessPointsForDirectoryBuckets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCESS_POINTS_FOR_DIRECTORY_BUCKETS = Action.of(PREFIX, "ListAccessPointsForDirectoryBuckets");

  /** {@code s3express:ListAllMyDirectoryBuckets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ALL_MY_DIRECTORY_BUCKETS = Action.of(PREFIX, "ListAllMyDirectoryBuckets");

  /** {@code s3express:ListTagsForResource}: List; on accesspoint, bucket. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code s3express:PutAccessPointPolicy}: Permissions management; on accesspoint. */
  public static final Action PUT_ACCESS_POINT_POLICY = Action.of(PREFIX, "PutAccessPointPolicy");

  /** {@code s3express:PutAccessPointScope}: Permissions management; on accesspoint. */
  public static final Action PUT_ACCESS_POINT_SCOPE = Action.of(PREFIX, "PutAccessPointScope");

  /** {@code s3express:PutBucketPolicy}: Permissions management; on bucket. */
  public static final Action PUT_BUCKET_POLICY = Action.of(PREFIX, "PutBucketPolicy");

  /** {@code s3express:PutEncryptionConfiguration}: Write; on bucket. */
  public static final Action PUT_ENCRYPTION_CONFIGURATION = Action.of(PREFIX, "PutEncryptionConfiguration");

  /** {@code s3express:PutLifecycleConfiguration}: Write; on bucket. */
  public static final Action PUT_LIFECYCLE_CONFIGURATION = Action.of(PREFIX, "PutLifecycleConfiguration");

  /** {@code s3express:TagResource}: Tagging; on accesspoint, bucket. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code s3express:UntagResource}: Tagging; on accesspoint, bucket. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private S3express() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
