// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::EFS}: {@link AccessPoint}, {@link FileSystem}, {@link
 * MountTarget}.
 */
package io.tropo4j.resources.efs;
