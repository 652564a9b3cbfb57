// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Athena (prefix {@code athena}), as the service authorization reference lists them.
 */
public final class Athena {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "athena";

  /** {@code athena:BatchGetNamedQuery}: Read; on workgroup. */
  public static final Action BATCH_GET_NAMED_QUERY = Action.of(PREFIX, "BatchGetNamedQuery");

  /** {@code athena:BatchGetPreparedStatement}: Read; on workgroup. */
  public static final Action BATCH_GET_PREPARED_STATEMENT = Action.of(PREFIX, "BatchGetPreparedStatement");

  /** {@code athena:BatchGetQueryExecution}: Read; on workgroup. */
  public static final Action BATCH_GET_QUERY_EXECUTION = Action.of(PREFIX, "BatchGetQueryExecution");

  /** {@code athena:CancelCapacityReservation}: Write; on capacity-reservation. */
  public static final Action CANCEL_CAPACITY_RESERVATION = Action.of(PREFIX, "CancelCapacityReservation");

  /** {@code athena:CancelQueryExecution}: Write; on workgroup. */
  public static final Action CANCEL_QUERY_EXECUTION = Action.of(PREFIX, "CancelQueryExecution");

  /** {@code athena:CreateCapacityReservation}: Write; on capacity-reservation. */
  public static final Action CREATE_CAPACITY_RESERVATION = Action.of(PREFIX, "CreateCapacityReservation");

  /** {@code athena:CreateDataCatalog}: Write; on datacatalog. */
  public static final Action CREATE_DATA_CATALOG = Action.of(PREFIX, "CreateDataCatalog");

  /** {@code athena:CreateNamedQuery}: Write; on workgroup. */
  public static final Action CREATE_NAMED_QUERY = Action.of(PREFIX, "CreateNamedQuery");

  /** {@code athena:CreateNotebook}: Write; on workgroup. */
  public static final Action CREATE_NOTEBOOK = Action.of(PREFIX, "CreateNotebook");

  /** {@code athena:CreatePreparedStatement}: Write; on workgroup. */
  public static final Action CREATE_PREPARED_STATEMENT = Action.of(PREFIX, "CreatePreparedStatement");

  /** {@code athena:CreatePresignedNotebookUrl}: Write; on workgroup. */
  public static final Action CREATE_PRESIGNED_NOTEBOOK_URL = Action.of(PREFIX, "CreatePresignedNotebookUrl");

  /** {@code athena:CreateWorkGroup}: Write; on workgroup. */
  public static final Action CREATE_WORK_GROUP = Action.of(PREFIX, "CreateWorkGroup");

  /** {@code athena:DeleteCapacityReservation}: Write; on capacity-reservation. */
  public static final Action DELETE_CAPACITY_RESERVATION = Action.of(PREFIX, "DeleteCapacityReservation");

  /** {@code athena:DeleteDataCatalog}: Write; on datacatalog. */
  public static final Action DELETE_DATA_CATALOG = Action.of(PREFIX, "DeleteDataCatalog");

  /** {@code athena:DeleteNamedQuery}: Write; on workgroup. */
  public static final Action DELETE_NAMED_QUERY = Action.of(PREFIX, "DeleteNamedQuery");

  /** {@code athena:DeleteNotebook}: Write; on workgroup. */
  public static final Action DELETE_NOTEBOOK = Action.of(PREFIX, "DeleteNotebook");

  /** {@code athena:DeletePreparedStatement}: Write; on workgroup. */
  public static final Action DELETE_PREPARED_STATEMENT = Action.of(PREFIX, "DeletePreparedStatement");

  /** {@code athena:DeleteWorkGroup}: Write; on workgroup. */
  public static final Action DELETE_WORK_GROUP = Action.of(PREFIX, "DeleteWorkGroup");

  /** {@code athena:ExportNotebook}: Write; on workgroup. */
  public static final Action EXPORT_NOTEBOOK = Action.of(PREFIX, "ExportNotebook");

  /** {@code athena:GetCalculationExecution}: Read; on workgroup. */
  public static final Action GET_CALCULATION_EXECUTION = Action.of(PREFIX, "GetCalculationExecution");

  /** {@code athena:GetCalculationExecutionCode}: Read; on workgroup. */
  public static final Action GET_CALCULATION_EXECUTION_CODE = Action.of(PREFIX, "GetCalculationExecutionCode");

  /** {@code athena:GetCalculationExecutionStatus}: Read; on workgroup. */
  public static final Action GET_CALCULATION_EXECUTION_STATUS = Action.of(PREFIX, "GetCalculationExecutionStatus");

  /** {@code athena:GetCapacityAssignmentConfiguration}: Read; on capacity-reservation. */
  public static final Action GET_CAPACITY_ASSIGNMENT_CONFIGURATION = Action.of(PREFIX, "GetCapacityAssignmentConfiguration");

