// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Deadline Cloud (prefix {@code deadline}), as the service authorization reference lists them.
 */
public final class Deadline {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "deadline";

  /** {@code deadline:AssociateMemberToFarm}: Permissions management; on farm. */
  public static final Action ASSOCIATE_MEMBER_TO_FARM = Action.of(PREFIX, "AssociateMemberToFarm");

  /** {@code deadline:AssociateMemberToFleet}: Permissions management; on fleet. */
  public static final Action ASSOCIATE_MEMBER_TO_FLEET = Action.of(PREFIX, "AssociateMemberToFleet");

  /** {@code deadline:AssociateMemberToJob}: Permissions management; on job. */
  public static final Action ASSOCIATE_MEMBER_TO_JOB = Action.of(PREFIX, "AssociateMemberToJob");

  /** {@code deadline:AssociateMemberToQueue}: Permissions management; on queue. */
  public static final Action ASSOCIATE_MEMBER_TO_QUEUE = Action.of(PREFIX, "AssociateMemberToQueue");

  /** {@code deadline:AssumeFleetRoleForRead}: Write; on fleet. */
  public static final Action ASSUME_FLEET_ROLE_FOR_READ = Action.of(PREFIX, "AssumeFleetRoleForRead");

  /** {@code deadline:AssumeFleetRoleForWorker}: Write; on worker. */
  public static final Action ASSUME_FLEET_ROLE_FOR_WORKER = Action.of(PREFIX, "AssumeFleetRoleForWorker");

  /** {@code deadline:AssumeQueueRoleForRead}: Write; on queue. */
  public static final Action ASSUME_QUEUE_ROLE_FOR_READ = Action.of(PREFIX, "AssumeQueueRoleForRead");

  /** {@code deadline:AssumeQueueRoleForUser}: Write; on queue. */
  public static final Action ASSUME_QUEUE_ROLE_FOR_USER = Action.of(PREFIX, "AssumeQueueRoleForUser");

  /** {@code deadline:AssumeQueueRoleForWorker}: Write; on queue, worker. */
  public static final Action ASSUME_QUEUE_ROLE_FOR_WORKER = Action.of(PREFIX, "AssumeQueueRoleForWorker");

  /** {@code deadline:BatchGetJobEntity}: Read; on worker. */
  public static final Action BATCH_GET_JOB_ENTITY = Action.of(PREFIX, "BatchGetJobEntity");

  /** {@code deadline:CopyJobTemplate}: Write; on job. */
  public static final Action COPY_JOB_TEMPLATE = Action.of(PREFIX, "CopyJobTemplate");

  /** {@code deadline:CreateBudget}: Write; on budget. */
  public static final Action CREATE_BUDGET = Action.of(PREFIX, "CreateBudget");

  /** {@code deadline:CreateFarm}: Write; on farm. */
  public static final Action CREATE_FARM = Action.of(PREFIX, "CreateFarm");

  /** {@code deadline:CreateFleet}: Write; on fleet. */
  public static final Action CREATE_FLEET = Action.of(PREFIX, "CreateFleet");

  /** {@code deadline:CreateJob}: Write; on job. */
  public static final Action CREATE_JOB = Action.of(PREFIX, "CreateJob");

  /** {@code deadline:CreateLicenseEndpoint}: Write; on license-endpoint. */
  public static final Action CREATE_LICENSE_ENDPOINT = Action.of(PREFIX, "CreateLicenseEndpoint");

  /** {@code deadline:CreateLimit}: Write; on farm. */
  public static final Action CREATE_LIMIT = Action.of(PREFIX, "CreateLimit");

  /** {@code deadline:CreateMonitor}: Write; on monitor. */
  public static final Action CREATE_MONITOR = Action.of(PREFIX, "CreateMonitor");

  /** {@code deadline:CreateQueue}: Write; on queue. */
  public static final Action CREATE_QUEUE = Action.of(PREFIX, "CreateQueue");

  /** {@code deadline:CreateQueueEnvironment}: Write; on queue. */
  public static final Action CREATE_QUEUE_ENVIRONMENT = Action.of(PREFIX, "CreateQueueEnvironment");

  /** {@code deadline:CreateQueueFleetAssociation}: Write; on fleet, queue. */
  public static final Action CREATE_QUEUE_FLEET_ASSOCIATION = Action.of(PREFIX, "CreateQueueFleetAssociation");

