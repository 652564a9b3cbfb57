// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Asset;
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
 * Creates a prompt in your prompt library that you can add to a flow. For more information, see <a
 * href="https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-management.html">Prompt
 * management in Amazon Bedrock</a> , <a
 * href="https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-management-create.html">Create
 * a prompt using Prompt management</a> and <a
 * href="https://docs.aws.amazon.com/bedrock/latest/userguide/flows.html">Prompt flows in Amazon
 * Bedrock</a> in the Amazon Bedrock User Guide.
 *
 * <p>CloudFormation type {@code AWS::Bedrock::Prompt}.
 */
public final class Prompt extends Resource<Prompt> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Prompt")
      .required("Name")
      .constrain("CustomerEncryptionKeyArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$").minLength(1).maxLength(2048))
      .constrain("DefaultVariant", Constraint.of().pattern("^([0-9a-zA-Z][_-]?){1,100}$"))
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?){1,100}$"))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Id", "UpdatedAt", "Version")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Prompt(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the KMS key that the prompt is encrypted with.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$}. CloudFormation
   * property {@code CustomerEncryptionKeyArn}.
   */
  public Prompt customerEncryptionKeyArn(String value) {
    return set("CustomerEncryptionKeyArn", Value.of(value));
  }

  /**
   * Sets {@code CustomerEncryptionKeyArn} to this value; see {@link
   * #customerEncryptionKeyArn(String)}.
   */
  public Prompt customerEncryptionKeyArn(Value<String> value) {
    return set("CustomerEncryptionKeyArn", value);
  }

  /**
   * The name of the default variant for the prompt. This value must match the <code>name</code>
   * field in the relevant <a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_PromptVariant.html">PromptVariant</a>
   * object.
   *
   * <p>Pattern: {@code ^([0-9a-zA-Z][_-]?){1,100}$}. CloudFormation property {@code
   * DefaultVariant}.
   */
  public Prompt defaultVariant(String value) {
    return set("DefaultVariant", Value.of(value));
  }

  /** Sets {@code DefaultVariant} to this value; see {@link #defaultVariant(String)}. */
  public Prompt defaultVariant(Value<String> value) {
    return set("DefaultVariant", value);
  }

  /**
   * The description of the prompt.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
   */
  public Prompt description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Prompt description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the prompt.
   *
   * <p>Required. Pattern: {@code ^([0-9a-zA-Z][_-]?){1,100}$}. CloudFormation property {@code
   * Name}.
   */
  public Prompt name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Prompt name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Metadata that you can assign to a resource as key-value pairs. For more information, see the
   * following resources:
   *
   * <ul> <li><a
   * href="https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html#tag-conventions">Tag
   * naming limits and requirements</a> <li><a
   * href="https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html#tag-best-practices">Tagging
   * best practices</a> </ul>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Prompt tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Prompt tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Prompt tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * A list of objects, each containing details about a variant of the prompt.
   *
   * <p>CloudFormation property {@code Variants}.
   */
  public Prompt variants(List<PromptVariant> value) {
    return set("Variants", Value.listOf(value));
  }

  /** Sets {@code Variants} to this value; see {@link #variants(List)}. */
  public Prompt variants(Value<List<PromptVariant>> value) {
    return set("Variants", value);
  }

  /** Sets {@code Variants} to a list of these; see {@link #variants(List)}. */
  public Prompt variants(PromptVariant... values) {
    return set("Variants", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the prompt or the prompt version (if you specified a version
   * in the request).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time at which the prompt was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The unique identifier of the prompt.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The time at which the prompt was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The version of the prompt that this summary applies to.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<String> version() {
    return getAtt("Version");
  }

  /**
   * Defines a section of content to be cached for reuse in subsequent API calls.
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.CachePointBlock}.
   */
  public static final class CachePointBlock extends Struct<CachePointBlock> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Prompt.CachePointBlock")
        .required("Type")
        .allowed("Type", "default")
        .build();

    public CachePointBlock() {
      super(SCHEMA);
    }

    /**
     * Specifies the type of cache point within the CachePointBlock.
     *
     * <p>Required. Allowed values: {@code default}. CloudFormation property {@code Type}.
     */
    public CachePointBlock type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public CachePointBlock type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Contains configurations to use a prompt in a conversational format. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-management-create.html">Create
   * a prompt using Prompt management</a> .
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.ChatPromptTemplateConfiguration}.
   */
  public static final class ChatPromptTemplateConfiguration extends Struct<ChatPromptTemplateConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Prompt.ChatPromptTemplateConfiguration")
        .required("Messages")
        .build();

    public ChatPromptTemplateConfiguration() {
      super(SCHEMA);
    }

    /**
     * An array of the variables in the prompt template.
     *
     * <p>CloudFormation property {@code InputVariables}.
     */
    public ChatPromptTemplateConfiguration inputVariables(List<PromptInputVariable> value) {
      return set("InputVariables", Value.listOf(value));
    }

    /** Sets {@code InputVariables} to this value; see {@link #inputVariables(List)}. */
    public ChatPromptTemplateConfiguration inputVariables(Value<List<PromptInputVariable>> value) {
      return set("InputVariables", value);
    }

    /** Sets {@code InputVariables} to a list of these; see {@link #inputVariables(List)}. */
    public ChatPromptTemplateConfiguration inputVariables(PromptInputVariable... values) {
      return set("InputVariables", Value.list(values));
    }

    /**
     * Contains messages in the chat for the prompt.
     *
     * <p>Required. CloudFormation property {@code Messages}.
     */
    public ChatPromptTemplateConfiguration messages(List<Message> value) {
      return set("Messages", Value.listOf(value));
    }

    /** Sets {@code Messages} to this value; see {@link #messages(List)}. */
    public ChatPromptTemplateConfiguration messages(Value<List<Message>> value) {
      return set("Messages", value);
    }

    /** Sets {@code Messages} to a list of these; see {@link #messages(List)}. */
    public ChatPromptTemplateConfiguration messages(Message... values) {
      return set("Messages", Value.list(values));
    }

    /**
     * Contains system prompts to provide context to the model or to describe how it should behave.
     *
     * <p>CloudFormation property {@code System}.
     */
    public ChatPromptTemplateConfiguration system(List<SystemContentBlock> value) {
      return set("System", Value.listOf(value));
    }

    /** Sets {@code System} to this value; see {@link #system(List)}. */
    public ChatPromptTemplateConfiguration system(Value<List<SystemContentBlock>> value) {
      return set("System", value);
    }

    /** Sets {@code System} to a list of these; see {@link #system(List)}. */
    public ChatPromptTemplateConfiguration system(SystemContentBlock... values) {
      return set("System", Value.list(values));
    }

    /**
     * Configuration information for the tools that the model can use when generating a response.
     *
     * <p>CloudFormation property {@code ToolConfiguration}.
     */
    public ChatPromptTemplateConfiguration toolConfiguration(Value<ToolConfiguration> value) {
      return set("ToolConfiguration", value);
    }
  }

  /**
   * A block of content for a message that you pass to, or receive from, a model with the <a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html">Converse</a>
   * or <a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html">ConverseStream</a>
   * API operations.
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.ContentBlock}.
   */
  public static final class ContentBlock extends Struct<ContentBlock> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Prompt.ContentBlock");

    public ContentBlock() {
      super(SCHEMA);
    }

    /**
     * CachePoint to include in the message.
     *
     * <p>CloudFormation property {@code CachePoint}.
     */
    public ContentBlock cachePoint(Value<CachePointBlock> value) {
      return set("CachePoint", value);
    }

    /**
     * Text to include in the message.
     *
     * <p>CloudFormation property {@code Text}.
     */
    public ContentBlock text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public ContentBlock text(Value<String> value) {
      return set("Text", value);
    }
  }

  /**
   * A message input, or returned from, a call to <a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html">Converse</a>
   * or <a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html">ConverseStream</a>
   * .
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.Message}.
   */
  public static final class Message extends Struct<Message> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Prompt.Message")
        .required("Content", "Role")
        .allowed("Role", "user", "assistant")
        .build();

    public Message() {
      super(SCHEMA);
    }

    /**
     * The message content. Note the following restrictions:
     *
     * <ul> <li>You can include up to 20 images. Each image's size, height, and width must be no
     * more than 3.75 MB, 8000 px, and 8000 px, respectively. <li>You can include up to five
     * documents. Each document's size must be no more than 4.5 MB. <li>If you include a
     * <code>ContentBlock</code> with a <code>document</code> field in the array, you must also
     * include a <code>ContentBlock</code> with a <code>text</code> field. <li>You can only include
     * images and documents if the <code>role</code> is <code>user</code> . </ul>
     *
     * <p>Required. CloudFormation property {@code Content}.
     */
    public Message content(List<ContentBlock> value) {
      return set("Content", Value.listOf(value));
    }

    /** Sets {@code Content} to this value; see {@link #content(List)}. */
    public Message content(Value<List<ContentBlock>> value) {
      return set("Content", value);
    }

    /** Sets {@code Content} to a list of these; see {@link #content(List)}. */
    public Message content(ContentBlock... values) {
      return set("Content", Value.list(values));
    }

    /**
     * The role that the message plays in the message.
     *
     * <p>Required. Allowed values: {@code user}, {@code assistant}. CloudFormation property {@code
     * Role}.
     */
    public Message role(String value) {
      return set("Role", Value.of(value));
    }

    /** Sets {@code Role} to this value; see {@link #role(String)}. */
    public Message role(Value<String> value) {
      return set("Role", value);
    }
  }

  /**
   * Contains specifications for an Amazon Bedrock agent with which to use the prompt. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-management-create.html">Create
   * a prompt using Prompt management</a> and <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/agents.html">Automate tasks in your
   * application using conversational agents</a> .
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.PromptAgentResource}.
   */
  public static final class PromptAgentResource extends Struct<PromptAgentResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Prompt.PromptAgentResource")
        .required("AgentIdentifier")
        .build();

    public PromptAgentResource() {
      super(SCHEMA);
    }

    /**
     * The ARN of the agent with which to use the prompt.
     *
     * <p>Required. CloudFormation property {@code AgentIdentifier}.
     */
    public PromptAgentResource agentIdentifier(String value) {
      return set("AgentIdentifier", Value.of(value));
    }

    /** Sets {@code AgentIdentifier} to this value; see {@link #agentIdentifier(String)}. */
    public PromptAgentResource agentIdentifier(Value<String> value) {
      return set("AgentIdentifier", value);
    }
  }

  /**
   * Contains specifications for a generative AI resource with which to use the prompt. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-management-create.html">Create
   * a prompt using Prompt management</a> .
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.PromptGenAiResource}.
   */
  public static final class PromptGenAiResource extends Struct<PromptGenAiResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Prompt.PromptGenAiResource")
        .required("Agent")
        .build();

    public PromptGenAiResource() {
      super(SCHEMA);
    }

    /**
     * Specifies an Amazon Bedrock agent with which to use the prompt.
     *
     * <p>Required. CloudFormation property {@code Agent}.
     */
    public PromptGenAiResource agent(Value<PromptAgentResource> value) {
      return set("Agent", value);
    }
  }

  /**
   * Contains inference configurations for the prompt.
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.PromptInferenceConfiguration}.
   */
  public static final class PromptInferenceConfiguration extends Struct<PromptInferenceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Prompt.PromptInferenceConfiguration")
        .required("Text")
        .build();

    public PromptInferenceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains inference configurations for a text prompt.
     *
     * <p>Required. CloudFormation property {@code Text}.
     */
    public PromptInferenceConfiguration text(Value<PromptModelInferenceConfiguration> value) {
      return set("Text", value);
    }
  }

  /**
   * Contains information about a variable in the prompt.
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.PromptInputVariable}.
   */
  public static final class PromptInputVariable extends Struct<PromptInputVariable> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Prompt.PromptInputVariable");

    public PromptInputVariable() {
      super(SCHEMA);
    }

    /**
     * The name of the variable.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public PromptInputVariable name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public PromptInputVariable name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Contains a key-value pair that defines a metadata tag and value to attach to a prompt variant.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-management-create.html">Create
   * a prompt using Prompt management</a> .
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.PromptMetadataEntry}.
   */
  public static final class PromptMetadataEntry extends Struct<PromptMetadataEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Prompt.PromptMetadataEntry")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^[a-zA-Z0-9\\s._:/=+@-]*$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().pattern("^[a-zA-Z0-9\\s._:/=+@-]*$").minLength(1).maxLength(1024))
        .build();

    public PromptMetadataEntry() {
      super(SCHEMA);
    }

    /**
     * The key of a metadata tag for a prompt variant.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9&#92;s._:/=+&#64;-]*$}.
     * CloudFormation property {@code Key}.
     */
    public PromptMetadataEntry key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public PromptMetadataEntry key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of a metadata tag for a prompt variant.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code ^[a-zA-Z0-9&#92;s._:/=+&#64;-]*$}.
     * CloudFormation property {@code Value}.
     */
    public PromptMetadataEntry value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public PromptMetadataEntry value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Contains inference configurations related to model inference for a prompt. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/inference-parameters.html">Inference
   * parameters</a> .
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.PromptModelInferenceConfiguration}.
   */
  public static final class PromptModelInferenceConfiguration extends Struct<PromptModelInferenceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Prompt.PromptModelInferenceConfiguration");

    public PromptModelInferenceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum number of tokens to return in the response.
     *
     * <p>CloudFormation property {@code MaxTokens}.
     */
    public PromptModelInferenceConfiguration maxTokens(double value) {
      return set("MaxTokens", Value.of(value));
    }

    /** Sets {@code MaxTokens} to this value; see {@link #maxTokens(double)}. */
    public PromptModelInferenceConfiguration maxTokens(Value<Double> value) {
      return set("MaxTokens", value);
    }

    /**
     * A list of strings that define sequences after which the model will stop generating.
     *
     * <p>CloudFormation property {@code StopSequences}.
     */
    public PromptModelInferenceConfiguration stopSequences(List<String> value) {
      return set("StopSequences", Value.listOf(value));
    }

    /** Sets {@code StopSequences} to this value; see {@link #stopSequences(List)}. */
    public PromptModelInferenceConfiguration stopSequences(Value<List<String>> value) {
      return set("StopSequences", value);
    }

    /**
     * Controls the randomness of the response. Choose a lower value for more predictable outputs
     * and a higher value for more surprising outputs.
     *
     * <p>CloudFormation property {@code Temperature}.
     */
    public PromptModelInferenceConfiguration temperature(double value) {
      return set("Temperature", Value.of(value));
    }

    /** Sets {@code Temperature} to this value; see {@link #temperature(double)}. */
    public PromptModelInferenceConfiguration temperature(Value<Double> value) {
      return set("Temperature", value);
    }

    /**
     * The percentage of most-likely candidates that the model considers for the next token.
     *
     * <p>CloudFormation property {@code TopP}.
     */
    public PromptModelInferenceConfiguration topP(double value) {
      return set("TopP", Value.of(value));
    }

    /** Sets {@code TopP} to this value; see {@link #topP(double)}. */
    public PromptModelInferenceConfiguration topP(Value<Double> value) {
      return set("TopP", value);
    }
  }

  /**
   * Contains the message for a prompt. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-management.html">Construct
   * and store reusable prompts with Prompt management in Amazon Bedrock</a> .
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.PromptTemplateConfiguration}.
   */
  public static final class PromptTemplateConfiguration extends Struct<PromptTemplateConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Prompt.PromptTemplateConfiguration");

    public PromptTemplateConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains configurations to use the prompt in a conversational format.
     *
     * <p>CloudFormation property {@code Chat}.
     */
    public PromptTemplateConfiguration chat(Value<ChatPromptTemplateConfiguration> value) {
      return set("Chat", value);
    }

    /**
     * Contains configurations for the text in a message for a prompt.
     *
     * <p>CloudFormation property {@code Text}.
     */
    public PromptTemplateConfiguration text(Value<TextPromptTemplateConfiguration> value) {
      return set("Text", value);
    }
  }

  /**
   * Contains details about a variant of the prompt.
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.PromptVariant}.
   */
  public static final class PromptVariant extends Struct<PromptVariant> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Prompt.PromptVariant")
        .required("Name", "TemplateConfiguration", "TemplateType")
        .constrain("ModelId", Constraint.of().pattern("^(arn:aws(-[^:]{1,12})?:(bedrock|sagemaker):[a-z0-9-]{1,20}:([0-9]{12})?:([a-z-]+/)?)?([a-zA-Z0-9.-]{1,63}){0,2}(([:][a-z0-9-]{1,63}){0,2})?(/[a-z0-9]{1,12})?$").minLength(1).maxLength(2048))
        .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?){1,100}$"))
        .allowed("TemplateType", "TEXT", "CHAT")
        .build();

    public PromptVariant() {
      super(SCHEMA);
    }

    /**
     * Contains model-specific inference configurations that aren't in the
     * <code>inferenceConfiguration</code> field. To see model-specific inference parameters, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html">Inference
     * request parameters and response fields for foundation models</a> .
     *
     * <p>CloudFormation property {@code AdditionalModelRequestFields}.
     */
    public PromptVariant additionalModelRequestFields(Value<Json> value) {
      return set("AdditionalModelRequestFields", value);
    }

    /**
     * Specifies a generative AI resource with which to use the prompt.
     *
     * <p>CloudFormation property {@code GenAiResource}.
     */
    public PromptVariant genAiResource(Value<PromptGenAiResource> value) {
      return set("GenAiResource", value);
    }

    /**
     * Contains inference configurations for the prompt variant.
     *
     * <p>CloudFormation property {@code InferenceConfiguration}.
     */
    public PromptVariant inferenceConfiguration(Value<PromptInferenceConfiguration> value) {
      return set("InferenceConfiguration", value);
    }

    /**
     * An array of objects, each containing a key-value pair that defines a metadata tag and value
     * to attach to a prompt variant.
     *
     * <p>CloudFormation property {@code Metadata}.
     */
    public PromptVariant metadata(List<PromptMetadataEntry> value) {
      return set("Metadata", Value.listOf(value));
    }

    /** Sets {@code Metadata} to this value; see {@link #metadata(List)}. */
    public PromptVariant metadata(Value<List<PromptMetadataEntry>> value) {
      return set("Metadata", value);
    }

    /** Sets {@code Metadata} to a list of these; see {@link #metadata(List)}. */
    public PromptVariant metadata(PromptMetadataEntry... values) {
      return set("Metadata", Value.list(values));
    }

    /**
     * The unique identifier of the model or <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference.html">inference
     * profile</a> with which to run inference on the prompt.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^(arn:aws(-[^:]{1,12})?:(bedrock|sagemaker):[a-z0-9-]{1,20}:([0-9]{12})?:([a-z-]+/)?)?([a-zA-Z0-9.-]{1,63}){0,2}(([:][a-z0-9-]{1,63}){0,2})?(/[a-z0-9]{1,12})?$}.
     * CloudFormation property {@code ModelId}.
     */
    public PromptVariant modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public PromptVariant modelId(Value<String> value) {
      return set("ModelId", value);
    }

    /**
     * The name of the prompt variant.
     *
     * <p>Required. Pattern: {@code ^([0-9a-zA-Z][_-]?){1,100}$}. CloudFormation property {@code
     * Name}.
     */
    public PromptVariant name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public PromptVariant name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Contains configurations for the prompt template.
     *
     * <p>Required. CloudFormation property {@code TemplateConfiguration}.
     */
    public PromptVariant templateConfiguration(Value<PromptTemplateConfiguration> value) {
      return set("TemplateConfiguration", value);
    }

    /**
     * The type of prompt template to use.
     *
     * <p>Required. Allowed values: {@code TEXT}, {@code CHAT}. CloudFormation property {@code
     * TemplateType}.
     */
    public PromptVariant templateType(String value) {
      return set("TemplateType", Value.of(value));
    }

    /** Sets {@code TemplateType} to this value; see {@link #templateType(String)}. */
    public PromptVariant templateType(Value<String> value) {
      return set("TemplateType", value);
    }
  }

  /**
   * The model must request a specific tool. For example, <code>{"tool" : {"name" : "Your tool
   * name"}}</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html">Call a tool with the
   * Converse API</a> in the Amazon Bedrock User Guide
   *
   * <p>This field is only supported by Anthropic Claude 3 models.
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.SpecificToolChoice}.
   */
  public static final class SpecificToolChoice extends Struct<SpecificToolChoice> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Prompt.SpecificToolChoice")
        .required("Name")
        .build();

    public SpecificToolChoice() {
      super(SCHEMA);
    }

    /**
     * The name of the tool that the model must request.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public SpecificToolChoice name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SpecificToolChoice name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Contains configurations for instructions to provide the model for how to handle input. To learn
   * more, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-call.html">Using
   * the Converse API</a> .
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.SystemContentBlock}.
   */
  public static final class SystemContentBlock extends Struct<SystemContentBlock> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Prompt.SystemContentBlock");

    public SystemContentBlock() {
      super(SCHEMA);
    }

    /**
     * CachePoint to include in the system prompt.
     *
     * <p>CloudFormation property {@code CachePoint}.
     */
    public SystemContentBlock cachePoint(Value<CachePointBlock> value) {
      return set("CachePoint", value);
    }

    /**
     * A system prompt for the model.
     *
     * <p>CloudFormation property {@code Text}.
     */
    public SystemContentBlock text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public SystemContentBlock text(Value<String> value) {
      return set("Text", value);
    }
  }

  /**
   * Contains configurations for a text prompt template. To include a variable, enclose a word in
   * double curly braces as in <code>{{variable}}</code> .
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.TextPromptTemplateConfiguration}.
   */
  public static final class TextPromptTemplateConfiguration extends Struct<TextPromptTemplateConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Prompt.TextPromptTemplateConfiguration");

    public TextPromptTemplateConfiguration() {
      super(SCHEMA);
    }

    /**
     * A cache checkpoint within a template configuration.
     *
     * <p>CloudFormation property {@code CachePoint}.
     */
    public TextPromptTemplateConfiguration cachePoint(Value<CachePointBlock> value) {
      return set("CachePoint", value);
    }

    /**
     * An array of the variables in the prompt template.
     *
     * <p>CloudFormation property {@code InputVariables}.
     */
    public TextPromptTemplateConfiguration inputVariables(List<PromptInputVariable> value) {
      return set("InputVariables", Value.listOf(value));
    }

    /** Sets {@code InputVariables} to this value; see {@link #inputVariables(List)}. */
    public TextPromptTemplateConfiguration inputVariables(Value<List<PromptInputVariable>> value) {
      return set("InputVariables", value);
    }

    /** Sets {@code InputVariables} to a list of these; see {@link #inputVariables(List)}. */
    public TextPromptTemplateConfiguration inputVariables(PromptInputVariable... values) {
      return set("InputVariables", Value.list(values));
    }

    /**
     * The message for the prompt.
     *
     * <p>CloudFormation property {@code Text}.
     */
    public TextPromptTemplateConfiguration text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public TextPromptTemplateConfiguration text(Value<String> value) {
      return set("Text", value);
    }

    /**
     * The Amazon S3 location of the prompt text.
     *
     * <p>CloudFormation property {@code TextS3Location}.
     */
    public TextPromptTemplateConfiguration textS3Location(Value<TextS3Location> value) {
      return set("TextS3Location", value);
    }

    /**
     * Sets {@code TextS3Location} to the asset's bucket and key, where the deployer uploads it; see
     * {@link #textS3Location(Value)}.
     */
    public TextPromptTemplateConfiguration textS3Location(Asset asset) {
      return set("TextS3Location", new TextS3Location().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * The Amazon S3 location of the prompt text.
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.TextS3Location}.
   */
  public static final class TextS3Location extends Struct<TextS3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Prompt.TextS3Location")
        .required("Bucket", "Key")
        .build();

    public TextS3Location() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket containing the prompt text.
     *
     * <p>Required. CloudFormation property {@code Bucket}.
     */
    public TextS3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public TextS3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The object key for the Amazon S3 location.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public TextS3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TextS3Location key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The version of the Amazon S3 location to use.
     *
     * <p>CloudFormation property {@code Version}.
     */
    public TextS3Location version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public TextS3Location version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Information about a tool that you can use with the Converse API. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html">Call a tool with the
   * Converse API</a> in the Amazon Bedrock User Guide.
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.Tool}.
   */
  public static final class Tool extends Struct<Tool> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Prompt.Tool");

    public Tool() {
      super(SCHEMA);
    }

    /**
     * CachePoint to include in the tool configuration.
     *
     * <p>CloudFormation property {@code CachePoint}.
     */
    public Tool cachePoint(Value<CachePointBlock> value) {
      return set("CachePoint", value);
    }

    /**
     * The specfication for the tool.
     *
     * <p>CloudFormation property {@code ToolSpec}.
     */
    public Tool toolSpec(Value<ToolSpecification> value) {
      return set("ToolSpec", value);
    }
  }

  /**
   * Determines which tools the model should request in a call to <code>Converse</code> or
   * <code>ConverseStream</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html">Call a tool with the
   * Converse API</a> in the Amazon Bedrock User Guide.
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.ToolChoice}.
   */
  public static final class ToolChoice extends Struct<ToolChoice> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Prompt.ToolChoice");

    public ToolChoice() {
      super(SCHEMA);
    }

    /**
     * The model must request at least one tool (no text is generated).
     *
     * <p>CloudFormation property {@code Any}.
     */
    public ToolChoice any(Value<Json> value) {
      return set("Any", value);
    }

    /**
     * (Default). The Model automatically decides if a tool should be called or whether to generate
     * text instead.
     *
     * <p>CloudFormation property {@code Auto}.
     */
    public ToolChoice auto(Value<Json> value) {
      return set("Auto", value);
    }

    /**
     * The Model must request the specified tool. Only supported by Anthropic Claude 3 and Amazon
     * Nova models.
     *
     * <p>CloudFormation property {@code Tool}.
     */
    public ToolChoice tool(Value<SpecificToolChoice> value) {
      return set("Tool", value);
    }
  }

  /**
   * Configuration information for the tools that you pass to a model. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html">Tool use (function
   * calling)</a> in the Amazon Bedrock User Guide.
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.ToolConfiguration}.
   */
  public static final class ToolConfiguration extends Struct<ToolConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Prompt.ToolConfiguration")
        .required("Tools")
        .build();

    public ToolConfiguration() {
      super(SCHEMA);
    }

    /**
     * If supported by model, forces the model to request a tool.
     *
     * <p>CloudFormation property {@code ToolChoice}.
     */
    public ToolConfiguration toolChoice(Value<ToolChoice> value) {
      return set("ToolChoice", value);
    }

    /**
     * An array of tools that you want to pass to a model.
     *
     * <p>Required. CloudFormation property {@code Tools}.
     */
    public ToolConfiguration tools(List<Tool> value) {
      return set("Tools", Value.listOf(value));
    }

    /** Sets {@code Tools} to this value; see {@link #tools(List)}. */
    public ToolConfiguration tools(Value<List<Tool>> value) {
      return set("Tools", value);
    }

    /** Sets {@code Tools} to a list of these; see {@link #tools(List)}. */
    public ToolConfiguration tools(Tool... values) {
      return set("Tools", Value.list(values));
    }
  }

  /**
   * The schema for the tool. The top level schema type must be <code>object</code> . For more
   * information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html">Call a tool with the
   * Converse API</a> in the Amazon Bedrock User Guide.
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.ToolInputSchema}.
   */
  public static final class ToolInputSchema extends Struct<ToolInputSchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Prompt.ToolInputSchema")
        .required("Json")
        .build();

    public ToolInputSchema() {
      super(SCHEMA);
    }

    /**
     * The JSON schema for the tool. For more information, see <a
     * href="https://docs.aws.amazon.com/https://json-schema.org/understanding-json-schema/reference">JSON
     * Schema Reference</a> .
     *
     * <p>Required. CloudFormation property {@code Json}.
     */
    public ToolInputSchema json(Value<Json> value) {
      return set("Json", value);
    }
  }

  /**
   * The specification for the tool. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html">Call a tool with the
   * Converse API</a> in the Amazon Bedrock User Guide.
   *
   * <p>Property type {@code AWS::Bedrock::Prompt.ToolSpecification}.
   */
  public static final class ToolSpecification extends Struct<ToolSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Prompt.ToolSpecification")
        .required("InputSchema", "Name")
        .build();

    public ToolSpecification() {
      super(SCHEMA);
    }

    /**
     * The description for the tool.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public ToolSpecification description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ToolSpecification description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The input schema for the tool in JSON format.
     *
     * <p>Required. CloudFormation property {@code InputSchema}.
     */
    public ToolSpecification inputSchema(Value<ToolInputSchema> value) {
      return set("InputSchema", value);
    }

    /**
     * The name for the tool.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public ToolSpecification name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ToolSpecification name(Value<String> value) {
      return set("Name", value);
    }
  }
}