  /** {@code athena:GetCapacityReservation}: Read; on capacity-reservation. */
  public static final Action GET_CAPACITY_RESERVATION = Action.of(PREFIX, "GetCapacityReservation");

  /** {@code athena:GetCatalogs}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CATALOGS = Action.of(PREFIX, "GetCatalogs");

  /** {@code athena:GetDataCatalog}: Read; on datacatalog. */
  public static final Action GET_DATA_CATALOG = Action.of(PREFIX, "GetDataCatalog");

  /** {@code athena:GetDatabase}: Read; on datacatalog. */
  public static final Action GET_DATABASE = Action.of(PREFIX, "GetDatabase");

  /** {@code athena:GetExecutionEngine}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EXECUTION_ENGINE = Action.of(PREFIX, "GetExecutionEngine");

  /** {@code athena:GetExecutionEngines}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EXECUTION_ENGINES = Action.of(PREFIX, "GetExecutionEngines");

  /** {@code athena:GetNamedQuery}: Read; on workgroup. */
  public static final Action GET_NAMED_QUERY = Action.of(PREFIX, "GetNamedQuery");

  /** {@code athena:GetNamespace}: Read; on no resource type (give {@code *}). */
  public static final Action GET_NAMESPACE = Action.of(PREFIX, "GetNamespace");

  /** {@code athena:GetNamespaces}: Read; on no resource type (give {@code *}). */
  public static final Action GET_NAMESPACES = Action.of(PREFIX, "GetNamespaces");

  /** {@code athena:GetNotebookMetadata}: Read; on workgroup. */
  public static final Action GET_NOTEBOOK_METADATA = Action.of(PREFIX, "GetNotebookMetadata");

  /** {@code athena:GetPreparedStatement}: Read; on workgroup. */
  public static final Action GET_PREPARED_STATEMENT = Action.of(PREFIX, "GetPreparedStatement");

  /** {@code athena:GetQueryExecution}: Read; on workgroup. */
  public static final Action GET_QUERY_EXECUTION = Action.of(PREFIX, "GetQueryExecution");

  /** {@code athena:GetQueryExecutions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_QUERY_EXECUTIONS = Action.of(PREFIX, "GetQueryExecutions");

  /** {@code athena:GetQueryResults}: Read; on workgroup. */
  public static final Action GET_QUERY_RESULTS = Action.of(PREFIX, "GetQueryResults");

  /** {@code athena:GetQueryResultsStream}: Read; on workgroup. */
  public static final Action GET_QUERY_RESULTS_STREAM = Action.of(PREFIX, "GetQueryResultsStream");

  /** {@code athena:GetQueryRuntimeStatistics}: Read; on workgroup. */
  public static final Action GET_QUERY_RUNTIME_STATISTICS = Action.of(PREFIX, "GetQueryRuntimeStatistics");

  /** {@code athena:GetResourceDashboard}: Read; on session, workgroup. */
  public static final Action GET_RESOURCE_DASHBOARD = Action.of(PREFIX, "GetResourceDashboard");

  /** {@code athena:GetSession}: Read; on session, workgroup. */
  public static final Action GET_SESSION = Action.of(PREFIX, "GetSession");

  /** {@code athena:GetSessionEndpoint}: Write; on session, workgroup. */
  public static final Action GET_SESSION_ENDPOINT = Action.of(PREFIX, "GetSessionEndpoint");

  /** {@code athena:GetSessionStatus}: Read; on session, workgroup. */
  public static final Action GET_SESSION_STATUS = Action.of(PREFIX, "GetSessionStatus");

  /** {@code athena:GetTable}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TABLE = Action.of(PREFIX, "GetTable");

  /** {@code athena:GetTableMetadata}: Read; on datacatalog. */
  public static final Action GET_TABLE_METADATA = Action.of(PREFIX, "GetTableMetadata");

  /** {@code athena:GetTables}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TABLES = Action.of(PREFIX, "GetTables");

  /** {@code athena:GetWorkGroup}: Read; on workgroup. */
  public static final Action GET_WORK_GROUP = Action.of(PREFIX, "GetWorkGroup");

  /** {@code athena:ImportNotebook}: Write; on workgroup. */
  public static final Action IMPORT_NOTEBOOK = Action.of(PREFIX, "ImportNotebook");

  /** {@code athena:ListApplicationDPUSizes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATION_DPU_SIZES = Action.of(PREFIX, "ListApplicationDPUSizes");

  /** {@code athena:ListCalculationExecutions}: List; on workgroup. */
  public static final Action LIST_CALCULATION_EXECUTIONS = Action.of(PREFIX, "ListCalculationExecutions");

  /** {@code athena:ListCapacityReservations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CAPACITY_RESERVATIONS = Action.of(PREFIX, "ListCapacityReservations");

  /** {@code athena:ListDataCatalogs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_CATALOGS = Action.of(PREFIX, "ListDataCatalogs");

  /** {@code athena:ListDatabases}: List; on datacatalog. */
  public static final Action LIST_DATABASES = Action.of(PREFIX, "ListDatabases");

