// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Managed Streaming for Kafka Connect (prefix {@code kafkaconnect}), as the service authorization reference lists them.
 */
public final class Kafkaconnect {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "kafkaconnect";

  /** {@code kafkaconnect:CreateConnector}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTOR = Action.of(PREFIX, "CreateConnector");

  /** {@code kafkaconnect:CreateCustomPlugin}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CUSTOM_PLUGIN = Action.of(PREFIX, "CreateCustomPlugin");

  /** {@code kafkaconnect:CreateWorkerConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WORKER_CONFIGURATION = Action.of(PREFIX, "CreateWorkerConfiguration");

  /** {@code kafkaconnect:DeleteConnector}: Write; on connector. */
  public static final Action DELETE_CONNECTOR = Action.of(PREFIX, "DeleteConnector");

  /** {@code kafkaconnect:DeleteCustomPlugin}: Write; on custom plugin. */
  public static final Action DELETE_CUSTOM_PLUGIN = Action.of(PREFIX, "DeleteCustomPlugin");

  /** {@code kafkaconnect:DeleteWorkerConfiguration}: Write; on worker configuration. */
  public static final Action DELETE_WORKER_CONFIGURATION = Action.of(PREFIX, "DeleteWorkerConfiguration");

  /** {@code kafkaconnect:DescribeConnector}: Read; on connector. */
  public static final Action DESCRIBE_CONNECTOR = Action.of(PREFIX, "DescribeConnector");

  /** {@code kafkaconnect:DescribeConnectorOperation}: Read; on connector operation. */
  public static final Action DESCRIBE_CONNECTOR_OPERATION = Action.of(PREFIX, "DescribeConnectorOperation");

  /** {@code kafkaconnect:DescribeCustomPlugin}: Read; on custom plugin. */
  public static final Action DESCRIBE_CUSTOM_PLUGIN = Action.of(PREFIX, "DescribeCustomPlugin");

  /** {@code kafkaconnect:DescribeWorkerConfiguration}: Read; on worker configuration. */
  public static final Action DESCRIBE_WORKER_CONFIGURATION = Action.of(PREFIX, "DescribeWorkerConfiguration");

  /** {@code kafkaconnect:ListConnectorOperations}: Read; on connector. */
  public static final Action LIST_CONNECTOR_OPERATIONS = Action.of(PREFIX, "ListConnectorOperations");

  /** {@code kafkaconnect:ListConnectors}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTORS = Action.of(PREFIX, "ListConnectors");

  /** {@code kafkaconnect:ListCustomPlugins}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOM_PLUGINS = Action.of(PREFIX, "ListCustomPlugins");

  /** {@code kafkaconnect:ListTagsForResource}: Read; on connector, custom plugin, worker configuration. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code kafkaconnect:ListWorkerConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_WORKER_CONFIGURATIONS = Action.of(PREFIX, "ListWorkerConfigurations");

  /** {@code kafkaconnect:TagResource}: Tagging; on connector, custom plugin, worker configuration. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code kafkaconnect:UntagResource}: Tagging; on connector, custom plugin, worker configuration. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code kafkaconnect:UpdateConnector}: Write; on connector. */
  public static final Action UPDATE_CONNECTOR = Action.of(PREFIX, "UpdateConnector");

  private Kafkaconnect() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
