// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CloudTrail (prefix {@code cloudtrail}), as the service authorization reference lists them.
 */
public final class Cloudtrail {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cloudtrail";

  /** {@code cloudtrail:AddTags}: Tagging; on channel, dashboard, eventdatastore, trail. */
  public static final Action ADD_TAGS = Action.of(PREFIX, "AddTags");

  /** {@code cloudtrail:CancelQuery}: Write; on eventdatastore. */
  public static final Action CANCEL_QUERY = Action.of(PREFIX, "CancelQuery");

  /** {@code cloudtrail:CreateChannel}: Write; on channel, eventdatastore. */
  public static final Action CREATE_CHANNEL = Action.of(PREFIX, "CreateChannel");

  /** {@code cloudtrail:CreateDashboard}: Write; on dashboard. */
  public static final Action CREATE_DASHBOARD = Action.of(PREFIX, "CreateDashboard");

  /** {@code cloudtrail:CreateEventDataStore}: Write; on eventdatastore. */
  public static final Action CREATE_EVENT_DATA_STORE = Action.of(PREFIX, "CreateEventDataStore");

  /** {@code cloudtrail:CreateServiceLinkedChannel}: Write; on channel. */
  public static final Action CREATE_SERVICE_LINKED_CHANNEL = Action.of(PREFIX, "CreateServiceLinkedChannel");

  /** {@code cloudtrail:CreateTrail}: Write; on trail. */
  public static final Action CREATE_TRAIL = Action.of(PREFIX, "CreateTrail");

  /** {@code cloudtrail:DeleteChannel}: Write; on channel. */
  public static final Action DELETE_CHANNEL = Action.of(PREFIX, "DeleteChannel");

  /** {@code cloudtrail:DeleteDashboard}: Write; on dashboard. */
  public static final Action DELETE_DASHBOARD = Action.of(PREFIX, "DeleteDashboard");

  /** {@code cloudtrail:DeleteEventDataStore}: Write; on eventdatastore. */
  public static final Action DELETE_EVENT_DATA_STORE = Action.of(PREFIX, "DeleteEventDataStore");

  /** {@code cloudtrail:DeleteResourcePolicy}: Write; on channel, dashboard, eventdatastore. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code cloudtrail:DeleteServiceLinkedChannel}: Write; on channel. */
  public static final Action DELETE_SERVICE_LINKED_CHANNEL = Action.of(PREFIX, "DeleteServiceLinkedChannel");

  /** {@code cloudtrail:DeleteTrail}: Write; on trail. */
  public static final Action DELETE_TRAIL = Action.of(PREFIX, "DeleteTrail");

  /** {@code cloudtrail:DeregisterOrganizationDelegatedAdmin}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_ORGANIZATION_DELEGATED_ADMIN = Action.of(PREFIX, "DeregisterOrganizationDelegatedAdmin");

  /** {@code cloudtrail:DescribeQuery}: Read; on eventdatastore. */
  public static final Action DESCRIBE_QUERY = Action.of(PREFIX, "DescribeQuery");

  /** {@code cloudtrail:DescribeTrails}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRAILS = Action.of(PREFIX, "DescribeTrails");

  /** {@code cloudtrail:DisableFederation}: Write; on eventdatastore. */
  public static final Action DISABLE_FEDERATION = Action.of(PREFIX, "DisableFederation");

  /** {@code cloudtrail:EnableFederation}: Write; on eventdatastore. */
  public static final Action ENABLE_FEDERATION = Action.of(PREFIX, "EnableFederation");

  /** {@code cloudtrail:GenerateQuery}: Write; on eventdatastore. */
  public static final Action GENERATE_QUERY = Action.of(PREFIX, "GenerateQuery");

  /** {@code cloudtrail:GenerateQueryResultsSummary}: Read; on eventdatastore. */
  public static final Action GENERATE_QUERY_RESULTS_SUMMARY = Action.of(PREFIX, "GenerateQueryResultsSummary");

  /** {@code cloudtrail:GetChannel}: Read; on channel. */
  public static final Action GET_CHANNEL = Action.of(PREFIX, "GetChannel");

