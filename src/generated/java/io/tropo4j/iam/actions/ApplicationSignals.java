// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CloudWatch Application Signals (prefix {@code application-signals}), as the service authorization reference lists them.
 */
public final class ApplicationSignals {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "application-signals";

  /** {@code application-signals:BatchGetServiceLevelObjectiveBudgetReport}: Read; on slo. */
  public static final Action BATCH_GET_SERVICE_LEVEL_OBJECTIVE_BUDGET_REPORT = Action.of(PREFIX, "BatchGetServiceLevelObjectiveBudgetReport");

  /** {@code application-signals:BatchUpdateExclusionWindows}: Write; on slo. */
  public static final Action BATCH_UPDATE_EXCLUSION_WINDOWS = Action.of(PREFIX, "BatchUpdateExclusionWindows");

  /** {@code application-signals:CreateServiceLevelObjective}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SERVICE_LEVEL_OBJECTIVE = Action.of(PREFIX, "CreateServiceLevelObjective");

  /** {@code application-signals:DeleteGroupingConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_GROUPING_CONFIGURATION = Action.of(PREFIX, "DeleteGroupingConfiguration");

  /** {@code application-signals:DeleteServiceLevelObjective}: Write; on slo. */
  public static final Action DELETE_SERVICE_LEVEL_OBJECTIVE = Action.of(PREFIX, "DeleteServiceLevelObjective");

  /** {@code application-signals:GetService}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE = Action.of(PREFIX, "GetService");

  /** {@code application-signals:GetServiceLevelObjective}: Read; on slo. */
  public static final Action GET_SERVICE_LEVEL_OBJECTIVE = Action.of(PREFIX, "GetServiceLevelObjective");

  /** {@code application-signals:Link}: Write; on no resource type (give {@code *}). */
  public static final Action LINK = Action.of(PREFIX, "Link");

  /** {@code application-signals:ListAuditFindings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUDIT_FINDINGS = Action.of(PREFIX, "ListAuditFindings");

  /** {@code application-signals:ListEntityEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENTITY_EVENTS = Action.of(PREFIX, "ListEntityEvents");

  /** {@code application-signals:ListGroupingAttributeDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GROUPING_ATTRIBUTE_DEFINITIONS = Action.of(PREFIX, "ListGroupingAttributeDefinitions");

  /** {@code application-signals:ListObservedEntities}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OBSERVED_ENTITIES = Action.of(PREFIX, "ListObservedEntities");

  /** {@code application-signals:ListServiceDependencies}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_DEPENDENCIES = Action.of(PREFIX, "ListServiceDependencies");

  /** {@code application-signals:ListServiceDependents}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_DEPENDENTS = Action.of(PREFIX, "ListServiceDependents");

  /** {@code application-signals:ListServiceLevelObjectiveExclusionWindows}: List; on slo. */
  public static final Action LIST_SERVICE_LEVEL_OBJECTIVE_EXCLUSION_WINDOWS = Action.of(PREFIX, "ListServiceLevelObjectiveExclusionWindows");

  /** {@code application-signals:ListServiceLevelObjectives}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_LEVEL_OBJECTIVES = Action.of(PREFIX, "ListServiceLevelObjectives");

  /** {@code application-signals:ListServiceOperations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_OPERATIONS = Action.of(PREFIX, "ListServiceOperations");

  /** {@code application-signals:ListServiceStates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_STATES = Action.of(PREFIX, "ListServiceStates");

  /** {@code application-signals:ListServices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICES = Action.of(PREFIX, "ListServices");

  /** {@code application-signals:ListTagsForResource}: Read; on slo. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code application-signals:PutGroupingConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_GROUPING_CONFIGURATION = Action.of(PREFIX, "PutGroupingConfiguration");

  /** {@code application-signals:StartDiscovery}: Write; on no resource type (give {@code *}). */
  public static final Action START_DISCOVERY = Action.of(PREFIX, "StartDiscovery");

  /** {@code application-signals:TagResource}: Tagging; on slo. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code application-signals:UntagResource}: Tagging; on slo. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code application-signals:UpdateServiceLevelObjective}: Write; on slo. */
  public static final Action UPDATE_SERVICE_LEVEL_OBJECTIVE = Action.of(PREFIX, "UpdateServiceLevelObjective");

  private ApplicationSignals() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
