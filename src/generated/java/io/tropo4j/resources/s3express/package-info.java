// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::S3Express}: {@link AccessPoint}, {@link BucketPolicy}, {@link
 * DirectoryBucket}.
 */
package io.tropo4j.resources.s3express;
