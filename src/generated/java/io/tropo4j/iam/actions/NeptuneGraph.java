// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Neptune Analytics (prefix {@code neptune-graph}), as the service authorization reference lists them.
 */
public final class NeptuneGraph {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "neptune-graph";

  /** {@code neptune-graph:CancelExportTask}: Write; on export-task. */
  public static final Action CANCEL_EXPORT_TASK = Action.of(PREFIX, "CancelExportTask");

  /** {@code neptune-graph:CancelImportTask}: Write; on import-task. */
  public static final Action CANCEL_IMPORT_TASK = Action.of(PREFIX, "CancelImportTask");

  /** {@code neptune-graph:CancelQuery}: Write; on graph. */
  public static final Action CANCEL_QUERY = Action.of(PREFIX, "CancelQuery");

  /** {@code neptune-graph:CreateGraph}: Write; on graph. */
  public static final Action CREATE_GRAPH = Action.of(PREFIX, "CreateGraph");

  /** {@code neptune-graph:CreateGraphSnapshot}: Write; on graph, graph-snapshot. */
  public static final Action CREATE_GRAPH_SNAPSHOT = Action.of(PREFIX, "CreateGraphSnapshot");

  /** {@code neptune-graph:CreateGraphUsingImportTask}: Write; on graph, import-task. */
  public static final Action CREATE_GRAPH_USING_IMPORT_TASK = Action.of(PREFIX, "CreateGraphUsingImportTask");

  /** {@code neptune-graph:CreatePrivateGraphEndpoint}: Write; on graph. */
  public static final Action CREATE_PRIVATE_GRAPH_ENDPOINT = Action.of(PREFIX, "CreatePrivateGraphEndpoint");

  /** {@code neptune-graph:DeleteDataViaQuery}: Write; on graph. */
  public static final Action DELETE_DATA_VIA_QUERY = Action.of(PREFIX, "DeleteDataViaQuery");

  /** {@code neptune-graph:DeleteGraph}: Write; on graph. */
  public static final Action DELETE_GRAPH = Action.of(PREFIX, "DeleteGraph");

  /** {@code neptune-graph:DeleteGraphSnapshot}: Write; on graph-snapshot. */
  public static final Action DELETE_GRAPH_SNAPSHOT = Action.of(PREFIX, "DeleteGraphSnapshot");

  /** {@code neptune-graph:DeletePrivateGraphEndpoint}: Write; on graph. */
  public static final Action DELETE_PRIVATE_GRAPH_ENDPOINT = Action.of(PREFIX, "DeletePrivateGraphEndpoint");

  /** {@code neptune-graph:GetEngineStatus}: Read; on graph. */
  public static final Action GET_ENGINE_STATUS = Action.of(PREFIX, "GetEngineStatus");

  /** {@code neptune-graph:GetExportTask}: Read; on export-task. */
  public static final Action GET_EXPORT_TASK = Action.of(PREFIX, "GetExportTask");

  /** {@code neptune-graph:GetGraph}: Read; on graph. */
  public static final Action GET_GRAPH = Action.of(PREFIX, "GetGraph");

  /** {@code neptune-graph:GetGraphSnapshot}: Read; on graph-snapshot. */
  public static final Action GET_GRAPH_SNAPSHOT = Action.of(PREFIX, "GetGraphSnapshot");

  /** {@code neptune-graph:GetGraphSummary}: Read; on graph. */
  public static final Action GET_GRAPH_SUMMARY = Action.of(PREFIX, "GetGraphSummary");

  /** {@code neptune-graph:GetImportTask}: Read; on import-task. */
  public static final Action GET_IMPORT_TASK = Action.of(PREFIX, "GetImportTask");

  /** {@code neptune-graph:GetPrivateGraphEndpoint}: Read; on graph. */
  public static final Action GET_PRIVATE_GRAPH_ENDPOINT = Action.of(PREFIX, "GetPrivateGraphEndpoint");

  /** {@code neptune-graph:GetQueryStatus}: Read; on graph. */
  public static final Action GET_QUERY_STATUS = Action.of(PREFIX, "GetQueryStatus");

  /** {@code neptune-graph:GetStatisticsStatus}: Read; on graph. */
  public static final Action GET_STATISTICS_STATUS = Action.of(PREFIX, "GetStatisticsStatus");

  /** {@code neptune-graph:ListExportTasks}: Read; on export-task. */
  public static final Action LIST_EXPORT_TASKS = Action.of(PREFIX, "ListExportTasks");

  /** {@code neptune-graph:ListGraphSnapshots}: Read; on graph-snapshot. */
  public static final Action LIST_GRAPH_SNAPSHOTS = Action.of(PREFIX, "ListGraphSnapshots");

  /** {@code neptune-graph:ListGraphs}: Read; on graph. */
  public static final Action LIST_GRAPHS = Action.of(PREFIX, "ListGraphs");

  /** {@code neptune-graph:ListImportTasks}: Read; on import-task. */
  public static final Action LIST_IMPORT_TASKS = Action.of(PREFIX, "ListImportTasks");

  /** {@code neptune-graph:ListPrivateGraphEndpoints}: Read; on graph. */
  public static final Action LIST_PRIVATE_GRAPH_ENDPOINTS = Action.of(PREFIX, "ListPrivateGraphEndpoints");

  /** {@code neptune-graph:ListQueries}: Read; on graph. */
  public static final Action LIST_QUERIES = Action.of(PREFIX, "ListQueries");

  /** {@code neptune-graph:ListTagsForResource}: Read; on graph, graph-snapshot. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code neptune-graph:ReadDataViaQuery}: Read; on graph. */
  public static final Action READ_DATA_VIA_QUERY = Action.of(PREFIX, "ReadDataViaQuery");

  /** {@code neptune-graph:ResetGraph}: Write; on graph. */
  public static final Action RESET_GRAPH = Action.of(PREFIX, "ResetGraph");

  /** {@code neptune-graph:RestoreGraphFromSnapshot}: Write; on graph, graph-snapshot. */
  public static final Action RESTORE_GRAPH_FROM_SNAPSHOT = Action.of(PREFIX, "RestoreGraphFromSnapshot");

  /** {@code neptune-graph:StartExportTask}: Write; on export-task, graph. */
  public static final Action START_EXPORT_TASK = Action.of(PREFIX, "StartExportTask");

  /** {@code neptune-graph:StartGraph}: Write; on graph. */
  public static final Action START_GRAPH = Action.of(PREFIX, "StartGraph");

  /** {@code neptune-graph:StartImportTask}: Write; on graph, import-task. */
  public static final Action START_IMPORT_TASK = Action.of(PREFIX, "StartImportTask");

  /** {@code neptune-graph:StopGraph}: Write; on graph. */
  public static final Action STOP_GRAPH = Action.of(PREFIX, "StopGraph");

  /** {@code neptune-graph:TagResource}: Tagging; on graph, graph-snapshot. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code neptune-graph:UntagResource}: Tagging; on graph, graph-snapshot. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code neptune-graph:UpdateGraph}: Write; on graph. */
  public static final Action UPDATE_GRAPH = Action.of(PREFIX, "UpdateGraph");

  /** {@code neptune-graph:WriteDataViaQuery}: Write; on graph. */
  public static final Action WRITE_DATA_VIA_QUERY = Action.of(PREFIX, "WriteDataViaQuery");

  private NeptuneGraph() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
