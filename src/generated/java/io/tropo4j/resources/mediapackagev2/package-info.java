// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::MediaPackageV2}: {@link Channel}, {@link ChannelGroup}, {@link
 * ChannelPolicy}, {@link OriginEndpoint}, {@link OriginEndpointPolicy}.
 */
package io.tropo4j.resources.mediapackagev2;