  /** {@code deadline:CreateQueueLimitAssociation}: Write; on farm, queue. */
  public static final Action CREATE_QUEUE_LIMIT_ASSOCIATION = Action.of(PREFIX, "CreateQueueLimitAssociation");

  /** {@code deadline:CreateStorageProfile}: Write; on farm. */
  public static final Action CREATE_STORAGE_PROFILE = Action.of(PREFIX, "CreateStorageProfile");

  /** {@code deadline:CreateWorker}: Write; on worker. */
  public static final Action CREATE_WORKER = Action.of(PREFIX, "CreateWorker");

  /** {@code deadline:DeleteBudget}: Write; on budget. */
  public static final Action DELETE_BUDGET = Action.of(PREFIX, "DeleteBudget");

  /** {@code deadline:DeleteFarm}: Write; on farm. */
  public static final Action DELETE_FARM = Action.of(PREFIX, "DeleteFarm");

  /** {@code deadline:DeleteFleet}: Write; on fleet. */
  public static final Action DELETE_FLEET = Action.of(PREFIX, "DeleteFleet");

  /** {@code deadline:DeleteLicenseEndpoint}: Write; on license-endpoint. */
  public static final Action DELETE_LICENSE_ENDPOINT = Action.of(PREFIX, "DeleteLicenseEndpoint");

  /** {@code deadline:DeleteLimit}: Write; on farm. */
  public static final Action DELETE_LIMIT = Action.of(PREFIX, "DeleteLimit");

  /** {@code deadline:DeleteMeteredProduct}: Write; on license-endpoint. */
  public static final Action DELETE_METERED_PRODUCT = Action.of(PREFIX, "DeleteMeteredProduct");

  /** {@code deadline:DeleteMonitor}: Write; on monitor. */
  public static final Action DELETE_MONITOR = Action.of(PREFIX, "DeleteMonitor");

  /** {@code deadline:DeleteQueue}: Write; on queue. */
  public static final Action DELETE_QUEUE = Action.of(PREFIX, "DeleteQueue");

  /** {@code deadline:DeleteQueueEnvironment}: Write; on queue. */
  public static final Action DELETE_QUEUE_ENVIRONMENT = Action.of(PREFIX, "DeleteQueueEnvironment");

  /** {@code deadline:DeleteQueueFleetAssociation}: Write; on fleet, queue. */
  public static final Action DELETE_QUEUE_FLEET_ASSOCIATION = Action.of(PREFIX, "DeleteQueueFleetAssociation");

  /** {@code deadline:DeleteQueueLimitAssociation}: Write; on farm, queue. */
  public static final Action DELETE_QUEUE_LIMIT_ASSOCIATION = Action.of(PREFIX, "DeleteQueueLimitAssociation");

  /** {@code deadline:DeleteStorageProfile}: Write; on farm. */
  public static final Action DELETE_STORAGE_PROFILE = Action.of(PREFIX, "DeleteStorageProfile");

  /** {@code deadline:DeleteWorker}: Write; on worker. */
  public static final Action DELETE_WORKER = Action.of(PREFIX, "DeleteWorker");

  /** {@code deadline:DisassociateMemberFromFarm}: Permissions management; on farm. */
  public static final Action DISASSOCIATE_MEMBER_FROM_FARM = Action.of(PREFIX, "DisassociateMemberFromFarm");

  /** {@code deadline:DisassociateMemberFromFleet}: Permissions management; on fleet. */
  public static final Action DISASSOCIATE_MEMBER_FROM_FLEET = Action.of(PREFIX, "DisassociateMemberFromFleet");

  /** {@code deadline:DisassociateMemberFromJob}: Permissions management; on job. */
  public static final Action DISASSOCIATE_MEMBER_FROM_JOB = Action.of(PREFIX, "DisassociateMemberFromJob");

  /** {@code deadline:DisassociateMemberFromQueue}: Permissions management; on queue. */
  public static final Action DISASSOCIATE_MEMBER_FROM_QUEUE = Action.of(PREFIX, "DisassociateMemberFromQueue");

  /** {@code deadline:GetApplicationVersion}: Read; on monitor. */
  public static final Action GET_APPLICATION_VERSION = Action.of(PREFIX, "GetApplicationVersion");

