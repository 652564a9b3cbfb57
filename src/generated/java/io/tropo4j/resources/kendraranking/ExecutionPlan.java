// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kendraranking;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a rescore execution plan. A rescore execution plan is an Amazon Kendra Intelligent
 * Ranking resource used for provisioning the <code>Rescore</code> API. You set the number of
 * capacity units that you require for Amazon Kendra Intelligent Ranking to rescore or re-rank a
 * search service's results.
 *
 * <p>For an example of using the <code>CreateRescoreExecutionPlan</code> API, including using the
 * Python and Java SDKs, see <a
 * href="https://docs.aws.amazon.com/kendra/latest/dg/search-service-rerank.html">Semantically
 * ranking a search service's results</a> .
 *
 * <p>CloudFormation type {@code AWS::KendraRanking::ExecutionPlan}.
 */
public final class ExecutionPlan extends Resource<ExecutionPlan> {
  private static final Schema SCHEMA = Schema.builder("AWS::KendraRanking::ExecutionPlan")
      .required("Name")
      .constrain("Description", Constraint.of().pattern("^\\P{C}*$").minLength(0).maxLength(1000))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]*$").minLength(1).maxLength(1000))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ExecutionPlan(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * You can set additional capacity units to meet the needs of your rescore execution plan. You are
   * given a single capacity unit by default. If you want to use the default capacity, you don't set
   * additional capacity units. For more information on the default capacity and additional capacity
   * units, see <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/adjusting-capacity.html">Adjusting
   * capacity</a> .
   *
   * <p>CloudFormation property {@code CapacityUnits}.
   */
  public ExecutionPlan capacityUnits(Value<CapacityUnitsConfiguration> value) {
    return set("CapacityUnits", value);
  }

  /**
   * A description for the rescore execution plan.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^&#92;P{C}*$}. CloudFormation property {@code
   * Description}.
   */
  public ExecutionPlan description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ExecutionPlan description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A name for the rescore execution plan.
   *
   * <p>Required. Length: 1 to 1000 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_-]*$}.
   * CloudFormation property {@code Name}.
   */
  public ExecutionPlan name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ExecutionPlan name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of key-value pairs that identify or categorize your rescore execution plan. You can also
   * use tags to help control access to the rescore execution plan. Tag keys and values can consist
   * of Unicode letters, digits, white space. They can also consist of underscore, period, colon,
   * equal, plus, and asperand.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ExecutionPlan tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ExecutionPlan tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ExecutionPlan tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the rescore execution plan.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The identifier of the rescore execution plan.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Sets additional capacity units configured for your rescore execution plan. A rescore execution
   * plan is an Amazon Kendra Intelligent Ranking resource used for provisioning the
   * <code>Rescore</code> API. You can add and remove capacity units to fit your usage requirements.
   *
   * <p>Property type {@code AWS::KendraRanking::ExecutionPlan.CapacityUnitsConfiguration}.
   */
  public static final class CapacityUnitsConfiguration extends Struct<CapacityUnitsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KendraRanking::ExecutionPlan.CapacityUnitsConfiguration")
        .required("RescoreCapacityUnits")
        .constrain("RescoreCapacityUnits", Constraint.of().minimum(0))
        .build();

    public CapacityUnitsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The amount of extra capacity for your rescore execution plan.
     *
     * <p>A single extra capacity unit for a rescore execution plan provides 0.01 rescore requests
     * per second. You can add up to 1000 extra capacity units.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code RescoreCapacityUnits}.
     */
    public CapacityUnitsConfiguration rescoreCapacityUnits(int value) {
      return set("RescoreCapacityUnits", Value.of(value));
    }

    /** Sets {@code RescoreCapacityUnits} to this value; see {@link #rescoreCapacityUnits(int)}. */
    public CapacityUnitsConfiguration rescoreCapacityUnits(Value<Integer> value) {
      return set("RescoreCapacityUnits", value);
    }
  }
}
