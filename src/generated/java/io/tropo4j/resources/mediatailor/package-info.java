// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::MediaTailor}: {@link Channel}, {@link ChannelPolicy}, {@link
 * Function}, {@link LiveSource}, {@link PlaybackConfiguration}, {@link PrefetchSchedule}, {@link
 * SourceLocation}, {@link VodSource}.
 */
package io.tropo4j.resources.mediatailor;
