// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon InspectorScan (prefix {@code inspector-scan}), as the service authorization reference lists them.
 */
public final class InspectorScan {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "inspector-scan";

  /** {@code inspector-scan:ScanSbom}: Read; on no resource type (give {@code *}). */
  public static final Action SCAN_SBOM = Action.of(PREFIX, "ScanSbom");

  private InspectorScan() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