  /** {@code deadline:GetBudget}: Read; on budget. */
  public static final Action GET_BUDGET = Action.of(PREFIX, "GetBudget");

  /** {@code deadline:GetFarm}: Read; on farm. */
  public static final Action GET_FARM = Action.of(PREFIX, "GetFarm");

  /** {@code deadline:GetFleet}: Read; on fleet. */
  public static final Action GET_FLEET = Action.of(PREFIX, "GetFleet");

  /** {@code deadline:GetJob}: Read; on job. */
  public static final Action GET_JOB = Action.of(PREFIX, "GetJob");

  /** {@code deadline:GetJobTemplate}: Read; on job. */
  public static final Action GET_JOB_TEMPLATE = Action.of(PREFIX, "GetJobTemplate");

  /** {@code deadline:GetLicenseEndpoint}: Read; on license-endpoint. */
  public static final Action GET_LICENSE_ENDPOINT = Action.of(PREFIX, "GetLicenseEndpoint");

  /** {@code deadline:GetLimit}: Read; on farm. */
  public static final Action GET_LIMIT = Action.of(PREFIX, "GetLimit");

  /** {@code deadline:GetMonitor}: Read; on monitor. */
  public static final Action GET_MONITOR = Action.of(PREFIX, "GetMonitor");

  /** {@code deadline:GetQueue}: Read; on queue. */
  public static final Action GET_QUEUE = Action.of(PREFIX, "GetQueue");

  /** {@code deadline:GetQueueEnvironment}: Read; on queue. */
  public static final Action GET_QUEUE_ENVIRONMENT = Action.of(PREFIX, "GetQueueEnvironment");

  /** {@code deadline:GetQueueFleetAssociation}: Read; on fleet, queue. */
  public static final Action GET_QUEUE_FLEET_ASSOCIATION = Action.of(PREFIX, "GetQueueFleetAssociation");

  /** {@code deadline:GetQueueLimitAssociation}: Read; on farm, queue. */
  public static final Action GET_QUEUE_LIMIT_ASSOCIATION = Action.of(PREFIX, "GetQueueLimitAssociation");

  /** {@code deadline:GetSession}: Read; on job. */
  public static final Action GET_SESSION = Action.of(PREFIX, "GetSession");

  /** {@code deadline:GetSessionAction}: Read; on job. */
  public static final Action GET_SESSION_ACTION = Action.of(PREFIX, "GetSessionAction");

  /** {@code deadline:GetSessionsStatisticsAggregation}: Read; on farm, fleet, queue. */
  public static final Action GET_SESSIONS_STATISTICS_AGGREGATION = Action.of(PREFIX, "GetSessionsStatisticsAggregation");

  /** {@code deadline:GetStep}: Read; on job. */
  public static final Action GET_STEP = Action.of(PREFIX, "GetStep");

  /** {@code deadline:GetStorageProfile}: Read; on farm. */
  public static final Action GET_STORAGE_PROFILE = Action.of(PREFIX, "GetStorageProfile");

  /** {@code deadline:GetStorageProfileForQueue}: Read; on queue. */
  public static final Action GET_STORAGE_PROFILE_FOR_QUEUE = Action.of(PREFIX, "GetStorageProfileForQueue");

  /** {@code deadline:GetTask}: Read; on job. */
  public static final Action GET_TASK = Action.of(PREFIX, "GetTask");

  /** {@code deadline:GetWorker}: Read; on worker. */
  public static final Action GET_WORKER = Action.of(PREFIX, "GetWorker");

  /** {@code deadline:ListAvailableMeteredProducts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AVAILABLE_METERED_PRODUCTS = Action.of(PREFIX, "ListAvailableMeteredProducts");

  /** {@code deadline:ListBudgets}: List; on budget. */
  public static final Action LIST_BUDGETS = Action.of(PREFIX, "ListBudgets");

  /** {@code deadline:ListFarmMembers}: List; on farm. */
  public static final Action LIST_FARM_MEMBERS = Action.of(PREFIX, "ListFarmMembers");

  /** {@code deadline:ListFarms}: List; on farm. */
  public static final Action LIST_FARMS = Action.of(PREFIX, "ListFarms");

  /** {@code deadline:ListFleetMembers}: List; on fleet. */
  public static final Action LIST_FLEET_MEMBERS = Action.of(PREFIX, "ListFleetMembers");

