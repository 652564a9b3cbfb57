// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IoT Device Tester (prefix {@code iot-device-tester}), as the service authorization reference lists them.
 */
public final class IotDeviceTester {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iot-device-tester";

  /** {@code iot-device-tester:CheckVersion}: Read; on no resource type (give {@code *}). */
  public static final Action CHECK_VERSION = Action.of(PREFIX, "CheckVersion");

  /** {@code iot-device-tester:DownloadTestSuite}: Read; on no resource type (give {@code *}). */
  public static final Action DOWNLOAD_TEST_SUITE = Action.of(PREFIX, "DownloadTestSuite");

  /** {@code iot-device-tester:LatestIdt}: Read; on no resource type (give {@code *}). */
  public static final Action LATEST_IDT = Action.of(PREFIX, "LatestIdt");

  /** {@code iot-device-tester:SendMetrics}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_METRICS = Action.of(PREFIX, "SendMetrics");

  /** {@code iot-device-tester:SupportedVersion}: Read; on no resource type (give {@code *}). */
  public static final Action SUPPORTED_VERSION = Action.of(PREFIX, "SupportedVersion");

  private IotDeviceTester() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
