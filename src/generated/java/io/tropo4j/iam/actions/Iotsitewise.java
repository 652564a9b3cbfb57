// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IoT SiteWise (prefix {@code iotsitewise}), as the service authorization reference lists them.
 */
public final class Iotsitewise {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iotsitewise";

  /** {@code iotsitewise:AssociateAssets}: Write; on asset. */
  public static final Action ASSOCIATE_ASSETS = Action.of(PREFIX, "AssociateAssets");

  /** {@code iotsitewise:AssociateTimeSeriesToAssetProperty}: Write; on asset, time-series. */
  public static final Action ASSOCIATE_TIME_SERIES_TO_ASSET_PROPERTY = Action.of(PREFIX, "AssociateTimeSeriesToAssetProperty");

  /** {@code iotsitewise:BatchAssociateProjectAssets}: Write; on project. */
  public static final Action BATCH_ASSOCIATE_PROJECT_ASSETS = Action.of(PREFIX, "BatchAssociateProjectAssets");

  /** {@code iotsitewise:BatchDisassociateProjectAssets}: Write; on project. */
  public static final Action BATCH_DISASSOCIATE_PROJECT_ASSETS = Action.of(PREFIX, "BatchDisassociateProjectAssets");

  /** {@code iotsitewise:BatchGetAssetPropertyAggregates}: Read; on asset, time-series. */
  public static final Action BATCH_GET_ASSET_PROPERTY_AGGREGATES = Action.of(PREFIX, "BatchGetAssetPropertyAggregates");

  /** {@code iotsitewise:BatchGetAssetPropertyValue}: Read; on asset, time-series. */
  public static final Action BATCH_GET_ASSET_PROPERTY_VALUE = Action.of(PREFIX, "BatchGetAssetPropertyValue");

  /** {@code iotsitewise:BatchGetAssetPropertyValueHistory}: Read; on asset, time-series. */
  public static final Action BATCH_GET_ASSET_PROPERTY_VALUE_HISTORY = Action.of(PREFIX, "BatchGetAssetPropertyValueHistory");

  /** {@code iotsitewise:BatchPutAssetPropertyValue}: Write; on asset, time-series. */
  public static final Action BATCH_PUT_ASSET_PROPERTY_VALUE = Action.of(PREFIX, "BatchPutAssetPropertyValue");

  /** {@code iotsitewise:CreateAccessPolicy}: Write; on portal, project. */
  public static final Action CREATE_ACCESS_POLICY = Action.of(PREFIX, "CreateAccessPolicy");

  /** {@code iotsitewise:CreateAsset}: Write; on asset-model. */
  public static final Action CREATE_ASSET = Action.of(PREFIX, "CreateAsset");

  /** {@code iotsitewise:CreateAssetModel}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ASSET_MODEL = Action.of(PREFIX, "CreateAssetModel");

  /** {@code iotsitewise:CreateAssetModelCompositeModel}: Write; on asset-model. */
  public static final Action CREATE_ASSET_MODEL_COMPOSITE_MODEL = Action.of(PREFIX, "CreateAssetModelCompositeModel");

  /** {@code iotsitewise:CreateBulkImportJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BULK_IMPORT_JOB = Action.of(PREFIX, "CreateBulkImportJob");

  /** {@code iotsitewise:CreateComputationModel}: Write; on asset, asset-model. */
  public static final Action CREATE_COMPUTATION_MODEL = Action.of(PREFIX, "CreateComputationModel");

  /** {@code iotsitewise:CreateDashboard}: Write; on project. */
  public static final Action CREATE_DASHBOARD = Action.of(PREFIX, "CreateDashboard");

  /** {@code iotsitewise:CreateDataset}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATASET = Action.of(PREFIX, "CreateDataset");

  /** {@code iotsitewise:CreateGateway}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GATEWAY = Action.of(PREFIX, "CreateGateway");

  /** {@code iotsitewise:CreatePortal}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PORTAL = Action.of(PREFIX, "CreatePortal");

  /** {@code iotsitewise:CreateProject}: Write; on portal. */
  public static final Action CREATE_PROJECT = Action.of(PREFIX, "CreateProject");

  /** {@code iotsitewise:DeleteAccessPolicy}: Write; on access-policy. */
  public static final Action DELETE_ACCESS_POLICY = Action.of(PREFIX, "DeleteAccessPolicy");

