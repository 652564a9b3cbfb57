// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon EventBridge (prefix {@code events}), as the service authorization reference lists them.
 */
public final class Events {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "events";

  /** {@code events:ActivateEventSource}: Write; on event-source. */
  public static final Action ACTIVATE_EVENT_SOURCE = Action.of(PREFIX, "ActivateEventSource");

  /** {@code events:AllowVendedLogDeliveryForResource}: Write; on event-bus. */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code events:CancelReplay}: Write; on replay. */
  public static final Action CANCEL_REPLAY = Action.of(PREFIX, "CancelReplay");

  /** {@code events:CreateApiDestination}: Write; on api-destination, connection. */
  public static final Action CREATE_API_DESTINATION = Action.of(PREFIX, "CreateApiDestination");

  /** {@code events:CreateArchive}: Write; on alias, archive, event-bus, key. */
  public static final Action CREATE_ARCHIVE = Action.of(PREFIX, "CreateArchive");

  /** {@code events:CreateConnection}: Write; on connection. */
  public static final Action CREATE_CONNECTION = Action.of(PREFIX, "CreateConnection");

  /** {@code events:CreateEndpoint}: Write; on endpoint. */
  public static final Action CREATE_ENDPOINT = Action.of(PREFIX, "CreateEndpoint");

  /** {@code events:CreateEventBus}: Write; on event-bus. */
  public static final Action CREATE_EVENT_BUS = Action.of(PREFIX, "CreateEventBus");

  /** {@code events:CreatePartnerEventSource}: Write; on event-source. */
  public static final Action CREATE_PARTNER_EVENT_SOURCE = Action.of(PREFIX, "CreatePartnerEventSource");

  /** {@code events:DeactivateEventSource}: Write; on event-source. */
  public static final Action DEACTIVATE_EVENT_SOURCE = Action.of(PREFIX, "DeactivateEventSource");

  /** {@code events:DeauthorizeConnection}: Write; on connection. */
  public static final Action DEAUTHORIZE_CONNECTION = Action.of(PREFIX, "DeauthorizeConnection");

  /** {@code events:DeleteApiDestination}: Write; on api-destination. */
  public static final Action DELETE_API_DESTINATION = Action.of(PREFIX, "DeleteApiDestination");

  /** {@code events:DeleteArchive}: Write; on archive. */
  public static final Action DELETE_ARCHIVE = Action.of(PREFIX, "DeleteArchive");

  /** {@code events:DeleteConnection}: Write; on connection. */
  public static final Action DELETE_CONNECTION = Action.of(PREFIX, "DeleteConnection");

  /** {@code events:DeleteEndpoint}: Write; on endpoint. */
  public static final Action DELETE_ENDPOINT = Action.of(PREFIX, "DeleteEndpoint");

  /** {@code events:DeleteEventBus}: Write; on event-bus. */
  public static final Action DELETE_EVENT_BUS = Action.of(PREFIX, "DeleteEventBus");

  /** {@code events:DeletePartnerEventSource}: Write; on event-source. */
  public static final Action DELETE_PARTNER_EVENT_SOURCE = Action.of(PREFIX, "DeletePartnerEventSource");

  /** {@code events:DeleteRule}: Write; on rule-on-custom-event-bus, rule-on-default-event-bus. */
  public static final Action DELETE_RULE = Action.of(PREFIX, "DeleteRule");

  /** {@code events:DescribeApiDestination}: Read; on api-destination, connection. */
  public static final Action DESCRIBE_API_DESTINATION = Action.of(PREFIX, "DescribeApiDestination");

  /** {@code events:DescribeArchive}: Read; on archive. */
  public static final Action DESCRIBE_ARCHIVE = Action.of(PREFIX, "DescribeArchive");

  /** {@code events:DescribeConnection}: Read; on connection. */
  public static final Action DESCRIBE_CONNECTION = Action.of(PREFIX, "DescribeConnection");

  /** {@code events:DescribeEndpoint}: Read; on endpoint. */
  public static final Action DESCRIBE_ENDPOINT = Action.of(PREFIX, "DescribeEndpoint");

  /** {@code events:DescribeEventBus}: Read; on event-bus. */
  public static final Action DESCRIBE_EVENT_BUS = Action.of(PREFIX, "DescribeEventBus");

  /** {@code events:DescribeEventSource}: Read; on event-source. */
  public static final Action DESCRIBE_EVENT_SOURCE = Action.of(PREFIX, "DescribeEventSource");

  /** {@code events:DescribePartnerEventSource}: Read; on event-source. */
  public static final Action DESCRIBE_PARTNER_EVENT_SOURCE = Action.of(PREFIX, "DescribePartnerEventSource");

  /** {@code events:DescribeReplay}: Read; on replay. */
  public static final Action DESCRIBE_REPLAY = Action.of(PREFIX, "DescribeReplay");

  /** {@code events:DescribeRule}: Read; on rule-on-custom-event-bus, rule-on-default-event-bus. */
  public static final Action DESCRIBE_RULE = Action.of(PREFIX, "DescribeRule");

  /** {@code events:DisableRule}: Write; on rule-on-custom-event-bus, rule-on-default-event-bus. */
  public static final Action DISABLE_RULE = Action.of(PREFIX, "DisableRule");

  /** {@code events:EnableRule}: Write; on rule-on-custom-event-bus, rule-on-default-event-bus. */
  public static final Action ENABLE_RULE = Action.of(PREFIX, "EnableRule");

  /** {@code events:InvokeApiDestination}: Write; on api-destination. */
  public static final Action INVOKE_API_DESTINATION = Action.of(PREFIX, "InvokeApiDestination");

  /** {@code events:ListApiDestinations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_API_DESTINATIONS = Action.of(PREFIX, "ListApiDestinations");

  /** {@code events:ListArchives}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ARCHIVES = Action.of(PREFIX, "ListArchives");

  /** {@code events:ListConnections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTIONS = Action.of(PREFIX, "ListConnections");

  /** {@code events:ListEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENDPOINTS = Action.of(PREFIX, "ListEndpoints");

  /** {@code events:ListEventBuses}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_BUSES = Action.of(PREFIX, "ListEventBuses");

  /** {@code events:ListEventSources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_SOURCES = Action.of(PREFIX, "ListEventSources");

  /** {@code events:ListPartnerEventSourceAccounts}: List; on event-source. */
  public static final Action LIST_PARTNER_EVENT_SOURCE_ACCOUNTS = Action.of(PREFIX, "ListPartnerEventSourceAccounts");

  /** {@code events:ListPartnerEventSources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PARTNER_EVENT_SOURCES = Action.of(PREFIX, "ListPartnerEventSources");

  /** {@code events:ListReplays}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPLAYS = Action.of(PREFIX, "ListReplays");

  /** {@code events:ListRuleNamesByTarget}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RULE_NAMES_BY_TARGET = Action.of(PREFIX, "ListRuleNamesByTarget");

  /** {@code events:ListRules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RULES = Action.of(PREFIX, "ListRules");

  /** {@code events:ListTagsForResource}: List; on event-bus, rule-on-custom-event-bus, rule-on-default-event-bus. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code events:ListTargetsByRule}: List; on rule-on-custom-event-bus, rule-on-default-event-bus. */
  public static final Action LIST_TARGETS_BY_RULE = Action.of(PREFIX, "ListTargetsByRule");

  /** {@code events:PutEvents}: Write; on event-bus. */
  public static final Action PUT_EVENTS = Action.of(PREFIX, "PutEvents");

  /** {@code events:PutPartnerEvents}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_PARTNER_EVENTS = Action.of(PREFIX, "PutPartnerEvents");

  /** {@code events:PutPermission}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_PERMISSION = Action.of(PREFIX, "PutPermission");

  /** {@code events:PutRule}: Write; on rule-on-custom-event-bus, rule-on-default-event-bus. */
  public static final Action PUT_RULE = Action.of(PREFIX, "PutRule");

  /** {@code events:PutTargets}: Write; on rule-on-custom-event-bus, rule-on-default-event-bus. */
  public static final Action PUT_TARGETS = Action.of(PREFIX, "PutTargets");

  /** {@code events:RemovePermission}: Permissions management; on no resource type (give {@code *}). */
  public static final Action REMOVE_PERMISSION = Action.of(PREFIX, "RemovePermission");

  /** {@code events:RemoveTargets}: Write; on rule-on-custom-event-bus, rule-on-default-event-bus. */
  public static final Action REMOVE_TARGETS = Action.of(PREFIX, "RemoveTargets");

  /** {@code events:RetrieveConnectionCredentials}: Write; on connection. */
  public static final Action RETRIEVE_CONNECTION_CREDENTIALS = Action.of(PREFIX, "RetrieveConnectionCredentials");

  /** {@code events:StartReplay}: Write; on archive, event-bus, replay. */
  public static final Action START_REPLAY = Action.of(PREFIX, "StartReplay");

  /** {@code events:TagResource}: Tagging; on event-bus, rule-on-custom-event-bus, rule-on-default-event-bus. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code events:TestEventPattern}: Read; on no resource type (give {@code *}). */
  public static final Action TEST_EVENT_PATTERN = Action.of(PREFIX, "TestEventPattern");

  /** {@code events:UntagResource}: Tagging; on event-bus, rule-on-custom-event-bus, rule-on-default-event-bus. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code events:UpdateApiDestination}: Write; on api-destination. */
  public static final Action UPDATE_API_DESTINATION = Action.of(PREFIX, "UpdateApiDestination");

  /** {@code events:UpdateArchive}: Write; on alias, archive, key. */
  public static final Action UPDATE_ARCHIVE = Action.of(PREFIX, "UpdateArchive");

  /** {@code events:UpdateConnection}: Write; on connection. */
  public static final Action UPDATE_CONNECTION = Action.of(PREFIX, "UpdateConnection");

  /** {@code events:UpdateEndpoint}: Write; on endpoint. */
  public static final Action UPDATE_ENDPOINT = Action.of(PREFIX, "UpdateEndpoint");

  /** {@code events:UpdateEventBus}: Write; on event-bus. */
  public static final Action UPDATE_EVENT_BUS = Action.of(PREFIX, "UpdateEventBus");

  private Events() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
