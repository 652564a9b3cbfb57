// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elemental MediaPackage V2 (prefix {@code mediapackagev2}), as the service authorization reference lists them.
 */
public final class Mediapackagev2 {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mediapackagev2";

  /** {@code mediapackagev2:CancelHarvestJob}: Write; on Channel, ChannelGroup, HarvestJob, OriginEndpoint. */
  public static final Action CANCEL_HARVEST_JOB = Action.of(PREFIX, "CancelHarvestJob");

  /** {@code mediapackagev2:CreateChannel}: Write; on Channel, ChannelGroup. */
  public static final Action CREATE_CHANNEL = Action.of(PREFIX, "CreateChannel");

  /** {@code mediapackagev2:CreateChannelGroup}: Write; on ChannelGroup. */
  public static final Action CREATE_CHANNEL_GROUP = Action.of(PREFIX, "CreateChannelGroup");

  /** {@code mediapackagev2:CreateHarvestJob}: Write; on Channel, ChannelGroup, HarvestJob, OriginEndpoint. */
  public static final Action CREATE_HARVEST_JOB = Action.of(PREFIX, "CreateHarvestJob");

  /** {@code mediapackagev2:CreateOriginEndpoint}: Write; on Channel, ChannelGroup, OriginEndpoint. */
  public static final Action CREATE_ORIGIN_ENDPOINT = Action.of(PREFIX, "CreateOriginEndpoint");

  /** {@code mediapackagev2:DeleteChannel}: Write; on Channel, ChannelGroup. */
  public static final Action DELETE_CHANNEL = Action.of(PREFIX, "DeleteChannel");

  /** {@code mediapackagev2:DeleteChannelGroup}: Write; on ChannelGroup. */
  public static final Action DELETE_CHANNEL_GROUP = Action.of(PREFIX, "DeleteChannelGroup");

  /** {@code mediapackagev2:DeleteChannelPolicy}: Write; on Channel, ChannelGroup, ChannelPolicy. */
  public static final Action DELETE_CHANNEL_POLICY = Action.of(PREFIX, "DeleteChannelPolicy");

  /** {@code mediapackagev2:DeleteOriginEndpoint}: Write; on Channel, ChannelGroup, OriginEndpoint. */
  public static final Action DELETE_ORIGIN_ENDPOINT = Action.of(PREFIX, "DeleteOriginEndpoint");

  /** {@code mediapackagev2:DeleteOriginEndpointPolicy}: Write; on Channel, ChannelGroup, OriginEndpoint, OriginEndpointPolicy. */
  public static final Action DELETE_ORIGIN_ENDPOINT_POLICY = Action.of(PREFIX, "DeleteOriginEndpointPolicy");

  /** {@code mediapackagev2:GetChannel}: Read; on Channel, ChannelGroup. */
  public static final Action GET_CHANNEL = Action.of(PREFIX, "GetChannel");

  /** {@code mediapackagev2:GetChannelGroup}: Read; on ChannelGroup. */
  public static final Action GET_CHANNEL_GROUP = Action.of(PREFIX, "GetChannelGroup");

  /** {@code mediapackagev2:GetChannelPolicy}: Read; on Channel, ChannelGroup, ChannelPolicy. */
  public static final Action GET_CHANNEL_POLICY = Action.of(PREFIX, "GetChannelPolicy");

  /** {@code mediapackagev2:GetHarvestJob}: Read; on Channel, ChannelGroup, HarvestJob, OriginEndpoint. */
  public static final Action GET_HARVEST_JOB = Action.of(PREFIX, "GetHarvestJob");

  /** {@code mediapackagev2:GetHeadObject}: Read; on OriginEndpoint. */
  public static final Action GET_HEAD_OBJECT = Action.of(PREFIX, "GetHeadObject");

  /** {@code mediapackagev2:GetObject}: Read; on OriginEndpoint. */
  public static final Action GET_OBJECT = Action.of(PREFIX, "GetObject");

