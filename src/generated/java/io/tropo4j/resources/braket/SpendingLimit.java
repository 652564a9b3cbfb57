// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.braket;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a spending limit for a specified quantum device. Spending limits help you control costs
 * by setting maximum amounts that can be spent on quantum computing tasks within a specified time
 * period.
 *
 * <p>CloudFormation type {@code AWS::Braket::SpendingLimit}.
 */
public final class SpendingLimit extends Resource<SpendingLimit> {
  private static final Schema SCHEMA = Schema.builder("AWS::Braket::SpendingLimit")
      .required("DeviceArn", "SpendingLimit")
      .constrain("DeviceArn", Constraint.of().minLength(1).maxLength(256))
      .constrain("SpendingLimit", Constraint.of().pattern("^\\d+(\\.\\d{1,2})?$").minLength(1))
      .refYields("SpendingLimitArn")
      .attributes("CreatedAt", "QueuedSpend", "SpendingLimitArn", "TotalSpend", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SpendingLimit(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the quantum device to apply the spending limit to.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation
   * property {@code DeviceArn}.
   */
  public SpendingLimit deviceArn(String value) {
    return set("DeviceArn", Value.of(value));
  }

  /** Sets {@code DeviceArn} to this value; see {@link #deviceArn(String)}. */
  public SpendingLimit deviceArn(Value<String> value) {
    return set("DeviceArn", value);
  }

  /**
   * The maximum amount that can be spent on the specified device, in USD.
   *
   * <p>Required. Length: at least 1 characters. Pattern: {@code ^&#92;d+(&#92;.&#92;d{1,2})?$}.
   * CloudFormation property {@code SpendingLimit}.
   */
  public SpendingLimit spendingLimit(String value) {
    return set("SpendingLimit", Value.of(value));
  }

  /** Sets {@code SpendingLimit} to this value; see {@link #spendingLimit(String)}. */
  public SpendingLimit spendingLimit(Value<String> value) {
    return set("SpendingLimit", value);
  }

  /**
   * The tags to apply to the spending limit.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SpendingLimit tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SpendingLimit tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SpendingLimit tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Defines a time range for spending limits, specifying when the limit is active.
   *
   * <p>CloudFormation property {@code TimePeriod}.
   */
  public SpendingLimit timePeriod(Value<TimePeriod> value) {
    return set("TimePeriod", value);
  }

  /**
   * The date and time when the spending limit was created, in ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The amount currently queued for spending on the device, in USD.
   *
   * <p>{@code Fn::GetAtt} attribute {@code QueuedSpend}.
   */
  public Value<String> queuedSpend() {
    return getAtt("QueuedSpend");
  }

  /**
   * The Amazon Resource Name (ARN) that uniquely identifies the spending limit.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SpendingLimitArn}.
   */
  public Value<String> spendingLimitArn() {
    return getAtt("SpendingLimitArn");
  }

  /**
   * The total amount spent on the device so far during the current time period, in USD.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TotalSpend}.
   */
  public Value<String> totalSpend() {
    return getAtt("TotalSpend");
  }

  /**
   * The date and time when the spending limit was last modified, in ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Defines a time range for spending limits, specifying when the limit is active.
   *
   * <p>Property type {@code AWS::Braket::SpendingLimit.TimePeriod}.
   */
  public static final class TimePeriod extends Struct<TimePeriod> {
    private static final Schema SCHEMA = Schema.builder("AWS::Braket::SpendingLimit.TimePeriod")
        .required("EndAt", "StartAt")
        .constrain("EndAt", Constraint.of().format("date-time"))
        .constrain("StartAt", Constraint.of().format("date-time"))
        .build();

    public TimePeriod() {
      super(SCHEMA);
    }

    /**
     * The end date and time for the spending limit period, in ISO 8601 format.
     *
     * <p>Required. Format: {@code date-time}. CloudFormation property {@code EndAt}.
     */
    public TimePeriod endAt(String value) {
      return set("EndAt", Value.of(value));
    }

    /** Sets {@code EndAt} to this value; see {@link #endAt(String)}. */
    public TimePeriod endAt(Value<String> value) {
      return set("EndAt", value);
    }

    /**
     * The start date and time for the spending limit period, in ISO 8601 format.
     *
     * <p>Required. Format: {@code date-time}. CloudFormation property {@code StartAt}.
     */
    public TimePeriod startAt(String value) {
      return set("StartAt", Value.of(value));
    }

    /** Sets {@code StartAt} to this value; see {@link #startAt(String)}. */
    public TimePeriod startAt(Value<String> value) {
      return set("StartAt", value);
    }
  }
}
