// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Supply Chain (prefix {@code scn}), as the service authorization reference lists them.
 */
public final class Scn {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "scn";

  /** {@code scn:AssignAdminPermissionsToUser}: Write; on instance. */
  public static final Action ASSIGN_ADMIN_PERMISSIONS_TO_USER = Action.of(PREFIX, "AssignAdminPermissionsToUser");

  /** {@code scn:CreateBillOfMaterialsImportJob}: Write; on instance. */
  public static final Action CREATE_BILL_OF_MATERIALS_IMPORT_JOB = Action.of(PREFIX, "CreateBillOfMaterialsImportJob");

  /** {@code scn:CreateDataIntegrationFlow}: Write; on instance. */
  public static final Action CREATE_DATA_INTEGRATION_FLOW = Action.of(PREFIX, "CreateDataIntegrationFlow");

  /** {@code scn:CreateDataLakeDataset}: Write; on instance. */
  public static final Action CREATE_DATA_LAKE_DATASET = Action.of(PREFIX, "CreateDataLakeDataset");

  /** {@code scn:CreateDataLakeNamespace}: Write; on instance. */
  public static final Action CREATE_DATA_LAKE_NAMESPACE = Action.of(PREFIX, "CreateDataLakeNamespace");

  /** {@code scn:CreateInstance}: Write; on instance. */
  public static final Action CREATE_INSTANCE = Action.of(PREFIX, "CreateInstance");

  /** {@code scn:CreateSSOApplication}: Write; on instance. */
  public static final Action CREATE_SSO_APPLICATION = Action.of(PREFIX, "CreateSSOApplication");

  /** {@code scn:DeleteDataIntegrationFlow}: Write; on data-integration-flow. */
  public static final Action DELETE_DATA_INTEGRATION_FLOW = Action.of(PREFIX, "DeleteDataIntegrationFlow");

  /** {@code scn:DeleteDataLakeDataset}: Write; on dataset. */
  public static final Action DELETE_DATA_LAKE_DATASET = Action.of(PREFIX, "DeleteDataLakeDataset");

  /** {@code scn:DeleteDataLakeNamespace}: Write; on namespace. */
  public static final Action DELETE_DATA_LAKE_NAMESPACE = Action.of(PREFIX, "DeleteDataLakeNamespace");

  /** {@code scn:DeleteInstance}: Write; on instance. */
  public static final Action DELETE_INSTANCE = Action.of(PREFIX, "DeleteInstance");

  /** {@code scn:DeleteSSOApplication}: Write; on instance. */
  public static final Action DELETE_SSO_APPLICATION = Action.of(PREFIX, "DeleteSSOApplication");

  /** {@code scn:DescribeInstance}: Read; on instance. */
  public static final Action DESCRIBE_INSTANCE = Action.of(PREFIX, "DescribeInstance");

  /** {@code scn:GetBillOfMaterialsImportJob}: Read; on bill-of-materials-import-job. */
  public static final Action GET_BILL_OF_MATERIALS_IMPORT_JOB = Action.of(PREFIX, "GetBillOfMaterialsImportJob");

  /** {@code scn:GetDataIntegrationEvent}: Read; on instance. */
  public static final Action GET_DATA_INTEGRATION_EVENT = Action.of(PREFIX, "GetDataIntegrationEvent");

  /** {@code scn:GetDataIntegrationFlow}: Read; on data-integration-flow. */
  public static final Action GET_DATA_INTEGRATION_FLOW = Action.of(PREFIX, "GetDataIntegrationFlow");

  /** {@code scn:GetDataIntegrationFlowExecution}: Read; on data-integration-flow. */
  public static final Action GET_DATA_INTEGRATION_FLOW_EXECUTION = Action.of(PREFIX, "GetDataIntegrationFlowExecution");

  /** {@code scn:GetDataLakeDataset}: Read; on dataset. */
  public static final Action GET_DATA_LAKE_DATASET = Action.of(PREFIX, "GetDataLakeDataset");

  /** {@code scn:GetDataLakeNamespace}: Read; on namespace. */
  public static final Action GET_DATA_LAKE_NAMESPACE = Action.of(PREFIX, "GetDataLakeNamespace");

  /** {@code scn:GetInstance}: Read; on instance. */
  public static final Action GET_INSTANCE = Action.of(PREFIX, "GetInstance");

  /** {@code scn:ListAdminUsers}: List; on instance. */
  public static final Action LIST_ADMIN_USERS = Action.of(PREFIX, "ListAdminUsers");

  /** {@code scn:ListDataIntegrationEvents}: List; on instance. */
  public static final Action LIST_DATA_INTEGRATION_EVENTS = Action.of(PREFIX, "ListDataIntegrationEvents");

  /** {@code scn:ListDataIntegrationFlowExecutions}: List; on data-integration-flow. */
  public static final Action LIST_DATA_INTEGRATION_FLOW_EXECUTIONS = Action.of(PREFIX, "ListDataIntegrationFlowExecutions");

  /** {@code scn:ListDataIntegrationFlows}: List; on instance. */
  public static final Action LIST_DATA_INTEGRATION_FLOWS = Action.of(PREFIX, "ListDataIntegrationFlows");

  /** {@code scn:ListDataLakeDatasets}: List; on instance. */
  public static final Action LIST_DATA_LAKE_DATASETS = Action.of(PREFIX, "ListDataLakeDatasets");

  /** {@code scn:ListDataLakeNamespaces}: List; on instance. */
  public static final Action LIST_DATA_LAKE_NAMESPACES = Action.of(PREFIX, "ListDataLakeNamespaces");

  /** {@code scn:ListInstances}: List; on instance. */
  public static final Action LIST_INSTANCES = Action.of(PREFIX, "ListInstances");

  /** {@code scn:ListTagsForResource}: List; on instance. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code scn:RemoveAdminPermissionsForUser}: Write; on instance. */
  public static final Action REMOVE_ADMIN_PERMISSIONS_FOR_USER = Action.of(PREFIX, "RemoveAdminPermissionsForUser");

  /** {@code scn:SendDataIntegrationEvent}: Write; on instance. */
  public static final Action SEND_DATA_INTEGRATION_EVENT = Action.of(PREFIX, "SendDataIntegrationEvent");

  /** {@code scn:TagResource}: Tagging; on instance. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code scn:UntagResource}: Tagging; on instance. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code scn:UpdateDataIntegrationFlow}: Write; on data-integration-flow. */
  public static final Action UPDATE_DATA_INTEGRATION_FLOW = Action.of(PREFIX, "UpdateDataIntegrationFlow");

  /** {@code scn:UpdateDataLakeDataset}: Write; on dataset. */
  public static final Action UPDATE_DATA_LAKE_DATASET = Action.of(PREFIX, "UpdateDataLakeDataset");

  /** {@code scn:UpdateDataLakeNamespace}: Write; on namespace. */
  public static final Action UPDATE_DATA_LAKE_NAMESPACE = Action.of(PREFIX, "UpdateDataLakeNamespace");

  /** {@code scn:UpdateInstance}: Write; on instance. */
  public static final Action UPDATE_INSTANCE = Action.of(PREFIX, "UpdateInstance");

  private Scn() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
