// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Kinesis Video Streams (prefix {@code kinesisvideo}), as the service authorization reference lists them.
 */
public final class Kinesisvideo {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "kinesisvideo";

  /** {@code kinesisvideo:ConnectAsMaster}: Write; on channel. */
  public static final Action CONNECT_AS_MASTER = Action.of(PREFIX, "ConnectAsMaster");

  /** {@code kinesisvideo:ConnectAsViewer}: Write; on channel. */
  public static final Action CONNECT_AS_VIEWER = Action.of(PREFIX, "ConnectAsViewer");

  /** {@code kinesisvideo:CreateSignalingChannel}: Write; on channel. */
  public static final Action CREATE_SIGNALING_CHANNEL = Action.of(PREFIX, "CreateSignalingChannel");

  /** {@code kinesisvideo:CreateStream}: Write; on stream. */
  public static final Action CREATE_STREAM = Action.of(PREFIX, "CreateStream");

  /** {@code kinesisvideo:DeleteEdgeConfiguration}: Write; on stream. */
  public static final Action DELETE_EDGE_CONFIGURATION = Action.of(PREFIX, "DeleteEdgeConfiguration");

  /** {@code kinesisvideo:DeleteSignalingChannel}: Write; on channel. */
  public static final Action DELETE_SIGNALING_CHANNEL = Action.of(PREFIX, "DeleteSignalingChannel");

  /** {@code kinesisvideo:DeleteStream}: Write; on stream. */
  public static final Action DELETE_STREAM = Action.of(PREFIX, "DeleteStream");

  /** {@code kinesisvideo:DescribeEdgeConfiguration}: Read; on stream. */
  public static final Action DESCRIBE_EDGE_CONFIGURATION = Action.of(PREFIX, "DescribeEdgeConfiguration");

  /** {@code kinesisvideo:DescribeImageGenerationConfiguration}: Read; on stream. */
  public static final Action DESCRIBE_IMAGE_GENERATION_CONFIGURATION = Action.of(PREFIX, "DescribeImageGenerationConfiguration");

  /** {@code kinesisvideo:DescribeMappedResourceConfiguration}: List; on stream. */
  public static final Action DESCRIBE_MAPPED_RESOURCE_CONFIGURATION = Action.of(PREFIX, "DescribeMappedResourceConfiguration");

  /** {@code kinesisvideo:DescribeMediaStorageConfiguration}: Read; on channel. */
  public static final Action DESCRIBE_MEDIA_STORAGE_CONFIGURATION = Action.of(PREFIX, "DescribeMediaStorageConfiguration");

  /** {@code kinesisvideo:DescribeNotificationConfiguration}: Read; on stream. */
  public static final Action DESCRIBE_NOTIFICATION_CONFIGURATION = Action.of(PREFIX, "DescribeNotificationConfiguration");

  /** {@code kinesisvideo:DescribeSignalingChannel}: List; on channel. */
  public static final Action DESCRIBE_SIGNALING_CHANNEL = Action.of(PREFIX, "DescribeSignalingChannel");

  /** {@code kinesisvideo:DescribeStream}: List; on stream. */
  public static final Action DESCRIBE_STREAM = Action.of(PREFIX, "DescribeStream");

  /** {@code kinesisvideo:DescribeStreamStorageConfiguration}: Read; on stream. */
  public static final Action DESCRIBE_STREAM_STORAGE_CONFIGURATION = Action.of(PREFIX, "DescribeStreamStorageConfiguration");

  /** {@code kinesisvideo:GetClip}: Read; on stream. */
  public static final Action GET_CLIP = Action.of(PREFIX, "GetClip");

  /** {@code kinesisvideo:GetDASHStreamingSessionURL}: Read; on stream. */
  public static final Action GET_DASH_STREAMING_SESSION_URL = Action.of(PREFIX, "GetDASHStreamingSessionURL");

  /** {@code kinesisvideo:GetDataEndpoint}: Read; on stream. */
  public static final Action GET_DATA_ENDPOINT = Action.of(PREFIX, "GetDataEndpoint");

  /** {@code kinesisvideo:GetHLSStreamingSessionURL}: Read; on stream. */
  public static final Action GET_HLS_STREAMING_SESSION_URL = Action.of(PREFIX, "GetHLSStreamingSessionURL");

  /** {@code kinesisvideo:GetIceServerConfig}: Read; on channel. */
  public static final Action GET_ICE_SERVER_CONFIG = Action.of(PREFIX, "GetIceServerConfig");

  /** {@code kinesisvideo:GetImages}: Read; on stream. */
  public static final Action GET_IMAGES = Action.of(PREFIX, "GetImages");