  /** {@code athena:ListEngineVersions}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ENGINE_VERSIONS = Action.of(PREFIX, "ListEngineVersions");

  /** {@code athena:ListExecutors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXECUTORS = Action.of(PREFIX, "ListExecutors");

  /** {@code athena:ListNamedQueries}: List; on workgroup. */
  public static final Action LIST_NAMED_QUERIES = Action.of(PREFIX, "ListNamedQueries");

  /** {@code athena:ListNotebookMetadata}: List; on workgroup. */
  public static final Action LIST_NOTEBOOK_METADATA = Action.of(PREFIX, "ListNotebookMetadata");

  /** {@code athena:ListNotebookSessions}: List; on workgroup. */
  public static final Action LIST_NOTEBOOK_SESSIONS = Action.of(PREFIX, "ListNotebookSessions");

  /** {@code athena:ListPreparedStatements}: List; on workgroup. */
  public static final Action LIST_PREPARED_STATEMENTS = Action.of(PREFIX, "ListPreparedStatements");

  /** {@code athena:ListQueryExecutions}: Read; on workgroup. */
  public static final Action LIST_QUERY_EXECUTIONS = Action.of(PREFIX, "ListQueryExecutions");

  /** {@code athena:ListSessions}: List; on workgroup. */
  public static final Action LIST_SESSIONS = Action.of(PREFIX, "ListSessions");

  /** {@code athena:ListTableMetadata}: Read; on datacatalog. */
  public static final Action LIST_TABLE_METADATA = Action.of(PREFIX, "ListTableMetadata");

  /** {@code athena:ListTagsForResource}: Read; on capacity-reservation, datacatalog, session, workgroup. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code athena:ListWorkGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORK_GROUPS = Action.of(PREFIX, "ListWorkGroups");

  /** {@code athena:PutCapacityAssignmentConfiguration}: Write; on capacity-reservation, workgroup. */
  public static final Action PUT_CAPACITY_ASSIGNMENT_CONFIGURATION = Action.of(PREFIX, "PutCapacityAssignmentConfiguration");

  /** {@code athena:RunQuery}: Write; on no resource type (give {@code *}). */
  public static final Action RUN_QUERY = Action.of(PREFIX, "RunQuery");

  /** {@code athena:StartCalculationExecution}: Write; on workgroup. */
  public static final Action START_CALCULATION_EXECUTION = Action.of(PREFIX, "StartCalculationExecution");

  /** {@code athena:StartQueryExecution}: Write; on workgroup. */
  public static final Action START_QUERY_EXECUTION = Action.of(PREFIX, "StartQueryExecution");

  /** {@code athena:StartSession}: Write; on session, workgroup. */
  public static final Action START_SESSION = Action.of(PREFIX, "StartSession");

  /** {@code athena:StopCalculationExecution}: Write; on workgroup. */
  public static final Action STOP_CALCULATION_EXECUTION = Action.of(PREFIX, "StopCalculationExecution");

  /** {@code athena:StopQueryExecution}: Write; on workgroup. */
  public static final Action STOP_QUERY_EXECUTION = Action.of(PREFIX, "StopQueryExecution");

  /** {@code athena:TagResource}: Tagging; on capacity-reservation, datacatalog, session, workgroup. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code athena:TerminateSession}: Write; on session, workgroup. */
  public static final Action TERMINATE_SESSION = Action.of(PREFIX, "TerminateSession");

  /** {@code athena:UntagResource}: Tagging; on capacity-reservation, datacatalog, session, workgroup. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code athena:UpdateCapacityReservation}: Write; on capacity-reservation. */
  public static final Action UPDATE_CAPACITY_RESERVATION = Action.of(PREFIX, "UpdateCapacityReservation");

  /** {@code athena:UpdateDataCatalog}: Write; on datacatalog. */
  public static final Action UPDATE_DATA_CATALOG = Action.of(PREFIX, "UpdateDataCatalog");

  /** {@code athena:UpdateNamedQuery}: Write; on workgroup. */
  public static final Action UPDATE_NAMED_QUERY = Action.of(PREFIX, "UpdateNamedQuery");

  /** {@code athena:UpdateNotebook}: Write; on workgroup. */
  public static final Action UPDATE_NOTEBOOK = Action.of(PREFIX, "UpdateNotebook");

  /** {@code athena:UpdateNotebookMetadata}: Write; on workgroup. */
  public static final Action UPDATE_NOTEBOOK_METADATA = Action.of(PREFIX, "UpdateNotebookMetadata");

  /** {@code athena:UpdatePreparedStatement}: Write; on workgroup. */
  public static final Action UPDATE_PREPARED_STATEMENT = Action.of(PREFIX, "UpdatePreparedStatement");

  /** {@code athena:UpdateWorkGroup}: Write; on workgroup. */
  public static final Action UPDATE_WORK_GROUP = Action.of(PREFIX, "UpdateWorkGroup");

  private Athena() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
