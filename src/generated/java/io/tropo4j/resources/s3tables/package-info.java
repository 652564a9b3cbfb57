// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::S3Tables}: {@link Namespace}, {@link Table}, {@link
 * TableBucket}, {@link TableBucketPolicy}, {@link TablePolicy}.
 */
package io.tropo4j.resources.s3tables;
