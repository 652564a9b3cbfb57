// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a guardrail to detect and filter harmful content in your generative AI application.
 *
 * <p>Amazon Bedrock Guardrails provides the following safeguards (also known as policies) to detect
 * and filter harmful content:
 *
 * <ul> <li><em>Content filters</em> - Detect and filter harmful text or image content in input
 * prompts or model responses. Filtering is done based on detection of certain predefined harmful
 * content categories: Hate, Insults, Sexual, Violence, Misconduct and Prompt Attack. You also can
 * adjust the filter strength for each of these categories. <li><em>Denied topics</em> - Define a
 * set of topics that are undesirable in the context of your application. The filter will help block
 * them if detected in user queries or model responses. <li><em>Word filters</em> - Configure
 * filters to help block undesirable words, phrases, and profanity (exact match). Such words can
 * include offensive terms, competitor names, etc. <li><em>Sensitive information filters</em> -
 * Configure filters to help block or mask sensitive information, such as personally identifiable
 * information (PII), or custom regex in user inputs and model responses. Blocking or masking is
 * done based on probabilistic detection of sensitive information in standard formats in entities
 * such as SSN number, Date of Birth, address, etc. This also allows configuring regular expression
 * based detection of patterns for identifiers. <li><em>Contextual grounding check</em> - Help
 * detect and filter hallucinations in model responses based on grounding in a source and relevance
 * to the user query. </ul>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-how.html">How Amazon
 * Bedrock Guardrails works</a> .
 *
 * <p>CloudFormation type {@code AWS::Bedrock::Guardrail}.
 */
