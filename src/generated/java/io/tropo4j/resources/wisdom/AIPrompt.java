// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wisdom;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Creates an Amazon Q in Connect AI Prompt.
 *
 * <p>CloudFormation type {@code AWS::Wisdom::AIPrompt}.
 */
public final class AIPrompt extends Resource<AIPrompt> {
  private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIPrompt")
      .required("ApiFormat", "ModelId", "TemplateConfiguration", "TemplateType", "Type")
      .allowed("ApiFormat", "ANTHROPIC_CLAUDE_MESSAGES", "ANTHROPIC_CLAUDE_TEXT_COMPLETIONS",
          "MESSAGES", "TEXT_COMPLETIONS")
      .constrain("AssistantId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$|^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}){0,2}$"))
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9\\s_.,-]+").minLength(1).maxLength(255))
      .constrain("ModelId", Constraint.of().minLength(1).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9\\s_.,-]+").minLength(1).maxLength(255))
      .allowed("TemplateType", "TEXT")
      .allowed("Type", "ANSWER_GENERATION", "INTENT_LABELING_GENERATION", "QUERY_REFORMULATION",
          "SELF_SERVICE_PRE_PROCESSING", "SELF_SERVICE_ANSWER_GENERATION", "EMAIL_RESPONSE",
          "EMAIL_OVERVIEW", "EMAIL_GENERATIVE_ANSWER", "EMAIL_QUERY_REFORMULATION", "ORCHESTRATION",
          "NOTE_TAKING", "CASE_SUMMARIZATION")
      .attributes("AIPromptArn", "AIPromptId", "AssistantArn", "ModifiedTimeSeconds")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public AIPrompt(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The API format used for this AI Prompt.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code
   * ANTHROPIC_CLAUDE_MESSAGES}, {@code ANTHROPIC_CLAUDE_TEXT_COMPLETIONS}, {@code MESSAGES}, {@code
   * TEXT_COMPLETIONS}. CloudFormation property {@code ApiFormat}.
   */
  public AIPrompt apiFormat(String value) {
    return set("ApiFormat", Value.of(value));
  }

  /** Sets {@code ApiFormat} to this value; see {@link #apiFormat(String)}. */
  public AIPrompt apiFormat(Value<String> value) {
    return set("ApiFormat", value);
  }

  /**
   * The identifier of the Amazon Q in Connect assistant. Can be either the ID or the ARN. URLs
   * cannot contain the ARN.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$|^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}){0,2}$}.
   * CloudFormation property {@code AssistantId}.
   */
  public AIPrompt assistantId(String value) {
    return set("AssistantId", Value.of(value));
  }

  /** Sets {@code AssistantId} to this value; see {@link #assistantId(String)}. */
  public AIPrompt assistantId(Value<String> value) {
    return set("AssistantId", value);
  }

  /**
   * The description of the AI Prompt.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9&#92;s_.,-]+}. CloudFormation
   * property {@code Description}.
   */
  public AIPrompt description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AIPrompt description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of the model used for this AI Prompt. The following model Ids are supported:
   *
   * <ul> <li><code>anthropic.claude-3-haiku--v1:0</code>
   * <li><code>apac.amazon.nova-lite-v1:0</code> <li><code>apac.amazon.nova-micro-v1:0</code>
   * <li><code>apac.amazon.nova-pro-v1:0</code>
   * <li><code>apac.anthropic.claude-3-5-sonnet--v2:0</code>
   * <li><code>apac.anthropic.claude-3-haiku-20240307-v1:0</code>
   * <li><code>eu.amazon.nova-lite-v1:0</code> <li><code>eu.amazon.nova-micro-v1:0</code>
   * <li><code>eu.amazon.nova-pro-v1:0</code>
   * <li><code>eu.anthropic.claude-3-7-sonnet-20250219-v1:0</code>
   * <li><code>eu.anthropic.claude-3-haiku-20240307-v1:0</code>
   * <li><code>us.amazon.nova-lite-v1:0</code> <li><code>us.amazon.nova-micro-v1:0</code>
   * <li><code>us.amazon.nova-pro-v1:0</code>
   * <li><code>us.anthropic.claude-3-5-haiku-20241022-v1:0</code>
   * <li><code>us.anthropic.claude-3-7-sonnet-20250219-v1:0</code>
   * <li><code>us.anthropic.claude-3-haiku-20240307-v1:0</code> </ul>
   *
   * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code ModelId}.
   */
  public AIPrompt modelId(String value) {
    return set("ModelId", Value.of(value));
  }

  /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
  public AIPrompt modelId(Value<String> value) {
    return set("ModelId", value);
  }

  /**
   * The name of the AI Prompt
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;s_.,-]+}. CloudFormation property {@code Name}.
   */
  public AIPrompt name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AIPrompt name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public AIPrompt tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public AIPrompt tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public AIPrompt tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The configuration of the prompt template for this AI Prompt.
   *
   * <p>Required. CloudFormation property {@code TemplateConfiguration}.
   */
  public AIPrompt templateConfiguration(Value<AIPromptTemplateConfiguration> value) {
    return set("TemplateConfiguration", value);
  }

  /**
   * The type of the prompt template for this AI Prompt.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code TEXT}. CloudFormation
   * property {@code TemplateType}.
   */
  public AIPrompt templateType(String value) {
    return set("TemplateType", Value.of(value));
  }

  /** Sets {@code TemplateType} to this value; see {@link #templateType(String)}. */
  public AIPrompt templateType(Value<String> value) {
    return set("TemplateType", value);
  }

  /**
   * The type of this AI Prompt.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ANSWER_GENERATION},
   * {@code INTENT_LABELING_GENERATION}, {@code QUERY_REFORMULATION}, {@code
   * SELF_SERVICE_PRE_PROCESSING}, {@code SELF_SERVICE_ANSWER_GENERATION}, {@code EMAIL_RESPONSE},
   * {@code EMAIL_OVERVIEW}, {@code EMAIL_GENERATIVE_ANSWER}, {@code EMAIL_QUERY_REFORMULATION},
   * {@code ORCHESTRATION}, {@code NOTE_TAKING}, {@code CASE_SUMMARIZATION}. CloudFormation property
   * {@code Type}.
   */
  public AIPrompt typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public AIPrompt typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AI Prompt.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AIPromptArn}.
   */
  public Value<String> aiPromptArn() {
    return getAtt("AIPromptArn");
  }

  /**
   * The identifier of the Amazon Q in Connect AI prompt.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AIPromptId}.
   */
  public Value<String> aiPromptId() {
    return getAtt("AIPromptId");
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon Q in Connect assistant.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssistantArn}.
   */
  public Value<String> assistantArn() {
    return getAtt("AssistantArn");
  }

  /** {@code Fn::GetAtt} attribute {@code ModifiedTimeSeconds}. */
  public Value<Double> modifiedTimeSeconds() {
    return getAtt("ModifiedTimeSeconds");
  }

  /**
   * A typed union that specifies the configuration for a prompt template based on its type.
   *
   * <p>Property type {@code AWS::Wisdom::AIPrompt.AIPromptTemplateConfiguration}.
   */
  public static final class AIPromptTemplateConfiguration extends Struct<AIPromptTemplateConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIPrompt.AIPromptTemplateConfiguration")
        .required("TextFullAIPromptEditTemplateConfiguration")
        .build();

    public AIPromptTemplateConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration for a prompt template that supports full textual prompt configuration using
     * a YAML prompt.
     *
     * <p>Required. CloudFormation property {@code TextFullAIPromptEditTemplateConfiguration}.
     */
    public AIPromptTemplateConfiguration textFullAIPromptEditTemplateConfiguration(Value<TextFullAIPromptEditTemplateConfiguration> value) {
      return set("TextFullAIPromptEditTemplateConfiguration", value);
    }
  }

  /**
   * The configuration for a prompt template that supports full textual prompt configuration using a
   * YAML prompt.
   *
   * <p>Property type {@code AWS::Wisdom::AIPrompt.TextFullAIPromptEditTemplateConfiguration}.
   */
  public static final class TextFullAIPromptEditTemplateConfiguration extends Struct<TextFullAIPromptEditTemplateConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIPrompt.TextFullAIPromptEditTemplateConfiguration")
        .required("Text")
        .build();

    public TextFullAIPromptEditTemplateConfiguration() {
      super(SCHEMA);
    }

    /**
     * The YAML text for the AI Prompt template.
     *
     * <p>Required. CloudFormation property {@code Text}.
     */
    public TextFullAIPromptEditTemplateConfiguration text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public TextFullAIPromptEditTemplateConfiguration text(Value<String> value) {
      return set("Text", value);
    }
  }
}
