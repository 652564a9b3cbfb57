// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.batch;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * The <code>AWS::Batch::ConsumableResource</code> resource specifies the parameters for an AWS
 * Batch consumable resource. For more information, see <a
 * href="https://docs.aws.amazon.com/batch/latest/userguide/resource-aware-scheduling.html">Resource-aware
 * scheduling</a> in the ** .
 *
 * <p>CloudFormation type {@code AWS::Batch::ConsumableResource}.
 */
public final class ConsumableResource extends Resource<ConsumableResource> {
  private static final Schema SCHEMA = Schema.builder("AWS::Batch::ConsumableResource")
      .required("ResourceType", "TotalQuantity")
      .constrain("ConsumableResourceName", Constraint.of().pattern(""))
      .allowed("ResourceType", "REPLENISHABLE", "NON_REPLENISHABLE")
      .constrain("TotalQuantity", Constraint.of().format("int64"))
      .refYields("ConsumableResourceArn")
      .attributes("AvailableQuantity", "ConsumableResourceArn", "CreatedAt", "InUseQuantity")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ConsumableResource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the consumable resource.
   *
   * <p>Changing it replaces the resource. Pattern: {@code }. CloudFormation property {@code
   * ConsumableResourceName}.
   */
  public ConsumableResource consumableResourceName(String value) {
    return set("ConsumableResourceName", Value.of(value));
  }

  /**
   * Sets {@code ConsumableResourceName} to this value; see {@link #consumableResourceName(String)}.
   */
  public ConsumableResource consumableResourceName(Value<String> value) {
    return set("ConsumableResourceName", value);
  }

  /**
   * Indicates whether the resource is available to be re-used after a job completes. Can be one of:
   *
   * <ul> <li><code>REPLENISHABLE</code> <li><code>NON_REPLENISHABLE</code> </ul>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code REPLENISHABLE}, {@code
   * NON_REPLENISHABLE}. CloudFormation property {@code ResourceType}.
   */
  public ConsumableResource resourceType(String value) {
    return set("ResourceType", Value.of(value));
  }

  /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
  public ConsumableResource resourceType(Value<String> value) {
    return set("ResourceType", value);
  }

  /**
   * The tags that you apply to the consumable resource to help you categorize and organize your
   * resources. Each tag consists of a key and an optional value. For more information, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/using-tags.html">Tagging your AWS
   * Batch resources</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConsumableResource tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ConsumableResource tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ConsumableResource tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The total amount of the consumable resource that is available.
   *
   * <p>Required. Format: {@code int64}. CloudFormation property {@code TotalQuantity}.
   */
  public ConsumableResource totalQuantity(int value) {
    return set("TotalQuantity", Value.of(value));
  }

  /** Sets {@code TotalQuantity} to this value; see {@link #totalQuantity(int)}. */
  public ConsumableResource totalQuantity(Value<Integer> value) {
    return set("TotalQuantity", value);
  }

  /**
   * The amount of the consumable resource that is currently available to use.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailableQuantity}.
   */
  public Value<Integer> availableQuantity() {
    return getAtt("AvailableQuantity");
  }

  /**
   * The Amazon Resource Name (ARN) of the consumable resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConsumableResourceArn}.
   */
  public Value<String> consumableResourceArn() {
    return getAtt("ConsumableResourceArn");
  }

  /**
   * The Unix timestamp (in milliseconds) for when the consumable resource was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<Integer> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The amount of the consumable resource that is currently in use.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InUseQuantity}.
   */
  public Value<Integer> inUseQuantity() {
    return getAtt("InUseQuantity");
  }
}