  /** {@code deadline:ListFleets}: List; on fleet. */
  public static final Action LIST_FLEETS = Action.of(PREFIX, "ListFleets");

  /** {@code deadline:ListJobMembers}: List; on job. */
  public static final Action LIST_JOB_MEMBERS = Action.of(PREFIX, "ListJobMembers");

  /** {@code deadline:ListJobParameterDefinitions}: List; on job. */
  public static final Action LIST_JOB_PARAMETER_DEFINITIONS = Action.of(PREFIX, "ListJobParameterDefinitions");

  /** {@code deadline:ListJobs}: List; on job. */
  public static final Action LIST_JOBS = Action.of(PREFIX, "ListJobs");

  /** {@code deadline:ListLicenseEndpoints}: List; on license-endpoint. */
  public static final Action LIST_LICENSE_ENDPOINTS = Action.of(PREFIX, "ListLicenseEndpoints");

  /** {@code deadline:ListLimits}: List; on farm. */
  public static final Action LIST_LIMITS = Action.of(PREFIX, "ListLimits");

  /** {@code deadline:ListMeteredProducts}: List; on license-endpoint. */
  public static final Action LIST_METERED_PRODUCTS = Action.of(PREFIX, "ListMeteredProducts");

  /** {@code deadline:ListMonitors}: List; on monitor. */
  public static final Action LIST_MONITORS = Action.of(PREFIX, "ListMonitors");

  /** {@code deadline:ListQueueEnvironments}: List; on queue. */
  public static final Action LIST_QUEUE_ENVIRONMENTS = Action.of(PREFIX, "ListQueueEnvironments");

  /** {@code deadline:ListQueueFleetAssociations}: List; on farm, fleet, queue. */
  public static final Action LIST_QUEUE_FLEET_ASSOCIATIONS = Action.of(PREFIX, "ListQueueFleetAssociations");

  /** {@code deadline:ListQueueLimitAssociations}: List; on farm, queue. */
  public static final Action LIST_QUEUE_LIMIT_ASSOCIATIONS = Action.of(PREFIX, "ListQueueLimitAssociations");

  /** {@code deadline:ListQueueMembers}: List; on queue. */
  public static final Action LIST_QUEUE_MEMBERS = Action.of(PREFIX, "ListQueueMembers");

  /** {@code deadline:ListQueues}: List; on queue. */
  public static final Action LIST_QUEUES = Action.of(PREFIX, "ListQueues");

  /** {@code deadline:ListSessionActions}: List; on job. */
  public static final Action LIST_SESSION_ACTIONS = Action.of(PREFIX, "ListSessionActions");

  /** {@code deadline:ListSessions}: List; on job. */
  public static final Action LIST_SESSIONS = Action.of(PREFIX, "ListSessions");

  /** {@code deadline:ListSessionsForWorker}: List; on worker. */
  public static final Action LIST_SESSIONS_FOR_WORKER = Action.of(PREFIX, "ListSessionsForWorker");

  /** {@code deadline:ListStepConsumers}: List; on job. */
  public static final Action LIST_STEP_CONSUMERS = Action.of(PREFIX, "ListStepConsumers");

  /** {@code deadline:ListStepDependencies}: List; on job. */
  public static final Action LIST_STEP_DEPENDENCIES = Action.of(PREFIX, "ListStepDependencies");

  /** {@code deadline:ListSteps}: List; on job. */
  public static final Action LIST_STEPS = Action.of(PREFIX, "ListSteps");

  /** {@code deadline:ListStorageProfiles}: List; on farm. */
  public static final Action LIST_STORAGE_PROFILES = Action.of(PREFIX, "ListStorageProfiles");

  /** {@code deadline:ListStorageProfilesForQueue}: List; on queue. */
  public static final Action LIST_STORAGE_PROFILES_FOR_QUEUE = Action.of(PREFIX, "ListStorageProfilesForQueue");

  /** {@code deadline:ListTagsForResource}: Read; on budget, farm, fleet, job, license-endpoint, monitor, queue, worker. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code deadline:ListTasks}: List; on job. */
  public static final Action LIST_TASKS = Action.of(PREFIX, "ListTasks");

  /** {@code deadline:ListWorkers}: List; on worker. */
  public static final Action LIST_WORKERS = Action.of(PREFIX, "ListWorkers");

