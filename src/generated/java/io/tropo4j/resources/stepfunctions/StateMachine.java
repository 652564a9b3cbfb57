// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.stepfunctions;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.dynamodb.Table;
import io.tropo4j.resources.ecs.TaskDefinition;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.lambda.Version;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.sqs.Queue;
import java.util.List;
import java.util.Map;

/**
 * Provisions a state machine. A state machine consists of a collection of states that can do work (
 * <code>Task</code> states), determine to which states to transition next ( <code>Choice</code>
 * states), stop an execution with an error ( <code>Fail</code> states), and so on. State machines
 * are specified using a JSON-based, structured language.
 *
 * <p>CloudFormation type {@code AWS::StepFunctions::StateMachine}.
 */
public final class StateMachine extends Resource<StateMachine> {
  private static final Schema SCHEMA = Schema.builder("AWS::StepFunctions::StateMachine")
      .required("RoleArn")
      .constrain("Definition", Constraint.of().minLength(1).maxLength(1048576))
      .constrain("DefinitionString", Constraint.of().minLength(1).maxLength(1048576))
      .references("DefinitionString", "AWS::Lambda::Function.Arn", "AWS::Lambda::Function.Ref",
          "AWS::Lambda::Version.Ref", "AWS::ECS::TaskDefinition.Ref", "AWS::DynamoDB::Table.Arn",
          "AWS::DynamoDB::Table.Ref", "AWS::SNS::Topic.Ref", "AWS::SQS::Queue.Ref")
      .constrain("RoleArn", Constraint.of().minLength(1).maxLength(256).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .constrain("StateMachineName", Constraint.of().minLength(1).maxLength(80))
      .allowed("StateMachineType", "STANDARD", "EXPRESS")
      .refYields("Arn")
      .attributes("Arn", "Name", "StateMachineRevisionId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public StateMachine(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon States Language definition of the state machine. The state machine definition must
   * be in JSON or YAML, and the format of the object must match the format of your CloudFormation
   * template file. See <a
   * href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html">Amazon
   * States Language</a> .
   *
   * <p>Length: 1 to 1048576 characters. CloudFormation property {@code Definition}.
   */
  public StateMachine definition(Value<Json> value) {
    return set("Definition", value);
  }

  /**
   * The name of the S3 bucket where the state machine definition is stored. The state machine
   * definition must be a JSON or YAML file.
   *
   * <p>CloudFormation property {@code DefinitionS3Location}.
   */
  public StateMachine definitionS3Location(Value<S3Location> value) {
    return set("DefinitionS3Location", value);
  }

  /**
   * Sets {@code DefinitionS3Location} to the asset's bucket and key, where the deployer uploads it;
   * see {@link #definitionS3Location(Value)}.
   */
  public StateMachine definitionS3Location(Asset asset) {
    return set("DefinitionS3Location", new S3Location().bucket(asset.bucket()).key(asset.key()));
  }

  /**
   * The Amazon States Language definition of the state machine. The state machine definition must
   * be in JSON. See <a
   * href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html">Amazon
   * States Language</a> .
   *
   * <p>Length: 1 to 1048576 characters. CloudFormation property {@code DefinitionString}.
   */
  public StateMachine definitionString(String value) {
    return set("DefinitionString", Value.of(value));
  }

  /** Sets {@code DefinitionString} to this value; see {@link #definitionString(String)}. */
  public StateMachine definitionString(Value<String> value) {
    return set("DefinitionString", value);
  }

  /**
   * Sets {@code DefinitionString} to the Arn of {@code AWS::Lambda::Function}; see {@link
   * #definitionString(String)}.
   */
  public StateMachine definitionString(Function resource) {
    return set("DefinitionString", resource.arn());
  }

  /**
   * Sets {@code DefinitionString} to the Ref of {@code AWS::Lambda::Version}; see {@link
   * #definitionString(String)}.
   */
  public StateMachine definitionString(Version resource) {
    return set("DefinitionString", resource.ref());
  }

  /**
   * Sets {@code DefinitionString} to the Ref of {@code AWS::ECS::TaskDefinition}; see {@link
   * #definitionString(String)}.
   */
  public StateMachine definitionString(TaskDefinition resource) {
    return set("DefinitionString", resource.ref());
  }

  /**
   * Sets {@code DefinitionString} to the Arn of {@code AWS::DynamoDB::Table}; see {@link
   * #definitionString(String)}.
   */
  public StateMachine definitionString(Table resource) {
    return set("DefinitionString", resource.arn());
  }

  /**
   * Sets {@code DefinitionString} to the Ref of {@code AWS::SNS::Topic}; see {@link
   * #definitionString(String)}.
   */
  public StateMachine definitionString(Topic resource) {
    return set("DefinitionString", resource.ref());
  }

  /**
   * Sets {@code DefinitionString} to the Ref of {@code AWS::SQS::Queue}; see {@link
   * #definitionString(String)}.
   */
  public StateMachine definitionString(Queue resource) {
    return set("DefinitionString", resource.ref());
  }

  /**
   * A map (string to string) that specifies the mappings for placeholder variables in the state
   * machine definition. This enables the customer to inject values obtained at runtime, for example
   * from intrinsic functions, in the state machine definition. Variables can be template parameter
   * names, resource logical IDs, resource attributes, or a variable in a key-value map.
   *
   * <p>Substitutions must follow the syntax: <code>${key_name}</code> or
   * <code>${variable_1,variable_2,...}</code> .
   *
   * <p>CloudFormation property {@code DefinitionSubstitutions}.
   */
  public StateMachine definitionSubstitutions(Map<String, Object> value) {
    return set("DefinitionSubstitutions", Value.mapOf(value));
  }

  /**
   * Sets {@code DefinitionSubstitutions} to this value; see {@link #definitionSubstitutions(Map)}.
   */
  public StateMachine definitionSubstitutions(Value<Map<String, Object>> value) {
    return set("DefinitionSubstitutions", value);
  }

  /**
   * Encryption configuration for the state machine.
   *
   * <p>CloudFormation property {@code EncryptionConfiguration}.
   */
  public StateMachine encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * Defines what execution history events are logged and where they are logged.
   *
   * <p>By default, the <code>level</code> is set to <code>OFF</code> . For more information see <a
   * href="https://docs.aws.amazon.com/step-functions/latest/dg/cloudwatch-log-level.html">Log
   * Levels</a> in the AWS Step Functions User Guide.
   *
   * <p>CloudFormation property {@code LoggingConfiguration}.
   */
  public StateMachine loggingConfiguration(Value<LoggingConfiguration> value) {
    return set("LoggingConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role to use for this state machine.
   *
   * <p>Required. Length: 1 to 256 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public StateMachine roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public StateMachine roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public StateMachine roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * The name of the state machine.
   *
   * <p>A name must <em>not</em> contain:
   *
   * <ul> <li>white space <li>brackets <code>&lt; &gt; { } [ ]</code> <li>wildcard characters
   * <code>? *</code> <li>special characters <code>" # % &#92; ^ | ~</code> $ &amp; , ; : /`
   * <li>control characters ( <code>U+0000-001F</code> , <code>U+007F-009F</code> ) </ul>
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 80 characters. CloudFormation property
   * {@code StateMachineName}.
   */
  public StateMachine stateMachineName(String value) {
    return set("StateMachineName", Value.of(value));
  }

  /** Sets {@code StateMachineName} to this value; see {@link #stateMachineName(String)}. */
  public StateMachine stateMachineName(Value<String> value) {
    return set("StateMachineName", value);
  }

  /**
   * Determines whether a <code>STANDARD</code> or <code>EXPRESS</code> state machine is created.
   * The default is <code>STANDARD</code> . You cannot update the <code>type</code> of a state
   * machine once it has been created. For more information on <code>STANDARD</code> and
   * <code>EXPRESS</code> workflows, see <a
   * href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-standard-vs-express.html">Standard
   * Versus Express Workflows</a> in the AWS Step Functions Developer Guide.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code STANDARD}, {@code EXPRESS}.
   * CloudFormation property {@code StateMachineType}.
   */
  public StateMachine stateMachineType(String value) {
    return set("StateMachineType", Value.of(value));
  }

  /** Sets {@code StateMachineType} to this value; see {@link #stateMachineType(String)}. */
  public StateMachine stateMachineType(Value<String> value) {
    return set("StateMachineType", value);
  }

  /**
   * The list of tags to add to a resource.
   *
   * <p>Tags may only contain Unicode letters, digits, white space, or these symbols: <code>_ . : /
   * = + - &#64;</code> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public StateMachine tags(List<TagsEntry> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public StateMachine tags(Value<List<TagsEntry>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public StateMachine tags(TagsEntry... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public StateMachine tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Selects whether or not the state machine's AWS X-Ray tracing is enabled.
   *
   * <p>CloudFormation property {@code TracingConfiguration}.
   */
  public StateMachine tracingConfiguration(Value<TracingConfiguration> value) {
    return set("TracingConfiguration", value);
  }

  /**
   * Returns the ARN of the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the name of the state machine. For example:
   *
   * <p><code>{ "Fn::GetAtt": ["MyStateMachine", "Name"] }</code>
   *
   * <p>Returns the name of your state machine:
   *
   * <p><code>HelloWorld-StateMachine</code>
   *
   * <p>If you did not specify the name it will be similar to the following:
   *
   * <p><code>MyStateMachine-1234abcdefgh</code>
   *
   * <p>For more information about using <code>Fn::GetAtt</code> , see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getatt.html">Fn::GetAtt</a>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * Identifier for a state machine revision, which is an immutable, read-only snapshot of a state
   * machine’s definition and configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StateMachineRevisionId}.
   */
  public Value<String> stateMachineRevisionId() {
    return getAtt("StateMachineRevisionId");
  }

  /**
   * Defines a CloudWatch log group.
   *
   * <p>For more information see <a
   * href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-standard-vs-express.html">Standard
   * Versus Express Workflows</a> in the AWS Step Functions Developer Guide.
   *
   * <p>Property type {@code AWS::StepFunctions::StateMachine.CloudWatchLogsLogGroup}.
   */
  public static final class CloudWatchLogsLogGroup extends Struct<CloudWatchLogsLogGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::StepFunctions::StateMachine.CloudWatchLogsLogGroup")
        .constrain("LogGroupArn", Constraint.of().minLength(1).maxLength(256))
        .references("LogGroupArn", "AWS::Logs::LogGroup.Arn")
        .build();

    public CloudWatchLogsLogGroup() {
      super(SCHEMA);
    }

    /**
     * The ARN of the the CloudWatch log group to which you want your logs emitted to. The ARN must
     * end with <code>:*</code>
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code LogGroupArn}.
     */
    public CloudWatchLogsLogGroup logGroupArn(String value) {
      return set("LogGroupArn", Value.of(value));
    }

    /** Sets {@code LogGroupArn} to this value; see {@link #logGroupArn(String)}. */
    public CloudWatchLogsLogGroup logGroupArn(Value<String> value) {
      return set("LogGroupArn", value);
    }

    /**
     * Sets {@code LogGroupArn} to the Arn of {@code AWS::Logs::LogGroup}; see {@link
     * #logGroupArn(String)}.
     */
    public CloudWatchLogsLogGroup logGroupArn(LogGroup resource) {
      return set("LogGroupArn", resource.arn());
    }
  }

  /**
   * Settings to configure server-side encryption for a state machine. By default, Step Functions
   * provides transparent server-side encryption. With this configuration, you can specify a
   * customer managed AWS key for encryption.
   *
   * <p>Property type {@code AWS::StepFunctions::StateMachine.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::StepFunctions::StateMachine.EncryptionConfiguration")
        .required("Type")
        .constrain("KmsDataKeyReusePeriodSeconds", Constraint.of().minimum(60).maximum(900))
        .allowed("Type", "CUSTOMER_MANAGED_KMS_KEY", "AWS_OWNED_KEY")
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Maximum duration that Step Functions will reuse data keys. When the period expires, Step
     * Functions will call <code>GenerateDataKey</code> . Only applies to customer managed keys.
     *
     * <p>Range: 60 to 900. CloudFormation property {@code KmsDataKeyReusePeriodSeconds}.
     */
    public EncryptionConfiguration kmsDataKeyReusePeriodSeconds(int value) {
      return set("KmsDataKeyReusePeriodSeconds", Value.of(value));
    }

    /**
     * Sets {@code KmsDataKeyReusePeriodSeconds} to this value; see {@link
     * #kmsDataKeyReusePeriodSeconds(int)}.
     */
    public EncryptionConfiguration kmsDataKeyReusePeriodSeconds(Value<Integer> value) {
      return set("KmsDataKeyReusePeriodSeconds", value);
    }

    /**
     * An alias, alias ARN, key ID, or key ARN of a symmetric encryption AWS key to encrypt data. To
     * specify a AWS key in a different AWS account, you must use the key ARN or alias ARN.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public EncryptionConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EncryptionConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * Encryption option for a state machine.
     *
     * <p>Required. Allowed values: {@code CUSTOMER_MANAGED_KMS_KEY}, {@code AWS_OWNED_KEY}.
     * CloudFormation property {@code Type}.
     */
    public EncryptionConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EncryptionConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Defines a destination for <code>LoggingConfiguration</code> .
   *
   * <p>For more information on logging with <code>EXPRESS</code> workflows, see <a
   * href="https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html">Logging Express
   * Workflows Using CloudWatch Logs</a> .
   *
   * <p>Property type {@code AWS::StepFunctions::StateMachine.LogDestination}.
   */
  public static final class LogDestination extends Struct<LogDestination> {
    private static final Schema SCHEMA = Schema.of("AWS::StepFunctions::StateMachine.LogDestination");

    public LogDestination() {
      super(SCHEMA);
    }

    /**
     * An object describing a CloudWatch log group. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-loggroup.html">AWS::Logs::LogGroup</a>
     * in the CloudFormation User Guide.
     *
     * <p>CloudFormation property {@code CloudWatchLogsLogGroup}.
     */
    public LogDestination cloudWatchLogsLogGroup(Value<CloudWatchLogsLogGroup> value) {
      return set("CloudWatchLogsLogGroup", value);
    }
  }

  /**
   * Defines what execution history events are logged and where they are logged.
   *
   * <p>Step Functions provides the log levels — <code>OFF</code> , <code>ALL</code> ,
   * <code>ERROR</code> , and <code>FATAL</code> . No event types log when set to <code>OFF</code>
   * and all event types do when set to <code>ALL</code> .
   *
   * <p>By default, the <code>level</code> is set to <code>OFF</code> . For more information see <a
   * href="https://docs.aws.amazon.com/step-functions/latest/dg/cloudwatch-log-level.html">Log
   * Levels</a> in the AWS Step Functions User Guide.
   *
   * <p>Property type {@code AWS::StepFunctions::StateMachine.LoggingConfiguration}.
   */
  public static final class LoggingConfiguration extends Struct<LoggingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::StepFunctions::StateMachine.LoggingConfiguration")
        .allowed("Level", "ALL", "ERROR", "FATAL", "OFF")
        .build();

    public LoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * An array of objects that describes where your execution history events will be logged.
     * Limited to size 1. Required, if your log level is not set to <code>OFF</code> .
     *
     * <p>CloudFormation property {@code Destinations}.
     */
    public LoggingConfiguration destinations(List<LogDestination> value) {
      return set("Destinations", Value.listOf(value));
    }

    /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
    public LoggingConfiguration destinations(Value<List<LogDestination>> value) {
      return set("Destinations", value);
    }

    /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
    public LoggingConfiguration destinations(LogDestination... values) {
      return set("Destinations", Value.list(values));
    }

    /**
     * Determines whether execution data is included in your log. When set to <code>false</code> ,
     * data is excluded.
     *
     * <p>CloudFormation property {@code IncludeExecutionData}.
     */
    public LoggingConfiguration includeExecutionData(boolean value) {
      return set("IncludeExecutionData", Value.of(value));
    }

    /**
     * Sets {@code IncludeExecutionData} to this value; see {@link #includeExecutionData(boolean)}.
     */
    public LoggingConfiguration includeExecutionData(Value<Boolean> value) {
      return set("IncludeExecutionData", value);
    }

    /**
     * Defines which category of execution history events are logged.
     *
     * <p>Allowed values: {@code ALL}, {@code ERROR}, {@code FATAL}, {@code OFF}. CloudFormation
     * property {@code Level}.
     */
    public LoggingConfiguration level(String value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(String)}. */
    public LoggingConfiguration level(Value<String> value) {
      return set("Level", value);
    }
  }

  /**
   * Defines the S3 bucket location where a state machine definition is stored. The state machine
   * definition must be a JSON or YAML file.
   *
   * <p>Property type {@code AWS::StepFunctions::StateMachine.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::StepFunctions::StateMachine.S3Location")
        .required("Bucket", "Key")
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket where the state machine definition JSON or YAML file is stored.
     *
     * <p>Required. CloudFormation property {@code Bucket}.
     */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The name of the state machine definition file (Amazon S3 object name).
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public S3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Location key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * For versioning-enabled buckets, a specific version of the state machine definition.
     *
     * <p>CloudFormation property {@code Version}.
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
   * The <code>TagsEntry</code> property specifies <em>tags</em> to identify a state machine.
   *
   * <p>Property type {@code AWS::StepFunctions::StateMachine.TagsEntry}.
   */
  public static final class TagsEntry extends Struct<TagsEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::StepFunctions::StateMachine.TagsEntry")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(1).maxLength(256))
        .build();

    public TagsEntry() {
      super(SCHEMA);
    }

    /**
     * The <code>key</code> for a key-value pair in a tag entry.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public TagsEntry key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsEntry key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The <code>value</code> for a key-value pair in a tag entry.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Value}.
     */
    public TagsEntry value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsEntry value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Selects whether or not the state machine's AWS X-Ray tracing is enabled. To configure your
   * state machine to send trace data to X-Ray, set <code>Enabled</code> to <code>true</code> .
   *
   * <p>Property type {@code AWS::StepFunctions::StateMachine.TracingConfiguration}.
   */
  public static final class TracingConfiguration extends Struct<TracingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::StepFunctions::StateMachine.TracingConfiguration");

    public TracingConfiguration() {
      super(SCHEMA);
    }

    /**
     * When set to <code>true</code> , X-Ray tracing is enabled.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public TracingConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public TracingConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }
}