  /** {@code iotsitewise:DeleteAsset}: Write; on asset. */
  public static final Action DELETE_ASSET = Action.of(PREFIX, "DeleteAsset");

  /** {@code iotsitewise:DeleteAssetModel}: Write; on asset-model. */
  public static final Action DELETE_ASSET_MODEL = Action.of(PREFIX, "DeleteAssetModel");

  /** {@code iotsitewise:DeleteAssetModelCompositeModel}: Write; on asset-model. */
  public static final Action DELETE_ASSET_MODEL_COMPOSITE_MODEL = Action.of(PREFIX, "DeleteAssetModelCompositeModel");

  /** {@code iotsitewise:DeleteAssetModelInterfaceRelationship}: Write; on asset-model. */
  public static final Action DELETE_ASSET_MODEL_INTERFACE_RELATIONSHIP = Action.of(PREFIX, "DeleteAssetModelInterfaceRelationship");

  /** {@code iotsitewise:DeleteComputationModel}: Write; on computation-model. */
  public static final Action DELETE_COMPUTATION_MODEL = Action.of(PREFIX, "DeleteComputationModel");

  /** {@code iotsitewise:DeleteDashboard}: Write; on dashboard. */
  public static final Action DELETE_DASHBOARD = Action.of(PREFIX, "DeleteDashboard");

  /** {@code iotsitewise:DeleteDataset}: Write; on dataset. */
  public static final Action DELETE_DATASET = Action.of(PREFIX, "DeleteDataset");

  /** {@code iotsitewise:DeleteGateway}: Write; on gateway. */
  public static final Action DELETE_GATEWAY = Action.of(PREFIX, "DeleteGateway");

  /** {@code iotsitewise:DeletePortal}: Write; on portal. */
  public static final Action DELETE_PORTAL = Action.of(PREFIX, "DeletePortal");

  /** {@code iotsitewise:DeleteProject}: Write; on project. */
  public static final Action DELETE_PROJECT = Action.of(PREFIX, "DeleteProject");

  /** {@code iotsitewise:DeleteTimeSeries}: Write; on asset, time-series. */
  public static final Action DELETE_TIME_SERIES = Action.of(PREFIX, "DeleteTimeSeries");

  /** {@code iotsitewise:DescribeAccessPolicy}: Read; on access-policy. */
  public static final Action DESCRIBE_ACCESS_POLICY = Action.of(PREFIX, "DescribeAccessPolicy");

  /** {@code iotsitewise:DescribeAction}: Read; on asset, computation-model. */
  public static final Action DESCRIBE_ACTION = Action.of(PREFIX, "DescribeAction");

  /** {@code iotsitewise:DescribeAsset}: Read; on asset. */
  public static final Action DESCRIBE_ASSET = Action.of(PREFIX, "DescribeAsset");

  /** {@code iotsitewise:DescribeAssetCompositeModel}: Read; on asset. */
  public static final Action DESCRIBE_ASSET_COMPOSITE_MODEL = Action.of(PREFIX, "DescribeAssetCompositeModel");

  /** {@code iotsitewise:DescribeAssetModel}: Read; on asset-model. */
  public static final Action DESCRIBE_ASSET_MODEL = Action.of(PREFIX, "DescribeAssetModel");

  /** {@code iotsitewise:DescribeAssetModelCompositeModel}: Read; on asset-model. */
  public static final Action DESCRIBE_ASSET_MODEL_COMPOSITE_MODEL = Action.of(PREFIX, "DescribeAssetModelCompositeModel");

  /** {@code iotsitewise:DescribeAssetModelInterfaceRelationship}: Read; on asset-model. */
  public static final Action DESCRIBE_ASSET_MODEL_INTERFACE_RELATIONSHIP = Action.of(PREFIX, "DescribeAssetModelInterfaceRelationship");

  /** {@code iotsitewise:DescribeAssetProperty}: Read; on asset. */
  public static final Action DESCRIBE_ASSET_PROPERTY = Action.of(PREFIX, "DescribeAssetProperty");

  /** {@code iotsitewise:DescribeBulkImportJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BULK_IMPORT_JOB = Action.of(PREFIX, "DescribeBulkImportJob");

  /** {@code iotsitewise:DescribeComputationModel}: Read; on computation-model. */
  public static final Action DESCRIBE_COMPUTATION_MODEL = Action.of(PREFIX, "DescribeComputationModel");

