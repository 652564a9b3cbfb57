// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elemental MediaTailor (prefix {@code mediatailor}), as the service authorization reference lists them.
 */
public final class Mediatailor {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mediatailor";

  /** {@code mediatailor:ConfigureLogsForChannel}: Write; on channel. */
  public static final Action CONFIGURE_LOGS_FOR_CHANNEL = Action.of(PREFIX, "ConfigureLogsForChannel");

  /** {@code mediatailor:ConfigureLogsForPlaybackConfiguration}: Write; on playbackConfiguration. */
  public static final Action CONFIGURE_LOGS_FOR_PLAYBACK_CONFIGURATION = Action.of(PREFIX, "ConfigureLogsForPlaybackConfiguration");

  /** {@code mediatailor:CreateChannel}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CHANNEL = Action.of(PREFIX, "CreateChannel");

  /** {@code mediatailor:CreateLiveSource}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LIVE_SOURCE = Action.of(PREFIX, "CreateLiveSource");

  /** {@code mediatailor:CreatePrefetchSchedule}: Write; on playbackConfiguration. */
  public static final Action CREATE_PREFETCH_SCHEDULE = Action.of(PREFIX, "CreatePrefetchSchedule");

  /** {@code mediatailor:CreateProgram}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROGRAM = Action.of(PREFIX, "CreateProgram");

  /** {@code mediatailor:CreateSourceLocation}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SOURCE_LOCATION = Action.of(PREFIX, "CreateSourceLocation");

  /** {@code mediatailor:CreateVodSource}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VOD_SOURCE = Action.of(PREFIX, "CreateVodSource");

  /** {@code mediatailor:DeleteChannel}: Write; on channel. */
  public static final Action DELETE_CHANNEL = Action.of(PREFIX, "DeleteChannel");

  /** {@code mediatailor:DeleteChannelPolicy}: Permissions management; on channel. */
  public static final Action DELETE_CHANNEL_POLICY = Action.of(PREFIX, "DeleteChannelPolicy");

  /** {@code mediatailor:DeleteLiveSource}: Write; on liveSource. */
  public static final Action DELETE_LIVE_SOURCE = Action.of(PREFIX, "DeleteLiveSource");

  /** {@code mediatailor:DeletePlaybackConfiguration}: Write; on playbackConfiguration. */
  public static final Action DELETE_PLAYBACK_CONFIGURATION = Action.of(PREFIX, "DeletePlaybackConfiguration");

  /** {@code mediatailor:DeletePrefetchSchedule}: Write; on playbackConfiguration, prefetchSchedule. */
  public static final Action DELETE_PREFETCH_SCHEDULE = Action.of(PREFIX, "DeletePrefetchSchedule");

  /** {@code mediatailor:DeleteProgram}: Write; on program. */
  public static final Action DELETE_PROGRAM = Action.of(PREFIX, "DeleteProgram");

  /** {@code mediatailor:DeleteSourceLocation}: Write; on sourceLocation. */
  public static final Action DELETE_SOURCE_LOCATION = Action.of(PREFIX, "DeleteSourceLocation");

  /** {@code mediatailor:DeleteVodSource}: Write; on vodSource. */
  public static final Action DELETE_VOD_SOURCE = Action.of(PREFIX, "DeleteVodSource");

  /** {@code mediatailor:DescribeChannel}: Read; on channel. */
  public static final Action DESCRIBE_CHANNEL = Action.of(PREFIX, "DescribeChannel");

  /** {@code mediatailor:DescribeLiveSource}: Read; on liveSource. */
  public static final Action DESCRIBE_LIVE_SOURCE = Action.of(PREFIX, "DescribeLiveSource");

  /** {@code mediatailor:DescribeProgram}: Read; on program. */
  public static final Action DESCRIBE_PROGRAM = Action.of(PREFIX, "DescribeProgram");

  /** {@code mediatailor:DescribeSourceLocation}: Read; on sourceLocation. */
  public static final Action DESCRIBE_SOURCE_LOCATION = Action.of(PREFIX, "DescribeSourceLocation");

