// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS RoboMaker (prefix {@code robomaker}), as the service authorization reference lists them.
 */
public final class Robomaker {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "robomaker";

  /** {@code robomaker:BatchDeleteWorlds}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_DELETE_WORLDS = Action.of(PREFIX, "BatchDeleteWorlds");

  /** {@code robomaker:BatchDescribeSimulationJob}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_DESCRIBE_SIMULATION_JOB = Action.of(PREFIX, "BatchDescribeSimulationJob");

  /** {@code robomaker:CancelDeploymentJob}: Write; on deploymentJob. */
  public static final Action CANCEL_DEPLOYMENT_JOB = Action.of(PREFIX, "CancelDeploymentJob");

  /** {@code robomaker:CancelSimulationJob}: Write; on simulationJob. */
  public static final Action CANCEL_SIMULATION_JOB = Action.of(PREFIX, "CancelSimulationJob");

  /** {@code robomaker:CancelSimulationJobBatch}: Write; on simulationJobBatch. */
  public static final Action CANCEL_SIMULATION_JOB_BATCH = Action.of(PREFIX, "CancelSimulationJobBatch");

  /** {@code robomaker:CancelWorldExportJob}: Write; on worldExportJob. */
  public static final Action CANCEL_WORLD_EXPORT_JOB = Action.of(PREFIX, "CancelWorldExportJob");

  /** {@code robomaker:CancelWorldGenerationJob}: Write; on worldGenerationJob. */
  public static final Action CANCEL_WORLD_GENERATION_JOB = Action.of(PREFIX, "CancelWorldGenerationJob");

  /** {@code robomaker:CreateDeploymentJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DEPLOYMENT_JOB = Action.of(PREFIX, "CreateDeploymentJob");

  /** {@code robomaker:CreateFleet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FLEET = Action.of(PREFIX, "CreateFleet");

  /** {@code robomaker:CreateRobot}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ROBOT = Action.of(PREFIX, "CreateRobot");

  /** {@code robomaker:CreateRobotApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ROBOT_APPLICATION = Action.of(PREFIX, "CreateRobotApplication");

  /** {@code robomaker:CreateRobotApplicationVersion}: Write; on robotApplication. */
  public static final Action CREATE_ROBOT_APPLICATION_VERSION = Action.of(PREFIX, "CreateRobotApplicationVersion");

  /** {@code robomaker:CreateSimulationApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SIMULATION_APPLICATION = Action.of(PREFIX, "CreateSimulationApplication");

  /** {@code robomaker:CreateSimulationApplicationVersion}: Write; on simulationApplication. */
  public static final Action CREATE_SIMULATION_APPLICATION_VERSION = Action.of(PREFIX, "CreateSimulationApplicationVersion");

  /** {@code robomaker:CreateSimulationJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SIMULATION_JOB = Action.of(PREFIX, "CreateSimulationJob");

  /** {@code robomaker:CreateWorldExportJob}: Write; on world. */
  public static final Action CREATE_WORLD_EXPORT_JOB = Action.of(PREFIX, "CreateWorldExportJob");

  /** {@code robomaker:CreateWorldGenerationJob}: Write; on worldTemplate. */
  public static final Action CREATE_WORLD_GENERATION_JOB = Action.of(PREFIX, "CreateWorldGenerationJob");

  /** {@code robomaker:CreateWorldTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WORLD_TEMPLATE = Action.of(PREFIX, "CreateWorldTemplate");

  /** {@code robomaker:DeleteFleet}: Write; on deploymentFleet. */
  public static final Action DELETE_FLEET = Action.of(PREFIX, "DeleteFleet");

  /** {@code robomaker:DeleteRobot}: Write; on robot. */
  public static final Action DELETE_ROBOT = Action.of(PREFIX, "DeleteRobot");

  /** {@code robomaker:DeleteRobotApplication}: Write; on robotApplication. */
  public static final Action DELETE_ROBOT_APPLICATION = Action.of(PREFIX, "DeleteRobotApplication");

  /** {@code robomaker:DeleteSimulationApplication}: Write; on simulationApplication. */
  public static final Action DELETE_SIMULATION_APPLICATION = Action.of(PREFIX, "DeleteSimulationApplication");

  /** {@code robomaker:DeleteWorldTemplate}: Write; on worldTemplate. */
  public static final Action DELETE_WORLD_TEMPLATE = Action.of(PREFIX, "DeleteWorldTemplate");

  /** {@code robomaker:DeregisterRobot}: Write; on deploymentFleet, robot. */
  public static final Action DEREGISTER_ROBOT = Action.of(PREFIX, "DeregisterRobot");

  /** {@code robomaker:DescribeDeploymentJob}: Read; on deploymentJob. */
  public static final Action DESCRIBE_DEPLOYMENT_JOB = Action.of(PREFIX, "DescribeDeploymentJob");

  /** {@code robomaker:DescribeFleet}: Read; on deploymentFleet. */
  public static final Action DESCRIBE_FLEET = Action.of(PREFIX, "DescribeFleet");

  /** {@code robomaker:DescribeRobot}: Read; on robot. */
  public static final Action DESCRIBE_ROBOT = Action.of(PREFIX, "DescribeRobot");

  /** {@code robomaker:DescribeRobotApplication}: Read; on robotApplication. */
  public static final Action DESCRIBE_ROBOT_APPLICATION = Action.of(PREFIX, "DescribeRobotApplication");

  /** {@code robomaker:DescribeSimulationApplication}: Read; on simulationApplication. */
  public static final Action DESCRIBE_SIMULATION_APPLICATION = Action.of(PREFIX, "DescribeSimulationApplication");