  /** {@code kinesisvideo:GetMedia}: Read; on stream. */
  public static final Action GET_MEDIA = Action.of(PREFIX, "GetMedia");

  /** {@code kinesisvideo:GetMediaForFragmentList}: Read; on stream. */
  public static final Action GET_MEDIA_FOR_FRAGMENT_LIST = Action.of(PREFIX, "GetMediaForFragmentList");

  /** {@code kinesisvideo:GetSignalingChannelEndpoint}: Read; on channel. */
  public static final Action GET_SIGNALING_CHANNEL_ENDPOINT = Action.of(PREFIX, "GetSignalingChannelEndpoint");

  /** {@code kinesisvideo:JoinStorageSession}: Write; on channel. */
  public static final Action JOIN_STORAGE_SESSION = Action.of(PREFIX, "JoinStorageSession");

  /** {@code kinesisvideo:JoinStorageSessionAsViewer}: Write; on channel. */
  public static final Action JOIN_STORAGE_SESSION_AS_VIEWER = Action.of(PREFIX, "JoinStorageSessionAsViewer");

  /** {@code kinesisvideo:ListEdgeAgentConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EDGE_AGENT_CONFIGURATIONS = Action.of(PREFIX, "ListEdgeAgentConfigurations");

  /** {@code kinesisvideo:ListFragments}: List; on stream. */
  public static final Action LIST_FRAGMENTS = Action.of(PREFIX, "ListFragments");

  /** {@code kinesisvideo:ListSignalingChannels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SIGNALING_CHANNELS = Action.of(PREFIX, "ListSignalingChannels");

  /** {@code kinesisvideo:ListStreams}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STREAMS = Action.of(PREFIX, "ListStreams");

  /** {@code kinesisvideo:ListTagsForResource}: Read; on channel, stream. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code kinesisvideo:ListTagsForStream}: Read; on stream. */
  public static final Action LIST_TAGS_FOR_STREAM = Action.of(PREFIX, "ListTagsForStream");

  /** {@code kinesisvideo:PutMedia}: Write; on stream. */
  public static final Action PUT_MEDIA = Action.of(PREFIX, "PutMedia");

  /** {@code kinesisvideo:SendAlexaOfferToMaster}: Write; on channel. */
  public static final Action SEND_ALEXA_OFFER_TO_MASTER = Action.of(PREFIX, "SendAlexaOfferToMaster");

  /** {@code kinesisvideo:StartEdgeConfigurationUpdate}: Write; on stream. */
  public static final Action START_EDGE_CONFIGURATION_UPDATE = Action.of(PREFIX, "StartEdgeConfigurationUpdate");

  /** {@code kinesisvideo:TagResource}: Tagging; on channel, stream. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code kinesisvideo:TagStream}: Tagging; on stream. */
  public static final Action TAG_STREAM = Action.of(PREFIX, "TagStream");

  /** {@code kinesisvideo:UntagResource}: Tagging; on channel, stream. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code kinesisvideo:UntagStream}: Tagging; on stream. */
  public static final Action UNTAG_STREAM = Action.of(PREFIX, "UntagStream");

  /** {@code kinesisvideo:UpdateDataRetention}: Write; on stream. */
  public static final Action UPDATE_DATA_RETENTION = Action.of(PREFIX, "UpdateDataRetention");

  /** {@code kinesisvideo:UpdateImageGenerationConfiguration}: Write; on stream. */
  public static final Action UPDATE_IMAGE_GENERATION_CONFIGURATION = Action.of(PREFIX, "UpdateImageGenerationConfiguration");

  /** {@code kinesisvideo:UpdateMediaStorageConfiguration}: Write; on channel. */
  public static final Action UPDATE_MEDIA_STORAGE_CONFIGURATION = Action.of(PREFIX, "UpdateMediaStorageConfiguration");

  /** {@code kinesisvideo:UpdateNotificationConfiguration}: Write; on stream. */
  public static final Action UPDATE_NOTIFICATION_CONFIGURATION = Action.of(PREFIX, "UpdateNotificationConfiguration");

  /** {@code kinesisvideo:UpdateSignalingChannel}: Write; on channel. */
  public static final Action UPDATE_SIGNALING_CHANNEL = Action.of(PREFIX, "UpdateSignalingChannel");

  /** {@code kinesisvideo:UpdateStream}: Write; on stream. */
  public static final Action UPDATE_STREAM = Action.of(PREFIX, "UpdateStream");

  /** {@code kinesisvideo:UpdateStreamStorageConfiguration}: Write; on stream. */
  public static final Action UPDATE_STREAM_STORAGE_CONFIGURATION = Action.of(PREFIX, "UpdateStreamStorageConfiguration");

  private Kinesisvideo() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
