// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon MQ (prefix {@code mq}), as the service authorization reference lists them.
 */
public final class Mq {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mq";

  /** {@code mq:CreateBroker}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BROKER = Action.of(PREFIX, "CreateBroker");

  /** {@code mq:CreateConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONFIGURATION = Action.of(PREFIX, "CreateConfiguration");

  /** {@code mq:CreateReplicaBroker}: Write; on brokers. */
  public static final Action CREATE_REPLICA_BROKER = Action.of(PREFIX, "CreateReplicaBroker");

  /** {@code mq:CreateTags}: Tagging; on brokers, configurations. */
  public static final Action CREATE_TAGS = Action.of(PREFIX, "CreateTags");

  /** {@code mq:CreateUser}: Write; on brokers. */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code mq:DeleteBroker}: Write; on brokers. */
  public static final Action DELETE_BROKER = Action.of(PREFIX, "DeleteBroker");

  /** {@code mq:DeleteConfiguration}: Write; on configurations. */
  public static final Action DELETE_CONFIGURATION = Action.of(PREFIX, "DeleteConfiguration");

  /** {@code mq:DeleteTags}: Tagging; on brokers, configurations. */
  public static final Action DELETE_TAGS = Action.of(PREFIX, "DeleteTags");

  /** {@code mq:DeleteUser}: Write; on brokers. */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code mq:DescribeBroker}: Read; on brokers. */
  public static final Action DESCRIBE_BROKER = Action.of(PREFIX, "DescribeBroker");

  /** {@code mq:DescribeBrokerEngineTypes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BROKER_ENGINE_TYPES = Action.of(PREFIX, "DescribeBrokerEngineTypes");

  /** {@code mq:DescribeBrokerInstanceOptions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BROKER_INSTANCE_OPTIONS = Action.of(PREFIX, "DescribeBrokerInstanceOptions");

  /** {@code mq:DescribeConfiguration}: Read; on configurations. */
  public static final Action DESCRIBE_CONFIGURATION = Action.of(PREFIX, "DescribeConfiguration");

  /** {@code mq:DescribeConfigurationRevision}: Read; on configurations. */
  public static final Action DESCRIBE_CONFIGURATION_REVISION = Action.of(PREFIX, "DescribeConfigurationRevision");

  /** {@code mq:DescribeUser}: Read; on brokers. */
  public static final Action DESCRIBE_USER = Action.of(PREFIX, "DescribeUser");

  /** {@code mq:ListBrokers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BROKERS = Action.of(PREFIX, "ListBrokers");

  /** {@code mq:ListConfigurationRevisions}: List; on configurations. */
  public static final Action LIST_CONFIGURATION_REVISIONS = Action.of(PREFIX, "ListConfigurationRevisions");

  /** {@code mq:ListConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURATIONS = Action.of(PREFIX, "ListConfigurations");

  /** {@code mq:ListTags}: List; on brokers, configurations. */
  public static final Action LIST_TAGS = Action.of(PREFIX, "ListTags");

  /** {@code mq:ListUsers}: List; on brokers. */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code mq:Promote}: Write; on brokers. */
  public static final Action PROMOTE = Action.of(PREFIX, "Promote");

  /** {@code mq:RebootBroker}: Write; on brokers. */
  public static final Action REBOOT_BROKER = Action.of(PREFIX, "RebootBroker");

  /** {@code mq:UpdateBroker}: Write; on brokers. */
  public static final Action UPDATE_BROKER = Action.of(PREFIX, "UpdateBroker");

  /** {@code mq:UpdateBrokerAccessConfiguration}: Write; on brokers. */
  public static final Action UPDATE_BROKER_ACCESS_CONFIGURATION = Action.of(PREFIX, "UpdateBrokerAccessConfiguration");

  /** {@code mq:UpdateConfiguration}: Write; on configurations. */
  public static final Action UPDATE_CONFIGURATION = Action.of(PREFIX, "UpdateConfiguration");

  /** {@code mq:UpdateUser}: Write; on brokers. */
  public static final Action UPDATE_USER = Action.of(PREFIX, "UpdateUser");

  private Mq() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