  /** {@code cloudtrail:GetDashboard}: Read; on dashboard. */
  public static final Action GET_DASHBOARD = Action.of(PREFIX, "GetDashboard");

  /** {@code cloudtrail:GetEventConfiguration}: Read; on eventdatastore, trail. */
  public static final Action GET_EVENT_CONFIGURATION = Action.of(PREFIX, "GetEventConfiguration");

  /** {@code cloudtrail:GetEventDataStore}: Read; on eventdatastore. */
  public static final Action GET_EVENT_DATA_STORE = Action.of(PREFIX, "GetEventDataStore");

  /** {@code cloudtrail:GetEventDataStoreData}: Read; on eventdatastore. */
  public static final Action GET_EVENT_DATA_STORE_DATA = Action.of(PREFIX, "GetEventDataStoreData");

  /** {@code cloudtrail:GetEventSelectors}: Read; on trail. */
  public static final Action GET_EVENT_SELECTORS = Action.of(PREFIX, "GetEventSelectors");

  /** {@code cloudtrail:GetImport}: Read; on no resource type (give {@code *}). */
  public static final Action GET_IMPORT = Action.of(PREFIX, "GetImport");

  /** {@code cloudtrail:GetInsightSelectors}: Read; on eventdatastore, trail. */
  public static final Action GET_INSIGHT_SELECTORS = Action.of(PREFIX, "GetInsightSelectors");

  /** {@code cloudtrail:GetQueryResults}: Read; on eventdatastore. */
  public static final Action GET_QUERY_RESULTS = Action.of(PREFIX, "GetQueryResults");

  /** {@code cloudtrail:GetResourcePolicy}: Read; on channel, dashboard, eventdatastore. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code cloudtrail:GetServiceLinkedChannel}: Read; on channel. */
  public static final Action GET_SERVICE_LINKED_CHANNEL = Action.of(PREFIX, "GetServiceLinkedChannel");

  /** {@code cloudtrail:GetTrail}: Read; on trail. */
  public static final Action GET_TRAIL = Action.of(PREFIX, "GetTrail");

  /** {@code cloudtrail:GetTrailStatus}: Read; on trail. */
  public static final Action GET_TRAIL_STATUS = Action.of(PREFIX, "GetTrailStatus");

  /** {@code cloudtrail:ListChannels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CHANNELS = Action.of(PREFIX, "ListChannels");

  /** {@code cloudtrail:ListDashboards}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DASHBOARDS = Action.of(PREFIX, "ListDashboards");

  /** {@code cloudtrail:ListEventDataStores}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_DATA_STORES = Action.of(PREFIX, "ListEventDataStores");

  /** {@code cloudtrail:ListImportFailures}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_IMPORT_FAILURES = Action.of(PREFIX, "ListImportFailures");

  /** {@code cloudtrail:ListImports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IMPORTS = Action.of(PREFIX, "ListImports");

  /** {@code cloudtrail:ListInsightsData}: List; on trail. */
  public static final Action LIST_INSIGHTS_DATA = Action.of(PREFIX, "ListInsightsData");

  /** {@code cloudtrail:ListPublicKeys}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PUBLIC_KEYS = Action.of(PREFIX, "ListPublicKeys");

  /** {@code cloudtrail:ListQueries}: List; on eventdatastore. */
  public static final Action LIST_QUERIES = Action.of(PREFIX, "ListQueries");

  /** {@code cloudtrail:ListServiceLinkedChannels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_LINKED_CHANNELS = Action.of(PREFIX, "ListServiceLinkedChannels");

  /** {@code cloudtrail:ListTags}: Read; on channel, dashboard, eventdatastore, trail. */
  public static final Action LIST_TAGS = Action.of(PREFIX, "ListTags");

  /** {@code cloudtrail:ListTrails}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRAILS = Action.of(PREFIX, "ListTrails");

  /** {@code cloudtrail:LookupEvents}: Read; on no resource type (give {@code *}). */
  public static final Action LOOKUP_EVENTS = Action.of(PREFIX, "LookupEvents");

