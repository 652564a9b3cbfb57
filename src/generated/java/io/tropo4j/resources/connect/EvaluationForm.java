// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an evaluation form for the specified Connect Customer instance.
 *
 * <p>CloudFormation type {@code AWS::Connect::EvaluationForm}.
 */
public final class EvaluationForm extends Resource<EvaluationForm> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm")
      .required("InstanceArn", "Items", "Status", "Title")
      .constrain("AIVersion", Constraint.of().minLength(1).maxLength(256))
      .constrain("Description", Constraint.of().maxLength(1024))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .references("InstanceArn", "AWS::Connect::Instance.Ref")
      .allowed("Status", "DRAFT", "ACTIVE")
      .constrain("Title", Constraint.of().minLength(1).maxLength(128))
      .refYields("EvaluationFormArn")
      .attributes("EvaluationFormArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EvaluationForm(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Length: 1 to 256 characters. CloudFormation property {@code AIVersion}. */
  public EvaluationForm aiVersion(String value) {
    return set("AIVersion", Value.of(value));
  }

  /** Sets {@code AIVersion} to this value; see {@link #aiVersion(String)}. */
  public EvaluationForm aiVersion(Value<String> value) {
    return set("AIVersion", value);
  }

  /**
   * The automatic evaluation configuration of an evaluation form.
   *
   * <p>CloudFormation property {@code AutoEvaluationConfiguration}.
   */
  public EvaluationForm autoEvaluationConfiguration(Value<AutoEvaluationConfiguration> value) {
    return set("AutoEvaluationConfiguration", value);
  }

  /**
   * The description of the evaluation form.
   *
   * <p><em>Length Constraints</em> : Minimum length of 0. Maximum length of 1024.
   *
   * <p>Length: at most 1024 characters. CloudFormation property {@code Description}.
   */
  public EvaluationForm description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public EvaluationForm description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of the Amazon Connect instance.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public EvaluationForm instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public EvaluationForm instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * Sets {@code InstanceArn} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceArn(String)}.
   */
  public EvaluationForm instanceArn(Instance resource) {
    return set("InstanceArn", resource.ref());
  }

  /**
   * Items that are part of the evaluation form. The total number of sections and questions must not
   * exceed 100 each. Questions must be contained in a section.
   *
   * <p><em>Minimum size</em> : 1
   *
   * <p><em>Maximum size</em> : 100
   *
   * <p>Required. CloudFormation property {@code Items}.
   */
  public EvaluationForm items(List<EvaluationFormBaseItem> value) {
    return set("Items", Value.listOf(value));
  }

  /** Sets {@code Items} to this value; see {@link #items(List)}. */
  public EvaluationForm items(Value<List<EvaluationFormBaseItem>> value) {
    return set("Items", value);
  }

  /** Sets {@code Items} to a list of these; see {@link #items(List)}. */
  public EvaluationForm items(EvaluationFormBaseItem... values) {
    return set("Items", Value.list(values));
  }

  /**
   * Configuration for language settings of this evaluation form.
   *
   * <p>CloudFormation property {@code LanguageConfiguration}.
   */
  public EvaluationForm languageConfiguration(Value<EvaluationFormLanguageConfiguration> value) {
    return set("LanguageConfiguration", value);
  }

  /**
   * Configuration settings for evaluation reviews.
   *
   * <p>CloudFormation property {@code ReviewConfiguration}.
   */
  public EvaluationForm reviewConfiguration(Value<EvaluationReviewConfiguration> value) {
    return set("ReviewConfiguration", value);
  }

  /**
   * A scoring strategy of the evaluation form.
   *
   * <p>CloudFormation property {@code ScoringStrategy}.
   */
  public EvaluationForm scoringStrategy(Value<ScoringStrategy> value) {
    return set("ScoringStrategy", value);
  }

  /**
   * The status of the evaluation form.
   *
   * <p><em>Allowed values</em> : <code>DRAFT</code> | <code>ACTIVE</code>
   *
   * <p>Required. Allowed values: {@code DRAFT}, {@code ACTIVE}. Default: {@code "DRAFT"}.
   * CloudFormation property {@code Status}.
   */
  public EvaluationForm status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public EvaluationForm status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource. For example, { "tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EvaluationForm tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EvaluationForm tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EvaluationForm tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Configuration that specifies the target for this evaluation form.
   *
   * <p>CloudFormation property {@code TargetConfiguration}.
   */
  public EvaluationForm targetConfiguration(Value<EvaluationFormTargetConfiguration> value) {
    return set("TargetConfiguration", value);
  }

  /**
   * A title of the evaluation form.
   *
   * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Title}.
   */
  public EvaluationForm title(String value) {
    return set("Title", Value.of(value));
  }

  /** Sets {@code Title} to this value; see {@link #title(String)}. */
  public EvaluationForm title(Value<String> value) {
    return set("Title", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the evaluation form.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EvaluationFormArn}.
   */
  public Value<String> evaluationFormArn() {
    return getAtt("EvaluationFormArn");
  }

  /**
   * Configuration information about automated evaluations.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.AutoEvaluationConfiguration}.
   */
  public static final class AutoEvaluationConfiguration extends Struct<AutoEvaluationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::EvaluationForm.AutoEvaluationConfiguration");

    public AutoEvaluationConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Enabled}. */
    public AutoEvaluationConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AutoEvaluationConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Information about automatic fail configuration for an evaluation form.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.AutomaticFailConfiguration}.
   */
  public static final class AutomaticFailConfiguration extends Struct<AutomaticFailConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::EvaluationForm.AutomaticFailConfiguration");

    public AutomaticFailConfiguration() {
      super(SCHEMA);
    }

    /**
     * The referenceId of the target section for auto failure.
     *
     * <p>CloudFormation property {@code TargetSection}.
     */
    public AutomaticFailConfiguration targetSection(String value) {
      return set("TargetSection", Value.of(value));
    }

    /** Sets {@code TargetSection} to this value; see {@link #targetSection(String)}. */
    public AutomaticFailConfiguration targetSection(Value<String> value) {
      return set("TargetSection", value);
    }
  }

  /**
   * An item at the root level. All items must be sections.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormBaseItem}.
   */
  public static final class EvaluationFormBaseItem extends Struct<EvaluationFormBaseItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormBaseItem")
        .required("Section")
        .build();

    public EvaluationFormBaseItem() {
      super(SCHEMA);
    }

    /**
     * A subsection or inner section of an item.
     *
     * <p>Required. CloudFormation property {@code Section}.
     */
    public EvaluationFormBaseItem section(Value<EvaluationFormSection> value) {
      return set("Section", value);
    }
  }

  /**
   * Items that are part of the evaluation form. The total number of sections and questions must not
   * exceed 100 each. Questions must be contained in a section.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormItem}.
   */
  public static final class EvaluationFormItem extends Struct<EvaluationFormItem> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::EvaluationForm.EvaluationFormItem");

    public EvaluationFormItem() {
      super(SCHEMA);
    }

    /**
     * The information of the question.
     *
     * <p>CloudFormation property {@code Question}.
     */
    public EvaluationFormItem question(Value<EvaluationFormQuestion> value) {
      return set("Question", value);
    }

    /**
     * The information of the section.
     *
     * <p>CloudFormation property {@code Section}.
     */
    public EvaluationFormItem section(Value<EvaluationFormSection> value) {
      return set("Section", value);
    }
  }

  /**
   * A condition for item enablement.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormItemEnablementCondition}.
   */
  public static final class EvaluationFormItemEnablementCondition extends Struct<EvaluationFormItemEnablementCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormItemEnablementCondition")
        .required("Operands")
        .allowed("Operator", "OR", "AND")
        .build();

    public EvaluationFormItemEnablementCondition() {
      super(SCHEMA);
    }

    /**
     * Operands of the enablement condition.
     *
     * <p>Required. CloudFormation property {@code Operands}.
     */
    public EvaluationFormItemEnablementCondition operands(List<EvaluationFormItemEnablementConditionOperand> value) {
      return set("Operands", Value.listOf(value));
    }

    /** Sets {@code Operands} to this value; see {@link #operands(List)}. */
    public EvaluationFormItemEnablementCondition operands(Value<List<EvaluationFormItemEnablementConditionOperand>> value) {
      return set("Operands", value);
    }

    /** Sets {@code Operands} to a list of these; see {@link #operands(List)}. */
    public EvaluationFormItemEnablementCondition operands(EvaluationFormItemEnablementConditionOperand... values) {
      return set("Operands", Value.list(values));
    }

    /**
     * The operator to be used to be applied to operands if more than one provided.
     *
     * <p>Allowed values: {@code OR}, {@code AND}. CloudFormation property {@code Operator}.
     */
    public EvaluationFormItemEnablementCondition operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public EvaluationFormItemEnablementCondition operator(Value<String> value) {
      return set("Operator", value);
    }
  }

  /**
   * An operand of the enablement condition.
   *
   * <p>Property type {@code
   * AWS::Connect::EvaluationForm.EvaluationFormItemEnablementConditionOperand}.
   */
  public static final class EvaluationFormItemEnablementConditionOperand extends Struct<EvaluationFormItemEnablementConditionOperand> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::EvaluationForm.EvaluationFormItemEnablementConditionOperand");

    public EvaluationFormItemEnablementConditionOperand() {
      super(SCHEMA);
    }

    /**
     * An expression of the enablement condition.
     *
     * <p>CloudFormation property {@code Expression}.
     */
    public EvaluationFormItemEnablementConditionOperand expression(Value<EvaluationFormItemEnablementExpression> value) {
      return set("Expression", value);
    }
  }

  /**
   * An item enablement configuration.
   *
   * <p>Property type {@code
   * AWS::Connect::EvaluationForm.EvaluationFormItemEnablementConfiguration}.
   */
  public static final class EvaluationFormItemEnablementConfiguration extends Struct<EvaluationFormItemEnablementConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormItemEnablementConfiguration")
        .required("Action", "Condition")
        .allowed("Action", "DISABLE", "ENABLE")
        .allowed("DefaultAction", "DISABLE", "ENABLE")
        .build();

    public EvaluationFormItemEnablementConfiguration() {
      super(SCHEMA);
    }

    /**
     * An enablement action that if condition is satisfied.
     *
     * <p>Required. Allowed values: {@code DISABLE}, {@code ENABLE}. CloudFormation property {@code
     * Action}.
     */
    public EvaluationFormItemEnablementConfiguration action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public EvaluationFormItemEnablementConfiguration action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * A condition for item enablement configuration.
     *
     * <p>Required. CloudFormation property {@code Condition}.
     */
    public EvaluationFormItemEnablementConfiguration condition(Value<EvaluationFormItemEnablementCondition> value) {
      return set("Condition", value);
    }

    /**
     * An enablement action that if condition is not satisfied.
     *
     * <p>Allowed values: {@code DISABLE}, {@code ENABLE}. CloudFormation property {@code
     * DefaultAction}.
     */
    public EvaluationFormItemEnablementConfiguration defaultAction(String value) {
      return set("DefaultAction", Value.of(value));
    }

    /** Sets {@code DefaultAction} to this value; see {@link #defaultAction(String)}. */
    public EvaluationFormItemEnablementConfiguration defaultAction(Value<String> value) {
      return set("DefaultAction", value);
    }
  }

  /**
   * An expression that defines a basic building block of conditional enablement.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormItemEnablementExpression}.
   */
  public static final class EvaluationFormItemEnablementExpression extends Struct<EvaluationFormItemEnablementExpression> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormItemEnablementExpression")
        .required("Comparator", "Source", "Values")
        .allowed("Comparator", "IN", "NOT_IN", "ALL_IN", "EXACT")
        .build();

    public EvaluationFormItemEnablementExpression() {
      super(SCHEMA);
    }

    /**
     * A comparator to be used against list of values.
     *
     * <p>Required. Allowed values: {@code IN}, {@code NOT_IN}, {@code ALL_IN}, {@code EXACT}.
     * CloudFormation property {@code Comparator}.
     */
    public EvaluationFormItemEnablementExpression comparator(String value) {
      return set("Comparator", Value.of(value));
    }

    /** Sets {@code Comparator} to this value; see {@link #comparator(String)}. */
    public EvaluationFormItemEnablementExpression comparator(Value<String> value) {
      return set("Comparator", value);
    }

    /**
     * A source item of enablement expression.
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public EvaluationFormItemEnablementExpression source(Value<EvaluationFormItemEnablementSource> value) {
      return set("Source", value);
    }

    /**
     * A list of values from source item.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public EvaluationFormItemEnablementExpression values(List<EvaluationFormItemEnablementSourceValue> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public EvaluationFormItemEnablementExpression values(Value<List<EvaluationFormItemEnablementSourceValue>> value) {
      return set("Values", value);
    }

    /** Sets {@code Values} to a list of these; see {@link #values(List)}. */
    public EvaluationFormItemEnablementExpression values(EvaluationFormItemEnablementSourceValue... values) {
      return set("Values", Value.list(values));
    }
  }

  /**
   * An enablement expression source item.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormItemEnablementSource}.
   */
  public static final class EvaluationFormItemEnablementSource extends Struct<EvaluationFormItemEnablementSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormItemEnablementSource")
        .required("Type")
        .allowed("Type", "QUESTION_REF_ID")
        .build();

    public EvaluationFormItemEnablementSource() {
      super(SCHEMA);
    }

    /**
     * A referenceId of the source item.
     *
     * <p>CloudFormation property {@code RefId}.
     */
    public EvaluationFormItemEnablementSource refId(String value) {
      return set("RefId", Value.of(value));
    }

    /** Sets {@code RefId} to this value; see {@link #refId(String)}. */
    public EvaluationFormItemEnablementSource refId(Value<String> value) {
      return set("RefId", value);
    }

    /**
     * A type of source item.
     *
     * <p>Required. Allowed values: {@code QUESTION_REF_ID}. CloudFormation property {@code Type}.
     */
    public EvaluationFormItemEnablementSource type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EvaluationFormItemEnablementSource type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * An enablement expression source value.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormItemEnablementSourceValue}.
   */
  public static final class EvaluationFormItemEnablementSourceValue extends Struct<EvaluationFormItemEnablementSourceValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormItemEnablementSourceValue")
        .allowed("Type", "OPTION_REF_ID")
        .build();

    public EvaluationFormItemEnablementSourceValue() {
      super(SCHEMA);
    }

    /**
     * A referenceId of the source value.
     *
     * <p>CloudFormation property {@code RefId}.
     */
    public EvaluationFormItemEnablementSourceValue refId(String value) {
      return set("RefId", Value.of(value));
    }

    /** Sets {@code RefId} to this value; see {@link #refId(String)}. */
    public EvaluationFormItemEnablementSourceValue refId(Value<String> value) {
      return set("RefId", value);
    }

    /**
     * A type of source item value.
     *
     * <p>Allowed values: {@code OPTION_REF_ID}. CloudFormation property {@code Type}.
     */
    public EvaluationFormItemEnablementSourceValue type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EvaluationFormItemEnablementSourceValue type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Language configuration for an evaluation form.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormLanguageConfiguration}.
   */
  public static final class EvaluationFormLanguageConfiguration extends Struct<EvaluationFormLanguageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormLanguageConfiguration")
        .allowed("FormLanguage", "de-DE", "en-US", "es-ES", "fr-FR", "it-IT", "pt-BR", "ja-JP",
            "ko-KR", "zh-CN", "ms-MY")
        .build();

    public EvaluationFormLanguageConfiguration() {
      super(SCHEMA);
    }

    /**
     * The language for the evaluation form.
     *
     * <p>Allowed values: {@code de-DE}, {@code en-US}, {@code es-ES}, {@code fr-FR}, {@code it-IT},
     * {@code pt-BR}, {@code ja-JP}, {@code ko-KR}, {@code zh-CN}, {@code ms-MY}. CloudFormation
     * property {@code FormLanguage}.
     */
    public EvaluationFormLanguageConfiguration formLanguage(String value) {
      return set("FormLanguage", Value.of(value));
    }

    /** Sets {@code FormLanguage} to this value; see {@link #formLanguage(String)}. */
    public EvaluationFormLanguageConfiguration formLanguage(Value<String> value) {
      return set("FormLanguage", value);
    }
  }

  /** Property type {@code AWS::Connect::EvaluationForm.EvaluationFormMetricConfiguration}. */
  public static final class EvaluationFormMetricConfiguration extends Struct<EvaluationFormMetricConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormMetricConfiguration")
        .required("MetricName", "MetricType")
        .constrain("MetricName", Constraint.of().pattern("^[^\\p{C}]*$").minLength(1).maxLength(256))
        .allowed("MetricType", "BUSINESS_OUTCOME")
        .build();

    public EvaluationFormMetricConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the metric.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[^&#92;p{C}]*$}. CloudFormation
     * property {@code MetricName}.
     */
    public EvaluationFormMetricConfiguration metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public EvaluationFormMetricConfiguration metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The type of the metric.
     *
     * <p>Required. Allowed values: {@code BUSINESS_OUTCOME}. CloudFormation property {@code
     * MetricType}.
     */
    public EvaluationFormMetricConfiguration metricType(String value) {
      return set("MetricType", Value.of(value));
    }

    /** Sets {@code MetricType} to this value; see {@link #metricType(String)}. */
    public EvaluationFormMetricConfiguration metricType(Value<String> value) {
      return set("MetricType", value);
    }
  }

  /**
   * Automation configuration for multi-select questions.
   *
   * <p>Property type {@code
   * AWS::Connect::EvaluationForm.EvaluationFormMultiSelectQuestionAutomation}.
   */
  public static final class EvaluationFormMultiSelectQuestionAutomation extends Struct<EvaluationFormMultiSelectQuestionAutomation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormMultiSelectQuestionAutomation")
        .constrain("DefaultOptionRefIds", Constraint.of().pattern("^[a-zA-Z0-9._-]{1,40}$"))
        .build();

    public EvaluationFormMultiSelectQuestionAutomation() {
      super(SCHEMA);
    }

    /**
     * A question automation answer.
     *
     * <p>CloudFormation property {@code AnswerSource}.
     */
    public EvaluationFormMultiSelectQuestionAutomation answerSource(Value<EvaluationFormQuestionAutomationAnswerSource> value) {
      return set("AnswerSource", value);
    }

    /**
     * Reference IDs of default options.
     *
     * <p>Pattern: {@code ^[a-zA-Z0-9._-]{1,40}$}. CloudFormation property {@code
     * DefaultOptionRefIds}.
     */
    public EvaluationFormMultiSelectQuestionAutomation defaultOptionRefIds(List<String> value) {
      return set("DefaultOptionRefIds", Value.listOf(value));
    }

    /** Sets {@code DefaultOptionRefIds} to this value; see {@link #defaultOptionRefIds(List)}. */
    public EvaluationFormMultiSelectQuestionAutomation defaultOptionRefIds(Value<List<String>> value) {
      return set("DefaultOptionRefIds", value);
    }

    /**
     * Automation options for the multi-select question.
     *
     * <p>CloudFormation property {@code Options}.
     */
    public EvaluationFormMultiSelectQuestionAutomation options(List<EvaluationFormMultiSelectQuestionAutomationOption> value) {
      return set("Options", Value.listOf(value));
    }

    /** Sets {@code Options} to this value; see {@link #options(List)}. */
    public EvaluationFormMultiSelectQuestionAutomation options(Value<List<EvaluationFormMultiSelectQuestionAutomationOption>> value) {
      return set("Options", value);
    }

    /** Sets {@code Options} to a list of these; see {@link #options(List)}. */
    public EvaluationFormMultiSelectQuestionAutomation options(EvaluationFormMultiSelectQuestionAutomationOption... values) {
      return set("Options", Value.list(values));
    }
  }

  /**
   * An automation option for a multi-select question.
   *
   * <p>Property type {@code
   * AWS::Connect::EvaluationForm.EvaluationFormMultiSelectQuestionAutomationOption}.
   */
  public static final class EvaluationFormMultiSelectQuestionAutomationOption extends Struct<EvaluationFormMultiSelectQuestionAutomationOption> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormMultiSelectQuestionAutomationOption")
        .required("RuleCategory")
        .build();

    public EvaluationFormMultiSelectQuestionAutomationOption() {
      super(SCHEMA);
    }

    /**
     * Rule category configuration for this automation option.
     *
     * <p>Required. CloudFormation property {@code RuleCategory}.
     */
    public EvaluationFormMultiSelectQuestionAutomationOption ruleCategory(Value<MultiSelectQuestionRuleCategoryAutomation> value) {
      return set("RuleCategory", value);
    }
  }

  /**
   * An option for a multi-select question in an evaluation form.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormMultiSelectQuestionOption}.
   */
  public static final class EvaluationFormMultiSelectQuestionOption extends Struct<EvaluationFormMultiSelectQuestionOption> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormMultiSelectQuestionOption")
        .required("RefId", "Text")
        .constrain("RefId", Constraint.of().pattern("^[a-zA-Z0-9._-]{1,40}$"))
        .constrain("Score", Constraint.of().minimum(0).maximum(10))
        .constrain("Text", Constraint.of().minLength(1).maxLength(128))
        .build();

    public EvaluationFormMultiSelectQuestionOption() {
      super(SCHEMA);
    }

    /**
     * The flag to mark the option as automatic fail. If an automatic fail answer is provided, the
     * overall evaluation gets a score of 0.
     *
     * <p>CloudFormation property {@code AutomaticFail}.
     */
    public EvaluationFormMultiSelectQuestionOption automaticFail(boolean value) {
      return set("AutomaticFail", Value.of(value));
    }

    /** Sets {@code AutomaticFail} to this value; see {@link #automaticFail(boolean)}. */
    public EvaluationFormMultiSelectQuestionOption automaticFail(Value<Boolean> value) {
      return set("AutomaticFail", value);
    }

    /**
     * Information about automatic fail configuration for an evaluation form.
     *
     * <p>CloudFormation property {@code AutomaticFailConfiguration}.
     */
    public EvaluationFormMultiSelectQuestionOption automaticFailConfiguration(Value<AutomaticFailConfiguration> value) {
      return set("AutomaticFailConfiguration", value);
    }

    /**
     * Information about the points configuration for an answer option.
     *
     * <p>CloudFormation property {@code PointsConfiguration}.
     */
    public EvaluationFormMultiSelectQuestionOption pointsConfiguration(Value<QuestionOptionPointsConfiguration> value) {
      return set("PointsConfiguration", value);
    }

    /**
     * Reference identifier for this option.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z0-9._-]{1,40}$}. CloudFormation property {@code RefId}.
     */
    public EvaluationFormMultiSelectQuestionOption refId(String value) {
      return set("RefId", Value.of(value));
    }

    /** Sets {@code RefId} to this value; see {@link #refId(String)}. */
    public EvaluationFormMultiSelectQuestionOption refId(Value<String> value) {
      return set("RefId", value);
    }

    /**
     * The score of an answer option.
     *
     * <p>Range: 0 to 10. CloudFormation property {@code Score}.
     */
    public EvaluationFormMultiSelectQuestionOption score(int value) {
      return set("Score", Value.of(value));
    }

    /** Sets {@code Score} to this value; see {@link #score(int)}. */
    public EvaluationFormMultiSelectQuestionOption score(Value<Integer> value) {
      return set("Score", value);
    }

    /**
     * Display text for this option.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Text}.
     */
    public EvaluationFormMultiSelectQuestionOption text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public EvaluationFormMultiSelectQuestionOption text(Value<String> value) {
      return set("Text", value);
    }
  }

  /**
   * Properties for a multi-select question in an evaluation form.
   *
   * <p>Property type {@code
   * AWS::Connect::EvaluationForm.EvaluationFormMultiSelectQuestionProperties}.
   */
  public static final class EvaluationFormMultiSelectQuestionProperties extends Struct<EvaluationFormMultiSelectQuestionProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormMultiSelectQuestionProperties")
        .required("Options")
        .allowed("DisplayAs", "DROPDOWN", "CHECKBOX")
        .build();

    public EvaluationFormMultiSelectQuestionProperties() {
      super(SCHEMA);
    }

    /**
     * Automation configuration for this multi-select question.
     *
     * <p>CloudFormation property {@code Automation}.
     */
    public EvaluationFormMultiSelectQuestionProperties automation(Value<EvaluationFormMultiSelectQuestionAutomation> value) {
      return set("Automation", value);
    }

    /**
     * Display format for the multi-select question.
     *
     * <p>Allowed values: {@code DROPDOWN}, {@code CHECKBOX}. CloudFormation property {@code
     * DisplayAs}.
     */
    public EvaluationFormMultiSelectQuestionProperties displayAs(String value) {
      return set("DisplayAs", Value.of(value));
    }

    /** Sets {@code DisplayAs} to this value; see {@link #displayAs(String)}. */
    public EvaluationFormMultiSelectQuestionProperties displayAs(Value<String> value) {
      return set("DisplayAs", value);
    }

    /**
     * Options available for this multi-select question.
     *
     * <p>Required. CloudFormation property {@code Options}.
     */
    public EvaluationFormMultiSelectQuestionProperties options(List<EvaluationFormMultiSelectQuestionOption> value) {
      return set("Options", Value.listOf(value));
    }

    /** Sets {@code Options} to this value; see {@link #options(List)}. */
    public EvaluationFormMultiSelectQuestionProperties options(Value<List<EvaluationFormMultiSelectQuestionOption>> value) {
      return set("Options", value);
    }

    /** Sets {@code Options} to a list of these; see {@link #options(List)}. */
    public EvaluationFormMultiSelectQuestionProperties options(EvaluationFormMultiSelectQuestionOption... values) {
      return set("Options", Value.list(values));
    }
  }

  /**
   * Information about the automation configuration in numeric questions.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormNumericQuestionAutomation}.
   */
  public static final class EvaluationFormNumericQuestionAutomation extends Struct<EvaluationFormNumericQuestionAutomation> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::EvaluationForm.EvaluationFormNumericQuestionAutomation");

    public EvaluationFormNumericQuestionAutomation() {
      super(SCHEMA);
    }

    /**
     * A source of automation answer for numeric question.
     *
     * <p>CloudFormation property {@code AnswerSource}.
     */
    public EvaluationFormNumericQuestionAutomation answerSource(Value<EvaluationFormQuestionAutomationAnswerSource> value) {
      return set("AnswerSource", value);
    }

    /**
     * The property value of the automation.
     *
     * <p>CloudFormation property {@code PropertyValue}.
     */
    public EvaluationFormNumericQuestionAutomation propertyValue(Value<NumericQuestionPropertyValueAutomation> value) {
      return set("PropertyValue", value);
    }
  }

  /**
   * Information about the option range used for scoring in numeric questions.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormNumericQuestionOption}.
   */
  public static final class EvaluationFormNumericQuestionOption extends Struct<EvaluationFormNumericQuestionOption> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormNumericQuestionOption")
        .required("MaxValue", "MinValue")
        .constrain("Score", Constraint.of().minimum(0).maximum(10))
        .build();

    public EvaluationFormNumericQuestionOption() {
      super(SCHEMA);
    }

    /**
     * The flag to mark the option as automatic fail. If an automatic fail answer is provided, the
     * overall evaluation gets a score of 0.
     *
     * <p>CloudFormation property {@code AutomaticFail}.
     */
    public EvaluationFormNumericQuestionOption automaticFail(boolean value) {
      return set("AutomaticFail", Value.of(value));
    }

    /** Sets {@code AutomaticFail} to this value; see {@link #automaticFail(boolean)}. */
    public EvaluationFormNumericQuestionOption automaticFail(Value<Boolean> value) {
      return set("AutomaticFail", value);
    }

    /**
     * A configuration for automatic fail.
     *
     * <p>CloudFormation property {@code AutomaticFailConfiguration}.
     */
    public EvaluationFormNumericQuestionOption automaticFailConfiguration(Value<AutomaticFailConfiguration> value) {
      return set("AutomaticFailConfiguration", value);
    }

    /**
     * The maximum answer value of the range option.
     *
     * <p>Required. CloudFormation property {@code MaxValue}.
     */
    public EvaluationFormNumericQuestionOption maxValue(int value) {
      return set("MaxValue", Value.of(value));
    }

    /** Sets {@code MaxValue} to this value; see {@link #maxValue(int)}. */
    public EvaluationFormNumericQuestionOption maxValue(Value<Integer> value) {
      return set("MaxValue", value);
    }

    /**
     * The minimum answer value of the range option.
     *
     * <p>Required. CloudFormation property {@code MinValue}.
     */
    public EvaluationFormNumericQuestionOption minValue(int value) {
      return set("MinValue", Value.of(value));
    }

    /** Sets {@code MinValue} to this value; see {@link #minValue(int)}. */
    public EvaluationFormNumericQuestionOption minValue(Value<Integer> value) {
      return set("MinValue", value);
    }

    /**
     * Information about the points configuration for an answer option.
     *
     * <p>CloudFormation property {@code PointsConfiguration}.
     */
    public EvaluationFormNumericQuestionOption pointsConfiguration(Value<QuestionOptionPointsConfiguration> value) {
      return set("PointsConfiguration", value);
    }

    /**
     * The score assigned to answer values within the range option.
     *
     * <p><em>Minimum</em> : 0
     *
     * <p><em>Maximum</em> : 10
     *
     * <p>Range: 0 to 10. CloudFormation property {@code Score}.
     */
    public EvaluationFormNumericQuestionOption score(int value) {
      return set("Score", Value.of(value));
    }

    /** Sets {@code Score} to this value; see {@link #score(int)}. */
    public EvaluationFormNumericQuestionOption score(Value<Integer> value) {
      return set("Score", value);
    }
  }

  /**
   * Information about properties for a numeric question in an evaluation form.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormNumericQuestionProperties}.
   */
  public static final class EvaluationFormNumericQuestionProperties extends Struct<EvaluationFormNumericQuestionProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormNumericQuestionProperties")
        .required("MaxValue", "MinValue")
        .build();

    public EvaluationFormNumericQuestionProperties() {
      super(SCHEMA);
    }

    /**
     * The automation properties of the numeric question.
     *
     * <p>CloudFormation property {@code Automation}.
     */
    public EvaluationFormNumericQuestionProperties automation(Value<EvaluationFormNumericQuestionAutomation> value) {
      return set("Automation", value);
    }

    /**
     * The maximum answer value.
     *
     * <p>Required. CloudFormation property {@code MaxValue}.
     */
    public EvaluationFormNumericQuestionProperties maxValue(int value) {
      return set("MaxValue", Value.of(value));
    }

    /** Sets {@code MaxValue} to this value; see {@link #maxValue(int)}. */
    public EvaluationFormNumericQuestionProperties maxValue(Value<Integer> value) {
      return set("MaxValue", value);
    }

    /**
     * The minimum answer value.
     *
     * <p>Required. CloudFormation property {@code MinValue}.
     */
    public EvaluationFormNumericQuestionProperties minValue(int value) {
      return set("MinValue", Value.of(value));
    }

    /** Sets {@code MinValue} to this value; see {@link #minValue(int)}. */
    public EvaluationFormNumericQuestionProperties minValue(Value<Integer> value) {
      return set("MinValue", value);
    }

    /**
     * The scoring options of the numeric question.
     *
     * <p>CloudFormation property {@code Options}.
     */
    public EvaluationFormNumericQuestionProperties options(List<EvaluationFormNumericQuestionOption> value) {
      return set("Options", Value.listOf(value));
    }

    /** Sets {@code Options} to this value; see {@link #options(List)}. */
    public EvaluationFormNumericQuestionProperties options(Value<List<EvaluationFormNumericQuestionOption>> value) {
      return set("Options", value);
    }

    /** Sets {@code Options} to a list of these; see {@link #options(List)}. */
    public EvaluationFormNumericQuestionProperties options(EvaluationFormNumericQuestionOption... values) {
      return set("Options", Value.list(values));
    }
  }

  /**
   * Information about a question from an evaluation form.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormQuestion}.
   */
  public static final class EvaluationFormQuestion extends Struct<EvaluationFormQuestion> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormQuestion")
        .required("QuestionType", "RefId", "Title")
        .constrain("Instructions", Constraint.of().maxLength(1024))
        .allowed("QuestionType", "NUMERIC", "SINGLESELECT", "TEXT", "MULTISELECT", "DATETIME")
        .constrain("RefId", Constraint.of().pattern("^[a-zA-Z0-9._-]{1,40}$"))
        .constrain("Title", Constraint.of().minLength(1).maxLength(350))
        .constrain("Weight", Constraint.of().minimum(0).maximum(100))
        .build();

    public EvaluationFormQuestion() {
      super(SCHEMA);
    }

    /**
     * A question conditional enablement.
     *
     * <p>CloudFormation property {@code Enablement}.
     */
    public EvaluationFormQuestion enablement(Value<EvaluationFormItemEnablementConfiguration> value) {
      return set("Enablement", value);
    }

    /**
     * The instructions of the section.
     *
     * <p><em>Length Constraints</em> : Minimum length of 0. Maximum length of 1024.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code Instructions}.
     */
    public EvaluationFormQuestion instructions(String value) {
      return set("Instructions", Value.of(value));
    }

    /** Sets {@code Instructions} to this value; see {@link #instructions(String)}. */
    public EvaluationFormQuestion instructions(Value<String> value) {
      return set("Instructions", value);
    }

    /** CloudFormation property {@code MetricConfiguration}. */
    public EvaluationFormQuestion metricConfiguration(Value<EvaluationFormMetricConfiguration> value) {
      return set("MetricConfiguration", value);
    }

    /**
     * The flag to enable not applicable answers to the question.
     *
     * <p>CloudFormation property {@code NotApplicableEnabled}.
     */
    public EvaluationFormQuestion notApplicableEnabled(boolean value) {
      return set("NotApplicableEnabled", Value.of(value));
    }

    /**
     * Sets {@code NotApplicableEnabled} to this value; see {@link #notApplicableEnabled(boolean)}.
     */
    public EvaluationFormQuestion notApplicableEnabled(Value<Boolean> value) {
      return set("NotApplicableEnabled", value);
    }

    /**
     * The type of the question.
     *
     * <p><em>Allowed values</em> : <code>NUMERIC</code> | <code>SINGLESELECT</code> |
     * <code>TEXT</code>
     *
     * <p>Required. Allowed values: {@code NUMERIC}, {@code SINGLESELECT}, {@code TEXT}, {@code
     * MULTISELECT}, {@code DATETIME}. CloudFormation property {@code QuestionType}.
     */
    public EvaluationFormQuestion questionType(String value) {
      return set("QuestionType", Value.of(value));
    }

    /** Sets {@code QuestionType} to this value; see {@link #questionType(String)}. */
    public EvaluationFormQuestion questionType(Value<String> value) {
      return set("QuestionType", value);
    }

    /**
     * The properties of the type of question. Text questions do not have to define question type
     * properties.
     *
     * <p>CloudFormation property {@code QuestionTypeProperties}.
     */
    public EvaluationFormQuestion questionTypeProperties(Value<EvaluationFormQuestionTypeProperties> value) {
      return set("QuestionTypeProperties", value);
    }

    /**
     * The identifier of the question. An identifier must be unique within the evaluation form.
     *
     * <p><em>Length Constraints</em> : Minimum length of 1. Maximum length of 40.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z0-9._-]{1,40}$}. CloudFormation property {@code RefId}.
     */
    public EvaluationFormQuestion refId(String value) {
      return set("RefId", Value.of(value));
    }

    /** Sets {@code RefId} to this value; see {@link #refId(String)}. */
    public EvaluationFormQuestion refId(Value<String> value) {
      return set("RefId", value);
    }

    /**
     * Scoring configuration for a question in an evaluation form.
     *
     * <p>CloudFormation property {@code ScoringConfiguration}.
     */
    public EvaluationFormQuestion scoringConfiguration(Value<EvaluationFormQuestionScoringConfiguration> value) {
      return set("ScoringConfiguration", value);
    }

    /**
     * The title of the question.
     *
     * <p><em>Length Constraints</em> : Minimum length of 1. Maximum length of 350.
     *
     * <p>Required. Length: 1 to 350 characters. CloudFormation property {@code Title}.
     */
    public EvaluationFormQuestion title(String value) {
      return set("Title", Value.of(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(String)}. */
    public EvaluationFormQuestion title(Value<String> value) {
      return set("Title", value);
    }

    /**
     * The scoring weight of the section.
     *
     * <p><em>Minimum</em> : 0
     *
     * <p><em>Maximum</em> : 100
     *
     * <p>Range: 0 to 100. CloudFormation property {@code Weight}.
     */
    public EvaluationFormQuestion weight(double value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(double)}. */
    public EvaluationFormQuestion weight(Value<Double> value) {
      return set("Weight", value);
    }
  }

  /**
   * A question automation answer.
   *
   * <p>Property type {@code
   * AWS::Connect::EvaluationForm.EvaluationFormQuestionAutomationAnswerSource}.
   */
  public static final class EvaluationFormQuestionAutomationAnswerSource extends Struct<EvaluationFormQuestionAutomationAnswerSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormQuestionAutomationAnswerSource")
        .required("SourceType")
        .allowed("SourceType", "CONTACT_LENS_DATA", "GEN_AI")
        .build();

    public EvaluationFormQuestionAutomationAnswerSource() {
      super(SCHEMA);
    }

    /**
     * The automation answer source type.
     *
     * <p>Required. Allowed values: {@code CONTACT_LENS_DATA}, {@code GEN_AI}. CloudFormation
     * property {@code SourceType}.
     */
    public EvaluationFormQuestionAutomationAnswerSource sourceType(String value) {
      return set("SourceType", Value.of(value));
    }

    /** Sets {@code SourceType} to this value; see {@link #sourceType(String)}. */
    public EvaluationFormQuestionAutomationAnswerSource sourceType(Value<String> value) {
      return set("SourceType", value);
    }
  }

  /**
   * Scoring configuration for a question in an evaluation form.
   *
   * <p>Property type {@code
   * AWS::Connect::EvaluationForm.EvaluationFormQuestionScoringConfiguration}.
   */
  public static final class EvaluationFormQuestionScoringConfiguration extends Struct<EvaluationFormQuestionScoringConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::EvaluationForm.EvaluationFormQuestionScoringConfiguration");

    public EvaluationFormQuestionScoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * The flag to exclude the question from scoring.
     *
     * <p>CloudFormation property {@code IsExcludedFromScoring}.
     */
    public EvaluationFormQuestionScoringConfiguration isExcludedFromScoring(boolean value) {
      return set("IsExcludedFromScoring", Value.of(value));
    }

    /**
     * Sets {@code IsExcludedFromScoring} to this value; see {@link
     * #isExcludedFromScoring(boolean)}.
     */
    public EvaluationFormQuestionScoringConfiguration isExcludedFromScoring(Value<Boolean> value) {
      return set("IsExcludedFromScoring", value);
    }

    /**
     * Information about the points configuration for a question.
     *
     * <p>CloudFormation property {@code PointsConfiguration}.
     */
    public EvaluationFormQuestionScoringConfiguration pointsConfiguration(Value<QuestionPointsConfiguration> value) {
      return set("PointsConfiguration", value);
    }

    /**
     * The score thresholds for performance categories.
     *
     * <p>CloudFormation property {@code ScoreThresholds}.
     */
    public EvaluationFormQuestionScoringConfiguration scoreThresholds(List<EvaluationFormScoreThreshold> value) {
      return set("ScoreThresholds", Value.listOf(value));
    }

    /** Sets {@code ScoreThresholds} to this value; see {@link #scoreThresholds(List)}. */
    public EvaluationFormQuestionScoringConfiguration scoreThresholds(Value<List<EvaluationFormScoreThreshold>> value) {
      return set("ScoreThresholds", value);
    }

    /** Sets {@code ScoreThresholds} to a list of these; see {@link #scoreThresholds(List)}. */
    public EvaluationFormQuestionScoringConfiguration scoreThresholds(EvaluationFormScoreThreshold... values) {
      return set("ScoreThresholds", Value.list(values));
    }
  }

  /**
   * Information about properties for a question in an evaluation form. The question type properties
   * must be either for a numeric question or a single select question.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormQuestionTypeProperties}.
   */
  public static final class EvaluationFormQuestionTypeProperties extends Struct<EvaluationFormQuestionTypeProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::EvaluationForm.EvaluationFormQuestionTypeProperties");

    public EvaluationFormQuestionTypeProperties() {
      super(SCHEMA);
    }

    /**
     * Properties for multi-select question types.
     *
     * <p>CloudFormation property {@code MultiSelect}.
     */
    public EvaluationFormQuestionTypeProperties multiSelect(Value<EvaluationFormMultiSelectQuestionProperties> value) {
      return set("MultiSelect", value);
    }

    /**
     * The properties of the numeric question.
     *
     * <p>CloudFormation property {@code Numeric}.
     */
    public EvaluationFormQuestionTypeProperties numeric(Value<EvaluationFormNumericQuestionProperties> value) {
      return set("Numeric", value);
    }

    /**
     * The properties of the numeric question.
     *
     * <p>CloudFormation property {@code SingleSelect}.
     */
    public EvaluationFormQuestionTypeProperties singleSelect(Value<EvaluationFormSingleSelectQuestionProperties> value) {
      return set("SingleSelect", value);
    }

    /**
     * The properties of the text question.
     *
     * <p>CloudFormation property {@code Text}.
     */
    public EvaluationFormQuestionTypeProperties text(Value<EvaluationFormTextQuestionProperties> value) {
      return set("Text", value);
    }
  }

  /**
   * Information about a score threshold for a performance category.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormScoreThreshold}.
   */
  public static final class EvaluationFormScoreThreshold extends Struct<EvaluationFormScoreThreshold> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormScoreThreshold")
        .required("PerformanceCategory")
        .constrain("MaxScorePercentage", Constraint.of().minimum(0).maximum(100))
        .constrain("MinScorePercentage", Constraint.of().minimum(0).maximum(100))
        .allowed("PerformanceCategory", "NEEDS_IMPROVEMENT", "EXCEEDS_EXPECTATIONS")
        .build();

    public EvaluationFormScoreThreshold() {
      super(SCHEMA);
    }

    /**
     * The maximum score percentage for the performance category.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code MaxScorePercentage}.
     */
    public EvaluationFormScoreThreshold maxScorePercentage(double value) {
      return set("MaxScorePercentage", Value.of(value));
    }

    /** Sets {@code MaxScorePercentage} to this value; see {@link #maxScorePercentage(double)}. */
    public EvaluationFormScoreThreshold maxScorePercentage(Value<Double> value) {
      return set("MaxScorePercentage", value);
    }

    /**
     * The minimum score percentage for the performance category.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code MinScorePercentage}.
     */
    public EvaluationFormScoreThreshold minScorePercentage(double value) {
      return set("MinScorePercentage", Value.of(value));
    }

    /** Sets {@code MinScorePercentage} to this value; see {@link #minScorePercentage(double)}. */
    public EvaluationFormScoreThreshold minScorePercentage(Value<Double> value) {
      return set("MinScorePercentage", value);
    }

    /**
     * The performance category name.
     *
     * <p>Required. Allowed values: {@code NEEDS_IMPROVEMENT}, {@code EXCEEDS_EXPECTATIONS}.
     * CloudFormation property {@code PerformanceCategory}.
     */
    public EvaluationFormScoreThreshold performanceCategory(String value) {
      return set("PerformanceCategory", Value.of(value));
    }

    /** Sets {@code PerformanceCategory} to this value; see {@link #performanceCategory(String)}. */
    public EvaluationFormScoreThreshold performanceCategory(Value<String> value) {
      return set("PerformanceCategory", value);
    }
  }

  /**
   * Information about a section from an evaluation form. A section can contain sections and/or
   * questions. Evaluation forms can only contain sections and subsections (two level nesting).
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormSection}.
   */
  public static final class EvaluationFormSection extends Struct<EvaluationFormSection> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormSection")
        .required("RefId", "Title")
        .constrain("Instructions", Constraint.of().maxLength(1024))
        .constrain("RefId", Constraint.of().pattern("^[a-zA-Z0-9._-]{1,40}$"))
        .constrain("Title", Constraint.of().minLength(1).maxLength(128))
        .constrain("Weight", Constraint.of().minimum(0).maximum(100))
        .build();

    public EvaluationFormSection() {
      super(SCHEMA);
    }

    /**
     * The instructions of the section.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code Instructions}.
     */
    public EvaluationFormSection instructions(String value) {
      return set("Instructions", Value.of(value));
    }

    /** Sets {@code Instructions} to this value; see {@link #instructions(String)}. */
    public EvaluationFormSection instructions(Value<String> value) {
      return set("Instructions", value);
    }

    /**
     * The flag to exclude the section from scoring.
     *
     * <p>CloudFormation property {@code IsExcludedFromScoring}.
     */
    public EvaluationFormSection isExcludedFromScoring(boolean value) {
      return set("IsExcludedFromScoring", Value.of(value));
    }

    /**
     * Sets {@code IsExcludedFromScoring} to this value; see {@link
     * #isExcludedFromScoring(boolean)}.
     */
    public EvaluationFormSection isExcludedFromScoring(Value<Boolean> value) {
      return set("IsExcludedFromScoring", value);
    }

    /**
     * The items of the section.
     *
     * <p><em>Minimum</em> : 1
     *
     * <p>CloudFormation property {@code Items}.
     */
    public EvaluationFormSection items(List<EvaluationFormItem> value) {
      return set("Items", Value.listOf(value));
    }

    /** Sets {@code Items} to this value; see {@link #items(List)}. */
    public EvaluationFormSection items(Value<List<EvaluationFormItem>> value) {
      return set("Items", value);
    }

    /** Sets {@code Items} to a list of these; see {@link #items(List)}. */
    public EvaluationFormSection items(EvaluationFormItem... values) {
      return set("Items", Value.list(values));
    }

    /**
     * The identifier of the section. An identifier must be unique within the evaluation form.
     *
     * <p><em>Length Constraints</em> : Minimum length of 1. Maximum length of 40.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z0-9._-]{1,40}$}. CloudFormation property {@code RefId}.
     */
    public EvaluationFormSection refId(String value) {
      return set("RefId", Value.of(value));
    }

    /** Sets {@code RefId} to this value; see {@link #refId(String)}. */
    public EvaluationFormSection refId(Value<String> value) {
      return set("RefId", value);
    }

    /**
     * The score thresholds for performance categories.
     *
     * <p>CloudFormation property {@code ScoreThresholds}.
     */
    public EvaluationFormSection scoreThresholds(List<EvaluationFormScoreThreshold> value) {
      return set("ScoreThresholds", Value.listOf(value));
    }

    /** Sets {@code ScoreThresholds} to this value; see {@link #scoreThresholds(List)}. */
    public EvaluationFormSection scoreThresholds(Value<List<EvaluationFormScoreThreshold>> value) {
      return set("ScoreThresholds", value);
    }

    /** Sets {@code ScoreThresholds} to a list of these; see {@link #scoreThresholds(List)}. */
    public EvaluationFormSection scoreThresholds(EvaluationFormScoreThreshold... values) {
      return set("ScoreThresholds", Value.list(values));
    }

    /**
     * The title of the section.
     *
     * <p><em>Length Constraints</em> : Minimum length of 1. Maximum length of 128.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Title}.
     */
    public EvaluationFormSection title(String value) {
      return set("Title", Value.of(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(String)}. */
    public EvaluationFormSection title(Value<String> value) {
      return set("Title", value);
    }

    /**
     * The scoring weight of the section.
     *
     * <p><em>Minimum</em> : 0
     *
     * <p><em>Maximum</em> : 100
     *
     * <p>Range: 0 to 100. CloudFormation property {@code Weight}.
     */
    public EvaluationFormSection weight(double value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(double)}. */
    public EvaluationFormSection weight(Value<Double> value) {
      return set("Weight", value);
    }
  }

  /**
   * Information about the automation configuration in single select questions. Automation options
   * are evaluated in order, and the first matched option is applied. If no automation option
   * matches, and there is a default option, then the default option is applied.
   *
   * <p>Property type {@code
   * AWS::Connect::EvaluationForm.EvaluationFormSingleSelectQuestionAutomation}.
   */
  public static final class EvaluationFormSingleSelectQuestionAutomation extends Struct<EvaluationFormSingleSelectQuestionAutomation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormSingleSelectQuestionAutomation")
        .constrain("DefaultOptionRefId", Constraint.of().pattern("^[a-zA-Z0-9._-]{1,40}$"))
        .build();

    public EvaluationFormSingleSelectQuestionAutomation() {
      super(SCHEMA);
    }

    /**
     * Automation answer source.
     *
     * <p>CloudFormation property {@code AnswerSource}.
     */
    public EvaluationFormSingleSelectQuestionAutomation answerSource(Value<EvaluationFormQuestionAutomationAnswerSource> value) {
      return set("AnswerSource", value);
    }

    /**
     * The identifier of the default answer option, when none of the automation options match the
     * criteria.
     *
     * <p><em>Length Constraints</em> : Minimum length of 1. Maximum length of 40.
     *
     * <p>Pattern: {@code ^[a-zA-Z0-9._-]{1,40}$}. CloudFormation property {@code
     * DefaultOptionRefId}.
     */
    public EvaluationFormSingleSelectQuestionAutomation defaultOptionRefId(String value) {
      return set("DefaultOptionRefId", Value.of(value));
    }

    /** Sets {@code DefaultOptionRefId} to this value; see {@link #defaultOptionRefId(String)}. */
    public EvaluationFormSingleSelectQuestionAutomation defaultOptionRefId(Value<String> value) {
      return set("DefaultOptionRefId", value);
    }

    /**
     * The automation options of the single select question.
     *
     * <p><em>Minimum</em> : 1
     *
     * <p><em>Maximum</em> : 20
     *
     * <p>CloudFormation property {@code Options}.
     */
    public EvaluationFormSingleSelectQuestionAutomation options(List<EvaluationFormSingleSelectQuestionAutomationOption> value) {
      return set("Options", Value.listOf(value));
    }

    /** Sets {@code Options} to this value; see {@link #options(List)}. */
    public EvaluationFormSingleSelectQuestionAutomation options(Value<List<EvaluationFormSingleSelectQuestionAutomationOption>> value) {
      return set("Options", value);
    }

    /** Sets {@code Options} to a list of these; see {@link #options(List)}. */
    public EvaluationFormSingleSelectQuestionAutomation options(EvaluationFormSingleSelectQuestionAutomationOption... values) {
      return set("Options", Value.list(values));
    }
  }

  /**
   * The automation options of the single select question.
   *
   * <p>Property type {@code
   * AWS::Connect::EvaluationForm.EvaluationFormSingleSelectQuestionAutomationOption}.
   */
  public static final class EvaluationFormSingleSelectQuestionAutomationOption extends Struct<EvaluationFormSingleSelectQuestionAutomationOption> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormSingleSelectQuestionAutomationOption")
        .required("RuleCategory")
        .build();

    public EvaluationFormSingleSelectQuestionAutomationOption() {
      super(SCHEMA);
    }

    /**
     * The automation option based on a rule category for the single select question.
     *
     * <p>Required. CloudFormation property {@code RuleCategory}.
     */
    public EvaluationFormSingleSelectQuestionAutomationOption ruleCategory(Value<SingleSelectQuestionRuleCategoryAutomation> value) {
      return set("RuleCategory", value);
    }
  }

  /**
   * Information about the automation configuration in single select questions.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormSingleSelectQuestionOption}.
   */
  public static final class EvaluationFormSingleSelectQuestionOption extends Struct<EvaluationFormSingleSelectQuestionOption> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormSingleSelectQuestionOption")
        .required("RefId", "Text")
        .constrain("RefId", Constraint.of().pattern("^[a-zA-Z0-9._-]{1,40}$"))
        .constrain("Score", Constraint.of().minimum(0).maximum(10))
        .constrain("Text", Constraint.of().minLength(1).maxLength(128))
        .build();

    public EvaluationFormSingleSelectQuestionOption() {
      super(SCHEMA);
    }

    /**
     * The flag to mark the option as automatic fail. If an automatic fail answer is provided, the
     * overall evaluation gets a score of 0.
     *
     * <p>CloudFormation property {@code AutomaticFail}.
     */
    public EvaluationFormSingleSelectQuestionOption automaticFail(boolean value) {
      return set("AutomaticFail", Value.of(value));
    }

    /** Sets {@code AutomaticFail} to this value; see {@link #automaticFail(boolean)}. */
    public EvaluationFormSingleSelectQuestionOption automaticFail(Value<Boolean> value) {
      return set("AutomaticFail", value);
    }

    /**
     * Whether automatic fail is configured on a single select question.
     *
     * <p>CloudFormation property {@code AutomaticFailConfiguration}.
     */
    public EvaluationFormSingleSelectQuestionOption automaticFailConfiguration(Value<AutomaticFailConfiguration> value) {
      return set("AutomaticFailConfiguration", value);
    }

    /**
     * Information about the points configuration for an answer option.
     *
     * <p>CloudFormation property {@code PointsConfiguration}.
     */
    public EvaluationFormSingleSelectQuestionOption pointsConfiguration(Value<QuestionOptionPointsConfiguration> value) {
      return set("PointsConfiguration", value);
    }

    /**
     * The identifier of the answer option. An identifier must be unique within the question.
     *
     * <p><em>Length Constraints</em> : Minimum length of 1. Maximum length of 40.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z0-9._-]{1,40}$}. CloudFormation property {@code RefId}.
     */
    public EvaluationFormSingleSelectQuestionOption refId(String value) {
      return set("RefId", Value.of(value));
    }

    /** Sets {@code RefId} to this value; see {@link #refId(String)}. */
    public EvaluationFormSingleSelectQuestionOption refId(Value<String> value) {
      return set("RefId", value);
    }

    /**
     * The score assigned to the answer option.
     *
     * <p><em>Minimum</em> : 0
     *
     * <p><em>Maximum</em> : 10
     *
     * <p>Range: 0 to 10. CloudFormation property {@code Score}.
     */
    public EvaluationFormSingleSelectQuestionOption score(int value) {
      return set("Score", Value.of(value));
    }

    /** Sets {@code Score} to this value; see {@link #score(int)}. */
    public EvaluationFormSingleSelectQuestionOption score(Value<Integer> value) {
      return set("Score", value);
    }

    /**
     * The title of the answer option.
     *
     * <p><em>Length Constraints</em> : Minimum length of 1. Maximum length of 128.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Text}.
     */
    public EvaluationFormSingleSelectQuestionOption text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public EvaluationFormSingleSelectQuestionOption text(Value<String> value) {
      return set("Text", value);
    }
  }

  /**
   * Information about the options in single select questions.
   *
   * <p>Property type {@code
   * AWS::Connect::EvaluationForm.EvaluationFormSingleSelectQuestionProperties}.
   */
  public static final class EvaluationFormSingleSelectQuestionProperties extends Struct<EvaluationFormSingleSelectQuestionProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormSingleSelectQuestionProperties")
        .required("Options")
        .allowed("DisplayAs", "DROPDOWN", "RADIO")
        .build();

    public EvaluationFormSingleSelectQuestionProperties() {
      super(SCHEMA);
    }

    /**
     * The display mode of the single select question.
     *
     * <p>CloudFormation property {@code Automation}.
     */
    public EvaluationFormSingleSelectQuestionProperties automation(Value<EvaluationFormSingleSelectQuestionAutomation> value) {
      return set("Automation", value);
    }

    /**
     * The display mode of the single select question.
     *
     * <p><em>Allowed values</em> : <code>DROPDOWN</code> | <code>RADIO</code>
     *
     * <p>Allowed values: {@code DROPDOWN}, {@code RADIO}. CloudFormation property {@code
     * DisplayAs}.
     */
    public EvaluationFormSingleSelectQuestionProperties displayAs(String value) {
      return set("DisplayAs", Value.of(value));
    }

    /** Sets {@code DisplayAs} to this value; see {@link #displayAs(String)}. */
    public EvaluationFormSingleSelectQuestionProperties displayAs(Value<String> value) {
      return set("DisplayAs", value);
    }

    /**
     * The answer options of the single select question.
     *
     * <p><em>Minimum</em> : 2
     *
     * <p><em>Maximum</em> : 256
     *
     * <p>Required. CloudFormation property {@code Options}.
     */
    public EvaluationFormSingleSelectQuestionProperties options(List<EvaluationFormSingleSelectQuestionOption> value) {
      return set("Options", Value.listOf(value));
    }

    /** Sets {@code Options} to this value; see {@link #options(List)}. */
    public EvaluationFormSingleSelectQuestionProperties options(Value<List<EvaluationFormSingleSelectQuestionOption>> value) {
      return set("Options", value);
    }

    /** Sets {@code Options} to a list of these; see {@link #options(List)}. */
    public EvaluationFormSingleSelectQuestionProperties options(EvaluationFormSingleSelectQuestionOption... values) {
      return set("Options", Value.list(values));
    }
  }

  /**
   * Configuration that specifies the target for an evaluation form.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormTargetConfiguration}.
   */
  public static final class EvaluationFormTargetConfiguration extends Struct<EvaluationFormTargetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationFormTargetConfiguration")
        .required("ContactInteractionType")
        .allowed("ContactInteractionType", "AGENT", "AUTOMATED", "CUSTOMER")
        .build();

    public EvaluationFormTargetConfiguration() {
      super(SCHEMA);
    }

    /**
     * The contact interaction type for this evaluation form.
     *
     * <p>Required. Allowed values: {@code AGENT}, {@code AUTOMATED}, {@code CUSTOMER}.
     * CloudFormation property {@code ContactInteractionType}.
     */
    public EvaluationFormTargetConfiguration contactInteractionType(String value) {
      return set("ContactInteractionType", Value.of(value));
    }

    /**
     * Sets {@code ContactInteractionType} to this value; see {@link
     * #contactInteractionType(String)}.
     */
    public EvaluationFormTargetConfiguration contactInteractionType(Value<String> value) {
      return set("ContactInteractionType", value);
    }
  }

  /**
   * Information about the automation configuration in text questions.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormTextQuestionAutomation}.
   */
  public static final class EvaluationFormTextQuestionAutomation extends Struct<EvaluationFormTextQuestionAutomation> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::EvaluationForm.EvaluationFormTextQuestionAutomation");

    public EvaluationFormTextQuestionAutomation() {
      super(SCHEMA);
    }

    /**
     * Automation answer source.
     *
     * <p>CloudFormation property {@code AnswerSource}.
     */
    public EvaluationFormTextQuestionAutomation answerSource(Value<EvaluationFormQuestionAutomationAnswerSource> value) {
      return set("AnswerSource", value);
    }
  }

  /**
   * Information about properties for a text question in an evaluation form.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationFormTextQuestionProperties}.
   */
  public static final class EvaluationFormTextQuestionProperties extends Struct<EvaluationFormTextQuestionProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::EvaluationForm.EvaluationFormTextQuestionProperties");

    public EvaluationFormTextQuestionProperties() {
      super(SCHEMA);
    }

    /**
     * The automation properties of the text question.
     *
     * <p>CloudFormation property {@code Automation}.
     */
    public EvaluationFormTextQuestionProperties automation(Value<EvaluationFormTextQuestionAutomation> value) {
      return set("Automation", value);
    }
  }

  /**
   * Configuration settings for evaluation reviews.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationReviewConfiguration}.
   */
  public static final class EvaluationReviewConfiguration extends Struct<EvaluationReviewConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationReviewConfiguration")
        .required("ReviewNotificationRecipients")
        .constrain("EligibilityDays", Constraint.of().minimum(1).maximum(90))
        .build();

    public EvaluationReviewConfiguration() {
      super(SCHEMA);
    }

    /**
     * Number of days during which a request for review can be submitted for evaluations created
     * from this form.
     *
     * <p>Range: 1 to 90. CloudFormation property {@code EligibilityDays}.
     */
    public EvaluationReviewConfiguration eligibilityDays(int value) {
      return set("EligibilityDays", Value.of(value));
    }

    /** Sets {@code EligibilityDays} to this value; see {@link #eligibilityDays(int)}. */
    public EvaluationReviewConfiguration eligibilityDays(Value<Integer> value) {
      return set("EligibilityDays", value);
    }

    /**
     * List of recipients who should be notified when a review is requested.
     *
     * <p>Required. CloudFormation property {@code ReviewNotificationRecipients}.
     */
    public EvaluationReviewConfiguration reviewNotificationRecipients(List<EvaluationReviewNotificationRecipient> value) {
      return set("ReviewNotificationRecipients", Value.listOf(value));
    }

    /**
     * Sets {@code ReviewNotificationRecipients} to this value; see {@link
     * #reviewNotificationRecipients(List)}.
     */
    public EvaluationReviewConfiguration reviewNotificationRecipients(Value<List<EvaluationReviewNotificationRecipient>> value) {
      return set("ReviewNotificationRecipients", value);
    }

    /**
     * Sets {@code ReviewNotificationRecipients} to a list of these; see {@link
     * #reviewNotificationRecipients(List)}.
     */
    public EvaluationReviewConfiguration reviewNotificationRecipients(EvaluationReviewNotificationRecipient... values) {
      return set("ReviewNotificationRecipients", Value.list(values));
    }
  }

  /**
   * Information about a recipient who should be notified when an evaluation review is requested.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.EvaluationReviewNotificationRecipient}.
   */
  public static final class EvaluationReviewNotificationRecipient extends Struct<EvaluationReviewNotificationRecipient> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationReviewNotificationRecipient")
        .required("Type", "Value")
        .allowed("Type", "USER_ID")
        .build();

    public EvaluationReviewNotificationRecipient() {
      super(SCHEMA);
    }

    /**
     * The type of notification recipient.
     *
     * <p>Required. Allowed values: {@code USER_ID}. CloudFormation property {@code Type}.
     */
    public EvaluationReviewNotificationRecipient type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EvaluationReviewNotificationRecipient type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The value information for an evaluation review notification recipient.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public EvaluationReviewNotificationRecipient value(Value<EvaluationReviewNotificationRecipientValue> value) {
      return set("Value", value);
    }
  }

  /**
   * The value information for an evaluation review notification recipient.
   *
   * <p>Property type {@code
   * AWS::Connect::EvaluationForm.EvaluationReviewNotificationRecipientValue}.
   */
  public static final class EvaluationReviewNotificationRecipientValue extends Struct<EvaluationReviewNotificationRecipientValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.EvaluationReviewNotificationRecipientValue")
        .constrain("UserId", Constraint.of().minLength(1).maxLength(500))
        .build();

    public EvaluationReviewNotificationRecipientValue() {
      super(SCHEMA);
    }

    /**
     * The user identifier for the notification recipient.
     *
     * <p>Length: 1 to 500 characters. CloudFormation property {@code UserId}.
     */
    public EvaluationReviewNotificationRecipientValue userId(String value) {
      return set("UserId", Value.of(value));
    }

    /** Sets {@code UserId} to this value; see {@link #userId(String)}. */
    public EvaluationReviewNotificationRecipientValue userId(Value<String> value) {
      return set("UserId", value);
    }
  }

  /**
   * Automation rule for multi-select questions based on rule categories.
   *
   * <p>Property type {@code
   * AWS::Connect::EvaluationForm.MultiSelectQuestionRuleCategoryAutomation}.
   */
  public static final class MultiSelectQuestionRuleCategoryAutomation extends Struct<MultiSelectQuestionRuleCategoryAutomation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.MultiSelectQuestionRuleCategoryAutomation")
        .required("Category", "Condition", "OptionRefIds")
        .allowed("Condition", "PRESENT", "NOT_PRESENT")
        .build();

    public MultiSelectQuestionRuleCategoryAutomation() {
      super(SCHEMA);
    }

    /**
     * The category name for this automation rule.
     *
     * <p>Required. CloudFormation property {@code Category}.
     */
    public MultiSelectQuestionRuleCategoryAutomation category(String value) {
      return set("Category", Value.of(value));
    }

    /** Sets {@code Category} to this value; see {@link #category(String)}. */
    public MultiSelectQuestionRuleCategoryAutomation category(Value<String> value) {
      return set("Category", value);
    }

    /**
     * The condition for this automation rule.
     *
     * <p>Required. Allowed values: {@code PRESENT}, {@code NOT_PRESENT}. CloudFormation property
     * {@code Condition}.
     */
    public MultiSelectQuestionRuleCategoryAutomation condition(String value) {
      return set("Condition", Value.of(value));
    }

    /** Sets {@code Condition} to this value; see {@link #condition(String)}. */
    public MultiSelectQuestionRuleCategoryAutomation condition(Value<String> value) {
      return set("Condition", value);
    }

    /**
     * Reference IDs of options for this automation rule.
     *
     * <p>Required. CloudFormation property {@code OptionRefIds}.
     */
    public MultiSelectQuestionRuleCategoryAutomation optionRefIds(List<String> value) {
      return set("OptionRefIds", Value.listOf(value));
    }

    /** Sets {@code OptionRefIds} to this value; see {@link #optionRefIds(List)}. */
    public MultiSelectQuestionRuleCategoryAutomation optionRefIds(Value<List<String>> value) {
      return set("OptionRefIds", value);
    }
  }

  /**
   * Information about the property value used in automation of a numeric questions.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.NumericQuestionPropertyValueAutomation}.
   */
  public static final class NumericQuestionPropertyValueAutomation extends Struct<NumericQuestionPropertyValueAutomation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.NumericQuestionPropertyValueAutomation")
        .required("Label")
        .allowed("Label", "OVERALL_CUSTOMER_SENTIMENT_SCORE", "OVERALL_AGENT_SENTIMENT_SCORE",
            "NON_TALK_TIME", "NON_TALK_TIME_PERCENTAGE", "NUMBER_OF_INTERRUPTIONS",
            "CONTACT_DURATION", "AGENT_INTERACTION_DURATION", "CUSTOMER_HOLD_TIME",
            "LONGEST_HOLD_DURATION", "NUMBER_OF_HOLDS", "AGENT_INTERACTION_AND_HOLD_DURATION",
            "CUSTOMER_SENTIMENT_SCORE_WITHOUT_AGENT", "CUSTOMER_SENTIMENT_SCORE_WITH_AGENT")
        .build();

    public NumericQuestionPropertyValueAutomation() {
      super(SCHEMA);
    }

    /**
     * The property label of the automation.
     *
     * <p>Required. Allowed values: {@code OVERALL_CUSTOMER_SENTIMENT_SCORE}, {@code
     * OVERALL_AGENT_SENTIMENT_SCORE}, {@code NON_TALK_TIME}, {@code NON_TALK_TIME_PERCENTAGE},
     * {@code NUMBER_OF_INTERRUPTIONS}, {@code CONTACT_DURATION}, {@code
     * AGENT_INTERACTION_DURATION}, {@code CUSTOMER_HOLD_TIME}, {@code LONGEST_HOLD_DURATION},
     * {@code NUMBER_OF_HOLDS}, {@code AGENT_INTERACTION_AND_HOLD_DURATION}, {@code
     * CUSTOMER_SENTIMENT_SCORE_WITHOUT_AGENT}, {@code CUSTOMER_SENTIMENT_SCORE_WITH_AGENT}.
     * CloudFormation property {@code Label}.
     */
    public NumericQuestionPropertyValueAutomation label(String value) {
      return set("Label", Value.of(value));
    }

    /** Sets {@code Label} to this value; see {@link #label(String)}. */
    public NumericQuestionPropertyValueAutomation label(Value<String> value) {
      return set("Label", value);
    }
  }

  /**
   * Information about the points configuration for an answer option.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.QuestionOptionPointsConfiguration}.
   */
  public static final class QuestionOptionPointsConfiguration extends Struct<QuestionOptionPointsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.QuestionOptionPointsConfiguration")
        .required("PointValue")
        .build();

    public QuestionOptionPointsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The flag to mark the option as a bonus option.
     *
     * <p>CloudFormation property {@code IsBonus}.
     */
    public QuestionOptionPointsConfiguration isBonus(boolean value) {
      return set("IsBonus", Value.of(value));
    }

    /** Sets {@code IsBonus} to this value; see {@link #isBonus(boolean)}. */
    public QuestionOptionPointsConfiguration isBonus(Value<Boolean> value) {
      return set("IsBonus", value);
    }

    /**
     * The point value for scoring.
     *
     * <p>Required. CloudFormation property {@code PointValue}.
     */
    public QuestionOptionPointsConfiguration pointValue(int value) {
      return set("PointValue", Value.of(value));
    }

    /** Sets {@code PointValue} to this value; see {@link #pointValue(int)}. */
    public QuestionOptionPointsConfiguration pointValue(Value<Integer> value) {
      return set("PointValue", value);
    }
  }

  /**
   * Information about the points configuration for a question.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.QuestionPointsConfiguration}.
   */
  public static final class QuestionPointsConfiguration extends Struct<QuestionPointsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.QuestionPointsConfiguration")
        .constrain("MaxPointValue", Constraint.of().minimum(0).maximum(100))
        .constrain("MinPointValue", Constraint.of().minimum(0).maximum(100))
        .build();

    public QuestionPointsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The flag to mark the question as a bonus question.
     *
     * <p>CloudFormation property {@code IsBonus}.
     */
    public QuestionPointsConfiguration isBonus(boolean value) {
      return set("IsBonus", Value.of(value));
    }

    /** Sets {@code IsBonus} to this value; see {@link #isBonus(boolean)}. */
    public QuestionPointsConfiguration isBonus(Value<Boolean> value) {
      return set("IsBonus", value);
    }

    /**
     * The point value for scoring.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code MaxPointValue}.
     */
    public QuestionPointsConfiguration maxPointValue(int value) {
      return set("MaxPointValue", Value.of(value));
    }

    /** Sets {@code MaxPointValue} to this value; see {@link #maxPointValue(int)}. */
    public QuestionPointsConfiguration maxPointValue(Value<Integer> value) {
      return set("MaxPointValue", value);
    }

    /**
     * The point value for scoring.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code MinPointValue}.
     */
    public QuestionPointsConfiguration minPointValue(int value) {
      return set("MinPointValue", Value.of(value));
    }

    /** Sets {@code MinPointValue} to this value; see {@link #minPointValue(int)}. */
    public QuestionPointsConfiguration minPointValue(Value<Integer> value) {
      return set("MinPointValue", value);
    }
  }

  /**
   * A scoring strategy of the evaluation form.
   *
   * <p>Property type {@code AWS::Connect::EvaluationForm.ScoringStrategy}.
   */
  public static final class ScoringStrategy extends Struct<ScoringStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.ScoringStrategy")
        .required("Mode", "Status")
        .allowed("Mode", "QUESTION_ONLY", "SECTION_ONLY", "POINTS_BASED")
        .allowed("Status", "ENABLED", "DISABLED")
        .build();

    public ScoringStrategy() {
      super(SCHEMA);
    }

    /**
     * The scoring mode of the evaluation form.
     *
     * <p><em>Allowed values</em> : <code>QUESTION_ONLY</code> | <code>SECTION_ONLY</code>
     *
     * <p>Required. Allowed values: {@code QUESTION_ONLY}, {@code SECTION_ONLY}, {@code
     * POINTS_BASED}. CloudFormation property {@code Mode}.
     */
    public ScoringStrategy mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public ScoringStrategy mode(Value<String> value) {
      return set("Mode", value);
    }

    /** CloudFormation property {@code ScoreThresholds}. */
    public ScoringStrategy scoreThresholds(List<EvaluationFormScoreThreshold> value) {
      return set("ScoreThresholds", Value.listOf(value));
    }

    /** Sets {@code ScoreThresholds} to this value; see {@link #scoreThresholds(List)}. */
    public ScoringStrategy scoreThresholds(Value<List<EvaluationFormScoreThreshold>> value) {
      return set("ScoreThresholds", value);
    }

    /** Sets {@code ScoreThresholds} to a list of these; see {@link #scoreThresholds(List)}. */
    public ScoringStrategy scoreThresholds(EvaluationFormScoreThreshold... values) {
      return set("ScoreThresholds", Value.list(values));
    }

    /**
     * The scoring status of the evaluation form.
     *
     * <p><em>Allowed values</em> : <code>ENABLED</code> | <code>DISABLED</code>
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code Status}.
     */
    public ScoringStrategy status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ScoringStrategy status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Information about the automation option based on a rule category for a single select question.
   *
   * <p><em>Length Constraints</em> : Minimum length of 1. Maximum length of 50.
   *
   * <p>Property type {@code
   * AWS::Connect::EvaluationForm.SingleSelectQuestionRuleCategoryAutomation}.
   */
  public static final class SingleSelectQuestionRuleCategoryAutomation extends Struct<SingleSelectQuestionRuleCategoryAutomation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EvaluationForm.SingleSelectQuestionRuleCategoryAutomation")
        .required("Category", "Condition", "OptionRefId")
        .allowed("Condition", "PRESENT", "NOT_PRESENT")
        .build();

    public SingleSelectQuestionRuleCategoryAutomation() {
      super(SCHEMA);
    }

    /**
     * The category name, as defined in Rules.
     *
     * <p><em>Minimum</em> : 1
     *
     * <p><em>Maximum</em> : 50
     *
     * <p>Required. CloudFormation property {@code Category}.
     */
    public SingleSelectQuestionRuleCategoryAutomation category(String value) {
      return set("Category", Value.of(value));
    }

    /** Sets {@code Category} to this value; see {@link #category(String)}. */
    public SingleSelectQuestionRuleCategoryAutomation category(Value<String> value) {
      return set("Category", value);
    }

    /**
     * The condition to apply for the automation option. If the condition is PRESENT, then the
     * option is applied when the contact data includes the category. Similarly, if the condition is
     * NOT_PRESENT, then the option is applied when the contact data does not include the category.
     *
     * <p><em>Allowed values</em> : <code>PRESENT</code> | <code>NOT_PRESENT</code>
     *
     * <p><em>Maximum</em> : 50
     *
     * <p>Required. Allowed values: {@code PRESENT}, {@code NOT_PRESENT}. CloudFormation property
     * {@code Condition}.
     */
    public SingleSelectQuestionRuleCategoryAutomation condition(String value) {
      return set("Condition", Value.of(value));
    }

    /** Sets {@code Condition} to this value; see {@link #condition(String)}. */
    public SingleSelectQuestionRuleCategoryAutomation condition(Value<String> value) {
      return set("Condition", value);
    }

    /**
     * The identifier of the answer option. An identifier must be unique within the question.
     *
     * <p><em>Length Constraints</em> : Minimum length of 1. Maximum length of 40.
     *
     * <p>Required. CloudFormation property {@code OptionRefId}.
     */
    public SingleSelectQuestionRuleCategoryAutomation optionRefId(String value) {
      return set("OptionRefId", Value.of(value));
    }

    /** Sets {@code OptionRefId} to this value; see {@link #optionRefId(String)}. */
    public SingleSelectQuestionRuleCategoryAutomation optionRefId(Value<String> value) {
      return set("OptionRefId", value);
    }
  }
}
