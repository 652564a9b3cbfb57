// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Batch (prefix {@code batch}), as the service authorization reference lists them.
 */
public final class Batch {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "batch";

  /** {@code batch:CancelJob}: Write; on job. */
  public static final Action CANCEL_JOB = Action.of(PREFIX, "CancelJob");

  /** {@code batch:CreateComputeEnvironment}: Write; on compute-environment. */
  public static final Action CREATE_COMPUTE_ENVIRONMENT = Action.of(PREFIX, "CreateComputeEnvironment");

  /** {@code batch:CreateConsumableResource}: Write; on consumable-resource. */
  public static final Action CREATE_CONSUMABLE_RESOURCE = Action.of(PREFIX, "CreateConsumableResource");

  /** {@code batch:CreateJobQueue}: Write; on compute-environment, job-queue, scheduling-policy, service-environment. */
  public static final Action CREATE_JOB_QUEUE = Action.of(PREFIX, "CreateJobQueue");

  /** {@code batch:CreateQuotaShare}: Write; on job-queue, quota-share. */
  public static final Action CREATE_QUOTA_SHARE = Action.of(PREFIX, "CreateQuotaShare");

  /** {@code batch:CreateSchedulingPolicy}: Write; on scheduling-policy. */
  public static final Action CREATE_SCHEDULING_POLICY = Action.of(PREFIX, "CreateSchedulingPolicy");

  /** {@code batch:CreateServiceEnvironment}: Write; on service-environment. */
  public static final Action CREATE_SERVICE_ENVIRONMENT = Action.of(PREFIX, "CreateServiceEnvironment");

  /** {@code batch:DeleteComputeEnvironment}: Write; on compute-environment. */
  public static final Action DELETE_COMPUTE_ENVIRONMENT = Action.of(PREFIX, "DeleteComputeEnvironment");

  /** {@code batch:DeleteConsumableResource}: Write; on consumable-resource. */
  public static final Action DELETE_CONSUMABLE_RESOURCE = Action.of(PREFIX, "DeleteConsumableResource");

  /** {@code batch:DeleteJobQueue}: Write; on job-queue. */
  public static final Action DELETE_JOB_QUEUE = Action.of(PREFIX, "DeleteJobQueue");

  /** {@code batch:DeleteQuotaShare}: Write; on quota-share. */
  public static final Action DELETE_QUOTA_SHARE = Action.of(PREFIX, "DeleteQuotaShare");

  /** {@code batch:DeleteSchedulingPolicy}: Write; on scheduling-policy. */
  public static final Action DELETE_SCHEDULING_POLICY = Action.of(PREFIX, "DeleteSchedulingPolicy");

  /** {@code batch:DeleteServiceEnvironment}: Write; on service-environment. */
  public static final Action DELETE_SERVICE_ENVIRONMENT = Action.of(PREFIX, "DeleteServiceEnvironment");

  /** {@code batch:DeregisterJobDefinition}: Write; on job-definition-revision. */
  public static final Action DEREGISTER_JOB_DEFINITION = Action.of(PREFIX, "DeregisterJobDefinition");

  /** {@code batch:DescribeComputeEnvironments}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_COMPUTE_ENVIRONMENTS = Action.of(PREFIX, "DescribeComputeEnvironments");

  /** {@code batch:DescribeConsumableResource}: Read; on consumable-resource. */
  public static final Action DESCRIBE_CONSUMABLE_RESOURCE = Action.of(PREFIX, "DescribeConsumableResource");

  /** {@code batch:DescribeJobDefinitions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_JOB_DEFINITIONS = Action.of(PREFIX, "DescribeJobDefinitions");

  /** {@code batch:DescribeJobQueues}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_JOB_QUEUES = Action.of(PREFIX, "DescribeJobQueues");

  /** {@code batch:DescribeJobs}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_JOBS = Action.of(PREFIX, "DescribeJobs");

  /** {@code batch:DescribeQuotaShare}: Read; on quota-share. */
  public static final Action DESCRIBE_QUOTA_SHARE = Action.of(PREFIX, "DescribeQuotaShare");

