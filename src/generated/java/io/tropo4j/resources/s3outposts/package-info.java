// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::S3Outposts}: {@link AccessPoint}, {@link Bucket}, {@link
 * BucketPolicy}, {@link Endpoint}.
 */
package io.tropo4j.resources.s3outposts;
