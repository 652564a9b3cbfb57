// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.backup;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a restore testing plan.
 *
 * <p>The first of two steps to create a restore testing plan. After this request is successful,
 * finish the procedure using CreateRestoreTestingSelection.
 *
 * <p>CloudFormation type {@code AWS::Backup::RestoreTestingPlan}.
 */
public final class RestoreTestingPlan extends Resource<RestoreTestingPlan> {
  private static final Schema SCHEMA = Schema.builder("AWS::Backup::RestoreTestingPlan")
      .required("RecoveryPointSelection", "RestoreTestingPlanName", "ScheduleExpression")
      .refYields("RestoreTestingPlanName")
      .attributes("RestoreTestingPlanArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RestoreTestingPlan(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The specified criteria to assign a set of resources, such as recovery point types or backup
   * vaults.
   *
   * <p>Required. CloudFormation property {@code RecoveryPointSelection}.
   */
  public RestoreTestingPlan recoveryPointSelection(Value<RestoreTestingRecoveryPointSelection> value) {
    return set("RecoveryPointSelection", value);
  }

  /**
   * The RestoreTestingPlanName is a unique string that is the name of the restore testing plan.
   * This cannot be changed after creation, and it must consist of only alphanumeric characters and
   * underscores.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * RestoreTestingPlanName}.
   */
  public RestoreTestingPlan restoreTestingPlanName(String value) {
    return set("RestoreTestingPlanName", Value.of(value));
  }

  /**
   * Sets {@code RestoreTestingPlanName} to this value; see {@link #restoreTestingPlanName(String)}.
   */
  public RestoreTestingPlan restoreTestingPlanName(Value<String> value) {
    return set("RestoreTestingPlanName", value);
  }

  /**
   * A CRON expression in specified timezone when a restore testing plan is executed. When no CRON
   * expression is provided, AWS Backup will use the default expression <code>cron(0 5 ? * *
   * *)</code> .
   *
   * <p>Required. CloudFormation property {@code ScheduleExpression}.
   */
  public RestoreTestingPlan scheduleExpression(String value) {
    return set("ScheduleExpression", Value.of(value));
  }

  /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
  public RestoreTestingPlan scheduleExpression(Value<String> value) {
    return set("ScheduleExpression", value);
  }

  /**
   * Optional. This is the timezone in which the schedule expression is set. By default,
   * ScheduleExpressions are in UTC. You can modify this to a specified timezone.
   *
   * <p>CloudFormation property {@code ScheduleExpressionTimezone}.
   */
  public RestoreTestingPlan scheduleExpressionTimezone(String value) {
    return set("ScheduleExpressionTimezone", Value.of(value));
  }

  /**
   * Sets {@code ScheduleExpressionTimezone} to this value; see {@link
   * #scheduleExpressionTimezone(String)}.
   */
  public RestoreTestingPlan scheduleExpressionTimezone(Value<String> value) {
    return set("ScheduleExpressionTimezone", value);
  }

  /**
   * Defaults to 24 hours.
   *
   * <p>A value in hours after a restore test is scheduled before a job will be canceled if it
   * doesn't start successfully. This value is optional. If this value is included, this parameter
   * has a maximum value of 168 hours (one week).
   *
   * <p>CloudFormation property {@code StartWindowHours}.
   */
  public RestoreTestingPlan startWindowHours(int value) {
    return set("StartWindowHours", Value.of(value));
  }

  /** Sets {@code StartWindowHours} to this value; see {@link #startWindowHours(int)}. */
  public RestoreTestingPlan startWindowHours(Value<Integer> value) {
    return set("StartWindowHours", value);
  }

  /**
   * Optional tags to include. A tag is a key-value pair you can use to manage, filter, and search
   * for your resources. Allowed characters include UTF-8 letters,numbers, spaces, and the following
   * characters: <code>+ - = . _ : /.</code>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RestoreTestingPlan tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RestoreTestingPlan tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RestoreTestingPlan tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An Amazon Resource Name (ARN) that uniquely identifies a restore testing plan.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RestoreTestingPlanArn}.
   */
  public Value<String> restoreTestingPlanArn() {
    return getAtt("RestoreTestingPlanArn");
  }

  /**
   * <code>RecoveryPointSelection</code> has five parameters (three required and two optional). The
   * values you specify determine which recovery point is included in the restore test. You must
   * indicate with <code>Algorithm</code> if you want the latest recovery point within your
   * <code>SelectionWindowDays</code> or if you want a random recovery point, and you must indicate
   * through <code>IncludeVaults</code> from which vaults the recovery points can be chosen.
   *
   * <p><code>Algorithm</code> ( <em>required</em> ) Valid values: "
   * <code>LATEST_WITHIN_WINDOW</code> " or " <code>RANDOM_WITHIN_WINDOW</code> ".
   *
   * <p><code>Recovery point types</code> ( <em>required</em> ) Valid values: "
   * <code>SNAPSHOT</code> " and/or " <code>CONTINUOUS</code> ". Include <code>SNAPSHOT</code> to
   * restore only snapshot recovery points; include <code>CONTINUOUS</code> to restore continuous
   * recovery points (point in time restore / PITR); use both to restore either a snapshot or a
   * continuous recovery point. The recovery point will be determined by the value for
   * <code>Algorithm</code> .
   *
   * <p><code>IncludeVaults</code> ( <em>required</em> ). You must include one or more backup
   * vaults. Use the wildcard ["*"] or specific ARNs.
   *
   * <p><code>SelectionWindowDays</code> ( <em>optional</em> ) Value must be an integer (in days)
   * from 1 to 365. If not included, the value defaults to <code>30</code> .
   *
   * <p><code>ExcludeVaults</code> ( <em>optional</em> ). You can choose to input one or more
   * specific backup vault ARNs to exclude those vaults' contents from restore eligibility. Or, you
   * can include a list of selectors. If this parameter and its value are not included, it defaults
   * to empty list.
   *
   * <p>Property type {@code AWS::Backup::RestoreTestingPlan.RestoreTestingRecoveryPointSelection}.
   */
  public static final class RestoreTestingRecoveryPointSelection extends Struct<RestoreTestingRecoveryPointSelection> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::RestoreTestingPlan.RestoreTestingRecoveryPointSelection")
        .required("Algorithm", "IncludeVaults", "RecoveryPointTypes")
        .allowed("Algorithm", "LATEST_WITHIN_WINDOW", "RANDOM_WITHIN_WINDOW")
        .allowed("RecoveryPointTypes", "SNAPSHOT", "CONTINUOUS")
        .build();

    public RestoreTestingRecoveryPointSelection() {
      super(SCHEMA);
    }

    /**
     * Acceptable values include "LATEST_WITHIN_WINDOW" or "RANDOM_WITHIN_WINDOW"
     *
     * <p>Required. Allowed values: {@code LATEST_WITHIN_WINDOW}, {@code RANDOM_WITHIN_WINDOW}.
     * CloudFormation property {@code Algorithm}.
     */
    public RestoreTestingRecoveryPointSelection algorithm(String value) {
      return set("Algorithm", Value.of(value));
    }

    /** Sets {@code Algorithm} to this value; see {@link #algorithm(String)}. */
    public RestoreTestingRecoveryPointSelection algorithm(Value<String> value) {
      return set("Algorithm", value);
    }

    /**
     * Accepted values include specific ARNs or list of selectors. Defaults to empty list if not
     * listed.
     *
     * <p>CloudFormation property {@code ExcludeVaults}.
     */
    public RestoreTestingRecoveryPointSelection excludeVaults(List<String> value) {
      return set("ExcludeVaults", Value.listOf(value));
    }

    /** Sets {@code ExcludeVaults} to this value; see {@link #excludeVaults(List)}. */
    public RestoreTestingRecoveryPointSelection excludeVaults(Value<List<String>> value) {
      return set("ExcludeVaults", value);
    }

    /**
     * Accepted values include wildcard ["<em>"] or by specific ARNs or ARN wilcard replacement
     * ["arn:aws:backup:us-west-2:123456789012:backup-vault:asdf", ...]
     * ["arn:aws:backup:</em>:<em>:backup-vault:asdf-</em>", ...]
     *
     * <p>Required. CloudFormation property {@code IncludeVaults}.
     */
    public RestoreTestingRecoveryPointSelection includeVaults(List<String> value) {
      return set("IncludeVaults", Value.listOf(value));
    }

    /** Sets {@code IncludeVaults} to this value; see {@link #includeVaults(List)}. */
    public RestoreTestingRecoveryPointSelection includeVaults(Value<List<String>> value) {
      return set("IncludeVaults", value);
    }

    /**
     * These are the types of recovery points.
     *
     * <p>Include <code>SNAPSHOT</code> to restore only snapshot recovery points; include
     * <code>CONTINUOUS</code> to restore continuous recovery points (point in time restore / PITR);
     * use both to restore either a snapshot or a continuous recovery point. The recovery point will
     * be determined by the value for <code>Algorithm</code> .
     *
     * <p>Required. Allowed values: {@code SNAPSHOT}, {@code CONTINUOUS}. CloudFormation property
     * {@code RecoveryPointTypes}.
     */
    public RestoreTestingRecoveryPointSelection recoveryPointTypes(List<String> value) {
      return set("RecoveryPointTypes", Value.listOf(value));
    }

    /** Sets {@code RecoveryPointTypes} to this value; see {@link #recoveryPointTypes(List)}. */
    public RestoreTestingRecoveryPointSelection recoveryPointTypes(Value<List<String>> value) {
      return set("RecoveryPointTypes", value);
    }

    /**
     * Accepted values are integers from 1 to 365.
     *
     * <p>CloudFormation property {@code SelectionWindowDays}.
     */
    public RestoreTestingRecoveryPointSelection selectionWindowDays(int value) {
      return set("SelectionWindowDays", Value.of(value));
    }

    /** Sets {@code SelectionWindowDays} to this value; see {@link #selectionWindowDays(int)}. */
    public RestoreTestingRecoveryPointSelection selectionWindowDays(Value<Integer> value) {
      return set("SelectionWindowDays", value);
    }
  }
}