  /** {@code deadline:PutMeteredProduct}: Write; on license-endpoint. */
  public static final Action PUT_METERED_PRODUCT = Action.of(PREFIX, "PutMeteredProduct");

  /** {@code deadline:SearchJobs}: Read; on queue. */
  public static final Action SEARCH_JOBS = Action.of(PREFIX, "SearchJobs");

  /** {@code deadline:SearchSteps}: Read; on job, queue. */
  public static final Action SEARCH_STEPS = Action.of(PREFIX, "SearchSteps");

  /** {@code deadline:SearchTasks}: Read; on job, queue. */
  public static final Action SEARCH_TASKS = Action.of(PREFIX, "SearchTasks");

  /** {@code deadline:SearchWorkers}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_WORKERS = Action.of(PREFIX, "SearchWorkers");

  /** {@code deadline:StartSessionsStatisticsAggregation}: Read; on fleet, queue. */
  public static final Action START_SESSIONS_STATISTICS_AGGREGATION = Action.of(PREFIX, "StartSessionsStatisticsAggregation");

  /** {@code deadline:TagResource}: Tagging; on budget, farm, fleet, job, license-endpoint, monitor, queue, worker. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code deadline:UntagResource}: Tagging; on budget, farm, fleet, job, license-endpoint, monitor, queue, worker. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code deadline:UpdateBudget}: Write; on budget. */
  public static final Action UPDATE_BUDGET = Action.of(PREFIX, "UpdateBudget");

  /** {@code deadline:UpdateFarm}: Write; on farm. */
  public static final Action UPDATE_FARM = Action.of(PREFIX, "UpdateFarm");

  /** {@code deadline:UpdateFleet}: Write; on fleet. */
  public static final Action UPDATE_FLEET = Action.of(PREFIX, "UpdateFleet");

  /** {@code deadline:UpdateJob}: Write; on job. */
  public static final Action UPDATE_JOB = Action.of(PREFIX, "UpdateJob");

  /** {@code deadline:UpdateLimit}: Write; on farm. */
  public static final Action UPDATE_LIMIT = Action.of(PREFIX, "UpdateLimit");

  /** {@code deadline:UpdateMonitor}: Write; on monitor. */
  public static final Action UPDATE_MONITOR = Action.of(PREFIX, "UpdateMonitor");

  /** {@code deadline:UpdateQueue}: Write; on queue. */
  public static final Action UPDATE_QUEUE = Action.of(PREFIX, "UpdateQueue");

  /** {@code deadline:UpdateQueueEnvironment}: Write; on queue. */
  public static final Action UPDATE_QUEUE_ENVIRONMENT = Action.of(PREFIX, "UpdateQueueEnvironment");

  /** {@code deadline:UpdateQueueFleetAssociation}: Write; on fleet, queue. */
  public static final Action UPDATE_QUEUE_FLEET_ASSOCIATION = Action.of(PREFIX, "UpdateQueueFleetAssociation");

  /** {@code deadline:UpdateQueueLimitAssociation}: Write; on farm, queue. */
  public static final Action UPDATE_QUEUE_LIMIT_ASSOCIATION = Action.of(PREFIX, "UpdateQueueLimitAssociation");

  /** {@code deadline:UpdateSession}: Write; on job. */
  public static final Action UPDATE_SESSION = Action.of(PREFIX, "UpdateSession");

  /** {@code deadline:UpdateStep}: Write; on job. */
  public static final Action UPDATE_STEP = Action.of(PREFIX, "UpdateStep");

  /** {@code deadline:UpdateStorageProfile}: Write; on farm. */
  public static final Action UPDATE_STORAGE_PROFILE = Action.of(PREFIX, "UpdateStorageProfile");

  /** {@code deadline:UpdateTask}: Write; on job. */
  public static final Action UPDATE_TASK = Action.of(PREFIX, "UpdateTask");

  /** {@code deadline:UpdateWorker}: Write; on worker. */
  public static final Action UPDATE_WORKER = Action.of(PREFIX, "UpdateWorker");

  /** {@code deadline:UpdateWorkerSchedule}: Write; on worker. */
  public static final Action UPDATE_WORKER_SCHEDULE = Action.of(PREFIX, "UpdateWorkerSchedule");

  private Deadline() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
