// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon S3 Object Lambda (prefix {@code s3-object-lambda}), as the service authorization reference lists them.
 */
public final class S3ObjectLambda {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "s3-object-lambda";

  /** {@code s3-object-lambda:AbortMultipartUpload}: Write; on objectlambdaaccesspoint. */
  public static final Action ABORT_MULTIPART_UPLOAD = Action.of(PREFIX, "AbortMultipartUpload");

  /** {@code s3-object-lambda:DeleteObject}: Write; on objectlambdaaccesspoint. */
  public static final Action DELETE_OBJECT = Action.of(PREFIX, "DeleteObject");

  /** {@code s3-object-lambda:DeleteObjectTagging}: Tagging; on objectlambdaaccesspoint. */
  public static final Action DELETE_OBJECT_TAGGING = Action.of(PREFIX, "DeleteObjectTagging");

  /** {@code s3-object-lambda:DeleteObjectVersion}: Write; on objectlambdaaccesspoint. */
  public static final Action DELETE_OBJECT_VERSION = Action.of(PREFIX, "DeleteObjectVersion");

  /** {@code s3-object-lambda:DeleteObjectVersionTagging}: Tagging; on objectlambdaaccesspoint. */
  public static final Action DELETE_OBJECT_VERSION_TAGGING = Action.of(PREFIX, "DeleteObjectVersionTagging");

  /** {@code s3-object-lambda:GetObject}: Read; on objectlambdaaccesspoint. */
  public static final Action GET_OBJECT = Action.of(PREFIX, "GetObject");

  /** {@code s3-object-lambda:GetObjectAcl}: Read; on objectlambdaaccesspoint. */
  public static final Action GET_OBJECT_ACL = Action.of(PREFIX, "GetObjectAcl");

  /** {@code s3-object-lambda:GetObjectLegalHold}: Read; on objectlambdaaccesspoint. */
  public static final Action GET_OBJECT_LEGAL_HOLD = Action.of(PREFIX, "GetObjectLegalHold");

  /** {@code s3-object-lambda:GetObjectRetention}: Read; on objectlambdaaccesspoint. */
  public static final Action GET_OBJECT_RETENTION = Action.of(PREFIX, "GetObjectRetention");

  /** {@code s3-object-lambda:GetObjectTagging}: Read; on objectlambdaaccesspoint. */
  public static final Action GET_OBJECT_TAGGING = Action.of(PREFIX, "GetObjectTagging");

  /** {@code s3-object-lambda:GetObjectVersion}: Read; on objectlambdaaccesspoint. */
  public static final Action GET_OBJECT_VERSION = Action.of(PREFIX, "GetObjectVersion");

  /** {@code s3-object-lambda:GetObjectVersionAcl}: Read; on objectlambdaaccesspoint. */
  public static final Action GET_OBJECT_VERSION_ACL = Action.of(PREFIX, "GetObjectVersionAcl");

  /** {@code s3-object-lambda:GetObjectVersionTagging}: Read; on objectlambdaaccesspoint. */
  public static final Action GET_OBJECT_VERSION_TAGGING = Action.of(PREFIX, "GetObjectVersionTagging");

  /** {@code s3-object-lambda:ListBucket}: List; on objectlambdaaccesspoint. */
  public static final Action LIST_BUCKET = Action.of(PREFIX, "ListBucket");

  /** {@code s3-object-lambda:ListBucketMultipartUploads}: List; on objectlambdaaccesspoint. */
  public static final Action LIST_BUCKET_MULTIPART_UPLOADS = Action.of(PREFIX, "ListBucketMultipartUploads");

  /** {@code s3-object-lambda:ListBucketVersions}: List; on objectlambdaaccesspoint. */
  public static final Action LIST_BUCKET_VERSIONS = Action.of(PREFIX, "ListBucketVersions");

  /** {@code s3-object-lambda:ListMultipartUploadParts}: List; on objectlambdaaccesspoint. */
  public static final Action LIST_MULTIPART_UPLOAD_PARTS = Action.of(PREFIX, "ListMultipartUploadParts");

  /** {@code s3-object-lambda:PutObject}: Write; on objectlambdaaccesspoint. */
  public static final Action PUT_OBJECT = Action.of(PREFIX, "PutObject");

  /** {@code s3-object-lambda:PutObjectAcl}: Permissions management; on objectlambdaaccesspoint. */
  public static final Action PUT_OBJECT_ACL = Action.of(PREFIX, "PutObjectAcl");

  /** {@code s3-object-lambda:PutObjectLegalHold}: Write; on objectlambdaaccesspoint. */
  public static final Action PUT_OBJECT_LEGAL_HOLD = Action.of(PREFIX, "PutObjectLegalHold");

  /** {@code s3-object-lambda:PutObjectRetention}: Write; on objectlambdaaccesspoint. */
  public static final Action PUT_OBJECT_RETENTION = Action.of(PREFIX, "PutObjectRetention");

  /** {@code s3-object-lambda:PutObjectTagging}: Tagging; on objectlambdaaccesspoint. */
  public static final Action PUT_OBJECT_TAGGING = Action.of(PREFIX, "PutObjectTagging");

  /** {@code s3-object-lambda:PutObjectVersionAcl}: Permissions management; on objectlambdaaccesspoint. */
  public static final Action PUT_OBJECT_VERSION_ACL = Action.of(PREFIX, "PutObjectVersionAcl");

  /** {@code s3-object-lambda:PutObjectVersionTagging}: Tagging; on objectlambdaaccesspoint. */
  public static final Action PUT_OBJECT_VERSION_TAGGING = Action.of(PREFIX, "PutObjectVersionTagging");

  /** {@code s3-object-lambda:RestoreObject}: Write; on objectlambdaaccesspoint. */
  public static final Action RESTORE_OBJECT = Action.of(PREFIX, "RestoreObject");

  /** {@code s3-object-lambda:WriteGetObjectResponse}: Write; on objectlambdaaccesspoint. */
  public static final Action WRITE_GET_OBJECT_RESPONSE = Action.of(PREFIX, "WriteGetObjectResponse");

  private S3ObjectLambda() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
