// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.databrew;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a new ruleset that can be used in a profile job to validate the data quality of a
 * dataset.
 *
 * <p>CloudFormation type {@code AWS::DataBrew::Ruleset}.
 */
public final class Ruleset extends Resource<Ruleset> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Ruleset")
      .required("Name", "Rules", "TargetArn")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .constrain("TargetArn", Constraint.of().minLength(20).maxLength(2048))
      .refYields("Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Ruleset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the ruleset.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public Ruleset description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Ruleset description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the ruleset.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Name}.
   */
  public Ruleset name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Ruleset name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Contains metadata about the ruleset.
   *
   * <p>Required. CloudFormation property {@code Rules}.
   */
  public Ruleset rules(List<Rule> value) {
    return set("Rules", Value.listOf(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
  public Ruleset rules(Value<List<Rule>> value) {
    return set("Rules", value);
  }

  /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
  public Ruleset rules(Rule... values) {
    return set("Rules", Value.list(values));
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Ruleset tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Ruleset tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Ruleset tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of a resource (dataset) that the ruleset is associated with.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. CloudFormation
   * property {@code TargetArn}.
   */
  public Ruleset targetArn(String value) {
    return set("TargetArn", Value.of(value));
  }

  /** Sets {@code TargetArn} to this value; see {@link #targetArn(String)}. */
  public Ruleset targetArn(Value<String> value) {
    return set("TargetArn", value);
  }

  /**
   * Selector of a column from a dataset for profile job configuration. One selector includes either
   * a column name or a regular expression.
   *
   * <p>Property type {@code AWS::DataBrew::Ruleset.ColumnSelector}.
   */
  public static final class ColumnSelector extends Struct<ColumnSelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Ruleset.ColumnSelector")
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .constrain("Regex", Constraint.of().minLength(1).maxLength(255))
        .build();

    public ColumnSelector() {
      super(SCHEMA);
    }

    /**
     * The name of a column from a dataset.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Name}.
     */
    public ColumnSelector name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ColumnSelector name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A regular expression for selecting a column from a dataset.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Regex}.
     */
    public ColumnSelector regex(String value) {
      return set("Regex", Value.of(value));
    }

    /** Sets {@code Regex} to this value; see {@link #regex(String)}. */
    public ColumnSelector regex(Value<String> value) {
      return set("Regex", value);
    }
  }

  /**
   * Represents a single data quality requirement that should be validated in the scope of this
   * dataset.
   *
   * <p>Property type {@code AWS::DataBrew::Ruleset.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Ruleset.Rule")
        .required("CheckExpression", "Name")
        .constrain("CheckExpression", Constraint.of().pattern("^[><0-9A-Za-z_.,:)(!= ]+$").minLength(4).maxLength(1024))
        .constrain("Name", Constraint.of().minLength(1).maxLength(128))
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * The expression which includes column references, condition names followed by variable
     * references, possibly grouped and combined with other conditions. For example, <code>(:col1
     * starts_with :prefix1 or :col1 starts_with :prefix2) and (:col1 ends_with :suffix1 or :col1
     * ends_with :suffix2)</code> . Column and value references are substitution variables that
     * should start with the ':' symbol. Depending on the context, substitution variables' values
     * can be either an actual value or a column name. These values are defined in the
     * SubstitutionMap. If a CheckExpression starts with a column reference, then ColumnSelectors in
     * the rule should be null. If ColumnSelectors has been defined, then there should be no columnn
     * reference in the left side of a condition, for example, <code>is_between :val1 and
     * :val2</code> .
     *
     * <p>Required. Length: 4 to 1024 characters. Pattern: {@code ^[&gt;&lt;0-9A-Za-z_.,:)(!= ]+$}.
     * CloudFormation property {@code CheckExpression}.
     */
    public Rule checkExpression(String value) {
      return set("CheckExpression", Value.of(value));
    }

    /** Sets {@code CheckExpression} to this value; see {@link #checkExpression(String)}. */
    public Rule checkExpression(Value<String> value) {
      return set("CheckExpression", value);
    }

    /**
     * List of column selectors. Selectors can be used to select columns using a name or regular
     * expression from the dataset. Rule will be applied to selected columns.
     *
     * <p>CloudFormation property {@code ColumnSelectors}.
     */
    public Rule columnSelectors(List<ColumnSelector> value) {
      return set("ColumnSelectors", Value.listOf(value));
    }

    /** Sets {@code ColumnSelectors} to this value; see {@link #columnSelectors(List)}. */
    public Rule columnSelectors(Value<List<ColumnSelector>> value) {
      return set("ColumnSelectors", value);
    }

    /** Sets {@code ColumnSelectors} to a list of these; see {@link #columnSelectors(List)}. */
    public Rule columnSelectors(ColumnSelector... values) {
      return set("ColumnSelectors", Value.list(values));
    }

    /**
     * A value that specifies whether the rule is disabled. Once a rule is disabled, a profile job
     * will not validate it during a job run. Default value is false.
     *
     * <p>CloudFormation property {@code Disabled}.
     */
    public Rule disabled(boolean value) {
      return set("Disabled", Value.of(value));
    }

    /** Sets {@code Disabled} to this value; see {@link #disabled(boolean)}. */
    public Rule disabled(Value<Boolean> value) {
      return set("Disabled", value);
    }

    /**
     * The name of the rule.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
     */
    public Rule name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Rule name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The map of substitution variable names to their values used in a check expression. Variable
     * names should start with a ':' (colon). Variable values can either be actual values or column
     * names. To differentiate between the two, column names should be enclosed in backticks, for
     * example, <code>":col1": "</code>Column A<code>".</code>
     *
     * <p>CloudFormation property {@code SubstitutionMap}.
     */
    public Rule substitutionMap(List<SubstitutionValue> value) {
      return set("SubstitutionMap", Value.listOf(value));
    }

    /** Sets {@code SubstitutionMap} to this value; see {@link #substitutionMap(List)}. */
    public Rule substitutionMap(Value<List<SubstitutionValue>> value) {
      return set("SubstitutionMap", value);
    }

    /** Sets {@code SubstitutionMap} to a list of these; see {@link #substitutionMap(List)}. */
    public Rule substitutionMap(SubstitutionValue... values) {
      return set("SubstitutionMap", Value.list(values));
    }

    /**
     * The threshold used with a non-aggregate check expression. Non-aggregate check expressions
     * will be applied to each row in a specific column, and the threshold will be used to determine
     * whether the validation succeeds.
     *
     * <p>CloudFormation property {@code Threshold}.
     */
    public Rule threshold(Value<Threshold> value) {
      return set("Threshold", value);
    }
  }

  /**
   * A key-value pair to associate an expression's substitution variable names with their values.
   *
   * <p>Property type {@code AWS::DataBrew::Ruleset.SubstitutionValue}.
   */
  public static final class SubstitutionValue extends Struct<SubstitutionValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Ruleset.SubstitutionValue")
        .required("Value", "ValueReference")
        .constrain("Value", Constraint.of().minLength(0).maxLength(1024))
        .constrain("ValueReference", Constraint.of().pattern("^:[A-Za-z0-9_]+$").minLength(2).maxLength(128))
        .build();

    public SubstitutionValue() {
      super(SCHEMA);
    }

    /**
     * Value or column name.
     *
     * <p>Required. Length: 0 to 1024 characters. CloudFormation property {@code Value}.
     */
    public SubstitutionValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public SubstitutionValue value(Value<String> value) {
      return set("Value", value);
    }

    /**
     * Variable name.
     *
     * <p>Required. Length: 2 to 128 characters. Pattern: {@code ^:[A-Za-z0-9_]+$}. CloudFormation
     * property {@code ValueReference}.
     */
    public SubstitutionValue valueReference(String value) {
      return set("ValueReference", Value.of(value));
    }

    /** Sets {@code ValueReference} to this value; see {@link #valueReference(String)}. */
    public SubstitutionValue valueReference(Value<String> value) {
      return set("ValueReference", value);
    }
  }

  /**
   * The threshold used with a non-aggregate check expression. The non-aggregate check expression
   * will be applied to each row in a specific column. Then the threshold will be used to determine
   * whether the validation succeeds.
   *
   * <p>Property type {@code AWS::DataBrew::Ruleset.Threshold}.
   */
  public static final class Threshold extends Struct<Threshold> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Ruleset.Threshold")
        .required("Value")
        .allowed("Type", "GREATER_THAN_OR_EQUAL", "LESS_THAN_OR_EQUAL", "GREATER_THAN", "LESS_THAN")
        .allowed("Unit", "COUNT", "PERCENTAGE")
        .constrain("Value", Constraint.of().minimum(0))
        .build();

    public Threshold() {
      super(SCHEMA);
    }

    /**
     * The type of a threshold. Used for comparison of an actual count of rows that satisfy the rule
     * to the threshold value.
     *
     * <p>Allowed values: {@code GREATER_THAN_OR_EQUAL}, {@code LESS_THAN_OR_EQUAL}, {@code
     * GREATER_THAN}, {@code LESS_THAN}. CloudFormation property {@code Type}.
     */
    public Threshold type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Threshold type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Unit of threshold value. Can be either a COUNT or PERCENTAGE of the full sample size used for
     * validation.
     *
     * <p>Allowed values: {@code COUNT}, {@code PERCENTAGE}. CloudFormation property {@code Unit}.
     */
    public Threshold unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public Threshold unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * The value of a threshold.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code Value}.
     */
    public Threshold value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public Threshold value(Value<Double> value) {
      return set("Value", value);
    }
  }
}
