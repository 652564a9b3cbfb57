// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elemental MediaPackage (prefix {@code mediapackage}), as the service authorization reference lists them.
 */
public final class Mediapackage {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mediapackage";

  /** {@code mediapackage:ConfigureLogs}: Write; on channels. */
  public static final Action CONFIGURE_LOGS = Action.of(PREFIX, "ConfigureLogs");

  /** {@code mediapackage:CreateChannel}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CHANNEL = Action.of(PREFIX, "CreateChannel");

  /** {@code mediapackage:CreateHarvestJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_HARVEST_JOB = Action.of(PREFIX, "CreateHarvestJob");

  /** {@code mediapackage:CreateOriginEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ORIGIN_ENDPOINT = Action.of(PREFIX, "CreateOriginEndpoint");

  /** {@code mediapackage:DeleteChannel}: Write; on channels. */
  public static final Action DELETE_CHANNEL = Action.of(PREFIX, "DeleteChannel");

  /** {@code mediapackage:DeleteOriginEndpoint}: Write; on origin_endpoints. */
  public static final Action DELETE_ORIGIN_ENDPOINT = Action.of(PREFIX, "DeleteOriginEndpoint");

  /** {@code mediapackage:DescribeChannel}: Read; on channels. */
  public static final Action DESCRIBE_CHANNEL = Action.of(PREFIX, "DescribeChannel");

  /** {@code mediapackage:DescribeHarvestJob}: Read; on harvest_jobs. */
  public static final Action DESCRIBE_HARVEST_JOB = Action.of(PREFIX, "DescribeHarvestJob");

  /** {@code mediapackage:DescribeOriginEndpoint}: Read; on origin_endpoints. */
  public static final Action DESCRIBE_ORIGIN_ENDPOINT = Action.of(PREFIX, "DescribeOriginEndpoint");

  /** {@code mediapackage:ListChannels}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CHANNELS = Action.of(PREFIX, "ListChannels");

  /** {@code mediapackage:ListHarvestJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_HARVEST_JOBS = Action.of(PREFIX, "ListHarvestJobs");

  /** {@code mediapackage:ListOriginEndpoints}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ORIGIN_ENDPOINTS = Action.of(PREFIX, "ListOriginEndpoints");

  /** {@code mediapackage:ListTagsForResource}: Read; on channels, harvest_jobs, origin_endpoints. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code mediapackage:RotateChannelCredentials}: Write; on channels. */
  public static final Action ROTATE_CHANNEL_CREDENTIALS = Action.of(PREFIX, "RotateChannelCredentials");

  /** {@code mediapackage:RotateIngestEndpointCredentials}: Permissions management; on channels. */
  public static final Action ROTATE_INGEST_ENDPOINT_CREDENTIALS = Action.of(PREFIX, "RotateIngestEndpointCredentials");

  /** {@code mediapackage:TagResource}: Tagging; on channels, harvest_jobs, origin_endpoints. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code mediapackage:UntagResource}: Tagging; on channels, harvest_jobs, origin_endpoints. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code mediapackage:UpdateChannel}: Write; on channels. */
  public static final Action UPDATE_CHANNEL = Action.of(PREFIX, "UpdateChannel");

  /** {@code mediapackage:UpdateOriginEndpoint}: Write; on origin_endpoints. */
  public static final Action UPDATE_ORIGIN_ENDPOINT = Action.of(PREFIX, "UpdateOriginEndpoint");

  private Mediapackage() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
