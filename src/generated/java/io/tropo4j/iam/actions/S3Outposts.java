// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon S3 on Outposts (prefix {@code s3-outposts}), as the service authorization reference lists them.
 */
public final class S3Outposts {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "s3-outposts";

  /** {@code s3-outposts:AbortMultipartUpload}: Write; on object. */
  public static final Action ABORT_MULTIPART_UPLOAD = Action.of(PREFIX, "AbortMultipartUpload");

  /** {@code s3-outposts:CreateAccessPoint}: Write; on accesspoint. */
  public static final Action CREATE_ACCESS_POINT = Action.of(PREFIX, "CreateAccessPoint");

  /** {@code s3-outposts:CreateBucket}: Write; on bucket. */
  public static final Action CREATE_BUCKET = Action.of(PREFIX, "CreateBucket");

  /** {@code s3-outposts:CreateEndpoint}: Write; on endpoint. */
  public static final Action CREATE_ENDPOINT = Action.of(PREFIX, "CreateEndpoint");

  /** {@code s3-outposts:DeleteAccessPoint}: Write; on accesspoint. */
  public static final Action DELETE_ACCESS_POINT = Action.of(PREFIX, "DeleteAccessPoint");

  /** {@code s3-outposts:DeleteAccessPointPolicy}: Permissions management; on accesspoint. */
  public static final Action DELETE_ACCESS_POINT_POLICY = Action.of(PREFIX, "DeleteAccessPointPolicy");

  /** {@code s3-outposts:DeleteBucket}: Write; on bucket. */
  public static final Action DELETE_BUCKET = Action.of(PREFIX, "DeleteBucket");

  /** {@code s3-outposts:DeleteBucketPolicy}: Permissions management; on bucket. */
  public static final Action DELETE_BUCKET_POLICY = Action.of(PREFIX, "DeleteBucketPolicy");

  /** {@code s3-outposts:DeleteEndpoint}: Write; on endpoint. */
  public static final Action DELETE_ENDPOINT = Action.of(PREFIX, "DeleteEndpoint");

  /** {@code s3-outposts:DeleteObject}: Write; on object. */
  public static final Action DELETE_OBJECT = Action.of(PREFIX, "DeleteObject");

  /** {@code s3-outposts:DeleteObjectTagging}: Tagging; on object. */
  public static final Action DELETE_OBJECT_TAGGING = Action.of(PREFIX, "DeleteObjectTagging");

  /** {@code s3-outposts:DeleteObjectVersion}: Write; on object. */
  public static final Action DELETE_OBJECT_VERSION = Action.of(PREFIX, "DeleteObjectVersion");

  /** {@code s3-outposts:DeleteObjectVersionTagging}: Tagging; on object. */
  public static final Action DELETE_OBJECT_VERSION_TAGGING = Action.of(PREFIX, "DeleteObjectVersionTagging");

  /** {@code s3-outposts:GetAccessPoint}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCESS_POINT = Action.of(PREFIX, "GetAccessPoint");

  /** {@code s3-outposts:GetAccessPointPolicy}: Read; on accesspoint. */
  public static final Action GET_ACCESS_POINT_POLICY = Action.of(PREFIX, "GetAccessPointPolicy");

  /** {@code s3-outposts:GetBucket}: Read; on bucket. */
  public static final Action GET_BUCKET = Action.of(PREFIX, "GetBucket");

  /** {@code s3-outposts:GetBucketPolicy}: Read; on bucket. */
  public static final Action GET_BUCKET_POLICY = Action.of(PREFIX, "GetBucketPolicy");

  /** {@code s3-outposts:GetBucketTagging}: Read; on bucket. */
  public static final Action GET_BUCKET_TAGGING = Action.of(PREFIX, "GetBucketTagging");

  /** {@code s3-outposts:GetBucketVersioning}: Read; on bucket. */
  public static final Action GET_BUCKET_VERSIONING = Action.of(PREFIX, "GetBucketVersioning");

  /** {@code s3-outposts:GetLifecycleConfiguration}: Read; on bucket. */
  public static final Action GET_LIFECYCLE_CONFIGURATION = Action.of(PREFIX, "GetLifecycleConfiguration");

  /** {@code s3-outposts:GetObject}: Read; on object. */
  public static final Action GET_OBJECT = Action.of(PREFIX, "GetObject");

  /** {@code s3-outposts:GetObjectTagging}: Read; on object. */
  public static final Action GET_OBJECT_TAGGING = Action.of(PREFIX, "GetObjectTagging");

  /** {@code s3-outposts:GetObjectVersion}: Read; on object. */
  public static final Action GET_OBJECT_VERSION = Action.of(PREFIX, "GetObjectVersion");

