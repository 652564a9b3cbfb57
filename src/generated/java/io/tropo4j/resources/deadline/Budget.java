// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.deadline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a budget to set spending thresholds for your rendering activity.
 *
 * <p>CloudFormation type {@code AWS::Deadline::Budget}.
 */
public final class Budget extends Resource<Budget> {
  private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Budget")
      .required("Actions", "ApproximateDollarLimit", "DisplayName", "FarmId", "Schedule",
          "UsageTrackingResource")
      .constrain("ApproximateDollarLimit", Constraint.of().minimum(0.01))
      .constrain("Description", Constraint.of().minLength(0).maxLength(100))
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(100))
      .constrain("FarmId", Constraint.of().pattern("^farm-[0-9a-f]{32}$"))
      .refYields("Arn")
      .attributes("Arn", "BudgetId", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Budget(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The budget actions to specify what happens when the budget runs out.
   *
   * <p>Required. CloudFormation property {@code Actions}.
   */
  public Budget actions(List<BudgetActionToAdd> value) {
    return set("Actions", Value.listOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
  public Budget actions(Value<List<BudgetActionToAdd>> value) {
    return set("Actions", value);
  }

  /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
  public Budget actions(BudgetActionToAdd... values) {
    return set("Actions", Value.list(values));
  }

  /**
   * The dollar limit based on consumed usage.
   *
   * <p>Required. Range: at least 0.01. CloudFormation property {@code ApproximateDollarLimit}.
   */
  public Budget approximateDollarLimit(double value) {
    return set("ApproximateDollarLimit", Value.of(value));
  }

  /**
   * Sets {@code ApproximateDollarLimit} to this value; see {@link #approximateDollarLimit(double)}.
   */
  public Budget approximateDollarLimit(Value<Double> value) {
    return set("ApproximateDollarLimit", value);
  }

  /**
   * The description of the budget.
   *
   * <p>Length: 0 to 100 characters. CloudFormation property {@code Description}.
   */
  public Budget description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Budget description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of the budget.
   *
   * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public Budget displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Budget displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The farm ID.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^farm-[0-9a-f]{32}$}.
   * CloudFormation property {@code FarmId}.
   */
  public Budget farmId(String value) {
    return set("FarmId", Value.of(value));
  }

  /** Sets {@code FarmId} to this value; see {@link #farmId(String)}. */
  public Budget farmId(Value<String> value) {
    return set("FarmId", value);
  }

  /**
   * The start and end time of the budget.
   *
   * <p>Required. CloudFormation property {@code Schedule}.
   */
  public Budget schedule(Value<BudgetSchedule> value) {
    return set("Schedule", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Budget tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Budget tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Budget tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The usage details of the allotted budget.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * UsageTrackingResource}.
   */
  public Budget usageTrackingResource(Value<UsageTrackingResource> value) {
    return set("UsageTrackingResource", value);
  }

  /**
   * The ARN of the budget.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The budget ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BudgetId}.
   */
  public Value<String> budgetId() {
    return getAtt("BudgetId");
  }

  /**
   * The status of the budget.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The budget action to add.
   *
   * <p>Property type {@code AWS::Deadline::Budget.BudgetActionToAdd}.
   */
  public static final class BudgetActionToAdd extends Struct<BudgetActionToAdd> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Budget.BudgetActionToAdd")
        .required("ThresholdPercentage", "Type")
        .constrain("Description", Constraint.of().minLength(0).maxLength(100))
        .constrain("ThresholdPercentage", Constraint.of().minimum(0).maximum(100))
        .allowed("Type", "STOP_SCHEDULING_AND_COMPLETE_TASKS", "STOP_SCHEDULING_AND_CANCEL_TASKS")
        .build();

    public BudgetActionToAdd() {
      super(SCHEMA);
    }

    /**
     * A description for the budget action.
     *
     * <p>Length: 0 to 100 characters. CloudFormation property {@code Description}.
     */
    public BudgetActionToAdd description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public BudgetActionToAdd description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The percentage threshold for the budget action.
     *
     * <p>Required. Range: 0 to 100. CloudFormation property {@code ThresholdPercentage}.
     */
    public BudgetActionToAdd thresholdPercentage(double value) {
      return set("ThresholdPercentage", Value.of(value));
    }

    /** Sets {@code ThresholdPercentage} to this value; see {@link #thresholdPercentage(double)}. */
    public BudgetActionToAdd thresholdPercentage(Value<Double> value) {
      return set("ThresholdPercentage", value);
    }

    /**
     * The type of budget action.
     *
     * <p>Required. Allowed values: {@code STOP_SCHEDULING_AND_COMPLETE_TASKS}, {@code
     * STOP_SCHEDULING_AND_CANCEL_TASKS}. CloudFormation property {@code Type}.
     */
    public BudgetActionToAdd type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public BudgetActionToAdd type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The start and end time of the budget.
   *
   * <p>Property type {@code AWS::Deadline::Budget.BudgetSchedule}.
   */
  public static final class BudgetSchedule extends Struct<BudgetSchedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Budget.BudgetSchedule")
        .required("Fixed")
        .build();

    public BudgetSchedule() {
      super(SCHEMA);
    }

    /**
     * The details of a fixed budget schedule.
     *
     * <p>Required. CloudFormation property {@code Fixed}.
     */
    public BudgetSchedule fixed(Value<FixedBudgetSchedule> value) {
      return set("Fixed", value);
    }
  }

  /**
   * The details of a fixed budget schedule.
   *
   * <p>Property type {@code AWS::Deadline::Budget.FixedBudgetSchedule}.
   */
  public static final class FixedBudgetSchedule extends Struct<FixedBudgetSchedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Budget.FixedBudgetSchedule")
        .required("EndTime", "StartTime")
        .constrain("EndTime", Constraint.of().format("date-time"))
        .constrain("StartTime", Constraint.of().format("date-time"))
        .build();

    public FixedBudgetSchedule() {
      super(SCHEMA);
    }

    /**
     * When the budget ends.
     *
     * <p>Required. Format: {@code date-time}. CloudFormation property {@code EndTime}.
     */
    public FixedBudgetSchedule endTime(String value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
    public FixedBudgetSchedule endTime(Value<String> value) {
      return set("EndTime", value);
    }

    /**
     * When the budget starts.
     *
     * <p>Required. Format: {@code date-time}. CloudFormation property {@code StartTime}.
     */
    public FixedBudgetSchedule startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public FixedBudgetSchedule startTime(Value<String> value) {
      return set("StartTime", value);
    }
  }

  /**
   * The usage details of the allotted budget.
   *
   * <p>Property type {@code AWS::Deadline::Budget.UsageTrackingResource}.
   */
  public static final class UsageTrackingResource extends Struct<UsageTrackingResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Budget.UsageTrackingResource")
        .required("QueueId")
        .constrain("QueueId", Constraint.of().pattern("^queue-[0-9a-f]{32}$"))
        .build();

    public UsageTrackingResource() {
      super(SCHEMA);
    }

    /**
     * The queue ID.
     *
     * <p>Required. Pattern: {@code ^queue-[0-9a-f]{32}$}. CloudFormation property {@code QueueId}.
     */
    public UsageTrackingResource queueId(String value) {
      return set("QueueId", Value.of(value));
    }

    /** Sets {@code QueueId} to this value; see {@link #queueId(String)}. */
    public UsageTrackingResource queueId(Value<String> value) {
      return set("QueueId", value);
    }
  }
}