  /** {@code mediapackagev2:GetOriginEndpoint}: Read; on Channel, ChannelGroup, OriginEndpoint. */
  public static final Action GET_ORIGIN_ENDPOINT = Action.of(PREFIX, "GetOriginEndpoint");

  /** {@code mediapackagev2:GetOriginEndpointPolicy}: Read; on Channel, ChannelGroup, OriginEndpoint, OriginEndpointPolicy. */
  public static final Action GET_ORIGIN_ENDPOINT_POLICY = Action.of(PREFIX, "GetOriginEndpointPolicy");

  /** {@code mediapackagev2:HarvestObject}: Read; on OriginEndpoint. */
  public static final Action HARVEST_OBJECT = Action.of(PREFIX, "HarvestObject");

  /** {@code mediapackagev2:ListChannelGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CHANNEL_GROUPS = Action.of(PREFIX, "ListChannelGroups");

  /** {@code mediapackagev2:ListChannels}: List; on ChannelGroup. */
  public static final Action LIST_CHANNELS = Action.of(PREFIX, "ListChannels");

  /** {@code mediapackagev2:ListHarvestJobs}: List; on ChannelGroup. */
  public static final Action LIST_HARVEST_JOBS = Action.of(PREFIX, "ListHarvestJobs");

  /** {@code mediapackagev2:ListOriginEndpoints}: List; on Channel, ChannelGroup. */
  public static final Action LIST_ORIGIN_ENDPOINTS = Action.of(PREFIX, "ListOriginEndpoints");

  /** {@code mediapackagev2:ListTagsForResource}: Read; on Channel, ChannelGroup, HarvestJob, OriginEndpoint. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code mediapackagev2:PutChannelPolicy}: Write; on Channel, ChannelGroup, ChannelPolicy. */
  public static final Action PUT_CHANNEL_POLICY = Action.of(PREFIX, "PutChannelPolicy");

  /** {@code mediapackagev2:PutObject}: Write; on Channel. */
  public static final Action PUT_OBJECT = Action.of(PREFIX, "PutObject");

  /** {@code mediapackagev2:PutOriginEndpointPolicy}: Write; on Channel, ChannelGroup, OriginEndpoint, OriginEndpointPolicy. */
  public static final Action PUT_ORIGIN_ENDPOINT_POLICY = Action.of(PREFIX, "PutOriginEndpointPolicy");

  /** {@code mediapackagev2:ResetChannelState}: Write; on Channel, ChannelGroup. */
  public static final Action RESET_CHANNEL_STATE = Action.of(PREFIX, "ResetChannelState");

  /** {@code mediapackagev2:ResetOriginEndpointState}: Write; on Channel, ChannelGroup, OriginEndpoint. */
  public static final Action RESET_ORIGIN_ENDPOINT_STATE = Action.of(PREFIX, "ResetOriginEndpointState");

  /** {@code mediapackagev2:TagResource}: Tagging; on Channel, ChannelGroup, HarvestJob, OriginEndpoint. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code mediapackagev2:UntagResource}: Tagging; on Channel, ChannelGroup, HarvestJob, OriginEndpoint. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code mediapackagev2:UpdateChannel}: Write; on Channel, ChannelGroup. */
  public static final Action UPDATE_CHANNEL = Action.of(PREFIX, "UpdateChannel");

  /** {@code mediapackagev2:UpdateChannelGroup}: Write; on ChannelGroup. */
  public static final Action UPDATE_CHANNEL_GROUP = Action.of(PREFIX, "UpdateChannelGroup");

  /** {@code mediapackagev2:UpdateOriginEndpoint}: Write; on Channel, ChannelGroup, OriginEndpoint. */
  public static final Action UPDATE_ORIGIN_ENDPOINT = Action.of(PREFIX, "UpdateOriginEndpoint");

  private Mediapackagev2() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