  /** {@code batch:DescribeSchedulingPolicies}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SCHEDULING_POLICIES = Action.of(PREFIX, "DescribeSchedulingPolicies");

  /** {@code batch:DescribeServiceEnvironments}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SERVICE_ENVIRONMENTS = Action.of(PREFIX, "DescribeServiceEnvironments");

  /** {@code batch:DescribeServiceJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SERVICE_JOB = Action.of(PREFIX, "DescribeServiceJob");

  /** {@code batch:GetJobQueueSnapshot}: Read; on job-queue. */
  public static final Action GET_JOB_QUEUE_SNAPSHOT = Action.of(PREFIX, "GetJobQueueSnapshot");

  /** {@code batch:ListConsumableResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONSUMABLE_RESOURCES = Action.of(PREFIX, "ListConsumableResources");

  /** {@code batch:ListJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_JOBS = Action.of(PREFIX, "ListJobs");

  /** {@code batch:ListJobsByConsumableResource}: List; on consumable-resource. */
  public static final Action LIST_JOBS_BY_CONSUMABLE_RESOURCE = Action.of(PREFIX, "ListJobsByConsumableResource");

  /** {@code batch:ListQuotaShares}: List; on job-queue. */
  public static final Action LIST_QUOTA_SHARES = Action.of(PREFIX, "ListQuotaShares");

  /** {@code batch:ListSchedulingPolicies}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SCHEDULING_POLICIES = Action.of(PREFIX, "ListSchedulingPolicies");

  /** {@code batch:ListServiceJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_JOBS = Action.of(PREFIX, "ListServiceJobs");

  /** {@code batch:ListTagsForResource}: Read; on compute-environment, consumable-resource, job, job-definition-revision, job-queue, quota-share, scheduling-policy, service-environment, service-job. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code batch:RegisterJobDefinition}: Write; on consumable-resource, job-definition. */
  public static final Action REGISTER_JOB_DEFINITION = Action.of(PREFIX, "RegisterJobDefinition");

  /** {@code batch:SubmitJob}: Write; on consumable-resource, job, job-definition, job-definition-revision, job-queue. */
  public static final Action SUBMIT_JOB = Action.of(PREFIX, "SubmitJob");

  /** {@code batch:SubmitServiceJob}: Write; on job-queue, quota-share, service-job. */
  public static final Action SUBMIT_SERVICE_JOB = Action.of(PREFIX, "SubmitServiceJob");

  /** {@code batch:TagResource}: Tagging; on compute-environment, consumable-resource, job, job-definition-revision, job-queue, quota-share, scheduling-policy, service-environment, service-job. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code batch:TerminateJob}: Write; on job. */
  public static final Action TERMINATE_JOB = Action.of(PREFIX, "TerminateJob");

  /** {@code batch:TerminateServiceJob}: Write; on service-job. */
  public static final Action TERMINATE_SERVICE_JOB = Action.of(PREFIX, "TerminateServiceJob");

  /** {@code batch:UntagResource}: Tagging; on compute-environment, consumable-resource, job, job-definition-revision, job-queue, quota-share, scheduling-policy, service-environment, service-job. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code batch:UpdateComputeEnvironment}: Write; on compute-environment. */
  public static final Action UPDATE_COMPUTE_ENVIRONMENT = Action.of(PREFIX, "UpdateComputeEnvironment");

  /** {@code batch:UpdateConsumableResource}: Write; on consumable-resource. */
  public static final Action UPDATE_CONSUMABLE_RESOURCE = Action.of(PREFIX, "UpdateConsumableResource");

  /** {@code batch:UpdateJobQueue}: Write; on compute-environment, job-queue, scheduling-policy. */
  public static final Action UPDATE_JOB_QUEUE = Action.of(PREFIX, "UpdateJobQueue");

  /** {@code batch:UpdateQuotaShare}: Write; on quota-share. */
  public static final Action UPDATE_QUOTA_SHARE = Action.of(PREFIX, "UpdateQuotaShare");

  /** {@code batch:UpdateSchedulingPolicy}: Write; on scheduling-policy. */
  public static final Action UPDATE_SCHEDULING_POLICY = Action.of(PREFIX, "UpdateSchedulingPolicy");

  /** {@code batch:UpdateServiceEnvironment}: Write; on service-environment. */
  public static final Action UPDATE_SERVICE_ENVIRONMENT = Action.of(PREFIX, "UpdateServiceEnvironment");

  /** {@code batch:UpdateServiceJob}: Write; on service-job. */
  public static final Action UPDATE_SERVICE_JOB = Action.of(PREFIX, "UpdateServiceJob");

  private Batch() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
