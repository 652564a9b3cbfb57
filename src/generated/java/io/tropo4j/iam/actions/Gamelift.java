// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon GameLift Servers (prefix {@code gamelift}), as the service authorization reference lists them.
 */
public final class Gamelift {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "gamelift";

  /** {@code gamelift:AcceptMatch}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_MATCH = Action.of(PREFIX, "AcceptMatch");

  /** {@code gamelift:ClaimGameServer}: Write; on gameServerGroup. */
  public static final Action CLAIM_GAME_SERVER = Action.of(PREFIX, "ClaimGameServer");

  /** {@code gamelift:CreateAlias}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ALIAS = Action.of(PREFIX, "CreateAlias");

  /** {@code gamelift:CreateBuild}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BUILD = Action.of(PREFIX, "CreateBuild");

  /** {@code gamelift:CreateContainerFleet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONTAINER_FLEET = Action.of(PREFIX, "CreateContainerFleet");

  /** {@code gamelift:CreateContainerGroupDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONTAINER_GROUP_DEFINITION = Action.of(PREFIX, "CreateContainerGroupDefinition");

  /** {@code gamelift:CreateFleet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FLEET = Action.of(PREFIX, "CreateFleet");

  /** {@code gamelift:CreateFleetLocations}: Write; on containerFleet, fleet. */
  public static final Action CREATE_FLEET_LOCATIONS = Action.of(PREFIX, "CreateFleetLocations");

  /** {@code gamelift:CreateGameServerGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GAME_SERVER_GROUP = Action.of(PREFIX, "CreateGameServerGroup");

  /** {@code gamelift:CreateGameSession}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GAME_SESSION = Action.of(PREFIX, "CreateGameSession");

  /** {@code gamelift:CreateGameSessionQueue}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GAME_SESSION_QUEUE = Action.of(PREFIX, "CreateGameSessionQueue");

  /** {@code gamelift:CreateLocation}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOCATION = Action.of(PREFIX, "CreateLocation");

  /** {@code gamelift:CreateMatchmakingConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MATCHMAKING_CONFIGURATION = Action.of(PREFIX, "CreateMatchmakingConfiguration");

  /** {@code gamelift:CreateMatchmakingRuleSet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MATCHMAKING_RULE_SET = Action.of(PREFIX, "CreateMatchmakingRuleSet");

  /** {@code gamelift:CreatePlayerSession}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PLAYER_SESSION = Action.of(PREFIX, "CreatePlayerSession");

  /** {@code gamelift:CreatePlayerSessions}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PLAYER_SESSIONS = Action.of(PREFIX, "CreatePlayerSessions");

  /** {@code gamelift:CreateScript}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SCRIPT = Action.of(PREFIX, "CreateScript");

  /** {@code gamelift:CreateVpcPeeringAuthorization}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VPC_PEERING_AUTHORIZATION = Action.of(PREFIX, "CreateVpcPeeringAuthorization");

  /** {@code gamelift:CreateVpcPeeringConnection}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VPC_PEERING_CONNECTION = Action.of(PREFIX, "CreateVpcPeeringConnection");

  /** {@code gamelift:DeleteAlias}: Write; on alias. */
  public static final Action DELETE_ALIAS = Action.of(PREFIX, "DeleteAlias");

  /** {@code gamelift:DeleteBuild}: Write; on build. */
  public static final Action DELETE_BUILD = Action.of(PREFIX, "DeleteBuild");

  /** {@code gamelift:DeleteContainerFleet}: Write; on containerFleet. */
  public static final Action DELETE_CONTAINER_FLEET = Action.of(PREFIX, "DeleteContainerFleet");

  /** {@code gamelift:DeleteContainerGroupDefinition}: Write; on containerGroupDefinition. */
  public static final Action DELETE_CONTAINER_GROUP_DEFINITION = Action.of(PREFIX, "DeleteContainerGroupDefinition");

  /** {@code gamelift:DeleteFleet}: Write; on fleet. */
  public static final Action DELETE_FLEET = Action.of(PREFIX, "DeleteFleet");

  /** {@code gamelift:DeleteFleetLocations}: Write; on containerFleet, fleet. */
  public static final Action DELETE_FLEET_LOCATIONS = Action.of(PREFIX, "DeleteFleetLocations");

  /** {@code gamelift:DeleteGameServerGroup}: Write; on gameServerGroup. */
  public static final Action DELETE_GAME_SERVER_GROUP = Action.of(PREFIX, "DeleteGameServerGroup");

