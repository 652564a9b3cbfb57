// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon AppFlow (prefix {@code appflow}), as the service authorization reference lists them.
 */
public final class Appflow {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "appflow";

  /** {@code appflow:CancelFlowExecutions}: Write; on flow. */
  public static final Action CANCEL_FLOW_EXECUTIONS = Action.of(PREFIX, "CancelFlowExecutions");

  /** {@code appflow:CreateConnectorProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTOR_PROFILE = Action.of(PREFIX, "CreateConnectorProfile");

  /** {@code appflow:CreateFlow}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FLOW = Action.of(PREFIX, "CreateFlow");

  /** {@code appflow:DeleteConnectorProfile}: Write; on connectorprofile. */
  public static final Action DELETE_CONNECTOR_PROFILE = Action.of(PREFIX, "DeleteConnectorProfile");

  /** {@code appflow:DeleteFlow}: Write; on flow. */
  public static final Action DELETE_FLOW = Action.of(PREFIX, "DeleteFlow");

  /** {@code appflow:DescribeConnector}: Read; on connector. */
  public static final Action DESCRIBE_CONNECTOR = Action.of(PREFIX, "DescribeConnector");

  /** {@code appflow:DescribeConnectorEntity}: Read; on connectorprofile. */
  public static final Action DESCRIBE_CONNECTOR_ENTITY = Action.of(PREFIX, "DescribeConnectorEntity");

  /** {@code appflow:DescribeConnectorFields}: Read; on connectorprofile. */
  public static final Action DESCRIBE_CONNECTOR_FIELDS = Action.of(PREFIX, "DescribeConnectorFields");

  /** {@code appflow:DescribeConnectorProfiles}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONNECTOR_PROFILES = Action.of(PREFIX, "DescribeConnectorProfiles");

  /** {@code appflow:DescribeConnectors}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONNECTORS = Action.of(PREFIX, "DescribeConnectors");

  /** {@code appflow:DescribeFlow}: Read; on flow. */
  public static final Action DESCRIBE_FLOW = Action.of(PREFIX, "DescribeFlow");

  /** {@code appflow:DescribeFlowExecution}: Read; on flow. */
  public static final Action DESCRIBE_FLOW_EXECUTION = Action.of(PREFIX, "DescribeFlowExecution");

  /** {@code appflow:DescribeFlowExecutionRecords}: Read; on flow. */
  public static final Action DESCRIBE_FLOW_EXECUTION_RECORDS = Action.of(PREFIX, "DescribeFlowExecutionRecords");

  /** {@code appflow:DescribeFlows}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FLOWS = Action.of(PREFIX, "DescribeFlows");

  /** {@code appflow:ListConnectorEntities}: List; on connectorprofile. */
  public static final Action LIST_CONNECTOR_ENTITIES = Action.of(PREFIX, "ListConnectorEntities");

  /** {@code appflow:ListConnectorFields}: Read; on connectorprofile. */
  public static final Action LIST_CONNECTOR_FIELDS = Action.of(PREFIX, "ListConnectorFields");

  /** {@code appflow:ListConnectors}: List; on connector. */
  public static final Action LIST_CONNECTORS = Action.of(PREFIX, "ListConnectors");

  /** {@code appflow:ListFlows}: List; on flow. */
  public static final Action LIST_FLOWS = Action.of(PREFIX, "ListFlows");

  /** {@code appflow:ListTagsForResource}: Read; on flow. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code appflow:RegisterConnector}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_CONNECTOR = Action.of(PREFIX, "RegisterConnector");

  /** {@code appflow:ResetConnectorMetadataCache}: Write; on connectorprofile. */
  public static final Action RESET_CONNECTOR_METADATA_CACHE = Action.of(PREFIX, "ResetConnectorMetadataCache");

  /** {@code appflow:RunFlow}: Write; on flow. */
  public static final Action RUN_FLOW = Action.of(PREFIX, "RunFlow");

  /** {@code appflow:StartFlow}: Write; on flow. */
  public static final Action START_FLOW = Action.of(PREFIX, "StartFlow");

  /** {@code appflow:StopFlow}: Write; on flow. */
  public static final Action STOP_FLOW = Action.of(PREFIX, "StopFlow");

  /** {@code appflow:TagResource}: Tagging; on connector, flow. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code appflow:UnRegisterConnector}: Write; on connector. */
  public static final Action UN_REGISTER_CONNECTOR = Action.of(PREFIX, "UnRegisterConnector");

  /** {@code appflow:UntagResource}: Tagging; on connector, flow. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code appflow:UpdateConnectorProfile}: Write; on connectorprofile. */
  public static final Action UPDATE_CONNECTOR_PROFILE = Action.of(PREFIX, "UpdateConnectorProfile");

  /** {@code appflow:UpdateConnectorRegistration}: Write; on connector. */
  public static final Action UPDATE_CONNECTOR_REGISTRATION = Action.of(PREFIX, "UpdateConnectorRegistration");

  /** {@code appflow:UpdateFlow}: Write; on flow. */
  public static final Action UPDATE_FLOW = Action.of(PREFIX, "UpdateFlow");

  /** {@code appflow:UseConnectorProfile}: Write; on connectorprofile. */
  public static final Action USE_CONNECTOR_PROFILE = Action.of(PREFIX, "UseConnectorProfile");

  private Appflow() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
