// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Private CA Connector for SCEP (prefix {@code pca-connector-scep}), as the service authorization reference lists them.
 */
public final class PcaConnectorScep {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "pca-connector-scep";

  /** {@code pca-connector-scep:CreateChallenge}: Write; on Connector. */
  public static final Action CREATE_CHALLENGE = Action.of(PREFIX, "CreateChallenge");

  /** {@code pca-connector-scep:CreateConnector}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTOR = Action.of(PREFIX, "CreateConnector");

  /** {@code pca-connector-scep:DeleteChallenge}: Write; on Challenge. */
  public static final Action DELETE_CHALLENGE = Action.of(PREFIX, "DeleteChallenge");

  /** {@code pca-connector-scep:DeleteConnector}: Write; on Connector. */
  public static final Action DELETE_CONNECTOR = Action.of(PREFIX, "DeleteConnector");

  /** {@code pca-connector-scep:GetChallengeMetadata}: Read; on Challenge. */
  public static final Action GET_CHALLENGE_METADATA = Action.of(PREFIX, "GetChallengeMetadata");

  /** {@code pca-connector-scep:GetChallengePassword}: Read; on Challenge. */
  public static final Action GET_CHALLENGE_PASSWORD = Action.of(PREFIX, "GetChallengePassword");

  /** {@code pca-connector-scep:GetConnector}: Read; on Connector. */
  public static final Action GET_CONNECTOR = Action.of(PREFIX, "GetConnector");

  /** {@code pca-connector-scep:ListChallengeMetadata}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CHALLENGE_METADATA = Action.of(PREFIX, "ListChallengeMetadata");

  /** {@code pca-connector-scep:ListConnectors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTORS = Action.of(PREFIX, "ListConnectors");

  /** {@code pca-connector-scep:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code pca-connector-scep:TagResource}: Tagging; on Challenge, Connector. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code pca-connector-scep:UntagResource}: Tagging; on Challenge, Connector. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private PcaConnectorScep() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
