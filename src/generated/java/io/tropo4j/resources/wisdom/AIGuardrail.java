// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wisdom;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an Amazon Q in Connect AI Guardrail.
 *
 * <p>CloudFormation type {@code AWS::Wisdom::AIGuardrail}.
 */
public final class AIGuardrail extends Resource<AIGuardrail> {
  private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIGuardrail")
      .required("AssistantId", "BlockedInputMessaging", "BlockedOutputsMessaging")
      .constrain("AssistantId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$|^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}){0,2}$"))
      .constrain("BlockedInputMessaging", Constraint.of().minLength(1).maxLength(500))
      .constrain("BlockedOutputsMessaging", Constraint.of().minLength(1).maxLength(500))
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9\\s_.,-]+").minLength(1).maxLength(255))
      .attributes("AIGuardrailArn", "AIGuardrailId", "AssistantArn", "ModifiedTimeSeconds")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public AIGuardrail(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the Amazon Q in Connect assistant. Can be either the ID or the ARN. URLs
   * cannot contain the ARN.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$|^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}){0,2}$}.
   * CloudFormation property {@code AssistantId}.
   */
  public AIGuardrail assistantId(String value) {
    return set("AssistantId", Value.of(value));
  }

  /** Sets {@code AssistantId} to this value; see {@link #assistantId(String)}. */
  public AIGuardrail assistantId(Value<String> value) {
    return set("AssistantId", value);
  }

  /**
   * The message to return when the AI Guardrail blocks a prompt.
   *
   * <p>Required. Length: 1 to 500 characters. CloudFormation property {@code
   * BlockedInputMessaging}.
   */
  public AIGuardrail blockedInputMessaging(String value) {
    return set("BlockedInputMessaging", Value.of(value));
  }

  /**
   * Sets {@code BlockedInputMessaging} to this value; see {@link #blockedInputMessaging(String)}.
   */
  public AIGuardrail blockedInputMessaging(Value<String> value) {
    return set("BlockedInputMessaging", value);
  }

  /**
   * The message to return when the AI Guardrail blocks a model response.
   *
   * <p>Required. Length: 1 to 500 characters. CloudFormation property {@code
   * BlockedOutputsMessaging}.
   */
  public AIGuardrail blockedOutputsMessaging(String value) {
    return set("BlockedOutputsMessaging", Value.of(value));
  }

  /**
   * Sets {@code BlockedOutputsMessaging} to this value; see {@link
   * #blockedOutputsMessaging(String)}.
   */
  public AIGuardrail blockedOutputsMessaging(Value<String> value) {
    return set("BlockedOutputsMessaging", value);
  }

  /**
   * Contains details about how to handle harmful content.
   *
   * <p>CloudFormation property {@code ContentPolicyConfig}.
   */
  public AIGuardrail contentPolicyConfig(Value<AIGuardrailContentPolicyConfig> value) {
    return set("ContentPolicyConfig", value);
  }

  /**
   * The policy configuration details for the AI Guardrail's contextual grounding policy.
   *
   * <p>CloudFormation property {@code ContextualGroundingPolicyConfig}.
   */
  public AIGuardrail contextualGroundingPolicyConfig(Value<AIGuardrailContextualGroundingPolicyConfig> value) {
    return set("ContextualGroundingPolicyConfig", value);
  }

  /**
   * A description of the AI Guardrail.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
   */
  public AIGuardrail description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AIGuardrail description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the AI Guardrail.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;s_.,-]+}. CloudFormation property {@code Name}.
   */
  public AIGuardrail name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AIGuardrail name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Contains details about PII entities and regular expressions to configure for the AI Guardrail.
   *
   * <p>CloudFormation property {@code SensitiveInformationPolicyConfig}.
   */
  public AIGuardrail sensitiveInformationPolicyConfig(Value<AIGuardrailSensitiveInformationPolicyConfig> value) {
    return set("SensitiveInformationPolicyConfig", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public AIGuardrail tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public AIGuardrail tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public AIGuardrail tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Contains details about topics that the AI Guardrail should identify and deny.
   *
   * <p>CloudFormation property {@code TopicPolicyConfig}.
   */
  public AIGuardrail topicPolicyConfig(Value<AIGuardrailTopicPolicyConfig> value) {
    return set("TopicPolicyConfig", value);
  }

  /**
   * Contains details about the word policy to configured for the AI Guardrail.
   *
   * <p>CloudFormation property {@code WordPolicyConfig}.
   */
  public AIGuardrail wordPolicyConfig(Value<AIGuardrailWordPolicyConfig> value) {
    return set("WordPolicyConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AI Guardrail.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AIGuardrailArn}.
   */
  public Value<String> aiGuardrailArn() {
    return getAtt("AIGuardrailArn");
  }

  /**
   * The identifier of the Amazon Q in Connect AI Guardrail.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AIGuardrailId}.
   */
  public Value<String> aiGuardrailId() {
    return getAtt("AIGuardrailId");
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
   * Content policy config for a guardrail.
   *
   * <p>Property type {@code AWS::Wisdom::AIGuardrail.AIGuardrailContentPolicyConfig}.
   */
  public static final class AIGuardrailContentPolicyConfig extends Struct<AIGuardrailContentPolicyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIGuardrail.AIGuardrailContentPolicyConfig")
        .required("FiltersConfig")
        .build();

    public AIGuardrailContentPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * List of content filter configurations in a content policy.
     *
     * <p>Required. CloudFormation property {@code FiltersConfig}.
     */
    public AIGuardrailContentPolicyConfig filtersConfig(List<GuardrailContentFilterConfig> value) {
      return set("FiltersConfig", Value.listOf(value));
    }

    /** Sets {@code FiltersConfig} to this value; see {@link #filtersConfig(List)}. */
    public AIGuardrailContentPolicyConfig filtersConfig(Value<List<GuardrailContentFilterConfig>> value) {
      return set("FiltersConfig", value);
    }

    /** Sets {@code FiltersConfig} to a list of these; see {@link #filtersConfig(List)}. */
    public AIGuardrailContentPolicyConfig filtersConfig(GuardrailContentFilterConfig... values) {
      return set("FiltersConfig", Value.list(values));
    }
  }

  /**
   * Contextual grounding policy config for a guardrail.
   *
   * <p>Property type {@code AWS::Wisdom::AIGuardrail.AIGuardrailContextualGroundingPolicyConfig}.
   */
  public static final class AIGuardrailContextualGroundingPolicyConfig extends Struct<AIGuardrailContextualGroundingPolicyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIGuardrail.AIGuardrailContextualGroundingPolicyConfig")
        .required("FiltersConfig")
        .build();

    public AIGuardrailContextualGroundingPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * List of contextual grounding filter configs.
     *
     * <p>Required. CloudFormation property {@code FiltersConfig}.
     */
    public AIGuardrailContextualGroundingPolicyConfig filtersConfig(List<GuardrailContextualGroundingFilterConfig> value) {
      return set("FiltersConfig", Value.listOf(value));
    }

    /** Sets {@code FiltersConfig} to this value; see {@link #filtersConfig(List)}. */
    public AIGuardrailContextualGroundingPolicyConfig filtersConfig(Value<List<GuardrailContextualGroundingFilterConfig>> value) {
      return set("FiltersConfig", value);
    }

    /** Sets {@code FiltersConfig} to a list of these; see {@link #filtersConfig(List)}. */
    public AIGuardrailContextualGroundingPolicyConfig filtersConfig(GuardrailContextualGroundingFilterConfig... values) {
      return set("FiltersConfig", Value.list(values));
    }
  }

  /**
   * Sensitive information policy configuration for a guardrail.
   *
   * <p>Property type {@code AWS::Wisdom::AIGuardrail.AIGuardrailSensitiveInformationPolicyConfig}.
   */
  public static final class AIGuardrailSensitiveInformationPolicyConfig extends Struct<AIGuardrailSensitiveInformationPolicyConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIGuardrail.AIGuardrailSensitiveInformationPolicyConfig");

    public AIGuardrailSensitiveInformationPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * List of entities.
     *
     * <p>CloudFormation property {@code PiiEntitiesConfig}.
     */
    public AIGuardrailSensitiveInformationPolicyConfig piiEntitiesConfig(List<GuardrailPiiEntityConfig> value) {
      return set("PiiEntitiesConfig", Value.listOf(value));
    }

    /** Sets {@code PiiEntitiesConfig} to this value; see {@link #piiEntitiesConfig(List)}. */
    public AIGuardrailSensitiveInformationPolicyConfig piiEntitiesConfig(Value<List<GuardrailPiiEntityConfig>> value) {
      return set("PiiEntitiesConfig", value);
    }

    /** Sets {@code PiiEntitiesConfig} to a list of these; see {@link #piiEntitiesConfig(List)}. */
    public AIGuardrailSensitiveInformationPolicyConfig piiEntitiesConfig(GuardrailPiiEntityConfig... values) {
      return set("PiiEntitiesConfig", Value.list(values));
    }

    /**
     * List of regex.
     *
     * <p>CloudFormation property {@code RegexesConfig}.
     */
    public AIGuardrailSensitiveInformationPolicyConfig regexesConfig(List<GuardrailRegexConfig> value) {
      return set("RegexesConfig", Value.listOf(value));
    }

    /** Sets {@code RegexesConfig} to this value; see {@link #regexesConfig(List)}. */
    public AIGuardrailSensitiveInformationPolicyConfig regexesConfig(Value<List<GuardrailRegexConfig>> value) {
      return set("RegexesConfig", value);
    }

    /** Sets {@code RegexesConfig} to a list of these; see {@link #regexesConfig(List)}. */
    public AIGuardrailSensitiveInformationPolicyConfig regexesConfig(GuardrailRegexConfig... values) {
      return set("RegexesConfig", Value.list(values));
    }
  }

  /**
   * Topic policy configuration for a guardrail.
   *
   * <p>Property type {@code AWS::Wisdom::AIGuardrail.AIGuardrailTopicPolicyConfig}.
   */
  public static final class AIGuardrailTopicPolicyConfig extends Struct<AIGuardrailTopicPolicyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIGuardrail.AIGuardrailTopicPolicyConfig")
        .required("TopicsConfig")
        .build();

    public AIGuardrailTopicPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * List of topic configs in topic policy.
     *
     * <p>Required. CloudFormation property {@code TopicsConfig}.
     */
    public AIGuardrailTopicPolicyConfig topicsConfig(List<GuardrailTopicConfig> value) {
      return set("TopicsConfig", Value.listOf(value));
    }

    /** Sets {@code TopicsConfig} to this value; see {@link #topicsConfig(List)}. */
    public AIGuardrailTopicPolicyConfig topicsConfig(Value<List<GuardrailTopicConfig>> value) {
      return set("TopicsConfig", value);
    }

    /** Sets {@code TopicsConfig} to a list of these; see {@link #topicsConfig(List)}. */
    public AIGuardrailTopicPolicyConfig topicsConfig(GuardrailTopicConfig... values) {
      return set("TopicsConfig", Value.list(values));
    }
  }

  /**
   * Word policy config for a guardrail.
   *
   * <p>Property type {@code AWS::Wisdom::AIGuardrail.AIGuardrailWordPolicyConfig}.
   */
  public static final class AIGuardrailWordPolicyConfig extends Struct<AIGuardrailWordPolicyConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIGuardrail.AIGuardrailWordPolicyConfig");

    public AIGuardrailWordPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * A config for the list of managed words.
     *
     * <p>CloudFormation property {@code ManagedWordListsConfig}.
     */
    public AIGuardrailWordPolicyConfig managedWordListsConfig(List<GuardrailManagedWordsConfig> value) {
      return set("ManagedWordListsConfig", Value.listOf(value));
    }

    /**
     * Sets {@code ManagedWordListsConfig} to this value; see {@link #managedWordListsConfig(List)}.
     */
    public AIGuardrailWordPolicyConfig managedWordListsConfig(Value<List<GuardrailManagedWordsConfig>> value) {
      return set("ManagedWordListsConfig", value);
    }

    /**
     * Sets {@code ManagedWordListsConfig} to a list of these; see {@link
     * #managedWordListsConfig(List)}.
     */
    public AIGuardrailWordPolicyConfig managedWordListsConfig(GuardrailManagedWordsConfig... values) {
      return set("ManagedWordListsConfig", Value.list(values));
    }

    /**
     * List of custom word configurations.
     *
     * <p>CloudFormation property {@code WordsConfig}.
     */
    public AIGuardrailWordPolicyConfig wordsConfig(List<GuardrailWordConfig> value) {
      return set("WordsConfig", Value.listOf(value));
    }

    /** Sets {@code WordsConfig} to this value; see {@link #wordsConfig(List)}. */
    public AIGuardrailWordPolicyConfig wordsConfig(Value<List<GuardrailWordConfig>> value) {
      return set("WordsConfig", value);
    }

    /** Sets {@code WordsConfig} to a list of these; see {@link #wordsConfig(List)}. */
    public AIGuardrailWordPolicyConfig wordsConfig(GuardrailWordConfig... values) {
      return set("WordsConfig", Value.list(values));
    }
  }

  /**
   * Content filter configuration in content policy.
   *
   * <p>Property type {@code AWS::Wisdom::AIGuardrail.GuardrailContentFilterConfig}.
   */
  public static final class GuardrailContentFilterConfig extends Struct<GuardrailContentFilterConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIGuardrail.GuardrailContentFilterConfig")
        .required("InputStrength", "OutputStrength", "Type")
        .allowed("InputStrength", "NONE", "LOW", "MEDIUM", "HIGH")
        .allowed("OutputStrength", "NONE", "LOW", "MEDIUM", "HIGH")
        .allowed("Type", "SEXUAL", "VIOLENCE", "HATE", "INSULTS", "MISCONDUCT", "PROMPT_ATTACK")
        .build();

    public GuardrailContentFilterConfig() {
      super(SCHEMA);
    }

    /**
     * The strength of the input for the guardrail content filter.
     *
     * <p>Required. Allowed values: {@code NONE}, {@code LOW}, {@code MEDIUM}, {@code HIGH}.
     * CloudFormation property {@code InputStrength}.
     */
    public GuardrailContentFilterConfig inputStrength(String value) {
      return set("InputStrength", Value.of(value));
    }

    /** Sets {@code InputStrength} to this value; see {@link #inputStrength(String)}. */
    public GuardrailContentFilterConfig inputStrength(Value<String> value) {
      return set("InputStrength", value);
    }

    /**
     * The output strength of the guardrail content filter.
     *
     * <p>Required. Allowed values: {@code NONE}, {@code LOW}, {@code MEDIUM}, {@code HIGH}.
     * CloudFormation property {@code OutputStrength}.
     */
    public GuardrailContentFilterConfig outputStrength(String value) {
      return set("OutputStrength", Value.of(value));
    }

    /** Sets {@code OutputStrength} to this value; see {@link #outputStrength(String)}. */
    public GuardrailContentFilterConfig outputStrength(Value<String> value) {
      return set("OutputStrength", value);
    }

    /**
     * The type of the guardrail content filter.
     *
     * <p>Required. Allowed values: {@code SEXUAL}, {@code VIOLENCE}, {@code HATE}, {@code INSULTS},
     * {@code MISCONDUCT}, {@code PROMPT_ATTACK}. CloudFormation property {@code Type}.
     */
    public GuardrailContentFilterConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public GuardrailContentFilterConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A configuration for grounding filter.
   *
   * <p>Property type {@code AWS::Wisdom::AIGuardrail.GuardrailContextualGroundingFilterConfig}.
   */
  public static final class GuardrailContextualGroundingFilterConfig extends Struct<GuardrailContextualGroundingFilterConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIGuardrail.GuardrailContextualGroundingFilterConfig")
        .required("Threshold", "Type")
        .constrain("Threshold", Constraint.of().minimum(0))
        .allowed("Type", "GROUNDING", "RELEVANCE")
        .build();

    public GuardrailContextualGroundingFilterConfig() {
      super(SCHEMA);
    }

    /**
     * The threshold for this filter.
     *
     * <p>Required. Range: at least 0. Default: {@code 0}. CloudFormation property {@code
     * Threshold}.
     */
    public GuardrailContextualGroundingFilterConfig threshold(double value) {
      return set("Threshold", Value.of(value));
    }

    /** Sets {@code Threshold} to this value; see {@link #threshold(double)}. */
    public GuardrailContextualGroundingFilterConfig threshold(Value<Double> value) {
      return set("Threshold", value);
    }

    /**
     * The type of this filter.
     *
     * <p>Required. Allowed values: {@code GROUNDING}, {@code RELEVANCE}. CloudFormation property
     * {@code Type}.
     */
    public GuardrailContextualGroundingFilterConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public GuardrailContextualGroundingFilterConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A managed words config.
   *
   * <p>Property type {@code AWS::Wisdom::AIGuardrail.GuardrailManagedWordsConfig}.
   */
  public static final class GuardrailManagedWordsConfig extends Struct<GuardrailManagedWordsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIGuardrail.GuardrailManagedWordsConfig")
        .required("Type")
        .allowed("Type", "PROFANITY")
        .build();

    public GuardrailManagedWordsConfig() {
      super(SCHEMA);
    }

    /**
     * The type of guardrail managed words.
     *
     * <p>Required. Allowed values: {@code PROFANITY}. CloudFormation property {@code Type}.
     */
    public GuardrailManagedWordsConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public GuardrailManagedWordsConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * PII entity configuration.
   *
   * <p>Property type {@code AWS::Wisdom::AIGuardrail.GuardrailPiiEntityConfig}.
   */
  public static final class GuardrailPiiEntityConfig extends Struct<GuardrailPiiEntityConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIGuardrail.GuardrailPiiEntityConfig")
        .required("Action", "Type")
        .allowed("Action", "BLOCK", "ANONYMIZE")
        .allowed("Type", "ADDRESS", "AGE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "CA_HEALTH_NUMBER",
            "CA_SOCIAL_INSURANCE_NUMBER", "CREDIT_DEBIT_CARD_CVV", "CREDIT_DEBIT_CARD_EXPIRY",
            "CREDIT_DEBIT_CARD_NUMBER", "DRIVER_ID", "EMAIL", "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
            "IP_ADDRESS", "LICENSE_PLATE", "MAC_ADDRESS", "NAME", "PASSWORD", "PHONE", "PIN",
            "SWIFT_CODE", "UK_NATIONAL_HEALTH_SERVICE_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER",
            "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER", "URL", "USERNAME", "US_BANK_ACCOUNT_NUMBER",
            "US_BANK_ROUTING_NUMBER", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
            "US_PASSPORT_NUMBER", "US_SOCIAL_SECURITY_NUMBER", "VEHICLE_IDENTIFICATION_NUMBER")
        .build();

    public GuardrailPiiEntityConfig() {
      super(SCHEMA);
    }

    /**
     * The action of guardrail PII entity configuration.
     *
     * <p>Required. Allowed values: {@code BLOCK}, {@code ANONYMIZE}. CloudFormation property {@code
     * Action}.
     */
    public GuardrailPiiEntityConfig action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public GuardrailPiiEntityConfig action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * Configure AI Guardrail type when the PII entity is detected.
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
     * "I am 40 years old," Guarrails recognizes "40 years" as an age.
     *
     * <ul> <li><em>NAME</em> </ul>
     *
     * <p>An individual's name. This entity type does not include titles, such as Dr., Mr., Mrs., or
     * Miss. AI Guardrail doesn't apply this entity type to names that are part of organizations or
     * addresses. For example, AI Guardrail recognizes the "John Doe Organization" as an
     * organization, and it recognizes "Jane Doe Street" as an address.
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
     * and is often formatted as <em>month/year</em> or <em>MM/YY</em> . AI Guardrail recognizes
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
     * <p>A UK National Health Service Number is a 10-17 digit number, such as <em>485 555 3456</em>
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
     * <ul> <li><em>Regex filter</em> - You can use a regular expressions to define patterns for an
     * AI Guardrail to recognize and act upon such as serial number, booking ID etc.. </ul>
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
    public GuardrailPiiEntityConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public GuardrailPiiEntityConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A regex configuration.
   *
   * <p>Property type {@code AWS::Wisdom::AIGuardrail.GuardrailRegexConfig}.
   */
  public static final class GuardrailRegexConfig extends Struct<GuardrailRegexConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIGuardrail.GuardrailRegexConfig")
        .required("Action", "Name", "Pattern")
        .allowed("Action", "BLOCK", "ANONYMIZE")
        .constrain("Description", Constraint.of().minLength(1).maxLength(1000))
        .constrain("Name", Constraint.of().minLength(1).maxLength(100))
        .constrain("Pattern", Constraint.of().minLength(1))
        .build();

    public GuardrailRegexConfig() {
      super(SCHEMA);
    }

    /**
     * The action of the guardrail regex configuration.
     *
     * <p>Required. Allowed values: {@code BLOCK}, {@code ANONYMIZE}. CloudFormation property {@code
     * Action}.
     */
    public GuardrailRegexConfig action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public GuardrailRegexConfig action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The regex description.
     *
     * <p>Length: 1 to 1000 characters. CloudFormation property {@code Description}.
     */
    public GuardrailRegexConfig description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public GuardrailRegexConfig description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * A regex configuration.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code Name}.
     */
    public GuardrailRegexConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public GuardrailRegexConfig name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The regex pattern.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Pattern}.
     */
    public GuardrailRegexConfig pattern(String value) {
      return set("Pattern", Value.of(value));
    }

    /** Sets {@code Pattern} to this value; see {@link #pattern(String)}. */
    public GuardrailRegexConfig pattern(Value<String> value) {
      return set("Pattern", value);
    }
  }

  /**
   * Topic configuration in topic policy.
   *
   * <p>Property type {@code AWS::Wisdom::AIGuardrail.GuardrailTopicConfig}.
   */
  public static final class GuardrailTopicConfig extends Struct<GuardrailTopicConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIGuardrail.GuardrailTopicConfig")
        .required("Definition", "Name", "Type")
        .constrain("Definition", Constraint.of().minLength(1).maxLength(200))
        .constrain("Examples", Constraint.of().minLength(1).maxLength(100))
        .constrain("Name", Constraint.of().pattern("^[0-9a-zA-Z-_ !?.]+$").minLength(1).maxLength(100))
        .allowed("Type", "DENY")
        .build();

    public GuardrailTopicConfig() {
      super(SCHEMA);
    }

    /**
     * Definition of topic in topic policy.
     *
     * <p>Required. Length: 1 to 200 characters. CloudFormation property {@code Definition}.
     */
    public GuardrailTopicConfig definition(String value) {
      return set("Definition", Value.of(value));
    }

    /** Sets {@code Definition} to this value; see {@link #definition(String)}. */
    public GuardrailTopicConfig definition(Value<String> value) {
      return set("Definition", value);
    }

    /**
     * Text example in topic policy.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code Examples}.
     */
    public GuardrailTopicConfig examples(List<String> value) {
      return set("Examples", Value.listOf(value));
    }

    /** Sets {@code Examples} to this value; see {@link #examples(List)}. */
    public GuardrailTopicConfig examples(Value<List<String>> value) {
      return set("Examples", value);
    }

    /**
     * Name of topic in topic policy.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^[0-9a-zA-Z-_ !?.]+$}.
     * CloudFormation property {@code Name}.
     */
    public GuardrailTopicConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public GuardrailTopicConfig name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Type of topic in a policy.
     *
     * <p>Required. Allowed values: {@code DENY}. CloudFormation property {@code Type}.
     */
    public GuardrailTopicConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public GuardrailTopicConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A custom word config.
   *
   * <p>Property type {@code AWS::Wisdom::AIGuardrail.GuardrailWordConfig}.
   */
  public static final class GuardrailWordConfig extends Struct<GuardrailWordConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIGuardrail.GuardrailWordConfig")
        .required("Text")
        .constrain("Text", Constraint.of().minLength(1))
        .build();

    public GuardrailWordConfig() {
      super(SCHEMA);
    }

    /**
     * The custom word text.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Text}.
     */
    public GuardrailWordConfig text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public GuardrailWordConfig text(Value<String> value) {
      return set("Text", value);
    }
  }
}
