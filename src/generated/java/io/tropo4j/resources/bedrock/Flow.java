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
 * Creates a prompt flow that you can use to send an input through various steps to yield an output.
 * You define a flow by configuring nodes, each of which corresponds to a step of the flow, and
 * creating connections between the nodes to create paths to different outputs. You can define the
 * flow in one of the following ways:
 *
 * <ul> <li>Define a <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-bedrock-flow-flowdefinition.html">FlowDefinition</a>
 * in the <code>Definition</code> property. <li>Provide the definition in the
 * <code>DefinitionString</code> property as a JSON-formatted string matching the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-bedrock-flow-flowdefinition.html">FlowDefinition</a>
 * property. <li>Provide an Amazon S3 location in the <code>DefinitionS3Location</code> property
 * that matches the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-bedrock-flow-flowdefinition.html">FlowDefinition</a>
 * . </ul>
 *
 * <p>If you use the <code>DefinitionString</code> or <code>DefinitionS3Location</code> property,
 * you can use the <code>DefinitionSubstitutions</code> property to define key-value pairs to
 * replace at runtime.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/bedrock/latest/userguide/flows-how-it-works.html">How it
 * works</a> and <a
 * href="https://docs.aws.amazon.com/bedrock/latest/userguide/flows-create.html">Create a prompt
 * flow in Amazon Bedrock</a> in the Amazon Bedrock User Guide.
 *
 * <p>CloudFormation type {@code AWS::Bedrock::Flow}.
 */
