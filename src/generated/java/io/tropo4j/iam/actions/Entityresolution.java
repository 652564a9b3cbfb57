// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Entity Resolution (prefix {@code entityresolution}), as the service authorization reference lists them.
 */
public final class Entityresolution {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "entityresolution";

  /** {@code entityresolution:AddPolicyStatement}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ADD_POLICY_STATEMENT = Action.of(PREFIX, "AddPolicyStatement");

  /** {@code entityresolution:BatchDeleteUniqueId}: Write; on MatchingWorkflow. */
  public static final Action BATCH_DELETE_UNIQUE_ID = Action.of(PREFIX, "BatchDeleteUniqueId");

  /** {@code entityresolution:CreateIdMappingWorkflow}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ID_MAPPING_WORKFLOW = Action.of(PREFIX, "CreateIdMappingWorkflow");

  /** {@code entityresolution:CreateIdNamespace}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ID_NAMESPACE = Action.of(PREFIX, "CreateIdNamespace");

  /** {@code entityresolution:CreateMatchingWorkflow}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MATCHING_WORKFLOW = Action.of(PREFIX, "CreateMatchingWorkflow");

  /** {@code entityresolution:CreateSchemaMapping}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SCHEMA_MAPPING = Action.of(PREFIX, "CreateSchemaMapping");

  /** {@code entityresolution:DeleteIdMappingWorkflow}: Write; on IdMappingWorkflow. */
  public static final Action DELETE_ID_MAPPING_WORKFLOW = Action.of(PREFIX, "DeleteIdMappingWorkflow");

  /** {@code entityresolution:DeleteIdNamespace}: Write; on IdNamespace. */
  public static final Action DELETE_ID_NAMESPACE = Action.of(PREFIX, "DeleteIdNamespace");

  /** {@code entityresolution:DeleteMatchingWorkflow}: Write; on MatchingWorkflow. */
  public static final Action DELETE_MATCHING_WORKFLOW = Action.of(PREFIX, "DeleteMatchingWorkflow");

  /** {@code entityresolution:DeletePolicyStatement}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_POLICY_STATEMENT = Action.of(PREFIX, "DeletePolicyStatement");

  /** {@code entityresolution:DeleteSchemaMapping}: Write; on SchemaMapping. */
  public static final Action DELETE_SCHEMA_MAPPING = Action.of(PREFIX, "DeleteSchemaMapping");

  /** {@code entityresolution:GenerateMatchId}: Write; on MatchingWorkflow. */
  public static final Action GENERATE_MATCH_ID = Action.of(PREFIX, "GenerateMatchId");

  /** {@code entityresolution:GetIdMappingJob}: Read; on IdMappingWorkflow. */
  public static final Action GET_ID_MAPPING_JOB = Action.of(PREFIX, "GetIdMappingJob");

  /** {@code entityresolution:GetIdMappingWorkflow}: Read; on IdMappingWorkflow. */
  public static final Action GET_ID_MAPPING_WORKFLOW = Action.of(PREFIX, "GetIdMappingWorkflow");

  /** {@code entityresolution:GetIdNamespace}: Read; on IdNamespace. */
  public static final Action GET_ID_NAMESPACE = Action.of(PREFIX, "GetIdNamespace");

  /** {@code entityresolution:GetMatchId}: Read; on MatchingWorkflow. */
  public static final Action GET_MATCH_ID = Action.of(PREFIX, "GetMatchId");

  /** {@code entityresolution:GetMatchingJob}: Read; on MatchingWorkflow. */
  public static final Action GET_MATCHING_JOB = Action.of(PREFIX, "GetMatchingJob");

  /** {@code entityresolution:GetMatchingWorkflow}: Read; on MatchingWorkflow. */
  public static final Action GET_MATCHING_WORKFLOW = Action.of(PREFIX, "GetMatchingWorkflow");