  /** {@code gamelift:DeleteGameSessionQueue}: Write; on gameSessionQueue. */
  public static final Action DELETE_GAME_SESSION_QUEUE = Action.of(PREFIX, "DeleteGameSessionQueue");

  /** {@code gamelift:DeleteLocation}: Write; on location. */
  public static final Action DELETE_LOCATION = Action.of(PREFIX, "DeleteLocation");

  /** {@code gamelift:DeleteMatchmakingConfiguration}: Write; on matchmakingConfiguration. */
  public static final Action DELETE_MATCHMAKING_CONFIGURATION = Action.of(PREFIX, "DeleteMatchmakingConfiguration");

  /** {@code gamelift:DeleteMatchmakingRuleSet}: Write; on matchmakingRuleSet. */
  public static final Action DELETE_MATCHMAKING_RULE_SET = Action.of(PREFIX, "DeleteMatchmakingRuleSet");

  /** {@code gamelift:DeleteScalingPolicy}: Write; on containerFleet, fleet. */
  public static final Action DELETE_SCALING_POLICY = Action.of(PREFIX, "DeleteScalingPolicy");

  /** {@code gamelift:DeleteScript}: Write; on script. */
  public static final Action DELETE_SCRIPT = Action.of(PREFIX, "DeleteScript");

  /** {@code gamelift:DeleteVpcPeeringAuthorization}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_VPC_PEERING_AUTHORIZATION = Action.of(PREFIX, "DeleteVpcPeeringAuthorization");

  /** {@code gamelift:DeleteVpcPeeringConnection}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_VPC_PEERING_CONNECTION = Action.of(PREFIX, "DeleteVpcPeeringConnection");

  /** {@code gamelift:DeregisterCompute}: Write; on fleet. */
  public static final Action DEREGISTER_COMPUTE = Action.of(PREFIX, "DeregisterCompute");

  /** {@code gamelift:DeregisterGameServer}: Write; on gameServerGroup. */
  public static final Action DEREGISTER_GAME_SERVER = Action.of(PREFIX, "DeregisterGameServer");

  /** {@code gamelift:DescribeAlias}: Read; on alias. */
  public static final Action DESCRIBE_ALIAS = Action.of(PREFIX, "DescribeAlias");

  /** {@code gamelift:DescribeBuild}: Read; on build. */
  public static final Action DESCRIBE_BUILD = Action.of(PREFIX, "DescribeBuild");

  /** {@code gamelift:DescribeCompute}: Read; on containerFleet, fleet. */
  public static final Action DESCRIBE_COMPUTE = Action.of(PREFIX, "DescribeCompute");

  /** {@code gamelift:DescribeContainerFleet}: Read; on containerFleet. */
  public static final Action DESCRIBE_CONTAINER_FLEET = Action.of(PREFIX, "DescribeContainerFleet");

  /** {@code gamelift:DescribeContainerGroupDefinition}: Read; on containerGroupDefinition. */
  public static final Action DESCRIBE_CONTAINER_GROUP_DEFINITION = Action.of(PREFIX, "DescribeContainerGroupDefinition");

  /** {@code gamelift:DescribeEC2InstanceLimits}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EC2_INSTANCE_LIMITS = Action.of(PREFIX, "DescribeEC2InstanceLimits");

  /** {@code gamelift:DescribeFleetAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FLEET_ATTRIBUTES = Action.of(PREFIX, "DescribeFleetAttributes");

  /** {@code gamelift:DescribeFleetCapacity}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FLEET_CAPACITY = Action.of(PREFIX, "DescribeFleetCapacity");

  /** {@code gamelift:DescribeFleetDeployment}: Read; on containerFleet. */
  public static final Action DESCRIBE_FLEET_DEPLOYMENT = Action.of(PREFIX, "DescribeFleetDeployment");

  /** {@code gamelift:DescribeFleetEvents}: Read; on containerFleet, fleet. */
  public static final Action DESCRIBE_FLEET_EVENTS = Action.of(PREFIX, "DescribeFleetEvents");

  /** {@code gamelift:DescribeFleetLocationAttributes}: Read; on containerFleet, fleet. */
  public static final Action DESCRIBE_FLEET_LOCATION_ATTRIBUTES = Action.of(PREFIX, "DescribeFleetLocationAttributes");

  /** {@code gamelift:DescribeFleetLocationCapacity}: Read; on containerFleet, fleet. */
  public static final Action DESCRIBE_FLEET_LOCATION_CAPACITY = Action.of(PREFIX, "DescribeFleetLocationCapacity");

