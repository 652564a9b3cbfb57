// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::S3Files}: {@link AccessPoint}, {@link FileSystem}, {@link
 * FileSystemPolicy}, {@link MountTarget}.
 */
package io.tropo4j.resources.s3files;