  /** {@code entityresolution:GetPolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_POLICY = Action.of(PREFIX, "GetPolicy");

  /** {@code entityresolution:GetProviderService}: Read; on ProviderService. */
  public static final Action GET_PROVIDER_SERVICE = Action.of(PREFIX, "GetProviderService");

  /** {@code entityresolution:GetSchemaMapping}: Read; on SchemaMapping. */
  public static final Action GET_SCHEMA_MAPPING = Action.of(PREFIX, "GetSchemaMapping");

  /** {@code entityresolution:ListIdMappingJobs}: List; on IdMappingWorkflow. */
  public static final Action LIST_ID_MAPPING_JOBS = Action.of(PREFIX, "ListIdMappingJobs");

  /** {@code entityresolution:ListIdMappingWorkflows}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ID_MAPPING_WORKFLOWS = Action.of(PREFIX, "ListIdMappingWorkflows");

  /** {@code entityresolution:ListIdNamespaces}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ID_NAMESPACES = Action.of(PREFIX, "ListIdNamespaces");

  /** {@code entityresolution:ListMatchingJobs}: List; on MatchingWorkflow. */
  public static final Action LIST_MATCHING_JOBS = Action.of(PREFIX, "ListMatchingJobs");

  /** {@code entityresolution:ListMatchingWorkflows}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MATCHING_WORKFLOWS = Action.of(PREFIX, "ListMatchingWorkflows");

  /** {@code entityresolution:ListProviderServices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROVIDER_SERVICES = Action.of(PREFIX, "ListProviderServices");

  /** {@code entityresolution:ListSchemaMappings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCHEMA_MAPPINGS = Action.of(PREFIX, "ListSchemaMappings");

  /** {@code entityresolution:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code entityresolution:PutPolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_POLICY = Action.of(PREFIX, "PutPolicy");

  /** {@code entityresolution:StartIdMappingJob}: Write; on IdMappingWorkflow. */
  public static final Action START_ID_MAPPING_JOB = Action.of(PREFIX, "StartIdMappingJob");

  /** {@code entityresolution:StartMatchingJob}: Write; on MatchingWorkflow. */
  public static final Action START_MATCHING_JOB = Action.of(PREFIX, "StartMatchingJob");

  /** {@code entityresolution:TagResource}: Tagging; on IdMappingWorkflow, IdNamespace, MatchingWorkflow, ProviderService, SchemaMapping. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code entityresolution:UntagResource}: Tagging; on IdMappingWorkflow, IdNamespace, MatchingWorkflow, ProviderService, SchemaMapping. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code entityresolution:UpdateIdMappingWorkflow}: Write; on IdMappingWorkflow. */
  public static final Action UPDATE_ID_MAPPING_WORKFLOW = Action.of(PREFIX, "UpdateIdMappingWorkflow");

  /** {@code entityresolution:UpdateIdNamespace}: Write; on IdNamespace. */
  public static final Action UPDATE_ID_NAMESPACE = Action.of(PREFIX, "UpdateIdNamespace");

  /** {@code entityresolution:UpdateMatchingWorkflow}: Write; on MatchingWorkflow. */
  public static final Action UPDATE_MATCHING_WORKFLOW = Action.of(PREFIX, "UpdateMatchingWorkflow");

  /** {@code entityresolution:UpdateSchemaMapping}: Write; on SchemaMapping. */
  public static final Action UPDATE_SCHEMA_MAPPING = Action.of(PREFIX, "UpdateSchemaMapping");

  /** {@code entityresolution:UseIdNamespace}: Permissions management; on no resource type (give {@code *}). */
  public static final Action USE_ID_NAMESPACE = Action.of(PREFIX, "UseIdNamespace");

  /** {@code entityresolution:UseWorkflow}: Permissions management; on no resource type (give {@code *}). */
  public static final Action USE_WORKFLOW = Action.of(PREFIX, "UseWorkflow");

  private Entityresolution() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
