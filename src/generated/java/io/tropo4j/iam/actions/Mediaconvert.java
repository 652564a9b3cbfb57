// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elemental MediaConvert (prefix {@code mediaconvert}), as the service authorization reference lists them.
 */
public final class Mediaconvert {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mediaconvert";

  /** {@code mediaconvert:AssociateCertificate}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_CERTIFICATE = Action.of(PREFIX, "AssociateCertificate");

  /** {@code mediaconvert:CancelJob}: Write; on Job. */
  public static final Action CANCEL_JOB = Action.of(PREFIX, "CancelJob");

  /** {@code mediaconvert:CreateJob}: Write; on JobTemplate, Preset, Queue. */
  public static final Action CREATE_JOB = Action.of(PREFIX, "CreateJob");

  /** {@code mediaconvert:CreateJobTemplate}: Write; on Preset, Queue. */
  public static final Action CREATE_JOB_TEMPLATE = Action.of(PREFIX, "CreateJobTemplate");

  /** {@code mediaconvert:CreatePreset}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PRESET = Action.of(PREFIX, "CreatePreset");

  /** {@code mediaconvert:CreateQueue}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_QUEUE = Action.of(PREFIX, "CreateQueue");

  /** {@code mediaconvert:CreateResourceShare}: Write; on Job. */
  public static final Action CREATE_RESOURCE_SHARE = Action.of(PREFIX, "CreateResourceShare");

  /** {@code mediaconvert:DeleteJobTemplate}: Write; on JobTemplate. */
  public static final Action DELETE_JOB_TEMPLATE = Action.of(PREFIX, "DeleteJobTemplate");

  /** {@code mediaconvert:DeletePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_POLICY = Action.of(PREFIX, "DeletePolicy");

  /** {@code mediaconvert:DeletePreset}: Write; on Preset. */
  public static final Action DELETE_PRESET = Action.of(PREFIX, "DeletePreset");

  /** {@code mediaconvert:DeleteQueue}: Write; on Queue. */
  public static final Action DELETE_QUEUE = Action.of(PREFIX, "DeleteQueue");

  /** {@code mediaconvert:DescribeEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENDPOINTS = Action.of(PREFIX, "DescribeEndpoints");

  /** {@code mediaconvert:DisassociateCertificate}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_CERTIFICATE = Action.of(PREFIX, "DisassociateCertificate");

  /** {@code mediaconvert:GetJob}: Read; on Job. */
  public static final Action GET_JOB = Action.of(PREFIX, "GetJob");

  /** {@code mediaconvert:GetJobTemplate}: Read; on JobTemplate. */
  public static final Action GET_JOB_TEMPLATE = Action.of(PREFIX, "GetJobTemplate");

  /** {@code mediaconvert:GetPolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_POLICY = Action.of(PREFIX, "GetPolicy");

  /** {@code mediaconvert:GetPreset}: Read; on Preset. */
  public static final Action GET_PRESET = Action.of(PREFIX, "GetPreset");

  /** {@code mediaconvert:GetQueue}: Read; on Queue. */
  public static final Action GET_QUEUE = Action.of(PREFIX, "GetQueue");

  /** {@code mediaconvert:ListJobTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_JOB_TEMPLATES = Action.of(PREFIX, "ListJobTemplates");

  /** {@code mediaconvert:ListJobs}: List; on Queue. */
  public static final Action LIST_JOBS = Action.of(PREFIX, "ListJobs");

  /** {@code mediaconvert:ListPresets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PRESETS = Action.of(PREFIX, "ListPresets");

  /** {@code mediaconvert:ListQueues}: List; on no resource type (give {@code *}). */
  public static final Action LIST_QUEUES = Action.of(PREFIX, "ListQueues");

  /** {@code mediaconvert:ListTagsForResource}: Read; on Job, JobTemplate, Preset, Queue. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code mediaconvert:ListVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VERSIONS = Action.of(PREFIX, "ListVersions");

  /** {@code mediaconvert:Probe}: Read; on no resource type (give {@code *}). */
  public static final Action PROBE = Action.of(PREFIX, "Probe");

  /** {@code mediaconvert:PutPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_POLICY = Action.of(PREFIX, "PutPolicy");

  /** {@code mediaconvert:SearchJobs}: List; on Queue. */
  public static final Action SEARCH_JOBS = Action.of(PREFIX, "SearchJobs");

  /** {@code mediaconvert:TagResource}: Tagging; on Job, JobTemplate, Preset, Queue. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code mediaconvert:UntagResource}: Tagging; on Job, JobTemplate, Preset, Queue. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code mediaconvert:UpdateJobTemplate}: Write; on JobTemplate, Preset, Queue. */
  public static final Action UPDATE_JOB_TEMPLATE = Action.of(PREFIX, "UpdateJobTemplate");

  /** {@code mediaconvert:UpdatePreset}: Write; on Preset. */
  public static final Action UPDATE_PRESET = Action.of(PREFIX, "UpdatePreset");

  /** {@code mediaconvert:UpdateQueue}: Write; on Queue. */
  public static final Action UPDATE_QUEUE = Action.of(PREFIX, "UpdateQueue");

  private Mediaconvert() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
