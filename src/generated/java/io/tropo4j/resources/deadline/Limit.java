// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.deadline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a limit that manages the distribution of shared resources, such as floating licenses. A
 * limit can throttle work assignments, help manage workloads, and track current usage. Before you
 * use a limit, you must associate the limit with one or more queues.
 *
 * <p>You must add the <code>amountRequirementName</code> to a step in a job template to declare the
 * limit requirement.
 *
 * <p>CloudFormation type {@code AWS::Deadline::Limit}.
 */
public final class Limit extends Resource<Limit> {
  private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Limit")
      .required("AmountRequirementName", "DisplayName", "FarmId", "MaxCount")
      .constrain("AmountRequirementName", Constraint.of().maxLength(1024))
      .constrain("Description", Constraint.of().minLength(0).maxLength(100))
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(100))
      .constrain("FarmId", Constraint.of().pattern("^farm-[0-9a-f]{32}$"))
      .constrain("MaxCount", Constraint.of().minimum(-1).maximum(2147483647))
      .attributes("CurrentCount", "LimitId")
      .build();

  public Limit(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The value that you specify as the <code>name</code> in the <code>amounts</code> field of the
   * <code>hostRequirements</code> in a step of a job template to declare the limit requirement.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 1024 characters. CloudFormation
   * property {@code AmountRequirementName}.
   */
  public Limit amountRequirementName(String value) {
    return set("AmountRequirementName", Value.of(value));
  }

  /**
   * Sets {@code AmountRequirementName} to this value; see {@link #amountRequirementName(String)}.
   */
  public Limit amountRequirementName(Value<String> value) {
    return set("AmountRequirementName", value);
  }

  /**
   * A description of the limit. A clear description helps you identify the purpose of the limit.
   *
   * <p>This field can store any content. Escape or encode this content before displaying it on a
   * webpage or any other system that might interpret the content of this field.
   *
   * <p>Length: 0 to 100 characters. Default: {@code ""}. CloudFormation property {@code
   * Description}.
   */
  public Limit description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Limit description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the limit used in lists to identify the limit.
   *
   * <p>This field can store any content. Escape or encode this content before displaying it on a
   * webpage or any other system that might interpret the content of this field.
   *
   * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public Limit displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Limit displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The unique identifier of the farm that contains the limit.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^farm-[0-9a-f]{32}$}.
   * CloudFormation property {@code FarmId}.
   */
  public Limit farmId(String value) {
    return set("FarmId", Value.of(value));
  }

  /** Sets {@code FarmId} to this value; see {@link #farmId(String)}. */
  public Limit farmId(Value<String> value) {
    return set("FarmId", value);
  }

  /**
   * The maximum number of resources constrained by this limit. When all of the resources are in
   * use, steps that require the limit won't be scheduled until the resource is available.
   *
   * <p>The <code>maxValue</code> must not be 0. If the value is -1, there is no restriction on the
   * number of resources that can be acquired for this limit.
   *
   * <p>Required. Range: -1 to 2147483647. CloudFormation property {@code MaxCount}.
   */
  public Limit maxCount(int value) {
    return set("MaxCount", Value.of(value));
  }

  /** Sets {@code MaxCount} to this value; see {@link #maxCount(int)}. */
  public Limit maxCount(Value<Integer> value) {
    return set("MaxCount", value);
  }

  /**
   * The number of resources from the limit that are being used by jobs. The result is delayed and
   * may not be the count at the time that you called the operation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CurrentCount}.
   */
  public Value<Integer> currentCount() {
    return getAtt("CurrentCount");
  }

  /**
   * The unique identifier of the limit.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LimitId}.
   */
  public Value<String> limitId() {
    return getAtt("LimitId");
  }
}