  /** {@code gamelift:DescribeFleetLocationUtilization}: Read; on fleet. */
  public static final Action DESCRIBE_FLEET_LOCATION_UTILIZATION = Action.of(PREFIX, "DescribeFleetLocationUtilization");

  /** {@code gamelift:DescribeFleetPortSettings}: Read; on fleet. */
  public static final Action DESCRIBE_FLEET_PORT_SETTINGS = Action.of(PREFIX, "DescribeFleetPortSettings");

  /** {@code gamelift:DescribeFleetUtilization}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FLEET_UTILIZATION = Action.of(PREFIX, "DescribeFleetUtilization");

  /** {@code gamelift:DescribeGameServer}: Read; on gameServerGroup. */
  public static final Action DESCRIBE_GAME_SERVER = Action.of(PREFIX, "DescribeGameServer");

  /** {@code gamelift:DescribeGameServerGroup}: Read; on gameServerGroup. */
  public static final Action DESCRIBE_GAME_SERVER_GROUP = Action.of(PREFIX, "DescribeGameServerGroup");

  /** {@code gamelift:DescribeGameServerInstances}: Read; on gameServerGroup. */
  public static final Action DESCRIBE_GAME_SERVER_INSTANCES = Action.of(PREFIX, "DescribeGameServerInstances");

  /** {@code gamelift:DescribeGameSessionDetails}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_GAME_SESSION_DETAILS = Action.of(PREFIX, "DescribeGameSessionDetails");

  /** {@code gamelift:DescribeGameSessionPlacement}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_GAME_SESSION_PLACEMENT = Action.of(PREFIX, "DescribeGameSessionPlacement");

  /** {@code gamelift:DescribeGameSessionQueues}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_GAME_SESSION_QUEUES = Action.of(PREFIX, "DescribeGameSessionQueues");

  /** {@code gamelift:DescribeGameSessions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_GAME_SESSIONS = Action.of(PREFIX, "DescribeGameSessions");

  /** {@code gamelift:DescribeInstances}: Read; on containerFleet, fleet. */
  public static final Action DESCRIBE_INSTANCES = Action.of(PREFIX, "DescribeInstances");

  /** {@code gamelift:DescribeMatchmaking}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MATCHMAKING = Action.of(PREFIX, "DescribeMatchmaking");

  /** {@code gamelift:DescribeMatchmakingConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MATCHMAKING_CONFIGURATIONS = Action.of(PREFIX, "DescribeMatchmakingConfigurations");

  /** {@code gamelift:DescribeMatchmakingRuleSets}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MATCHMAKING_RULE_SETS = Action.of(PREFIX, "DescribeMatchmakingRuleSets");

  /** {@code gamelift:DescribePlayerSessions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PLAYER_SESSIONS = Action.of(PREFIX, "DescribePlayerSessions");

  /** {@code gamelift:DescribeRuntimeConfiguration}: Read; on fleet. */
  public static final Action DESCRIBE_RUNTIME_CONFIGURATION = Action.of(PREFIX, "DescribeRuntimeConfiguration");

  /** {@code gamelift:DescribeScalingPolicies}: Read; on containerFleet, fleet. */
  public static final Action DESCRIBE_SCALING_POLICIES = Action.of(PREFIX, "DescribeScalingPolicies");

  /** {@code gamelift:DescribeScript}: Read; on script. */
  public static final Action DESCRIBE_SCRIPT = Action.of(PREFIX, "DescribeScript");

  /** {@code gamelift:DescribeVpcPeeringAuthorizations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_PEERING_AUTHORIZATIONS = Action.of(PREFIX, "DescribeVpcPeeringAuthorizations");

  /** {@code gamelift:DescribeVpcPeeringConnections}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_PEERING_CONNECTIONS = Action.of(PREFIX, "DescribeVpcPeeringConnections");

  /** {@code gamelift:GetComputeAccess}: Read; on containerFleet, fleet. */
  public static final Action GET_COMPUTE_ACCESS = Action.of(PREFIX, "GetComputeAccess");

  /** {@code gamelift:GetComputeAuthToken}: Read; on containerFleet, fleet. */
  public static final Action GET_COMPUTE_AUTH_TOKEN = Action.of(PREFIX, "GetComputeAuthToken");

  /** {@code gamelift:GetGameSessionLogUrl}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GAME_SESSION_LOG_URL = Action.of(PREFIX, "GetGameSessionLogUrl");

  /** {@code gamelift:GetInstanceAccess}: Read; on fleet. */
  public static final Action GET_INSTANCE_ACCESS = Action.of(PREFIX, "GetInstanceAccess");

