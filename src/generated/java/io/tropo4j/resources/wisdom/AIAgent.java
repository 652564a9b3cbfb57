// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wisdom;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an Amazon Q in Connect AI Agent.
 *
 * <p>CloudFormation type {@code AWS::Wisdom::AIAgent}.
 */
public final class AIAgent extends Resource<AIAgent> {
  private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIAgent")
      .required("AssistantId", "Configuration", "Type")
      .constrain("AssistantId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$|^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}){0,2}$"))
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9\\s_.,-]+").minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9\\s_.,-]+").minLength(1).maxLength(255))
      .allowed("Type", "MANUAL_SEARCH", "ANSWER_RECOMMENDATION", "SELF_SERVICE", "EMAIL_RESPONSE",
          "EMAIL_OVERVIEW", "EMAIL_GENERATIVE_ANSWER", "ORCHESTRATION", "NOTE_TAKING",
          "CASE_SUMMARIZATION")
      .attributes("AIAgentArn", "AIAgentId", "AssistantArn", "ModifiedTimeSeconds")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public AIAgent(String logicalId) {
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
  public AIAgent assistantId(String value) {
    return set("AssistantId", Value.of(value));
  }

  /** Sets {@code AssistantId} to this value; see {@link #assistantId(String)}. */
  public AIAgent assistantId(Value<String> value) {
    return set("AssistantId", value);
  }

  /**
   * Configuration for the AI Agent.
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public AIAgent configuration(Value<AIAgentConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * The description of the AI Agent.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9&#92;s_.,-]+}. CloudFormation
   * property {@code Description}.
   */
  public AIAgent description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AIAgent description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the AI Agent.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;s_.,-]+}. CloudFormation property {@code Name}.
   */
  public AIAgent name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AIAgent name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public AIAgent tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public AIAgent tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public AIAgent tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The type of the AI Agent.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code MANUAL_SEARCH}, {@code
   * ANSWER_RECOMMENDATION}, {@code SELF_SERVICE}, {@code EMAIL_RESPONSE}, {@code EMAIL_OVERVIEW},
   * {@code EMAIL_GENERATIVE_ANSWER}, {@code ORCHESTRATION}, {@code NOTE_TAKING}, {@code
   * CASE_SUMMARIZATION}. CloudFormation property {@code Type}.
   */
  public AIAgent typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public AIAgent typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AI agent.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AIAgentArn}.
   */
  public Value<String> aiAgentArn() {
    return getAtt("AIAgentArn");
  }

  /**
   * The identifier of the AI Agent.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AIAgentId}.
   */
  public Value<String> aiAgentId() {
    return getAtt("AIAgentId");
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
   * A typed union that specifies the configuration based on the type of AI Agent.
   *
   * <p>Property type {@code AWS::Wisdom::AIAgent.AIAgentConfiguration}.
   */
  public static final class AIAgentConfiguration extends Struct<AIAgentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIAgent.AIAgentConfiguration");

    public AIAgentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration for AI Agents of type <code>ANSWER_RECOMMENDATION</code> .
     *
     * <p>CloudFormation property {@code AnswerRecommendationAIAgentConfiguration}.
     */
    public AIAgentConfiguration answerRecommendationAIAgentConfiguration(Value<AnswerRecommendationAIAgentConfiguration> value) {
      return set("AnswerRecommendationAIAgentConfiguration", value);
    }

    /** CloudFormation property {@code CaseSummarizationAIAgentConfiguration}. */
    public AIAgentConfiguration caseSummarizationAIAgentConfiguration(Value<CaseSummarizationAIAgentConfiguration> value) {
      return set("CaseSummarizationAIAgentConfiguration", value);
    }

    /**
     * Configuration for the EMAIL_GENERATIVE_ANSWER AI agent that provides comprehensive
     * knowledge-based answers for customer queries.
     *
     * <p>CloudFormation property {@code EmailGenerativeAnswerAIAgentConfiguration}.
     */
    public AIAgentConfiguration emailGenerativeAnswerAIAgentConfiguration(Value<EmailGenerativeAnswerAIAgentConfiguration> value) {
      return set("EmailGenerativeAnswerAIAgentConfiguration", value);
    }

    /**
     * Configuration for the EMAIL_OVERVIEW AI agent that generates structured overview of email
     * conversations.
     *
     * <p>CloudFormation property {@code EmailOverviewAIAgentConfiguration}.
     */
    public AIAgentConfiguration emailOverviewAIAgentConfiguration(Value<EmailOverviewAIAgentConfiguration> value) {
      return set("EmailOverviewAIAgentConfiguration", value);
    }

    /**
     * Configuration for the EMAIL_RESPONSE AI agent that generates professional email responses
     * using knowledge base content.
     *
     * <p>CloudFormation property {@code EmailResponseAIAgentConfiguration}.
     */
    public AIAgentConfiguration emailResponseAIAgentConfiguration(Value<EmailResponseAIAgentConfiguration> value) {
      return set("EmailResponseAIAgentConfiguration", value);
    }

    /**
     * The configuration for AI Agents of type <code>MANUAL_SEARCH</code> .
     *
     * <p>CloudFormation property {@code ManualSearchAIAgentConfiguration}.
     */
    public AIAgentConfiguration manualSearchAIAgentConfiguration(Value<ManualSearchAIAgentConfiguration> value) {
      return set("ManualSearchAIAgentConfiguration", value);
    }

    /** CloudFormation property {@code NoteTakingAIAgentConfiguration}. */
    public AIAgentConfiguration noteTakingAIAgentConfiguration(Value<NoteTakingAIAgentConfiguration> value) {
      return set("NoteTakingAIAgentConfiguration", value);
    }

    /** CloudFormation property {@code OrchestrationAIAgentConfiguration}. */
    public AIAgentConfiguration orchestrationAIAgentConfiguration(Value<OrchestrationAIAgentConfiguration> value) {
      return set("OrchestrationAIAgentConfiguration", value);
    }

    /**
     * The self-service AI agent configuration.
     *
     * <p>CloudFormation property {@code SelfServiceAIAgentConfiguration}.
     */
    public AIAgentConfiguration selfServiceAIAgentConfiguration(Value<SelfServiceAIAgentConfiguration> value) {
      return set("SelfServiceAIAgentConfiguration", value);
    }
  }

  /**
   * The configuration for AI Agents of type <code>ANSWER_RECOMMENDATION</code> .
   *
   * <p>Property type {@code AWS::Wisdom::AIAgent.AnswerRecommendationAIAgentConfiguration}.
   */
  public static final class AnswerRecommendationAIAgentConfiguration extends Struct<AnswerRecommendationAIAgentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIAgent.AnswerRecommendationAIAgentConfiguration");

    public AnswerRecommendationAIAgentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ID of the answer generation AI guardrail.
     *
     * <p>CloudFormation property {@code AnswerGenerationAIGuardrailId}.
     */
    public AnswerRecommendationAIAgentConfiguration answerGenerationAIGuardrailId(String value) {
      return set("AnswerGenerationAIGuardrailId", Value.of(value));
    }

    /**
     * Sets {@code AnswerGenerationAIGuardrailId} to this value; see {@link
     * #answerGenerationAIGuardrailId(String)}.
     */
    public AnswerRecommendationAIAgentConfiguration answerGenerationAIGuardrailId(Value<String> value) {
      return set("AnswerGenerationAIGuardrailId", value);
    }

    /**
     * The AI Prompt identifier for the Answer Generation prompt used by the
     * <code>ANSWER_RECOMMENDATION</code> AI Agent.
     *
     * <p>CloudFormation property {@code AnswerGenerationAIPromptId}.
     */
    public AnswerRecommendationAIAgentConfiguration answerGenerationAIPromptId(String value) {
      return set("AnswerGenerationAIPromptId", Value.of(value));
    }

    /**
     * Sets {@code AnswerGenerationAIPromptId} to this value; see {@link
     * #answerGenerationAIPromptId(String)}.
     */
    public AnswerRecommendationAIAgentConfiguration answerGenerationAIPromptId(Value<String> value) {
      return set("AnswerGenerationAIPromptId", value);
    }

    /**
     * The association configurations for overriding behavior on this AI Agent.
     *
     * <p>CloudFormation property {@code AssociationConfigurations}.
     */
    public AnswerRecommendationAIAgentConfiguration associationConfigurations(List<AssociationConfiguration> value) {
      return set("AssociationConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code AssociationConfigurations} to this value; see {@link
     * #associationConfigurations(List)}.
     */
    public AnswerRecommendationAIAgentConfiguration associationConfigurations(Value<List<AssociationConfiguration>> value) {
      return set("AssociationConfigurations", value);
    }

    /**
     * Sets {@code AssociationConfigurations} to a list of these; see {@link
     * #associationConfigurations(List)}.
     */
    public AnswerRecommendationAIAgentConfiguration associationConfigurations(AssociationConfiguration... values) {
      return set("AssociationConfigurations", Value.list(values));
    }

    /**
     * The AI Prompt identifier for the Intent Labeling prompt used by the
     * <code>ANSWER_RECOMMENDATION</code> AI Agent.
     *
     * <p>CloudFormation property {@code IntentLabelingGenerationAIPromptId}.
     */
    public AnswerRecommendationAIAgentConfiguration intentLabelingGenerationAIPromptId(String value) {
      return set("IntentLabelingGenerationAIPromptId", Value.of(value));
    }

    /**
     * Sets {@code IntentLabelingGenerationAIPromptId} to this value; see {@link
     * #intentLabelingGenerationAIPromptId(String)}.
     */
    public AnswerRecommendationAIAgentConfiguration intentLabelingGenerationAIPromptId(Value<String> value) {
      return set("IntentLabelingGenerationAIPromptId", value);
    }

    /**
     * The locale to which specifies the language and region settings that determine the response
     * language for <a
     * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_amazon-q-connect_QueryAssistant.html">QueryAssistant</a>
     * .
     *
     * <p>CloudFormation property {@code Locale}.
     */
    public AnswerRecommendationAIAgentConfiguration locale(String value) {
      return set("Locale", Value.of(value));
    }

    /** Sets {@code Locale} to this value; see {@link #locale(String)}. */
    public AnswerRecommendationAIAgentConfiguration locale(Value<String> value) {
      return set("Locale", value);
    }

    /**
     * The AI Prompt identifier for the Query Reformulation prompt used by the
     * <code>ANSWER_RECOMMENDATION</code> AI Agent.
     *
     * <p>CloudFormation property {@code QueryReformulationAIPromptId}.
     */
    public AnswerRecommendationAIAgentConfiguration queryReformulationAIPromptId(String value) {
      return set("QueryReformulationAIPromptId", Value.of(value));
    }

    /**
     * Sets {@code QueryReformulationAIPromptId} to this value; see {@link
     * #queryReformulationAIPromptId(String)}.
     */
    public AnswerRecommendationAIAgentConfiguration queryReformulationAIPromptId(Value<String> value) {
      return set("QueryReformulationAIPromptId", value);
    }
  }

  /**
   * The configuration for an Amazon Q in Connect Assistant Association.
   *
   * <p>Property type {@code AWS::Wisdom::AIAgent.AssociationConfiguration}.
   */
  public static final class AssociationConfiguration extends Struct<AssociationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIAgent.AssociationConfiguration")
        .allowed("AssociationType", "KNOWLEDGE_BASE")
        .build();

    public AssociationConfiguration() {
      super(SCHEMA);
    }

    /**
     * A typed union of the data of the configuration for an Amazon Q in Connect Assistant
     * Association.
     *
     * <p>CloudFormation property {@code AssociationConfigurationData}.
     */
    public AssociationConfiguration associationConfigurationData(Value<AssociationConfigurationData> value) {
      return set("AssociationConfigurationData", value);
    }

    /**
     * The identifier of the association for this Association Configuration.
     *
     * <p>CloudFormation property {@code AssociationId}.
     */
    public AssociationConfiguration associationId(String value) {
      return set("AssociationId", Value.of(value));
    }

    /** Sets {@code AssociationId} to this value; see {@link #associationId(String)}. */
    public AssociationConfiguration associationId(Value<String> value) {
      return set("AssociationId", value);
    }

    /**
     * The type of the association for this Association Configuration.
     *
     * <p>Allowed values: {@code KNOWLEDGE_BASE}. CloudFormation property {@code AssociationType}.
     */
    public AssociationConfiguration associationType(String value) {
      return set("AssociationType", Value.of(value));
    }

    /** Sets {@code AssociationType} to this value; see {@link #associationType(String)}. */
    public AssociationConfiguration associationType(Value<String> value) {
      return set("AssociationType", value);
    }
  }

  /**
   * A typed union of the data of the configuration for an Amazon Q in Connect Assistant
   * Association.
   *
   * <p>Property type {@code AWS::Wisdom::AIAgent.AssociationConfigurationData}.
   */
  public static final class AssociationConfigurationData extends Struct<AssociationConfigurationData> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIAgent.AssociationConfigurationData")
        .required("KnowledgeBaseAssociationConfigurationData")
        .build();

    public AssociationConfigurationData() {
      super(SCHEMA);
    }

    /**
     * The data of the configuration for a <code>KNOWLEDGE_BASE</code> type Amazon Q in Connect
     * Assistant Association.
     *
     * <p>Required. CloudFormation property {@code KnowledgeBaseAssociationConfigurationData}.
     */
    public AssociationConfigurationData knowledgeBaseAssociationConfigurationData(Value<KnowledgeBaseAssociationConfigurationData> value) {
      return set("KnowledgeBaseAssociationConfigurationData", value);
    }
  }

  /** Property type {@code AWS::Wisdom::AIAgent.CaseSummarizationAIAgentConfiguration}. */
  public static final class CaseSummarizationAIAgentConfiguration extends Struct<CaseSummarizationAIAgentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIAgent.CaseSummarizationAIAgentConfiguration");

    public CaseSummarizationAIAgentConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CaseSummarizationAIGuardrailId}. */
    public CaseSummarizationAIAgentConfiguration caseSummarizationAIGuardrailId(String value) {
      return set("CaseSummarizationAIGuardrailId", Value.of(value));
    }

    /**
     * Sets {@code CaseSummarizationAIGuardrailId} to this value; see {@link
     * #caseSummarizationAIGuardrailId(String)}.
     */
    public CaseSummarizationAIAgentConfiguration caseSummarizationAIGuardrailId(Value<String> value) {
      return set("CaseSummarizationAIGuardrailId", value);
    }

    /** CloudFormation property {@code CaseSummarizationAIPromptId}. */
    public CaseSummarizationAIAgentConfiguration caseSummarizationAIPromptId(String value) {
      return set("CaseSummarizationAIPromptId", Value.of(value));
    }

    /**
     * Sets {@code CaseSummarizationAIPromptId} to this value; see {@link
     * #caseSummarizationAIPromptId(String)}.
     */
    public CaseSummarizationAIAgentConfiguration caseSummarizationAIPromptId(Value<String> value) {
      return set("CaseSummarizationAIPromptId", value);
    }

    /** CloudFormation property {@code Locale}. */
    public CaseSummarizationAIAgentConfiguration locale(String value) {
      return set("Locale", Value.of(value));
    }

    /** Sets {@code Locale} to this value; see {@link #locale(String)}. */
    public CaseSummarizationAIAgentConfiguration locale(Value<String> value) {
      return set("Locale", value);
    }
  }

  /**
   * Configuration settings for the EMAIL_GENERATIVE_ANSWER AI agent including prompts, locale, and
   * knowledge base associations.
   *
   * <p>Property type {@code AWS::Wisdom::AIAgent.EmailGenerativeAnswerAIAgentConfiguration}.
   */
  public static final class EmailGenerativeAnswerAIAgentConfiguration extends Struct<EmailGenerativeAnswerAIAgentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIAgent.EmailGenerativeAnswerAIAgentConfiguration");

    public EmailGenerativeAnswerAIAgentConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for knowledge base associations used by the email generative answer
     * agent.
     *
     * <p>CloudFormation property {@code AssociationConfigurations}.
     */
    public EmailGenerativeAnswerAIAgentConfiguration associationConfigurations(List<AssociationConfiguration> value) {
      return set("AssociationConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code AssociationConfigurations} to this value; see {@link
     * #associationConfigurations(List)}.
     */
    public EmailGenerativeAnswerAIAgentConfiguration associationConfigurations(Value<List<AssociationConfiguration>> value) {
      return set("AssociationConfigurations", value);
    }

    /**
     * Sets {@code AssociationConfigurations} to a list of these; see {@link
     * #associationConfigurations(List)}.
     */
    public EmailGenerativeAnswerAIAgentConfiguration associationConfigurations(AssociationConfiguration... values) {
      return set("AssociationConfigurations", Value.list(values));
    }

    /**
     * The ID of the System AI prompt used for generating comprehensive knowledge-based answers from
     * email queries.
     *
     * <p>CloudFormation property {@code EmailGenerativeAnswerAIPromptId}.
     */
    public EmailGenerativeAnswerAIAgentConfiguration emailGenerativeAnswerAIPromptId(String value) {
      return set("EmailGenerativeAnswerAIPromptId", Value.of(value));
    }

    /**
     * Sets {@code EmailGenerativeAnswerAIPromptId} to this value; see {@link
     * #emailGenerativeAnswerAIPromptId(String)}.
     */
    public EmailGenerativeAnswerAIAgentConfiguration emailGenerativeAnswerAIPromptId(Value<String> value) {
      return set("EmailGenerativeAnswerAIPromptId", value);
    }

    /**
     * The ID of the System AI prompt used for reformulating email queries to optimize knowledge
     * base search results.
     *
     * <p>CloudFormation property {@code EmailQueryReformulationAIPromptId}.
     */
    public EmailGenerativeAnswerAIAgentConfiguration emailQueryReformulationAIPromptId(String value) {
      return set("EmailQueryReformulationAIPromptId", Value.of(value));
    }

    /**
     * Sets {@code EmailQueryReformulationAIPromptId} to this value; see {@link
     * #emailQueryReformulationAIPromptId(String)}.
     */
    public EmailGenerativeAnswerAIAgentConfiguration emailQueryReformulationAIPromptId(Value<String> value) {
      return set("EmailQueryReformulationAIPromptId", value);
    }

    /**
     * The locale setting for language-specific email processing and response generation (for
     * example, en_US, es_ES).
     *
     * <p>CloudFormation property {@code Locale}.
     */
    public EmailGenerativeAnswerAIAgentConfiguration locale(String value) {
      return set("Locale", Value.of(value));
    }

    /** Sets {@code Locale} to this value; see {@link #locale(String)}. */
    public EmailGenerativeAnswerAIAgentConfiguration locale(Value<String> value) {
      return set("Locale", value);
    }
  }

  /**
   * Configuration settings for the EMAIL_OVERVIEW AI agent including prompt ID and locale settings.
   *
   * <p>Property type {@code AWS::Wisdom::AIAgent.EmailOverviewAIAgentConfiguration}.
   */
  public static final class EmailOverviewAIAgentConfiguration extends Struct<EmailOverviewAIAgentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIAgent.EmailOverviewAIAgentConfiguration");

    public EmailOverviewAIAgentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ID of the System AI prompt used for generating structured email conversation summaries.
     *
     * <p>CloudFormation property {@code EmailOverviewAIPromptId}.
     */
    public EmailOverviewAIAgentConfiguration emailOverviewAIPromptId(String value) {
      return set("EmailOverviewAIPromptId", Value.of(value));
    }

    /**
     * Sets {@code EmailOverviewAIPromptId} to this value; see {@link
     * #emailOverviewAIPromptId(String)}.
     */
    public EmailOverviewAIAgentConfiguration emailOverviewAIPromptId(Value<String> value) {
      return set("EmailOverviewAIPromptId", value);
    }

    /**
     * The locale setting for language-specific email overview processing (for example, en_US,
     * es_ES).
     *
     * <p>CloudFormation property {@code Locale}.
     */
    public EmailOverviewAIAgentConfiguration locale(String value) {
      return set("Locale", Value.of(value));
    }

    /** Sets {@code Locale} to this value; see {@link #locale(String)}. */
    public EmailOverviewAIAgentConfiguration locale(Value<String> value) {
      return set("Locale", value);
    }
  }

  /**
   * Configuration settings for the EMAIL_RESPONSE AI agent including prompts, locale, and knowledge
   * base associations.
   *
   * <p>Property type {@code AWS::Wisdom::AIAgent.EmailResponseAIAgentConfiguration}.
   */
  public static final class EmailResponseAIAgentConfiguration extends Struct<EmailResponseAIAgentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIAgent.EmailResponseAIAgentConfiguration");

    public EmailResponseAIAgentConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for knowledge base associations used by the email response agent.
     *
     * <p>CloudFormation property {@code AssociationConfigurations}.
     */
    public EmailResponseAIAgentConfiguration associationConfigurations(List<AssociationConfiguration> value) {
      return set("AssociationConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code AssociationConfigurations} to this value; see {@link
     * #associationConfigurations(List)}.
     */
    public EmailResponseAIAgentConfiguration associationConfigurations(Value<List<AssociationConfiguration>> value) {
      return set("AssociationConfigurations", value);
    }

    /**
     * Sets {@code AssociationConfigurations} to a list of these; see {@link
     * #associationConfigurations(List)}.
     */
    public EmailResponseAIAgentConfiguration associationConfigurations(AssociationConfiguration... values) {
      return set("AssociationConfigurations", Value.list(values));
    }

    /**
     * The ID of the System AI prompt used for reformulating email queries to optimize knowledge
     * base search for response generation.
     *
     * <p>CloudFormation property {@code EmailQueryReformulationAIPromptId}.
     */
    public EmailResponseAIAgentConfiguration emailQueryReformulationAIPromptId(String value) {
      return set("EmailQueryReformulationAIPromptId", Value.of(value));
    }

    /**
     * Sets {@code EmailQueryReformulationAIPromptId} to this value; see {@link
     * #emailQueryReformulationAIPromptId(String)}.
     */
    public EmailResponseAIAgentConfiguration emailQueryReformulationAIPromptId(Value<String> value) {
      return set("EmailQueryReformulationAIPromptId", value);
    }

    /**
     * The ID of the System AI prompt used for generating professional email responses based on
     * knowledge base content.
     *
     * <p>CloudFormation property {@code EmailResponseAIPromptId}.
     */
    public EmailResponseAIAgentConfiguration emailResponseAIPromptId(String value) {
      return set("EmailResponseAIPromptId", Value.of(value));
    }

    /**
     * Sets {@code EmailResponseAIPromptId} to this value; see {@link
     * #emailResponseAIPromptId(String)}.
     */
    public EmailResponseAIAgentConfiguration emailResponseAIPromptId(Value<String> value) {
      return set("EmailResponseAIPromptId", value);
    }

    /**
     * The locale setting for language-specific email response generation (for example, en_US,
     * es_ES).
     *
     * <p>CloudFormation property {@code Locale}.
     */
    public EmailResponseAIAgentConfiguration locale(String value) {
      return set("Locale", Value.of(value));
    }

    /** Sets {@code Locale} to this value; see {@link #locale(String)}. */
    public EmailResponseAIAgentConfiguration locale(Value<String> value) {
      return set("Locale", value);
    }
  }

  /**
   * The data of the configuration for a <code>KNOWLEDGE_BASE</code> type Amazon Q in Connect
   * Assistant Association.
   *
   * <p>Property type {@code AWS::Wisdom::AIAgent.KnowledgeBaseAssociationConfigurationData}.
   */
  public static final class KnowledgeBaseAssociationConfigurationData extends Struct<KnowledgeBaseAssociationConfigurationData> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIAgent.KnowledgeBaseAssociationConfigurationData")
        .allowed("OverrideKnowledgeBaseSearchType", "HYBRID", "SEMANTIC")
        .build();

    public KnowledgeBaseAssociationConfigurationData() {
      super(SCHEMA);
    }

    /**
     * An object that can be used to specify Tag conditions.
     *
     * <p>CloudFormation property {@code ContentTagFilter}.
     */
    public KnowledgeBaseAssociationConfigurationData contentTagFilter(Value<TagFilter> value) {
      return set("ContentTagFilter", value);
    }

    /**
     * The maximum number of results to return per page.
     *
     * <p>CloudFormation property {@code MaxResults}.
     */
    public KnowledgeBaseAssociationConfigurationData maxResults(double value) {
      return set("MaxResults", Value.of(value));
    }

    /** Sets {@code MaxResults} to this value; see {@link #maxResults(double)}. */
    public KnowledgeBaseAssociationConfigurationData maxResults(Value<Double> value) {
      return set("MaxResults", value);
    }

    /**
     * The search type to be used against the Knowledge Base for this request. The values can be
     * <code>SEMANTIC</code> which uses vector embeddings or <code>HYBRID</code> which use vector
     * embeddings and raw text
     *
     * <p>Allowed values: {@code HYBRID}, {@code SEMANTIC}. CloudFormation property {@code
     * OverrideKnowledgeBaseSearchType}.
     */
    public KnowledgeBaseAssociationConfigurationData overrideKnowledgeBaseSearchType(String value) {
      return set("OverrideKnowledgeBaseSearchType", Value.of(value));
    }

    /**
     * Sets {@code OverrideKnowledgeBaseSearchType} to this value; see {@link
     * #overrideKnowledgeBaseSearchType(String)}.
     */
    public KnowledgeBaseAssociationConfigurationData overrideKnowledgeBaseSearchType(Value<String> value) {
      return set("OverrideKnowledgeBaseSearchType", value);
    }
  }

  /**
   * The configuration for AI Agents of type <code>MANUAL_SEARCH</code> .
   *
   * <p>Property type {@code AWS::Wisdom::AIAgent.ManualSearchAIAgentConfiguration}.
   */
  public static final class ManualSearchAIAgentConfiguration extends Struct<ManualSearchAIAgentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIAgent.ManualSearchAIAgentConfiguration");

    public ManualSearchAIAgentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ID of the answer generation AI guardrail.
     *
     * <p>CloudFormation property {@code AnswerGenerationAIGuardrailId}.
     */
    public ManualSearchAIAgentConfiguration answerGenerationAIGuardrailId(String value) {
      return set("AnswerGenerationAIGuardrailId", Value.of(value));
    }

    /**
     * Sets {@code AnswerGenerationAIGuardrailId} to this value; see {@link
     * #answerGenerationAIGuardrailId(String)}.
     */
    public ManualSearchAIAgentConfiguration answerGenerationAIGuardrailId(Value<String> value) {
      return set("AnswerGenerationAIGuardrailId", value);
    }

    /**
     * The AI Prompt identifier for the Answer Generation prompt used by the
     * <code>ANSWER_RECOMMENDATION</code> AI Agent.
     *
     * <p>CloudFormation property {@code AnswerGenerationAIPromptId}.
     */
    public ManualSearchAIAgentConfiguration answerGenerationAIPromptId(String value) {
      return set("AnswerGenerationAIPromptId", Value.of(value));
    }

    /**
     * Sets {@code AnswerGenerationAIPromptId} to this value; see {@link
     * #answerGenerationAIPromptId(String)}.
     */
    public ManualSearchAIAgentConfiguration answerGenerationAIPromptId(Value<String> value) {
      return set("AnswerGenerationAIPromptId", value);
    }

    /**
     * The association configurations for overriding behavior on this AI Agent.
     *
     * <p>CloudFormation property {@code AssociationConfigurations}.
     */
    public ManualSearchAIAgentConfiguration associationConfigurations(List<AssociationConfiguration> value) {
      return set("AssociationConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code AssociationConfigurations} to this value; see {@link
     * #associationConfigurations(List)}.
     */
    public ManualSearchAIAgentConfiguration associationConfigurations(Value<List<AssociationConfiguration>> value) {
      return set("AssociationConfigurations", value);
    }

    /**
     * Sets {@code AssociationConfigurations} to a list of these; see {@link
     * #associationConfigurations(List)}.
     */
    public ManualSearchAIAgentConfiguration associationConfigurations(AssociationConfiguration... values) {
      return set("AssociationConfigurations", Value.list(values));
    }

    /**
     * The locale to which specifies the language and region settings that determine the response
     * language for <a
     * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_amazon-q-connect_QueryAssistant.html">QueryAssistant</a>
     * .
     *
     * <p>CloudFormation property {@code Locale}.
     */
    public ManualSearchAIAgentConfiguration locale(String value) {
      return set("Locale", Value.of(value));
    }

    /** Sets {@code Locale} to this value; see {@link #locale(String)}. */
    public ManualSearchAIAgentConfiguration locale(Value<String> value) {
      return set("Locale", value);
    }
  }

  /** Property type {@code AWS::Wisdom::AIAgent.NoteTakingAIAgentConfiguration}. */
  public static final class NoteTakingAIAgentConfiguration extends Struct<NoteTakingAIAgentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIAgent.NoteTakingAIAgentConfiguration");

    public NoteTakingAIAgentConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Locale}. */
    public NoteTakingAIAgentConfiguration locale(String value) {
      return set("Locale", Value.of(value));
    }

    /** Sets {@code Locale} to this value; see {@link #locale(String)}. */
    public NoteTakingAIAgentConfiguration locale(Value<String> value) {
      return set("Locale", value);
    }

    /** CloudFormation property {@code NoteTakingAIGuardrailId}. */
    public NoteTakingAIAgentConfiguration noteTakingAIGuardrailId(String value) {
      return set("NoteTakingAIGuardrailId", Value.of(value));
    }

    /**
     * Sets {@code NoteTakingAIGuardrailId} to this value; see {@link
     * #noteTakingAIGuardrailId(String)}.
     */
    public NoteTakingAIAgentConfiguration noteTakingAIGuardrailId(Value<String> value) {
      return set("NoteTakingAIGuardrailId", value);
    }

    /** CloudFormation property {@code NoteTakingAIPromptId}. */
    public NoteTakingAIAgentConfiguration noteTakingAIPromptId(String value) {
      return set("NoteTakingAIPromptId", Value.of(value));
    }

    /**
     * Sets {@code NoteTakingAIPromptId} to this value; see {@link #noteTakingAIPromptId(String)}.
     */
    public NoteTakingAIAgentConfiguration noteTakingAIPromptId(Value<String> value) {
      return set("NoteTakingAIPromptId", value);
    }
  }

  /**
   * A list of conditions which would be applied together with an <code>OR</code> condition.
   *
   * <p>Property type {@code AWS::Wisdom::AIAgent.OrCondition}.
   */
  public static final class OrCondition extends Struct<OrCondition> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIAgent.OrCondition");

    public OrCondition() {
      super(SCHEMA);
    }

    /**
     * A list of conditions which would be applied together with an <code>AND</code> condition.
     *
     * <p>CloudFormation property {@code AndConditions}.
     */
    public OrCondition andConditions(List<TagCondition> value) {
      return set("AndConditions", Value.listOf(value));
    }

    /** Sets {@code AndConditions} to this value; see {@link #andConditions(List)}. */
    public OrCondition andConditions(Value<List<TagCondition>> value) {
      return set("AndConditions", value);
    }

    /** Sets {@code AndConditions} to a list of these; see {@link #andConditions(List)}. */
    public OrCondition andConditions(TagCondition... values) {
      return set("AndConditions", Value.list(values));
    }

    /**
     * A leaf node condition which can be used to specify a tag condition.
     *
     * <p>CloudFormation property {@code TagCondition}.
     */
    public OrCondition tagCondition(Value<TagCondition> value) {
      return set("TagCondition", value);
    }
  }

  /** Property type {@code AWS::Wisdom::AIAgent.OrchestrationAIAgentConfiguration}. */
  public static final class OrchestrationAIAgentConfiguration extends Struct<OrchestrationAIAgentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIAgent.OrchestrationAIAgentConfiguration")
        .required("OrchestrationAIPromptId")
        .build();

    public OrchestrationAIAgentConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ConnectInstanceArn}. */
    public OrchestrationAIAgentConfiguration connectInstanceArn(String value) {
      return set("ConnectInstanceArn", Value.of(value));
    }

    /** Sets {@code ConnectInstanceArn} to this value; see {@link #connectInstanceArn(String)}. */
    public OrchestrationAIAgentConfiguration connectInstanceArn(Value<String> value) {
      return set("ConnectInstanceArn", value);
    }

    /** CloudFormation property {@code Locale}. */
    public OrchestrationAIAgentConfiguration locale(String value) {
      return set("Locale", Value.of(value));
    }

    /** Sets {@code Locale} to this value; see {@link #locale(String)}. */
    public OrchestrationAIAgentConfiguration locale(Value<String> value) {
      return set("Locale", value);
    }

    /** CloudFormation property {@code OrchestrationAIGuardrailId}. */
    public OrchestrationAIAgentConfiguration orchestrationAIGuardrailId(String value) {
      return set("OrchestrationAIGuardrailId", Value.of(value));
    }

    /**
     * Sets {@code OrchestrationAIGuardrailId} to this value; see {@link
     * #orchestrationAIGuardrailId(String)}.
     */
    public OrchestrationAIAgentConfiguration orchestrationAIGuardrailId(Value<String> value) {
      return set("OrchestrationAIGuardrailId", value);
    }

    /** Required. CloudFormation property {@code OrchestrationAIPromptId}. */
    public OrchestrationAIAgentConfiguration orchestrationAIPromptId(String value) {
      return set("OrchestrationAIPromptId", Value.of(value));
    }

    /**
     * Sets {@code OrchestrationAIPromptId} to this value; see {@link
     * #orchestrationAIPromptId(String)}.
     */
    public OrchestrationAIAgentConfiguration orchestrationAIPromptId(Value<String> value) {
      return set("OrchestrationAIPromptId", value);
    }

    /** CloudFormation property {@code ToolConfigurations}. */
    public OrchestrationAIAgentConfiguration toolConfigurations(List<ToolConfiguration> value) {
      return set("ToolConfigurations", Value.listOf(value));
    }

    /** Sets {@code ToolConfigurations} to this value; see {@link #toolConfigurations(List)}. */
    public OrchestrationAIAgentConfiguration toolConfigurations(Value<List<ToolConfiguration>> value) {
      return set("ToolConfigurations", value);
    }

    /**
     * Sets {@code ToolConfigurations} to a list of these; see {@link #toolConfigurations(List)}.
     */
    public OrchestrationAIAgentConfiguration toolConfigurations(ToolConfiguration... values) {
      return set("ToolConfigurations", Value.list(values));
    }
  }

  /**
   * The configuration of the self-service AI agent.
   *
   * <p>Property type {@code AWS::Wisdom::AIAgent.SelfServiceAIAgentConfiguration}.
   */
  public static final class SelfServiceAIAgentConfiguration extends Struct<SelfServiceAIAgentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIAgent.SelfServiceAIAgentConfiguration");

    public SelfServiceAIAgentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The association configuration of the self-service AI agent.
     *
     * <p>CloudFormation property {@code AssociationConfigurations}.
     */
    public SelfServiceAIAgentConfiguration associationConfigurations(List<AssociationConfiguration> value) {
      return set("AssociationConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code AssociationConfigurations} to this value; see {@link
     * #associationConfigurations(List)}.
     */
    public SelfServiceAIAgentConfiguration associationConfigurations(Value<List<AssociationConfiguration>> value) {
      return set("AssociationConfigurations", value);
    }

    /**
     * Sets {@code AssociationConfigurations} to a list of these; see {@link
     * #associationConfigurations(List)}.
     */
    public SelfServiceAIAgentConfiguration associationConfigurations(AssociationConfiguration... values) {
      return set("AssociationConfigurations", Value.list(values));
    }

    /**
     * The ID of the self-service AI guardrail.
     *
     * <p>CloudFormation property {@code SelfServiceAIGuardrailId}.
     */
    public SelfServiceAIAgentConfiguration selfServiceAIGuardrailId(String value) {
      return set("SelfServiceAIGuardrailId", Value.of(value));
    }

    /**
     * Sets {@code SelfServiceAIGuardrailId} to this value; see {@link
     * #selfServiceAIGuardrailId(String)}.
     */
    public SelfServiceAIAgentConfiguration selfServiceAIGuardrailId(Value<String> value) {
      return set("SelfServiceAIGuardrailId", value);
    }

    /**
     * The ID of the self-service answer generation AI prompt.
     *
     * <p>CloudFormation property {@code SelfServiceAnswerGenerationAIPromptId}.
     */
    public SelfServiceAIAgentConfiguration selfServiceAnswerGenerationAIPromptId(String value) {
      return set("SelfServiceAnswerGenerationAIPromptId", Value.of(value));
    }

    /**
     * Sets {@code SelfServiceAnswerGenerationAIPromptId} to this value; see {@link
     * #selfServiceAnswerGenerationAIPromptId(String)}.
     */
    public SelfServiceAIAgentConfiguration selfServiceAnswerGenerationAIPromptId(Value<String> value) {
      return set("SelfServiceAnswerGenerationAIPromptId", value);
    }

    /**
     * The ID of the self-service preprocessing AI prompt.
     *
     * <p>CloudFormation property {@code SelfServicePreProcessingAIPromptId}.
     */
    public SelfServiceAIAgentConfiguration selfServicePreProcessingAIPromptId(String value) {
      return set("SelfServicePreProcessingAIPromptId", Value.of(value));
    }

    /**
     * Sets {@code SelfServicePreProcessingAIPromptId} to this value; see {@link
     * #selfServicePreProcessingAIPromptId(String)}.
     */
    public SelfServiceAIAgentConfiguration selfServicePreProcessingAIPromptId(Value<String> value) {
      return set("SelfServicePreProcessingAIPromptId", value);
    }
  }

  /**
   * An object that can be used to specify tag conditions.
   *
   * <p>Property type {@code AWS::Wisdom::AIAgent.TagCondition}.
   */
  public static final class TagCondition extends Struct<TagCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIAgent.TagCondition")
        .required("Key")
        .build();

    public TagCondition() {
      super(SCHEMA);
    }

    /**
     * The tag key in the tag condition.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public TagCondition key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagCondition key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The tag value in the tag condition.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public TagCondition value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagCondition value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * An object that can be used to specify tag conditions.
   *
   * <p>Property type {@code AWS::Wisdom::AIAgent.TagFilter}.
   */
  public static final class TagFilter extends Struct<TagFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIAgent.TagFilter");

    public TagFilter() {
      super(SCHEMA);
    }

    /**
     * A list of conditions which would be applied together with an <code>AND</code> condition.
     *
     * <p>CloudFormation property {@code AndConditions}.
     */
    public TagFilter andConditions(List<TagCondition> value) {
      return set("AndConditions", Value.listOf(value));
    }

    /** Sets {@code AndConditions} to this value; see {@link #andConditions(List)}. */
    public TagFilter andConditions(Value<List<TagCondition>> value) {
      return set("AndConditions", value);
    }

    /** Sets {@code AndConditions} to a list of these; see {@link #andConditions(List)}. */
    public TagFilter andConditions(TagCondition... values) {
      return set("AndConditions", Value.list(values));
    }

    /**
     * A list of conditions which would be applied together with an <code>OR</code> condition.
     *
     * <p>CloudFormation property {@code OrConditions}.
     */
    public TagFilter orConditions(List<OrCondition> value) {
      return set("OrConditions", Value.listOf(value));
    }

    /** Sets {@code OrConditions} to this value; see {@link #orConditions(List)}. */
    public TagFilter orConditions(Value<List<OrCondition>> value) {
      return set("OrConditions", value);
    }

    /** Sets {@code OrConditions} to a list of these; see {@link #orConditions(List)}. */
    public TagFilter orConditions(OrCondition... values) {
      return set("OrConditions", Value.list(values));
    }

    /**
     * A leaf node condition which can be used to specify a tag condition.
     *
     * <p>CloudFormation property {@code TagCondition}.
     */
    public TagFilter tagCondition(Value<TagCondition> value) {
      return set("TagCondition", value);
    }
  }

  /** Property type {@code AWS::Wisdom::AIAgent.ToolConfiguration}. */
  public static final class ToolConfiguration extends Struct<ToolConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIAgent.ToolConfiguration")
        .required("ToolName", "ToolType")
        .allowed("ToolType", "MODEL_CONTEXT_PROTOCOL", "RETURN_TO_CONTROL", "CONSTANT")
        .build();

    public ToolConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Annotations}. */
    public ToolConfiguration annotations(Value<Json> value) {
      return set("Annotations", value);
    }

    /** CloudFormation property {@code Description}. */
    public ToolConfiguration description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ToolConfiguration description(Value<String> value) {
      return set("Description", value);
    }

    /** CloudFormation property {@code InputSchema}. */
    public ToolConfiguration inputSchema(Value<Json> value) {
      return set("InputSchema", value);
    }

    /** CloudFormation property {@code Instruction}. */
    public ToolConfiguration instruction(Value<ToolInstruction> value) {
      return set("Instruction", value);
    }

    /** CloudFormation property {@code OutputFilters}. */
    public ToolConfiguration outputFilters(List<ToolOutputFilter> value) {
      return set("OutputFilters", Value.listOf(value));
    }

    /** Sets {@code OutputFilters} to this value; see {@link #outputFilters(List)}. */
    public ToolConfiguration outputFilters(Value<List<ToolOutputFilter>> value) {
      return set("OutputFilters", value);
    }

    /** Sets {@code OutputFilters} to a list of these; see {@link #outputFilters(List)}. */
    public ToolConfiguration outputFilters(ToolOutputFilter... values) {
      return set("OutputFilters", Value.list(values));
    }

    /** CloudFormation property {@code OutputSchema}. */
    public ToolConfiguration outputSchema(Value<Json> value) {
      return set("OutputSchema", value);
    }

    /** CloudFormation property {@code OverrideInputValues}. */
    public ToolConfiguration overrideInputValues(List<ToolOverrideInputValue> value) {
      return set("OverrideInputValues", Value.listOf(value));
    }

    /** Sets {@code OverrideInputValues} to this value; see {@link #overrideInputValues(List)}. */
    public ToolConfiguration overrideInputValues(Value<List<ToolOverrideInputValue>> value) {
      return set("OverrideInputValues", value);
    }

    /**
     * Sets {@code OverrideInputValues} to a list of these; see {@link #overrideInputValues(List)}.
     */
    public ToolConfiguration overrideInputValues(ToolOverrideInputValue... values) {
      return set("OverrideInputValues", Value.list(values));
    }

    /** CloudFormation property {@code Title}. */
    public ToolConfiguration title(String value) {
      return set("Title", Value.of(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(String)}. */
    public ToolConfiguration title(Value<String> value) {
      return set("Title", value);
    }

    /** CloudFormation property {@code ToolId}. */
    public ToolConfiguration toolId(String value) {
      return set("ToolId", Value.of(value));
    }

    /** Sets {@code ToolId} to this value; see {@link #toolId(String)}. */
    public ToolConfiguration toolId(Value<String> value) {
      return set("ToolId", value);
    }

    /** Required. CloudFormation property {@code ToolName}. */
    public ToolConfiguration toolName(String value) {
      return set("ToolName", Value.of(value));
    }

    /** Sets {@code ToolName} to this value; see {@link #toolName(String)}. */
    public ToolConfiguration toolName(Value<String> value) {
      return set("ToolName", value);
    }

    /**
     * Required. Allowed values: {@code MODEL_CONTEXT_PROTOCOL}, {@code RETURN_TO_CONTROL}, {@code
     * CONSTANT}. CloudFormation property {@code ToolType}.
     */
    public ToolConfiguration toolType(String value) {
      return set("ToolType", Value.of(value));
    }

    /** Sets {@code ToolType} to this value; see {@link #toolType(String)}. */
    public ToolConfiguration toolType(Value<String> value) {
      return set("ToolType", value);
    }

    /** CloudFormation property {@code UserInteractionConfiguration}. */
    public ToolConfiguration userInteractionConfiguration(Value<UserInteractionConfiguration> value) {
      return set("UserInteractionConfiguration", value);
    }
  }

  /** Property type {@code AWS::Wisdom::AIAgent.ToolInstruction}. */
  public static final class ToolInstruction extends Struct<ToolInstruction> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIAgent.ToolInstruction");

    public ToolInstruction() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Examples}. */
    public ToolInstruction examples(List<String> value) {
      return set("Examples", Value.listOf(value));
    }

    /** Sets {@code Examples} to this value; see {@link #examples(List)}. */
    public ToolInstruction examples(Value<List<String>> value) {
      return set("Examples", value);
    }

    /** CloudFormation property {@code Instruction}. */
    public ToolInstruction instruction(String value) {
      return set("Instruction", Value.of(value));
    }

    /** Sets {@code Instruction} to this value; see {@link #instruction(String)}. */
    public ToolInstruction instruction(Value<String> value) {
      return set("Instruction", value);
    }
  }

  /** Property type {@code AWS::Wisdom::AIAgent.ToolOutputConfiguration}. */
  public static final class ToolOutputConfiguration extends Struct<ToolOutputConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIAgent.ToolOutputConfiguration");

    public ToolOutputConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code OutputVariableNameOverride}. */
    public ToolOutputConfiguration outputVariableNameOverride(String value) {
      return set("OutputVariableNameOverride", Value.of(value));
    }

    /**
     * Sets {@code OutputVariableNameOverride} to this value; see {@link
     * #outputVariableNameOverride(String)}.
     */
    public ToolOutputConfiguration outputVariableNameOverride(Value<String> value) {
      return set("OutputVariableNameOverride", value);
    }

    /** CloudFormation property {@code SessionDataNamespace}. */
    public ToolOutputConfiguration sessionDataNamespace(String value) {
      return set("SessionDataNamespace", Value.of(value));
    }

    /**
     * Sets {@code SessionDataNamespace} to this value; see {@link #sessionDataNamespace(String)}.
     */
    public ToolOutputConfiguration sessionDataNamespace(Value<String> value) {
      return set("SessionDataNamespace", value);
    }
  }

  /** Property type {@code AWS::Wisdom::AIAgent.ToolOutputFilter}. */
  public static final class ToolOutputFilter extends Struct<ToolOutputFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIAgent.ToolOutputFilter")
        .required("JsonPath")
        .build();

    public ToolOutputFilter() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code JsonPath}. */
    public ToolOutputFilter jsonPath(String value) {
      return set("JsonPath", Value.of(value));
    }

    /** Sets {@code JsonPath} to this value; see {@link #jsonPath(String)}. */
    public ToolOutputFilter jsonPath(Value<String> value) {
      return set("JsonPath", value);
    }

    /** CloudFormation property {@code OutputConfiguration}. */
    public ToolOutputFilter outputConfiguration(Value<ToolOutputConfiguration> value) {
      return set("OutputConfiguration", value);
    }
  }

  /** Property type {@code AWS::Wisdom::AIAgent.ToolOverrideConstantInputValue}. */
  public static final class ToolOverrideConstantInputValue extends Struct<ToolOverrideConstantInputValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIAgent.ToolOverrideConstantInputValue")
        .required("Type", "Value")
        .allowed("Type", "STRING", "NUMBER", "JSON_STRING")
        .build();

    public ToolOverrideConstantInputValue() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code STRING}, {@code NUMBER}, {@code JSON_STRING}. CloudFormation
     * property {@code Type}.
     */
    public ToolOverrideConstantInputValue type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ToolOverrideConstantInputValue type(Value<String> value) {
      return set("Type", value);
    }

    /** Required. CloudFormation property {@code Value}. */
    public ToolOverrideConstantInputValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ToolOverrideConstantInputValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::Wisdom::AIAgent.ToolOverrideInputValue}. */
  public static final class ToolOverrideInputValue extends Struct<ToolOverrideInputValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIAgent.ToolOverrideInputValue")
        .required("JsonPath", "Value")
        .build();

    public ToolOverrideInputValue() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code JsonPath}. */
    public ToolOverrideInputValue jsonPath(String value) {
      return set("JsonPath", Value.of(value));
    }

    /** Sets {@code JsonPath} to this value; see {@link #jsonPath(String)}. */
    public ToolOverrideInputValue jsonPath(Value<String> value) {
      return set("JsonPath", value);
    }

    /** Required. CloudFormation property {@code Value}. */
    public ToolOverrideInputValue value(Value<ToolOverrideInputValueConfiguration> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::Wisdom::AIAgent.ToolOverrideInputValueConfiguration}. */
  public static final class ToolOverrideInputValueConfiguration extends Struct<ToolOverrideInputValueConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIAgent.ToolOverrideInputValueConfiguration")
        .required("Constant")
        .build();

    public ToolOverrideInputValueConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Constant}. */
    public ToolOverrideInputValueConfiguration constant(Value<ToolOverrideConstantInputValue> value) {
      return set("Constant", value);
    }
  }

  /** Property type {@code AWS::Wisdom::AIAgent.UserInteractionConfiguration}. */
  public static final class UserInteractionConfiguration extends Struct<UserInteractionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AIAgent.UserInteractionConfiguration");

    public UserInteractionConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code IsUserConfirmationRequired}. */
    public UserInteractionConfiguration isUserConfirmationRequired(boolean value) {
      return set("IsUserConfirmationRequired", Value.of(value));
    }

    /**
     * Sets {@code IsUserConfirmationRequired} to this value; see {@link
     * #isUserConfirmationRequired(boolean)}.
     */
    public UserInteractionConfiguration isUserConfirmationRequired(Value<Boolean> value) {
      return set("IsUserConfirmationRequired", value);
    }
  }
}
