// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Microservice Extractor for .NET (prefix {@code serviceextract}), as the service authorization reference lists them.
 */
public final class Serviceextract {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "serviceextract";

  /** {@code serviceextract:GetConfig}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONFIG = Action.of(PREFIX, "GetConfig");

  private Serviceextract() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
