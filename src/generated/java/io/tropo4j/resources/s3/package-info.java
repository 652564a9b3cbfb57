// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::S3}: {@link AccessGrant}, {@link AccessGrantsInstance}, {@link
 * AccessGrantsLocation}, {@link AccessPoint}, {@link Bucket}, {@link BucketPolicy}, {@link
 * MultiRegionAccessPoint}, {@link MultiRegionAccessPointPolicy}, {@link StorageLens}, {@link
 * StorageLensGroup}.
 */
package io.tropo4j.resources.s3;