public final class Flow extends Resource<Flow> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow")
      .required("ExecutionRoleArn", "Name")
      .constrain("CustomerEncryptionKeyArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$").minLength(1).maxLength(2048))
      .constrain("DefinitionString", Constraint.of().maxLength(512000))
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/(service-role/)?.+$").maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?){1,100}$"))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Id", "Status", "UpdatedAt", "Validations", "Version")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Flow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the KMS key that the flow is encrypted with.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$}. CloudFormation
   * property {@code CustomerEncryptionKeyArn}.
   */
  public Flow customerEncryptionKeyArn(String value) {
    return set("CustomerEncryptionKeyArn", Value.of(value));
  }

  /**
   * Sets {@code CustomerEncryptionKeyArn} to this value; see {@link
   * #customerEncryptionKeyArn(String)}.
   */
  public Flow customerEncryptionKeyArn(Value<String> value) {
    return set("CustomerEncryptionKeyArn", value);
  }

  /**
   * The definition of the nodes and connections between the nodes in the flow.
   *
   * <p>CloudFormation property {@code Definition}.
   */
  public Flow definition(Value<FlowDefinition> value) {
    return set("Definition", value);
  }

  /**
   * The Amazon S3 location of the flow definition.
   *
   * <p>CloudFormation property {@code DefinitionS3Location}.
   */
  public Flow definitionS3Location(Value<S3Location> value) {
    return set("DefinitionS3Location", value);
  }

  /**
   * Sets {@code DefinitionS3Location} to the asset's bucket and key, where the deployer uploads it;
   * see {@link #definitionS3Location(Value)}.
   */
  public Flow definitionS3Location(Asset asset) {
    return set("DefinitionS3Location", new S3Location().bucket(asset.bucket()).key(asset.key()));
  }

  /**
   * The definition of the flow as a JSON-formatted string. The string must match the format in <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-bedrock-flow-flowdefinition.html">FlowDefinition</a>
   * .
   *
   * <p>Length: at most 512000 characters. CloudFormation property {@code DefinitionString}.
   */
  public Flow definitionString(String value) {
    return set("DefinitionString", Value.of(value));
  }

  /** Sets {@code DefinitionString} to this value; see {@link #definitionString(String)}. */
  public Flow definitionString(Value<String> value) {
    return set("DefinitionString", value);
  }

  /**
   * A map that specifies the mappings for placeholder variables in the prompt flow definition. This
   * enables the customer to inject values obtained at runtime. Variables can be template parameter
   * names, resource logical IDs, resource attributes, or a variable in a key-value map. Only
   * supported with the <code>DefinitionString</code> and <code>DefinitionS3Location</code> fields.
   *
   * <p>Substitutions must follow the syntax: <code>${key_name}</code> or
   * <code>${variable_1,variable_2,...}</code> .
   *
   * <p>CloudFormation property {@code DefinitionSubstitutions}.
   */
  public Flow definitionSubstitutions(Map<String, Object> value) {
    return set("DefinitionSubstitutions", Value.mapOf(value));
  }

  /**
   * Sets {@code DefinitionSubstitutions} to this value; see {@link #definitionSubstitutions(Map)}.
   */
  public Flow definitionSubstitutions(Value<Map<String, Object>> value) {
    return set("DefinitionSubstitutions", value);
  }

  /**
   * A description of the flow.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
   */
  public Flow description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Flow description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the service role with permissions to create a flow. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/flows-permissions.html">Create a
   * service row for flows</a> in the Amazon Bedrock User Guide.
   *
   * <p>Required. Length: at most 2048 characters. Pattern: {@code
   * ^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/(service-role/)?.+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
   */
  public Flow executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public Flow executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * The name of the flow.
   *
   * <p>Required. Pattern: {@code ^([0-9a-zA-Z][_-]?){1,100}$}. CloudFormation property {@code
   * Name}.
   */
  public Flow name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Flow name(Value<String> value) {
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
  public Flow tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Flow tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Flow tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * A map of tag keys and values
   *
   * <p>CloudFormation property {@code TestAliasTags}.
   */
  public Flow testAliasTags(Map<String, String> value) {
    return set("TestAliasTags", Value.mapOf(value));
  }

  /** Sets {@code TestAliasTags} to this value; see {@link #testAliasTags(Map)}. */
  public Flow testAliasTags(Value<Map<String, String>> value) {
    return set("TestAliasTags", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the flow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time at which the flow was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The unique identifier of the flow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The status of the flow. The following statuses are possible:
   *
   * <ul> <li>NotPrepared – The flow has been created or updated, but hasn't been prepared. If you
   * just created the flow, you can't test it. If you updated the flow, the <code>DRAFT</code>
   * version won't contain the latest changes for testing. Send a <a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_PrepareFlow.html">PrepareFlow</a>
   * request to package the latest changes into the <code>DRAFT</code> version. <li>Preparing – The
   * flow is being prepared so that the <code>DRAFT</code> version contains the latest changes for
   * testing. <li>Prepared – The flow is prepared and the <code>DRAFT</code> version contains the
   * latest changes for testing. <li>Failed – The last API operation that you invoked on the flow
   * failed. Send a <a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetFlow.html">GetFlow</a>
   * request and check the error message in the <code>validations</code> field. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The time at which the flow was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * List of flow validations
   *
   * <p>{@code Fn::GetAtt} attribute {@code Validations}.
   */
  public Value<List<FlowValidation>> validations() {
    return getAtt("Validations");
  }

  /**
   * The latest version of the flow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<String> version() {
    return getAtt("Version");
  }

  /**
   * Defines an agent node in your flow. You specify the agent to invoke at this point in the flow.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/flows-nodes.html">Node types in a
   * flow</a> in the Amazon Bedrock User Guide.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.AgentFlowNodeConfiguration}.
   */
  public static final class AgentFlowNodeConfiguration extends Struct<AgentFlowNodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.AgentFlowNodeConfiguration")
        .required("AgentAliasArn")
        .build();

    public AgentFlowNodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the alias of the agent to invoke.
     *
     * <p>Required. CloudFormation property {@code AgentAliasArn}.
     */
    public AgentFlowNodeConfiguration agentAliasArn(String value) {
      return set("AgentAliasArn", Value.of(value));
    }

    /** Sets {@code AgentAliasArn} to this value; see {@link #agentAliasArn(String)}. */
    public AgentFlowNodeConfiguration agentAliasArn(Value<String> value) {
      return set("AgentAliasArn", value);
    }
  }

  /**
   * Defines a condition node in your flow. You can specify conditions that determine which node
   * comes next in the flow. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/flows-nodes.html">Node types in a
   * flow</a> in the Amazon Bedrock User Guide.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.ConditionFlowNodeConfiguration}.
   */
  public static final class ConditionFlowNodeConfiguration extends Struct<ConditionFlowNodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.ConditionFlowNodeConfiguration")
        .required("Conditions")
        .build();

    public ConditionFlowNodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * An array of conditions. Each member contains the name of a condition and an expression that
     * defines the condition.
     *
     * <p>Required. CloudFormation property {@code Conditions}.
     */
    public ConditionFlowNodeConfiguration conditions(List<FlowCondition> value) {
      return set("Conditions", Value.listOf(value));
    }

    /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
    public ConditionFlowNodeConfiguration conditions(Value<List<FlowCondition>> value) {
      return set("Conditions", value);
    }

    /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
    public ConditionFlowNodeConfiguration conditions(FlowCondition... values) {
      return set("Conditions", Value.list(values));
    }
  }

  /**
   * Specifies a field to be used during the reranking process in a Knowledge Base vector search.
   * This structure identifies metadata fields that should be considered when reordering search
   * results to improve relevance.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.FieldForReranking}.
   */
  public static final class FieldForReranking extends Struct<FieldForReranking> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.FieldForReranking")
        .required("FieldName")
        .build();

    public FieldForReranking() {
      super(SCHEMA);
    }

    /**
     * The name of the metadata field to be used during the reranking process.
     *
     * <p>Required. CloudFormation property {@code FieldName}.
     */
    public FieldForReranking fieldName(String value) {
      return set("FieldName", Value.of(value));
    }

    /** Sets {@code FieldName} to this value; see {@link #fieldName(String)}. */
    public FieldForReranking fieldName(Value<String> value) {
      return set("FieldName", value);
    }
  }

  /**
   * Defines a condition in the condition node.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.FlowCondition}.
   */
  public static final class FlowCondition extends Struct<FlowCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.FlowCondition")
        .required("Name")
        .build();

    public FlowCondition() {
      super(SCHEMA);
    }

    /**
     * Defines the condition. You must refer to at least one of the inputs in the condition. For
     * more information, expand the Condition node section in <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/flows-how-it-works.html#flows-nodes">Node
     * types in prompt flows</a> .
     *
     * <p>CloudFormation property {@code Expression}.
     */
    public FlowCondition expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public FlowCondition expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * A name for the condition that you can reference.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public FlowCondition name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FlowCondition name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The configuration of a connection between a condition node and another node.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.FlowConditionalConnectionConfiguration}.
   */
  public static final class FlowConditionalConnectionConfiguration extends Struct<FlowConditionalConnectionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.FlowConditionalConnectionConfiguration")
        .required("Condition")
        .build();

    public FlowConditionalConnectionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The condition that triggers this connection. For more information about how to write
     * conditions, see the <em>Condition</em> node type in the <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/node-types.html">Node types</a>
     * topic in the Amazon Bedrock User Guide.
     *
     * <p>Required. CloudFormation property {@code Condition}.
     */
    public FlowConditionalConnectionConfiguration condition(String value) {
      return set("Condition", Value.of(value));
    }

    /** Sets {@code Condition} to this value; see {@link #condition(String)}. */
    public FlowConditionalConnectionConfiguration condition(Value<String> value) {
      return set("Condition", value);
    }
  }

  /**
   * Contains information about a connection between two nodes in the flow.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.FlowConnection}.
   */
  public static final class FlowConnection extends Struct<FlowConnection> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.FlowConnection")
        .required("Name", "Source", "Target", "Type")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z]([_]?[0-9a-zA-Z]){1,100}$"))
        .constrain("Source", Constraint.of().pattern("^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$"))
        .constrain("Target", Constraint.of().pattern("^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$"))
        .allowed("Type", "Data", "Conditional")
        .build();

    public FlowConnection() {
      super(SCHEMA);
    }

    /**
     * The configuration of the connection.
     *
     * <p>CloudFormation property {@code Configuration}.
     */
    public FlowConnection configuration(Value<FlowConnectionConfiguration> value) {
      return set("Configuration", value);
    }

    /**
     * A name for the connection that you can reference.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z]([_]?[0-9a-zA-Z]){1,100}$}. CloudFormation property
     * {@code Name}.
     */
    public FlowConnection name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FlowConnection name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The node that the connection starts at.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$}. CloudFormation property
     * {@code Source}.
     */
    public FlowConnection source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public FlowConnection source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The node that the connection ends at.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$}. CloudFormation property
     * {@code Target}.
     */
    public FlowConnection target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public FlowConnection target(Value<String> value) {
      return set("Target", value);
    }

    /**
     * Whether the source node that the connection begins from is a condition node (
     * <code>Conditional</code> ) or not ( <code>Data</code> ).
     *
     * <p>Required. Allowed values: {@code Data}, {@code Conditional}. CloudFormation property
     * {@code Type}.
     */
    public FlowConnection type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public FlowConnection type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The configuration of the connection.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.FlowConnectionConfiguration}.
   */
  public static final class FlowConnectionConfiguration extends Struct<FlowConnectionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Flow.FlowConnectionConfiguration");

    public FlowConnectionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration of a connection originating from a Condition node.
     *
     * <p>CloudFormation property {@code Conditional}.
     */
    public FlowConnectionConfiguration conditional(Value<FlowConditionalConnectionConfiguration> value) {
      return set("Conditional", value);
    }

    /**
     * The configuration of a connection originating from a node that isn't a Condition node.
     *
     * <p>CloudFormation property {@code Data}.
     */
    public FlowConnectionConfiguration data(Value<FlowDataConnectionConfiguration> value) {
      return set("Data", value);
    }
  }

  /**
   * The configuration of a connection originating from a node that isn't a Condition node.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.FlowDataConnectionConfiguration}.
   */
  public static final class FlowDataConnectionConfiguration extends Struct<FlowDataConnectionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.FlowDataConnectionConfiguration")
        .required("SourceOutput", "TargetInput")
        .build();

    public FlowDataConnectionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the output in the source node that the connection begins from.
     *
     * <p>Required. CloudFormation property {@code SourceOutput}.
     */
    public FlowDataConnectionConfiguration sourceOutput(String value) {
      return set("SourceOutput", Value.of(value));
    }

    /** Sets {@code SourceOutput} to this value; see {@link #sourceOutput(String)}. */
    public FlowDataConnectionConfiguration sourceOutput(Value<String> value) {
      return set("SourceOutput", value);
    }

    /**
     * The name of the input in the target node that the connection ends at.
     *
     * <p>Required. CloudFormation property {@code TargetInput}.
     */
    public FlowDataConnectionConfiguration targetInput(String value) {
      return set("TargetInput", Value.of(value));
    }

    /** Sets {@code TargetInput} to this value; see {@link #targetInput(String)}. */
    public FlowDataConnectionConfiguration targetInput(Value<String> value) {
      return set("TargetInput", value);
    }
  }

  /**
   * The definition of the nodes and connections between nodes in the flow.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.FlowDefinition}.
   */
  public static final class FlowDefinition extends Struct<FlowDefinition> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Flow.FlowDefinition");

    public FlowDefinition() {
      super(SCHEMA);
    }

    /**
     * An array of connection definitions in the flow.
     *
     * <p>CloudFormation property {@code Connections}.
     */
    public FlowDefinition connections(List<FlowConnection> value) {
      return set("Connections", Value.listOf(value));
    }

    /** Sets {@code Connections} to this value; see {@link #connections(List)}. */
    public FlowDefinition connections(Value<List<FlowConnection>> value) {
      return set("Connections", value);
    }

    /** Sets {@code Connections} to a list of these; see {@link #connections(List)}. */
    public FlowDefinition connections(FlowConnection... values) {
      return set("Connections", Value.list(values));
    }

    /**
     * An array of node definitions in the flow.
     *
     * <p>CloudFormation property {@code Nodes}.
     */
    public FlowDefinition nodes(List<FlowNode> value) {
      return set("Nodes", Value.listOf(value));
    }

    /** Sets {@code Nodes} to this value; see {@link #nodes(List)}. */
    public FlowDefinition nodes(Value<List<FlowNode>> value) {
      return set("Nodes", value);
    }

    /** Sets {@code Nodes} to a list of these; see {@link #nodes(List)}. */
    public FlowDefinition nodes(FlowNode... values) {
      return set("Nodes", Value.list(values));
    }
  }

  /**
   * Contains configurations about a node in the flow.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.FlowNode}.
   */
  public static final class FlowNode extends Struct<FlowNode> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.FlowNode")
        .required("Name", "Type")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$"))
        .allowed("Type", "Input", "Output", "KnowledgeBase", "Condition", "Lex", "Prompt",
            "LambdaFunction", "Agent", "Storage", "Retrieval", "Iterator", "Collector",
            "InlineCode", "Loop", "LoopInput", "LoopController")
        .build();

    public FlowNode() {
      super(SCHEMA);
    }

    /**
     * Contains configurations for the node.
     *
     * <p>CloudFormation property {@code Configuration}.
     */
    public FlowNode configuration(Value<FlowNodeConfiguration> value) {
      return set("Configuration", value);
    }

    /**
     * An array of objects, each of which contains information about an input into the node.
     *
     * <p>CloudFormation property {@code Inputs}.
     */
    public FlowNode inputs(List<FlowNodeInput> value) {
      return set("Inputs", Value.listOf(value));
    }

    /** Sets {@code Inputs} to this value; see {@link #inputs(List)}. */
    public FlowNode inputs(Value<List<FlowNodeInput>> value) {
      return set("Inputs", value);
    }

    /** Sets {@code Inputs} to a list of these; see {@link #inputs(List)}. */
    public FlowNode inputs(FlowNodeInput... values) {
      return set("Inputs", Value.list(values));
    }

    /**
     * A name for the node.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$}. CloudFormation property
     * {@code Name}.
     */
    public FlowNode name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FlowNode name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A list of objects, each of which contains information about an output from the node.
     *
     * <p>CloudFormation property {@code Outputs}.
     */
    public FlowNode outputs(List<FlowNodeOutput> value) {
      return set("Outputs", Value.listOf(value));
    }

    /** Sets {@code Outputs} to this value; see {@link #outputs(List)}. */
    public FlowNode outputs(Value<List<FlowNodeOutput>> value) {
      return set("Outputs", value);
    }

    /** Sets {@code Outputs} to a list of these; see {@link #outputs(List)}. */
    public FlowNode outputs(FlowNodeOutput... values) {
      return set("Outputs", Value.list(values));
    }

    /**
     * The type of node. This value must match the name of the key that you provide in the
     * configuration you provide in the <code>FlowNodeConfiguration</code> field.
     *
     * <p>Required. Allowed values: {@code Input}, {@code Output}, {@code KnowledgeBase}, {@code
     * Condition}, {@code Lex}, {@code Prompt}, {@code LambdaFunction}, {@code Agent}, {@code
     * Storage}, {@code Retrieval}, {@code Iterator}, {@code Collector}, {@code InlineCode}, {@code
     * Loop}, {@code LoopInput}, {@code LoopController}. CloudFormation property {@code Type}.
     */
    public FlowNode type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public FlowNode type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Contains configurations for a node in your flow. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/flows-nodes.html">Node types in a
   * flow</a> in the Amazon Bedrock User Guide.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.FlowNodeConfiguration}.
   */
  public static final class FlowNodeConfiguration extends Struct<FlowNodeConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Flow.FlowNodeConfiguration");

    public FlowNodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains configurations for an agent node in your flow. Invokes an alias of an agent and
     * returns the response.
     *
     * <p>CloudFormation property {@code Agent}.
     */
    public FlowNodeConfiguration agent(Value<AgentFlowNodeConfiguration> value) {
      return set("Agent", value);
    }

    /**
     * Contains configurations for a collector node in your flow. Collects an iteration of inputs
     * and consolidates them into an array of outputs.
     *
     * <p>CloudFormation property {@code Collector}.
     */
    public FlowNodeConfiguration collector(Value<Json> value) {
      return set("Collector", value);
    }

    /**
     * Contains configurations for a condition node in your flow. Defines conditions that lead to
     * different branches of the flow.
     *
     * <p>CloudFormation property {@code Condition}.
     */
    public FlowNodeConfiguration condition(Value<ConditionFlowNodeConfiguration> value) {
      return set("Condition", value);
    }

    /**
     * Contains configurations for an inline code node in your flow. Inline code nodes let you write
     * and execute code directly within your flow, enabling data transformations, custom logic, and
     * integrations without needing an external Lambda function.
     *
     * <p>CloudFormation property {@code InlineCode}.
     */
    public FlowNodeConfiguration inlineCode(Value<InlineCodeFlowNodeConfiguration> value) {
      return set("InlineCode", value);
    }

    /**
     * Contains configurations for an input flow node in your flow. The first node in the flow.
     * <code>inputs</code> can't be specified for this node.
     *
     * <p>CloudFormation property {@code Input}.
     */
    public FlowNodeConfiguration input(Value<Json> value) {
      return set("Input", value);
    }

    /**
     * Contains configurations for an iterator node in your flow. Takes an input that is an array
     * and iteratively sends each item of the array as an output to the following node. The size of
     * the array is also returned in the output.
     *
     * <p>The output flow node at the end of the flow iteration will return a response for each
     * member of the array. To return only one response, you can include a collector node downstream
     * from the iterator node.
     *
     * <p>CloudFormation property {@code Iterator}.
     */
    public FlowNodeConfiguration iterator(Value<Json> value) {
      return set("Iterator", value);
    }

    /**
     * Contains configurations for a knowledge base node in your flow. Queries a knowledge base and
     * returns the retrieved results or generated response.
     *
     * <p>CloudFormation property {@code KnowledgeBase}.
     */
    public FlowNodeConfiguration knowledgeBase(Value<KnowledgeBaseFlowNodeConfiguration> value) {
      return set("KnowledgeBase", value);
    }

    /**
     * Contains configurations for a Lambda function node in your flow. Invokes an AWS Lambda
     * function.
     *
     * <p>CloudFormation property {@code LambdaFunction}.
     */
    public FlowNodeConfiguration lambdaFunction(Value<LambdaFunctionFlowNodeConfiguration> value) {
      return set("LambdaFunction", value);
    }

    /**
     * Contains configurations for a Lex node in your flow. Invokes an Amazon Lex bot to identify
     * the intent of the input and return the intent as the output.
     *
     * <p>CloudFormation property {@code Lex}.
     */
    public FlowNodeConfiguration lex(Value<LexFlowNodeConfiguration> value) {
      return set("Lex", value);
    }

    /**
     * Contains configurations for a DoWhile loop in your flow.
     *
     * <p>CloudFormation property {@code Loop}.
     */
    public FlowNodeConfiguration loop(Value<LoopFlowNodeConfiguration> value) {
      return set("Loop", value);
    }

    /**
     * Contains controller node configurations for a DoWhile loop in your flow.
     *
     * <p>CloudFormation property {@code LoopController}.
     */
    public FlowNodeConfiguration loopController(Value<LoopControllerFlowNodeConfiguration> value) {
      return set("LoopController", value);
    }

    /**
     * Contains input node configurations for a DoWhile loop in your flow.
     *
     * <p>CloudFormation property {@code LoopInput}.
     */
    public FlowNodeConfiguration loopInput(Value<Json> value) {
      return set("LoopInput", value);
    }

    /**
     * Contains configurations for an output flow node in your flow. The last node in the flow.
     * <code>outputs</code> can't be specified for this node.
     *
     * <p>CloudFormation property {@code Output}.
     */
    public FlowNodeConfiguration output(Value<Json> value) {
      return set("Output", value);
    }

    /**
     * Contains configurations for a prompt node in your flow. Runs a prompt and generates the model
     * response as the output. You can use a prompt from Prompt management or you can configure one
     * in this node.
     *
     * <p>CloudFormation property {@code Prompt}.
     */
    public FlowNodeConfiguration prompt(Value<PromptFlowNodeConfiguration> value) {
      return set("Prompt", value);
    }

    /**
     * Contains configurations for a retrieval node in your flow. Retrieves data from an Amazon S3
     * location and returns it as the output.
     *
     * <p>CloudFormation property {@code Retrieval}.
     */
    public FlowNodeConfiguration retrieval(Value<RetrievalFlowNodeConfiguration> value) {
      return set("Retrieval", value);
    }

    /**
     * Contains configurations for a storage node in your flow. Stores an input in an Amazon S3
     * location.
     *
     * <p>CloudFormation property {@code Storage}.
     */
    public FlowNodeConfiguration storage(Value<StorageFlowNodeConfiguration> value) {
      return set("Storage", value);
    }
  }

  /**
   * Contains configurations for an input in an Amazon Bedrock Flows node.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.FlowNodeInput}.
   */
  public static final class FlowNodeInput extends Struct<FlowNodeInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.FlowNodeInput")
        .required("Expression", "Name", "Type")
        .allowed("Category", "LoopCondition", "ReturnValueToLoopStart", "ExitLoop")
        .constrain("Expression", Constraint.of().minLength(1).maxLength(64))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$"))
        .allowed("Type", "String", "Number", "Boolean", "Object", "Array")
        .build();

    public FlowNodeInput() {
      super(SCHEMA);
    }

    /**
     * Specifies how input data flows between iterations in a DoWhile loop.
     *
     * <ul> <li><code>LoopCondition</code> - Controls whether the loop continues by evaluating
     * condition expressions against the input data. Use this category to define the condition that
     * determines if the loop should continue. <li><code>ReturnValueToLoopStart</code> - Defines
     * data to pass back to the start of the loop's next iteration. Use this category for variables
     * that you want to update for each loop iteration. <li><code>ExitLoop</code> - Defines the
     * value that's available once the loop ends. Use this category to expose loop results to nodes
     * outside the loop. </ul>
     *
     * <p>Allowed values: {@code LoopCondition}, {@code ReturnValueToLoopStart}, {@code ExitLoop}.
     * CloudFormation property {@code Category}.
     */
    public FlowNodeInput category(String value) {
      return set("Category", Value.of(value));
    }

    /** Sets {@code Category} to this value; see {@link #category(String)}. */
    public FlowNodeInput category(Value<String> value) {
      return set("Category", value);
    }

    /**
     * An expression that formats the input for the node. For an explanation of how to create
     * expressions, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/flows-expressions.html">Expressions
     * in Prompt flows in Amazon Bedrock</a> .
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code Expression}.
     */
    public FlowNodeInput expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public FlowNodeInput expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * Specifies a name for the input that you can reference.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$}. CloudFormation property
     * {@code Name}.
     */
    public FlowNodeInput name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FlowNodeInput name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Specifies the data type of the input. If the input doesn't match this type at runtime, a
     * validation error will be thrown.
     *
     * <p>Required. Allowed values: {@code String}, {@code Number}, {@code Boolean}, {@code Object},
     * {@code Array}. CloudFormation property {@code Type}.
     */
    public FlowNodeInput type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public FlowNodeInput type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Contains configurations for an output from a node.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.FlowNodeOutput}.
   */
  public static final class FlowNodeOutput extends Struct<FlowNodeOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.FlowNodeOutput")
        .required("Name", "Type")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$"))
        .allowed("Type", "String", "Number", "Boolean", "Object", "Array")
        .build();

    public FlowNodeOutput() {
      super(SCHEMA);
    }

    /**
     * A name for the output that you can reference.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$}. CloudFormation property
     * {@code Name}.
     */
    public FlowNodeOutput name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FlowNodeOutput name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The data type of the output. If the output doesn't match this type at runtime, a validation
     * error will be thrown.
     *
     * <p>Required. Allowed values: {@code String}, {@code Number}, {@code Boolean}, {@code Object},
     * {@code Array}. CloudFormation property {@code Type}.
     */
    public FlowNodeOutput type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public FlowNodeOutput type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Contains information about validation of the flow.
   *
   * <p>This data type is used in the following API operations:
   *
   * <ul> <li><a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetFlow.html#API_agent_GetFlow_ResponseSyntax">GetFlow
   * response</a> <li><a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_GetFlowVersion.html#API_agent_GetFlowVersion_ResponseSyntax">GetFlowVersion
   * response</a> </ul>
   *
   * <p>Property type {@code AWS::Bedrock::Flow.FlowValidation}.
   */
  public static final class FlowValidation extends Struct<FlowValidation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.FlowValidation")
        .required("Message")
        .build();

    public FlowValidation() {
      super(SCHEMA);
    }

    /**
     * A message describing the validation error.
     *
     * <p>Required. CloudFormation property {@code Message}.
     */
    public FlowValidation message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public FlowValidation message(Value<String> value) {
      return set("Message", value);
    }
  }

  /**
   * Configuration information for a guardrail that you use with the <a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html">Converse</a>
   * operation.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.GuardrailConfiguration}.
   */
  public static final class GuardrailConfiguration extends Struct<GuardrailConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Flow.GuardrailConfiguration");

    public GuardrailConfiguration() {
      super(SCHEMA);
    }

    /**
     * The identifier for the guardrail.
     *
     * <p>CloudFormation property {@code GuardrailIdentifier}.
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
     * <p>CloudFormation property {@code GuardrailVersion}.
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
   * Contains configurations for an inline code node in your flow. Inline code nodes let you write
   * and execute code directly within your flow, enabling data transformations, custom logic, and
   * integrations without needing an external Lambda function.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.InlineCodeFlowNodeConfiguration}.
   */
  public static final class InlineCodeFlowNodeConfiguration extends Struct<InlineCodeFlowNodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.InlineCodeFlowNodeConfiguration")
        .required("Code", "Language")
        .allowed("Language", "Python_3")
        .build();

    public InlineCodeFlowNodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The code that's executed in your inline code node. The code can access input data from
     * previous nodes in the flow, perform operations on that data, and produce output that can be
     * used by other nodes in your flow.
     *
     * <p>The code must be valid in the programming <code>language</code> that you specify.
     *
     * <p>Required. CloudFormation property {@code Code}.
     */
    public InlineCodeFlowNodeConfiguration code(String value) {
      return set("Code", Value.of(value));
    }

    /** Sets {@code Code} to this value; see {@link #code(String)}. */
    public InlineCodeFlowNodeConfiguration code(Value<String> value) {
      return set("Code", value);
    }

    /**
     * The programming language used by your inline code node.
     *
     * <p>The code must be valid in the programming <code>language</code> that you specify.
     * Currently, only Python 3 ( <code>Python_3</code> ) is supported.
     *
     * <p>Required. Allowed values: {@code Python_3}. CloudFormation property {@code Language}.
     */
    public InlineCodeFlowNodeConfiguration language(String value) {
      return set("Language", Value.of(value));
    }

    /** Sets {@code Language} to this value; see {@link #language(String)}. */
    public InlineCodeFlowNodeConfiguration language(Value<String> value) {
      return set("Language", value);
    }
  }

  /**
   * Contains configurations for a knowledge base node in a flow. This node takes a query as the
   * input and returns, as the output, the retrieved responses directly (as an array) or a response
   * generated based on the retrieved responses. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/flows-nodes.html">Node types in a
   * flow</a> in the Amazon Bedrock User Guide.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.KnowledgeBaseFlowNodeConfiguration}.
   */
  public static final class KnowledgeBaseFlowNodeConfiguration extends Struct<KnowledgeBaseFlowNodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.KnowledgeBaseFlowNodeConfiguration")
        .required("KnowledgeBaseId")
        .build();

    public KnowledgeBaseFlowNodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains configurations for a guardrail to apply during query and response generation for the
     * knowledge base in this configuration.
     *
     * <p>CloudFormation property {@code GuardrailConfiguration}.
     */
    public KnowledgeBaseFlowNodeConfiguration guardrailConfiguration(Value<GuardrailConfiguration> value) {
      return set("GuardrailConfiguration", value);
    }

    /**
     * Contains inference configurations for the prompt.
     *
     * <p>CloudFormation property {@code InferenceConfiguration}.
     */
    public KnowledgeBaseFlowNodeConfiguration inferenceConfiguration(Value<PromptInferenceConfiguration> value) {
      return set("InferenceConfiguration", value);
    }

    /**
     * The unique identifier of the knowledge base to query.
     *
     * <p>Required. CloudFormation property {@code KnowledgeBaseId}.
     */
    public KnowledgeBaseFlowNodeConfiguration knowledgeBaseId(String value) {
      return set("KnowledgeBaseId", Value.of(value));
    }

    /** Sets {@code KnowledgeBaseId} to this value; see {@link #knowledgeBaseId(String)}. */
    public KnowledgeBaseFlowNodeConfiguration knowledgeBaseId(Value<String> value) {
      return set("KnowledgeBaseId", value);
    }

    /**
     * The unique identifier of the model or <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference.html">inference
     * profile</a> to use to generate a response from the query results. Omit this field if you want
     * to return the retrieved results as an array.
     *
     * <p>CloudFormation property {@code ModelId}.
     */
    public KnowledgeBaseFlowNodeConfiguration modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public KnowledgeBaseFlowNodeConfiguration modelId(Value<String> value) {
      return set("ModelId", value);
    }

    /**
     * The number of results to retrieve from the knowledge base.
     *
     * <p>CloudFormation property {@code NumberOfResults}.
     */
    public KnowledgeBaseFlowNodeConfiguration numberOfResults(double value) {
      return set("NumberOfResults", Value.of(value));
    }

    /** Sets {@code NumberOfResults} to this value; see {@link #numberOfResults(double)}. */
    public KnowledgeBaseFlowNodeConfiguration numberOfResults(Value<Double> value) {
      return set("NumberOfResults", value);
    }

    /**
     * The configuration for orchestrating the retrieval and generation process in the knowledge
     * base node.
     *
     * <p>CloudFormation property {@code OrchestrationConfiguration}.
     */
    public KnowledgeBaseFlowNodeConfiguration orchestrationConfiguration(Value<KnowledgeBaseOrchestrationConfiguration> value) {
      return set("OrchestrationConfiguration", value);
    }

    /**
     * A custom prompt template to use with the knowledge base for generating responses.
     *
     * <p>CloudFormation property {@code PromptTemplate}.
     */
    public KnowledgeBaseFlowNodeConfiguration promptTemplate(Value<KnowledgeBasePromptTemplate> value) {
      return set("PromptTemplate", value);
    }

    /**
     * The configuration for reranking the retrieved results from the knowledge base to improve
     * relevance.
     *
     * <p>CloudFormation property {@code RerankingConfiguration}.
     */
    public KnowledgeBaseFlowNodeConfiguration rerankingConfiguration(Value<VectorSearchRerankingConfiguration> value) {
      return set("RerankingConfiguration", value);
    }
  }

  /**
   * Configures how the knowledge base orchestrates the retrieval and generation process, allowing
   * for customization of prompts, inference parameters, and performance settings.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.KnowledgeBaseOrchestrationConfiguration}.
   */
  public static final class KnowledgeBaseOrchestrationConfiguration extends Struct<KnowledgeBaseOrchestrationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Flow.KnowledgeBaseOrchestrationConfiguration");

    public KnowledgeBaseOrchestrationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The additional model-specific request parameters as key-value pairs to be included in the
     * request to the foundation model.
     *
     * <p>CloudFormation property {@code AdditionalModelRequestFields}.
     */
    public KnowledgeBaseOrchestrationConfiguration additionalModelRequestFields(Value<Json> value) {
      return set("AdditionalModelRequestFields", value);
    }

    /**
     * Contains inference configurations for the prompt.
     *
     * <p>CloudFormation property {@code InferenceConfig}.
     */
    public KnowledgeBaseOrchestrationConfiguration inferenceConfig(Value<PromptInferenceConfiguration> value) {
      return set("InferenceConfig", value);
    }

    /**
     * The performance configuration options for the knowledge base retrieval and generation
     * process.
     *
     * <p>CloudFormation property {@code PerformanceConfig}.
     */
    public KnowledgeBaseOrchestrationConfiguration performanceConfig(Value<PerformanceConfiguration> value) {
      return set("PerformanceConfig", value);
    }

    /**
     * A custom prompt template for orchestrating the retrieval and generation process.
     *
     * <p>CloudFormation property {@code PromptTemplate}.
     */
    public KnowledgeBaseOrchestrationConfiguration promptTemplate(Value<KnowledgeBasePromptTemplate> value) {
      return set("PromptTemplate", value);
    }
  }

  /**
   * Defines a custom prompt template for orchestrating the retrieval and generation process.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.KnowledgeBasePromptTemplate}.
   */
  public static final class KnowledgeBasePromptTemplate extends Struct<KnowledgeBasePromptTemplate> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.KnowledgeBasePromptTemplate")
        .required("TextPromptTemplate")
        .build();

    public KnowledgeBasePromptTemplate() {
      super(SCHEMA);
    }

    /**
     * The text of the prompt template.
     *
     * <p>Required. CloudFormation property {@code TextPromptTemplate}.
     */
    public KnowledgeBasePromptTemplate textPromptTemplate(String value) {
      return set("TextPromptTemplate", Value.of(value));
    }

    /** Sets {@code TextPromptTemplate} to this value; see {@link #textPromptTemplate(String)}. */
    public KnowledgeBasePromptTemplate textPromptTemplate(Value<String> value) {
      return set("TextPromptTemplate", value);
    }
  }

  /**
   * Contains configurations for a Lambda function node in the flow. You specify the Lambda function
   * to invoke and the inputs into the function. The output is the response that is defined in the
   * Lambda function. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/flows-nodes.html">Node types in a
   * flow</a> in the Amazon Bedrock User Guide.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.LambdaFunctionFlowNodeConfiguration}.
   */
  public static final class LambdaFunctionFlowNodeConfiguration extends Struct<LambdaFunctionFlowNodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.LambdaFunctionFlowNodeConfiguration")
        .required("LambdaArn")
        .build();

    public LambdaFunctionFlowNodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Lambda function to invoke.
     *
     * <p>Required. CloudFormation property {@code LambdaArn}.
     */
    public LambdaFunctionFlowNodeConfiguration lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public LambdaFunctionFlowNodeConfiguration lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }
  }

  /**
   * Contains configurations for a Lex node in the flow. You specify a Amazon Lex bot to invoke.
   * This node takes an utterance as the input and returns as the output the intent identified by
   * the Amazon Lex bot. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/flows-nodes.html">Node types in a
   * flow</a> in the Amazon Bedrock User Guide.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.LexFlowNodeConfiguration}.
   */
  public static final class LexFlowNodeConfiguration extends Struct<LexFlowNodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.LexFlowNodeConfiguration")
        .required("BotAliasArn", "LocaleId")
        .build();

    public LexFlowNodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon Lex bot alias to invoke.
     *
     * <p>Required. CloudFormation property {@code BotAliasArn}.
     */
    public LexFlowNodeConfiguration botAliasArn(String value) {
      return set("BotAliasArn", Value.of(value));
    }

    /** Sets {@code BotAliasArn} to this value; see {@link #botAliasArn(String)}. */
    public LexFlowNodeConfiguration botAliasArn(Value<String> value) {
      return set("BotAliasArn", value);
    }

    /**
     * The Region to invoke the Amazon Lex bot in.
     *
     * <p>Required. CloudFormation property {@code LocaleId}.
     */
    public LexFlowNodeConfiguration localeId(String value) {
      return set("LocaleId", Value.of(value));
    }

    /** Sets {@code LocaleId} to this value; see {@link #localeId(String)}. */
    public LexFlowNodeConfiguration localeId(Value<String> value) {
      return set("LocaleId", value);
    }
  }

  /**
   * Contains configurations for the controller node of a DoWhile loop in the flow.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.LoopControllerFlowNodeConfiguration}.
   */
  public static final class LoopControllerFlowNodeConfiguration extends Struct<LoopControllerFlowNodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.LoopControllerFlowNodeConfiguration")
        .required("ContinueCondition")
        .build();

    public LoopControllerFlowNodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies the condition that determines when the flow exits the DoWhile loop. The loop
     * executes until this condition evaluates to true.
     *
     * <p>Required. CloudFormation property {@code ContinueCondition}.
     */
    public LoopControllerFlowNodeConfiguration continueCondition(Value<FlowCondition> value) {
      return set("ContinueCondition", value);
    }

    /**
     * Specifies the maximum number of times the DoWhile loop can iterate before the flow exits the
     * loop.
     *
     * <p>Default: {@code 10}. CloudFormation property {@code MaxIterations}.
     */
    public LoopControllerFlowNodeConfiguration maxIterations(double value) {
      return set("MaxIterations", Value.of(value));
    }

    /** Sets {@code MaxIterations} to this value; see {@link #maxIterations(double)}. */
    public LoopControllerFlowNodeConfiguration maxIterations(Value<Double> value) {
      return set("MaxIterations", value);
    }
  }

  /**
   * Contains configurations for the nodes of a DoWhile loop in your flow.
   *
   * <p>A DoWhile loop is made up of the following nodes:
   *
   * <ul> <li><code>Loop</code> - The container node that holds the loop's flow definition. This
   * node encompasses the entire loop structure. <li><code>LoopInput</code> - The entry point node
   * for the loop. This node receives inputs from nodes outside the loop and from previous loop
   * iterations. <li>Body nodes - The processing nodes that execute within each loop iteration.
   * These can be nodes for handling data in your flow, such as a prompt or Lambda function nodes.
   * Some node types aren't supported inside a DoWhile loop body. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_LoopIncompatibleNodeTypeFlowValidationDetails.html">LoopIncompatibleNodeTypeFlowValidationDetails</a>
   * . <li><code>LoopController</code> - The node that evaluates whether the loop should continue or
   * exit based on a condition. </ul>
   *
   * <p>These nodes work together to create a loop that runs at least once and continues until a
   * specified condition is met or a maximum number of iterations is reached.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.LoopFlowNodeConfiguration}.
   */
  public static final class LoopFlowNodeConfiguration extends Struct<LoopFlowNodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.LoopFlowNodeConfiguration")
        .required("Definition")
        .build();

    public LoopFlowNodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The definition of the DoWhile loop nodes and connections between nodes in the flow.
     *
     * <p>Required. CloudFormation property {@code Definition}.
     */
    public LoopFlowNodeConfiguration definition(Value<FlowDefinition> value) {
      return set("Definition", value);
    }
  }

  /**
   * Configuration for how metadata should be used during the reranking process in Knowledge Base
   * vector searches. This determines which metadata fields are included or excluded when reordering
   * search results.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.MetadataConfigurationForReranking}.
   */
  public static final class MetadataConfigurationForReranking extends Struct<MetadataConfigurationForReranking> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.MetadataConfigurationForReranking")
        .required("SelectionMode")
        .allowed("SelectionMode", "SELECTIVE", "ALL")
        .build();

    public MetadataConfigurationForReranking() {
      super(SCHEMA);
    }

    /**
     * The mode for selecting which metadata fields to include in the reranking process. Valid
     * values are ALL (use all available metadata fields) or SELECTIVE (use only specified fields).
     *
     * <p>Required. Allowed values: {@code SELECTIVE}, {@code ALL}. CloudFormation property {@code
     * SelectionMode}.
     */
    public MetadataConfigurationForReranking selectionMode(String value) {
      return set("SelectionMode", Value.of(value));
    }

    /** Sets {@code SelectionMode} to this value; see {@link #selectionMode(String)}. */
    public MetadataConfigurationForReranking selectionMode(Value<String> value) {
      return set("SelectionMode", value);
    }

    /**
     * Configuration for selective mode, which allows you to explicitly include or exclude specific
     * metadata fields during reranking. This is only used when selectionMode is set to SELECTIVE.
     *
     * <p>CloudFormation property {@code SelectiveModeConfiguration}.
     */
    public MetadataConfigurationForReranking selectiveModeConfiguration(Value<RerankingMetadataSelectiveModeConfiguration> value) {
      return set("SelectiveModeConfiguration", value);
    }
  }

  /**
   * Performance settings for a model.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.PerformanceConfiguration}.
   */
  public static final class PerformanceConfiguration extends Struct<PerformanceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.PerformanceConfiguration")
        .allowed("Latency", "standard", "optimized")
        .build();

    public PerformanceConfiguration() {
      super(SCHEMA);
    }

    /**
     * To use a latency-optimized version of the model, set to <code>optimized</code> .
     *
     * <p>Allowed values: {@code standard}, {@code optimized}. CloudFormation property {@code
     * Latency}.
     */
    public PerformanceConfiguration latency(String value) {
      return set("Latency", Value.of(value));
    }

    /** Sets {@code Latency} to this value; see {@link #latency(String)}. */
    public PerformanceConfiguration latency(Value<String> value) {
      return set("Latency", value);
    }
  }

  /**
   * Contains configurations for a prompt node in the flow. You can use a prompt from Prompt
   * management or you can define one in this node. If the prompt contains variables, the inputs
   * into this node will fill in the variables. The output from this node is the response generated
   * by the model. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/flows-nodes.html">Node types in a
   * flow</a> in the Amazon Bedrock User Guide.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.PromptFlowNodeConfiguration}.
   */
  public static final class PromptFlowNodeConfiguration extends Struct<PromptFlowNodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.PromptFlowNodeConfiguration")
        .required("SourceConfiguration")
        .build();

    public PromptFlowNodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains configurations for a guardrail to apply to the prompt in this node and the response
     * generated from it.
     *
     * <p>CloudFormation property {@code GuardrailConfiguration}.
     */
    public PromptFlowNodeConfiguration guardrailConfiguration(Value<GuardrailConfiguration> value) {
      return set("GuardrailConfiguration", value);
    }

    /**
     * Specifies whether the prompt is from Prompt management or defined inline.
     *
     * <p>Required. CloudFormation property {@code SourceConfiguration}.
     */
    public PromptFlowNodeConfiguration sourceConfiguration(Value<PromptFlowNodeSourceConfiguration> value) {
      return set("SourceConfiguration", value);
    }
  }

  /**
   * Contains configurations for a prompt defined inline in the node.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.PromptFlowNodeInlineConfiguration}.
   */
  public static final class PromptFlowNodeInlineConfiguration extends Struct<PromptFlowNodeInlineConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.PromptFlowNodeInlineConfiguration")
        .required("ModelId", "TemplateConfiguration", "TemplateType")
        .allowed("TemplateType", "TEXT")
        .build();

    public PromptFlowNodeInlineConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains inference configurations for the prompt.
     *
     * <p>CloudFormation property {@code InferenceConfiguration}.
     */
    public PromptFlowNodeInlineConfiguration inferenceConfiguration(Value<PromptInferenceConfiguration> value) {
      return set("InferenceConfiguration", value);
    }

    /**
     * The unique identifier of the model or <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference.html">inference
     * profile</a> to run inference with.
     *
     * <p>Required. CloudFormation property {@code ModelId}.
     */
    public PromptFlowNodeInlineConfiguration modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public PromptFlowNodeInlineConfiguration modelId(Value<String> value) {
      return set("ModelId", value);
    }

    /**
     * Contains a prompt and variables in the prompt that can be replaced with values at runtime.
     *
     * <p>Required. CloudFormation property {@code TemplateConfiguration}.
     */
    public PromptFlowNodeInlineConfiguration templateConfiguration(Value<PromptTemplateConfiguration> value) {
      return set("TemplateConfiguration", value);
    }

    /**
     * The type of prompt template.
     *
     * <p>Required. Allowed values: {@code TEXT}. CloudFormation property {@code TemplateType}.
     */
    public PromptFlowNodeInlineConfiguration templateType(String value) {
      return set("TemplateType", Value.of(value));
    }

    /** Sets {@code TemplateType} to this value; see {@link #templateType(String)}. */
    public PromptFlowNodeInlineConfiguration templateType(Value<String> value) {
      return set("TemplateType", value);
    }
  }

  /**
   * Contains configurations for a prompt from Prompt management to use in a node.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.PromptFlowNodeResourceConfiguration}.
   */
  public static final class PromptFlowNodeResourceConfiguration extends Struct<PromptFlowNodeResourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.PromptFlowNodeResourceConfiguration")
        .required("PromptArn")
        .build();

    public PromptFlowNodeResourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the prompt from Prompt management.
     *
     * <p>Required. CloudFormation property {@code PromptArn}.
     */
    public PromptFlowNodeResourceConfiguration promptArn(String value) {
      return set("PromptArn", Value.of(value));
    }

    /** Sets {@code PromptArn} to this value; see {@link #promptArn(String)}. */
    public PromptFlowNodeResourceConfiguration promptArn(Value<String> value) {
      return set("PromptArn", value);
    }
  }

  /**
   * Contains configurations for a prompt and whether it is from Prompt management or defined
   * inline.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.PromptFlowNodeSourceConfiguration}.
   */
  public static final class PromptFlowNodeSourceConfiguration extends Struct<PromptFlowNodeSourceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Flow.PromptFlowNodeSourceConfiguration");

    public PromptFlowNodeSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains configurations for a prompt that is defined inline
     *
     * <p>CloudFormation property {@code Inline}.
     */
    public PromptFlowNodeSourceConfiguration inline(Value<PromptFlowNodeInlineConfiguration> value) {
      return set("Inline", value);
    }

    /**
     * Contains configurations for a prompt from Prompt management.
     *
     * <p>CloudFormation property {@code Resource}.
     */
    public PromptFlowNodeSourceConfiguration resource(Value<PromptFlowNodeResourceConfiguration> value) {
      return set("Resource", value);
    }
  }

  /**
   * Contains inference configurations for the prompt.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.PromptInferenceConfiguration}.
   */
  public static final class PromptInferenceConfiguration extends Struct<PromptInferenceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.PromptInferenceConfiguration")
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
   * <p>Property type {@code AWS::Bedrock::Flow.PromptInputVariable}.
   */
  public static final class PromptInputVariable extends Struct<PromptInputVariable> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Flow.PromptInputVariable");

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
   * Contains inference configurations related to model inference for a prompt. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/inference-parameters.html">Inference
   * parameters</a> .
   *
   * <p>Property type {@code AWS::Bedrock::Flow.PromptModelInferenceConfiguration}.
   */
  public static final class PromptModelInferenceConfiguration extends Struct<PromptModelInferenceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Flow.PromptModelInferenceConfiguration");

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
   * <p>Property type {@code AWS::Bedrock::Flow.PromptTemplateConfiguration}.
   */
  public static final class PromptTemplateConfiguration extends Struct<PromptTemplateConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.PromptTemplateConfiguration")
        .required("Text")
        .build();

    public PromptTemplateConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains configurations for the text in a message for a prompt.
     *
     * <p>Required. CloudFormation property {@code Text}.
     */
    public PromptTemplateConfiguration text(Value<TextPromptTemplateConfiguration> value) {
      return set("Text", value);
    }
  }

  /**
   * Configuration for selectively including or excluding metadata fields during the reranking
   * process. This allows you to control which metadata attributes are considered when reordering
   * search results.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.RerankingMetadataSelectiveModeConfiguration}.
   */
  public static final class RerankingMetadataSelectiveModeConfiguration extends Struct<RerankingMetadataSelectiveModeConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Flow.RerankingMetadataSelectiveModeConfiguration");

    public RerankingMetadataSelectiveModeConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of metadata field names to explicitly exclude from the reranking process. All metadata
     * fields except these will be considered when reordering search results. This parameter cannot
     * be used together with fieldsToInclude.
     *
     * <p>CloudFormation property {@code FieldsToExclude}.
     */
    public RerankingMetadataSelectiveModeConfiguration fieldsToExclude(List<FieldForReranking> value) {
      return set("FieldsToExclude", Value.listOf(value));
    }

    /** Sets {@code FieldsToExclude} to this value; see {@link #fieldsToExclude(List)}. */
    public RerankingMetadataSelectiveModeConfiguration fieldsToExclude(Value<List<FieldForReranking>> value) {
      return set("FieldsToExclude", value);
    }

    /** Sets {@code FieldsToExclude} to a list of these; see {@link #fieldsToExclude(List)}. */
    public RerankingMetadataSelectiveModeConfiguration fieldsToExclude(FieldForReranking... values) {
      return set("FieldsToExclude", Value.list(values));
    }

    /**
     * A list of metadata field names to explicitly include in the reranking process. Only these
     * fields will be considered when reordering search results. This parameter cannot be used
     * together with fieldsToExclude.
     *
     * <p>CloudFormation property {@code FieldsToInclude}.
     */
    public RerankingMetadataSelectiveModeConfiguration fieldsToInclude(List<FieldForReranking> value) {
      return set("FieldsToInclude", Value.listOf(value));
    }

    /** Sets {@code FieldsToInclude} to this value; see {@link #fieldsToInclude(List)}. */
    public RerankingMetadataSelectiveModeConfiguration fieldsToInclude(Value<List<FieldForReranking>> value) {
      return set("FieldsToInclude", value);
    }

    /** Sets {@code FieldsToInclude} to a list of these; see {@link #fieldsToInclude(List)}. */
    public RerankingMetadataSelectiveModeConfiguration fieldsToInclude(FieldForReranking... values) {
      return set("FieldsToInclude", Value.list(values));
    }
  }

  /**
   * Contains configurations for a Retrieval node in a flow. This node retrieves data from the
   * Amazon S3 location that you specify and returns it as the output.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.RetrievalFlowNodeConfiguration}.
   */
  public static final class RetrievalFlowNodeConfiguration extends Struct<RetrievalFlowNodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.RetrievalFlowNodeConfiguration")
        .required("ServiceConfiguration")
        .build();

    public RetrievalFlowNodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains configurations for the service to use for retrieving data to return as the output
     * from the node.
     *
     * <p>Required. CloudFormation property {@code ServiceConfiguration}.
     */
    public RetrievalFlowNodeConfiguration serviceConfiguration(Value<RetrievalFlowNodeServiceConfiguration> value) {
      return set("ServiceConfiguration", value);
    }
  }

  /**
   * Contains configurations for the Amazon S3 location from which to retrieve data to return as the
   * output from the node.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.RetrievalFlowNodeS3Configuration}.
   */
  public static final class RetrievalFlowNodeS3Configuration extends Struct<RetrievalFlowNodeS3Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.RetrievalFlowNodeS3Configuration")
        .required("BucketName")
        .build();

    public RetrievalFlowNodeS3Configuration() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon S3 bucket from which to retrieve data.
     *
     * <p>Required. CloudFormation property {@code BucketName}.
     */
    public RetrievalFlowNodeS3Configuration bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public RetrievalFlowNodeS3Configuration bucketName(Value<String> value) {
      return set("BucketName", value);
    }
  }

  /**
   * Contains configurations for the service to use for retrieving data to return as the output from
   * the node.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.RetrievalFlowNodeServiceConfiguration}.
   */
  public static final class RetrievalFlowNodeServiceConfiguration extends Struct<RetrievalFlowNodeServiceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Flow.RetrievalFlowNodeServiceConfiguration");

    public RetrievalFlowNodeServiceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains configurations for the Amazon S3 location from which to retrieve data to return as
     * the output from the node.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public RetrievalFlowNodeServiceConfiguration s3(Value<RetrievalFlowNodeS3Configuration> value) {
      return set("S3", value);
    }
  }

  /**
   * The S3 location of the flow definition.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.S3Location")
        .required("Bucket", "Key")
        .constrain("Bucket", Constraint.of().pattern("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$").minLength(3).maxLength(63))
        .constrain("Key", Constraint.of().minLength(1).maxLength(1024))
        .constrain("Version", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket containing the flow definition.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code
     * ^[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]$}. CloudFormation property {@code Bucket}.
     */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The object key for the S3 location containing the definition.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Key}.
     */
    public S3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Location key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The Amazon S3 location from which to retrieve data for an S3 retrieve node or to which to
     * store data for an S3 storage node.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code Version}.
     */
    public S3Location version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public S3Location version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Contains configurations for a Storage node in a flow. This node stores the input in an Amazon
   * S3 location that you specify.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.StorageFlowNodeConfiguration}.
   */
  public static final class StorageFlowNodeConfiguration extends Struct<StorageFlowNodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.StorageFlowNodeConfiguration")
        .required("ServiceConfiguration")
        .build();

    public StorageFlowNodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains configurations for the service to use for storing the input into the node.
     *
     * <p>Required. CloudFormation property {@code ServiceConfiguration}.
     */
    public StorageFlowNodeConfiguration serviceConfiguration(Value<StorageFlowNodeServiceConfiguration> value) {
      return set("ServiceConfiguration", value);
    }
  }

  /**
   * Contains configurations for the Amazon S3 location in which to store the input into the node.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.StorageFlowNodeS3Configuration}.
   */
  public static final class StorageFlowNodeS3Configuration extends Struct<StorageFlowNodeS3Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.StorageFlowNodeS3Configuration")
        .required("BucketName")
        .build();

    public StorageFlowNodeS3Configuration() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon S3 bucket in which to store the input into the node.
     *
     * <p>Required. CloudFormation property {@code BucketName}.
     */
    public StorageFlowNodeS3Configuration bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public StorageFlowNodeS3Configuration bucketName(Value<String> value) {
      return set("BucketName", value);
    }
  }

  /**
   * Contains configurations for the service to use for storing the input into the node.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.StorageFlowNodeServiceConfiguration}.
   */
  public static final class StorageFlowNodeServiceConfiguration extends Struct<StorageFlowNodeServiceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::Flow.StorageFlowNodeServiceConfiguration");

    public StorageFlowNodeServiceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains configurations for the Amazon S3 location in which to store the input into the node.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public StorageFlowNodeServiceConfiguration s3(Value<StorageFlowNodeS3Configuration> value) {
      return set("S3", value);
    }
  }

  /**
   * Contains configurations for a text prompt template. To include a variable, enclose a word in
   * double curly braces as in <code>{{variable}}</code> .
   *
   * <p>Property type {@code AWS::Bedrock::Flow.TextPromptTemplateConfiguration}.
   */
  public static final class TextPromptTemplateConfiguration extends Struct<TextPromptTemplateConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.TextPromptTemplateConfiguration")
        .required("Text")
        .build();

    public TextPromptTemplateConfiguration() {
      super(SCHEMA);
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
     * <p>Required. CloudFormation property {@code Text}.
     */
    public TextPromptTemplateConfiguration text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public TextPromptTemplateConfiguration text(Value<String> value) {
      return set("Text", value);
    }
  }

  /**
   * Configuration for using Amazon Bedrock foundation models to rerank Knowledge Base vector search
   * results. This enables more sophisticated relevance ranking using large language models.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.VectorSearchBedrockRerankingConfiguration}.
   */
  public static final class VectorSearchBedrockRerankingConfiguration extends Struct<VectorSearchBedrockRerankingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.VectorSearchBedrockRerankingConfiguration")
        .required("ModelConfiguration")
        .build();

    public VectorSearchBedrockRerankingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for how document metadata should be used during the reranking process. This
     * determines which metadata fields are included when reordering search results.
     *
     * <p>CloudFormation property {@code MetadataConfiguration}.
     */
    public VectorSearchBedrockRerankingConfiguration metadataConfiguration(Value<MetadataConfigurationForReranking> value) {
      return set("MetadataConfiguration", value);
    }

    /**
     * Configuration for the Amazon Bedrock foundation model used for reranking. This includes the
     * model ARN and any additional request fields required by the model.
     *
     * <p>Required. CloudFormation property {@code ModelConfiguration}.
     */
    public VectorSearchBedrockRerankingConfiguration modelConfiguration(Value<VectorSearchBedrockRerankingModelConfiguration> value) {
      return set("ModelConfiguration", value);
    }

    /**
     * The maximum number of results to rerank. This limits how many of the initial vector search
     * results will be processed by the reranking model. A smaller number improves performance but
     * may exclude potentially relevant results.
     *
     * <p>CloudFormation property {@code NumberOfRerankedResults}.
     */
    public VectorSearchBedrockRerankingConfiguration numberOfRerankedResults(double value) {
      return set("NumberOfRerankedResults", Value.of(value));
    }

    /**
     * Sets {@code NumberOfRerankedResults} to this value; see {@link
     * #numberOfRerankedResults(double)}.
     */
    public VectorSearchBedrockRerankingConfiguration numberOfRerankedResults(Value<Double> value) {
      return set("NumberOfRerankedResults", value);
    }
  }

  /**
   * Configuration for the Amazon Bedrock foundation model used for reranking vector search results.
   * This specifies which model to use and any additional parameters required by the model.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.VectorSearchBedrockRerankingModelConfiguration}.
   */
  public static final class VectorSearchBedrockRerankingModelConfiguration extends Struct<VectorSearchBedrockRerankingModelConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.VectorSearchBedrockRerankingModelConfiguration")
        .required("ModelArn")
        .build();

    public VectorSearchBedrockRerankingModelConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of additional fields to include in the model request during reranking. These fields
     * provide extra context or configuration options specific to the selected foundation model.
     *
     * <p>CloudFormation property {@code AdditionalModelRequestFields}.
     */
    public VectorSearchBedrockRerankingModelConfiguration additionalModelRequestFields(Value<Json> value) {
      return set("AdditionalModelRequestFields", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the foundation model to use for reranking. This model
     * processes the query and search results to determine a more relevant ordering.
     *
     * <p>Required. CloudFormation property {@code ModelArn}.
     */
    public VectorSearchBedrockRerankingModelConfiguration modelArn(String value) {
      return set("ModelArn", Value.of(value));
    }

    /** Sets {@code ModelArn} to this value; see {@link #modelArn(String)}. */
    public VectorSearchBedrockRerankingModelConfiguration modelArn(Value<String> value) {
      return set("ModelArn", value);
    }
  }

  /**
   * Configuration for reranking vector search results to improve relevance. Reranking applies
   * additional relevance models to reorder the initial vector search results based on more
   * sophisticated criteria.
   *
   * <p>Property type {@code AWS::Bedrock::Flow.VectorSearchRerankingConfiguration}.
   */
  public static final class VectorSearchRerankingConfiguration extends Struct<VectorSearchRerankingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Flow.VectorSearchRerankingConfiguration")
        .required("Type")
        .allowed("Type", "BEDROCK_RERANKING_MODEL")
        .build();

    public VectorSearchRerankingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for using Amazon Bedrock foundation models to rerank search results. This is
     * required when the reranking type is set to BEDROCK.
     *
     * <p>CloudFormation property {@code BedrockRerankingConfiguration}.
     */
    public VectorSearchRerankingConfiguration bedrockRerankingConfiguration(Value<VectorSearchBedrockRerankingConfiguration> value) {
      return set("BedrockRerankingConfiguration", value);
    }

    /**
     * The type of reranking to apply to vector search results. Currently, the only supported value
     * is BEDROCK, which uses Amazon Bedrock foundation models for reranking.
     *
     * <p>Required. Allowed values: {@code BEDROCK_RERANKING_MODEL}. CloudFormation property {@code
     * Type}.
     */
    public VectorSearchRerankingConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public VectorSearchRerankingConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }
}