  /** {@code mediatailor:DescribeVodSource}: Read; on vodSource. */
  public static final Action DESCRIBE_VOD_SOURCE = Action.of(PREFIX, "DescribeVodSource");

  /** {@code mediatailor:GetChannelPolicy}: Read; on channel. */
  public static final Action GET_CHANNEL_POLICY = Action.of(PREFIX, "GetChannelPolicy");

  /** {@code mediatailor:GetChannelSchedule}: Read; on channel. */
  public static final Action GET_CHANNEL_SCHEDULE = Action.of(PREFIX, "GetChannelSchedule");

  /** {@code mediatailor:GetPlaybackConfiguration}: Read; on playbackConfiguration. */
  public static final Action GET_PLAYBACK_CONFIGURATION = Action.of(PREFIX, "GetPlaybackConfiguration");

  /** {@code mediatailor:GetPrefetchSchedule}: Read; on playbackConfiguration, prefetchSchedule. */
  public static final Action GET_PREFETCH_SCHEDULE = Action.of(PREFIX, "GetPrefetchSchedule");

  /** {@code mediatailor:ListAlerts}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ALERTS = Action.of(PREFIX, "ListAlerts");

  /** {@code mediatailor:ListChannels}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CHANNELS = Action.of(PREFIX, "ListChannels");

  /** {@code mediatailor:ListLiveSources}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_LIVE_SOURCES = Action.of(PREFIX, "ListLiveSources");

  /** {@code mediatailor:ListPlaybackConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PLAYBACK_CONFIGURATIONS = Action.of(PREFIX, "ListPlaybackConfigurations");

  /** {@code mediatailor:ListPrefetchSchedules}: List; on playbackConfiguration. */
  public static final Action LIST_PREFETCH_SCHEDULES = Action.of(PREFIX, "ListPrefetchSchedules");

  /** {@code mediatailor:ListSourceLocations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SOURCE_LOCATIONS = Action.of(PREFIX, "ListSourceLocations");

  /** {@code mediatailor:ListTagsForResource}: Read; on channel, liveSource, playbackConfiguration, sourceLocation, vodSource. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code mediatailor:ListVodSources}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_VOD_SOURCES = Action.of(PREFIX, "ListVodSources");

  /** {@code mediatailor:PutChannelPolicy}: Permissions management; on channel. */
  public static final Action PUT_CHANNEL_POLICY = Action.of(PREFIX, "PutChannelPolicy");

  /** {@code mediatailor:PutPlaybackConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_PLAYBACK_CONFIGURATION = Action.of(PREFIX, "PutPlaybackConfiguration");

  /** {@code mediatailor:StartChannel}: Write; on channel. */
  public static final Action START_CHANNEL = Action.of(PREFIX, "StartChannel");

  /** {@code mediatailor:StopChannel}: Write; on channel. */
  public static final Action STOP_CHANNEL = Action.of(PREFIX, "StopChannel");

  /** {@code mediatailor:TagResource}: Tagging; on channel, liveSource, playbackConfiguration, sourceLocation, vodSource. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code mediatailor:UntagResource}: Tagging; on channel, liveSource, playbackConfiguration, sourceLocation, vodSource. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code mediatailor:UpdateChannel}: Write; on channel. */
  public static final Action UPDATE_CHANNEL = Action.of(PREFIX, "UpdateChannel");

  /** {@code mediatailor:UpdateLiveSource}: Write; on liveSource. */
  public static final Action UPDATE_LIVE_SOURCE = Action.of(PREFIX, "UpdateLiveSource");

  /** {@code mediatailor:UpdateProgram}: Write; on program. */
  public static final Action UPDATE_PROGRAM = Action.of(PREFIX, "UpdateProgram");

  /** {@code mediatailor:UpdateSourceLocation}: Write; on sourceLocation. */
  public static final Action UPDATE_SOURCE_LOCATION = Action.of(PREFIX, "UpdateSourceLocation");

  /** {@code mediatailor:UpdateVodSource}: Write; on vodSource. */
  public static final Action UPDATE_VOD_SOURCE = Action.of(PREFIX, "UpdateVodSource");

  private Mediatailor() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
