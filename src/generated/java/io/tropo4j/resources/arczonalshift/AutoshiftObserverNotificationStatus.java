// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.arczonalshift;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Definition of AWS::ARCZonalShift::AutoshiftObserverNotificationStatus Resource Type
 *
 * <p>CloudFormation type {@code AWS::ARCZonalShift::AutoshiftObserverNotificationStatus}.
 */
public final class AutoshiftObserverNotificationStatus extends Resource<AutoshiftObserverNotificationStatus> {
  private static final Schema SCHEMA = Schema.builder("AWS::ARCZonalShift::AutoshiftObserverNotificationStatus")
      .required("Status")
      .allowed("Status", "ENABLED")
      .attributes("AccountId", "Region")
      .build();

  public AutoshiftObserverNotificationStatus(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Changing it replaces the resource. Allowed values: {@code ENABLED}. CloudFormation
   * property {@code Status}.
   */
  public AutoshiftObserverNotificationStatus status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public AutoshiftObserverNotificationStatus status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * User account id, used as part of the primary identifier for the resource
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /**
   * Region, used as part of the primary identifier for the resource
   *
   * <p>{@code Fn::GetAtt} attribute {@code Region}.
   */
  public Value<String> region() {
    return getAtt("Region");
  }
}
