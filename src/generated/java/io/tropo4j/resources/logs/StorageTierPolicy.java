// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::Logs::StorageTierPolicy. Manages the storage tier policy for a
 * CloudWatch Logs account. When created, enables Intelligent-Tiering which automatically moves
 * infrequently accessed log data to lower-cost storage tiers. Deleting this resource reverts the
 * account to standard (single-tier) storage.
 *
 * <p>CloudFormation type {@code AWS::Logs::StorageTierPolicy}.
 */
public final class StorageTierPolicy extends Resource<StorageTierPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::StorageTierPolicy")
      .required("StorageTier")
      .allowed("StorageTier", "INTELLIGENT_TIERING")
      .refYields("AccountId")
      .attributes("AccountId", "LastUpdatedTime")
      .build();

  public StorageTierPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The storage tier to apply. Only INTELLIGENT_TIERING is accepted for creation.
   *
   * <p>Required. Allowed values: {@code INTELLIGENT_TIERING}. CloudFormation property {@code
   * StorageTier}.
   */
  public StorageTierPolicy storageTier(String value) {
    return set("StorageTier", Value.of(value));
  }

  /** Sets {@code StorageTier} to this value; see {@link #storageTier(String)}. */
  public StorageTierPolicy storageTier(Value<String> value) {
    return set("StorageTier", value);
  }

  /**
   * The AWS account ID that owns this storage tier policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /**
   * Timestamp (milliseconds after Jan 1, 1970 00:00:00 UTC) when the storage tier policy was last
   * updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<Double> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }
}
