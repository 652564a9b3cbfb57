// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cases;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new case rule. In the Amazon Connect admin website, case rules are known as <em>case
 * field conditions</em> . For more information about case field conditions, see <a
 * href="https://docs.aws.amazon.com/connect/latest/adminguide/case-field-conditions.html">Add case
 * field conditions to a case template</a> .
 *
 * <p>CloudFormation type {@code AWS::Cases::CaseRule}.
 */
public final class CaseRule extends Resource<CaseRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cases::CaseRule")
      .required("Name", "Rule")
      .constrain("Description", Constraint.of().maxLength(255))
      .constrain("DomainId", Constraint.of().minLength(1).maxLength(500))
      .constrain("Name", Constraint.of().pattern("^.*[\\S]$").minLength(1).maxLength(100))
      .refYields("CaseRuleArn")
      .attributes("CaseRuleArn", "CaseRuleId", "CreatedTime", "LastModifiedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CaseRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Description of a case rule.
   *
   * <p>Length: at most 255 characters. CloudFormation property {@code Description}.
   */
  public CaseRule description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CaseRule description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Unique identifier of a Cases domain.
   *
   * <p>Changing it replaces the resource. Length: 1 to 500 characters. CloudFormation property
   * {@code DomainId}.
   */
  public CaseRule domainId(String value) {
    return set("DomainId", Value.of(value));
  }

  /** Sets {@code DomainId} to this value; see {@link #domainId(String)}. */
  public CaseRule domainId(Value<String> value) {
    return set("DomainId", value);
  }

  /**
   * Name of the case rule.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^.*[&#92;S]$}. CloudFormation
   * property {@code Name}.
   */
  public CaseRule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CaseRule name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Represents what rule type should take place, under what conditions.
   *
   * <p>Required. CloudFormation property {@code Rule}.
   */
  public CaseRule rule(Value<CaseRuleDetails> value) {
    return set("Rule", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CaseRule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CaseRule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CaseRule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the case rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CaseRuleArn}.
   */
  public Value<String> caseRuleArn() {
    return getAtt("CaseRuleArn");
  }

  /**
   * Unique identifier of a case rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CaseRuleId}.
   */
  public Value<String> caseRuleId() {
    return getAtt("CaseRuleId");
  }

  /**
   * Timestamp when the resource was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * Timestamp when the resource was created or last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * Boolean condition for a rule. In the Amazon Connect admin website, case rules are known as
   * <em>case field conditions</em> . For more information about case field conditions, see <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/case-field-conditions.html">Add
   * case field conditions to a case template</a> .
   *
   * <p>Property type {@code AWS::Cases::CaseRule.BooleanCondition}.
   */
  public static final class BooleanCondition extends Struct<BooleanCondition> {
    private static final Schema SCHEMA = Schema.of("AWS::Cases::CaseRule.BooleanCondition");

    public BooleanCondition() {
      super(SCHEMA);
    }

    /**
     * Tests that operandOne is equal to operandTwo.
     *
     * <p>CloudFormation property {@code EqualTo}.
     */
    public BooleanCondition equalTo(Value<BooleanOperands> value) {
      return set("EqualTo", value);
    }

    /**
     * Tests that operandOne is not equal to operandTwo.
     *
     * <p>CloudFormation property {@code NotEqualTo}.
     */
    public BooleanCondition notEqualTo(Value<BooleanOperands> value) {
      return set("NotEqualTo", value);
    }
  }

  /**
   * Boolean operands for a condition. In the Amazon Connect admin website, case rules are known as
   * <em>case field conditions</em> . For more information about case field conditions, see <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/case-field-conditions.html">Add
   * case field conditions to a case template</a> .
   *
   * <p>Property type {@code AWS::Cases::CaseRule.BooleanOperands}.
   */
  public static final class BooleanOperands extends Struct<BooleanOperands> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cases::CaseRule.BooleanOperands")
        .required("OperandOne", "OperandTwo", "Result")
        .build();

    public BooleanOperands() {
      super(SCHEMA);
    }

    /**
     * Represents the left hand operand in the condition.
     *
     * <p>Required. CloudFormation property {@code OperandOne}.
     */
    public BooleanOperands operandOne(Value<OperandOne> value) {
      return set("OperandOne", value);
    }

    /**
     * Represents the right hand operand in the condition.
     *
     * <p>Required. CloudFormation property {@code OperandTwo}.
     */
    public BooleanOperands operandTwo(Value<OperandTwo> value) {
      return set("OperandTwo", value);
    }

    /**
     * The value of the outer rule if the condition evaluates to true.
     *
     * <p>Required. CloudFormation property {@code Result}.
     */
    public BooleanOperands result(boolean value) {
      return set("Result", Value.of(value));
    }

    /** Sets {@code Result} to this value; see {@link #result(boolean)}. */
    public BooleanOperands result(Value<Boolean> value) {
      return set("Result", value);
    }
  }

  /**
   * Represents what rule type should take place, under what conditions. In the Amazon Connect admin
   * website, case rules are known as <em>case field conditions</em> . For more information about
   * case field conditions, see <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/case-field-conditions.html">Add
   * case field conditions to a case template</a> .
   *
   * <p>Property type {@code AWS::Cases::CaseRule.CaseRuleDetails}.
   */
  public static final class CaseRuleDetails extends Struct<CaseRuleDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::Cases::CaseRule.CaseRuleDetails");

    public CaseRuleDetails() {
      super(SCHEMA);
    }

    /**
     * Whether a field is visible, based on values in other fields.
     *
     * <p>CloudFormation property {@code Hidden}.
     */
    public CaseRuleDetails hidden(Value<HiddenCaseRule> value) {
      return set("Hidden", value);
    }

    /**
     * Required rule type, used to indicate whether a field is required.
     *
     * <p>CloudFormation property {@code Required}.
     */
    public CaseRuleDetails required(Value<RequiredCaseRule> value) {
      return set("Required", value);
    }
  }

  /**
   * A rule that controls field visibility based on conditions. Fields can be shown or hidden
   * dynamically based on values in other fields.
   *
   * <p>Property type {@code AWS::Cases::CaseRule.HiddenCaseRule}.
   */
  public static final class HiddenCaseRule extends Struct<HiddenCaseRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cases::CaseRule.HiddenCaseRule")
        .required("Conditions", "DefaultValue")
        .build();

    public HiddenCaseRule() {
      super(SCHEMA);
    }

    /**
     * A list of conditions that determine field visibility.
     *
     * <p>Required. CloudFormation property {@code Conditions}.
     */
    public HiddenCaseRule conditions(List<BooleanCondition> value) {
      return set("Conditions", Value.listOf(value));
    }

    /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
    public HiddenCaseRule conditions(Value<List<BooleanCondition>> value) {
      return set("Conditions", value);
    }

    /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
    public HiddenCaseRule conditions(BooleanCondition... values) {
      return set("Conditions", Value.list(values));
    }

    /**
     * Whether the field is hidden when no conditions match.
     *
     * <p>Required. CloudFormation property {@code DefaultValue}.
     */
    public HiddenCaseRule defaultValue(boolean value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(boolean)}. */
    public HiddenCaseRule defaultValue(Value<Boolean> value) {
      return set("DefaultValue", value);
    }
  }

  /**
   * Represents the left hand operand in the condition. In the Amazon Connect admin website, case
   * rules are known as <em>case field conditions</em> . For more information about case field
   * conditions, see <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/case-field-conditions.html">Add
   * case field conditions to a case template</a> .
   *
   * <p>Property type {@code AWS::Cases::CaseRule.OperandOne}.
   */
  public static final class OperandOne extends Struct<OperandOne> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cases::CaseRule.OperandOne")
        .required("FieldId")
        .build();

    public OperandOne() {
      super(SCHEMA);
    }

    /**
     * The field ID that this operand should take the value of.
     *
     * <p>Required. CloudFormation property {@code FieldId}.
     */
    public OperandOne fieldId(String value) {
      return set("FieldId", Value.of(value));
    }

    /** Sets {@code FieldId} to this value; see {@link #fieldId(String)}. */
    public OperandOne fieldId(Value<String> value) {
      return set("FieldId", value);
    }
  }

  /**
   * Represents the right hand operand in the condition. In the Amazon Connect admin website, case
   * rules are known as <em>case field conditions</em> . For more information about case field
   * conditions, see <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/case-field-conditions.html">Add
   * case field conditions to a case template</a> .
   *
   * <p>Property type {@code AWS::Cases::CaseRule.OperandTwo}.
   */
  public static final class OperandTwo extends Struct<OperandTwo> {
    private static final Schema SCHEMA = Schema.of("AWS::Cases::CaseRule.OperandTwo");

    public OperandTwo() {
      super(SCHEMA);
    }

    /**
     * Boolean value type.
     *
     * <p>CloudFormation property {@code BooleanValue}.
     */
    public OperandTwo booleanValue(boolean value) {
      return set("BooleanValue", Value.of(value));
    }

    /** Sets {@code BooleanValue} to this value; see {@link #booleanValue(boolean)}. */
    public OperandTwo booleanValue(Value<Boolean> value) {
      return set("BooleanValue", value);
    }

    /**
     * Double value type.
     *
     * <p>CloudFormation property {@code DoubleValue}.
     */
    public OperandTwo doubleValue(double value) {
      return set("DoubleValue", Value.of(value));
    }

    /** Sets {@code DoubleValue} to this value; see {@link #doubleValue(double)}. */
    public OperandTwo doubleValue(Value<Double> value) {
      return set("DoubleValue", value);
    }

    /**
     * Represents an empty operand value. In the Amazon Connect admin website, case rules are known
     * as <em>case field conditions</em> . For more information about case field conditions, see <a
     * href="https://docs.aws.amazon.com/connect/latest/adminguide/case-field-conditions.html">Add
     * case field conditions to a case template</a> .
     *
     * <p>CloudFormation property {@code EmptyValue}.
     */
    public OperandTwo emptyValue(Value<Json> value) {
      return set("EmptyValue", value);
    }

    /**
     * String value type.
     *
     * <p>CloudFormation property {@code StringValue}.
     */
    public OperandTwo stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public OperandTwo stringValue(Value<String> value) {
      return set("StringValue", value);
    }
  }

  /**
   * Required rule type, used to indicate whether a field is required. In the Amazon Connect admin
   * website, case rules are known as <em>case field conditions</em> . For more information about
   * case field conditions, see <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/case-field-conditions.html">Add
   * case field conditions to a case template</a> .
   *
   * <p>Property type {@code AWS::Cases::CaseRule.RequiredCaseRule}.
   */
  public static final class RequiredCaseRule extends Struct<RequiredCaseRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cases::CaseRule.RequiredCaseRule")
        .required("Conditions", "DefaultValue")
        .build();

    public RequiredCaseRule() {
      super(SCHEMA);
    }

    /**
     * List of conditions for the required rule; the first condition to evaluate to true dictates
     * the value of the rule.
     *
     * <p>Required. CloudFormation property {@code Conditions}.
     */
    public RequiredCaseRule conditions(List<BooleanCondition> value) {
      return set("Conditions", Value.listOf(value));
    }

    /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
    public RequiredCaseRule conditions(Value<List<BooleanCondition>> value) {
      return set("Conditions", value);
    }

    /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
    public RequiredCaseRule conditions(BooleanCondition... values) {
      return set("Conditions", Value.list(values));
    }

    /**
     * The value of the rule (that is, whether the field is required) should none of the conditions
     * evaluate to true.
     *
     * <p>Required. CloudFormation property {@code DefaultValue}.
     */
    public RequiredCaseRule defaultValue(boolean value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(boolean)}. */
    public RequiredCaseRule defaultValue(Value<Boolean> value) {
      return set("DefaultValue", value);
    }
  }
}
