// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::MediaConvert}: {@link JobTemplate}, {@link Preset}, {@link
 * Queue}.
 */
package io.tropo4j.resources.mediaconvert;