  /** {@code iotsitewise:DescribeComputationModelExecutionSummary}: Read; on asset, computation-model. */
  public static final Action DESCRIBE_COMPUTATION_MODEL_EXECUTION_SUMMARY = Action.of(PREFIX, "DescribeComputationModelExecutionSummary");

  /** {@code iotsitewise:DescribeDashboard}: Read; on dashboard. */
  public static final Action DESCRIBE_DASHBOARD = Action.of(PREFIX, "DescribeDashboard");

  /** {@code iotsitewise:DescribeDataset}: Read; on dataset. */
  public static final Action DESCRIBE_DATASET = Action.of(PREFIX, "DescribeDataset");

  /** {@code iotsitewise:DescribeDefaultEncryptionConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DEFAULT_ENCRYPTION_CONFIGURATION = Action.of(PREFIX, "DescribeDefaultEncryptionConfiguration");

  /** {@code iotsitewise:DescribeExecution}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EXECUTION = Action.of(PREFIX, "DescribeExecution");

  /** {@code iotsitewise:DescribeGateway}: Read; on gateway. */
  public static final Action DESCRIBE_GATEWAY = Action.of(PREFIX, "DescribeGateway");

  /** {@code iotsitewise:DescribeGatewayCapabilityConfiguration}: Read; on gateway. */
  public static final Action DESCRIBE_GATEWAY_CAPABILITY_CONFIGURATION = Action.of(PREFIX, "DescribeGatewayCapabilityConfiguration");

  /** {@code iotsitewise:DescribeLoggingOptions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOGGING_OPTIONS = Action.of(PREFIX, "DescribeLoggingOptions");

  /** {@code iotsitewise:DescribePortal}: Read; on portal. */
  public static final Action DESCRIBE_PORTAL = Action.of(PREFIX, "DescribePortal");

  /** {@code iotsitewise:DescribeProject}: Read; on project. */
  public static final Action DESCRIBE_PROJECT = Action.of(PREFIX, "DescribeProject");

  /** {@code iotsitewise:DescribeStorageConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_STORAGE_CONFIGURATION = Action.of(PREFIX, "DescribeStorageConfiguration");

  /** {@code iotsitewise:DescribeTimeSeries}: Read; on asset, time-series. */
  public static final Action DESCRIBE_TIME_SERIES = Action.of(PREFIX, "DescribeTimeSeries");

  /** {@code iotsitewise:DisassociateAssets}: Write; on asset. */
  public static final Action DISASSOCIATE_ASSETS = Action.of(PREFIX, "DisassociateAssets");

  /** {@code iotsitewise:DisassociateTimeSeriesFromAssetProperty}: Write; on asset, time-series. */
  public static final Action DISASSOCIATE_TIME_SERIES_FROM_ASSET_PROPERTY = Action.of(PREFIX, "DisassociateTimeSeriesFromAssetProperty");

  /** {@code iotsitewise:EnableSiteWiseIntegration}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_SITE_WISE_INTEGRATION = Action.of(PREFIX, "EnableSiteWiseIntegration");

  /** {@code iotsitewise:ExecuteAction}: Write; on asset, computation-model. */
  public static final Action EXECUTE_ACTION = Action.of(PREFIX, "ExecuteAction");

  /** {@code iotsitewise:ExecuteQuery}: Read; on no resource type (give {@code *}). */
  public static final Action EXECUTE_QUERY = Action.of(PREFIX, "ExecuteQuery");

  /** {@code iotsitewise:GetAssetPropertyAggregates}: Read; on asset, time-series. */
  public static final Action GET_ASSET_PROPERTY_AGGREGATES = Action.of(PREFIX, "GetAssetPropertyAggregates");

  /** {@code iotsitewise:GetAssetPropertyValue}: Read; on asset, time-series. */
  public static final Action GET_ASSET_PROPERTY_VALUE = Action.of(PREFIX, "GetAssetPropertyValue");

  /** {@code iotsitewise:GetAssetPropertyValueHistory}: Read; on asset, time-series. */
  public static final Action GET_ASSET_PROPERTY_VALUE_HISTORY = Action.of(PREFIX, "GetAssetPropertyValueHistory");

