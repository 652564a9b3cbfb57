// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

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
 * Resource Type definition for AWS::BedrockAgentCore::Evaluator - Creates a custom evaluator for
 * agent quality assessment using LLM-as-a-Judge configurations.
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::Evaluator}.
 */
public final class Evaluator extends Resource<Evaluator> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Evaluator")
      .required("EvaluatorConfig", "EvaluatorName", "Level")
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .constrain("EvaluatorName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"))
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]+:[0-9]{12}:key/[a-zA-Z0-9-]{36}$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .allowed("Level", "TOOL_CALL", "TRACE", "SESSION")
      .refYields("EvaluatorArn")
      .attributes("CreatedAt", "EvaluatorArn", "EvaluatorId", "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Evaluator(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the evaluator.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
   */
  public Evaluator description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Evaluator description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The configuration that defines how an evaluator assesses agent performance.
   *
   * <p>Required. CloudFormation property {@code EvaluatorConfig}.
   */
  public Evaluator evaluatorConfig(Value<EvaluatorConfig> value) {
    return set("EvaluatorConfig", value);
  }

  /**
   * The name of the evaluator. Must be unique within your account.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]{0,47}$}.
   * CloudFormation property {@code EvaluatorName}.
   */
  public Evaluator evaluatorName(String value) {
    return set("EvaluatorName", Value.of(value));
  }

  /** Sets {@code EvaluatorName} to this value; see {@link #evaluatorName(String)}. */
  public Evaluator evaluatorName(Value<String> value) {
    return set("EvaluatorName", value);
  }

  /**
   * The ARN of the KMS key used to encrypt evaluator data.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]+:[0-9]{12}:key/[a-zA-Z0-9-]{36}$}. Format: {@code
   * AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public Evaluator kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Evaluator kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * Required. Allowed values: {@code TOOL_CALL}, {@code TRACE}, {@code SESSION}. CloudFormation
   * property {@code Level}.
   */
  public Evaluator level(String value) {
    return set("Level", Value.of(value));
  }

  /** Sets {@code Level} to this value; see {@link #level(String)}. */
  public Evaluator level(Value<String> value) {
    return set("Level", value);
  }

  /**
   * A list of tags to assign to the evaluator.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Evaluator tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Evaluator tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Evaluator tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the evaluator was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the evaluator.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EvaluatorArn}.
   */
  public Value<String> evaluatorArn() {
    return getAtt("EvaluatorArn");
  }

  /**
   * The unique identifier of the evaluator.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EvaluatorId}.
   */
  public Value<String> evaluatorId() {
    return getAtt("EvaluatorId");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The timestamp when the evaluator was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The configuration for using Amazon Bedrock models in evaluator assessments.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Evaluator.BedrockEvaluatorModelConfig}.
   */
  public static final class BedrockEvaluatorModelConfig extends Struct<BedrockEvaluatorModelConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Evaluator.BedrockEvaluatorModelConfig")
        .required("ModelId")
        .build();

    public BedrockEvaluatorModelConfig() {
      super(SCHEMA);
    }

    /**
     * Additional model-specific request fields.
     *
     * <p>CloudFormation property {@code AdditionalModelRequestFields}.
     */
    public BedrockEvaluatorModelConfig additionalModelRequestFields(Value<Json> value) {
      return set("AdditionalModelRequestFields", value);
    }

    /**
     * The inference configuration parameters that control model behavior during evaluation.
     *
     * <p>CloudFormation property {@code InferenceConfig}.
     */
    public BedrockEvaluatorModelConfig inferenceConfig(Value<InferenceConfiguration> value) {
      return set("InferenceConfig", value);
    }

    /**
     * The identifier of the Amazon Bedrock model to use for evaluation.
     *
     * <p>Required. CloudFormation property {@code ModelId}.
     */
    public BedrockEvaluatorModelConfig modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public BedrockEvaluatorModelConfig modelId(Value<String> value) {
      return set("ModelId", value);
    }
  }

  /**
   * A categorical rating scale option.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Evaluator.CategoricalScaleDefinition}.
   */
  public static final class CategoricalScaleDefinition extends Struct<CategoricalScaleDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Evaluator.CategoricalScaleDefinition")
        .required("Definition", "Label")
        .constrain("Label", Constraint.of().minLength(1).maxLength(100))
        .build();

    public CategoricalScaleDefinition() {
      super(SCHEMA);
    }

    /**
     * The description that explains what this categorical rating represents.
     *
     * <p>Required. CloudFormation property {@code Definition}.
     */
    public CategoricalScaleDefinition definition(String value) {
      return set("Definition", Value.of(value));
    }

    /** Sets {@code Definition} to this value; see {@link #definition(String)}. */
    public CategoricalScaleDefinition definition(Value<String> value) {
      return set("Definition", value);
    }

    /**
     * The label of this categorical rating option.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code Label}.
     */
    public CategoricalScaleDefinition label(String value) {
      return set("Label", Value.of(value));
    }

    /** Sets {@code Label} to this value; see {@link #label(String)}. */
    public CategoricalScaleDefinition label(Value<String> value) {
      return set("Label", value);
    }
  }

  /**
   * The configuration for code-based evaluation using a Lambda function.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Evaluator.CodeBasedEvaluatorConfig}.
   */
  public static final class CodeBasedEvaluatorConfig extends Struct<CodeBasedEvaluatorConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Evaluator.CodeBasedEvaluatorConfig")
        .required("LambdaConfig")
        .build();

    public CodeBasedEvaluatorConfig() {
      super(SCHEMA);
    }

    /**
     * The Lambda function configuration for code-based evaluation.
     *
     * <p>Required. CloudFormation property {@code LambdaConfig}.
     */
    public CodeBasedEvaluatorConfig lambdaConfig(Value<LambdaEvaluatorConfig> value) {
      return set("LambdaConfig", value);
    }
  }

  /**
   * The configuration that defines how an evaluator assesses agent performance.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Evaluator.EvaluatorConfig}.
   */
  public static final class EvaluatorConfig extends Struct<EvaluatorConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Evaluator.EvaluatorConfig");

    public EvaluatorConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration for code-based evaluation using a Lambda function.
     *
     * <p>CloudFormation property {@code CodeBased}.
     */
    public EvaluatorConfig codeBased(Value<CodeBasedEvaluatorConfig> value) {
      return set("CodeBased", value);
    }

    /**
     * The configuration for LLM-as-a-Judge evaluation.
     *
     * <p>CloudFormation property {@code LlmAsAJudge}.
     */
    public EvaluatorConfig llmAsAJudge(Value<LlmAsAJudgeEvaluatorConfig> value) {
      return set("LlmAsAJudge", value);
    }
  }

  /**
   * The model configuration that specifies which foundation model to use for evaluation.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Evaluator.EvaluatorModelConfig}.
   */
  public static final class EvaluatorModelConfig extends Struct<EvaluatorModelConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Evaluator.EvaluatorModelConfig");

    public EvaluatorModelConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration for using Amazon Bedrock models in evaluator assessments.
     *
     * <p>CloudFormation property {@code BedrockEvaluatorModelConfig}.
     */
    public EvaluatorModelConfig bedrockEvaluatorModelConfig(Value<BedrockEvaluatorModelConfig> value) {
      return set("BedrockEvaluatorModelConfig", value);
    }

    /**
     * The configuration for using OpenResponses-compatible models in evaluator assessments.
     *
     * <p>CloudFormation property {@code ResponsesEvaluatorModelConfig}.
     */
    public EvaluatorModelConfig responsesEvaluatorModelConfig(Value<OpenResponsesEvaluatorModelConfig> value) {
      return set("ResponsesEvaluatorModelConfig", value);
    }
  }

  /**
   * The inference configuration parameters that control model behavior during evaluation.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Evaluator.InferenceConfiguration}.
   */
  public static final class InferenceConfiguration extends Struct<InferenceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Evaluator.InferenceConfiguration")
        .constrain("MaxTokens", Constraint.of().minimum(1))
        .constrain("Temperature", Constraint.of().minimum(0).maximum(1))
        .constrain("TopP", Constraint.of().minimum(0).maximum(1))
        .build();

    public InferenceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum number of tokens to generate in the model response.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxTokens}.
     */
    public InferenceConfiguration maxTokens(int value) {
      return set("MaxTokens", Value.of(value));
    }

    /** Sets {@code MaxTokens} to this value; see {@link #maxTokens(int)}. */
    public InferenceConfiguration maxTokens(Value<Integer> value) {
      return set("MaxTokens", value);
    }

    /**
     * The temperature value that controls randomness in the model's responses.
     *
     * <p>Range: 0 to 1. CloudFormation property {@code Temperature}.
     */
    public InferenceConfiguration temperature(double value) {
      return set("Temperature", Value.of(value));
    }

    /** Sets {@code Temperature} to this value; see {@link #temperature(double)}. */
    public InferenceConfiguration temperature(Value<Double> value) {
      return set("Temperature", value);
    }

    /**
     * The top-p sampling parameter that controls the diversity of the model's responses.
     *
     * <p>Range: 0 to 1. CloudFormation property {@code TopP}.
     */
    public InferenceConfiguration topP(double value) {
      return set("TopP", Value.of(value));
    }

    /** Sets {@code TopP} to this value; see {@link #topP(double)}. */
    public InferenceConfiguration topP(Value<Double> value) {
      return set("TopP", value);
    }
  }

  /**
   * The Lambda function configuration for code-based evaluation.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Evaluator.LambdaEvaluatorConfig}.
   */
  public static final class LambdaEvaluatorConfig extends Struct<LambdaEvaluatorConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Evaluator.LambdaEvaluatorConfig")
        .required("LambdaArn")
        .constrain("LambdaArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:lambda:([a-z]{2}(-gov)?-[a-z]+-\\d{1}):(\\d{12}):function:([a-zA-Z0-9-_.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?$").format("AWS::Lambda::Function.Arn"))
        .constrain("LambdaTimeoutInSeconds", Constraint.of().minimum(1).maximum(300))
        .build();

    public LambdaEvaluatorConfig() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Lambda function used for evaluation.
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*)?:lambda:([a-z]{2}(-gov)?-[a-z]+-&#92;d{1}):(&#92;d{12}):function:([a-zA-Z0-9-_.]+)(:(&#92;$LATEST|[a-zA-Z0-9-_]+))?$}.
     * Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}.
     */
    public LambdaEvaluatorConfig lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public LambdaEvaluatorConfig lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }

    /**
     * The timeout in seconds for the Lambda function invocation.
     *
     * <p>Range: 1 to 300. CloudFormation property {@code LambdaTimeoutInSeconds}.
     */
    public LambdaEvaluatorConfig lambdaTimeoutInSeconds(int value) {
      return set("LambdaTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code LambdaTimeoutInSeconds} to this value; see {@link #lambdaTimeoutInSeconds(int)}.
     */
    public LambdaEvaluatorConfig lambdaTimeoutInSeconds(Value<Integer> value) {
      return set("LambdaTimeoutInSeconds", value);
    }
  }

  /**
   * The configuration for LLM-as-a-Judge evaluation.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Evaluator.LlmAsAJudgeEvaluatorConfig}.
   */
  public static final class LlmAsAJudgeEvaluatorConfig extends Struct<LlmAsAJudgeEvaluatorConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Evaluator.LlmAsAJudgeEvaluatorConfig")
        .required("Instructions", "ModelConfig", "RatingScale")
        .build();

    public LlmAsAJudgeEvaluatorConfig() {
      super(SCHEMA);
    }

    /**
     * The evaluation instructions that guide the language model in assessing agent performance.
     *
     * <p>Required. CloudFormation property {@code Instructions}.
     */
    public LlmAsAJudgeEvaluatorConfig instructions(String value) {
      return set("Instructions", Value.of(value));
    }

    /** Sets {@code Instructions} to this value; see {@link #instructions(String)}. */
    public LlmAsAJudgeEvaluatorConfig instructions(Value<String> value) {
      return set("Instructions", value);
    }

    /**
     * The model configuration that specifies which foundation model to use for evaluation.
     *
     * <p>Required. CloudFormation property {@code ModelConfig}.
     */
    public LlmAsAJudgeEvaluatorConfig modelConfig(Value<EvaluatorModelConfig> value) {
      return set("ModelConfig", value);
    }

    /**
     * The rating scale that defines how evaluators should score agent performance.
     *
     * <p>Required. CloudFormation property {@code RatingScale}.
     */
    public LlmAsAJudgeEvaluatorConfig ratingScale(Value<RatingScale> value) {
      return set("RatingScale", value);
    }
  }

  /**
   * A numerical rating scale option.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Evaluator.NumericalScaleDefinition}.
   */
  public static final class NumericalScaleDefinition extends Struct<NumericalScaleDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Evaluator.NumericalScaleDefinition")
        .required("Definition", "Label", "Value")
        .constrain("Label", Constraint.of().minLength(1).maxLength(100))
        .constrain("Value", Constraint.of().minimum(0))
        .build();

    public NumericalScaleDefinition() {
      super(SCHEMA);
    }

    /**
     * The description that explains what this numerical rating represents.
     *
     * <p>Required. CloudFormation property {@code Definition}.
     */
    public NumericalScaleDefinition definition(String value) {
      return set("Definition", Value.of(value));
    }

    /** Sets {@code Definition} to this value; see {@link #definition(String)}. */
    public NumericalScaleDefinition definition(Value<String> value) {
      return set("Definition", value);
    }

    /**
     * The label that describes this numerical rating option.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code Label}.
     */
    public NumericalScaleDefinition label(String value) {
      return set("Label", Value.of(value));
    }

    /** Sets {@code Label} to this value; see {@link #label(String)}. */
    public NumericalScaleDefinition label(Value<String> value) {
      return set("Label", value);
    }

    /**
     * The numerical value for this rating scale option.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code Value}.
     */
    public NumericalScaleDefinition value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public NumericalScaleDefinition value(Value<Double> value) {
      return set("Value", value);
    }
  }

  /**
   * The configuration for using OpenResponses-compatible models in evaluator assessments.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Evaluator.OpenResponsesEvaluatorModelConfig}.
   */
  public static final class OpenResponsesEvaluatorModelConfig extends Struct<OpenResponsesEvaluatorModelConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Evaluator.OpenResponsesEvaluatorModelConfig")
        .required("ModelId")
        .constrain("MaxOutputTokens", Constraint.of().minimum(1))
        .constrain("Temperature", Constraint.of().minimum(0).maximum(2))
        .constrain("TopP", Constraint.of().minimum(0).maximum(1))
        .build();

    public OpenResponsesEvaluatorModelConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum number of output tokens to generate, including visible output and reasoning
     * tokens.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxOutputTokens}.
     */
    public OpenResponsesEvaluatorModelConfig maxOutputTokens(int value) {
      return set("MaxOutputTokens", Value.of(value));
    }

    /** Sets {@code MaxOutputTokens} to this value; see {@link #maxOutputTokens(int)}. */
    public OpenResponsesEvaluatorModelConfig maxOutputTokens(Value<Integer> value) {
      return set("MaxOutputTokens", value);
    }

    /**
     * The identifier of the model to use for evaluation.
     *
     * <p>Required. CloudFormation property {@code ModelId}.
     */
    public OpenResponsesEvaluatorModelConfig modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public OpenResponsesEvaluatorModelConfig modelId(Value<String> value) {
      return set("ModelId", value);
    }

    /**
     * The reasoning configuration for reasoning models.
     *
     * <p>CloudFormation property {@code Reasoning}.
     */
    public OpenResponsesEvaluatorModelConfig reasoning(Value<ReasoningConfiguration> value) {
      return set("Reasoning", value);
    }

    /**
     * The sampling temperature between 0 and 2.
     *
     * <p>Range: 0 to 2. CloudFormation property {@code Temperature}.
     */
    public OpenResponsesEvaluatorModelConfig temperature(double value) {
      return set("Temperature", Value.of(value));
    }

    /** Sets {@code Temperature} to this value; see {@link #temperature(double)}. */
    public OpenResponsesEvaluatorModelConfig temperature(Value<Double> value) {
      return set("Temperature", value);
    }

    /**
     * The nucleus sampling probability mass between 0 and 1.
     *
     * <p>Range: 0 to 1. CloudFormation property {@code TopP}.
     */
    public OpenResponsesEvaluatorModelConfig topP(double value) {
      return set("TopP", Value.of(value));
    }

    /** Sets {@code TopP} to this value; see {@link #topP(double)}. */
    public OpenResponsesEvaluatorModelConfig topP(Value<Double> value) {
      return set("TopP", value);
    }
  }

  /**
   * The rating scale that defines how evaluators should score agent performance.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Evaluator.RatingScale}.
   */
  public static final class RatingScale extends Struct<RatingScale> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Evaluator.RatingScale");

    public RatingScale() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Categorical}. */
    public RatingScale categorical(List<CategoricalScaleDefinition> value) {
      return set("Categorical", Value.listOf(value));
    }

    /** Sets {@code Categorical} to this value; see {@link #categorical(List)}. */
    public RatingScale categorical(Value<List<CategoricalScaleDefinition>> value) {
      return set("Categorical", value);
    }

    /** Sets {@code Categorical} to a list of these; see {@link #categorical(List)}. */
    public RatingScale categorical(CategoricalScaleDefinition... values) {
      return set("Categorical", Value.list(values));
    }

    /** CloudFormation property {@code Numerical}. */
    public RatingScale numerical(List<NumericalScaleDefinition> value) {
      return set("Numerical", Value.listOf(value));
    }

    /** Sets {@code Numerical} to this value; see {@link #numerical(List)}. */
    public RatingScale numerical(Value<List<NumericalScaleDefinition>> value) {
      return set("Numerical", value);
    }

    /** Sets {@code Numerical} to a list of these; see {@link #numerical(List)}. */
    public RatingScale numerical(NumericalScaleDefinition... values) {
      return set("Numerical", Value.list(values));
    }
  }

  /**
   * The reasoning configuration for reasoning models.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Evaluator.ReasoningConfiguration}.
   */
  public static final class ReasoningConfiguration extends Struct<ReasoningConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Evaluator.ReasoningConfiguration")
        .constrain("Effort", Constraint.of().minLength(1).maxLength(64))
        .build();

    public ReasoningConfiguration() {
      super(SCHEMA);
    }

    /**
     * The level of reasoning effort the model applies.
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code Effort}.
     */
    public ReasoningConfiguration effort(String value) {
      return set("Effort", Value.of(value));
    }

    /** Sets {@code Effort} to this value; see {@link #effort(String)}. */
    public ReasoningConfiguration effort(Value<String> value) {
      return set("Effort", value);
    }
  }
}
