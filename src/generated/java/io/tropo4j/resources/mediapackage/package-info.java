// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::MediaPackage}: {@link Asset}, {@link Channel}, {@link
 * OriginEndpoint}, {@link PackagingConfiguration}, {@link PackagingGroup}.
 */
package io.tropo4j.resources.mediapackage;
