// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::QuickSight::Agent
 *
 * <p>CloudFormation type {@code AWS::QuickSight::Agent}.
 */
public final class Agent extends Resource<Agent> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Agent")
      .required("AgentId", "AwsAccountId", "Name")
      .constrain("AgentId", Constraint.of().pattern("^[0-9a-zA-Z-_.+]+$").minLength(1).maxLength(256))
      .allowed("AgentLifecycle", "PREVIEW", "PUBLISHED")
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .constrain("Description", Constraint.of().pattern("^\\P{C}*$").minLength(0).maxLength(1000))
      .constrain("IconId", Constraint.of().minLength(1).maxLength(200))
      .constrain("Name", Constraint.of().pattern("^(?!\\s*$).+$").minLength(1).maxLength(50))
      .constrain("StarterPrompts", Constraint.of().minLength(0).maxLength(100))
      .constrain("WelcomeMessage", Constraint.of().minLength(0).maxLength(300))
      .attributes("AgentStatus", "Arn", "CreatedAt", "Creator", "CustomPromptInterface",
          "ErrorMessage", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Agent(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of ActionConnector ARNs (max 10) attached to the agent.
   *
   * <p>CloudFormation property {@code ActionConnectors}.
   */
  public Agent actionConnectors(List<String> value) {
    return set("ActionConnectors", Value.listOf(value));
  }

  /** Sets {@code ActionConnectors} to this value; see {@link #actionConnectors(List)}. */
  public Agent actionConnectors(Value<List<String>> value) {
    return set("ActionConnectors", value);
  }

  /**
   * The unique identifier for the agent.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[0-9a-zA-Z-_.+]+$}. CloudFormation property {@code AgentId}.
   */
  public Agent agentId(String value) {
    return set("AgentId", Value.of(value));
  }

  /** Sets {@code AgentId} to this value; see {@link #agentId(String)}. */
  public Agent agentId(Value<String> value) {
    return set("AgentId", value);
  }

  /**
   * The lifecycle stage of the agent. PREVIEW or PUBLISHED.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code PREVIEW}, {@code PUBLISHED}.
   * CloudFormation property {@code AgentLifecycle}.
   */
  public Agent agentLifecycle(String value) {
    return set("AgentLifecycle", Value.of(value));
  }

  /** Sets {@code AgentLifecycle} to this value; see {@link #agentLifecycle(String)}. */
  public Agent agentLifecycle(Value<String> value) {
    return set("AgentLifecycle", value);
  }

  /**
   * The ID of the Amazon Web Services account where the agent is being created.
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code AwsAccountId}.
   */
  public Agent awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public Agent awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * Custom prompt configuration. Specify either ExistingPrompt or NewPrompt.
   *
   * <p>CloudFormation property {@code CustomPromptInput}.
   */
  public Agent customPromptInput(Value<CustomPromptInput> value) {
    return set("CustomPromptInput", value);
  }

  /**
   * A description of the agent.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^&#92;P{C}*$}. CloudFormation property {@code
   * Description}.
   */
  public Agent description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Agent description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The icon identifier for the agent.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code IconId}.
   */
  public Agent iconId(String value) {
    return set("IconId", Value.of(value));
  }

  /** Sets {@code IconId} to this value; see {@link #iconId(String)}. */
  public Agent iconId(Value<String> value) {
    return set("IconId", value);
  }

  /**
   * The display name of the agent.
   *
   * <p>Required. Length: 1 to 50 characters. Pattern: {@code ^(?!&#92;s*$).+$}. CloudFormation
   * property {@code Name}.
   */
  public Agent name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Agent name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of Space ARNs (max 10) attached to the agent.
   *
   * <p>CloudFormation property {@code Spaces}.
   */
  public Agent spaces(List<String> value) {
    return set("Spaces", Value.listOf(value));
  }

  /** Sets {@code Spaces} to this value; see {@link #spaces(List)}. */
  public Agent spaces(Value<List<String>> value) {
    return set("Spaces", value);
  }

  /**
   * A list of up to 3 starter prompts displayed to users.
   *
   * <p>Length: 0 to 100 characters. CloudFormation property {@code StarterPrompts}.
   */
  public Agent starterPrompts(List<String> value) {
    return set("StarterPrompts", Value.listOf(value));
  }

  /** Sets {@code StarterPrompts} to this value; see {@link #starterPrompts(List)}. */
  public Agent starterPrompts(Value<List<String>> value) {
    return set("StarterPrompts", value);
  }

  /**
   * A list of key-value pairs to associate with the agent resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Agent tags(List<AgentTag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Agent tags(Value<List<AgentTag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Agent tags(AgentTag... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Agent tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The welcome message displayed when a user opens the agent.
   *
   * <p>Length: 0 to 300 characters. CloudFormation property {@code WelcomeMessage}.
   */
  public Agent welcomeMessage(String value) {
    return set("WelcomeMessage", Value.of(value));
  }

  /** Sets {@code WelcomeMessage} to this value; see {@link #welcomeMessage(String)}. */
  public Agent welcomeMessage(Value<String> value) {
    return set("WelcomeMessage", value);
  }

  /**
   * The current status of the agent. One of ACTIVE, CREATING, UPDATING, or FAILED.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentStatus}.
   */
  public Value<String> agentStatus() {
    return getAtt("AgentStatus");
  }

  /**
   * The Amazon Resource Name (ARN) of the agent.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time the agent was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ARN of the user who created the agent.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Creator}.
   */
  public Value<String> creator() {
    return getAtt("Creator");
  }

  /**
   * Read-only view of the resolved custom prompt interface for the agent.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CustomPromptInterface}.
   */
  public Value<CustomPromptInterface> customPromptInterface() {
    return getAtt("CustomPromptInterface");
  }

  /**
   * The error message if the agent is in FAILED status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ErrorMessage}.
   */
  public Value<String> errorMessage() {
    return getAtt("ErrorMessage");
  }

  /**
   * The date and time the agent was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * A key-value pair to associate with the agent resource.
   *
   * <p>Property type {@code AWS::QuickSight::Agent.AgentTag}.
   */
  public static final class AgentTag extends Struct<AgentTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Agent.AgentTag")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public AgentTag() {
      super(SCHEMA);
    }

    /**
     * The key name of the tag.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public AgentTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public AgentTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value for the tag.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code Value}.
     */
    public AgentTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public AgentTag value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Custom prompt configuration. Specify either ExistingPrompt or NewPrompt.
   *
   * <p>Property type {@code AWS::QuickSight::Agent.CustomPromptInput}.
   */
  public static final class CustomPromptInput extends Struct<CustomPromptInput> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::Agent.CustomPromptInput");

    public CustomPromptInput() {
      super(SCHEMA);
    }

    /**
     * Reference to an existing custom prompt profile.
     *
     * <p>CloudFormation property {@code ExistingPrompt}.
     */
    public CustomPromptInput existingPrompt(Value<CustomPromptProfile> value) {
      return set("ExistingPrompt", value);
    }

    /**
     * Parameters for creating a new custom prompt configuration.
     *
     * <p>CloudFormation property {@code NewPrompt}.
     */
    public CustomPromptInput newPrompt(Value<CustomPromptInputParameters> value) {
      return set("NewPrompt", value);
    }
  }

  /**
   * Parameters for creating a new custom prompt configuration.
   *
   * <p>Property type {@code AWS::QuickSight::Agent.CustomPromptInputParameters}.
   */
  public static final class CustomPromptInputParameters extends Struct<CustomPromptInputParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Agent.CustomPromptInputParameters")
        .constrain("CustomInstructions", Constraint.of().minLength(5).maxLength(350000))
        .constrain("Identity", Constraint.of().minLength(5).maxLength(350000))
        .constrain("OutputStyle", Constraint.of().minLength(5).maxLength(350000))
        .constrain("ResponseLength", Constraint.of().minLength(5).maxLength(350000))
        .constrain("Tone", Constraint.of().minLength(5).maxLength(350000))
        .build();

    public CustomPromptInputParameters() {
      super(SCHEMA);
    }

    /**
     * Custom instructions for the agent behavior.
     *
     * <p>Length: 5 to 350000 characters. CloudFormation property {@code CustomInstructions}.
     */
    public CustomPromptInputParameters customInstructions(String value) {
      return set("CustomInstructions", Value.of(value));
    }

    /** Sets {@code CustomInstructions} to this value; see {@link #customInstructions(String)}. */
    public CustomPromptInputParameters customInstructions(Value<String> value) {
      return set("CustomInstructions", value);
    }

    /**
     * The identity or persona of the agent.
     *
     * <p>Length: 5 to 350000 characters. CloudFormation property {@code Identity}.
     */
    public CustomPromptInputParameters identity(String value) {
      return set("Identity", Value.of(value));
    }

    /** Sets {@code Identity} to this value; see {@link #identity(String)}. */
    public CustomPromptInputParameters identity(Value<String> value) {
      return set("Identity", value);
    }

    /**
     * The output style for the agent responses.
     *
     * <p>Length: 5 to 350000 characters. CloudFormation property {@code OutputStyle}.
     */
    public CustomPromptInputParameters outputStyle(String value) {
      return set("OutputStyle", Value.of(value));
    }

    /** Sets {@code OutputStyle} to this value; see {@link #outputStyle(String)}. */
    public CustomPromptInputParameters outputStyle(Value<String> value) {
      return set("OutputStyle", value);
    }

    /**
     * The desired response length for the agent.
     *
     * <p>Length: 5 to 350000 characters. CloudFormation property {@code ResponseLength}.
     */
    public CustomPromptInputParameters responseLength(String value) {
      return set("ResponseLength", Value.of(value));
    }

    /** Sets {@code ResponseLength} to this value; see {@link #responseLength(String)}. */
    public CustomPromptInputParameters responseLength(Value<String> value) {
      return set("ResponseLength", value);
    }

    /**
     * The tone used in agent responses.
     *
     * <p>Length: 5 to 350000 characters. CloudFormation property {@code Tone}.
     */
    public CustomPromptInputParameters tone(String value) {
      return set("Tone", Value.of(value));
    }

    /** Sets {@code Tone} to this value; see {@link #tone(String)}. */
    public CustomPromptInputParameters tone(Value<String> value) {
      return set("Tone", value);
    }
  }

  /**
   * Read-only view of the resolved custom prompt interface for the agent.
   *
   * <p>Property type {@code AWS::QuickSight::Agent.CustomPromptInterface}.
   */
  public static final class CustomPromptInterface extends Struct<CustomPromptInterface> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::Agent.CustomPromptInterface");

    public CustomPromptInterface() {
      super(SCHEMA);
    }

    /**
     * Custom instructions for the agent behavior.
     *
     * <p>CloudFormation property {@code CustomInstructions}.
     */
    public CustomPromptInterface customInstructions(String value) {
      return set("CustomInstructions", Value.of(value));
    }

    /** Sets {@code CustomInstructions} to this value; see {@link #customInstructions(String)}. */
    public CustomPromptInterface customInstructions(Value<String> value) {
      return set("CustomInstructions", value);
    }

    /**
     * The identity or persona of the agent.
     *
     * <p>CloudFormation property {@code Identity}.
     */
    public CustomPromptInterface identity(String value) {
      return set("Identity", Value.of(value));
    }

    /** Sets {@code Identity} to this value; see {@link #identity(String)}. */
    public CustomPromptInterface identity(Value<String> value) {
      return set("Identity", value);
    }

    /**
     * The identifier of the model profile.
     *
     * <p>CloudFormation property {@code ModelProfileId}.
     */
    public CustomPromptInterface modelProfileId(String value) {
      return set("ModelProfileId", Value.of(value));
    }

    /** Sets {@code ModelProfileId} to this value; see {@link #modelProfileId(String)}. */
    public CustomPromptInterface modelProfileId(Value<String> value) {
      return set("ModelProfileId", value);
    }

    /**
     * The output style for the agent responses.
     *
     * <p>CloudFormation property {@code OutputStyle}.
     */
    public CustomPromptInterface outputStyle(String value) {
      return set("OutputStyle", Value.of(value));
    }

    /** Sets {@code OutputStyle} to this value; see {@link #outputStyle(String)}. */
    public CustomPromptInterface outputStyle(Value<String> value) {
      return set("OutputStyle", value);
    }

    /**
     * A summary of the resolved prompt.
     *
     * <p>CloudFormation property {@code PromptSummary}.
     */
    public CustomPromptInterface promptSummary(String value) {
      return set("PromptSummary", Value.of(value));
    }

    /** Sets {@code PromptSummary} to this value; see {@link #promptSummary(String)}. */
    public CustomPromptInterface promptSummary(Value<String> value) {
      return set("PromptSummary", value);
    }

    /**
     * The QBS AWS account identifier.
     *
     * <p>CloudFormation property {@code QbsAwsAccountId}.
     */
    public CustomPromptInterface qbsAwsAccountId(String value) {
      return set("QbsAwsAccountId", Value.of(value));
    }

    /** Sets {@code QbsAwsAccountId} to this value; see {@link #qbsAwsAccountId(String)}. */
    public CustomPromptInterface qbsAwsAccountId(Value<String> value) {
      return set("QbsAwsAccountId", value);
    }

    /**
     * The desired response length for the agent.
     *
     * <p>CloudFormation property {@code ResponseLength}.
     */
    public CustomPromptInterface responseLength(String value) {
      return set("ResponseLength", Value.of(value));
    }

    /** Sets {@code ResponseLength} to this value; see {@link #responseLength(String)}. */
    public CustomPromptInterface responseLength(Value<String> value) {
      return set("ResponseLength", value);
    }

    /**
     * The subscription identifier.
     *
     * <p>CloudFormation property {@code SubscriptionId}.
     */
    public CustomPromptInterface subscriptionId(String value) {
      return set("SubscriptionId", Value.of(value));
    }

    /** Sets {@code SubscriptionId} to this value; see {@link #subscriptionId(String)}. */
    public CustomPromptInterface subscriptionId(Value<String> value) {
      return set("SubscriptionId", value);
    }

    /**
     * The tone used in agent responses.
     *
     * <p>CloudFormation property {@code Tone}.
     */
    public CustomPromptInterface tone(String value) {
      return set("Tone", Value.of(value));
    }

    /** Sets {@code Tone} to this value; see {@link #tone(String)}. */
    public CustomPromptInterface tone(Value<String> value) {
      return set("Tone", value);
    }
  }

  /**
   * Reference to an existing custom prompt profile.
   *
   * <p>Property type {@code AWS::QuickSight::Agent.CustomPromptProfile}.
   */
  public static final class CustomPromptProfile extends Struct<CustomPromptProfile> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Agent.CustomPromptProfile")
        .required("ModelProfileId", "QbsAwsAccountId", "SubscriptionId")
        .constrain("ModelProfileId", Constraint.of().maxLength(36))
        .constrain("QbsAwsAccountId", Constraint.of().pattern("^QBS[0-9]{12}$").maxLength(15))
        .constrain("SubscriptionId", Constraint.of().maxLength(32))
        .build();

    public CustomPromptProfile() {
      super(SCHEMA);
    }

    /**
     * The identifier of the model profile.
     *
     * <p>Required. Length: at most 36 characters. CloudFormation property {@code ModelProfileId}.
     */
    public CustomPromptProfile modelProfileId(String value) {
      return set("ModelProfileId", Value.of(value));
    }

    /** Sets {@code ModelProfileId} to this value; see {@link #modelProfileId(String)}. */
    public CustomPromptProfile modelProfileId(Value<String> value) {
      return set("ModelProfileId", value);
    }

    /**
     * The QBS AWS account identifier.
     *
     * <p>Required. Length: at most 15 characters. Pattern: {@code ^QBS[0-9]{12}$}. CloudFormation
     * property {@code QbsAwsAccountId}.
     */
    public CustomPromptProfile qbsAwsAccountId(String value) {
      return set("QbsAwsAccountId", Value.of(value));
    }

    /** Sets {@code QbsAwsAccountId} to this value; see {@link #qbsAwsAccountId(String)}. */
    public CustomPromptProfile qbsAwsAccountId(Value<String> value) {
      return set("QbsAwsAccountId", value);
    }

    /**
     * The subscription identifier.
     *
     * <p>Required. Length: at most 32 characters. CloudFormation property {@code SubscriptionId}.
     */
    public CustomPromptProfile subscriptionId(String value) {
      return set("SubscriptionId", Value.of(value));
    }

    /** Sets {@code SubscriptionId} to this value; see {@link #subscriptionId(String)}. */
    public CustomPromptProfile subscriptionId(Value<String> value) {
      return set("SubscriptionId", value);
    }
  }
}