  /** {@code iotsitewise:GetInterpolatedAssetPropertyValues}: Read; on asset, time-series. */
  public static final Action GET_INTERPOLATED_ASSET_PROPERTY_VALUES = Action.of(PREFIX, "GetInterpolatedAssetPropertyValues");

  /** {@code iotsitewise:InvokeAssistant}: Read; on no resource type (give {@code *}). */
  public static final Action INVOKE_ASSISTANT = Action.of(PREFIX, "InvokeAssistant");

  /** {@code iotsitewise:ListAccessPolicies}: List; on portal, project. */
  public static final Action LIST_ACCESS_POLICIES = Action.of(PREFIX, "ListAccessPolicies");

  /** {@code iotsitewise:ListActions}: List; on asset, computation-model. */
  public static final Action LIST_ACTIONS = Action.of(PREFIX, "ListActions");

  /** {@code iotsitewise:ListAssetModelCompositeModels}: List; on asset-model. */
  public static final Action LIST_ASSET_MODEL_COMPOSITE_MODELS = Action.of(PREFIX, "ListAssetModelCompositeModels");

  /** {@code iotsitewise:ListAssetModelProperties}: List; on asset-model. */
  public static final Action LIST_ASSET_MODEL_PROPERTIES = Action.of(PREFIX, "ListAssetModelProperties");

  /** {@code iotsitewise:ListAssetModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSET_MODELS = Action.of(PREFIX, "ListAssetModels");

  /** {@code iotsitewise:ListAssetProperties}: List; on asset. */
  public static final Action LIST_ASSET_PROPERTIES = Action.of(PREFIX, "ListAssetProperties");

  /** {@code iotsitewise:ListAssetRelationships}: List; on asset. */
  public static final Action LIST_ASSET_RELATIONSHIPS = Action.of(PREFIX, "ListAssetRelationships");

  /** {@code iotsitewise:ListAssets}: List; on asset-model. */
  public static final Action LIST_ASSETS = Action.of(PREFIX, "ListAssets");

  /** {@code iotsitewise:ListAssociatedAssets}: List; on asset. */
  public static final Action LIST_ASSOCIATED_ASSETS = Action.of(PREFIX, "ListAssociatedAssets");

  /** {@code iotsitewise:ListBulkImportJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BULK_IMPORT_JOBS = Action.of(PREFIX, "ListBulkImportJobs");

  /** {@code iotsitewise:ListCompositionRelationships}: List; on asset-model. */
  public static final Action LIST_COMPOSITION_RELATIONSHIPS = Action.of(PREFIX, "ListCompositionRelationships");

  /** {@code iotsitewise:ListComputationModelDataBindingUsages}: List; on asset, asset-model. */
  public static final Action LIST_COMPUTATION_MODEL_DATA_BINDING_USAGES = Action.of(PREFIX, "ListComputationModelDataBindingUsages");

  /** {@code iotsitewise:ListComputationModelResolveToResources}: List; on computation-model. */
  public static final Action LIST_COMPUTATION_MODEL_RESOLVE_TO_RESOURCES = Action.of(PREFIX, "ListComputationModelResolveToResources");

  /** {@code iotsitewise:ListComputationModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMPUTATION_MODELS = Action.of(PREFIX, "ListComputationModels");

  /** {@code iotsitewise:ListDashboards}: List; on project. */
  public static final Action LIST_DASHBOARDS = Action.of(PREFIX, "ListDashboards");

  /** {@code iotsitewise:ListDatasets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATASETS = Action.of(PREFIX, "ListDatasets");

  /** {@code iotsitewise:ListExecutions}: List; on asset, computation-model. */
  public static final Action LIST_EXECUTIONS = Action.of(PREFIX, "ListExecutions");

  /** {@code iotsitewise:ListGateways}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GATEWAYS = Action.of(PREFIX, "ListGateways");

  /** {@code iotsitewise:ListInterfaceRelationships}: List; on asset-model. */
  public static final Action LIST_INTERFACE_RELATIONSHIPS = Action.of(PREFIX, "ListInterfaceRelationships");

  /** {@code iotsitewise:ListPortals}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PORTALS = Action.of(PREFIX, "ListPortals");

  /** {@code iotsitewise:ListProjectAssets}: List; on project. */
  public static final Action LIST_PROJECT_ASSETS = Action.of(PREFIX, "ListProjectAssets");

