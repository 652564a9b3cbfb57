// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IoT TwinMaker (prefix {@code iottwinmaker}), as the service authorization reference lists them.
 */
public final class Iottwinmaker {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iottwinmaker";

  /** {@code iottwinmaker:BatchPutPropertyValues}: Write; on entity, workspace. */
  public static final Action BATCH_PUT_PROPERTY_VALUES = Action.of(PREFIX, "BatchPutPropertyValues");

  /** {@code iottwinmaker:CancelMetadataTransferJob}: Write; on metadataTransferJob. */
  public static final Action CANCEL_METADATA_TRANSFER_JOB = Action.of(PREFIX, "CancelMetadataTransferJob");

  /** {@code iottwinmaker:CreateComponentType}: Write; on workspace. */
  public static final Action CREATE_COMPONENT_TYPE = Action.of(PREFIX, "CreateComponentType");

  /** {@code iottwinmaker:CreateEntity}: Write; on workspace. */
  public static final Action CREATE_ENTITY = Action.of(PREFIX, "CreateEntity");

  /** {@code iottwinmaker:CreateMetadataTransferJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_METADATA_TRANSFER_JOB = Action.of(PREFIX, "CreateMetadataTransferJob");

  /** {@code iottwinmaker:CreateScene}: Write; on workspace. */
  public static final Action CREATE_SCENE = Action.of(PREFIX, "CreateScene");

  /** {@code iottwinmaker:CreateSyncJob}: Write; on workspace. */
  public static final Action CREATE_SYNC_JOB = Action.of(PREFIX, "CreateSyncJob");

  /** {@code iottwinmaker:CreateWorkspace}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WORKSPACE = Action.of(PREFIX, "CreateWorkspace");

  /** {@code iottwinmaker:DeleteComponentType}: Write; on componentType, workspace. */
  public static final Action DELETE_COMPONENT_TYPE = Action.of(PREFIX, "DeleteComponentType");

  /** {@code iottwinmaker:DeleteEntity}: Write; on entity, workspace. */
  public static final Action DELETE_ENTITY = Action.of(PREFIX, "DeleteEntity");

  /** {@code iottwinmaker:DeleteScene}: Write; on scene, workspace. */
  public static final Action DELETE_SCENE = Action.of(PREFIX, "DeleteScene");

  /** {@code iottwinmaker:DeleteSyncJob}: Write; on syncJob, workspace. */
  public static final Action DELETE_SYNC_JOB = Action.of(PREFIX, "DeleteSyncJob");

  /** {@code iottwinmaker:DeleteWorkspace}: Write; on workspace. */
  public static final Action DELETE_WORKSPACE = Action.of(PREFIX, "DeleteWorkspace");

  /** {@code iottwinmaker:ExecuteQuery}: Read; on workspace. */
  public static final Action EXECUTE_QUERY = Action.of(PREFIX, "ExecuteQuery");

  /** {@code iottwinmaker:GetComponentType}: Read; on componentType, workspace. */
  public static final Action GET_COMPONENT_TYPE = Action.of(PREFIX, "GetComponentType");

  /** {@code iottwinmaker:GetEntity}: Read; on entity, workspace. */
  public static final Action GET_ENTITY = Action.of(PREFIX, "GetEntity");

  /** {@code iottwinmaker:GetMetadataTransferJob}: Read; on metadataTransferJob. */
  public static final Action GET_METADATA_TRANSFER_JOB = Action.of(PREFIX, "GetMetadataTransferJob");

  /** {@code iottwinmaker:GetPricingPlan}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PRICING_PLAN = Action.of(PREFIX, "GetPricingPlan");

  /** {@code iottwinmaker:GetPropertyValue}: Read; on componentType, entity, workspace. */
  public static final Action GET_PROPERTY_VALUE = Action.of(PREFIX, "GetPropertyValue");

  /** {@code iottwinmaker:GetPropertyValueHistory}: Read; on componentType, entity, workspace. */
  public static final Action GET_PROPERTY_VALUE_HISTORY = Action.of(PREFIX, "GetPropertyValueHistory");

  /** {@code iottwinmaker:GetScene}: Read; on scene, workspace. */
  public static final Action GET_SCENE = Action.of(PREFIX, "GetScene");

  /** {@code iottwinmaker:GetSyncJob}: Read; on syncJob, workspace. */
  public static final Action GET_SYNC_JOB = Action.of(PREFIX, "GetSyncJob");

  /** {@code iottwinmaker:GetWorkspace}: Read; on workspace. */
  public static final Action GET_WORKSPACE = Action.of(PREFIX, "GetWorkspace");

  /** {@code iottwinmaker:ListComponentTypes}: List; on workspace. */
  public static final Action LIST_COMPONENT_TYPES = Action.of(PREFIX, "ListComponentTypes");

  /** {@code iottwinmaker:ListComponents}: List; on entity, workspace. */
  public static final Action LIST_COMPONENTS = Action.of(PREFIX, "ListComponents");

  /** {@code iottwinmaker:ListEntities}: List; on workspace. */
  public static final Action LIST_ENTITIES = Action.of(PREFIX, "ListEntities");

  /** {@code iottwinmaker:ListMetadataTransferJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_METADATA_TRANSFER_JOBS = Action.of(PREFIX, "ListMetadataTransferJobs");

  /** {@code iottwinmaker:ListProperties}: List; on entity, workspace. */
  public static final Action LIST_PROPERTIES = Action.of(PREFIX, "ListProperties");

  /** {@code iottwinmaker:ListScenes}: List; on workspace. */
  public static final Action LIST_SCENES = Action.of(PREFIX, "ListScenes");

  /** {@code iottwinmaker:ListSyncJobs}: List; on workspace. */
  public static final Action LIST_SYNC_JOBS = Action.of(PREFIX, "ListSyncJobs");

  /** {@code iottwinmaker:ListSyncResources}: List; on syncJob, workspace. */
  public static final Action LIST_SYNC_RESOURCES = Action.of(PREFIX, "ListSyncResources");

  /** {@code iottwinmaker:ListTagsForResource}: List; on componentType, entity, scene, syncJob, workspace. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code iottwinmaker:ListWorkspaces}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKSPACES = Action.of(PREFIX, "ListWorkspaces");

  /** {@code iottwinmaker:TagResource}: Tagging; on componentType, entity, scene, syncJob, workspace. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code iottwinmaker:UntagResource}: Tagging; on componentType, entity, scene, syncJob, workspace. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code iottwinmaker:UpdateComponentType}: Write; on componentType, workspace. */
  public static final Action UPDATE_COMPONENT_TYPE = Action.of(PREFIX, "UpdateComponentType");

  /** {@code iottwinmaker:UpdateEntity}: Write; on entity, workspace. */
  public static final Action UPDATE_ENTITY = Action.of(PREFIX, "UpdateEntity");

  /** {@code iottwinmaker:UpdatePricingPlan}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PRICING_PLAN = Action.of(PREFIX, "UpdatePricingPlan");

  /** {@code iottwinmaker:UpdateScene}: Write; on scene, workspace. */
  public static final Action UPDATE_SCENE = Action.of(PREFIX, "UpdateScene");

  /** {@code iottwinmaker:UpdateWorkspace}: Write; on workspace. */
  public static final Action UPDATE_WORKSPACE = Action.of(PREFIX, "UpdateWorkspace");

  private Iottwinmaker() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
