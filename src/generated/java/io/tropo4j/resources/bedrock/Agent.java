// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

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
 * Specifies an agent as a resource in a top-level template. Minimally, you must specify the
 * following properties:
 *
 * <ul> <li>AgentName – Specify a name for the agent. <li>AgentResourceRoleArn – Specify the Amazon
 * Resource Name (ARN) of the service role with permissions to invoke API operations on the agent.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/bedrock/latest/userguide/agents-permissions.html">Create a
 * service role for Agents for Amazon Bedrock</a> . <li>FoundationModel – Specify the model ID of a
 * foundation model to use when invoking the agent. For more information, see <a
 * href="https://docs.aws.amazon.com//bedrock/latest/userguide/agents-supported.html">Supported
 * regions and models for Agents for Amazon Bedrock</a> . </ul>
 *
 * <p>For more information about using agents in Amazon Bedrock , see <a
 * href="https://docs.aws.amazon.com/bedrock/latest/userguide/agents.html">Agents for Amazon
 * Bedrock</a> .
 *
 * <p>See the <em>Properties</em> section below for descriptions of both the required and optional
 * properties.
 *
 * <p>CloudFormation type {@code AWS::Bedrock::Agent}.
 */
public final class Agent extends Resource<Agent> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent")
      .required("AgentName")
      .allowed("AgentCollaboration", "DISABLED", "SUPERVISOR", "SUPERVISOR_ROUTER")
      .constrain("AgentName", Constraint.of().pattern("^([0-9a-zA-Z][_-]?){1,100}$"))
      .constrain("AgentResourceRoleArn", Constraint.of().maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("CustomerEncryptionKeyArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$").minLength(1).maxLength(2048))
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .constrain("FoundationModel", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}(([:][a-z0-9-]{1,63}){0,2})?/[a-z0-9]{12})|(:foundation-model/([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}))|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+))|(([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}))|(([0-9a-zA-Z][_-]?)+)$").minLength(1).maxLength(2048))
      .constrain("IdleSessionTTLInSeconds", Constraint.of().minimum(60).maximum(5400))
      .constrain("Instruction", Constraint.of().minLength(40))
      .allowed("OrchestrationType", "DEFAULT", "CUSTOM_ORCHESTRATION")
      .refYields("AgentId")
      .attributes("AgentArn", "AgentId", "AgentStatus", "AgentVersion", "CreatedAt",
          "FailureReasons", "PreparedAt", "RecommendedActions", "UpdatedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Agent(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The action groups that belong to an agent.
   *
   * <p>CloudFormation property {@code ActionGroups}.
   */
  public Agent actionGroups(List<AgentActionGroup> value) {
    return set("ActionGroups", Value.listOf(value));
  }

  /** Sets {@code ActionGroups} to this value; see {@link #actionGroups(List)}. */
  public Agent actionGroups(Value<List<AgentActionGroup>> value) {
    return set("ActionGroups", value);
  }

  /** Sets {@code ActionGroups} to a list of these; see {@link #actionGroups(List)}. */
  public Agent actionGroups(AgentActionGroup... values) {
    return set("ActionGroups", Value.list(values));
  }

  /**
   * The agent's collaboration settings.
   *
   * <p>Allowed values: {@code DISABLED}, {@code SUPERVISOR}, {@code SUPERVISOR_ROUTER}.
   * CloudFormation property {@code AgentCollaboration}.
   */
  public Agent agentCollaboration(String value) {
    return set("AgentCollaboration", Value.of(value));
  }

  /** Sets {@code AgentCollaboration} to this value; see {@link #agentCollaboration(String)}. */
  public Agent agentCollaboration(Value<String> value) {
    return set("AgentCollaboration", value);
  }

  /**
   * List of Agent Collaborators
   *
   * <p>CloudFormation property {@code AgentCollaborators}.
   */
  public Agent agentCollaborators(List<AgentCollaborator> value) {
    return set("AgentCollaborators", Value.listOf(value));
  }

  /** Sets {@code AgentCollaborators} to this value; see {@link #agentCollaborators(List)}. */
  public Agent agentCollaborators(Value<List<AgentCollaborator>> value) {
    return set("AgentCollaborators", value);
  }

  /** Sets {@code AgentCollaborators} to a list of these; see {@link #agentCollaborators(List)}. */
  public Agent agentCollaborators(AgentCollaborator... values) {
    return set("AgentCollaborators", Value.list(values));
  }

  /**
   * The name of the agent.
   *
   * <p>Required. Pattern: {@code ^([0-9a-zA-Z][_-]?){1,100}$}. CloudFormation property {@code
   * AgentName}.
   */
  public Agent agentName(String value) {
    return set("AgentName", Value.of(value));
  }

  /** Sets {@code AgentName} to this value; see {@link #agentName(String)}. */
  public Agent agentName(Value<String> value) {
    return set("AgentName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role with permissions to invoke API operations on the
   * agent.
   *
   * <p>Length: at most 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code AgentResourceRoleArn}.
   */
  public Agent agentResourceRoleArn(String value) {
    return set("AgentResourceRoleArn", Value.of(value));
  }

  /** Sets {@code AgentResourceRoleArn} to this value; see {@link #agentResourceRoleArn(String)}. */
  public Agent agentResourceRoleArn(Value<String> value) {
    return set("AgentResourceRoleArn", value);
  }

  /**
   * Specifies whether to automatically update the <code>DRAFT</code> version of the agent after
   * making changes to the agent. The <code>DRAFT</code> version can be continually iterated upon
   * during internal development. By default, this value is <code>false</code> .
   *
   * <p>Default: {@code false}. CloudFormation property {@code AutoPrepare}.
   */
  public Agent autoPrepare(boolean value) {
    return set("AutoPrepare", Value.of(value));
  }

  /** Sets {@code AutoPrepare} to this value; see {@link #autoPrepare(boolean)}. */
  public Agent autoPrepare(Value<Boolean> value) {
    return set("AutoPrepare", value);
  }

  /**
   * Contains custom orchestration configurations for the agent.
   *
   * <p>CloudFormation property {@code CustomOrchestration}.
   */
  public Agent customOrchestration(Value<CustomOrchestration> value) {
    return set("CustomOrchestration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS key that encrypts the agent.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(-[^:]+)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$}. CloudFormation property
   * {@code CustomerEncryptionKeyArn}.
   */
  public Agent customerEncryptionKeyArn(String value) {
    return set("CustomerEncryptionKeyArn", Value.of(value));
  }

  /**
   * Sets {@code CustomerEncryptionKeyArn} to this value; see {@link
   * #customerEncryptionKeyArn(String)}.
   */
  public Agent customerEncryptionKeyArn(Value<String> value) {
    return set("CustomerEncryptionKeyArn", value);
  }

  /**
   * The description of the agent.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
   */
  public Agent description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Agent description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The foundation model used for orchestration by the agent.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}(([:][a-z0-9-]{1,63}){0,2})?/[a-z0-9]{12})|(:foundation-model/([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}))|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+))|(([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}))|(([0-9a-zA-Z][_-]?)+)$}.
   * CloudFormation property {@code FoundationModel}.
   */
  public Agent foundationModel(String value) {
    return set("FoundationModel", Value.of(value));
  }

  /** Sets {@code FoundationModel} to this value; see {@link #foundationModel(String)}. */
  public Agent foundationModel(Value<String> value) {
    return set("FoundationModel", value);
  }

  /**
   * Details about the guardrail associated with the agent.
   *
   * <p>CloudFormation property {@code GuardrailConfiguration}.
   */
  public Agent guardrailConfiguration(Value<GuardrailConfiguration> value) {
    return set("GuardrailConfiguration", value);
  }

  /**
   * The number of seconds for which Amazon Bedrock keeps information about a user's conversation
   * with the agent.
   *
   * <p>A user interaction remains active for the amount of time specified. If no conversation
   * occurs during this time, the session expires and Amazon Bedrock deletes any data provided
   * before the timeout.
   *
   * <p>Range: 60 to 5400. CloudFormation property {@code IdleSessionTTLInSeconds}.
   */
  public Agent idleSessionTTLInSeconds(double value) {
    return set("IdleSessionTTLInSeconds", Value.of(value));
  }

  /**
   * Sets {@code IdleSessionTTLInSeconds} to this value; see {@link
   * #idleSessionTTLInSeconds(double)}.
   */
  public Agent idleSessionTTLInSeconds(Value<Double> value) {
    return set("IdleSessionTTLInSeconds", value);
  }

  /**
   * Instructions that tell the agent what it should do and how it should interact with users.
   *
   * <p>Length: at least 40 characters. CloudFormation property {@code Instruction}.
   */
  public Agent instruction(String value) {
    return set("Instruction", Value.of(value));
  }

  /** Sets {@code Instruction} to this value; see {@link #instruction(String)}. */
  public Agent instruction(Value<String> value) {
    return set("Instruction", value);
  }

  /**
   * The knowledge bases associated with the agent.
   *
   * <p>CloudFormation property {@code KnowledgeBases}.
   */
  public Agent knowledgeBases(List<AgentKnowledgeBase> value) {
    return set("KnowledgeBases", Value.listOf(value));
  }

  /** Sets {@code KnowledgeBases} to this value; see {@link #knowledgeBases(List)}. */
  public Agent knowledgeBases(Value<List<AgentKnowledgeBase>> value) {
    return set("KnowledgeBases", value);
  }

  /** Sets {@code KnowledgeBases} to a list of these; see {@link #knowledgeBases(List)}. */
  public Agent knowledgeBases(AgentKnowledgeBase... values) {
    return set("KnowledgeBases", Value.list(values));
  }

  /**
   * Contains memory configuration for the agent.
   *
   * <p>CloudFormation property {@code MemoryConfiguration}.
   */
  public Agent memoryConfiguration(Value<MemoryConfiguration> value) {
    return set("MemoryConfiguration", value);
  }

  /**
   * Specifies the orchestration strategy for the agent.
   *
   * <p>Allowed values: {@code DEFAULT}, {@code CUSTOM_ORCHESTRATION}. CloudFormation property
   * {@code OrchestrationType}.
   */
  public Agent orchestrationType(String value) {
    return set("OrchestrationType", Value.of(value));
  }

  /** Sets {@code OrchestrationType} to this value; see {@link #orchestrationType(String)}. */
  public Agent orchestrationType(Value<String> value) {
    return set("OrchestrationType", value);
  }

  /**
   * Contains configurations to override prompt templates in different parts of an agent sequence.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/advanced-prompts.html">Advanced
   * prompts</a> .
   *
   * <p>CloudFormation property {@code PromptOverrideConfiguration}.
   */
  public Agent promptOverrideConfiguration(Value<PromptOverrideConfiguration> value) {
    return set("PromptOverrideConfiguration", value);
  }

  /**
   * Specifies whether to delete the resource even if it's in use. By default, this value is
   * <code>false</code> .
   *
   * <p>Default: {@code false}. CloudFormation property {@code SkipResourceInUseCheckOnDelete}.
   */
  public Agent skipResourceInUseCheckOnDelete(boolean value) {
    return set("SkipResourceInUseCheckOnDelete", Value.of(value));
  }

  /**
   * Sets {@code SkipResourceInUseCheckOnDelete} to this value; see {@link
   * #skipResourceInUseCheckOnDelete(boolean)}.
   */
  public Agent skipResourceInUseCheckOnDelete(Value<Boolean> value) {
    return set("SkipResourceInUseCheckOnDelete", value);
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
  public Agent tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Agent tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Agent tags(Tags tags) {
    return set("Tags", tags.asMap());
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
   * <p>CloudFormation property {@code TestAliasTags}.
   */
  public Agent testAliasTags(Map<String, String> value) {
    return set("TestAliasTags", Value.mapOf(value));
  }

  /** Sets {@code TestAliasTags} to this value; see {@link #testAliasTags(Map)}. */
  public Agent testAliasTags(Value<Map<String, String>> value) {
    return set("TestAliasTags", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the agent.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentArn}.
   */
  public Value<String> agentArn() {
    return getAtt("AgentArn");
  }

  /**
   * The unique identifier of the agent.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentId}.
   */
  public Value<String> agentId() {
    return getAtt("AgentId");
  }

  /**
   * The status of the agent and whether it is ready for use. The following statuses are possible:
   *
   * <ul> <li>CREATING – The agent is being created. <li>PREPARING – The agent is being prepared.
   * <li>PREPARED – The agent is prepared and ready to be invoked. <li>NOT_PREPARED – The agent has
   * been created but not yet prepared. <li>FAILED – The agent API operation failed. <li>UPDATING –
   * The agent is being updated. <li>DELETING – The agent is being deleted. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentStatus}.
   */
  public Value<String> agentStatus() {
    return getAtt("AgentStatus");
  }

  /**
   * The version of the agent.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentVersion}.
   */
  public Value<String> agentVersion() {
    return getAtt("AgentVersion");
  }

  /**
   * The time at which the agent was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Contains reasons that the agent-related API that you invoked failed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureReasons}.
   */
  public Value<List<String>> failureReasons() {
    return getAtt("FailureReasons");
  }

  /**
   * The time at which the agent was last prepared.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PreparedAt}.
   */
  public Value<String> preparedAt() {
    return getAtt("PreparedAt");
  }

  /**
   * Contains recommended actions to take for the agent-related API that you invoked to succeed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RecommendedActions}.
   */
  public Value<List<String>> recommendedActions() {
    return getAtt("RecommendedActions");
  }

  /**
   * The time at which the agent was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Contains details about the OpenAPI schema for the action group. For more information, see <a
   * href="https://docs.aws.amazon.com//bedrock/latest/userguide/agents-api-schema.html">Action
   * group OpenAPI schemas</a> . You can either include the schema directly in the payload field or
   * you can upload it to an S3 bucket and specify the S3 bucket location in the s3 field.
   *
   * <p>Property type {@code AWS::Bedrock::Agent.APISchema}.
   */
  public static final class APISchema extends Struct<APISchema> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Agent.APISchema");

    public APISchema() {
      super(SCHEMA);
    }

    /**
     * The JSON or YAML-formatted payload defining the OpenAPI schema for the action group.
     *
     * <p>CloudFormation property {@code Payload}.
     */
    public APISchema payload(String value) {
      return set("Payload", Value.of(value));
    }

    /** Sets {@code Payload} to this value; see {@link #payload(String)}. */
    public APISchema payload(Value<String> value) {
      return set("Payload", value);
    }

    /**
     * Contains details about the S3 object containing the OpenAPI schema for the action group.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public APISchema s3(Value<S3Identifier> value) {
      return set("S3", value);
    }
  }

  /**
   * Contains details about the Lambda function containing the business logic that is carried out
   * upon invoking the action or the custom control method for handling the information elicited
   * from the user.
   *
   * <p>Property type {@code AWS::Bedrock::Agent.ActionGroupExecutor}.
   */
  public static final class ActionGroupExecutor extends Struct<ActionGroupExecutor> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent.ActionGroupExecutor")
        .allowed("CustomControl", "RETURN_CONTROL")
        .build();

    public ActionGroupExecutor() {
      super(SCHEMA);
    }

    /**
     * To return the action group invocation results directly in the <code>InvokeInlineAgent</code>
     * response, specify <code>RETURN_CONTROL</code> .
     *
     * <p>Allowed values: {@code RETURN_CONTROL}. CloudFormation property {@code CustomControl}.
     */
    public ActionGroupExecutor customControl(String value) {
      return set("CustomControl", Value.of(value));
    }

    /** Sets {@code CustomControl} to this value; see {@link #customControl(String)}. */
    public ActionGroupExecutor customControl(Value<String> value) {
      return set("CustomControl", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Lambda function containing the business logic that is
     * carried out upon invoking the action.
     *
     * <p>CloudFormation property {@code Lambda}.
     */
    public ActionGroupExecutor lambda(String value) {
      return set("Lambda", Value.of(value));
    }

    /** Sets {@code Lambda} to this value; see {@link #lambda(String)}. */
    public ActionGroupExecutor lambda(Value<String> value) {
      return set("Lambda", value);
    }
  }

  /**
   * Contains details of the inline agent's action group.
   *
   * <p>Property type {@code AWS::Bedrock::Agent.AgentActionGroup}.
   */
  public static final class AgentActionGroup extends Struct<AgentActionGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent.AgentActionGroup")
        .required("ActionGroupName")
        .constrain("ActionGroupName", Constraint.of().pattern("^([0-9a-zA-Z][_-]?){1,100}$"))
        .allowed("ActionGroupState", "ENABLED", "DISABLED")
        .constrain("Description", Constraint.of().minLength(1).maxLength(200))
        .allowed("ParentActionGroupSignature", "AMAZON.UserInput", "AMAZON.CodeInterpreter")
        .build();

    public AgentActionGroup() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Lambda function containing the business logic that is
     * carried out upon invoking the action or the custom control method for handling the
     * information elicited from the user.
     *
     * <p>CloudFormation property {@code ActionGroupExecutor}.
     */
    public AgentActionGroup actionGroupExecutor(Value<ActionGroupExecutor> value) {
      return set("ActionGroupExecutor", value);
    }

    /**
     * The name of the action group.
     *
     * <p>Required. Pattern: {@code ^([0-9a-zA-Z][_-]?){1,100}$}. CloudFormation property {@code
     * ActionGroupName}.
     */
    public AgentActionGroup actionGroupName(String value) {
      return set("ActionGroupName", Value.of(value));
    }

    /** Sets {@code ActionGroupName} to this value; see {@link #actionGroupName(String)}. */
    public AgentActionGroup actionGroupName(Value<String> value) {
      return set("ActionGroupName", value);
    }

    /**
     * Specifies whether the action group is available for the agent to invoke or not when sending
     * an <a
     * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_InvokeAgent.html">InvokeAgent</a>
     * request.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * ActionGroupState}.
     */
    public AgentActionGroup actionGroupState(String value) {
      return set("ActionGroupState", Value.of(value));
    }

    /** Sets {@code ActionGroupState} to this value; see {@link #actionGroupState(String)}. */
    public AgentActionGroup actionGroupState(Value<String> value) {
      return set("ActionGroupState", value);
    }

    /**
     * Contains either details about the S3 object containing the OpenAPI schema for the action
     * group or the JSON or YAML-formatted payload defining the schema. For more information, see <a
     * href="https://docs.aws.amazon.com//bedrock/latest/userguide/agents-api-schema.html">Action
     * group OpenAPI schemas</a> .
     *
     * <p>CloudFormation property {@code ApiSchema}.
     */
    public AgentActionGroup apiSchema(Value<APISchema> value) {
      return set("ApiSchema", value);
    }

    /**
     * A description of the action group.
     *
     * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
     */
    public AgentActionGroup description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public AgentActionGroup description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Contains details about the function schema for the action group or the JSON or YAML-formatted
     * payload defining the schema.
     *
     * <p>CloudFormation property {@code FunctionSchema}.
     */
    public AgentActionGroup functionSchema(Value<FunctionSchema> value) {
      return set("FunctionSchema", value);
    }

    /**
     * If this field is set as <code>AMAZON.UserInput</code> , the agent can request the user for
     * additional information when trying to complete a task. The <code>description</code> ,
     * <code>apiSchema</code> , and <code>actionGroupExecutor</code> fields must be blank for this
     * action group.
     *
     * <p>During orchestration, if the agent determines that it needs to invoke an API in an action
     * group, but doesn't have enough information to complete the API request, it will invoke this
     * action group instead and return an <a
     * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_Observation.html">Observation</a>
     * reprompting the user for more information.
     *
     * <p>Allowed values: {@code AMAZON.UserInput}, {@code AMAZON.CodeInterpreter}. CloudFormation
     * property {@code ParentActionGroupSignature}.
     */
    public AgentActionGroup parentActionGroupSignature(String value) {
      return set("ParentActionGroupSignature", Value.of(value));
    }

    /**
     * Sets {@code ParentActionGroupSignature} to this value; see {@link
     * #parentActionGroupSignature(String)}.
     */
    public AgentActionGroup parentActionGroupSignature(Value<String> value) {
      return set("ParentActionGroupSignature", value);
    }

    /**
     * Specifies whether to delete the resource even if it's in use. By default, this value is
     * <code>false</code> .
     *
     * <p>Default: {@code false}. CloudFormation property {@code SkipResourceInUseCheckOnDelete}.
     */
    public AgentActionGroup skipResourceInUseCheckOnDelete(boolean value) {
      return set("SkipResourceInUseCheckOnDelete", Value.of(value));
    }

    /**
     * Sets {@code SkipResourceInUseCheckOnDelete} to this value; see {@link
     * #skipResourceInUseCheckOnDelete(boolean)}.
     */
    public AgentActionGroup skipResourceInUseCheckOnDelete(Value<Boolean> value) {
      return set("SkipResourceInUseCheckOnDelete", value);
    }
  }

  /**
   * An agent collaborator.
   *
   * <p>Property type {@code AWS::Bedrock::Agent.AgentCollaborator}.
   */
  public static final class AgentCollaborator extends Struct<AgentCollaborator> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent.AgentCollaborator")
        .required("AgentDescriptor", "CollaborationInstruction", "CollaboratorName")
        .allowed("RelayConversationHistory", "TO_COLLABORATOR", "DISABLED")
        .build();

    public AgentCollaborator() {
      super(SCHEMA);
    }

    /**
     * The collaborator's agent descriptor.
     *
     * <p>Required. CloudFormation property {@code AgentDescriptor}.
     */
    public AgentCollaborator agentDescriptor(Value<AgentDescriptor> value) {
      return set("AgentDescriptor", value);
    }

    /**
     * The collaborator's instructions.
     *
     * <p>Required. CloudFormation property {@code CollaborationInstruction}.
     */
    public AgentCollaborator collaborationInstruction(String value) {
      return set("CollaborationInstruction", Value.of(value));
    }

    /**
     * Sets {@code CollaborationInstruction} to this value; see {@link
     * #collaborationInstruction(String)}.
     */
    public AgentCollaborator collaborationInstruction(Value<String> value) {
      return set("CollaborationInstruction", value);
    }

    /**
     * The collaborator's collaborator name.
     *
     * <p>Required. CloudFormation property {@code CollaboratorName}.
     */
    public AgentCollaborator collaboratorName(String value) {
      return set("CollaboratorName", Value.of(value));
    }

    /** Sets {@code CollaboratorName} to this value; see {@link #collaboratorName(String)}. */
    public AgentCollaborator collaboratorName(Value<String> value) {
      return set("CollaboratorName", value);
    }

    /**
     * The collaborator's relay conversation history.
     *
     * <p>Allowed values: {@code TO_COLLABORATOR}, {@code DISABLED}. CloudFormation property {@code
     * RelayConversationHistory}.
     */
    public AgentCollaborator relayConversationHistory(String value) {
      return set("RelayConversationHistory", Value.of(value));
    }

    /**
     * Sets {@code RelayConversationHistory} to this value; see {@link
     * #relayConversationHistory(String)}.
     */
    public AgentCollaborator relayConversationHistory(Value<String> value) {
      return set("RelayConversationHistory", value);
    }
  }

  /**
   * An agent descriptor.
   *
   * <p>Property type {@code AWS::Bedrock::Agent.AgentDescriptor}.
   */
  public static final class AgentDescriptor extends Struct<AgentDescriptor> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent.AgentDescriptor")
        .constrain("AliasArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:agent-alias/[0-9a-zA-Z]{10}/[0-9a-zA-Z]{10}$"))
        .build();

    public AgentDescriptor() {
      super(SCHEMA);
    }

    /**
     * The agent's alias ARN.
     *
     * <p>Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:agent-alias/[0-9a-zA-Z]{10}/[0-9a-zA-Z]{10}$}.
     * CloudFormation property {@code AliasArn}.
     */
    public AgentDescriptor aliasArn(String value) {
      return set("AliasArn", Value.of(value));
    }

    /** Sets {@code AliasArn} to this value; see {@link #aliasArn(String)}. */
    public AgentDescriptor aliasArn(Value<String> value) {
      return set("AliasArn", value);
    }
  }

  /**
   * Contains details about a knowledge base that is associated with an agent.
   *
   * <p>Property type {@code AWS::Bedrock::Agent.AgentKnowledgeBase}.
   */
  public static final class AgentKnowledgeBase extends Struct<AgentKnowledgeBase> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent.AgentKnowledgeBase")
        .required("Description", "KnowledgeBaseId")
        .constrain("Description", Constraint.of().minLength(1).maxLength(200))
        .constrain("KnowledgeBaseId", Constraint.of().pattern("^[0-9a-zA-Z]{10}$"))
        .allowed("KnowledgeBaseState", "ENABLED", "DISABLED")
        .build();

    public AgentKnowledgeBase() {
      super(SCHEMA);
    }

    /**
     * The description of the association between the agent and the knowledge base.
     *
     * <p>Required. Length: 1 to 200 characters. CloudFormation property {@code Description}.
     */
    public AgentKnowledgeBase description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public AgentKnowledgeBase description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The unique identifier of the association between the agent and the knowledge base.
     *
     * <p>Required. Pattern: {@code ^[0-9a-zA-Z]{10}$}. CloudFormation property {@code
     * KnowledgeBaseId}.
     */
    public AgentKnowledgeBase knowledgeBaseId(String value) {
      return set("KnowledgeBaseId", Value.of(value));
    }

    /** Sets {@code KnowledgeBaseId} to this value; see {@link #knowledgeBaseId(String)}. */
    public AgentKnowledgeBase knowledgeBaseId(Value<String> value) {
      return set("KnowledgeBaseId", value);
    }

    /**
     * Specifies whether to use the knowledge base or not when sending an <a
     * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_InvokeAgent.html">InvokeAgent</a>
     * request.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * KnowledgeBaseState}.
     */
    public AgentKnowledgeBase knowledgeBaseState(String value) {
      return set("KnowledgeBaseState", Value.of(value));
    }

    /** Sets {@code KnowledgeBaseState} to this value; see {@link #knowledgeBaseState(String)}. */
    public AgentKnowledgeBase knowledgeBaseState(Value<String> value) {
      return set("KnowledgeBaseState", value);
    }
  }

  /**
   * Contains details of the custom orchestration configured for the agent.
   *
   * <p>Property type {@code AWS::Bedrock::Agent.CustomOrchestration}.
   */
  public static final class CustomOrchestration extends Struct<CustomOrchestration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Agent.CustomOrchestration");

    public CustomOrchestration() {
      super(SCHEMA);
    }

    /**
     * The structure of the executor invoking the actions in custom orchestration.
     *
     * <p>CloudFormation property {@code Executor}.
     */
    public CustomOrchestration executor(Value<OrchestrationExecutor> value) {
      return set("Executor", value);
    }
  }

  /**
   * Defines parameters that the agent needs to invoke from the user to complete the function.
   * Corresponds to an action in an action group.
   *
   * <p>This data type is used in the following API operations:
   *
   * <ul> <li><a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_CreateAgentActionGroup.html#API_agent_CreateAgentActionGroup_RequestSyntax">CreateAgentActionGroup
   * request</a> <li><a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_CreateAgentActionGroup.html#API_agent_CreateAgentActionGroup_ResponseSyntax">CreateAgentActionGroup
   * response</a> <li><a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_UpdateAgentActionGroup.html#API_agent_UpdateAgentActionGroup_RequestSyntax">UpdateAgentActionGroup
   * request</a> <li><a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_UpdateAgentActionGroup.html#API_agent_UpdateAgentActionGroup_ResponseSyntax">UpdateAgentActionGroup
   * response</a> <li><a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetAgentActionGroup.html#API_agent_GetAgentActionGroup_ResponseSyntax">GetAgentActionGroup
   * response</a> </ul>
   *
   * <p>Property type {@code AWS::Bedrock::Agent.Function}.
   */
  public static final class Function extends Struct<Function> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent.Function")
        .required("Name")
        .constrain("Description", Constraint.of().minLength(1).maxLength(1200))
        .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?){1,100}$"))
        .allowed("RequireConfirmation", "ENABLED", "DISABLED")
        .build();

    public Function() {
      super(SCHEMA);
    }

    /**
     * A description of the function and its purpose.
     *
     * <p>Length: 1 to 1200 characters. CloudFormation property {@code Description}.
     */
    public Function description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Function description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * A name for the function.
     *
     * <p>Required. Pattern: {@code ^([0-9a-zA-Z][_-]?){1,100}$}. CloudFormation property {@code
     * Name}.
     */
    public Function name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Function name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The parameters that the agent elicits from the user to fulfill the function.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public Function parameters(Map<String, ParameterDetail> value) {
      return set("Parameters", Value.mapOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
    public Function parameters(Value<Map<String, ParameterDetail>> value) {
      return set("Parameters", value);
    }

    /**
     * Contains information if user confirmation is required to invoke the function.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * RequireConfirmation}.
     */
    public Function requireConfirmation(String value) {
      return set("RequireConfirmation", Value.of(value));
    }

    /** Sets {@code RequireConfirmation} to this value; see {@link #requireConfirmation(String)}. */
    public Function requireConfirmation(Value<String> value) {
      return set("RequireConfirmation", value);
    }
  }

  /**
   * Contains details about the function schema for the action group or the JSON or YAML-formatted
   * payload defining the schema.
   *
   * <p>Property type {@code AWS::Bedrock::Agent.FunctionSchema}.
   */
  public static final class FunctionSchema extends Struct<FunctionSchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent.FunctionSchema")
        .required("Functions")
        .build();

    public FunctionSchema() {
      super(SCHEMA);
    }

    /**
     * A list of functions that each define an action in the action group.
     *
     * <p>Required. CloudFormation property {@code Functions}.
     */
    public FunctionSchema functions(List<Function> value) {
      return set("Functions", Value.listOf(value));
    }

    /** Sets {@code Functions} to this value; see {@link #functions(List)}. */
    public FunctionSchema functions(Value<List<Function>> value) {
      return set("Functions", value);
    }

    /** Sets {@code Functions} to a list of these; see {@link #functions(List)}. */
    public FunctionSchema functions(Function... values) {
      return set("Functions", Value.list(values));
    }
  }

  /**
   * Configuration information for a guardrail that you use with the <a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html">Converse</a>
   * operation.
   *
   * <p>Property type {@code AWS::Bedrock::Agent.GuardrailConfiguration}.
   */
  public static final class GuardrailConfiguration extends Struct<GuardrailConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent.GuardrailConfiguration")
        .constrain("GuardrailIdentifier", Constraint.of().pattern("^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$").maxLength(2048))
        .constrain("GuardrailVersion", Constraint.of().pattern("^(([0-9]{1,8})|(DRAFT))$"))
        .build();

    public GuardrailConfiguration() {
      super(SCHEMA);
    }

    /**
     * The identifier for the guardrail.
     *
     * <p>Length: at most 2048 characters. Pattern: {@code
     * ^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$}.
     * CloudFormation property {@code GuardrailIdentifier}.
     */
    public GuardrailConfiguration guardrailIdentifier(String value) {
      return set("GuardrailIdentifier", Value.of(value));
    }

    /** Sets {@code GuardrailIdentifier} to this value; see {@link #guardrailIdentifier(String)}. */
    public GuardrailConfiguration guardrailIdentifier(Value<String> value) {
      return set("GuardrailIdentifier", value);
    }

    /**
     * The version of the guardrail.
     *
     * <p>Pattern: {@code ^(([0-9]{1,8})|(DRAFT))$}. CloudFormation property {@code
     * GuardrailVersion}.
     */
    public GuardrailConfiguration guardrailVersion(String value) {
      return set("GuardrailVersion", Value.of(value));
    }

    /** Sets {@code GuardrailVersion} to this value; see {@link #guardrailVersion(String)}. */
    public GuardrailConfiguration guardrailVersion(Value<String> value) {
      return set("GuardrailVersion", value);
    }
  }

  /**
   * Base inference parameters to pass to a model in a call to <a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html">Converse</a>
   * or <a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html">ConverseStream</a>
   * . For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html">Inference
   * parameters for foundation models</a> .
   *
   * <p>If you need to pass additional parameters that the model supports, use the
   * <code>additionalModelRequestFields</code> request field in the call to <code>Converse</code> or
   * <code>ConverseStream</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html">Model
   * parameters</a> .
   *
   * <p>Property type {@code AWS::Bedrock::Agent.InferenceConfiguration}.
   */
  public static final class InferenceConfiguration extends Struct<InferenceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent.InferenceConfiguration")
        .constrain("MaximumLength", Constraint.of().minimum(0).maximum(131072))
        .constrain("Temperature", Constraint.of().minimum(0).maximum(1))
        .constrain("TopK", Constraint.of().minimum(0).maximum(500))
        .constrain("TopP", Constraint.of().minimum(0).maximum(1))
        .build();

    public InferenceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum number of tokens allowed in the generated response.
     *
     * <p>Range: 0 to 131072. CloudFormation property {@code MaximumLength}.
     */
    public InferenceConfiguration maximumLength(double value) {
      return set("MaximumLength", Value.of(value));
    }

    /** Sets {@code MaximumLength} to this value; see {@link #maximumLength(double)}. */
    public InferenceConfiguration maximumLength(Value<Double> value) {
      return set("MaximumLength", value);
    }

    /**
     * A list of stop sequences. A stop sequence is a sequence of characters that causes the model
     * to stop generating the response.
     *
     * <p>CloudFormation property {@code StopSequences}.
     */
    public InferenceConfiguration stopSequences(List<String> value) {
      return set("StopSequences", Value.listOf(value));
    }

    /** Sets {@code StopSequences} to this value; see {@link #stopSequences(List)}. */
    public InferenceConfiguration stopSequences(Value<List<String>> value) {
      return set("StopSequences", value);
    }

    /**
     * The likelihood of the model selecting higher-probability options while generating a response.
     * A lower value makes the model more likely to choose higher-probability options, while a
     * higher value makes the model more likely to choose lower-probability options.
     *
     * <p>The default value is the default value for the model that you are using. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html">Inference
     * parameters for foundation models</a> .
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
     * While generating a response, the model determines the probability of the following token at
     * each point of generation. The value that you set for <code>topK</code> is the number of
     * most-likely candidates from which the model chooses the next token in the sequence. For
     * example, if you set <code>topK</code> to 50, the model selects the next token from among the
     * top 50 most likely choices.
     *
     * <p>Range: 0 to 500. CloudFormation property {@code TopK}.
     */
    public InferenceConfiguration topK(double value) {
      return set("TopK", Value.of(value));
    }

    /** Sets {@code TopK} to this value; see {@link #topK(double)}. */
    public InferenceConfiguration topK(Value<Double> value) {
      return set("TopK", value);
    }

    /**
     * The percentage of most-likely candidates that the model considers for the next token. For
     * example, if you choose a value of 0.8 for <code>topP</code> , the model selects from the top
     * 80% of the probability distribution of tokens that could be next in the sequence.
     *
     * <p>The default value is the default value for the model that you are using. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html">Inference
     * parameters for foundation models</a> .
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
   * Details of the memory configuration.
   *
   * <p>Property type {@code AWS::Bedrock::Agent.MemoryConfiguration}.
   */
  public static final class MemoryConfiguration extends Struct<MemoryConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent.MemoryConfiguration")
        .allowed("EnabledMemoryTypes", "SESSION_SUMMARY")
        .build();

    public MemoryConfiguration() {
      super(SCHEMA);
    }

    /**
     * The type of memory that is stored.
     *
     * <p>Allowed values: {@code SESSION_SUMMARY}. CloudFormation property {@code
     * EnabledMemoryTypes}.
     */
    public MemoryConfiguration enabledMemoryTypes(List<String> value) {
      return set("EnabledMemoryTypes", Value.listOf(value));
    }

    /** Sets {@code EnabledMemoryTypes} to this value; see {@link #enabledMemoryTypes(List)}. */
    public MemoryConfiguration enabledMemoryTypes(Value<List<String>> value) {
      return set("EnabledMemoryTypes", value);
    }

    /**
     * Contains the configuration for SESSION_SUMMARY memory type enabled for the agent.
     *
     * <p>CloudFormation property {@code SessionSummaryConfiguration}.
     */
    public MemoryConfiguration sessionSummaryConfiguration(Value<SessionSummaryConfiguration> value) {
      return set("SessionSummaryConfiguration", value);
    }

    /**
     * The number of days the agent is configured to retain the conversational context.
     *
     * <p>CloudFormation property {@code StorageDays}.
     */
    public MemoryConfiguration storageDays(double value) {
      return set("StorageDays", Value.of(value));
    }

    /** Sets {@code StorageDays} to this value; see {@link #storageDays(double)}. */
    public MemoryConfiguration storageDays(Value<Double> value) {
      return set("StorageDays", value);
    }
  }

  /**
   * The structure of the executor invoking the actions in custom orchestration.
   *
   * <p>Property type {@code AWS::Bedrock::Agent.OrchestrationExecutor}.
   */
  public static final class OrchestrationExecutor extends Struct<OrchestrationExecutor> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent.OrchestrationExecutor")
        .required("Lambda")
        .constrain("Lambda", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:lambda:[a-z0-9-]{1,20}:\\d{12}:function:[a-zA-Z0-9-_\\.]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?$").maxLength(2048))
        .build();

    public OrchestrationExecutor() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Lambda function containing the business logic that is
     * carried out upon invoking the action.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*)?:lambda:[a-z0-9-]{1,20}:&#92;d{12}:function:[a-zA-Z0-9-_&#92;.]+(:(&#92;$LATEST|[a-zA-Z0-9-_]+))?$}.
     * CloudFormation property {@code Lambda}.
     */
    public OrchestrationExecutor lambda(String value) {
      return set("Lambda", Value.of(value));
    }

    /** Sets {@code Lambda} to this value; see {@link #lambda(String)}. */
    public OrchestrationExecutor lambda(Value<String> value) {
      return set("Lambda", value);
    }
  }

  /**
   * Contains details about a parameter in a function for an action group.
   *
   * <p>Property type {@code AWS::Bedrock::Agent.ParameterDetail}.
   */
  public static final class ParameterDetail extends Struct<ParameterDetail> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent.ParameterDetail")
        .required("Type")
        .allowed("Type", "string", "number", "integer", "boolean", "array")
        .build();

    public ParameterDetail() {
      super(SCHEMA);
    }

    /**
     * A description of the parameter. Helps the foundation model determine how to elicit the
     * parameters from the user.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public ParameterDetail description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ParameterDetail description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Whether the parameter is required for the agent to complete the function for action group
     * invocation.
     *
     * <p>CloudFormation property {@code Required}.
     */
    public ParameterDetail required(boolean value) {
      return set("Required", Value.of(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(boolean)}. */
    public ParameterDetail required(Value<Boolean> value) {
      return set("Required", value);
    }

    /**
     * The data type of the parameter.
     *
     * <p>Required. Allowed values: {@code string}, {@code number}, {@code integer}, {@code
     * boolean}, {@code array}. CloudFormation property {@code Type}.
     */
    public ParameterDetail type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ParameterDetail type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Contains configurations to override a prompt template in one part of an agent sequence. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/advanced-prompts.html">Advanced
   * prompts</a> .
   *
   * <p>Property type {@code AWS::Bedrock::Agent.PromptConfiguration}.
   */
  public static final class PromptConfiguration extends Struct<PromptConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent.PromptConfiguration")
        .constrain("BasePromptTemplate", Constraint.of().minLength(1).maxLength(100000))
        .constrain("FoundationModel", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}(([:][a-z0-9-]{1,63}){0,2})?/[a-z0-9]{12})|(:foundation-model/([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}))|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+))|(([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}))|(([0-9a-zA-Z][_-]?)+)$").minLength(1).maxLength(2048))
        .allowed("ParserMode", "DEFAULT", "OVERRIDDEN")
        .allowed("PromptCreationMode", "DEFAULT", "OVERRIDDEN")
        .allowed("PromptState", "ENABLED", "DISABLED")
        .allowed("PromptType", "PRE_PROCESSING", "ORCHESTRATION", "POST_PROCESSING",
            "ROUTING_CLASSIFIER", "MEMORY_SUMMARIZATION", "KNOWLEDGE_BASE_RESPONSE_GENERATION")
        .build();

    public PromptConfiguration() {
      super(SCHEMA);
    }

    /**
     * If the Converse or ConverseStream operations support the model,
     * <code>additionalModelRequestFields</code> contains additional inference parameters, beyond
     * the base set of inference parameters in the <code>inferenceConfiguration</code> field.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html">Inference
     * request parameters and response fields for foundation models</a> .
     *
     * <p>CloudFormation property {@code AdditionalModelRequestFields}.
     */
    public PromptConfiguration additionalModelRequestFields(Value<Json> value) {
      return set("AdditionalModelRequestFields", value);
    }

    /**
     * Defines the prompt template with which to replace the default prompt template. You can use
     * placeholder variables in the base prompt template to customize the prompt. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-placeholders.html">Prompt
     * template placeholder variables</a> . For more information, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/advanced-prompts-configure.html">Configure
     * the prompt templates</a> .
     *
     * <p>Length: 1 to 100000 characters. CloudFormation property {@code BasePromptTemplate}.
     */
    public PromptConfiguration basePromptTemplate(String value) {
      return set("BasePromptTemplate", Value.of(value));
    }

    /** Sets {@code BasePromptTemplate} to this value; see {@link #basePromptTemplate(String)}. */
    public PromptConfiguration basePromptTemplate(Value<String> value) {
      return set("BasePromptTemplate", value);
    }

    /**
     * The agent's foundation model.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}(([:][a-z0-9-]{1,63}){0,2})?/[a-z0-9]{12})|(:foundation-model/([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}))|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+))|(([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}))|(([0-9a-zA-Z][_-]?)+)$}.
     * CloudFormation property {@code FoundationModel}.
     */
    public PromptConfiguration foundationModel(String value) {
      return set("FoundationModel", Value.of(value));
    }

    /** Sets {@code FoundationModel} to this value; see {@link #foundationModel(String)}. */
    public PromptConfiguration foundationModel(Value<String> value) {
      return set("FoundationModel", value);
    }

    /**
     * Contains inference parameters to use when the agent invokes a foundation model in the part of
     * the agent sequence defined by the <code>promptType</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html">Inference
     * parameters for foundation models</a> .
     *
     * <p>CloudFormation property {@code InferenceConfiguration}.
     */
    public PromptConfiguration inferenceConfiguration(Value<InferenceConfiguration> value) {
      return set("InferenceConfiguration", value);
    }

    /**
     * Specifies whether to override the default parser Lambda function when parsing the raw
     * foundation model output in the part of the agent sequence defined by the
     * <code>promptType</code> . If you set the field as <code>OVERRIDDEN</code> , the
     * <code>overrideLambda</code> field in the <a
     * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_PromptOverrideConfiguration.html">PromptOverrideConfiguration</a>
     * must be specified with the ARN of a Lambda function.
     *
     * <p>Allowed values: {@code DEFAULT}, {@code OVERRIDDEN}. CloudFormation property {@code
     * ParserMode}.
     */
    public PromptConfiguration parserMode(String value) {
      return set("ParserMode", Value.of(value));
    }

    /** Sets {@code ParserMode} to this value; see {@link #parserMode(String)}. */
    public PromptConfiguration parserMode(Value<String> value) {
      return set("ParserMode", value);
    }

    /**
     * Specifies whether to override the default prompt template for this <code>promptType</code> .
     * Set this value to <code>OVERRIDDEN</code> to use the prompt that you provide in the
     * <code>basePromptTemplate</code> . If you leave it as <code>DEFAULT</code> , the agent uses a
     * default prompt template.
     *
     * <p>Allowed values: {@code DEFAULT}, {@code OVERRIDDEN}. CloudFormation property {@code
     * PromptCreationMode}.
     */
    public PromptConfiguration promptCreationMode(String value) {
      return set("PromptCreationMode", Value.of(value));
    }

    /** Sets {@code PromptCreationMode} to this value; see {@link #promptCreationMode(String)}. */
    public PromptConfiguration promptCreationMode(Value<String> value) {
      return set("PromptCreationMode", value);
    }

    /**
     * Specifies whether to allow the inline agent to carry out the step specified in the
     * <code>promptType</code> . If you set this value to <code>DISABLED</code> , the agent skips
     * that step. The default state for each <code>promptType</code> is as follows.
     *
     * <ul> <li><code>PRE_PROCESSING</code> – <code>ENABLED</code> <li><code>ORCHESTRATION</code> –
     * <code>ENABLED</code> <li><code>KNOWLEDGE_BASE_RESPONSE_GENERATION</code> –
     * <code>ENABLED</code> <li><code>POST_PROCESSING</code> – <code>DISABLED</code> </ul>
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * PromptState}.
     */
    public PromptConfiguration promptState(String value) {
      return set("PromptState", Value.of(value));
    }

    /** Sets {@code PromptState} to this value; see {@link #promptState(String)}. */
    public PromptConfiguration promptState(Value<String> value) {
      return set("PromptState", value);
    }

    /**
     * The step in the agent sequence that this prompt configuration applies to.
     *
     * <p>Allowed values: {@code PRE_PROCESSING}, {@code ORCHESTRATION}, {@code POST_PROCESSING},
     * {@code ROUTING_CLASSIFIER}, {@code MEMORY_SUMMARIZATION}, {@code
     * KNOWLEDGE_BASE_RESPONSE_GENERATION}. CloudFormation property {@code PromptType}.
     */
    public PromptConfiguration promptType(String value) {
      return set("PromptType", Value.of(value));
    }

    /** Sets {@code PromptType} to this value; see {@link #promptType(String)}. */
    public PromptConfiguration promptType(Value<String> value) {
      return set("PromptType", value);
    }
  }

  /**
   * Contains configurations to override prompts in different parts of an agent sequence. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/advanced-prompts.html">Advanced
   * prompts</a> .
   *
   * <p>Property type {@code AWS::Bedrock::Agent.PromptOverrideConfiguration}.
   */
  public static final class PromptOverrideConfiguration extends Struct<PromptOverrideConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Agent.PromptOverrideConfiguration")
        .required("PromptConfigurations")
        .constrain("OverrideLambda", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:lambda:[a-z0-9-]{1,20}:\\d{12}:function:[a-zA-Z0-9-_\\.]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?$").maxLength(2048))
        .build();

    public PromptOverrideConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Lambda function to use when parsing the raw foundation model output in parts
     * of the agent sequence. If you specify this field, at least one of the
     * <code>promptConfigurations</code> must contain a <code>parserMode</code> value that is set to
     * <code>OVERRIDDEN</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/lambda-parser.html">Parser Lambda
     * function in Amazon Bedrock Agents</a> .
     *
     * <p>Length: at most 2048 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*)?:lambda:[a-z0-9-]{1,20}:&#92;d{12}:function:[a-zA-Z0-9-_&#92;.]+(:(&#92;$LATEST|[a-zA-Z0-9-_]+))?$}.
     * CloudFormation property {@code OverrideLambda}.
     */
    public PromptOverrideConfiguration overrideLambda(String value) {
      return set("OverrideLambda", Value.of(value));
    }

    /** Sets {@code OverrideLambda} to this value; see {@link #overrideLambda(String)}. */
    public PromptOverrideConfiguration overrideLambda(Value<String> value) {
      return set("OverrideLambda", value);
    }

    /**
     * Contains configurations to override a prompt template in one part of an agent sequence. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/advanced-prompts.html">Advanced
     * prompts</a> .
     *
     * <p>Required. CloudFormation property {@code PromptConfigurations}.
     */
    public PromptOverrideConfiguration promptConfigurations(List<PromptConfiguration> value) {
      return set("PromptConfigurations", Value.listOf(value));
    }

    /** Sets {@code PromptConfigurations} to this value; see {@link #promptConfigurations(List)}. */
    public PromptOverrideConfiguration promptConfigurations(Value<List<PromptConfiguration>> value) {
      return set("PromptConfigurations", value);
    }

    /**
     * Sets {@code PromptConfigurations} to a list of these; see {@link
     * #promptConfigurations(List)}.
     */
    public PromptOverrideConfiguration promptConfigurations(PromptConfiguration... values) {
      return set("PromptConfigurations", Value.list(values));
    }
  }

  /**
   * The identifier information for an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::Bedrock::Agent.S3Identifier}.
   */
  public static final class S3Identifier extends Struct<S3Identifier> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Agent.S3Identifier");

    public S3Identifier() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket.
     *
     * <p>CloudFormation property {@code S3BucketName}.
     */
    public S3Identifier s3BucketName(String value) {
      return set("S3BucketName", Value.of(value));
    }

    /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
    public S3Identifier s3BucketName(Value<String> value) {
      return set("S3BucketName", value);
    }

    /**
     * The S3 object key for the S3 resource.
     *
     * <p>CloudFormation property {@code S3ObjectKey}.
     */
    public S3Identifier s3ObjectKey(String value) {
      return set("S3ObjectKey", Value.of(value));
    }

    /** Sets {@code S3ObjectKey} to this value; see {@link #s3ObjectKey(String)}. */
    public S3Identifier s3ObjectKey(Value<String> value) {
      return set("S3ObjectKey", value);
    }
  }

  /**
   * Configuration for SESSION_SUMMARY memory type enabled for the agent.
   *
   * <p>Property type {@code AWS::Bedrock::Agent.SessionSummaryConfiguration}.
   */
  public static final class SessionSummaryConfiguration extends Struct<SessionSummaryConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Agent.SessionSummaryConfiguration");

    public SessionSummaryConfiguration() {
      super(SCHEMA);
    }

    /**
     * Maximum number of recent session summaries to include in the agent's prompt context.
     *
     * <p>CloudFormation property {@code MaxRecentSessions}.
     */
    public SessionSummaryConfiguration maxRecentSessions(double value) {
      return set("MaxRecentSessions", Value.of(value));
    }

    /** Sets {@code MaxRecentSessions} to this value; see {@link #maxRecentSessions(double)}. */
    public SessionSummaryConfiguration maxRecentSessions(Value<Double> value) {
      return set("MaxRecentSessions", value);
    }
  }
}