  /** {@code iotsitewise:ListProjects}: List; on portal. */
  public static final Action LIST_PROJECTS = Action.of(PREFIX, "ListProjects");

  /** {@code iotsitewise:ListTagsForResource}: Read; on access-policy, asset, asset-model, computation-model, dashboard, dataset, gateway, portal, project, time-series. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code iotsitewise:ListTimeSeries}: List; on asset. */
  public static final Action LIST_TIME_SERIES = Action.of(PREFIX, "ListTimeSeries");

  /** {@code iotsitewise:PutAssetModelInterfaceRelationship}: Write; on asset-model. */
  public static final Action PUT_ASSET_MODEL_INTERFACE_RELATIONSHIP = Action.of(PREFIX, "PutAssetModelInterfaceRelationship");

  /** {@code iotsitewise:PutDefaultEncryptionConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_DEFAULT_ENCRYPTION_CONFIGURATION = Action.of(PREFIX, "PutDefaultEncryptionConfiguration");

  /** {@code iotsitewise:PutLoggingOptions}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_LOGGING_OPTIONS = Action.of(PREFIX, "PutLoggingOptions");

  /** {@code iotsitewise:PutStorageConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_STORAGE_CONFIGURATION = Action.of(PREFIX, "PutStorageConfiguration");

  /** {@code iotsitewise:TagResource}: Tagging; on access-policy, asset, asset-model, computation-model, dashboard, dataset, gateway, portal, project, time-series. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code iotsitewise:UntagResource}: Tagging; on access-policy, asset, asset-model, computation-model, dashboard, dataset, gateway, portal, project, time-series. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code iotsitewise:UpdateAccessPolicy}: Write; on access-policy. */
  public static final Action UPDATE_ACCESS_POLICY = Action.of(PREFIX, "UpdateAccessPolicy");

  /** {@code iotsitewise:UpdateAsset}: Write; on asset. */
  public static final Action UPDATE_ASSET = Action.of(PREFIX, "UpdateAsset");

  /** {@code iotsitewise:UpdateAssetModel}: Write; on asset-model. */
  public static final Action UPDATE_ASSET_MODEL = Action.of(PREFIX, "UpdateAssetModel");

  /** {@code iotsitewise:UpdateAssetModelCompositeModel}: Write; on asset-model. */
  public static final Action UPDATE_ASSET_MODEL_COMPOSITE_MODEL = Action.of(PREFIX, "UpdateAssetModelCompositeModel");

  /** {@code iotsitewise:UpdateAssetModelPropertyRouting}: Write; on asset-model. */
  public static final Action UPDATE_ASSET_MODEL_PROPERTY_ROUTING = Action.of(PREFIX, "UpdateAssetModelPropertyRouting");

  /** {@code iotsitewise:UpdateAssetProperty}: Write; on asset. */
  public static final Action UPDATE_ASSET_PROPERTY = Action.of(PREFIX, "UpdateAssetProperty");

  /** {@code iotsitewise:UpdateComputationModel}: Write; on asset, asset-model, computation-model. */
  public static final Action UPDATE_COMPUTATION_MODEL = Action.of(PREFIX, "UpdateComputationModel");

  /** {@code iotsitewise:UpdateDashboard}: Write; on dashboard. */
  public static final Action UPDATE_DASHBOARD = Action.of(PREFIX, "UpdateDashboard");

  /** {@code iotsitewise:UpdateDataset}: Write; on dataset. */
  public static final Action UPDATE_DATASET = Action.of(PREFIX, "UpdateDataset");

  /** {@code iotsitewise:UpdateGateway}: Write; on gateway. */
  public static final Action UPDATE_GATEWAY = Action.of(PREFIX, "UpdateGateway");

  /** {@code iotsitewise:UpdateGatewayCapabilityConfiguration}: Write; on gateway. */
  public static final Action UPDATE_GATEWAY_CAPABILITY_CONFIGURATION = Action.of(PREFIX, "UpdateGatewayCapabilityConfiguration");

  /** {@code iotsitewise:UpdatePortal}: Write; on portal. */
  public static final Action UPDATE_PORTAL = Action.of(PREFIX, "UpdatePortal");

  /** {@code iotsitewise:UpdateProject}: Write; on project. */
  public static final Action UPDATE_PROJECT = Action.of(PREFIX, "UpdateProject");

  private Iotsitewise() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
