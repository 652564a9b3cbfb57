// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Sustainability (prefix {@code sustainability}), as the service authorization reference lists them.
 */
public final class Sustainability {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sustainability";

  /** {@code sustainability:GetCarbonFootprintSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CARBON_FOOTPRINT_SUMMARY = Action.of(PREFIX, "GetCarbonFootprintSummary");

  /** {@code sustainability:GetEstimatedCarbonEmissions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ESTIMATED_CARBON_EMISSIONS = Action.of(PREFIX, "GetEstimatedCarbonEmissions");

  /** {@code sustainability:GetEstimatedCarbonEmissionsDimensionValues}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ESTIMATED_CARBON_EMISSIONS_DIMENSION_VALUES = Action.of(PREFIX, "GetEstimatedCarbonEmissionsDimensionValues");

  private Sustainability() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
