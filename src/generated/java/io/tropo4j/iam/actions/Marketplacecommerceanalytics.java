// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Marketplace Commerce Analytics Service (prefix {@code marketplacecommerceanalytics}), as the service authorization reference lists them.
 */
public final class Marketplacecommerceanalytics {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "marketplacecommerceanalytics";

  /** {@code marketplacecommerceanalytics:GenerateDataSet}: Write; on no resource type (give {@code *}). */
  public static final Action GENERATE_DATA_SET = Action.of(PREFIX, "GenerateDataSet");

  /** {@code marketplacecommerceanalytics:StartSupportDataExport}: Write; on no resource type (give {@code *}). */
  public static final Action START_SUPPORT_DATA_EXPORT = Action.of(PREFIX, "StartSupportDataExport");

  private Marketplacecommerceanalytics() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
