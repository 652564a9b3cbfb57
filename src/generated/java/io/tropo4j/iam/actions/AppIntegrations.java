// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon AppIntegrations (prefix {@code app-integrations}), as the service authorization reference lists them.
 */
public final class AppIntegrations {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "app-integrations";

  /** {@code app-integrations:CreateApplication}: Write; on application. */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code app-integrations:CreateApplicationAssociation}: Write; on application. */
  public static final Action CREATE_APPLICATION_ASSOCIATION = Action.of(PREFIX, "CreateApplicationAssociation");

  /** {@code app-integrations:CreateDataIntegration}: Write; on data-integration. */
  public static final Action CREATE_DATA_INTEGRATION = Action.of(PREFIX, "CreateDataIntegration");

  /** {@code app-integrations:CreateDataIntegrationAssociation}: Write; on data-integration. */
  public static final Action CREATE_DATA_INTEGRATION_ASSOCIATION = Action.of(PREFIX, "CreateDataIntegrationAssociation");

  /** {@code app-integrations:CreateDataIntegrationSchedule}: Write; on data-integration. */
  public static final Action CREATE_DATA_INTEGRATION_SCHEDULE = Action.of(PREFIX, "CreateDataIntegrationSchedule");

  /** {@code app-integrations:CreateEventIntegration}: Write; on event-integration. */
  public static final Action CREATE_EVENT_INTEGRATION = Action.of(PREFIX, "CreateEventIntegration");

  /** {@code app-integrations:CreateEventIntegrationAssociation}: Write; on event-integration. */
  public static final Action CREATE_EVENT_INTEGRATION_ASSOCIATION = Action.of(PREFIX, "CreateEventIntegrationAssociation");

  /** {@code app-integrations:DeleteApplication}: Write; on application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code app-integrations:DeleteApplicationAssociation}: Write; on application-association. */
  public static final Action DELETE_APPLICATION_ASSOCIATION = Action.of(PREFIX, "DeleteApplicationAssociation");

  /** {@code app-integrations:DeleteDataIntegration}: Write; on data-integration. */
  public static final Action DELETE_DATA_INTEGRATION = Action.of(PREFIX, "DeleteDataIntegration");

  /** {@code app-integrations:DeleteDataIntegrationAssociation}: Write; on data-integration-association. */
  public static final Action DELETE_DATA_INTEGRATION_ASSOCIATION = Action.of(PREFIX, "DeleteDataIntegrationAssociation");

  /** {@code app-integrations:DeleteEventIntegration}: Write; on event-integration. */
  public static final Action DELETE_EVENT_INTEGRATION = Action.of(PREFIX, "DeleteEventIntegration");

  /** {@code app-integrations:DeleteEventIntegrationAssociation}: Write; on event-integration-association. */
  public static final Action DELETE_EVENT_INTEGRATION_ASSOCIATION = Action.of(PREFIX, "DeleteEventIntegrationAssociation");

  /** {@code app-integrations:GetApplication}: Read; on application. */
  public static final Action GET_APPLICATION = Action.of(PREFIX, "GetApplication");

  /** {@code app-integrations:GetDataIntegration}: Read; on data-integration. */
  public static final Action GET_DATA_INTEGRATION = Action.of(PREFIX, "GetDataIntegration");

  /** {@code app-integrations:GetDataIntegrationExecution}: Read; on data-integration. */
  public static final Action GET_DATA_INTEGRATION_EXECUTION = Action.of(PREFIX, "GetDataIntegrationExecution");

  /** {@code app-integrations:GetDataIntegrationSchedule}: Read; on data-integration. */
  public static final Action GET_DATA_INTEGRATION_SCHEDULE = Action.of(PREFIX, "GetDataIntegrationSchedule");

  /** {@code app-integrations:GetEventIntegration}: Read; on event-integration. */
  public static final Action GET_EVENT_INTEGRATION = Action.of(PREFIX, "GetEventIntegration");

  /** {@code app-integrations:ListApplicationAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATION_ASSOCIATIONS = Action.of(PREFIX, "ListApplicationAssociations");

  /** {@code app-integrations:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code app-integrations:ListDataIntegrationAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_INTEGRATION_ASSOCIATIONS = Action.of(PREFIX, "ListDataIntegrationAssociations");

  /** {@code app-integrations:ListDataIntegrationExecutions}: List; on data-integration. */
  public static final Action LIST_DATA_INTEGRATION_EXECUTIONS = Action.of(PREFIX, "ListDataIntegrationExecutions");

  /** {@code app-integrations:ListDataIntegrationSchedules}: List; on data-integration. */
  public static final Action LIST_DATA_INTEGRATION_SCHEDULES = Action.of(PREFIX, "ListDataIntegrationSchedules");

  /** {@code app-integrations:ListDataIntegrations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_INTEGRATIONS = Action.of(PREFIX, "ListDataIntegrations");

  /** {@code app-integrations:ListEventIntegrationAssociations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_INTEGRATION_ASSOCIATIONS = Action.of(PREFIX, "ListEventIntegrationAssociations");

  /** {@code app-integrations:ListEventIntegrations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_INTEGRATIONS = Action.of(PREFIX, "ListEventIntegrations");

  /** {@code app-integrations:ListTagsForResource}: Read; on application, data-integration, data-integration-association, event-integration, event-integration-association. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code app-integrations:StartDataIntegrationExecution}: Write; on data-integration. */
  public static final Action START_DATA_INTEGRATION_EXECUTION = Action.of(PREFIX, "StartDataIntegrationExecution");

  /** {@code app-integrations:TagResource}: Tagging; on application, application-association, data-integration, data-integration-association, event-integration, event-integration-association. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code app-integrations:UntagResource}: Tagging; on application, application-association, data-integration, data-integration-association, event-integration, event-integration-association. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code app-integrations:UpdateApplication}: Write; on application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code app-integrations:UpdateDataIntegration}: Write; on data-integration. */
  public static final Action UPDATE_DATA_INTEGRATION = Action.of(PREFIX, "UpdateDataIntegration");

  /** {@code app-integrations:UpdateDataIntegrationAssociation}: Write; on data-integration-association. */
  public static final Action UPDATE_DATA_INTEGRATION_ASSOCIATION = Action.of(PREFIX, "UpdateDataIntegrationAssociation");

  /** {@code app-integrations:UpdateDataIntegrationSchedule}: Write; on data-integration. */
  public static final Action UPDATE_DATA_INTEGRATION_SCHEDULE = Action.of(PREFIX, "UpdateDataIntegrationSchedule");

  /** {@code app-integrations:UpdateEventIntegration}: Write; on event-integration. */
  public static final Action UPDATE_EVENT_INTEGRATION = Action.of(PREFIX, "UpdateEventIntegration");

  private AppIntegrations() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