  /** {@code cloudtrail:PutEventConfiguration}: Write; on eventdatastore, trail. */
  public static final Action PUT_EVENT_CONFIGURATION = Action.of(PREFIX, "PutEventConfiguration");

  /** {@code cloudtrail:PutEventSelectors}: Write; on trail. */
  public static final Action PUT_EVENT_SELECTORS = Action.of(PREFIX, "PutEventSelectors");

  /** {@code cloudtrail:PutInsightSelectors}: Write; on eventdatastore, trail. */
  public static final Action PUT_INSIGHT_SELECTORS = Action.of(PREFIX, "PutInsightSelectors");

  /** {@code cloudtrail:PutResourcePolicy}: Write; on channel, dashboard, eventdatastore. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code cloudtrail:RegisterOrganizationDelegatedAdmin}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_ORGANIZATION_DELEGATED_ADMIN = Action.of(PREFIX, "RegisterOrganizationDelegatedAdmin");

  /** {@code cloudtrail:RemoveTags}: Tagging; on channel, dashboard, eventdatastore, trail. */
  public static final Action REMOVE_TAGS = Action.of(PREFIX, "RemoveTags");

  /** {@code cloudtrail:RestoreEventDataStore}: Write; on eventdatastore. */
  public static final Action RESTORE_EVENT_DATA_STORE = Action.of(PREFIX, "RestoreEventDataStore");

  /** {@code cloudtrail:SearchSampleQueries}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_SAMPLE_QUERIES = Action.of(PREFIX, "SearchSampleQueries");

  /** {@code cloudtrail:StartDashboardRefresh}: Write; on dashboard. */
  public static final Action START_DASHBOARD_REFRESH = Action.of(PREFIX, "StartDashboardRefresh");

  /** {@code cloudtrail:StartEventDataStoreIngestion}: Write; on eventdatastore. */
  public static final Action START_EVENT_DATA_STORE_INGESTION = Action.of(PREFIX, "StartEventDataStoreIngestion");

  /** {@code cloudtrail:StartImport}: Write; on no resource type (give {@code *}). */
  public static final Action START_IMPORT = Action.of(PREFIX, "StartImport");

  /** {@code cloudtrail:StartLogging}: Write; on trail. */
  public static final Action START_LOGGING = Action.of(PREFIX, "StartLogging");

  /** {@code cloudtrail:StartQuery}: Write; on eventdatastore. */
  public static final Action START_QUERY = Action.of(PREFIX, "StartQuery");

  /** {@code cloudtrail:StopEventDataStoreIngestion}: Write; on eventdatastore. */
  public static final Action STOP_EVENT_DATA_STORE_INGESTION = Action.of(PREFIX, "StopEventDataStoreIngestion");

  /** {@code cloudtrail:StopImport}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_IMPORT = Action.of(PREFIX, "StopImport");

  /** {@code cloudtrail:StopLogging}: Write; on trail. */
  public static final Action STOP_LOGGING = Action.of(PREFIX, "StopLogging");

  /** {@code cloudtrail:UpdateChannel}: Write; on channel. */
  public static final Action UPDATE_CHANNEL = Action.of(PREFIX, "UpdateChannel");

  /** {@code cloudtrail:UpdateDashboard}: Write; on dashboard. */
  public static final Action UPDATE_DASHBOARD = Action.of(PREFIX, "UpdateDashboard");

  /** {@code cloudtrail:UpdateEventDataStore}: Write; on eventdatastore. */
  public static final Action UPDATE_EVENT_DATA_STORE = Action.of(PREFIX, "UpdateEventDataStore");

  /** {@code cloudtrail:UpdateServiceLinkedChannel}: Write; on channel. */
  public static final Action UPDATE_SERVICE_LINKED_CHANNEL = Action.of(PREFIX, "UpdateServiceLinkedChannel");

  /** {@code cloudtrail:UpdateTrail}: Write; on trail. */
  public static final Action UPDATE_TRAIL = Action.of(PREFIX, "UpdateTrail");

  private Cloudtrail() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