  /** {@code gamelift:GetPlayerConnectionDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PLAYER_CONNECTION_DETAILS = Action.of(PREFIX, "GetPlayerConnectionDetails");

  /** {@code gamelift:ListAliases}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ALIASES = Action.of(PREFIX, "ListAliases");

  /** {@code gamelift:ListBuilds}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BUILDS = Action.of(PREFIX, "ListBuilds");

  /** {@code gamelift:ListCompute}: List; on containerFleet, fleet. */
  public static final Action LIST_COMPUTE = Action.of(PREFIX, "ListCompute");

  /** {@code gamelift:ListContainerFleets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTAINER_FLEETS = Action.of(PREFIX, "ListContainerFleets");

  /** {@code gamelift:ListContainerGroupDefinitionVersions}: List; on containerGroupDefinition. */
  public static final Action LIST_CONTAINER_GROUP_DEFINITION_VERSIONS = Action.of(PREFIX, "ListContainerGroupDefinitionVersions");

  /** {@code gamelift:ListContainerGroupDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTAINER_GROUP_DEFINITIONS = Action.of(PREFIX, "ListContainerGroupDefinitions");

  /** {@code gamelift:ListFleetDeployments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FLEET_DEPLOYMENTS = Action.of(PREFIX, "ListFleetDeployments");

  /** {@code gamelift:ListFleets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FLEETS = Action.of(PREFIX, "ListFleets");

  /** {@code gamelift:ListGameServerGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GAME_SERVER_GROUPS = Action.of(PREFIX, "ListGameServerGroups");

  /** {@code gamelift:ListGameServers}: List; on gameServerGroup. */
  public static final Action LIST_GAME_SERVERS = Action.of(PREFIX, "ListGameServers");

  /** {@code gamelift:ListLocations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LOCATIONS = Action.of(PREFIX, "ListLocations");

  /** {@code gamelift:ListScripts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCRIPTS = Action.of(PREFIX, "ListScripts");

  /** {@code gamelift:ListTagsForResource}: Read; on alias, build, containerFleet, containerGroupDefinition, fleet, gameServerGroup, gameSessionQueue, location, matchmakingConfiguration, matchmakingRuleSet, script. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code gamelift:PutScalingPolicy}: Write; on containerFleet, fleet. */
  public static final Action PUT_SCALING_POLICY = Action.of(PREFIX, "PutScalingPolicy");

  /** {@code gamelift:RegisterCompute}: Write; on fleet. */
  public static final Action REGISTER_COMPUTE = Action.of(PREFIX, "RegisterCompute");

  /** {@code gamelift:RegisterGameServer}: Write; on gameServerGroup. */
  public static final Action REGISTER_GAME_SERVER = Action.of(PREFIX, "RegisterGameServer");

  /** {@code gamelift:RequestUploadCredentials}: Read; on build. */
  public static final Action REQUEST_UPLOAD_CREDENTIALS = Action.of(PREFIX, "RequestUploadCredentials");

  /** {@code gamelift:ResolveAlias}: Read; on alias. */
  public static final Action RESOLVE_ALIAS = Action.of(PREFIX, "ResolveAlias");

  /** {@code gamelift:ResumeGameServerGroup}: Write; on gameServerGroup. */
  public static final Action RESUME_GAME_SERVER_GROUP = Action.of(PREFIX, "ResumeGameServerGroup");

  /** {@code gamelift:SearchGameSessions}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_GAME_SESSIONS = Action.of(PREFIX, "SearchGameSessions");

  /** {@code gamelift:StartFleetActions}: Write; on containerFleet, fleet. */
  public static final Action START_FLEET_ACTIONS = Action.of(PREFIX, "StartFleetActions");

  /** {@code gamelift:StartGameSessionPlacement}: Write; on gameSessionQueue. */
  public static final Action START_GAME_SESSION_PLACEMENT = Action.of(PREFIX, "StartGameSessionPlacement");

  /** {@code gamelift:StartMatchBackfill}: Write; on no resource type (give {@code *}). */
  public static final Action START_MATCH_BACKFILL = Action.of(PREFIX, "StartMatchBackfill");

  /** {@code gamelift:StartMatchmaking}: Write; on no resource type (give {@code *}). */
  public static final Action START_MATCHMAKING = Action.of(PREFIX, "StartMatchmaking");

