// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::S3Vectors}: {@link Index}, {@link VectorBucket}, {@link
 * VectorBucketPolicy}.
 */
package io.tropo4j.resources.s3vectors;
