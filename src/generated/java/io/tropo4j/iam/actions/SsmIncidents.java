// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Systems Manager Incident Manager (prefix {@code ssm-incidents}), as the service authorization reference lists them.
 */
public final class SsmIncidents {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ssm-incidents";

  /** {@code ssm-incidents:BatchGetIncidentFindings}: Read; on incident-record, response-plan. */
  public static final Action BATCH_GET_INCIDENT_FINDINGS = Action.of(PREFIX, "BatchGetIncidentFindings");

  /** {@code ssm-incidents:CreateReplicationSet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REPLICATION_SET = Action.of(PREFIX, "CreateReplicationSet");

  /** {@code ssm-incidents:CreateResponsePlan}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RESPONSE_PLAN = Action.of(PREFIX, "CreateResponsePlan");

  /** {@code ssm-incidents:CreateTimelineEvent}: Write; on incident-record, response-plan. */
  public static final Action CREATE_TIMELINE_EVENT = Action.of(PREFIX, "CreateTimelineEvent");

  /** {@code ssm-incidents:DeleteIncidentRecord}: Write; on incident-record. */
  public static final Action DELETE_INCIDENT_RECORD = Action.of(PREFIX, "DeleteIncidentRecord");

  /** {@code ssm-incidents:DeleteReplicationSet}: Write; on replication-set. */
  public static final Action DELETE_REPLICATION_SET = Action.of(PREFIX, "DeleteReplicationSet");

  /** {@code ssm-incidents:DeleteResourcePolicy}: Permissions management; on response-plan. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code ssm-incidents:DeleteResponsePlan}: Write; on response-plan. */
  public static final Action DELETE_RESPONSE_PLAN = Action.of(PREFIX, "DeleteResponsePlan");

  /** {@code ssm-incidents:DeleteTimelineEvent}: Write; on incident-record. */
  public static final Action DELETE_TIMELINE_EVENT = Action.of(PREFIX, "DeleteTimelineEvent");

  /** {@code ssm-incidents:GetIncidentRecord}: Read; on incident-record, response-plan. */
  public static final Action GET_INCIDENT_RECORD = Action.of(PREFIX, "GetIncidentRecord");

  /** {@code ssm-incidents:GetReplicationSet}: Read; on replication-set. */
  public static final Action GET_REPLICATION_SET = Action.of(PREFIX, "GetReplicationSet");

  /** {@code ssm-incidents:GetResourcePolicies}: Read; on response-plan. */
  public static final Action GET_RESOURCE_POLICIES = Action.of(PREFIX, "GetResourcePolicies");

  /** {@code ssm-incidents:GetResponsePlan}: Read; on response-plan. */
  public static final Action GET_RESPONSE_PLAN = Action.of(PREFIX, "GetResponsePlan");

  /** {@code ssm-incidents:GetTimelineEvent}: Read; on incident-record, response-plan. */
  public static final Action GET_TIMELINE_EVENT = Action.of(PREFIX, "GetTimelineEvent");

  /** {@code ssm-incidents:ListIncidentFindings}: List; on incident-record, response-plan. */
  public static final Action LIST_INCIDENT_FINDINGS = Action.of(PREFIX, "ListIncidentFindings");

  /** {@code ssm-incidents:ListIncidentRecords}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INCIDENT_RECORDS = Action.of(PREFIX, "ListIncidentRecords");

  /** {@code ssm-incidents:ListRelatedItems}: List; on incident-record, response-plan. */
  public static final Action LIST_RELATED_ITEMS = Action.of(PREFIX, "ListRelatedItems");

  /** {@code ssm-incidents:ListReplicationSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPLICATION_SETS = Action.of(PREFIX, "ListReplicationSets");

  /** {@code ssm-incidents:ListResponsePlans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESPONSE_PLANS = Action.of(PREFIX, "ListResponsePlans");

  /** {@code ssm-incidents:ListTagsForResource}: Read; on incident-record, replication-set, response-plan. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code ssm-incidents:ListTimelineEvents}: List; on incident-record, response-plan. */
  public static final Action LIST_TIMELINE_EVENTS = Action.of(PREFIX, "ListTimelineEvents");

  /** {@code ssm-incidents:PutResourcePolicy}: Permissions management; on response-plan. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code ssm-incidents:StartIncident}: Write; on response-plan. */
  public static final Action START_INCIDENT = Action.of(PREFIX, "StartIncident");

  /** {@code ssm-incidents:TagResource}: Tagging; on incident-record, replication-set, response-plan. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code ssm-incidents:UntagResource}: Tagging; on incident-record, replication-set, response-plan. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code ssm-incidents:UpdateDeletionProtection}: Write; on replication-set. */
  public static final Action UPDATE_DELETION_PROTECTION = Action.of(PREFIX, "UpdateDeletionProtection");

  /** {@code ssm-incidents:UpdateIncidentRecord}: Write; on incident-record, response-plan. */
  public static final Action UPDATE_INCIDENT_RECORD = Action.of(PREFIX, "UpdateIncidentRecord");

  /** {@code ssm-incidents:UpdateRelatedItems}: Write; on incident-record, response-plan. */
  public static final Action UPDATE_RELATED_ITEMS = Action.of(PREFIX, "UpdateRelatedItems");

  /** {@code ssm-incidents:UpdateReplicationSet}: Write; on replication-set. */
  public static final Action UPDATE_REPLICATION_SET = Action.of(PREFIX, "UpdateReplicationSet");

  /** {@code ssm-incidents:UpdateResponsePlan}: Write; on response-plan. */
  public static final Action UPDATE_RESPONSE_PLAN = Action.of(PREFIX, "UpdateResponsePlan");

  /** {@code ssm-incidents:UpdateTimelineEvent}: Write; on incident-record, response-plan. */
  public static final Action UPDATE_TIMELINE_EVENT = Action.of(PREFIX, "UpdateTimelineEvent");

  private SsmIncidents() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