public final class Guardrail extends Resource<Guardrail> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail")
      .required("BlockedInputMessaging", "BlockedOutputsMessaging", "Name")
      .constrain("BlockedInputMessaging", Constraint.of().minLength(1).maxLength(500))
      .constrain("BlockedOutputsMessaging", Constraint.of().minLength(1).maxLength(500))
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .constrain("Name", Constraint.of().pattern("^[0-9a-zA-Z-_]+$").minLength(1).maxLength(50))
      .refYields("GuardrailArn")
      .attributes("CreatedAt", "FailureRecommendations", "GuardrailArn", "GuardrailId", "Status",
          "StatusReasons", "UpdatedAt", "Version")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Guardrail(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration settings for integrating Automated Reasoning policies with Amazon Bedrock
   * Guardrails.
   *
   * <p>CloudFormation property {@code AutomatedReasoningPolicyConfig}.
   */
  public Guardrail automatedReasoningPolicyConfig(Value<AutomatedReasoningPolicyConfig> value) {
    return set("AutomatedReasoningPolicyConfig", value);
  }

  /**
   * The message to return when the guardrail blocks a prompt.
   *
   * <p>Required. Length: 1 to 500 characters. CloudFormation property {@code
   * BlockedInputMessaging}.
   */
  public Guardrail blockedInputMessaging(String value) {
    return set("BlockedInputMessaging", Value.of(value));
  }

  /**
   * Sets {@code BlockedInputMessaging} to this value; see {@link #blockedInputMessaging(String)}.
   */
  public Guardrail blockedInputMessaging(Value<String> value) {
    return set("BlockedInputMessaging", value);
  }

  /**
   * The message to return when the guardrail blocks a model response.
   *
   * <p>Required. Length: 1 to 500 characters. CloudFormation property {@code
   * BlockedOutputsMessaging}.
   */
  public Guardrail blockedOutputsMessaging(String value) {
    return set("BlockedOutputsMessaging", Value.of(value));
  }

  /**
   * Sets {@code BlockedOutputsMessaging} to this value; see {@link
   * #blockedOutputsMessaging(String)}.
   */
  public Guardrail blockedOutputsMessaging(Value<String> value) {
    return set("BlockedOutputsMessaging", value);
  }

  /**
   * The content filter policies to configure for the guardrail.
   *
   * <p>CloudFormation property {@code ContentPolicyConfig}.
   */
  public Guardrail contentPolicyConfig(Value<ContentPolicyConfig> value) {
    return set("ContentPolicyConfig", value);
  }

  /**
   * Contextual grounding policy config for a guardrail.
   *
   * <p>CloudFormation property {@code ContextualGroundingPolicyConfig}.
   */
  public Guardrail contextualGroundingPolicyConfig(Value<ContextualGroundingPolicyConfig> value) {
    return set("ContextualGroundingPolicyConfig", value);
  }

  /**
   * The system-defined guardrail profile that you're using with your guardrail. Guardrail profiles
   * define the destination AWS Regions where guardrail inference requests can be automatically
   * routed. Using guardrail profiles helps maintain guardrail performance and reliability when
   * demand increases.
   *
   * <p>For more information, see the <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-cross-region.html">Amazon
   * Bedrock User Guide</a> .
   *
   * <p>CloudFormation property {@code CrossRegionConfig}.
   */
  public Guardrail crossRegionConfig(Value<GuardrailCrossRegionConfig> value) {
    return set("CrossRegionConfig", value);
  }

  /**
   * A description of the guardrail.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
   */
  public Guardrail description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Guardrail description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ARN of the AWS key that you use to encrypt the guardrail.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(-[^:]+)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$}. Format: {@code
   * AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public Guardrail kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Guardrail kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The name of the guardrail.
   *
   * <p>Required. Length: 1 to 50 characters. Pattern: {@code ^[0-9a-zA-Z-_]+$}. CloudFormation
   * property {@code Name}.
   */
  public Guardrail name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Guardrail name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The sensitive information policy to configure for the guardrail.
   *
   * <p>CloudFormation property {@code SensitiveInformationPolicyConfig}.
   */
  public Guardrail sensitiveInformationPolicyConfig(Value<SensitiveInformationPolicyConfig> value) {
    return set("SensitiveInformationPolicyConfig", value);
  }

  /**
   * The tags that you want to attach to the guardrail.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Guardrail tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Guardrail tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Guardrail tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The topic policies to configure for the guardrail.
   *
   * <p>CloudFormation property {@code TopicPolicyConfig}.
   */
  public Guardrail topicPolicyConfig(Value<TopicPolicyConfig> value) {
    return set("TopicPolicyConfig", value);
  }

  /**
   * The word policy you configure for the guardrail.
   *
   * <p>CloudFormation property {@code WordPolicyConfig}.
   */
  public Guardrail wordPolicyConfig(Value<WordPolicyConfig> value) {
    return set("WordPolicyConfig", value);
  }

  /**
   * Timestamp.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Appears if the <code>status</code> of the guardrail is <code>FAILED</code> . A list of
   * recommendations to carry out before retrying the request.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureRecommendations}.
   */
  public Value<List<String>> failureRecommendations() {
    return getAtt("FailureRecommendations");
  }

  /**
   * The ARN of the guardrail.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GuardrailArn}.
   */
  public Value<String> guardrailArn() {
    return getAtt("GuardrailArn");
  }

  /**
   * The unique identifier of the guardrail.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GuardrailId}.
   */
  public Value<String> guardrailId() {
    return getAtt("GuardrailId");
  }

  /**
   * The status of the guardrail.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Appears if the <code>status</code> is <code>FAILED</code> . A list of reasons for why the
   * guardrail failed to be created, updated, versioned, or deleted.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusReasons}.
   */
  public Value<List<String>> statusReasons() {
    return getAtt("StatusReasons");
  }

  /**
   * Timestamp.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The version of the guardrail that was created. This value will always be <code>DRAFT</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<String> version() {
    return getAtt("Version");
  }

  /**
   * Configuration settings for integrating Automated Reasoning policies with Amazon Bedrock
   * Guardrails.
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.AutomatedReasoningPolicyConfig}.
   */
  public static final class AutomatedReasoningPolicyConfig extends Struct<AutomatedReasoningPolicyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail.AutomatedReasoningPolicyConfig")
        .required("Policies")
        .constrain("ConfidenceThreshold", Constraint.of().minimum(0).maximum(1))
        .constrain("Policies", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:automated-reasoning-policy\\/[a-z0-9]{12}(:([1-9][0-9]{0,11}))?$").minLength(15).maxLength(2048))
        .build();

    public AutomatedReasoningPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * The minimum confidence level required for Automated Reasoning policy violations to trigger
     * guardrail actions. Values range from 0.0 to 1.0.
     *
     * <p>Range: 0 to 1. CloudFormation property {@code ConfidenceThreshold}.
     */
    public AutomatedReasoningPolicyConfig confidenceThreshold(double value) {
      return set("ConfidenceThreshold", Value.of(value));
    }

    /** Sets {@code ConfidenceThreshold} to this value; see {@link #confidenceThreshold(double)}. */
    public AutomatedReasoningPolicyConfig confidenceThreshold(Value<Double> value) {
      return set("ConfidenceThreshold", value);
    }

    /**
     * The list of Automated Reasoning policy ARNs that should be applied as part of this guardrail
     * configuration.
     *
     * <p>Required. Length: 15 to 2048 characters. Pattern: {@code
     * ^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:automated-reasoning-policy&#92;/[a-z0-9]{12}(:([1-9][0-9]{0,11}))?$}.
     * CloudFormation property {@code Policies}.
     */
    public AutomatedReasoningPolicyConfig policies(List<String> value) {
      return set("Policies", Value.listOf(value));
    }

    /** Sets {@code Policies} to this value; see {@link #policies(List)}. */
    public AutomatedReasoningPolicyConfig policies(Value<List<String>> value) {
      return set("Policies", value);
    }
  }

  /**
   * Contains filter strengths for harmful content. Guardrails support the following content filters
   * to detect and filter harmful user inputs and FM-generated outputs.
   *
   * <ul> <li><em>Hate</em> – Describes language or a statement that discriminates, criticizes,
   * insults, denounces, or dehumanizes a person or group on the basis of an identity (such as race,
   * ethnicity, gender, religion, sexual orientation, ability, and national origin).
   * <li><em>Insults</em> – Describes language or a statement that includes demeaning, humiliating,
   * mocking, insulting, or belittling language. This type of language is also labeled as bullying.
   * <li><em>Sexual</em> – Describes language or a statement that indicates sexual interest,
   * activity, or arousal using direct or indirect references to body parts, physical traits, or
   * sex. <li><em>Violence</em> – Describes language or a statement that includes glorification of
   * or threats to inflict physical pain, hurt, or injury toward a person, group or thing. </ul>
   *
   * <p>Content filtering depends on the confidence classification of user inputs and FM responses
   * across each of the four harmful categories. All input and output statements are classified into
   * one of four confidence levels (NONE, LOW, MEDIUM, HIGH) for each harmful category. For example,
   * if a statement is classified as <em>Hate</em> with HIGH confidence, the likelihood of the
   * statement representing hateful content is high. A single statement can be classified across
   * multiple categories with varying confidence levels. For example, a single statement can be
   * classified as <em>Hate</em> with HIGH confidence, <em>Insults</em> with LOW confidence,
   * <em>Sexual</em> with NONE confidence, and <em>Violence</em> with MEDIUM confidence.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-filters.html">Guardrails
   * content filters</a> .
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.ContentFilterConfig}.
   */
  public static final class ContentFilterConfig extends Struct<ContentFilterConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail.ContentFilterConfig")
        .required("InputStrength", "OutputStrength", "Type")
        .allowed("InputAction", "BLOCK", "NONE")
        .allowed("InputModalities", "TEXT", "IMAGE")
        .allowed("InputStrength", "NONE", "LOW", "MEDIUM", "HIGH")
        .allowed("OutputAction", "BLOCK", "NONE")
        .allowed("OutputModalities", "TEXT", "IMAGE")
        .allowed("OutputStrength", "NONE", "LOW", "MEDIUM", "HIGH")
        .allowed("Type", "SEXUAL", "VIOLENCE", "HATE", "INSULTS", "MISCONDUCT", "PROMPT_ATTACK")
        .build();

    public ContentFilterConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the action to take when harmful content is detected. Supported values include:
     *
     * <ul> <li><code>BLOCK</code> – Block the content and replace it with blocked messaging.
     * <li><code>NONE</code> – Take no action but return detection information in the trace
     * response. </ul>
     *
     * <p>Allowed values: {@code BLOCK}, {@code NONE}. CloudFormation property {@code InputAction}.
     */
    public ContentFilterConfig inputAction(String value) {
      return set("InputAction", Value.of(value));
    }

    /** Sets {@code InputAction} to this value; see {@link #inputAction(String)}. */
    public ContentFilterConfig inputAction(Value<String> value) {
      return set("InputAction", value);
    }

    /**
     * Specifies whether to enable guardrail evaluation on the input. When disabled, you aren't
     * charged for the evaluation. The evaluation doesn't appear in the response.
     *
     * <p>CloudFormation property {@code InputEnabled}.
     */
    public ContentFilterConfig inputEnabled(boolean value) {
      return set("InputEnabled", Value.of(value));
    }

    /** Sets {@code InputEnabled} to this value; see {@link #inputEnabled(boolean)}. */
    public ContentFilterConfig inputEnabled(Value<Boolean> value) {
      return set("InputEnabled", value);
    }

    /**
     * The input modalities selected for the guardrail content filter configuration.
     *
     * <p>Allowed values: {@code TEXT}, {@code IMAGE}. CloudFormation property {@code
     * InputModalities}.
     */
    public ContentFilterConfig inputModalities(List<String> value) {
      return set("InputModalities", Value.listOf(value));
    }

    /** Sets {@code InputModalities} to this value; see {@link #inputModalities(List)}. */
    public ContentFilterConfig inputModalities(Value<List<String>> value) {
      return set("InputModalities", value);
    }

    /**
     * The strength of the content filter to apply to prompts. As you increase the filter strength,
     * the likelihood of filtering harmful content increases and the probability of seeing harmful
     * content in your application reduces.
     *
     * <p>Required. Allowed values: {@code NONE}, {@code LOW}, {@code MEDIUM}, {@code HIGH}.
     * CloudFormation property {@code InputStrength}.
     */
    public ContentFilterConfig inputStrength(String value) {
      return set("InputStrength", Value.of(value));
    }

    /** Sets {@code InputStrength} to this value; see {@link #inputStrength(String)}. */
    public ContentFilterConfig inputStrength(Value<String> value) {
      return set("InputStrength", value);
    }

    /**
     * Specifies the action to take when harmful content is detected in the output. Supported values
     * include:
     *
     * <ul> <li><code>BLOCK</code> – Block the content and replace it with blocked messaging.
     * <li><code>NONE</code> – Take no action but return detection information in the trace
     * response. </ul>
     *
     * <p>Allowed values: {@code BLOCK}, {@code NONE}. CloudFormation property {@code OutputAction}.
     */
    public ContentFilterConfig outputAction(String value) {
      return set("OutputAction", Value.of(value));
    }

    /** Sets {@code OutputAction} to this value; see {@link #outputAction(String)}. */
    public ContentFilterConfig outputAction(Value<String> value) {
      return set("OutputAction", value);
    }

    /**
     * Specifies whether to enable guardrail evaluation on the output. When disabled, you aren't
     * charged for the evaluation. The evaluation doesn't appear in the response.
     *
     * <p>CloudFormation property {@code OutputEnabled}.
     */
    public ContentFilterConfig outputEnabled(boolean value) {
      return set("OutputEnabled", Value.of(value));
    }

    /** Sets {@code OutputEnabled} to this value; see {@link #outputEnabled(boolean)}. */
    public ContentFilterConfig outputEnabled(Value<Boolean> value) {
      return set("OutputEnabled", value);
    }

    /**
     * The output modalities selected for the guardrail content filter configuration.
     *
     * <p>Allowed values: {@code TEXT}, {@code IMAGE}. CloudFormation property {@code
     * OutputModalities}.
     */
    public ContentFilterConfig outputModalities(List<String> value) {
      return set("OutputModalities", Value.listOf(value));
    }

    /** Sets {@code OutputModalities} to this value; see {@link #outputModalities(List)}. */
    public ContentFilterConfig outputModalities(Value<List<String>> value) {
      return set("OutputModalities", value);
    }

    /**
     * The strength of the content filter to apply to model responses. As you increase the filter
     * strength, the likelihood of filtering harmful content increases and the probability of seeing
     * harmful content in your application reduces.
     *
     * <p>Required. Allowed values: {@code NONE}, {@code LOW}, {@code MEDIUM}, {@code HIGH}.
     * CloudFormation property {@code OutputStrength}.
     */
    public ContentFilterConfig outputStrength(String value) {
      return set("OutputStrength", Value.of(value));
    }

    /** Sets {@code OutputStrength} to this value; see {@link #outputStrength(String)}. */
    public ContentFilterConfig outputStrength(Value<String> value) {
      return set("OutputStrength", value);
    }

    /**
     * The harmful category that the content filter is applied to.
     *
     * <p>Required. Allowed values: {@code SEXUAL}, {@code VIOLENCE}, {@code HATE}, {@code INSULTS},
     * {@code MISCONDUCT}, {@code PROMPT_ATTACK}. CloudFormation property {@code Type}.
     */
    public ContentFilterConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ContentFilterConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The tier that your guardrail uses for content filters. Consider using a tier that balances
   * performance, accuracy, and compatibility with your existing generative AI workflows.
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.ContentFiltersTierConfig}.
   */
  public static final class ContentFiltersTierConfig extends Struct<ContentFiltersTierConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail.ContentFiltersTierConfig")
        .required("TierName")
        .allowed("TierName", "CLASSIC", "STANDARD")
        .build();

    public ContentFiltersTierConfig() {
      super(SCHEMA);
    }

    /**
     * The tier that your guardrail uses for content filters. Valid values include:
     *
     * <ul> <li><code>CLASSIC</code> tier – Provides established guardrails functionality supporting
     * English, French, and Spanish languages. <li><code>STANDARD</code> tier – Provides a more
     * robust solution than the <code>CLASSIC</code> tier and has more comprehensive language
     * support. This tier requires that your guardrail use <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-cross-region.html">cross-Region
     * inference</a> . </ul>
     *
     * <p>Required. Allowed values: {@code CLASSIC}, {@code STANDARD}. CloudFormation property
     * {@code TierName}.
     */
    public ContentFiltersTierConfig tierName(String value) {
      return set("TierName", Value.of(value));
    }

    /** Sets {@code TierName} to this value; see {@link #tierName(String)}. */
    public ContentFiltersTierConfig tierName(Value<String> value) {
      return set("TierName", value);
    }
  }

  /**
   * Contains details about how to handle harmful content.
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.ContentPolicyConfig}.
   */
  public static final class ContentPolicyConfig extends Struct<ContentPolicyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail.ContentPolicyConfig")
        .required("FiltersConfig")
        .build();

    public ContentPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * The tier that your guardrail uses for content filters. Consider using a tier that balances
     * performance, accuracy, and compatibility with your existing generative AI workflows.
     *
     * <p>CloudFormation property {@code ContentFiltersTierConfig}.
     */
    public ContentPolicyConfig contentFiltersTierConfig(Value<ContentFiltersTierConfig> value) {
      return set("ContentFiltersTierConfig", value);
    }

    /**
     * Contains the type of the content filter and how strongly it should apply to prompts and model
     * responses.
     *
     * <p>Required. CloudFormation property {@code FiltersConfig}.
     */
    public ContentPolicyConfig filtersConfig(List<ContentFilterConfig> value) {
      return set("FiltersConfig", Value.listOf(value));
    }

    /** Sets {@code FiltersConfig} to this value; see {@link #filtersConfig(List)}. */
    public ContentPolicyConfig filtersConfig(Value<List<ContentFilterConfig>> value) {
      return set("FiltersConfig", value);
    }

    /** Sets {@code FiltersConfig} to a list of these; see {@link #filtersConfig(List)}. */
    public ContentPolicyConfig filtersConfig(ContentFilterConfig... values) {
      return set("FiltersConfig", Value.list(values));
    }
  }

  /**
   * The filter configuration details for the guardrails contextual grounding filter.
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.ContextualGroundingFilterConfig}.
   */
  public static final class ContextualGroundingFilterConfig extends Struct<ContextualGroundingFilterConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail.ContextualGroundingFilterConfig")
        .required("Threshold", "Type")
        .allowed("Action", "BLOCK", "NONE")
        .constrain("Threshold", Constraint.of().minimum(0))
        .allowed("Type", "GROUNDING", "RELEVANCE")
        .build();

    public ContextualGroundingFilterConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the action to take when content fails the contextual grounding evaluation.
     * Supported values include:
     *
     * <ul> <li><code>BLOCK</code> – Block the content and replace it with blocked messaging.
     * <li><code>NONE</code> – Take no action but return detection information in the trace
     * response. </ul>
     *
     * <p>Allowed values: {@code BLOCK}, {@code NONE}. CloudFormation property {@code Action}.
     */
    public ContextualGroundingFilterConfig action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public ContextualGroundingFilterConfig action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * Specifies whether to enable contextual grounding evaluation. When disabled, you aren't
     * charged for the evaluation. The evaluation doesn't appear in the response.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public ContextualGroundingFilterConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ContextualGroundingFilterConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The threshold details for the guardrails contextual grounding filter.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code Threshold}.
     */
    public ContextualGroundingFilterConfig threshold(double value) {
      return set("Threshold", Value.of(value));
    }

    /** Sets {@code Threshold} to this value; see {@link #threshold(double)}. */
    public ContextualGroundingFilterConfig threshold(Value<Double> value) {
      return set("Threshold", value);
    }

    /**
     * The filter details for the guardrails contextual grounding filter.
     *
     * <p>Required. Allowed values: {@code GROUNDING}, {@code RELEVANCE}. CloudFormation property
     * {@code Type}.
     */
    public ContextualGroundingFilterConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ContextualGroundingFilterConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The policy configuration details for the guardrails contextual grounding policy.
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.ContextualGroundingPolicyConfig}.
   */
  public static final class ContextualGroundingPolicyConfig extends Struct<ContextualGroundingPolicyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail.ContextualGroundingPolicyConfig")
        .required("FiltersConfig")
        .build();

    public ContextualGroundingPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * List of contextual grounding filter configs.
     *
     * <p>Required. CloudFormation property {@code FiltersConfig}.
     */
    public ContextualGroundingPolicyConfig filtersConfig(List<ContextualGroundingFilterConfig> value) {
      return set("FiltersConfig", Value.listOf(value));
    }

    /** Sets {@code FiltersConfig} to this value; see {@link #filtersConfig(List)}. */
    public ContextualGroundingPolicyConfig filtersConfig(Value<List<ContextualGroundingFilterConfig>> value) {
      return set("FiltersConfig", value);
    }

    /** Sets {@code FiltersConfig} to a list of these; see {@link #filtersConfig(List)}. */
    public ContextualGroundingPolicyConfig filtersConfig(ContextualGroundingFilterConfig... values) {
      return set("FiltersConfig", Value.list(values));
    }
  }

  /**
   * The system-defined guardrail profile that you're using with your guardrail. Guardrail profiles
   * define the destination AWS Regions where guardrail inference requests can be automatically
   * routed. Using guardrail profiles helps maintain guardrail performance and reliability when
   * demand increases.
   *
   * <p>For more information, see the <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-cross-region.html">Amazon
   * Bedrock User Guide</a> .
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.GuardrailCrossRegionConfig}.
   */
  public static final class GuardrailCrossRegionConfig extends Struct<GuardrailCrossRegionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail.GuardrailCrossRegionConfig")
        .required("GuardrailProfileArn")
        .constrain("GuardrailProfileArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail-profile/[a-z0-9-]+[.]{1}guardrail[.]{1}v[0-9:]+$").minLength(15).maxLength(2048))
        .build();

    public GuardrailCrossRegionConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the guardrail profile that your guardrail is using.
     * Guardrail profile availability depends on your current AWS Region . For more information, see
     * the <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-cross-region-support.html">Amazon
     * Bedrock User Guide</a> .
     *
     * <p>Required. Length: 15 to 2048 characters. Pattern: {@code
     * ^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail-profile/[a-z0-9-]+[.]{1}guardrail[.]{1}v[0-9:]+$}.
     * CloudFormation property {@code GuardrailProfileArn}.
     */
    public GuardrailCrossRegionConfig guardrailProfileArn(String value) {
      return set("GuardrailProfileArn", Value.of(value));
    }

    /** Sets {@code GuardrailProfileArn} to this value; see {@link #guardrailProfileArn(String)}. */
    public GuardrailCrossRegionConfig guardrailProfileArn(Value<String> value) {
      return set("GuardrailProfileArn", value);
    }
  }

  /**
   * The managed word list to configure for the guardrail.
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.ManagedWordsConfig}.
   */
  public static final class ManagedWordsConfig extends Struct<ManagedWordsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail.ManagedWordsConfig")
        .required("Type")
        .allowed("InputAction", "BLOCK", "NONE")
        .allowed("OutputAction", "BLOCK", "NONE")
        .allowed("Type", "PROFANITY")
        .build();

    public ManagedWordsConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the action to take when harmful content is detected in the input. Supported values
     * include:
     *
     * <ul> <li><code>BLOCK</code> – Block the content and replace it with blocked messaging.
     * <li><code>NONE</code> – Take no action but return detection information in the trace
     * response. </ul>
     *
     * <p>Allowed values: {@code BLOCK}, {@code NONE}. CloudFormation property {@code InputAction}.
     */
    public ManagedWordsConfig inputAction(String value) {
      return set("InputAction", Value.of(value));
    }

    /** Sets {@code InputAction} to this value; see {@link #inputAction(String)}. */
    public ManagedWordsConfig inputAction(Value<String> value) {
      return set("InputAction", value);
    }

    /**
     * Specifies whether to enable guardrail evaluation on the input. When disabled, you aren't
     * charged for the evaluation. The evaluation doesn't appear in the response.
     *
     * <p>CloudFormation property {@code InputEnabled}.
     */
    public ManagedWordsConfig inputEnabled(boolean value) {
      return set("InputEnabled", Value.of(value));
    }

    /** Sets {@code InputEnabled} to this value; see {@link #inputEnabled(boolean)}. */
    public ManagedWordsConfig inputEnabled(Value<Boolean> value) {
      return set("InputEnabled", value);
    }

    /**
     * Specifies the action to take when harmful content is detected in the output. Supported values
     * include:
     *
     * <ul> <li><code>BLOCK</code> – Block the content and replace it with blocked messaging.
     * <li><code>NONE</code> – Take no action but return detection information in the trace
     * response. </ul>
     *
     * <p>Allowed values: {@code BLOCK}, {@code NONE}. CloudFormation property {@code OutputAction}.
     */
    public ManagedWordsConfig outputAction(String value) {
      return set("OutputAction", Value.of(value));
    }

    /** Sets {@code OutputAction} to this value; see {@link #outputAction(String)}. */
    public ManagedWordsConfig outputAction(Value<String> value) {
      return set("OutputAction", value);
    }

    /**
     * Specifies whether to enable guardrail evaluation on the output. When disabled, you aren't
     * charged for the evaluation. The evaluation doesn't appear in the response.
     *
     * <p>CloudFormation property {@code OutputEnabled}.
     */
    public ManagedWordsConfig outputEnabled(boolean value) {
      return set("OutputEnabled", Value.of(value));
    }

    /** Sets {@code OutputEnabled} to this value; see {@link #outputEnabled(boolean)}. */
    public ManagedWordsConfig outputEnabled(Value<Boolean> value) {
      return set("OutputEnabled", value);
    }

    /**
     * The managed word type to configure for the guardrail.
     *
     * <p>Required. Allowed values: {@code PROFANITY}. CloudFormation property {@code Type}.
     */
    public ManagedWordsConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ManagedWordsConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The PII entity to configure for the guardrail.
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.PiiEntityConfig}.
   */
  public static final class PiiEntityConfig extends Struct<PiiEntityConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail.PiiEntityConfig")
        .required("Action", "Type")
        .allowed("Action", "BLOCK", "ANONYMIZE", "NONE")
        .allowed("InputAction", "BLOCK", "ANONYMIZE", "NONE")
        .allowed("OutputAction", "BLOCK", "ANONYMIZE", "NONE")
        .allowed("Type", "ADDRESS", "AGE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "CA_HEALTH_NUMBER",
            "CA_SOCIAL_INSURANCE_NUMBER", "CREDIT_DEBIT_CARD_CVV", "CREDIT_DEBIT_CARD_EXPIRY",
            "CREDIT_DEBIT_CARD_NUMBER", "DRIVER_ID", "EMAIL", "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
            "IP_ADDRESS", "LICENSE_PLATE", "MAC_ADDRESS", "NAME", "PASSWORD", "PHONE", "PIN",
            "SWIFT_CODE", "UK_NATIONAL_HEALTH_SERVICE_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER",
            "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER", "URL", "USERNAME", "US_BANK_ACCOUNT_NUMBER",
            "US_BANK_ROUTING_NUMBER", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
            "US_PASSPORT_NUMBER", "US_SOCIAL_SECURITY_NUMBER", "VEHICLE_IDENTIFICATION_NUMBER")
        .build();

    public PiiEntityConfig() {
      super(SCHEMA);
    }

    /**
     * Configure guardrail action when the PII entity is detected.
     *
     * <p>Required. Allowed values: {@code BLOCK}, {@code ANONYMIZE}, {@code NONE}. CloudFormation
     * property {@code Action}.
     */
    public PiiEntityConfig action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public PiiEntityConfig action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * Specifies the action to take when harmful content is detected in the input. Supported values
     * include:
     *
     * <ul> <li><code>BLOCK</code> – Block the content and replace it with blocked messaging.
     * <li><code>ANONYMIZE</code> – Mask the content and replace it with identifier tags.
     * <li><code>NONE</code> – Take no action but return detection information in the trace
     * response. </ul>
     *
     * <p>Allowed values: {@code BLOCK}, {@code ANONYMIZE}, {@code NONE}. CloudFormation property
     * {@code InputAction}.
     */
    public PiiEntityConfig inputAction(String value) {
      return set("InputAction", Value.of(value));
    }

    /** Sets {@code InputAction} to this value; see {@link #inputAction(String)}. */
    public PiiEntityConfig inputAction(Value<String> value) {
      return set("InputAction", value);
    }

    /**
     * Specifies whether to enable guardrail evaluation on the input. When disabled, you aren't
     * charged for the evaluation. The evaluation doesn't appear in the response.
     *
     * <p>CloudFormation property {@code InputEnabled}.
     */
    public PiiEntityConfig inputEnabled(boolean value) {
      return set("InputEnabled", Value.of(value));
    }

    /** Sets {@code InputEnabled} to this value; see {@link #inputEnabled(boolean)}. */
    public PiiEntityConfig inputEnabled(Value<Boolean> value) {
      return set("InputEnabled", value);
    }

    /**
     * Specifies the action to take when harmful content is detected in the output. Supported values
     * include:
     *
     * <ul> <li><code>BLOCK</code> – Block the content and replace it with blocked messaging.
     * <li><code>ANONYMIZE</code> – Mask the content and replace it with identifier tags.
     * <li><code>NONE</code> – Take no action but return detection information in the trace
     * response. </ul>
     *
     * <p>Allowed values: {@code BLOCK}, {@code ANONYMIZE}, {@code NONE}. CloudFormation property
     * {@code OutputAction}.
     */
    public PiiEntityConfig outputAction(String value) {
      return set("OutputAction", Value.of(value));
    }

    /** Sets {@code OutputAction} to this value; see {@link #outputAction(String)}. */
    public PiiEntityConfig outputAction(Value<String> value) {
      return set("OutputAction", value);
    }

    /**
     * Indicates whether guardrail evaluation is enabled on the output. When disabled, you aren't
     * charged for the evaluation. The evaluation doesn't appear in the response.
     *
     * <p>CloudFormation property {@code OutputEnabled}.
     */
    public PiiEntityConfig outputEnabled(boolean value) {
      return set("OutputEnabled", Value.of(value));
    }

    /** Sets {@code OutputEnabled} to this value; see {@link #outputEnabled(boolean)}. */
    public PiiEntityConfig outputEnabled(Value<Boolean> value) {
      return set("OutputEnabled", value);
    }

    /**
     * Configure guardrail type when the PII entity is detected.
     *
     * <p>The following PIIs are used to block or mask sensitive information:
     *
     * <ul> <li><em>General</em> </ul>
     *
     * <ul> <li><em>ADDRESS</em> </ul>
     *
     * <p>A physical address, such as "100 Main Street, Anytown, USA" or "Suite #12, Building 123".
     * An address can include information such as the street, building, location, city, state,
     * country, county, zip code, precinct, and neighborhood.
     *
     * <ul> <li><em>AGE</em> </ul>
     *
     * <p>An individual's age, including the quantity and unit of time. For example, in the phrase
     * "I am 40 years old," Guardrails recognizes "40 years" as an age.
     *
     * <ul> <li><em>NAME</em> </ul>
     *
     * <p>An individual's name. This entity type does not include titles, such as Dr., Mr., Mrs., or
     * Miss. guardrails doesn't apply this entity type to names that are part of organizations or
     * addresses. For example, guardrails recognizes the "John Doe Organization" as an organization,
     * and it recognizes "Jane Doe Street" as an address.
     *
     * <ul> <li><em>EMAIL</em> </ul>
     *
     * <p>An email address, such as <em>marymajor&#64;email.com</em> .
     *
     * <ul> <li><em>PHONE</em> </ul>
     *
     * <p>A phone number. This entity type also includes fax and pager numbers.
     *
     * <ul> <li><em>USERNAME</em> </ul>
     *
     * <p>A user name that identifies an account, such as a login name, screen name, nick name, or
     * handle.
     *
     * <ul> <li><em>PASSWORD</em> </ul>
     *
     * <p>An alphanumeric string that is used as a password, such as "* *very20special#pass** ".
     *
     * <ul> <li><em>DRIVER_ID</em> </ul>
     *
     * <p>The number assigned to a driver's license, which is an official document permitting an
     * individual to operate one or more motorized vehicles on a public road. A driver's license
     * number consists of alphanumeric characters.
     *
     * <ul> <li><em>LICENSE_PLATE</em> </ul>
     *
     * <p>A license plate for a vehicle is issued by the state or country where the vehicle is
     * registered. The format for passenger vehicles is typically five to eight digits, consisting
     * of upper-case letters and numbers. The format varies depending on the location of the issuing
     * state or country.
     *
     * <ul> <li><em>VEHICLE_IDENTIFICATION_NUMBER</em> </ul>
     *
     * <p>A Vehicle Identification Number (VIN) uniquely identifies a vehicle. VIN content and
     * format are defined in the <em>ISO 3779</em> specification. Each country has specific codes
     * and formats for VINs.
     *
     * <ul> <li><em>Finance</em> </ul>
     *
     * <ul> <li><em>CREDIT_DEBIT_CARD_CVV</em> </ul>
     *
     * <p>A three-digit card verification code (CVV) that is present on VISA, MasterCard, and
     * Discover credit and debit cards. For American Express credit or debit cards, the CVV is a
     * four-digit numeric code.
     *
     * <ul> <li><em>CREDIT_DEBIT_CARD_EXPIRY</em> </ul>
     *
     * <p>The expiration date for a credit or debit card. This number is usually four digits long
     * and is often formatted as <em>month/year</em> or <em>MM/YY</em> . Guardrails recognizes
     * expiration dates such as <em>01/21</em> , <em>01/2021</em> , and <em>Jan 2021</em> .
     *
     * <ul> <li><em>CREDIT_DEBIT_CARD_NUMBER</em> </ul>
     *
     * <p>The number for a credit or debit card. These numbers can vary from 13 to 16 digits in
     * length. However, Amazon Comprehend also recognizes credit or debit card numbers when only the
     * last four digits are present.
     *
     * <ul> <li><em>PIN</em> </ul>
     *
     * <p>A four-digit personal identification number (PIN) with which you can access your bank
     * account.
     *
     * <ul> <li><em>INTERNATIONAL_BANK_ACCOUNT_NUMBER</em> </ul>
     *
     * <p>An International Bank Account Number has specific formats in each country. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/https://www.iban.com/structure">www.iban.com/structure</a>
     * .
     *
     * <ul> <li><em>SWIFT_CODE</em> </ul>
     *
     * <p>A SWIFT code is a standard format of Bank Identifier Code (BIC) used to specify a
     * particular bank or branch. Banks use these codes for money transfers such as international
     * wire transfers.
     *
     * <p>SWIFT codes consist of eight or 11 characters. The 11-digit codes refer to specific
     * branches, while eight-digit codes (or 11-digit codes ending in 'XXX') refer to the head or
     * primary office.
     *
     * <ul> <li><em>IT</em> </ul>
     *
     * <ul> <li><em>IP_ADDRESS</em> </ul>
     *
     * <p>An IPv4 address, such as <em>198.51.100.0</em> .
     *
     * <ul> <li><em>MAC_ADDRESS</em> </ul>
     *
     * <p>A <em>media access control</em> (MAC) address is a unique identifier assigned to a network
     * interface controller (NIC).
     *
     * <ul> <li><em>URL</em> </ul>
     *
     * <p>A web address, such as <em>www.example.com</em> .
     *
     * <ul> <li><em>AWS_ACCESS_KEY</em> </ul>
     *
     * <p>A unique identifier that's associated with a secret access key; you use the access key ID
     * and secret access key to sign programmatic AWS requests cryptographically.
     *
     * <ul> <li><em>AWS_SECRET_KEY</em> </ul>
     *
     * <p>A unique identifier that's associated with an access key. You use the access key ID and
     * secret access key to sign programmatic AWS requests cryptographically.
     *
     * <ul> <li><em>USA specific</em> </ul>
     *
     * <ul> <li><em>US_BANK_ACCOUNT_NUMBER</em> </ul>
     *
     * <p>A US bank account number, which is typically 10 to 12 digits long.
     *
     * <ul> <li><em>US_BANK_ROUTING_NUMBER</em> </ul>
     *
     * <p>A US bank account routing number. These are typically nine digits long,
     *
     * <ul> <li><em>US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER</em> </ul>
     *
     * <p>A US Individual Taxpayer Identification Number (ITIN) is a nine-digit number that starts
     * with a "9" and contain a "7" or "8" as the fourth digit. An ITIN can be formatted with a
     * space or a dash after the third and forth digits.
     *
     * <ul> <li><em>US_PASSPORT_NUMBER</em> </ul>
     *
     * <p>A US passport number. Passport numbers range from six to nine alphanumeric characters.
     *
     * <ul> <li><em>US_SOCIAL_SECURITY_NUMBER</em> </ul>
     *
     * <p>A US Social Security Number (SSN) is a nine-digit number that is issued to US citizens,
     * permanent residents, and temporary working residents.
     *
     * <ul> <li><em>Canada specific</em> </ul>
     *
     * <ul> <li><em>CA_HEALTH_NUMBER</em> </ul>
     *
     * <p>A Canadian Health Service Number is a 10-digit unique identifier, required for individuals
     * to access healthcare benefits.
     *
     * <ul> <li><em>CA_SOCIAL_INSURANCE_NUMBER</em> </ul>
     *
     * <p>A Canadian Social Insurance Number (SIN) is a nine-digit unique identifier, required for
     * individuals to access government programs and benefits.
     *
     * <p>The SIN is formatted as three groups of three digits, such as <em>123-456-789</em> . A SIN
     * can be validated through a simple check-digit process called the <a
     * href="https://docs.aws.amazon.com/https://www.wikipedia.org/wiki/Luhn_algorithm">Luhn
     * algorithm</a> .
     *
     * <ul> <li><em>UK Specific</em> </ul>
     *
     * <ul> <li><em>UK_NATIONAL_HEALTH_SERVICE_NUMBER</em> </ul>
     *
     * <p>A UK National Health Service Number is a 10-17 digit number, such as <em>485 777 3456</em>
     * . The current system formats the 10-digit number with spaces after the third and sixth
     * digits. The final digit is an error-detecting checksum.
     *
     * <ul> <li><em>UK_NATIONAL_INSURANCE_NUMBER</em> </ul>
     *
     * <p>A UK National Insurance Number (NINO) provides individuals with access to National
     * Insurance (social security) benefits. It is also used for some purposes in the UK tax system.
     *
     * <p>The number is nine digits long and starts with two letters, followed by six numbers and
     * one letter. A NINO can be formatted with a space or a dash after the two letters and after
     * the second, forth, and sixth digits.
     *
     * <ul> <li><em>UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER</em> </ul>
     *
     * <p>A UK Unique Taxpayer Reference (UTR) is a 10-digit number that identifies a taxpayer or a
     * business.
     *
     * <ul> <li><em>Custom</em> </ul>
     *
     * <ul> <li><em>Regex filter</em> - You can use a regular expressions to define patterns for a
     * guardrail to recognize and act upon such as serial number, booking ID etc.. </ul>
     *
     * <p>Required. Allowed values: {@code ADDRESS}, {@code AGE}, {@code AWS_ACCESS_KEY}, {@code
     * AWS_SECRET_KEY}, {@code CA_HEALTH_NUMBER}, {@code CA_SOCIAL_INSURANCE_NUMBER}, {@code
     * CREDIT_DEBIT_CARD_CVV}, {@code CREDIT_DEBIT_CARD_EXPIRY}, {@code CREDIT_DEBIT_CARD_NUMBER},
     * {@code DRIVER_ID}, {@code EMAIL}, {@code INTERNATIONAL_BANK_ACCOUNT_NUMBER}, {@code
     * IP_ADDRESS}, {@code LICENSE_PLATE}, {@code MAC_ADDRESS}, {@code NAME}, {@code PASSWORD},
     * {@code PHONE}, {@code PIN}, {@code SWIFT_CODE}, {@code UK_NATIONAL_HEALTH_SERVICE_NUMBER},
     * {@code UK_NATIONAL_INSURANCE_NUMBER}, {@code UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER}, {@code
     * URL}, {@code USERNAME}, {@code US_BANK_ACCOUNT_NUMBER}, {@code US_BANK_ROUTING_NUMBER},
     * {@code US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER}, {@code US_PASSPORT_NUMBER}, {@code
     * US_SOCIAL_SECURITY_NUMBER}, {@code VEHICLE_IDENTIFICATION_NUMBER}. CloudFormation property
     * {@code Type}.
     */
    public PiiEntityConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PiiEntityConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The regular expression to configure for the guardrail.
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.RegexConfig}.
   */
  public static final class RegexConfig extends Struct<RegexConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail.RegexConfig")
        .required("Action", "Name", "Pattern")
        .allowed("Action", "BLOCK", "ANONYMIZE", "NONE")
        .constrain("Description", Constraint.of().minLength(1).maxLength(1000))
        .allowed("InputAction", "BLOCK", "ANONYMIZE", "NONE")
        .constrain("Name", Constraint.of().minLength(1).maxLength(100))
        .allowed("OutputAction", "BLOCK", "ANONYMIZE", "NONE")
        .constrain("Pattern", Constraint.of().minLength(1))
        .build();

    public RegexConfig() {
      super(SCHEMA);
    }

    /**
     * The guardrail action to configure when matching regular expression is detected.
     *
     * <p>Required. Allowed values: {@code BLOCK}, {@code ANONYMIZE}, {@code NONE}. CloudFormation
     * property {@code Action}.
     */
    public RegexConfig action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public RegexConfig action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The description of the regular expression to configure for the guardrail.
     *
     * <p>Length: 1 to 1000 characters. CloudFormation property {@code Description}.
     */
    public RegexConfig description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public RegexConfig description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Specifies the action to take when harmful content is detected in the input. Supported values
     * include:
     *
     * <ul> <li><code>BLOCK</code> – Block the content and replace it with blocked messaging.
     * <li><code>NONE</code> – Take no action but return detection information in the trace
     * response. </ul>
     *
     * <p>Allowed values: {@code BLOCK}, {@code ANONYMIZE}, {@code NONE}. CloudFormation property
     * {@code InputAction}.
     */
    public RegexConfig inputAction(String value) {
      return set("InputAction", Value.of(value));
    }

    /** Sets {@code InputAction} to this value; see {@link #inputAction(String)}. */
    public RegexConfig inputAction(Value<String> value) {
      return set("InputAction", value);
    }

    /**
     * Specifies whether to enable guardrail evaluation on the input. When disabled, you aren't
     * charged for the evaluation. The evaluation doesn't appear in the response.
     *
     * <p>CloudFormation property {@code InputEnabled}.
     */
    public RegexConfig inputEnabled(boolean value) {
      return set("InputEnabled", Value.of(value));
    }

    /** Sets {@code InputEnabled} to this value; see {@link #inputEnabled(boolean)}. */
    public RegexConfig inputEnabled(Value<Boolean> value) {
      return set("InputEnabled", value);
    }

    /**
     * The name of the regular expression to configure for the guardrail.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code Name}.
     */
    public RegexConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RegexConfig name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Specifies the action to take when harmful content is detected in the output. Supported values
     * include:
     *
     * <ul> <li><code>BLOCK</code> – Block the content and replace it with blocked messaging.
     * <li><code>NONE</code> – Take no action but return detection information in the trace
     * response. </ul>
     *
     * <p>Allowed values: {@code BLOCK}, {@code ANONYMIZE}, {@code NONE}. CloudFormation property
     * {@code OutputAction}.
     */
    public RegexConfig outputAction(String value) {
      return set("OutputAction", Value.of(value));
    }

    /** Sets {@code OutputAction} to this value; see {@link #outputAction(String)}. */
    public RegexConfig outputAction(Value<String> value) {
      return set("OutputAction", value);
    }

    /**
     * Specifies whether to enable guardrail evaluation on the output. When disabled, you aren't
     * charged for the evaluation. The evaluation doesn't appear in the response.
     *
     * <p>CloudFormation property {@code OutputEnabled}.
     */
    public RegexConfig outputEnabled(boolean value) {
      return set("OutputEnabled", Value.of(value));
    }

    /** Sets {@code OutputEnabled} to this value; see {@link #outputEnabled(boolean)}. */
    public RegexConfig outputEnabled(Value<Boolean> value) {
      return set("OutputEnabled", value);
    }

    /**
     * The regular expression pattern to configure for the guardrail.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Pattern}.
     */
    public RegexConfig pattern(String value) {
      return set("Pattern", Value.of(value));
    }

    /** Sets {@code Pattern} to this value; see {@link #pattern(String)}. */
    public RegexConfig pattern(Value<String> value) {
      return set("Pattern", value);
    }
  }

  /**
   * Contains details about PII entities and regular expressions to configure for the guardrail.
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.SensitiveInformationPolicyConfig}.
   */
  public static final class SensitiveInformationPolicyConfig extends Struct<SensitiveInformationPolicyConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Guardrail.SensitiveInformationPolicyConfig");

    public SensitiveInformationPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * A list of PII entities to configure to the guardrail.
     *
     * <p>CloudFormation property {@code PiiEntitiesConfig}.
     */
    public SensitiveInformationPolicyConfig piiEntitiesConfig(List<PiiEntityConfig> value) {
      return set("PiiEntitiesConfig", Value.listOf(value));
    }

    /** Sets {@code PiiEntitiesConfig} to this value; see {@link #piiEntitiesConfig(List)}. */
    public SensitiveInformationPolicyConfig piiEntitiesConfig(Value<List<PiiEntityConfig>> value) {
      return set("PiiEntitiesConfig", value);
    }

    /** Sets {@code PiiEntitiesConfig} to a list of these; see {@link #piiEntitiesConfig(List)}. */
    public SensitiveInformationPolicyConfig piiEntitiesConfig(PiiEntityConfig... values) {
      return set("PiiEntitiesConfig", Value.list(values));
    }

    /**
     * A list of regular expressions to configure to the guardrail.
     *
     * <p>CloudFormation property {@code RegexesConfig}.
     */
    public SensitiveInformationPolicyConfig regexesConfig(List<RegexConfig> value) {
      return set("RegexesConfig", Value.listOf(value));
    }

    /** Sets {@code RegexesConfig} to this value; see {@link #regexesConfig(List)}. */
    public SensitiveInformationPolicyConfig regexesConfig(Value<List<RegexConfig>> value) {
      return set("RegexesConfig", value);
    }

    /** Sets {@code RegexesConfig} to a list of these; see {@link #regexesConfig(List)}. */
    public SensitiveInformationPolicyConfig regexesConfig(RegexConfig... values) {
      return set("RegexesConfig", Value.list(values));
    }
  }

  /**
   * Details about topics for the guardrail to identify and deny.
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.TopicConfig}.
   */
  public static final class TopicConfig extends Struct<TopicConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail.TopicConfig")
        .required("Definition", "Name", "Type")
        .constrain("Definition", Constraint.of().minLength(1).maxLength(1000))
        .constrain("Examples", Constraint.of().minLength(1).maxLength(100))
        .allowed("InputAction", "BLOCK", "NONE")
        .constrain("Name", Constraint.of().pattern("^[0-9a-zA-Z-_ !?.]+$").minLength(1).maxLength(100))
        .allowed("OutputAction", "BLOCK", "NONE")
        .allowed("Type", "DENY")
        .build();

    public TopicConfig() {
      super(SCHEMA);
    }

    /**
     * A definition of the topic to deny.
     *
     * <p>Required. Length: 1 to 1000 characters. CloudFormation property {@code Definition}.
     */
    public TopicConfig definition(String value) {
      return set("Definition", Value.of(value));
    }

    /** Sets {@code Definition} to this value; see {@link #definition(String)}. */
    public TopicConfig definition(Value<String> value) {
      return set("Definition", value);
    }

    /**
     * A list of prompts, each of which is an example of a prompt that can be categorized as
     * belonging to the topic.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code Examples}.
     */
    public TopicConfig examples(List<String> value) {
      return set("Examples", Value.listOf(value));
    }

    /** Sets {@code Examples} to this value; see {@link #examples(List)}. */
    public TopicConfig examples(Value<List<String>> value) {
      return set("Examples", value);
    }

    /**
     * Specifies the action to take when harmful content is detected in the input. Supported values
     * include:
     *
     * <ul> <li><code>BLOCK</code> – Block the content and replace it with blocked messaging.
     * <li><code>NONE</code> – Take no action but return detection information in the trace
     * response. </ul>
     *
     * <p>Allowed values: {@code BLOCK}, {@code NONE}. CloudFormation property {@code InputAction}.
     */
    public TopicConfig inputAction(String value) {
      return set("InputAction", Value.of(value));
    }

    /** Sets {@code InputAction} to this value; see {@link #inputAction(String)}. */
    public TopicConfig inputAction(Value<String> value) {
      return set("InputAction", value);
    }

    /**
     * Specifies whether to enable guardrail evaluation on the input. When disabled, you aren't
     * charged for the evaluation. The evaluation doesn't appear in the response.
     *
     * <p>CloudFormation property {@code InputEnabled}.
     */
    public TopicConfig inputEnabled(boolean value) {
      return set("InputEnabled", Value.of(value));
    }

    /** Sets {@code InputEnabled} to this value; see {@link #inputEnabled(boolean)}. */
    public TopicConfig inputEnabled(Value<Boolean> value) {
      return set("InputEnabled", value);
    }

    /**
     * The name of the topic to deny.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^[0-9a-zA-Z-_ !?.]+$}.
     * CloudFormation property {@code Name}.
     */
    public TopicConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TopicConfig name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Specifies the action to take when harmful content is detected in the output. Supported values
     * include:
     *
     * <ul> <li><code>BLOCK</code> – Block the content and replace it with blocked messaging.
     * <li><code>NONE</code> – Take no action but return detection information in the trace
     * response. </ul>
     *
     * <p>Allowed values: {@code BLOCK}, {@code NONE}. CloudFormation property {@code OutputAction}.
     */
    public TopicConfig outputAction(String value) {
      return set("OutputAction", Value.of(value));
    }

    /** Sets {@code OutputAction} to this value; see {@link #outputAction(String)}. */
    public TopicConfig outputAction(Value<String> value) {
      return set("OutputAction", value);
    }

    /**
     * Specifies whether to enable guardrail evaluation on the output. When disabled, you aren't
     * charged for the evaluation. The evaluation doesn't appear in the response.
     *
     * <p>CloudFormation property {@code OutputEnabled}.
     */
    public TopicConfig outputEnabled(boolean value) {
      return set("OutputEnabled", Value.of(value));
    }

    /** Sets {@code OutputEnabled} to this value; see {@link #outputEnabled(boolean)}. */
    public TopicConfig outputEnabled(Value<Boolean> value) {
      return set("OutputEnabled", value);
    }

    /**
     * Specifies to deny the topic.
     *
     * <p>Required. Allowed values: {@code DENY}. CloudFormation property {@code Type}.
     */
    public TopicConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public TopicConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Contains details about topics that the guardrail should identify and deny.
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.TopicPolicyConfig}.
   */
  public static final class TopicPolicyConfig extends Struct<TopicPolicyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail.TopicPolicyConfig")
        .required("TopicsConfig")
        .build();

    public TopicPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * A list of policies related to topics that the guardrail should deny.
     *
     * <p>Required. CloudFormation property {@code TopicsConfig}.
     */
    public TopicPolicyConfig topicsConfig(List<TopicConfig> value) {
      return set("TopicsConfig", Value.listOf(value));
    }

    /** Sets {@code TopicsConfig} to this value; see {@link #topicsConfig(List)}. */
    public TopicPolicyConfig topicsConfig(Value<List<TopicConfig>> value) {
      return set("TopicsConfig", value);
    }

    /** Sets {@code TopicsConfig} to a list of these; see {@link #topicsConfig(List)}. */
    public TopicPolicyConfig topicsConfig(TopicConfig... values) {
      return set("TopicsConfig", Value.list(values));
    }

    /**
     * The tier that your guardrail uses for denied topic filters.
     *
     * <p>CloudFormation property {@code TopicsTierConfig}.
     */
    public TopicPolicyConfig topicsTierConfig(Value<TopicsTierConfig> value) {
      return set("TopicsTierConfig", value);
    }
  }

  /**
   * The tier that your guardrail uses for denied topic filters. Consider using a tier that balances
   * performance, accuracy, and compatibility with your existing generative AI workflows.
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.TopicsTierConfig}.
   */
  public static final class TopicsTierConfig extends Struct<TopicsTierConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail.TopicsTierConfig")
        .required("TierName")
        .allowed("TierName", "CLASSIC", "STANDARD")
        .build();

    public TopicsTierConfig() {
      super(SCHEMA);
    }

    /**
     * The tier that your guardrail uses for denied topic filters. Valid values include:
     *
     * <ul> <li><code>CLASSIC</code> tier – Provides established guardrails functionality supporting
     * English, French, and Spanish languages. <li><code>STANDARD</code> tier – Provides a more
     * robust solution than the <code>CLASSIC</code> tier and has more comprehensive language
     * support. This tier requires that your guardrail use <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-cross-region.html">cross-Region
     * inference</a> . </ul>
     *
     * <p>Required. Allowed values: {@code CLASSIC}, {@code STANDARD}. CloudFormation property
     * {@code TierName}.
     */
    public TopicsTierConfig tierName(String value) {
      return set("TierName", Value.of(value));
    }

    /** Sets {@code TierName} to this value; see {@link #tierName(String)}. */
    public TopicsTierConfig tierName(Value<String> value) {
      return set("TierName", value);
    }
  }

  /**
   * A word to configure for the guardrail.
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.WordConfig}.
   */
  public static final class WordConfig extends Struct<WordConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Guardrail.WordConfig")
        .required("Text")
        .allowed("InputAction", "BLOCK", "NONE")
        .allowed("OutputAction", "BLOCK", "NONE")
        .constrain("Text", Constraint.of().minLength(1))
        .build();

    public WordConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the action to take when harmful content is detected in the input. Supported values
     * include:
     *
     * <ul> <li><code>BLOCK</code> – Block the content and replace it with blocked messaging.
     * <li><code>NONE</code> – Take no action but return detection information in the trace
     * response. </ul>
     *
     * <p>Allowed values: {@code BLOCK}, {@code NONE}. CloudFormation property {@code InputAction}.
     */
    public WordConfig inputAction(String value) {
      return set("InputAction", Value.of(value));
    }

    /** Sets {@code InputAction} to this value; see {@link #inputAction(String)}. */
    public WordConfig inputAction(Value<String> value) {
      return set("InputAction", value);
    }

    /**
     * Specifies whether to enable guardrail evaluation on the intput. When disabled, you aren't
     * charged for the evaluation. The evaluation doesn't appear in the response.
     *
     * <p>CloudFormation property {@code InputEnabled}.
     */
    public WordConfig inputEnabled(boolean value) {
      return set("InputEnabled", Value.of(value));
    }

    /** Sets {@code InputEnabled} to this value; see {@link #inputEnabled(boolean)}. */
    public WordConfig inputEnabled(Value<Boolean> value) {
      return set("InputEnabled", value);
    }

    /**
     * Specifies the action to take when harmful content is detected in the output. Supported values
     * include:
     *
     * <ul> <li><code>BLOCK</code> – Block the content and replace it with blocked messaging.
     * <li><code>NONE</code> – Take no action but return detection information in the trace
     * response. </ul>
     *
     * <p>Allowed values: {@code BLOCK}, {@code NONE}. CloudFormation property {@code OutputAction}.
     */
    public WordConfig outputAction(String value) {
      return set("OutputAction", Value.of(value));
    }

    /** Sets {@code OutputAction} to this value; see {@link #outputAction(String)}. */
    public WordConfig outputAction(Value<String> value) {
      return set("OutputAction", value);
    }

    /**
     * Specifies whether to enable guardrail evaluation on the output. When disabled, you aren't
     * charged for the evaluation. The evaluation doesn't appear in the response.
     *
     * <p>CloudFormation property {@code OutputEnabled}.
     */
    public WordConfig outputEnabled(boolean value) {
      return set("OutputEnabled", Value.of(value));
    }

    /** Sets {@code OutputEnabled} to this value; see {@link #outputEnabled(boolean)}. */
    public WordConfig outputEnabled(Value<Boolean> value) {
      return set("OutputEnabled", value);
    }

    /**
     * Text of the word configured for the guardrail to block.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Text}.
     */
    public WordConfig text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public WordConfig text(Value<String> value) {
      return set("Text", value);
    }
  }

  /**
   * Contains details about the word policy to configured for the guardrail.
   *
   * <p>Property type {@code AWS::Bedrock::Guardrail.WordPolicyConfig}.
   */
  public static final class WordPolicyConfig extends Struct<WordPolicyConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Guardrail.WordPolicyConfig");

    public WordPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * A list of managed words to configure for the guardrail.
     *
     * <p>CloudFormation property {@code ManagedWordListsConfig}.
     */
    public WordPolicyConfig managedWordListsConfig(List<ManagedWordsConfig> value) {
      return set("ManagedWordListsConfig", Value.listOf(value));
    }

    /**
     * Sets {@code ManagedWordListsConfig} to this value; see {@link #managedWordListsConfig(List)}.
     */
    public WordPolicyConfig managedWordListsConfig(Value<List<ManagedWordsConfig>> value) {
      return set("ManagedWordListsConfig", value);
    }

    /**
     * Sets {@code ManagedWordListsConfig} to a list of these; see {@link
     * #managedWordListsConfig(List)}.
     */
    public WordPolicyConfig managedWordListsConfig(ManagedWordsConfig... values) {
      return set("ManagedWordListsConfig", Value.list(values));
    }

    /**
     * A list of words to configure for the guardrail.
     *
     * <p>CloudFormation property {@code WordsConfig}.
     */
    public WordPolicyConfig wordsConfig(List<WordConfig> value) {
      return set("WordsConfig", Value.listOf(value));
    }

    /** Sets {@code WordsConfig} to this value; see {@link #wordsConfig(List)}. */
    public WordPolicyConfig wordsConfig(Value<List<WordConfig>> value) {
      return set("WordsConfig", value);
    }

    /** Sets {@code WordsConfig} to a list of these; see {@link #wordsConfig(List)}. */
    public WordPolicyConfig wordsConfig(WordConfig... values) {
      return set("WordsConfig", Value.list(values));
    }
  }
}