  /** {@code robomaker:DescribeSimulationJob}: Read; on simulationJob. */
  public static final Action DESCRIBE_SIMULATION_JOB = Action.of(PREFIX, "DescribeSimulationJob");

  /** {@code robomaker:DescribeSimulationJobBatch}: Read; on simulationJobBatch. */
  public static final Action DESCRIBE_SIMULATION_JOB_BATCH = Action.of(PREFIX, "DescribeSimulationJobBatch");

  /** {@code robomaker:DescribeWorld}: Read; on world. */
  public static final Action DESCRIBE_WORLD = Action.of(PREFIX, "DescribeWorld");

  /** {@code robomaker:DescribeWorldExportJob}: Read; on worldExportJob. */
  public static final Action DESCRIBE_WORLD_EXPORT_JOB = Action.of(PREFIX, "DescribeWorldExportJob");

  /** {@code robomaker:DescribeWorldGenerationJob}: Read; on worldGenerationJob. */
  public static final Action DESCRIBE_WORLD_GENERATION_JOB = Action.of(PREFIX, "DescribeWorldGenerationJob");

  /** {@code robomaker:DescribeWorldTemplate}: Read; on worldTemplate. */
  public static final Action DESCRIBE_WORLD_TEMPLATE = Action.of(PREFIX, "DescribeWorldTemplate");

  /** {@code robomaker:GetWorldTemplateBody}: Read; on worldTemplate. */
  public static final Action GET_WORLD_TEMPLATE_BODY = Action.of(PREFIX, "GetWorldTemplateBody");

  /** {@code robomaker:ListDeploymentJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEPLOYMENT_JOBS = Action.of(PREFIX, "ListDeploymentJobs");

  /** {@code robomaker:ListFleets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FLEETS = Action.of(PREFIX, "ListFleets");

  /** {@code robomaker:ListRobotApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ROBOT_APPLICATIONS = Action.of(PREFIX, "ListRobotApplications");

  /** {@code robomaker:ListRobots}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ROBOTS = Action.of(PREFIX, "ListRobots");

  /** {@code robomaker:ListSimulationApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SIMULATION_APPLICATIONS = Action.of(PREFIX, "ListSimulationApplications");

  /** {@code robomaker:ListSimulationJobBatches}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SIMULATION_JOB_BATCHES = Action.of(PREFIX, "ListSimulationJobBatches");

  /** {@code robomaker:ListSimulationJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SIMULATION_JOBS = Action.of(PREFIX, "ListSimulationJobs");

  /** {@code robomaker:ListSupportedAvailabilityZones}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUPPORTED_AVAILABILITY_ZONES = Action.of(PREFIX, "ListSupportedAvailabilityZones");

  /** {@code robomaker:ListTagsForResource}: List; on deploymentFleet, deploymentJob, robot, robotApplication, simulationApplication, simulationJob, simulationJobBatch, world, worldExportJob, worldGenerationJob, worldTemplate. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code robomaker:ListWorldExportJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORLD_EXPORT_JOBS = Action.of(PREFIX, "ListWorldExportJobs");

  /** {@code robomaker:ListWorldGenerationJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORLD_GENERATION_JOBS = Action.of(PREFIX, "ListWorldGenerationJobs");

  /** {@code robomaker:ListWorldTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORLD_TEMPLATES = Action.of(PREFIX, "ListWorldTemplates");

  /** {@code robomaker:ListWorlds}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORLDS = Action.of(PREFIX, "ListWorlds");

  /** {@code robomaker:RegisterRobot}: Write; on deploymentFleet, robot. */
  public static final Action REGISTER_ROBOT = Action.of(PREFIX, "RegisterRobot");

  /** {@code robomaker:RestartSimulationJob}: Write; on simulationJob. */
  public static final Action RESTART_SIMULATION_JOB = Action.of(PREFIX, "RestartSimulationJob");

  /** {@code robomaker:StartSimulationJobBatch}: Write; on no resource type (give {@code *}). */
  public static final Action START_SIMULATION_JOB_BATCH = Action.of(PREFIX, "StartSimulationJobBatch");

  /** {@code robomaker:SyncDeploymentJob}: Write; on deploymentFleet. */
  public static final Action SYNC_DEPLOYMENT_JOB = Action.of(PREFIX, "SyncDeploymentJob");

  /** {@code robomaker:TagResource}: Tagging; on deploymentFleet, deploymentJob, robot, robotApplication, simulationApplication, simulationJob, simulationJobBatch, world, worldExportJob, worldGenerationJob, worldTemplate. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code robomaker:UntagResource}: Tagging; on deploymentFleet, deploymentJob, robot, robotApplication, simulationApplication, simulationJob, simulationJobBatch, world, worldExportJob, worldGenerationJob, worldTemplate. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code robomaker:UpdateRobotApplication}: Write; on robotApplication. */
  public static final Action UPDATE_ROBOT_APPLICATION = Action.of(PREFIX, "UpdateRobotApplication");

  /** {@code robomaker:UpdateRobotDeployment}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ROBOT_DEPLOYMENT = Action.of(PREFIX, "UpdateRobotDeployment");

  /** {@code robomaker:UpdateSimulationApplication}: Write; on simulationApplication. */
  public static final Action UPDATE_SIMULATION_APPLICATION = Action.of(PREFIX, "UpdateSimulationApplication");

  /** {@code robomaker:UpdateWorldTemplate}: Write; on worldTemplate. */
  public static final Action UPDATE_WORLD_TEMPLATE = Action.of(PREFIX, "UpdateWorldTemplate");

  private Robomaker() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
