// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon OpenSearch Ingestion (prefix {@code osis}), as the service authorization reference lists them.
 */
public final class Osis {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "osis";

  /** {@code osis:CreatePipeline}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PIPELINE = Action.of(PREFIX, "CreatePipeline");

  /** {@code osis:CreatePipelineEndpoint}: Write; on pipeline. */
  public static final Action CREATE_PIPELINE_ENDPOINT = Action.of(PREFIX, "CreatePipelineEndpoint");

  /** {@code osis:DeletePipeline}: Write; on pipeline. */
  public static final Action DELETE_PIPELINE = Action.of(PREFIX, "DeletePipeline");

  /** {@code osis:DeletePipelineEndpoint}: Write; on pipeline-endpoint. */
  public static final Action DELETE_PIPELINE_ENDPOINT = Action.of(PREFIX, "DeletePipelineEndpoint");

  /** {@code osis:DeleteResourcePolicy}: Write; on pipeline. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code osis:GetPipeline}: Read; on pipeline. */
  public static final Action GET_PIPELINE = Action.of(PREFIX, "GetPipeline");

  /** {@code osis:GetPipelineBlueprint}: Read; on pipeline-blueprint. */
  public static final Action GET_PIPELINE_BLUEPRINT = Action.of(PREFIX, "GetPipelineBlueprint");

  /** {@code osis:GetPipelineChangeProgress}: Read; on pipeline. */
  public static final Action GET_PIPELINE_CHANGE_PROGRESS = Action.of(PREFIX, "GetPipelineChangeProgress");

  /** {@code osis:GetResourcePolicy}: Read; on pipeline. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code osis:Ingest}: Write; on pipeline. */
  public static final Action INGEST = Action.of(PREFIX, "Ingest");

  /** {@code osis:ListPipelineBlueprints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PIPELINE_BLUEPRINTS = Action.of(PREFIX, "ListPipelineBlueprints");

  /** {@code osis:ListPipelineEndpointConnections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PIPELINE_ENDPOINT_CONNECTIONS = Action.of(PREFIX, "ListPipelineEndpointConnections");

  /** {@code osis:ListPipelineEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PIPELINE_ENDPOINTS = Action.of(PREFIX, "ListPipelineEndpoints");

  /** {@code osis:ListPipelines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PIPELINES = Action.of(PREFIX, "ListPipelines");

  /** {@code osis:ListTagsForResource}: Read; on pipeline. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code osis:PutResourcePolicy}: Write; on pipeline. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code osis:RevokePipelineEndpointConnections}: Write; on pipeline. */
  public static final Action REVOKE_PIPELINE_ENDPOINT_CONNECTIONS = Action.of(PREFIX, "RevokePipelineEndpointConnections");

  /** {@code osis:StartPipeline}: Write; on pipeline. */
  public static final Action START_PIPELINE = Action.of(PREFIX, "StartPipeline");

  /** {@code osis:StopPipeline}: Write; on pipeline. */
  public static final Action STOP_PIPELINE = Action.of(PREFIX, "StopPipeline");

  /** {@code osis:TagResource}: Tagging; on pipeline. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code osis:UntagResource}: Tagging; on pipeline. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code osis:UpdatePipeline}: Write; on pipeline. */
  public static final Action UPDATE_PIPELINE = Action.of(PREFIX, "UpdatePipeline");

  /** {@code osis:ValidatePipeline}: Read; on no resource type (give {@code *}). */
  public static final Action VALIDATE_PIPELINE = Action.of(PREFIX, "ValidatePipeline");

  private Osis() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
