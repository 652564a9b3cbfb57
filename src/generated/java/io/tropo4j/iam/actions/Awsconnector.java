// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Connector Service (prefix {@code awsconnector}), as the service authorization reference lists them.
 */
public final class Awsconnector {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "awsconnector";

  /** {@code awsconnector:GetConnectorHealth}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONNECTOR_HEALTH = Action.of(PREFIX, "GetConnectorHealth");

  /** {@code awsconnector:RegisterConnector}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_CONNECTOR = Action.of(PREFIX, "RegisterConnector");

  /** {@code awsconnector:ValidateConnectorId}: Read; on no resource type (give {@code *}). */
  public static final Action VALIDATE_CONNECTOR_ID = Action.of(PREFIX, "ValidateConnectorId");

  private Awsconnector() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