  /** {@code s3-outposts:GetObjectVersionForReplication}: Read; on object. */
  public static final Action GET_OBJECT_VERSION_FOR_REPLICATION = Action.of(PREFIX, "GetObjectVersionForReplication");

  /** {@code s3-outposts:GetObjectVersionTagging}: Read; on object. */
  public static final Action GET_OBJECT_VERSION_TAGGING = Action.of(PREFIX, "GetObjectVersionTagging");

  /** {@code s3-outposts:GetReplicationConfiguration}: Read; on bucket. */
  public static final Action GET_REPLICATION_CONFIGURATION = Action.of(PREFIX, "GetReplicationConfiguration");

  /** {@code s3-outposts:ListAccessPoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCESS_POINTS = Action.of(PREFIX, "ListAccessPoints");

  /** {@code s3-outposts:ListBucket}: List; on accesspoint, bucket. */
  public static final Action LIST_BUCKET = Action.of(PREFIX, "ListBucket");

  /** {@code s3-outposts:ListBucketMultipartUploads}: List; on accesspoint, bucket. */
  public static final Action LIST_BUCKET_MULTIPART_UPLOADS = Action.of(PREFIX, "ListBucketMultipartUploads");

  /** {@code s3-outposts:ListBucketVersions}: List; on bucket. */
  public static final Action LIST_BUCKET_VERSIONS = Action.of(PREFIX, "ListBucketVersions");

  /** {@code s3-outposts:ListEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENDPOINTS = Action.of(PREFIX, "ListEndpoints");

  /** {@code s3-outposts:ListMultipartUploadParts}: List; on object. */
  public static final Action LIST_MULTIPART_UPLOAD_PARTS = Action.of(PREFIX, "ListMultipartUploadParts");

  /** {@code s3-outposts:ListOutpostsWithS3}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OUTPOSTS_WITH_S3 = Action.of(PREFIX, "ListOutpostsWithS3");

  /** {@code s3-outposts:ListRegionalBuckets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REGIONAL_BUCKETS = Action.of(PREFIX, "ListRegionalBuckets");

  /** {@code s3-outposts:ListSharedEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SHARED_ENDPOINTS = Action.of(PREFIX, "ListSharedEndpoints");

  /** {@code s3-outposts:PutAccessPointPolicy}: Permissions management; on accesspoint. */
  public static final Action PUT_ACCESS_POINT_POLICY = Action.of(PREFIX, "PutAccessPointPolicy");

  /** {@code s3-outposts:PutBucketPolicy}: Permissions management; on bucket. */
  public static final Action PUT_BUCKET_POLICY = Action.of(PREFIX, "PutBucketPolicy");

  /** {@code s3-outposts:PutBucketTagging}: Tagging; on bucket. */
  public static final Action PUT_BUCKET_TAGGING = Action.of(PREFIX, "PutBucketTagging");

  /** {@code s3-outposts:PutBucketVersioning}: Write; on bucket. */
  public static final Action PUT_BUCKET_VERSIONING = Action.of(PREFIX, "PutBucketVersioning");

  /** {@code s3-outposts:PutLifecycleConfiguration}: Write; on bucket. */
  public static final Action PUT_LIFECYCLE_CONFIGURATION = Action.of(PREFIX, "PutLifecycleConfiguration");

  /** {@code s3-outposts:PutObject}: Write; on object. */
  public static final Action PUT_OBJECT = Action.of(PREFIX, "PutObject");

  /** {@code s3-outposts:PutObjectAcl}: Permissions management; on object. */
  public static final Action PUT_OBJECT_ACL = Action.of(PREFIX, "PutObjectAcl");

  /** {@code s3-outposts:PutObjectTagging}: Tagging; on object. */
  public static final Action PUT_OBJECT_TAGGING = Action.of(PREFIX, "PutObjectTagging");

  /** {@code s3-outposts:PutObjectVersionTagging}: Tagging; on object. */
  public static final Action PUT_OBJECT_VERSION_TAGGING = Action.of(PREFIX, "PutObjectVersionTagging");

  /** {@code s3-outposts:PutReplicationConfiguration}: Write; on bucket. */
  public static final Action PUT_REPLICATION_CONFIGURATION = Action.of(PREFIX, "PutReplicationConfiguration");

  /** {@code s3-outposts:ReplicateDelete}: Write; on object. */
  public static final Action REPLICATE_DELETE = Action.of(PREFIX, "ReplicateDelete");

  /** {@code s3-outposts:ReplicateObject}: Write; on object. */
  public static final Action REPLICATE_OBJECT = Action.of(PREFIX, "ReplicateObject");

  /** {@code s3-outposts:ReplicateTags}: Tagging; on object. */
  public static final Action REPLICATE_TAGS = Action.of(PREFIX, "ReplicateTags");

  private S3Outposts() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