  /** {@code gamelift:StopFleetActions}: Write; on containerFleet, fleet. */
  public static final Action STOP_FLEET_ACTIONS = Action.of(PREFIX, "StopFleetActions");

  /** {@code gamelift:StopGameSessionPlacement}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_GAME_SESSION_PLACEMENT = Action.of(PREFIX, "StopGameSessionPlacement");

  /** {@code gamelift:StopMatchmaking}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_MATCHMAKING = Action.of(PREFIX, "StopMatchmaking");

  /** {@code gamelift:SuspendGameServerGroup}: Write; on gameServerGroup. */
  public static final Action SUSPEND_GAME_SERVER_GROUP = Action.of(PREFIX, "SuspendGameServerGroup");

  /** {@code gamelift:TagResource}: Tagging; on alias, build, containerFleet, containerGroupDefinition, fleet, gameServerGroup, gameSessionQueue, location, matchmakingConfiguration, matchmakingRuleSet, script. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code gamelift:TerminateGameSession}: Write; on no resource type (give {@code *}). */
  public static final Action TERMINATE_GAME_SESSION = Action.of(PREFIX, "TerminateGameSession");

  /** {@code gamelift:UntagResource}: Tagging; on alias, build, containerFleet, containerGroupDefinition, fleet, gameServerGroup, gameSessionQueue, location, matchmakingConfiguration, matchmakingRuleSet, script. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code gamelift:UpdateAlias}: Write; on alias. */
  public static final Action UPDATE_ALIAS = Action.of(PREFIX, "UpdateAlias");

  /** {@code gamelift:UpdateBuild}: Write; on build. */
  public static final Action UPDATE_BUILD = Action.of(PREFIX, "UpdateBuild");

  /** {@code gamelift:UpdateContainerFleet}: Write; on containerFleet. */
  public static final Action UPDATE_CONTAINER_FLEET = Action.of(PREFIX, "UpdateContainerFleet");

  /** {@code gamelift:UpdateContainerGroupDefinition}: Write; on containerGroupDefinition. */
  public static final Action UPDATE_CONTAINER_GROUP_DEFINITION = Action.of(PREFIX, "UpdateContainerGroupDefinition");

  /** {@code gamelift:UpdateFleetAttributes}: Write; on fleet. */
  public static final Action UPDATE_FLEET_ATTRIBUTES = Action.of(PREFIX, "UpdateFleetAttributes");

  /** {@code gamelift:UpdateFleetCapacity}: Write; on containerFleet, fleet. */
  public static final Action UPDATE_FLEET_CAPACITY = Action.of(PREFIX, "UpdateFleetCapacity");

  /** {@code gamelift:UpdateFleetPortSettings}: Write; on fleet. */
  public static final Action UPDATE_FLEET_PORT_SETTINGS = Action.of(PREFIX, "UpdateFleetPortSettings");

  /** {@code gamelift:UpdateGameServer}: Write; on gameServerGroup. */
  public static final Action UPDATE_GAME_SERVER = Action.of(PREFIX, "UpdateGameServer");

  /** {@code gamelift:UpdateGameServerGroup}: Write; on gameServerGroup. */
  public static final Action UPDATE_GAME_SERVER_GROUP = Action.of(PREFIX, "UpdateGameServerGroup");

  /** {@code gamelift:UpdateGameSession}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_GAME_SESSION = Action.of(PREFIX, "UpdateGameSession");

  /** {@code gamelift:UpdateGameSessionQueue}: Write; on gameSessionQueue. */
  public static final Action UPDATE_GAME_SESSION_QUEUE = Action.of(PREFIX, "UpdateGameSessionQueue");

  /** {@code gamelift:UpdateMatchmakingConfiguration}: Write; on matchmakingConfiguration. */
  public static final Action UPDATE_MATCHMAKING_CONFIGURATION = Action.of(PREFIX, "UpdateMatchmakingConfiguration");

  /** {@code gamelift:UpdateRuntimeConfiguration}: Write; on fleet. */
  public static final Action UPDATE_RUNTIME_CONFIGURATION = Action.of(PREFIX, "UpdateRuntimeConfiguration");

  /** {@code gamelift:UpdateScript}: Write; on script. */
  public static final Action UPDATE_SCRIPT = Action.of(PREFIX, "UpdateScript");

  /** {@code gamelift:ValidateMatchmakingRuleSet}: Read; on no resource type (give {@code *}). */
  public static final Action VALIDATE_MATCHMAKING_RULE_SET = Action.of(PREFIX, "ValidateMatchmakingRuleSet");

  private Gamelift() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
