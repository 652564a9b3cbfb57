// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Health APIs and Notifications (prefix {@code health}), as the service authorization reference lists them.
 */
public final class Health {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "health";

  /** {@code health:DescribeAffectedAccountsForOrganization}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AFFECTED_ACCOUNTS_FOR_ORGANIZATION = Action.of(PREFIX, "DescribeAffectedAccountsForOrganization");

  /** {@code health:DescribeAffectedEntities}: Read; on event. */
  public static final Action DESCRIBE_AFFECTED_ENTITIES = Action.of(PREFIX, "DescribeAffectedEntities");

  /** {@code health:DescribeAffectedEntitiesForOrganization}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AFFECTED_ENTITIES_FOR_ORGANIZATION = Action.of(PREFIX, "DescribeAffectedEntitiesForOrganization");

  /** {@code health:DescribeEntityAggregates}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENTITY_AGGREGATES = Action.of(PREFIX, "DescribeEntityAggregates");

  /** {@code health:DescribeEntityAggregatesForOrganization}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENTITY_AGGREGATES_FOR_ORGANIZATION = Action.of(PREFIX, "DescribeEntityAggregatesForOrganization");

  /** {@code health:DescribeEventAggregates}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENT_AGGREGATES = Action.of(PREFIX, "DescribeEventAggregates");

  /** {@code health:DescribeEventDetails}: Read; on event. */
  public static final Action DESCRIBE_EVENT_DETAILS = Action.of(PREFIX, "DescribeEventDetails");

  /** {@code health:DescribeEventDetailsForOrganization}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENT_DETAILS_FOR_ORGANIZATION = Action.of(PREFIX, "DescribeEventDetailsForOrganization");

  /** {@code health:DescribeEventTypes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENT_TYPES = Action.of(PREFIX, "DescribeEventTypes");

  /** {@code health:DescribeEvents}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENTS = Action.of(PREFIX, "DescribeEvents");

  /** {@code health:DescribeEventsForOrganization}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENTS_FOR_ORGANIZATION = Action.of(PREFIX, "DescribeEventsForOrganization");

  /** {@code health:DescribeHealthServiceStatusForOrganization}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_HEALTH_SERVICE_STATUS_FOR_ORGANIZATION = Action.of(PREFIX, "DescribeHealthServiceStatusForOrganization");

  /** {@code health:DisableHealthServiceAccessForOrganization}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DISABLE_HEALTH_SERVICE_ACCESS_FOR_ORGANIZATION = Action.of(PREFIX, "DisableHealthServiceAccessForOrganization");

  /** {@code health:EnableHealthServiceAccessForOrganization}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ENABLE_HEALTH_SERVICE_ACCESS_FOR_ORGANIZATION = Action.of(PREFIX, "EnableHealthServiceAccessForOrganization");

  private Health() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
