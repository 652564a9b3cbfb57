// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pipes;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.dynamodb.Table;
import io.tropo4j.resources.events.EventBus;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kinesis.Stream;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.sqs.Queue;
import io.tropo4j.resources.stepfunctions.StateMachine;
import java.util.List;
import java.util.Map;

/**
 * Specifies a pipe. Amazon EventBridge Pipes connect event sources to targets and reduces the need
 * for specialized knowledge and integration code.
 *
 * <p>As an aid to help you jumpstart developing CloudFormation templates, the EventBridge console
 * enables you to create templates from the existing pipes in your account. For more information,
 * see <a
 * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/pipes-generate-template.html">Generate
 * an CloudFormation template from EventBridge Pipes</a> in the <em>Amazon EventBridge User
 * Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Pipes::Pipe}.
 */
public final class Pipe extends Resource<Pipe> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe")
      .required("RoleArn", "Source", "Target")
      .constrain("Description", Constraint.of().pattern("^.*$").minLength(0).maxLength(512))
      .allowed("DesiredState", "RUNNING", "STOPPED")
      .constrain("Enrichment", Constraint.of().pattern("^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)$").minLength(0).maxLength(1600))
      .references("Enrichment", "AWS::Lambda::Function.Arn")
      .constrain("KmsKeyIdentifier", Constraint.of().pattern("^[a-zA-Z0-9_\\-/:]*$").minLength(0).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^[\\.\\-_A-Za-z0-9]+$").minLength(1).maxLength(64))
      .constrain("RoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z0-9+=,.@\\-_/]+$").minLength(1).maxLength(1600).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .constrain("Source", Constraint.of().pattern("^smk://(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9]):[0-9]{1,5}|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)$").minLength(1).maxLength(1600))
      .references("Source", "AWS::SQS::Queue.Arn", "AWS::DynamoDB::Table.StreamArn",
          "AWS::Kinesis::Stream.Arn")
      .constrain("Target", Constraint.of().pattern("^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)$").minLength(1).maxLength(1600))
      .references("Target", "AWS::Logs::LogGroup.Arn", "AWS::Lambda::Function.Arn",
          "AWS::StepFunctions::StateMachine.Ref", "AWS::Events::EventBus.Arn",
          "AWS::SQS::Queue.Arn", "AWS::SNS::Topic.Ref")
      .refYields("Name")
      .attributes("Arn", "CreationTime", "CurrentState", "LastModifiedTime", "StateReason")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Pipe(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the pipe.
   *
   * <p>Length: 0 to 512 characters. Pattern: {@code ^.*$}. CloudFormation property {@code
   * Description}.
   */
  public Pipe description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Pipe description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The state the pipe should be in.
   *
   * <p>Allowed values: {@code RUNNING}, {@code STOPPED}. CloudFormation property {@code
   * DesiredState}.
   */
  public Pipe desiredState(String value) {
    return set("DesiredState", Value.of(value));
  }

  /** Sets {@code DesiredState} to this value; see {@link #desiredState(String)}. */
  public Pipe desiredState(Value<String> value) {
    return set("DesiredState", value);
  }

  /**
   * The ARN of the enrichment resource.
   *
   * <p>Length: 0 to 1600 characters. Pattern: {@code
   * ^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1})?:(&#92;d{12})?:(.+)$}.
   * CloudFormation property {@code Enrichment}.
   */
  public Pipe enrichment(String value) {
    return set("Enrichment", Value.of(value));
  }

  /** Sets {@code Enrichment} to this value; see {@link #enrichment(String)}. */
  public Pipe enrichment(Value<String> value) {
    return set("Enrichment", value);
  }

  /**
   * Sets {@code Enrichment} to the Arn of {@code AWS::Lambda::Function}; see {@link
   * #enrichment(String)}.
   */
  public Pipe enrichment(Function resource) {
    return set("Enrichment", resource.arn());
  }

  /**
   * The parameters required to set up enrichment on your pipe.
   *
   * <p>CloudFormation property {@code EnrichmentParameters}.
   */
  public Pipe enrichmentParameters(Value<PipeEnrichmentParameters> value) {
    return set("EnrichmentParameters", value);
  }

  /**
   * The identifier of the AWS customer managed key for EventBridge to use, if you choose to use a
   * customer managed key to encrypt pipe data. The identifier can be the key Amazon Resource Name
   * (ARN), KeyId, key alias, or key alias ARN.
   *
   * <p>To update a pipe that is using the default AWS owned key to use a customer managed key
   * instead, or update a pipe that is using a customer managed key to use a different customer
   * managed key, specify a customer managed key identifier.
   *
   * <p>To update a pipe that is using a customer managed key to use the default AWS owned key ,
   * specify an empty string.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/getting-started.html">Managing
   * keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Length: 0 to 2048 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-/:]*$}. CloudFormation
   * property {@code KmsKeyIdentifier}.
   */
  public Pipe kmsKeyIdentifier(String value) {
    return set("KmsKeyIdentifier", Value.of(value));
  }

  /** Sets {@code KmsKeyIdentifier} to this value; see {@link #kmsKeyIdentifier(String)}. */
  public Pipe kmsKeyIdentifier(Value<String> value) {
    return set("KmsKeyIdentifier", value);
  }

  /**
   * The logging configuration settings for the pipe.
   *
   * <p>CloudFormation property {@code LogConfiguration}.
   */
  public Pipe logConfiguration(Value<PipeLogConfiguration> value) {
    return set("LogConfiguration", value);
  }

  /**
   * The name of the pipe.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[&#92;.&#92;-_A-Za-z0-9]+$}. CloudFormation property {@code Name}.
   */
  public Pipe name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Pipe name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the role that allows the pipe to send data to the target.
   *
   * <p>Required. Length: 1 to 1600 characters. Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*)?:iam::&#92;d{12}:role/?[a-zA-Z0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Pipe roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Pipe roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public Pipe roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * The ARN of the source resource.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1600 characters. Pattern: {@code
   * ^smk://(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9&#92;-]*[a-zA-Z0-9])&#92;.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9&#92;-]*[A-Za-z0-9]):[0-9]{1,5}|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1})?:(&#92;d{12})?:(.+)$}.
   * CloudFormation property {@code Source}.
   */
  public Pipe source(String value) {
    return set("Source", Value.of(value));
  }

  /** Sets {@code Source} to this value; see {@link #source(String)}. */
  public Pipe source(Value<String> value) {
    return set("Source", value);
  }

  /** Sets {@code Source} to the Arn of {@code AWS::SQS::Queue}; see {@link #source(String)}. */
  public Pipe source(Queue resource) {
    return set("Source", resource.arn());
  }

  /**
   * Sets {@code Source} to the StreamArn of {@code AWS::DynamoDB::Table}; see {@link
   * #source(String)}.
   */
  public Pipe source(Table resource) {
    return set("Source", resource.streamArn());
  }

  /**
   * Sets {@code Source} to the Arn of {@code AWS::Kinesis::Stream}; see {@link #source(String)}.
   */
  public Pipe source(Stream resource) {
    return set("Source", resource.arn());
  }

  /**
   * The parameters required to set up a source for your pipe.
   *
   * <p>CloudFormation property {@code SourceParameters}.
   */
  public Pipe sourceParameters(Value<PipeSourceParameters> value) {
    return set("SourceParameters", value);
  }

  /**
   * The list of key-value pairs to associate with the pipe.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Pipe tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Pipe tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Pipe tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ARN of the target resource.
   *
   * <p>Required. Length: 1 to 1600 characters. Pattern: {@code
   * ^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1})?:(&#92;d{12})?:(.+)$}.
   * CloudFormation property {@code Target}.
   */
  public Pipe target(String value) {
    return set("Target", Value.of(value));
  }

  /** Sets {@code Target} to this value; see {@link #target(String)}. */
  public Pipe target(Value<String> value) {
    return set("Target", value);
  }

  /** Sets {@code Target} to the Arn of {@code AWS::Logs::LogGroup}; see {@link #target(String)}. */
  public Pipe target(LogGroup resource) {
    return set("Target", resource.arn());
  }

  /**
   * Sets {@code Target} to the Arn of {@code AWS::Lambda::Function}; see {@link #target(String)}.
   */
  public Pipe target(Function resource) {
    return set("Target", resource.arn());
  }

  /**
   * Sets {@code Target} to the Ref of {@code AWS::StepFunctions::StateMachine}; see {@link
   * #target(String)}.
   */
  public Pipe target(StateMachine resource) {
    return set("Target", resource.ref());
  }

  /**
   * Sets {@code Target} to the Arn of {@code AWS::Events::EventBus}; see {@link #target(String)}.
   */
  public Pipe target(EventBus resource) {
    return set("Target", resource.arn());
  }

  /** Sets {@code Target} to the Arn of {@code AWS::SQS::Queue}; see {@link #target(String)}. */
  public Pipe target(Queue resource) {
    return set("Target", resource.arn());
  }

  /** Sets {@code Target} to the Ref of {@code AWS::SNS::Topic}; see {@link #target(String)}. */
  public Pipe target(Topic resource) {
    return set("Target", resource.ref());
  }

  /**
   * The parameters required to set up a target for your pipe.
   *
   * <p>For more information about pipe target parameters, including how to use dynamic path
   * parameters, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-event-target.html">Target
   * parameters</a> in the <em>Amazon EventBridge User Guide</em> .
   *
   * <p>CloudFormation property {@code TargetParameters}.
   */
  public Pipe targetParameters(Value<PipeTargetParameters> value) {
    return set("TargetParameters", value);
  }

  /**
   * The ARN of the pipe.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the pipe was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The state the pipe is in.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CurrentState}.
   */
  public Value<String> currentState() {
    return getAtt("CurrentState");
  }

  /**
   * When the pipe was last updated, in <a
   * href="https://docs.aws.amazon.com/https://www.w3.org/TR/NOTE-datetime">ISO-8601 format</a>
   * (YYYY-MM-DDThh:mm:ss.sTZD).
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The reason the pipe is in its current state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StateReason}.
   */
  public Value<String> stateReason() {
    return getAtt("StateReason");
  }

  /**
   * This structure specifies the VPC subnets and security groups for the task, and whether a public
   * IP address is to be used. This structure is relevant only for ECS tasks that use the
   * <code>awsvpc</code> network mode.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.AwsVpcConfiguration}.
   */
  public static final class AwsVpcConfiguration extends Struct<AwsVpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.AwsVpcConfiguration")
        .required("Subnets")
        .allowed("AssignPublicIp", "ENABLED", "DISABLED")
        .constrain("SecurityGroups", Constraint.of().pattern("^sg-[0-9a-zA-Z]*|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$").minLength(1).maxLength(1024))
        .constrain("Subnets", Constraint.of().pattern("^subnet-[0-9a-z]*|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$").minLength(1).maxLength(1024))
        .build();

    public AwsVpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the task's elastic network interface receives a public IP address. You can
     * specify <code>ENABLED</code> only when <code>LaunchType</code> in <code>EcsParameters</code>
     * is set to <code>FARGATE</code> .
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * AssignPublicIp}.
     */
    public AwsVpcConfiguration assignPublicIp(String value) {
      return set("AssignPublicIp", Value.of(value));
    }

    /** Sets {@code AssignPublicIp} to this value; see {@link #assignPublicIp(String)}. */
    public AwsVpcConfiguration assignPublicIp(Value<String> value) {
      return set("AssignPublicIp", value);
    }

    /**
     * Specifies the security groups associated with the task. These security groups must all be in
     * the same VPC. You can specify as many as five security groups. If you do not specify a
     * security group, the default security group for the VPC is used.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^sg-[0-9a-zA-Z]*|(&#92;$(&#92;.[&#92;w/_-]+(&#92;[(&#92;d+|&#92;*)&#92;])*)*)$}.
     * CloudFormation property {@code SecurityGroups}.
     */
    public AwsVpcConfiguration securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public AwsVpcConfiguration securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * Specifies the subnets associated with the task. These subnets must all be in the same VPC.
     * You can specify as many as 16 subnets.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
     * ^subnet-[0-9a-z]*|(&#92;$(&#92;.[&#92;w/_-]+(&#92;[(&#92;d+|&#92;*)&#92;])*)*)$}.
     * CloudFormation property {@code Subnets}.
     */
    public AwsVpcConfiguration subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public AwsVpcConfiguration subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }

  /**
   * The array properties for the submitted job, such as the size of the array. The array size can
   * be between 2 and 10,000. If you specify array properties for a job, it becomes an array job.
   * This parameter is used only if the target is an AWS Batch job.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.BatchArrayProperties}.
   */
  public static final class BatchArrayProperties extends Struct<BatchArrayProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.BatchArrayProperties")
        .constrain("Size", Constraint.of().minimum(2).maximum(10000))
        .build();

    public BatchArrayProperties() {
      super(SCHEMA);
    }

    /**
     * The size of the array, if this is an array batch job.
     *
     * <p>Range: 2 to 10000. Default: {@code 0}. CloudFormation property {@code Size}.
     */
    public BatchArrayProperties size(int value) {
      return set("Size", Value.of(value));
    }

    /** Sets {@code Size} to this value; see {@link #size(int)}. */
    public BatchArrayProperties size(Value<Integer> value) {
      return set("Size", value);
    }
  }

  /**
   * The overrides that are sent to a container.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.BatchContainerOverrides}.
   */
  public static final class BatchContainerOverrides extends Struct<BatchContainerOverrides> {
    private static final Schema SCHEMA = Schema.of("AWS::Pipes::Pipe.BatchContainerOverrides");

    public BatchContainerOverrides() {
      super(SCHEMA);
    }

    /**
     * The command to send to the container that overrides the default command from the Docker image
     * or the task definition.
     *
     * <p>CloudFormation property {@code Command}.
     */
    public BatchContainerOverrides command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public BatchContainerOverrides command(Value<List<String>> value) {
      return set("Command", value);
    }

    /**
     * The environment variables to send to the container. You can add new environment variables,
     * which are added to the container at launch, or you can override the existing environment
     * variables from the Docker image or the task definition.
     *
     * <p>Environment variables cannot start with " <code>AWS Batch</code> ". This naming convention
     * is reserved for variables that AWS Batch sets.
     *
     * <p>CloudFormation property {@code Environment}.
     */
    public BatchContainerOverrides environment(List<BatchEnvironmentVariable> value) {
      return set("Environment", Value.listOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(List)}. */
    public BatchContainerOverrides environment(Value<List<BatchEnvironmentVariable>> value) {
      return set("Environment", value);
    }

    /** Sets {@code Environment} to a list of these; see {@link #environment(List)}. */
    public BatchContainerOverrides environment(BatchEnvironmentVariable... values) {
      return set("Environment", Value.list(values));
    }

    /**
     * The instance type to use for a multi-node parallel job.
     *
     * <p>This parameter isn't applicable to single-node container jobs or jobs that run on Fargate
     * resources, and shouldn't be provided.
     *
     * <p>CloudFormation property {@code InstanceType}.
     */
    public BatchContainerOverrides instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public BatchContainerOverrides instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The type and amount of resources to assign to a container. This overrides the settings in the
     * job definition. The supported resources include <code>GPU</code> , <code>MEMORY</code> , and
     * <code>VCPU</code> .
     *
     * <p>CloudFormation property {@code ResourceRequirements}.
     */
    public BatchContainerOverrides resourceRequirements(List<BatchResourceRequirement> value) {
      return set("ResourceRequirements", Value.listOf(value));
    }

    /** Sets {@code ResourceRequirements} to this value; see {@link #resourceRequirements(List)}. */
    public BatchContainerOverrides resourceRequirements(Value<List<BatchResourceRequirement>> value) {
      return set("ResourceRequirements", value);
    }

    /**
     * Sets {@code ResourceRequirements} to a list of these; see {@link
     * #resourceRequirements(List)}.
     */
    public BatchContainerOverrides resourceRequirements(BatchResourceRequirement... values) {
      return set("ResourceRequirements", Value.list(values));
    }
  }

  /**
   * The environment variables to send to the container. You can add new environment variables,
   * which are added to the container at launch, or you can override the existing environment
   * variables from the Docker image or the task definition.
   *
   * <p>Environment variables cannot start with " <code>AWS Batch</code> ". This naming convention
   * is reserved for variables that AWS Batch sets.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.BatchEnvironmentVariable}.
   */
  public static final class BatchEnvironmentVariable extends Struct<BatchEnvironmentVariable> {
    private static final Schema SCHEMA = Schema.of("AWS::Pipes::Pipe.BatchEnvironmentVariable");

    public BatchEnvironmentVariable() {
      super(SCHEMA);
    }

    /**
     * The name of the key-value pair. For environment variables, this is the name of the
     * environment variable.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public BatchEnvironmentVariable name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public BatchEnvironmentVariable name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the key-value pair. For environment variables, this is the value of the
     * environment variable.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public BatchEnvironmentVariable value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public BatchEnvironmentVariable value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * An object that represents an AWS Batch job dependency.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.BatchJobDependency}.
   */
  public static final class BatchJobDependency extends Struct<BatchJobDependency> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.BatchJobDependency")
        .allowed("Type", "N_TO_N", "SEQUENTIAL")
        .build();

    public BatchJobDependency() {
      super(SCHEMA);
    }

    /**
     * The job ID of the AWS Batch job that's associated with this dependency.
     *
     * <p>CloudFormation property {@code JobId}.
     */
    public BatchJobDependency jobId(String value) {
      return set("JobId", Value.of(value));
    }

    /** Sets {@code JobId} to this value; see {@link #jobId(String)}. */
    public BatchJobDependency jobId(Value<String> value) {
      return set("JobId", value);
    }

    /**
     * The type of the job dependency.
     *
     * <p>Allowed values: {@code N_TO_N}, {@code SEQUENTIAL}. CloudFormation property {@code Type}.
     */
    public BatchJobDependency type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public BatchJobDependency type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The type and amount of a resource to assign to a container. The supported resources include
   * <code>GPU</code> , <code>MEMORY</code> , and <code>VCPU</code> .
   *
   * <p>Property type {@code AWS::Pipes::Pipe.BatchResourceRequirement}.
   */
  public static final class BatchResourceRequirement extends Struct<BatchResourceRequirement> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.BatchResourceRequirement")
        .required("Type", "Value")
        .allowed("Type", "GPU", "MEMORY", "VCPU")
        .build();

    public BatchResourceRequirement() {
      super(SCHEMA);
    }

    /**
     * The type of resource to assign to a container. The supported resources include
     * <code>GPU</code> , <code>MEMORY</code> , and <code>VCPU</code> .
     *
     * <p>Required. Allowed values: {@code GPU}, {@code MEMORY}, {@code VCPU}. CloudFormation
     * property {@code Type}.
     */
    public BatchResourceRequirement type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public BatchResourceRequirement type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The quantity of the specified resource to reserve for the container. The values vary based on
     * the <code>type</code> specified.
     *
     * <ul> <li><b>type="GPU"</b> - The number of physical GPUs to reserve for the container. Make
     * sure that the number of GPUs reserved for all containers in a job doesn't exceed the number
     * of available GPUs on the compute resource that the job is launched on. </ul>
     *
     * <p>GPUs aren't available for jobs that are running on Fargate resources.
     *
     * <ul> <li><b>type="MEMORY"</b> - The memory hard limit (in MiB) present to the container. This
     * parameter is supported for jobs that are running on EC2 resources. If your container attempts
     * to exceed the memory specified, the container is terminated. This parameter maps to
     * <code>Memory</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--memory</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . You must specify at least 4 MiB of memory for a job. This is required but can be
     * specified in several places for multi-node parallel (MNP) jobs. It must be specified for each
     * node at least once. This parameter maps to <code>Memory</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--memory</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . </ul>
     *
     * <p>If you're trying to maximize your resource utilization by providing your jobs as much
     * memory as possible for a particular instance type, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/memory-management.html">Memory
     * management</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>For jobs that are running on Fargate resources, then <code>value</code> is the hard limit
     * (in MiB), and must match one of the supported values and the <code>VCPU</code> values must be
     * one of the values supported for that memory value.
     *
     * <ul> <li><b>value = 512</b> - <code>VCPU</code> = 0.25 <li><b>value = 1024</b> -
     * <code>VCPU</code> = 0.25 or 0.5 <li><b>value = 2048</b> - <code>VCPU</code> = 0.25, 0.5, or 1
     * <li><b>value = 3072</b> - <code>VCPU</code> = 0.5, or 1 <li><b>value = 4096</b> -
     * <code>VCPU</code> = 0.5, 1, or 2 <li><b>value = 5120, 6144, or 7168</b> - <code>VCPU</code> =
     * 1 or 2 <li><b>value = 8192</b> - <code>VCPU</code> = 1, 2, 4, or 8 <li><b>value = 9216,
     * 10240, 11264, 12288, 13312, 14336, or 15360</b> - <code>VCPU</code> = 2 or 4 <li><b>value =
     * 16384</b> - <code>VCPU</code> = 2, 4, or 8 <li><b>value = 17408, 18432, 19456, 21504, 22528,
     * 23552, 25600, 26624, 27648, 29696, or 30720</b> - <code>VCPU</code> = 4 <li><b>value = 20480,
     * 24576, or 28672</b> - <code>VCPU</code> = 4 or 8 <li><b>value = 36864, 45056, 53248, or
     * 61440</b> - <code>VCPU</code> = 8 <li><b>value = 32768, 40960, 49152, or 57344</b> -
     * <code>VCPU</code> = 8 or 16 <li><b>value = 65536, 73728, 81920, 90112, 98304, 106496, 114688,
     * or 122880</b> - <code>VCPU</code> = 16 <li><b>type="VCPU"</b> - The number of vCPUs reserved
     * for the container. This parameter maps to <code>CpuShares</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--cpu-shares</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . Each vCPU is equivalent to 1,024 CPU shares. For EC2 resources, you must specify at
     * least one vCPU. This is required but can be specified in several places; it must be specified
     * for each node at least once. </ul>
     *
     * <p>The default for the Fargate On-Demand vCPU resource count quota is 6 vCPUs. For more
     * information about Fargate quotas, see <a
     * href="https://docs.aws.amazon.com/general/latest/gr/ecs-service.html#service-quotas-fargate">AWS
     * Fargate quotas</a> in the <em>AWS General Reference</em> .
     *
     * <p>For jobs that are running on Fargate resources, then <code>value</code> must match one of
     * the supported values and the <code>MEMORY</code> values must be one of the values supported
     * for that <code>VCPU</code> value. The supported values are 0.25, 0.5, 1, 2, 4, 8, and 16
     *
     * <ul> <li><b>value = 0.25</b> - <code>MEMORY</code> = 512, 1024, or 2048 <li><b>value =
     * 0.5</b> - <code>MEMORY</code> = 1024, 2048, 3072, or 4096 <li><b>value = 1</b> -
     * <code>MEMORY</code> = 2048, 3072, 4096, 5120, 6144, 7168, or 8192 <li><b>value = 2</b> -
     * <code>MEMORY</code> = 4096, 5120, 6144, 7168, 8192, 9216, 10240, 11264, 12288, 13312, 14336,
     * 15360, or 16384 <li><b>value = 4</b> - <code>MEMORY</code> = 8192, 9216, 10240, 11264, 12288,
     * 13312, 14336, 15360, 16384, 17408, 18432, 19456, 20480, 21504, 22528, 23552, 24576, 25600,
     * 26624, 27648, 28672, 29696, or 30720 <li><b>value = 8</b> - <code>MEMORY</code> = 16384,
     * 20480, 24576, 28672, 32768, 36864, 40960, 45056, 49152, 53248, 57344, or 61440 <li><b>value =
     * 16</b> - <code>MEMORY</code> = 32768, 40960, 49152, 57344, 65536, 73728, 81920, 90112, 98304,
     * 106496, 114688, or 122880 </ul>
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public BatchResourceRequirement value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public BatchResourceRequirement value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The retry strategy that's associated with a job. For more information, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html">Automated job
   * retries</a> in the <em>AWS Batch User Guide</em> .
   *
   * <p>Property type {@code AWS::Pipes::Pipe.BatchRetryStrategy}.
   */
  public static final class BatchRetryStrategy extends Struct<BatchRetryStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.BatchRetryStrategy")
        .constrain("Attempts", Constraint.of().minimum(1).maximum(10))
        .build();

    public BatchRetryStrategy() {
      super(SCHEMA);
    }

    /**
     * The number of times to move a job to the <code>RUNNABLE</code> status. If the value of
     * <code>attempts</code> is greater than one, the job is retried on failure the same number of
     * attempts as the value.
     *
     * <p>Range: 1 to 10. Default: {@code 0}. CloudFormation property {@code Attempts}.
     */
    public BatchRetryStrategy attempts(int value) {
      return set("Attempts", Value.of(value));
    }

    /** Sets {@code Attempts} to this value; see {@link #attempts(int)}. */
    public BatchRetryStrategy attempts(Value<Integer> value) {
      return set("Attempts", value);
    }
  }

  /**
   * The details of a capacity provider strategy. To learn more, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html">CapacityProviderStrategyItem</a>
   * in the Amazon ECS API Reference.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.CapacityProviderStrategyItem}.
   */
  public static final class CapacityProviderStrategyItem extends Struct<CapacityProviderStrategyItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.CapacityProviderStrategyItem")
        .required("CapacityProvider")
        .constrain("Base", Constraint.of().minimum(0).maximum(100000))
        .constrain("CapacityProvider", Constraint.of().minLength(1).maxLength(255))
        .constrain("Weight", Constraint.of().minimum(0).maximum(1000))
        .build();

    public CapacityProviderStrategyItem() {
      super(SCHEMA);
    }

    /**
     * The base value designates how many tasks, at a minimum, to run on the specified capacity
     * provider. Only one capacity provider in a capacity provider strategy can have a base defined.
     * If no value is specified, the default value of 0 is used.
     *
     * <p>Range: 0 to 100000. Default: {@code 0}. CloudFormation property {@code Base}.
     */
    public CapacityProviderStrategyItem base(int value) {
      return set("Base", Value.of(value));
    }

    /** Sets {@code Base} to this value; see {@link #base(int)}. */
    public CapacityProviderStrategyItem base(Value<Integer> value) {
      return set("Base", value);
    }

    /**
     * The short name of the capacity provider.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code CapacityProvider}.
     */
    public CapacityProviderStrategyItem capacityProvider(String value) {
      return set("CapacityProvider", Value.of(value));
    }

    /** Sets {@code CapacityProvider} to this value; see {@link #capacityProvider(String)}. */
    public CapacityProviderStrategyItem capacityProvider(Value<String> value) {
      return set("CapacityProvider", value);
    }

    /**
     * The weight value designates the relative percentage of the total number of tasks launched
     * that should use the specified capacity provider. The weight value is taken into consideration
     * after the base value, if defined, is satisfied.
     *
     * <p>Range: 0 to 1000. Default: {@code 0}. CloudFormation property {@code Weight}.
     */
    public CapacityProviderStrategyItem weight(int value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(int)}. */
    public CapacityProviderStrategyItem weight(Value<Integer> value) {
      return set("Weight", value);
    }
  }

  /**
   * Represents the Amazon CloudWatch Logs logging configuration settings for the pipe.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.CloudwatchLogsLogDestination}.
   */
  public static final class CloudwatchLogsLogDestination extends Struct<CloudwatchLogsLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.CloudwatchLogsLogDestination")
        .constrain("LogGroupArn", Constraint.of().pattern("^(^arn:aws([a-z]|\\-)*:logs:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}):(\\d{12}):log-group:.+)$").minLength(1).maxLength(1600))
        .build();

    public CloudwatchLogsLogDestination() {
      super(SCHEMA);
    }

    /**
     * The AWS Resource Name (ARN) for the CloudWatch log group to which EventBridge sends the log
     * records.
     *
     * <p>Length: 1 to 1600 characters. Pattern: {@code
     * ^(^arn:aws([a-z]|&#92;-)*:logs:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1}):(&#92;d{12}):log-group:.+)$}.
     * CloudFormation property {@code LogGroupArn}.
     */
    public CloudwatchLogsLogDestination logGroupArn(String value) {
      return set("LogGroupArn", Value.of(value));
    }

    /** Sets {@code LogGroupArn} to this value; see {@link #logGroupArn(String)}. */
    public CloudwatchLogsLogDestination logGroupArn(Value<String> value) {
      return set("LogGroupArn", value);
    }
  }

  /**
   * A <code>DeadLetterConfig</code> object that contains information about a dead-letter queue
   * configuration.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.DeadLetterConfig}.
   */
  public static final class DeadLetterConfig extends Struct<DeadLetterConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.DeadLetterConfig")
        .constrain("Arn", Constraint.of().pattern("^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)$").minLength(1).maxLength(1600))
        .references("Arn", "AWS::SQS::Queue.Arn")
        .build();

    public DeadLetterConfig() {
      super(SCHEMA);
    }

    /**
     * The ARN of the specified target for the dead-letter queue.
     *
     * <p>For Amazon Kinesis stream and Amazon DynamoDB stream sources, specify either an Amazon SNS
     * topic or Amazon SQS queue ARN.
     *
     * <p>Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1})?:(&#92;d{12})?:(.+)$}.
     * CloudFormation property {@code Arn}.
     */
    public DeadLetterConfig arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public DeadLetterConfig arn(Value<String> value) {
      return set("Arn", value);
    }

    /** Sets {@code Arn} to the Arn of {@code AWS::SQS::Queue}; see {@link #arn(String)}. */
    public DeadLetterConfig arn(Queue resource) {
      return set("Arn", resource.arn());
    }
  }

  /**
   * Maps source data to a dimension in the target Timestream for LiveAnalytics table.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/timestream/latest/developerguide/concepts.html">Amazon
   * Timestream for LiveAnalytics concepts</a>
   *
   * <p>Property type {@code AWS::Pipes::Pipe.DimensionMapping}.
   */
  public static final class DimensionMapping extends Struct<DimensionMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.DimensionMapping")
        .required("DimensionName", "DimensionValue", "DimensionValueType")
        .constrain("DimensionName", Constraint.of().minLength(1).maxLength(256))
        .constrain("DimensionValue", Constraint.of().minLength(1).maxLength(2048))
        .allowed("DimensionValueType", "VARCHAR")
        .build();

    public DimensionMapping() {
      super(SCHEMA);
    }

    /**
     * The metadata attributes of the time series. For example, the name and Availability Zone of an
     * Amazon EC2 instance or the name of the manufacturer of a wind turbine are dimensions.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code DimensionName}.
     */
    public DimensionMapping dimensionName(String value) {
      return set("DimensionName", Value.of(value));
    }

    /** Sets {@code DimensionName} to this value; see {@link #dimensionName(String)}. */
    public DimensionMapping dimensionName(Value<String> value) {
      return set("DimensionName", value);
    }

    /**
     * Dynamic path to the dimension value in the source event.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code DimensionValue}.
     */
    public DimensionMapping dimensionValue(String value) {
      return set("DimensionValue", Value.of(value));
    }

    /** Sets {@code DimensionValue} to this value; see {@link #dimensionValue(String)}. */
    public DimensionMapping dimensionValue(Value<String> value) {
      return set("DimensionValue", value);
    }

    /**
     * The data type of the dimension for the time-series data.
     *
     * <p>Required. Allowed values: {@code VARCHAR}. CloudFormation property {@code
     * DimensionValueType}.
     */
    public DimensionMapping dimensionValueType(String value) {
      return set("DimensionValueType", Value.of(value));
    }

    /** Sets {@code DimensionValueType} to this value; see {@link #dimensionValueType(String)}. */
    public DimensionMapping dimensionValueType(Value<String> value) {
      return set("DimensionValueType", value);
    }
  }

  /**
   * The overrides that are sent to a container. An empty container override can be passed in. An
   * example of an empty container override is <code>{"containerOverrides": [ ] }</code> . If a
   * non-empty container override is specified, the <code>name</code> parameter must be included.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.EcsContainerOverride}.
   */
  public static final class EcsContainerOverride extends Struct<EcsContainerOverride> {
    private static final Schema SCHEMA = Schema.of("AWS::Pipes::Pipe.EcsContainerOverride");

    public EcsContainerOverride() {
      super(SCHEMA);
    }

    /**
     * The command to send to the container that overrides the default command from the Docker image
     * or the task definition. You must also specify a container name.
     *
     * <p>CloudFormation property {@code Command}.
     */
    public EcsContainerOverride command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public EcsContainerOverride command(Value<List<String>> value) {
      return set("Command", value);
    }

    /**
     * The number of <code>cpu</code> units reserved for the container, instead of the default value
     * from the task definition. You must also specify a container name.
     *
     * <p>CloudFormation property {@code Cpu}.
     */
    public EcsContainerOverride cpu(int value) {
      return set("Cpu", Value.of(value));
    }

    /** Sets {@code Cpu} to this value; see {@link #cpu(int)}. */
    public EcsContainerOverride cpu(Value<Integer> value) {
      return set("Cpu", value);
    }

    /**
     * The environment variables to send to the container. You can add new environment variables,
     * which are added to the container at launch, or you can override the existing environment
     * variables from the Docker image or the task definition. You must also specify a container
     * name.
     *
     * <p>CloudFormation property {@code Environment}.
     */
    public EcsContainerOverride environment(List<EcsEnvironmentVariable> value) {
      return set("Environment", Value.listOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(List)}. */
    public EcsContainerOverride environment(Value<List<EcsEnvironmentVariable>> value) {
      return set("Environment", value);
    }

    /** Sets {@code Environment} to a list of these; see {@link #environment(List)}. */
    public EcsContainerOverride environment(EcsEnvironmentVariable... values) {
      return set("Environment", Value.list(values));
    }

    /**
     * A list of files containing the environment variables to pass to a container, instead of the
     * value from the container definition.
     *
     * <p>CloudFormation property {@code EnvironmentFiles}.
     */
    public EcsContainerOverride environmentFiles(List<EcsEnvironmentFile> value) {
      return set("EnvironmentFiles", Value.listOf(value));
    }

    /** Sets {@code EnvironmentFiles} to this value; see {@link #environmentFiles(List)}. */
    public EcsContainerOverride environmentFiles(Value<List<EcsEnvironmentFile>> value) {
      return set("EnvironmentFiles", value);
    }

    /** Sets {@code EnvironmentFiles} to a list of these; see {@link #environmentFiles(List)}. */
    public EcsContainerOverride environmentFiles(EcsEnvironmentFile... values) {
      return set("EnvironmentFiles", Value.list(values));
    }

    /**
     * The hard limit (in MiB) of memory to present to the container, instead of the default value
     * from the task definition. If your container attempts to exceed the memory specified here, the
     * container is killed. You must also specify a container name.
     *
     * <p>CloudFormation property {@code Memory}.
     */
    public EcsContainerOverride memory(int value) {
      return set("Memory", Value.of(value));
    }

    /** Sets {@code Memory} to this value; see {@link #memory(int)}. */
    public EcsContainerOverride memory(Value<Integer> value) {
      return set("Memory", value);
    }

    /**
     * The soft limit (in MiB) of memory to reserve for the container, instead of the default value
     * from the task definition. You must also specify a container name.
     *
     * <p>CloudFormation property {@code MemoryReservation}.
     */
    public EcsContainerOverride memoryReservation(int value) {
      return set("MemoryReservation", Value.of(value));
    }

    /** Sets {@code MemoryReservation} to this value; see {@link #memoryReservation(int)}. */
    public EcsContainerOverride memoryReservation(Value<Integer> value) {
      return set("MemoryReservation", value);
    }

    /**
     * The name of the container that receives the override. This parameter is required if any
     * override is specified.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public EcsContainerOverride name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EcsContainerOverride name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The type and amount of a resource to assign to a container, instead of the default value from
     * the task definition. The only supported resource is a GPU.
     *
     * <p>CloudFormation property {@code ResourceRequirements}.
     */
    public EcsContainerOverride resourceRequirements(List<EcsResourceRequirement> value) {
      return set("ResourceRequirements", Value.listOf(value));
    }

    /** Sets {@code ResourceRequirements} to this value; see {@link #resourceRequirements(List)}. */
    public EcsContainerOverride resourceRequirements(Value<List<EcsResourceRequirement>> value) {
      return set("ResourceRequirements", value);
    }

    /**
     * Sets {@code ResourceRequirements} to a list of these; see {@link
     * #resourceRequirements(List)}.
     */
    public EcsContainerOverride resourceRequirements(EcsResourceRequirement... values) {
      return set("ResourceRequirements", Value.list(values));
    }
  }

  /**
   * A list of files containing the environment variables to pass to a container. You can specify up
   * to ten environment files. The file must have a <code>.env</code> file extension. Each line in
   * an environment file should contain an environment variable in <code>VARIABLE=VALUE</code>
   * format. Lines beginning with <code>#</code> are treated as comments and are ignored. For more
   * information about the environment variable file syntax, see <a
   * href="https://docs.aws.amazon.com/https://docs.docker.com/compose/env-file/">Declare default
   * environment variables in file</a> .
   *
   * <p>If there are environment variables specified using the <code>environment</code> parameter in
   * a container definition, they take precedence over the variables contained within an environment
   * file. If multiple environment files are specified that contain the same variable, they're
   * processed from the top down. We recommend that you use unique variable names. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/taskdef-envfiles.html">Specifying
   * environment variables</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>This parameter is only supported for tasks hosted on Fargate using the following platform
   * versions:
   *
   * <ul> <li>Linux platform version <code>1.4.0</code> or later. <li>Windows platform version
   * <code>1.0.0</code> or later. </ul>
   *
   * <p>Property type {@code AWS::Pipes::Pipe.EcsEnvironmentFile}.
   */
  public static final class EcsEnvironmentFile extends Struct<EcsEnvironmentFile> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.EcsEnvironmentFile")
        .required("Type", "Value")
        .allowed("Type", "s3")
        .build();

    public EcsEnvironmentFile() {
      super(SCHEMA);
    }

    /**
     * The file type to use. The only supported value is <code>s3</code> .
     *
     * <p>Required. Allowed values: {@code s3}. CloudFormation property {@code Type}.
     */
    public EcsEnvironmentFile type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EcsEnvironmentFile type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon S3 object containing the environment variable
     * file.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public EcsEnvironmentFile value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EcsEnvironmentFile value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The environment variables to send to the container. You can add new environment variables,
   * which are added to the container at launch, or you can override the existing environment
   * variables from the Docker image or the task definition. You must also specify a container name.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.EcsEnvironmentVariable}.
   */
  public static final class EcsEnvironmentVariable extends Struct<EcsEnvironmentVariable> {
    private static final Schema SCHEMA = Schema.of("AWS::Pipes::Pipe.EcsEnvironmentVariable");

    public EcsEnvironmentVariable() {
      super(SCHEMA);
    }

    /**
     * The name of the key-value pair. For environment variables, this is the name of the
     * environment variable.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public EcsEnvironmentVariable name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EcsEnvironmentVariable name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the key-value pair. For environment variables, this is the value of the
     * environment variable.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public EcsEnvironmentVariable value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EcsEnvironmentVariable value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The amount of ephemeral storage to allocate for the task. This parameter is used to expand the
   * total amount of ephemeral storage available, beyond the default amount, for tasks hosted on
   * Fargate. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/userguide/using_data_volumes.html">Fargate
   * task storage</a> in the <em>Amazon ECS User Guide for Fargate</em> .
   *
   * <p>This parameter is only supported for tasks hosted on Fargate using Linux platform version
   * <code>1.4.0</code> or later. This parameter is not supported for Windows containers on Fargate.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.EcsEphemeralStorage}.
   */
  public static final class EcsEphemeralStorage extends Struct<EcsEphemeralStorage> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.EcsEphemeralStorage")
        .required("SizeInGiB")
        .constrain("SizeInGiB", Constraint.of().minimum(21).maximum(200))
        .build();

    public EcsEphemeralStorage() {
      super(SCHEMA);
    }

    /**
     * The total amount, in GiB, of ephemeral storage to set for the task. The minimum supported
     * value is <code>21</code> GiB and the maximum supported value is <code>200</code> GiB.
     *
     * <p>Required. Range: 21 to 200. Default: {@code 0}. CloudFormation property {@code SizeInGiB}.
     */
    public EcsEphemeralStorage sizeInGiB(int value) {
      return set("SizeInGiB", Value.of(value));
    }

    /** Sets {@code SizeInGiB} to this value; see {@link #sizeInGiB(int)}. */
    public EcsEphemeralStorage sizeInGiB(Value<Integer> value) {
      return set("SizeInGiB", value);
    }
  }

  /**
   * Details on an Elastic Inference accelerator task override. This parameter is used to override
   * the Elastic Inference accelerator specified in the task definition. For more information, see
   * <a href="https://docs.aws.amazon.com/AmazonECS/latest/userguide/ecs-inference.html">Working
   * with Amazon Elastic Inference on Amazon ECS</a> in the <em>Amazon Elastic Container Service
   * Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Pipes::Pipe.EcsInferenceAcceleratorOverride}.
   */
  public static final class EcsInferenceAcceleratorOverride extends Struct<EcsInferenceAcceleratorOverride> {
    private static final Schema SCHEMA = Schema.of("AWS::Pipes::Pipe.EcsInferenceAcceleratorOverride");

    public EcsInferenceAcceleratorOverride() {
      super(SCHEMA);
    }

    /**
     * The Elastic Inference accelerator device name to override for the task. This parameter must
     * match a <code>deviceName</code> specified in the task definition.
     *
     * <p>CloudFormation property {@code DeviceName}.
     */
    public EcsInferenceAcceleratorOverride deviceName(String value) {
      return set("DeviceName", Value.of(value));
    }

    /** Sets {@code DeviceName} to this value; see {@link #deviceName(String)}. */
    public EcsInferenceAcceleratorOverride deviceName(Value<String> value) {
      return set("DeviceName", value);
    }

    /**
     * The Elastic Inference accelerator type to use.
     *
     * <p>CloudFormation property {@code DeviceType}.
     */
    public EcsInferenceAcceleratorOverride deviceType(String value) {
      return set("DeviceType", Value.of(value));
    }

    /** Sets {@code DeviceType} to this value; see {@link #deviceType(String)}. */
    public EcsInferenceAcceleratorOverride deviceType(Value<String> value) {
      return set("DeviceType", value);
    }
  }

  /**
   * The type and amount of a resource to assign to a container. The supported resource types are
   * GPUs and Elastic Inference accelerators. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-gpu.html">Working with
   * GPUs on Amazon ECS</a> or <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-inference.html">Working
   * with Amazon Elastic Inference on Amazon ECS</a> in the <em>Amazon Elastic Container Service
   * Developer Guide</em>
   *
   * <p>Property type {@code AWS::Pipes::Pipe.EcsResourceRequirement}.
   */
  public static final class EcsResourceRequirement extends Struct<EcsResourceRequirement> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.EcsResourceRequirement")
        .required("Type", "Value")
        .allowed("Type", "GPU", "InferenceAccelerator")
        .build();

    public EcsResourceRequirement() {
      super(SCHEMA);
    }

    /**
     * The type of resource to assign to a container. The supported values are <code>GPU</code> or
     * <code>InferenceAccelerator</code> .
     *
     * <p>Required. Allowed values: {@code GPU}, {@code InferenceAccelerator}. CloudFormation
     * property {@code Type}.
     */
    public EcsResourceRequirement type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EcsResourceRequirement type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The value for the specified resource type.
     *
     * <p>If the <code>GPU</code> type is used, the value is the number of physical
     * <code>GPUs</code> the Amazon ECS container agent reserves for the container. The number of
     * GPUs that's reserved for all containers in a task can't exceed the number of available GPUs
     * on the container instance that the task is launched on.
     *
     * <p>If the <code>InferenceAccelerator</code> type is used, the <code>value</code> matches the
     * <code>deviceName</code> for an InferenceAccelerator specified in a task definition.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public EcsResourceRequirement value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EcsResourceRequirement value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The overrides that are associated with a task.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.EcsTaskOverride}.
   */
  public static final class EcsTaskOverride extends Struct<EcsTaskOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.EcsTaskOverride")
        .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$").minLength(1).maxLength(1600).format("AWS::IAM::Role.Arn"))
        .constrain("TaskRoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$").minLength(1).maxLength(1600).format("AWS::IAM::Role.Arn"))
        .build();

    public EcsTaskOverride() {
      super(SCHEMA);
    }

    /**
     * One or more container overrides that are sent to a task.
     *
     * <p>CloudFormation property {@code ContainerOverrides}.
     */
    public EcsTaskOverride containerOverrides(List<EcsContainerOverride> value) {
      return set("ContainerOverrides", Value.listOf(value));
    }

    /** Sets {@code ContainerOverrides} to this value; see {@link #containerOverrides(List)}. */
    public EcsTaskOverride containerOverrides(Value<List<EcsContainerOverride>> value) {
      return set("ContainerOverrides", value);
    }

    /**
     * Sets {@code ContainerOverrides} to a list of these; see {@link #containerOverrides(List)}.
     */
    public EcsTaskOverride containerOverrides(EcsContainerOverride... values) {
      return set("ContainerOverrides", Value.list(values));
    }

    /**
     * The cpu override for the task.
     *
     * <p>CloudFormation property {@code Cpu}.
     */
    public EcsTaskOverride cpu(String value) {
      return set("Cpu", Value.of(value));
    }

    /** Sets {@code Cpu} to this value; see {@link #cpu(String)}. */
    public EcsTaskOverride cpu(Value<String> value) {
      return set("Cpu", value);
    }

    /**
     * The ephemeral storage setting override for the task.
     *
     * <p>This parameter is only supported for tasks hosted on Fargate that use the following
     * platform versions: - Linux platform version <code>1.4.0</code> or later. - Windows platform
     * version <code>1.0.0</code> or later.
     *
     * <p>CloudFormation property {@code EphemeralStorage}.
     */
    public EcsTaskOverride ephemeralStorage(Value<EcsEphemeralStorage> value) {
      return set("EphemeralStorage", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the task execution IAM role override for the task. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html">Amazon
     * ECS task execution IAM role</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> .
     *
     * <p>Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1})?:(&#92;d{12})?:(.+)|(&#92;$(&#92;.[&#92;w/_-]+(&#92;[(&#92;d+|&#92;*)&#92;])*)*)$}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
     */
    public EcsTaskOverride executionRoleArn(String value) {
      return set("ExecutionRoleArn", Value.of(value));
    }

    /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
    public EcsTaskOverride executionRoleArn(Value<String> value) {
      return set("ExecutionRoleArn", value);
    }

    /**
     * The Elastic Inference accelerator override for the task.
     *
     * <p>CloudFormation property {@code InferenceAcceleratorOverrides}.
     */
    public EcsTaskOverride inferenceAcceleratorOverrides(List<EcsInferenceAcceleratorOverride> value) {
      return set("InferenceAcceleratorOverrides", Value.listOf(value));
    }

    /**
     * Sets {@code InferenceAcceleratorOverrides} to this value; see {@link
     * #inferenceAcceleratorOverrides(List)}.
     */
    public EcsTaskOverride inferenceAcceleratorOverrides(Value<List<EcsInferenceAcceleratorOverride>> value) {
      return set("InferenceAcceleratorOverrides", value);
    }

    /**
     * Sets {@code InferenceAcceleratorOverrides} to a list of these; see {@link
     * #inferenceAcceleratorOverrides(List)}.
     */
    public EcsTaskOverride inferenceAcceleratorOverrides(EcsInferenceAcceleratorOverride... values) {
      return set("InferenceAcceleratorOverrides", Value.list(values));
    }

    /**
     * The memory override for the task.
     *
     * <p>CloudFormation property {@code Memory}.
     */
    public EcsTaskOverride memory(String value) {
      return set("Memory", Value.of(value));
    }

    /** Sets {@code Memory} to this value; see {@link #memory(String)}. */
    public EcsTaskOverride memory(Value<String> value) {
      return set("Memory", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role that containers in this task can assume. All
     * containers in this task are granted the permissions that are specified in this role. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html">IAM
     * Role for Tasks</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1})?:(&#92;d{12})?:(.+)|(&#92;$(&#92;.[&#92;w/_-]+(&#92;[(&#92;d+|&#92;*)&#92;])*)*)$}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code TaskRoleArn}.
     */
    public EcsTaskOverride taskRoleArn(String value) {
      return set("TaskRoleArn", Value.of(value));
    }

    /** Sets {@code TaskRoleArn} to this value; see {@link #taskRoleArn(String)}. */
    public EcsTaskOverride taskRoleArn(Value<String> value) {
      return set("TaskRoleArn", value);
    }
  }

  /**
   * Filter events using an event pattern. For more information, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eventbridge-and-event-patterns.html">Events
   * and Event Patterns</a> in the <em>Amazon EventBridge User Guide</em> .
   *
   * <p>Property type {@code AWS::Pipes::Pipe.Filter}.
   */
  public static final class Filter extends Struct<Filter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.Filter")
        .constrain("Pattern", Constraint.of().minLength(0).maxLength(4096))
        .build();

    public Filter() {
      super(SCHEMA);
    }

    /**
     * The event pattern.
     *
     * <p>Length: 0 to 4096 characters. CloudFormation property {@code Pattern}.
     */
    public Filter pattern(String value) {
      return set("Pattern", Value.of(value));
    }

    /** Sets {@code Pattern} to this value; see {@link #pattern(String)}. */
    public Filter pattern(Value<String> value) {
      return set("Pattern", value);
    }
  }

  /**
   * The collection of event patterns used to filter events.
   *
   * <p>To remove a filter, specify a <code>FilterCriteria</code> object with an empty array of
   * <code>Filter</code> objects.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eventbridge-and-event-patterns.html">Events
   * and Event Patterns</a> in the <em>Amazon EventBridge User Guide</em> .
   *
   * <p>Property type {@code AWS::Pipes::Pipe.FilterCriteria}.
   */
  public static final class FilterCriteria extends Struct<FilterCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::Pipes::Pipe.FilterCriteria");

    public FilterCriteria() {
      super(SCHEMA);
    }

    /**
     * The event patterns.
     *
     * <p>CloudFormation property {@code Filters}.
     */
    public FilterCriteria filters(List<Filter> value) {
      return set("Filters", Value.listOf(value));
    }

    /** Sets {@code Filters} to this value; see {@link #filters(List)}. */
    public FilterCriteria filters(Value<List<Filter>> value) {
      return set("Filters", value);
    }

    /** Sets {@code Filters} to a list of these; see {@link #filters(List)}. */
    public FilterCriteria filters(Filter... values) {
      return set("Filters", Value.list(values));
    }
  }

  /**
   * Represents the Amazon Data Firehose logging configuration settings for the pipe.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.FirehoseLogDestination}.
   */
  public static final class FirehoseLogDestination extends Struct<FirehoseLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.FirehoseLogDestination")
        .constrain("DeliveryStreamArn", Constraint.of().pattern("^(^arn:aws([a-z]|\\-)*:firehose:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}):(\\d{12}):deliverystream/.+)$").minLength(1).maxLength(1600))
        .build();

    public FirehoseLogDestination() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Firehose delivery stream to which EventBridge delivers
     * the pipe log records.
     *
     * <p>Length: 1 to 1600 characters. Pattern: {@code
     * ^(^arn:aws([a-z]|&#92;-)*:firehose:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1}):(&#92;d{12}):deliverystream/.+)$}.
     * CloudFormation property {@code DeliveryStreamArn}.
     */
    public FirehoseLogDestination deliveryStreamArn(String value) {
      return set("DeliveryStreamArn", Value.of(value));
    }

    /** Sets {@code DeliveryStreamArn} to this value; see {@link #deliveryStreamArn(String)}. */
    public FirehoseLogDestination deliveryStreamArn(Value<String> value) {
      return set("DeliveryStreamArn", value);
    }
  }

  /**
   * The AWS Secrets Manager secret that stores your broker credentials.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.MQBrokerAccessCredentials}.
   */
  public static final class MQBrokerAccessCredentials extends Struct<MQBrokerAccessCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.MQBrokerAccessCredentials")
        .required("BasicAuth")
        .build();

    public MQBrokerAccessCredentials() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Secrets Manager secret.
     *
     * <p>Required. CloudFormation property {@code BasicAuth}.
     */
    public MQBrokerAccessCredentials basicAuth(String value) {
      return set("BasicAuth", Value.of(value));
    }

    /** Sets {@code BasicAuth} to this value; see {@link #basicAuth(String)}. */
    public MQBrokerAccessCredentials basicAuth(Value<String> value) {
      return set("BasicAuth", value);
    }
  }

  /**
   * The AWS Secrets Manager secret that stores your stream credentials.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.MSKAccessCredentials}.
   */
  public static final class MSKAccessCredentials extends Struct<MSKAccessCredentials> {
    private static final Schema SCHEMA = Schema.of("AWS::Pipes::Pipe.MSKAccessCredentials");

    public MSKAccessCredentials() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Secrets Manager secret.
     *
     * <p>CloudFormation property {@code ClientCertificateTlsAuth}.
     */
    public MSKAccessCredentials clientCertificateTlsAuth(String value) {
      return set("ClientCertificateTlsAuth", Value.of(value));
    }

    /**
     * Sets {@code ClientCertificateTlsAuth} to this value; see {@link
     * #clientCertificateTlsAuth(String)}.
     */
    public MSKAccessCredentials clientCertificateTlsAuth(Value<String> value) {
      return set("ClientCertificateTlsAuth", value);
    }

    /**
     * The ARN of the Secrets Manager secret.
     *
     * <p>CloudFormation property {@code SaslScram512Auth}.
     */
    public MSKAccessCredentials saslScram512Auth(String value) {
      return set("SaslScram512Auth", Value.of(value));
    }

    /** Sets {@code SaslScram512Auth} to this value; see {@link #saslScram512Auth(String)}. */
    public MSKAccessCredentials saslScram512Auth(Value<String> value) {
      return set("SaslScram512Auth", value);
    }
  }

  /**
   * A mapping of a source event data field to a measure in a Timestream for LiveAnalytics record.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.MultiMeasureAttributeMapping}.
   */
  public static final class MultiMeasureAttributeMapping extends Struct<MultiMeasureAttributeMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.MultiMeasureAttributeMapping")
        .required("MeasureValue", "MeasureValueType", "MultiMeasureAttributeName")
        .constrain("MeasureValue", Constraint.of().minLength(1).maxLength(2048))
        .allowed("MeasureValueType", "DOUBLE", "BIGINT", "VARCHAR", "BOOLEAN", "TIMESTAMP")
        .constrain("MultiMeasureAttributeName", Constraint.of().minLength(1).maxLength(256))
        .build();

    public MultiMeasureAttributeMapping() {
      super(SCHEMA);
    }

    /**
     * Dynamic path to the measurement attribute in the source event.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code MeasureValue}.
     */
    public MultiMeasureAttributeMapping measureValue(String value) {
      return set("MeasureValue", Value.of(value));
    }

    /** Sets {@code MeasureValue} to this value; see {@link #measureValue(String)}. */
    public MultiMeasureAttributeMapping measureValue(Value<String> value) {
      return set("MeasureValue", value);
    }

    /**
     * Data type of the measurement attribute in the source event.
     *
     * <p>Required. Allowed values: {@code DOUBLE}, {@code BIGINT}, {@code VARCHAR}, {@code
     * BOOLEAN}, {@code TIMESTAMP}. CloudFormation property {@code MeasureValueType}.
     */
    public MultiMeasureAttributeMapping measureValueType(String value) {
      return set("MeasureValueType", Value.of(value));
    }

    /** Sets {@code MeasureValueType} to this value; see {@link #measureValueType(String)}. */
    public MultiMeasureAttributeMapping measureValueType(Value<String> value) {
      return set("MeasureValueType", value);
    }

    /**
     * Target measure name to be used.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code
     * MultiMeasureAttributeName}.
     */
    public MultiMeasureAttributeMapping multiMeasureAttributeName(String value) {
      return set("MultiMeasureAttributeName", Value.of(value));
    }

    /**
     * Sets {@code MultiMeasureAttributeName} to this value; see {@link
     * #multiMeasureAttributeName(String)}.
     */
    public MultiMeasureAttributeMapping multiMeasureAttributeName(Value<String> value) {
      return set("MultiMeasureAttributeName", value);
    }
  }

  /**
   * Maps multiple measures from the source event to the same Timestream for LiveAnalytics record.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/timestream/latest/developerguide/concepts.html">Amazon
   * Timestream for LiveAnalytics concepts</a>
   *
   * <p>Property type {@code AWS::Pipes::Pipe.MultiMeasureMapping}.
   */
  public static final class MultiMeasureMapping extends Struct<MultiMeasureMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.MultiMeasureMapping")
        .required("MultiMeasureAttributeMappings", "MultiMeasureName")
        .constrain("MultiMeasureName", Constraint.of().minLength(1).maxLength(256))
        .build();

    public MultiMeasureMapping() {
      super(SCHEMA);
    }

    /**
     * Mappings that represent multiple source event fields mapped to measures in the same
     * Timestream for LiveAnalytics record.
     *
     * <p>Required. CloudFormation property {@code MultiMeasureAttributeMappings}.
     */
    public MultiMeasureMapping multiMeasureAttributeMappings(List<MultiMeasureAttributeMapping> value) {
      return set("MultiMeasureAttributeMappings", Value.listOf(value));
    }

    /**
     * Sets {@code MultiMeasureAttributeMappings} to this value; see {@link
     * #multiMeasureAttributeMappings(List)}.
     */
    public MultiMeasureMapping multiMeasureAttributeMappings(Value<List<MultiMeasureAttributeMapping>> value) {
      return set("MultiMeasureAttributeMappings", value);
    }

    /**
     * Sets {@code MultiMeasureAttributeMappings} to a list of these; see {@link
     * #multiMeasureAttributeMappings(List)}.
     */
    public MultiMeasureMapping multiMeasureAttributeMappings(MultiMeasureAttributeMapping... values) {
      return set("MultiMeasureAttributeMappings", Value.list(values));
    }

    /**
     * The name of the multiple measurements per record (multi-measure).
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code MultiMeasureName}.
     */
    public MultiMeasureMapping multiMeasureName(String value) {
      return set("MultiMeasureName", Value.of(value));
    }

    /** Sets {@code MultiMeasureName} to this value; see {@link #multiMeasureName(String)}. */
    public MultiMeasureMapping multiMeasureName(Value<String> value) {
      return set("MultiMeasureName", value);
    }
  }

  /**
   * This structure specifies the network configuration for an Amazon ECS task.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.NetworkConfiguration}.
   */
  public static final class NetworkConfiguration extends Struct<NetworkConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Pipes::Pipe.NetworkConfiguration");

    public NetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * Use this structure to specify the VPC subnets and security groups for the task, and whether a
     * public IP address is to be used. This structure is relevant only for ECS tasks that use the
     * <code>awsvpc</code> network mode.
     *
     * <p>CloudFormation property {@code AwsvpcConfiguration}.
     */
    public NetworkConfiguration awsvpcConfiguration(Value<AwsVpcConfiguration> value) {
      return set("AwsvpcConfiguration", value);
    }
  }

  /**
   * These are custom parameter to be used when the target is an API Gateway REST APIs or
   * EventBridge ApiDestinations. In the latter case, these are merged with any InvocationParameters
   * specified on the Connection, with any values from the Connection taking precedence.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeEnrichmentHttpParameters}.
   */
  public static final class PipeEnrichmentHttpParameters extends Struct<PipeEnrichmentHttpParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeEnrichmentHttpParameters")
        .constrain("PathParameterValues", Constraint.of().pattern("^(?!\\s*$).+|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"))
        .build();

    public PipeEnrichmentHttpParameters() {
      super(SCHEMA);
    }

    /**
     * The headers that need to be sent as part of request invoking the API Gateway REST API or
     * EventBridge ApiDestination.
     *
     * <p>CloudFormation property {@code HeaderParameters}.
     */
    public PipeEnrichmentHttpParameters headerParameters(Map<String, String> value) {
      return set("HeaderParameters", Value.mapOf(value));
    }

    /** Sets {@code HeaderParameters} to this value; see {@link #headerParameters(Map)}. */
    public PipeEnrichmentHttpParameters headerParameters(Value<Map<String, String>> value) {
      return set("HeaderParameters", value);
    }

    /**
     * The path parameter values to be used to populate API Gateway REST API or EventBridge
     * ApiDestination path wildcards ("*").
     *
     * <p>Pattern: {@code
     * ^(?!&#92;s*$).+|(&#92;$(&#92;.[&#92;w/_-]+(&#92;[(&#92;d+|&#92;*)&#92;])*)*)$}.
     * CloudFormation property {@code PathParameterValues}.
     */
    public PipeEnrichmentHttpParameters pathParameterValues(List<String> value) {
      return set("PathParameterValues", Value.listOf(value));
    }

    /** Sets {@code PathParameterValues} to this value; see {@link #pathParameterValues(List)}. */
    public PipeEnrichmentHttpParameters pathParameterValues(Value<List<String>> value) {
      return set("PathParameterValues", value);
    }

    /**
     * The query string keys/values that need to be sent as part of request invoking the API Gateway
     * REST API or EventBridge ApiDestination.
     *
     * <p>CloudFormation property {@code QueryStringParameters}.
     */
    public PipeEnrichmentHttpParameters queryStringParameters(Map<String, String> value) {
      return set("QueryStringParameters", Value.mapOf(value));
    }

    /**
     * Sets {@code QueryStringParameters} to this value; see {@link #queryStringParameters(Map)}.
     */
    public PipeEnrichmentHttpParameters queryStringParameters(Value<Map<String, String>> value) {
      return set("QueryStringParameters", value);
    }
  }

  /**
   * The parameters required to set up enrichment on your pipe.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeEnrichmentParameters}.
   */
  public static final class PipeEnrichmentParameters extends Struct<PipeEnrichmentParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeEnrichmentParameters")
        .constrain("InputTemplate", Constraint.of().minLength(0).maxLength(8192))
        .build();

    public PipeEnrichmentParameters() {
      super(SCHEMA);
    }

    /**
     * Contains the HTTP parameters to use when the target is a API Gateway REST endpoint or
     * EventBridge ApiDestination.
     *
     * <p>If you specify an API Gateway REST API or EventBridge ApiDestination as a target, you can
     * use this parameter to specify headers, path parameters, and query string keys/values as part
     * of your target invoking request. If you're using ApiDestinations, the corresponding
     * Connection can also have these values configured. In case of any conflicting keys, values
     * from the Connection take precedence.
     *
     * <p>CloudFormation property {@code HttpParameters}.
     */
    public PipeEnrichmentParameters httpParameters(Value<PipeEnrichmentHttpParameters> value) {
      return set("HttpParameters", value);
    }

    /**
     * Valid JSON text passed to the enrichment. In this case, nothing from the event itself is
     * passed to the enrichment. For more information, see <a
     * href="https://docs.aws.amazon.com/http://www.rfc-editor.org/rfc/rfc7159.txt">The JavaScript
     * Object Notation (JSON) Data Interchange Format</a> .
     *
     * <p>To remove an input template, specify an empty string.
     *
     * <p>Length: 0 to 8192 characters. CloudFormation property {@code InputTemplate}.
     */
    public PipeEnrichmentParameters inputTemplate(String value) {
      return set("InputTemplate", Value.of(value));
    }

    /** Sets {@code InputTemplate} to this value; see {@link #inputTemplate(String)}. */
    public PipeEnrichmentParameters inputTemplate(Value<String> value) {
      return set("InputTemplate", value);
    }
  }

  /**
   * Represents the configuration settings for the logs to which this pipe should report events.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeLogConfiguration}.
   */
  public static final class PipeLogConfiguration extends Struct<PipeLogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeLogConfiguration")
        .allowed("IncludeExecutionData", "ALL")
        .allowed("Level", "OFF", "ERROR", "INFO", "TRACE")
        .build();

    public PipeLogConfiguration() {
      super(SCHEMA);
    }

    /**
     * The logging configuration settings for the pipe.
     *
     * <p>CloudFormation property {@code CloudwatchLogsLogDestination}.
     */
    public PipeLogConfiguration cloudwatchLogsLogDestination(Value<CloudwatchLogsLogDestination> value) {
      return set("CloudwatchLogsLogDestination", value);
    }

    /**
     * The Amazon Data Firehose logging configuration settings for the pipe.
     *
     * <p>CloudFormation property {@code FirehoseLogDestination}.
     */
    public PipeLogConfiguration firehoseLogDestination(Value<FirehoseLogDestination> value) {
      return set("FirehoseLogDestination", value);
    }

    /**
     * Whether the execution data (specifically, the <code>payload</code> , <code>awsRequest</code>
     * , and <code>awsResponse</code> fields) is included in the log messages for this pipe.
     *
     * <p>This applies to all log destinations for the pipe.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-logs.html#eb-pipes-logs-execution-data">Including
     * execution data in logs</a> in the <em>Amazon EventBridge User Guide</em> .
     *
     * <p><em>Allowed values:</em> <code>ALL</code>
     *
     * <p>Allowed values: {@code ALL}. CloudFormation property {@code IncludeExecutionData}.
     */
    public PipeLogConfiguration includeExecutionData(List<String> value) {
      return set("IncludeExecutionData", Value.listOf(value));
    }

    /** Sets {@code IncludeExecutionData} to this value; see {@link #includeExecutionData(List)}. */
    public PipeLogConfiguration includeExecutionData(Value<List<String>> value) {
      return set("IncludeExecutionData", value);
    }

    /**
     * The level of logging detail to include. This applies to all log destinations for the pipe.
     *
     * <p>Allowed values: {@code OFF}, {@code ERROR}, {@code INFO}, {@code TRACE}. CloudFormation
     * property {@code Level}.
     */
    public PipeLogConfiguration level(String value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(String)}. */
    public PipeLogConfiguration level(Value<String> value) {
      return set("Level", value);
    }

    /**
     * The Amazon S3 logging configuration settings for the pipe.
     *
     * <p>CloudFormation property {@code S3LogDestination}.
     */
    public PipeLogConfiguration s3LogDestination(Value<S3LogDestination> value) {
      return set("S3LogDestination", value);
    }
  }

  /**
   * The parameters for using an Active MQ broker as a source.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeSourceActiveMQBrokerParameters}.
   */
  public static final class PipeSourceActiveMQBrokerParameters extends Struct<PipeSourceActiveMQBrokerParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeSourceActiveMQBrokerParameters")
        .required("Credentials", "QueueName")
        .constrain("BatchSize", Constraint.of().minimum(1).maximum(10000))
        .constrain("MaximumBatchingWindowInSeconds", Constraint.of().minimum(0).maximum(300))
        .constrain("QueueName", Constraint.of().pattern("^[\\s\\S]*$").minLength(1).maxLength(1000))
        .build();

    public PipeSourceActiveMQBrokerParameters() {
      super(SCHEMA);
    }

    /**
     * The maximum number of records to include in each batch.
     *
     * <p>Range: 1 to 10000. CloudFormation property {@code BatchSize}.
     */
    public PipeSourceActiveMQBrokerParameters batchSize(int value) {
      return set("BatchSize", Value.of(value));
    }

    /** Sets {@code BatchSize} to this value; see {@link #batchSize(int)}. */
    public PipeSourceActiveMQBrokerParameters batchSize(Value<Integer> value) {
      return set("BatchSize", value);
    }

    /**
     * The credentials needed to access the resource.
     *
     * <p>Required. CloudFormation property {@code Credentials}.
     */
    public PipeSourceActiveMQBrokerParameters credentials(Value<MQBrokerAccessCredentials> value) {
      return set("Credentials", value);
    }

    /**
     * The maximum length of a time to wait for events.
     *
     * <p>Range: 0 to 300. CloudFormation property {@code MaximumBatchingWindowInSeconds}.
     */
    public PipeSourceActiveMQBrokerParameters maximumBatchingWindowInSeconds(int value) {
      return set("MaximumBatchingWindowInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumBatchingWindowInSeconds} to this value; see {@link
     * #maximumBatchingWindowInSeconds(int)}.
     */
    public PipeSourceActiveMQBrokerParameters maximumBatchingWindowInSeconds(Value<Integer> value) {
      return set("MaximumBatchingWindowInSeconds", value);
    }

    /**
     * The name of the destination queue to consume.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 1000 characters. Pattern: {@code
     * ^[&#92;s&#92;S]*$}. CloudFormation property {@code QueueName}.
     */
    public PipeSourceActiveMQBrokerParameters queueName(String value) {
      return set("QueueName", Value.of(value));
    }

    /** Sets {@code QueueName} to this value; see {@link #queueName(String)}. */
    public PipeSourceActiveMQBrokerParameters queueName(Value<String> value) {
      return set("QueueName", value);
    }
  }

  /**
   * The parameters for using a DynamoDB stream as a source.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeSourceDynamoDBStreamParameters}.
   */
  public static final class PipeSourceDynamoDBStreamParameters extends Struct<PipeSourceDynamoDBStreamParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeSourceDynamoDBStreamParameters")
        .required("StartingPosition")
        .constrain("BatchSize", Constraint.of().minimum(1).maximum(10000))
        .constrain("MaximumBatchingWindowInSeconds", Constraint.of().minimum(0).maximum(300))
        .constrain("MaximumRecordAgeInSeconds", Constraint.of().minimum(-1).maximum(604800))
        .constrain("MaximumRetryAttempts", Constraint.of().minimum(-1).maximum(10000))
        .allowed("OnPartialBatchItemFailure", "AUTOMATIC_BISECT")
        .constrain("ParallelizationFactor", Constraint.of().minimum(1).maximum(10))
        .allowed("StartingPosition", "TRIM_HORIZON", "LATEST")
        .build();

    public PipeSourceDynamoDBStreamParameters() {
      super(SCHEMA);
    }

    /**
     * The maximum number of records to include in each batch.
     *
     * <p>Range: 1 to 10000. CloudFormation property {@code BatchSize}.
     */
    public PipeSourceDynamoDBStreamParameters batchSize(int value) {
      return set("BatchSize", Value.of(value));
    }

    /** Sets {@code BatchSize} to this value; see {@link #batchSize(int)}. */
    public PipeSourceDynamoDBStreamParameters batchSize(Value<Integer> value) {
      return set("BatchSize", value);
    }

    /**
     * Define the target queue to send dead-letter queue events to.
     *
     * <p>CloudFormation property {@code DeadLetterConfig}.
     */
    public PipeSourceDynamoDBStreamParameters deadLetterConfig(Value<DeadLetterConfig> value) {
      return set("DeadLetterConfig", value);
    }

    /**
     * The maximum length of a time to wait for events.
     *
     * <p>Range: 0 to 300. CloudFormation property {@code MaximumBatchingWindowInSeconds}.
     */
    public PipeSourceDynamoDBStreamParameters maximumBatchingWindowInSeconds(int value) {
      return set("MaximumBatchingWindowInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumBatchingWindowInSeconds} to this value; see {@link
     * #maximumBatchingWindowInSeconds(int)}.
     */
    public PipeSourceDynamoDBStreamParameters maximumBatchingWindowInSeconds(Value<Integer> value) {
      return set("MaximumBatchingWindowInSeconds", value);
    }

    /**
     * Discard records older than the specified age. The default value is -1, which sets the maximum
     * age to infinite. When the value is set to infinite, EventBridge never discards old records.
     *
     * <p>Range: -1 to 604800. CloudFormation property {@code MaximumRecordAgeInSeconds}.
     */
    public PipeSourceDynamoDBStreamParameters maximumRecordAgeInSeconds(int value) {
      return set("MaximumRecordAgeInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumRecordAgeInSeconds} to this value; see {@link
     * #maximumRecordAgeInSeconds(int)}.
     */
    public PipeSourceDynamoDBStreamParameters maximumRecordAgeInSeconds(Value<Integer> value) {
      return set("MaximumRecordAgeInSeconds", value);
    }

    /**
     * Discard records after the specified number of retries. The default value is -1, which sets
     * the maximum number of retries to infinite. When MaximumRetryAttempts is infinite, EventBridge
     * retries failed records until the record expires in the event source.
     *
     * <p>Range: -1 to 10000. CloudFormation property {@code MaximumRetryAttempts}.
     */
    public PipeSourceDynamoDBStreamParameters maximumRetryAttempts(int value) {
      return set("MaximumRetryAttempts", Value.of(value));
    }

    /** Sets {@code MaximumRetryAttempts} to this value; see {@link #maximumRetryAttempts(int)}. */
    public PipeSourceDynamoDBStreamParameters maximumRetryAttempts(Value<Integer> value) {
      return set("MaximumRetryAttempts", value);
    }

    /**
     * Define how to handle item process failures. <code>AUTOMATIC_BISECT</code> halves each batch
     * and retry each half until all the records are processed or there is one failed message left
     * in the batch.
     *
     * <p>Allowed values: {@code AUTOMATIC_BISECT}. CloudFormation property {@code
     * OnPartialBatchItemFailure}.
     */
    public PipeSourceDynamoDBStreamParameters onPartialBatchItemFailure(String value) {
      return set("OnPartialBatchItemFailure", Value.of(value));
    }

    /**
     * Sets {@code OnPartialBatchItemFailure} to this value; see {@link
     * #onPartialBatchItemFailure(String)}.
     */
    public PipeSourceDynamoDBStreamParameters onPartialBatchItemFailure(Value<String> value) {
      return set("OnPartialBatchItemFailure", value);
    }

    /**
     * The number of batches to process concurrently from each shard. The default value is 1.
     *
     * <p>Range: 1 to 10. CloudFormation property {@code ParallelizationFactor}.
     */
    public PipeSourceDynamoDBStreamParameters parallelizationFactor(int value) {
      return set("ParallelizationFactor", Value.of(value));
    }

    /**
     * Sets {@code ParallelizationFactor} to this value; see {@link #parallelizationFactor(int)}.
     */
    public PipeSourceDynamoDBStreamParameters parallelizationFactor(Value<Integer> value) {
      return set("ParallelizationFactor", value);
    }

    /**
     * (Streams only) The position in a stream from which to start reading.
     *
     * <p><em>Valid values</em> : <code>TRIM_HORIZON | LATEST</code>
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code TRIM_HORIZON}, {@code
     * LATEST}. CloudFormation property {@code StartingPosition}.
     */
    public PipeSourceDynamoDBStreamParameters startingPosition(String value) {
      return set("StartingPosition", Value.of(value));
    }

    /** Sets {@code StartingPosition} to this value; see {@link #startingPosition(String)}. */
    public PipeSourceDynamoDBStreamParameters startingPosition(Value<String> value) {
      return set("StartingPosition", value);
    }
  }

  /**
   * The parameters for using a Kinesis stream as a source.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeSourceKinesisStreamParameters}.
   */
  public static final class PipeSourceKinesisStreamParameters extends Struct<PipeSourceKinesisStreamParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeSourceKinesisStreamParameters")
        .required("StartingPosition")
        .constrain("BatchSize", Constraint.of().minimum(1).maximum(10000))
        .constrain("MaximumBatchingWindowInSeconds", Constraint.of().minimum(0).maximum(300))
        .constrain("MaximumRecordAgeInSeconds", Constraint.of().minimum(-1).maximum(604800))
        .constrain("MaximumRetryAttempts", Constraint.of().minimum(-1).maximum(10000))
        .allowed("OnPartialBatchItemFailure", "AUTOMATIC_BISECT")
        .constrain("ParallelizationFactor", Constraint.of().minimum(1).maximum(10))
        .allowed("StartingPosition", "TRIM_HORIZON", "LATEST", "AT_TIMESTAMP")
        .constrain("StartingPositionTimestamp", Constraint.of().format("date-time"))
        .build();

    public PipeSourceKinesisStreamParameters() {
      super(SCHEMA);
    }

    /**
     * The maximum number of records to include in each batch.
     *
     * <p>Range: 1 to 10000. CloudFormation property {@code BatchSize}.
     */
    public PipeSourceKinesisStreamParameters batchSize(int value) {
      return set("BatchSize", Value.of(value));
    }

    /** Sets {@code BatchSize} to this value; see {@link #batchSize(int)}. */
    public PipeSourceKinesisStreamParameters batchSize(Value<Integer> value) {
      return set("BatchSize", value);
    }

    /**
     * Define the target queue to send dead-letter queue events to.
     *
     * <p>CloudFormation property {@code DeadLetterConfig}.
     */
    public PipeSourceKinesisStreamParameters deadLetterConfig(Value<DeadLetterConfig> value) {
      return set("DeadLetterConfig", value);
    }

    /**
     * The maximum length of a time to wait for events.
     *
     * <p>Range: 0 to 300. CloudFormation property {@code MaximumBatchingWindowInSeconds}.
     */
    public PipeSourceKinesisStreamParameters maximumBatchingWindowInSeconds(int value) {
      return set("MaximumBatchingWindowInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumBatchingWindowInSeconds} to this value; see {@link
     * #maximumBatchingWindowInSeconds(int)}.
     */
    public PipeSourceKinesisStreamParameters maximumBatchingWindowInSeconds(Value<Integer> value) {
      return set("MaximumBatchingWindowInSeconds", value);
    }

    /**
     * Discard records older than the specified age. The default value is -1, which sets the maximum
     * age to infinite. When the value is set to infinite, EventBridge never discards old records.
     *
     * <p>Range: -1 to 604800. CloudFormation property {@code MaximumRecordAgeInSeconds}.
     */
    public PipeSourceKinesisStreamParameters maximumRecordAgeInSeconds(int value) {
      return set("MaximumRecordAgeInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumRecordAgeInSeconds} to this value; see {@link
     * #maximumRecordAgeInSeconds(int)}.
     */
    public PipeSourceKinesisStreamParameters maximumRecordAgeInSeconds(Value<Integer> value) {
      return set("MaximumRecordAgeInSeconds", value);
    }

    /**
     * Discard records after the specified number of retries. The default value is -1, which sets
     * the maximum number of retries to infinite. When MaximumRetryAttempts is infinite, EventBridge
     * retries failed records until the record expires in the event source.
     *
     * <p>Range: -1 to 10000. CloudFormation property {@code MaximumRetryAttempts}.
     */
    public PipeSourceKinesisStreamParameters maximumRetryAttempts(int value) {
      return set("MaximumRetryAttempts", Value.of(value));
    }

    /** Sets {@code MaximumRetryAttempts} to this value; see {@link #maximumRetryAttempts(int)}. */
    public PipeSourceKinesisStreamParameters maximumRetryAttempts(Value<Integer> value) {
      return set("MaximumRetryAttempts", value);
    }

    /**
     * Define how to handle item process failures. <code>AUTOMATIC_BISECT</code> halves each batch
     * and retry each half until all the records are processed or there is one failed message left
     * in the batch.
     *
     * <p>Allowed values: {@code AUTOMATIC_BISECT}. CloudFormation property {@code
     * OnPartialBatchItemFailure}.
     */
    public PipeSourceKinesisStreamParameters onPartialBatchItemFailure(String value) {
      return set("OnPartialBatchItemFailure", Value.of(value));
    }

    /**
     * Sets {@code OnPartialBatchItemFailure} to this value; see {@link
     * #onPartialBatchItemFailure(String)}.
     */
    public PipeSourceKinesisStreamParameters onPartialBatchItemFailure(Value<String> value) {
      return set("OnPartialBatchItemFailure", value);
    }

    /**
     * The number of batches to process concurrently from each shard. The default value is 1.
     *
     * <p>Range: 1 to 10. CloudFormation property {@code ParallelizationFactor}.
     */
    public PipeSourceKinesisStreamParameters parallelizationFactor(int value) {
      return set("ParallelizationFactor", Value.of(value));
    }

    /**
     * Sets {@code ParallelizationFactor} to this value; see {@link #parallelizationFactor(int)}.
     */
    public PipeSourceKinesisStreamParameters parallelizationFactor(Value<Integer> value) {
      return set("ParallelizationFactor", value);
    }

    /**
     * The position in a stream from which to start reading.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code TRIM_HORIZON}, {@code
     * LATEST}, {@code AT_TIMESTAMP}. CloudFormation property {@code StartingPosition}.
     */
    public PipeSourceKinesisStreamParameters startingPosition(String value) {
      return set("StartingPosition", Value.of(value));
    }

    /** Sets {@code StartingPosition} to this value; see {@link #startingPosition(String)}. */
    public PipeSourceKinesisStreamParameters startingPosition(Value<String> value) {
      return set("StartingPosition", value);
    }

    /**
     * With <code>StartingPosition</code> set to <code>AT_TIMESTAMP</code> , the time from which to
     * start reading, in Unix time seconds.
     *
     * <p>Changing it replaces the resource. Format: {@code date-time}. CloudFormation property
     * {@code StartingPositionTimestamp}.
     */
    public PipeSourceKinesisStreamParameters startingPositionTimestamp(String value) {
      return set("StartingPositionTimestamp", Value.of(value));
    }

    /**
     * Sets {@code StartingPositionTimestamp} to this value; see {@link
     * #startingPositionTimestamp(String)}.
     */
    public PipeSourceKinesisStreamParameters startingPositionTimestamp(Value<String> value) {
      return set("StartingPositionTimestamp", value);
    }
  }

  /**
   * The parameters for using an MSK stream as a source.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeSourceManagedStreamingKafkaParameters}.
   */
  public static final class PipeSourceManagedStreamingKafkaParameters extends Struct<PipeSourceManagedStreamingKafkaParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeSourceManagedStreamingKafkaParameters")
        .required("TopicName")
        .constrain("BatchSize", Constraint.of().minimum(1).maximum(10000))
        .constrain("ConsumerGroupID", Constraint.of().pattern("^[a-zA-Z0-9-\\/*:_+=.@-]*$").minLength(1).maxLength(200))
        .constrain("MaximumBatchingWindowInSeconds", Constraint.of().minimum(0).maximum(300))
        .allowed("StartingPosition", "TRIM_HORIZON", "LATEST")
        .constrain("TopicName", Constraint.of().pattern("^[^.]([a-zA-Z0-9\\-_.]+)$").minLength(1).maxLength(249))
        .build();

    public PipeSourceManagedStreamingKafkaParameters() {
      super(SCHEMA);
    }

    /**
     * The maximum number of records to include in each batch.
     *
     * <p>Range: 1 to 10000. CloudFormation property {@code BatchSize}.
     */
    public PipeSourceManagedStreamingKafkaParameters batchSize(int value) {
      return set("BatchSize", Value.of(value));
    }

    /** Sets {@code BatchSize} to this value; see {@link #batchSize(int)}. */
    public PipeSourceManagedStreamingKafkaParameters batchSize(Value<Integer> value) {
      return set("BatchSize", value);
    }

    /**
     * The name of the destination queue to consume.
     *
     * <p>Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
     * ^[a-zA-Z0-9-&#92;/*:_+=.&#64;-]*$}. CloudFormation property {@code ConsumerGroupID}.
     */
    public PipeSourceManagedStreamingKafkaParameters consumerGroupID(String value) {
      return set("ConsumerGroupID", Value.of(value));
    }

    /** Sets {@code ConsumerGroupID} to this value; see {@link #consumerGroupID(String)}. */
    public PipeSourceManagedStreamingKafkaParameters consumerGroupID(Value<String> value) {
      return set("ConsumerGroupID", value);
    }

    /**
     * The credentials needed to access the resource.
     *
     * <p>CloudFormation property {@code Credentials}.
     */
    public PipeSourceManagedStreamingKafkaParameters credentials(Value<MSKAccessCredentials> value) {
      return set("Credentials", value);
    }

    /**
     * The maximum length of a time to wait for events.
     *
     * <p>Range: 0 to 300. CloudFormation property {@code MaximumBatchingWindowInSeconds}.
     */
    public PipeSourceManagedStreamingKafkaParameters maximumBatchingWindowInSeconds(int value) {
      return set("MaximumBatchingWindowInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumBatchingWindowInSeconds} to this value; see {@link
     * #maximumBatchingWindowInSeconds(int)}.
     */
    public PipeSourceManagedStreamingKafkaParameters maximumBatchingWindowInSeconds(Value<Integer> value) {
      return set("MaximumBatchingWindowInSeconds", value);
    }

    /**
     * The position in a stream from which to start reading.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code TRIM_HORIZON}, {@code LATEST}.
     * CloudFormation property {@code StartingPosition}.
     */
    public PipeSourceManagedStreamingKafkaParameters startingPosition(String value) {
      return set("StartingPosition", Value.of(value));
    }

    /** Sets {@code StartingPosition} to this value; see {@link #startingPosition(String)}. */
    public PipeSourceManagedStreamingKafkaParameters startingPosition(Value<String> value) {
      return set("StartingPosition", value);
    }

    /**
     * The name of the topic that the pipe will read from.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 249 characters. Pattern: {@code
     * ^[^.]([a-zA-Z0-9&#92;-_.]+)$}. CloudFormation property {@code TopicName}.
     */
    public PipeSourceManagedStreamingKafkaParameters topicName(String value) {
      return set("TopicName", Value.of(value));
    }

    /** Sets {@code TopicName} to this value; see {@link #topicName(String)}. */
    public PipeSourceManagedStreamingKafkaParameters topicName(Value<String> value) {
      return set("TopicName", value);
    }
  }

  /**
   * The parameters required to set up a source for your pipe.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeSourceParameters}.
   */
  public static final class PipeSourceParameters extends Struct<PipeSourceParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::Pipes::Pipe.PipeSourceParameters");

    public PipeSourceParameters() {
      super(SCHEMA);
    }

    /**
     * The parameters for using an Active MQ broker as a source.
     *
     * <p>CloudFormation property {@code ActiveMQBrokerParameters}.
     */
    public PipeSourceParameters activeMQBrokerParameters(Value<PipeSourceActiveMQBrokerParameters> value) {
      return set("ActiveMQBrokerParameters", value);
    }

    /**
     * The parameters for using a DynamoDB stream as a source.
     *
     * <p>CloudFormation property {@code DynamoDBStreamParameters}.
     */
    public PipeSourceParameters dynamoDBStreamParameters(Value<PipeSourceDynamoDBStreamParameters> value) {
      return set("DynamoDBStreamParameters", value);
    }

    /**
     * The collection of event patterns used to filter events.
     *
     * <p>To remove a filter, specify a <code>FilterCriteria</code> object with an empty array of
     * <code>Filter</code> objects.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eventbridge-and-event-patterns.html">Events
     * and Event Patterns</a> in the <em>Amazon EventBridge User Guide</em> .
     *
     * <p>CloudFormation property {@code FilterCriteria}.
     */
    public PipeSourceParameters filterCriteria(Value<FilterCriteria> value) {
      return set("FilterCriteria", value);
    }

    /**
     * The parameters for using a Kinesis stream as a source.
     *
     * <p>CloudFormation property {@code KinesisStreamParameters}.
     */
    public PipeSourceParameters kinesisStreamParameters(Value<PipeSourceKinesisStreamParameters> value) {
      return set("KinesisStreamParameters", value);
    }

    /**
     * The parameters for using an MSK stream as a source.
     *
     * <p>CloudFormation property {@code ManagedStreamingKafkaParameters}.
     */
    public PipeSourceParameters managedStreamingKafkaParameters(Value<PipeSourceManagedStreamingKafkaParameters> value) {
      return set("ManagedStreamingKafkaParameters", value);
    }

    /**
     * The parameters for using a Rabbit MQ broker as a source.
     *
     * <p>CloudFormation property {@code RabbitMQBrokerParameters}.
     */
    public PipeSourceParameters rabbitMQBrokerParameters(Value<PipeSourceRabbitMQBrokerParameters> value) {
      return set("RabbitMQBrokerParameters", value);
    }

    /**
     * The parameters for using a self-managed Apache Kafka stream as a source.
     *
     * <p>A <em>self managed</em> cluster refers to any Apache Kafka cluster not hosted by AWS .
     * This includes both clusters you manage yourself, as well as those hosted by a third-party
     * provider, such as <a href="https://docs.aws.amazon.com/https://www.confluent.io/">Confluent
     * Cloud</a> , <a
     * href="https://docs.aws.amazon.com/https://www.cloudkarafka.com/">CloudKarafka</a> , or <a
     * href="https://docs.aws.amazon.com/https://redpanda.com/">Redpanda</a> . For more information,
     * see <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-kafka.html">Apache
     * Kafka streams as a source</a> in the <em>Amazon EventBridge User Guide</em> .
     *
     * <p>CloudFormation property {@code SelfManagedKafkaParameters}.
     */
    public PipeSourceParameters selfManagedKafkaParameters(Value<PipeSourceSelfManagedKafkaParameters> value) {
      return set("SelfManagedKafkaParameters", value);
    }

    /**
     * The parameters for using a Amazon SQS stream as a source.
     *
     * <p>CloudFormation property {@code SqsQueueParameters}.
     */
    public PipeSourceParameters sqsQueueParameters(Value<PipeSourceSqsQueueParameters> value) {
      return set("SqsQueueParameters", value);
    }
  }

  /**
   * The parameters for using a Rabbit MQ broker as a source.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeSourceRabbitMQBrokerParameters}.
   */
  public static final class PipeSourceRabbitMQBrokerParameters extends Struct<PipeSourceRabbitMQBrokerParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeSourceRabbitMQBrokerParameters")
        .required("Credentials", "QueueName")
        .constrain("BatchSize", Constraint.of().minimum(1).maximum(10000))
        .constrain("MaximumBatchingWindowInSeconds", Constraint.of().minimum(0).maximum(300))
        .constrain("QueueName", Constraint.of().pattern("^[\\s\\S]*$").minLength(1).maxLength(1000))
        .constrain("VirtualHost", Constraint.of().pattern("^[a-zA-Z0-9-\\/*:_+=.@-]*$").minLength(1).maxLength(200))
        .build();

    public PipeSourceRabbitMQBrokerParameters() {
      super(SCHEMA);
    }

    /**
     * The maximum number of records to include in each batch.
     *
     * <p>Range: 1 to 10000. CloudFormation property {@code BatchSize}.
     */
    public PipeSourceRabbitMQBrokerParameters batchSize(int value) {
      return set("BatchSize", Value.of(value));
    }

    /** Sets {@code BatchSize} to this value; see {@link #batchSize(int)}. */
    public PipeSourceRabbitMQBrokerParameters batchSize(Value<Integer> value) {
      return set("BatchSize", value);
    }

    /**
     * The credentials needed to access the resource.
     *
     * <p>Required. CloudFormation property {@code Credentials}.
     */
    public PipeSourceRabbitMQBrokerParameters credentials(Value<MQBrokerAccessCredentials> value) {
      return set("Credentials", value);
    }

    /**
     * The maximum length of a time to wait for events.
     *
     * <p>Range: 0 to 300. CloudFormation property {@code MaximumBatchingWindowInSeconds}.
     */
    public PipeSourceRabbitMQBrokerParameters maximumBatchingWindowInSeconds(int value) {
      return set("MaximumBatchingWindowInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumBatchingWindowInSeconds} to this value; see {@link
     * #maximumBatchingWindowInSeconds(int)}.
     */
    public PipeSourceRabbitMQBrokerParameters maximumBatchingWindowInSeconds(Value<Integer> value) {
      return set("MaximumBatchingWindowInSeconds", value);
    }

    /**
     * The name of the destination queue to consume.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 1000 characters. Pattern: {@code
     * ^[&#92;s&#92;S]*$}. CloudFormation property {@code QueueName}.
     */
    public PipeSourceRabbitMQBrokerParameters queueName(String value) {
      return set("QueueName", Value.of(value));
    }

    /** Sets {@code QueueName} to this value; see {@link #queueName(String)}. */
    public PipeSourceRabbitMQBrokerParameters queueName(Value<String> value) {
      return set("QueueName", value);
    }

    /**
     * The name of the virtual host associated with the source broker.
     *
     * <p>Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
     * ^[a-zA-Z0-9-&#92;/*:_+=.&#64;-]*$}. CloudFormation property {@code VirtualHost}.
     */
    public PipeSourceRabbitMQBrokerParameters virtualHost(String value) {
      return set("VirtualHost", Value.of(value));
    }

    /** Sets {@code VirtualHost} to this value; see {@link #virtualHost(String)}. */
    public PipeSourceRabbitMQBrokerParameters virtualHost(Value<String> value) {
      return set("VirtualHost", value);
    }
  }

  /**
   * The parameters for using a self-managed Apache Kafka stream as a source.
   *
   * <p>A <em>self managed</em> cluster refers to any Apache Kafka cluster not hosted by AWS . This
   * includes both clusters you manage yourself, as well as those hosted by a third-party provider,
   * such as <a href="https://docs.aws.amazon.com/https://www.confluent.io/">Confluent Cloud</a> ,
   * <a href="https://docs.aws.amazon.com/https://www.cloudkarafka.com/">CloudKarafka</a> , or <a
   * href="https://docs.aws.amazon.com/https://redpanda.com/">Redpanda</a> . For more information,
   * see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-kafka.html">Apache
   * Kafka streams as a source</a> in the <em>Amazon EventBridge User Guide</em> .
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeSourceSelfManagedKafkaParameters}.
   */
  public static final class PipeSourceSelfManagedKafkaParameters extends Struct<PipeSourceSelfManagedKafkaParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeSourceSelfManagedKafkaParameters")
        .required("TopicName")
        .constrain("AdditionalBootstrapServers", Constraint.of().pattern("^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9]):[0-9]{1,5}$").minLength(1).maxLength(300))
        .constrain("BatchSize", Constraint.of().minimum(1).maximum(10000))
        .constrain("ConsumerGroupID", Constraint.of().pattern("^[a-zA-Z0-9-\\/*:_+=.@-]*$").minLength(1).maxLength(200))
        .constrain("MaximumBatchingWindowInSeconds", Constraint.of().minimum(0).maximum(300))
        .constrain("ServerRootCaCertificate", Constraint.of().pattern("^(^arn:aws([a-z]|\\-)*:secretsmanager:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}):(\\d{12}):secret:.+)$").minLength(1).maxLength(1600))
        .allowed("StartingPosition", "TRIM_HORIZON", "LATEST")
        .constrain("TopicName", Constraint.of().pattern("^[^.]([a-zA-Z0-9\\-_.]+)$").minLength(1).maxLength(249))
        .build();

    public PipeSourceSelfManagedKafkaParameters() {
      super(SCHEMA);
    }

    /**
     * An array of server URLs.
     *
     * <p>Changing it replaces the resource. Length: 1 to 300 characters. Pattern: {@code
     * ^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9&#92;-]*[a-zA-Z0-9])&#92;.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9&#92;-]*[A-Za-z0-9]):[0-9]{1,5}$}.
     * CloudFormation property {@code AdditionalBootstrapServers}.
     */
    public PipeSourceSelfManagedKafkaParameters additionalBootstrapServers(List<String> value) {
      return set("AdditionalBootstrapServers", Value.listOf(value));
    }

    /**
     * Sets {@code AdditionalBootstrapServers} to this value; see {@link
     * #additionalBootstrapServers(List)}.
     */
    public PipeSourceSelfManagedKafkaParameters additionalBootstrapServers(Value<List<String>> value) {
      return set("AdditionalBootstrapServers", value);
    }

    /**
     * The maximum number of records to include in each batch.
     *
     * <p>Range: 1 to 10000. CloudFormation property {@code BatchSize}.
     */
    public PipeSourceSelfManagedKafkaParameters batchSize(int value) {
      return set("BatchSize", Value.of(value));
    }

    /** Sets {@code BatchSize} to this value; see {@link #batchSize(int)}. */
    public PipeSourceSelfManagedKafkaParameters batchSize(Value<Integer> value) {
      return set("BatchSize", value);
    }

    /**
     * The name of the destination queue to consume.
     *
     * <p>Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
     * ^[a-zA-Z0-9-&#92;/*:_+=.&#64;-]*$}. CloudFormation property {@code ConsumerGroupID}.
     */
    public PipeSourceSelfManagedKafkaParameters consumerGroupID(String value) {
      return set("ConsumerGroupID", Value.of(value));
    }

    /** Sets {@code ConsumerGroupID} to this value; see {@link #consumerGroupID(String)}. */
    public PipeSourceSelfManagedKafkaParameters consumerGroupID(Value<String> value) {
      return set("ConsumerGroupID", value);
    }

    /**
     * The credentials needed to access the resource.
     *
     * <p>CloudFormation property {@code Credentials}.
     */
    public PipeSourceSelfManagedKafkaParameters credentials(Value<SelfManagedKafkaAccessConfigurationCredentials> value) {
      return set("Credentials", value);
    }

    /**
     * The maximum length of a time to wait for events.
     *
     * <p>Range: 0 to 300. CloudFormation property {@code MaximumBatchingWindowInSeconds}.
     */
    public PipeSourceSelfManagedKafkaParameters maximumBatchingWindowInSeconds(int value) {
      return set("MaximumBatchingWindowInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumBatchingWindowInSeconds} to this value; see {@link
     * #maximumBatchingWindowInSeconds(int)}.
     */
    public PipeSourceSelfManagedKafkaParameters maximumBatchingWindowInSeconds(Value<Integer> value) {
      return set("MaximumBatchingWindowInSeconds", value);
    }

    /**
     * The ARN of the Secrets Manager secret used for certification.
     *
     * <p>Length: 1 to 1600 characters. Pattern: {@code
     * ^(^arn:aws([a-z]|&#92;-)*:secretsmanager:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1}):(&#92;d{12}):secret:.+)$}.
     * CloudFormation property {@code ServerRootCaCertificate}.
     */
    public PipeSourceSelfManagedKafkaParameters serverRootCaCertificate(String value) {
      return set("ServerRootCaCertificate", Value.of(value));
    }

    /**
     * Sets {@code ServerRootCaCertificate} to this value; see {@link
     * #serverRootCaCertificate(String)}.
     */
    public PipeSourceSelfManagedKafkaParameters serverRootCaCertificate(Value<String> value) {
      return set("ServerRootCaCertificate", value);
    }

    /**
     * The position in a stream from which to start reading.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code TRIM_HORIZON}, {@code LATEST}.
     * CloudFormation property {@code StartingPosition}.
     */
    public PipeSourceSelfManagedKafkaParameters startingPosition(String value) {
      return set("StartingPosition", Value.of(value));
    }

    /** Sets {@code StartingPosition} to this value; see {@link #startingPosition(String)}. */
    public PipeSourceSelfManagedKafkaParameters startingPosition(Value<String> value) {
      return set("StartingPosition", value);
    }

    /**
     * The name of the topic that the pipe will read from.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 249 characters. Pattern: {@code
     * ^[^.]([a-zA-Z0-9&#92;-_.]+)$}. CloudFormation property {@code TopicName}.
     */
    public PipeSourceSelfManagedKafkaParameters topicName(String value) {
      return set("TopicName", Value.of(value));
    }

    /** Sets {@code TopicName} to this value; see {@link #topicName(String)}. */
    public PipeSourceSelfManagedKafkaParameters topicName(Value<String> value) {
      return set("TopicName", value);
    }

    /**
     * This structure specifies the VPC subnets and security groups for the stream, and whether a
     * public IP address is to be used.
     *
     * <p>CloudFormation property {@code Vpc}.
     */
    public PipeSourceSelfManagedKafkaParameters vpc(Value<SelfManagedKafkaAccessConfigurationVpc> value) {
      return set("Vpc", value);
    }
  }

  /**
   * The parameters for using a Amazon SQS stream as a source.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeSourceSqsQueueParameters}.
   */
  public static final class PipeSourceSqsQueueParameters extends Struct<PipeSourceSqsQueueParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeSourceSqsQueueParameters")
        .constrain("BatchSize", Constraint.of().minimum(1).maximum(10000))
        .constrain("MaximumBatchingWindowInSeconds", Constraint.of().minimum(0).maximum(300))
        .build();

    public PipeSourceSqsQueueParameters() {
      super(SCHEMA);
    }

    /**
     * The maximum number of records to include in each batch.
     *
     * <p>Range: 1 to 10000. CloudFormation property {@code BatchSize}.
     */
    public PipeSourceSqsQueueParameters batchSize(int value) {
      return set("BatchSize", Value.of(value));
    }

    /** Sets {@code BatchSize} to this value; see {@link #batchSize(int)}. */
    public PipeSourceSqsQueueParameters batchSize(Value<Integer> value) {
      return set("BatchSize", value);
    }

    /**
     * The maximum length of a time to wait for events.
     *
     * <p>Range: 0 to 300. CloudFormation property {@code MaximumBatchingWindowInSeconds}.
     */
    public PipeSourceSqsQueueParameters maximumBatchingWindowInSeconds(int value) {
      return set("MaximumBatchingWindowInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumBatchingWindowInSeconds} to this value; see {@link
     * #maximumBatchingWindowInSeconds(int)}.
     */
    public PipeSourceSqsQueueParameters maximumBatchingWindowInSeconds(Value<Integer> value) {
      return set("MaximumBatchingWindowInSeconds", value);
    }
  }

  /**
   * The parameters for using an AWS Batch job as a target.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeTargetBatchJobParameters}.
   */
  public static final class PipeTargetBatchJobParameters extends Struct<PipeTargetBatchJobParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeTargetBatchJobParameters")
        .required("JobDefinition", "JobName")
        .build();

    public PipeTargetBatchJobParameters() {
      super(SCHEMA);
    }

    /**
     * The array properties for the submitted job, such as the size of the array. The array size can
     * be between 2 and 10,000. If you specify array properties for a job, it becomes an array job.
     * This parameter is used only if the target is an AWS Batch job.
     *
     * <p>CloudFormation property {@code ArrayProperties}.
     */
    public PipeTargetBatchJobParameters arrayProperties(Value<BatchArrayProperties> value) {
      return set("ArrayProperties", value);
    }

    /**
     * The overrides that are sent to a container.
     *
     * <p>CloudFormation property {@code ContainerOverrides}.
     */
    public PipeTargetBatchJobParameters containerOverrides(Value<BatchContainerOverrides> value) {
      return set("ContainerOverrides", value);
    }

    /**
     * A list of dependencies for the job. A job can depend upon a maximum of 20 jobs. You can
     * specify a <code>SEQUENTIAL</code> type dependency without specifying a job ID for array jobs
     * so that each child array job completes sequentially, starting at index 0. You can also
     * specify an <code>N_TO_N</code> type dependency with a job ID for array jobs. In that case,
     * each index child of this job must wait for the corresponding index child of each dependency
     * to complete before it can begin.
     *
     * <p>CloudFormation property {@code DependsOn}.
     */
    public PipeTargetBatchJobParameters dependsOn(List<BatchJobDependency> value) {
      return set("DependsOn", Value.listOf(value));
    }

    /** Sets {@code DependsOn} to this value; see {@link #dependsOn(List)}. */
    public PipeTargetBatchJobParameters dependsOn(Value<List<BatchJobDependency>> value) {
      return set("DependsOn", value);
    }

    /** Sets {@code DependsOn} to a list of these; see {@link #dependsOn(List)}. */
    public PipeTargetBatchJobParameters dependsOn(BatchJobDependency... values) {
      return set("DependsOn", Value.list(values));
    }

    /**
     * The job definition used by this job. This value can be one of <code>name</code> ,
     * <code>name:revision</code> , or the Amazon Resource Name (ARN) for the job definition. If
     * name is specified without a revision then the latest active revision is used.
     *
     * <p>Required. CloudFormation property {@code JobDefinition}.
     */
    public PipeTargetBatchJobParameters jobDefinition(String value) {
      return set("JobDefinition", Value.of(value));
    }

    /** Sets {@code JobDefinition} to this value; see {@link #jobDefinition(String)}. */
    public PipeTargetBatchJobParameters jobDefinition(Value<String> value) {
      return set("JobDefinition", value);
    }

    /**
     * The name of the job. It can be up to 128 letters long. The first character must be
     * alphanumeric, can contain uppercase and lowercase letters, numbers, hyphens (-), and
     * underscores (_).
     *
     * <p>Required. CloudFormation property {@code JobName}.
     */
    public PipeTargetBatchJobParameters jobName(String value) {
      return set("JobName", Value.of(value));
    }

    /** Sets {@code JobName} to this value; see {@link #jobName(String)}. */
    public PipeTargetBatchJobParameters jobName(Value<String> value) {
      return set("JobName", value);
    }

    /**
     * Additional parameters passed to the job that replace parameter substitution placeholders that
     * are set in the job definition. Parameters are specified as a key and value pair mapping.
     * Parameters included here override any corresponding parameter defaults from the job
     * definition.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public PipeTargetBatchJobParameters parameters(Map<String, String> value) {
      return set("Parameters", Value.mapOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
    public PipeTargetBatchJobParameters parameters(Value<Map<String, String>> value) {
      return set("Parameters", value);
    }

    /**
     * The retry strategy to use for failed jobs. When a retry strategy is specified here, it
     * overrides the retry strategy defined in the job definition.
     *
     * <p>CloudFormation property {@code RetryStrategy}.
     */
    public PipeTargetBatchJobParameters retryStrategy(Value<BatchRetryStrategy> value) {
      return set("RetryStrategy", value);
    }
  }

  /**
   * The parameters for using an CloudWatch Logs log stream as a target.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeTargetCloudWatchLogsParameters}.
   */
  public static final class PipeTargetCloudWatchLogsParameters extends Struct<PipeTargetCloudWatchLogsParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeTargetCloudWatchLogsParameters")
        .constrain("LogStreamName", Constraint.of().minLength(1).maxLength(256))
        .constrain("Timestamp", Constraint.of().pattern("^\\$(\\.[\\w_-]+(\\[(\\d+|\\*)\\])*)*$").minLength(1).maxLength(256))
        .build();

    public PipeTargetCloudWatchLogsParameters() {
      super(SCHEMA);
    }

    /**
     * The name of the log stream.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code LogStreamName}.
     */
    public PipeTargetCloudWatchLogsParameters logStreamName(String value) {
      return set("LogStreamName", Value.of(value));
    }

    /** Sets {@code LogStreamName} to this value; see {@link #logStreamName(String)}. */
    public PipeTargetCloudWatchLogsParameters logStreamName(Value<String> value) {
      return set("LogStreamName", value);
    }

    /**
     * A <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-event-target.html">dynamic
     * path parameter</a> to a field in the payload containing the time the event occurred,
     * expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
     *
     * <p>The value cannot be a static timestamp as the provided timestamp would be applied to all
     * events delivered by the Pipe, regardless of when they are actually delivered.
     *
     * <p>If no dynamic path parameter is provided, the default value is the time the invocation is
     * processed by the Pipe.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code
     * ^&#92;$(&#92;.[&#92;w_-]+(&#92;[(&#92;d+|&#92;*)&#92;])*)*$}. CloudFormation property {@code
     * Timestamp}.
     */
    public PipeTargetCloudWatchLogsParameters timestamp(String value) {
      return set("Timestamp", Value.of(value));
    }

    /** Sets {@code Timestamp} to this value; see {@link #timestamp(String)}. */
    public PipeTargetCloudWatchLogsParameters timestamp(Value<String> value) {
      return set("Timestamp", value);
    }
  }

  /**
   * The parameters for using an Amazon ECS task as a target.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeTargetEcsTaskParameters}.
   */
  public static final class PipeTargetEcsTaskParameters extends Struct<PipeTargetEcsTaskParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeTargetEcsTaskParameters")
        .required("TaskDefinitionArn")
        .allowed("LaunchType", "EC2", "FARGATE", "EXTERNAL")
        .allowed("PropagateTags", "TASK_DEFINITION")
        .constrain("ReferenceId", Constraint.of().minLength(0).maxLength(1024))
        .constrain("TaskCount", Constraint.of().minimum(1))
        .constrain("TaskDefinitionArn", Constraint.of().pattern("^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$").minLength(1).maxLength(1600))
        .build();

    public PipeTargetEcsTaskParameters() {
      super(SCHEMA);
    }

    /**
     * The capacity provider strategy to use for the task.
     *
     * <p>If a <code>capacityProviderStrategy</code> is specified, the <code>launchType</code>
     * parameter must be omitted. If no <code>capacityProviderStrategy</code> or launchType is
     * specified, the <code>defaultCapacityProviderStrategy</code> for the cluster is used.
     *
     * <p>CloudFormation property {@code CapacityProviderStrategy}.
     */
    public PipeTargetEcsTaskParameters capacityProviderStrategy(List<CapacityProviderStrategyItem> value) {
      return set("CapacityProviderStrategy", Value.listOf(value));
    }

    /**
     * Sets {@code CapacityProviderStrategy} to this value; see {@link
     * #capacityProviderStrategy(List)}.
     */
    public PipeTargetEcsTaskParameters capacityProviderStrategy(Value<List<CapacityProviderStrategyItem>> value) {
      return set("CapacityProviderStrategy", value);
    }

    /**
     * Sets {@code CapacityProviderStrategy} to a list of these; see {@link
     * #capacityProviderStrategy(List)}.
     */
    public PipeTargetEcsTaskParameters capacityProviderStrategy(CapacityProviderStrategyItem... values) {
      return set("CapacityProviderStrategy", Value.list(values));
    }

    /**
     * Specifies whether to enable Amazon ECS managed tags for the task. For more information, see
     * <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html">Tagging
     * Your Amazon ECS Resources</a> in the Amazon Elastic Container Service Developer Guide.
     *
     * <p>Default: {@code false}. CloudFormation property {@code EnableECSManagedTags}.
     */
    public PipeTargetEcsTaskParameters enableECSManagedTags(boolean value) {
      return set("EnableECSManagedTags", Value.of(value));
    }

    /**
     * Sets {@code EnableECSManagedTags} to this value; see {@link #enableECSManagedTags(boolean)}.
     */
    public PipeTargetEcsTaskParameters enableECSManagedTags(Value<Boolean> value) {
      return set("EnableECSManagedTags", value);
    }

    /**
     * Whether or not to enable the execute command functionality for the containers in this task.
     * If true, this enables execute command functionality on all containers in the task.
     *
     * <p>Default: {@code false}. CloudFormation property {@code EnableExecuteCommand}.
     */
    public PipeTargetEcsTaskParameters enableExecuteCommand(boolean value) {
      return set("EnableExecuteCommand", Value.of(value));
    }

    /**
     * Sets {@code EnableExecuteCommand} to this value; see {@link #enableExecuteCommand(boolean)}.
     */
    public PipeTargetEcsTaskParameters enableExecuteCommand(Value<Boolean> value) {
      return set("EnableExecuteCommand", value);
    }

    /**
     * Specifies an Amazon ECS task group for the task. The maximum length is 255 characters.
     *
     * <p>CloudFormation property {@code Group}.
     */
    public PipeTargetEcsTaskParameters group(String value) {
      return set("Group", Value.of(value));
    }

    /** Sets {@code Group} to this value; see {@link #group(String)}. */
    public PipeTargetEcsTaskParameters group(Value<String> value) {
      return set("Group", value);
    }

    /**
     * Specifies the launch type on which your task is running. The launch type that you specify
     * here must match one of the launch type (compatibilities) of the target task. The
     * <code>FARGATE</code> value is supported only in the Regions where AWS Fargate with Amazon ECS
     * is supported. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS-Fargate.html">AWS
     * Fargate on Amazon ECS</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>Allowed values: {@code EC2}, {@code FARGATE}, {@code EXTERNAL}. CloudFormation property
     * {@code LaunchType}.
     */
    public PipeTargetEcsTaskParameters launchType(String value) {
      return set("LaunchType", Value.of(value));
    }

    /** Sets {@code LaunchType} to this value; see {@link #launchType(String)}. */
    public PipeTargetEcsTaskParameters launchType(Value<String> value) {
      return set("LaunchType", value);
    }

    /**
     * Use this structure if the Amazon ECS task uses the <code>awsvpc</code> network mode. This
     * structure specifies the VPC subnets and security groups associated with the task, and whether
     * a public IP address is to be used. This structure is required if <code>LaunchType</code> is
     * <code>FARGATE</code> because the <code>awsvpc</code> mode is required for Fargate tasks.
     *
     * <p>If you specify <code>NetworkConfiguration</code> when the target ECS task does not use the
     * <code>awsvpc</code> network mode, the task fails.
     *
     * <p>CloudFormation property {@code NetworkConfiguration}.
     */
    public PipeTargetEcsTaskParameters networkConfiguration(Value<NetworkConfiguration> value) {
      return set("NetworkConfiguration", value);
    }

    /**
     * The overrides that are associated with a task.
     *
     * <p>CloudFormation property {@code Overrides}.
     */
    public PipeTargetEcsTaskParameters overrides(Value<EcsTaskOverride> value) {
      return set("Overrides", value);
    }

    /**
     * An array of placement constraint objects to use for the task. You can specify up to 10
     * constraints per task (including constraints in the task definition and those specified at
     * runtime).
     *
     * <p>CloudFormation property {@code PlacementConstraints}.
     */
    public PipeTargetEcsTaskParameters placementConstraints(List<PlacementConstraint> value) {
      return set("PlacementConstraints", Value.listOf(value));
    }

    /** Sets {@code PlacementConstraints} to this value; see {@link #placementConstraints(List)}. */
    public PipeTargetEcsTaskParameters placementConstraints(Value<List<PlacementConstraint>> value) {
      return set("PlacementConstraints", value);
    }

    /**
     * Sets {@code PlacementConstraints} to a list of these; see {@link
     * #placementConstraints(List)}.
     */
    public PipeTargetEcsTaskParameters placementConstraints(PlacementConstraint... values) {
      return set("PlacementConstraints", Value.list(values));
    }

    /**
     * The placement strategy objects to use for the task. You can specify a maximum of five
     * strategy rules per task.
     *
     * <p>CloudFormation property {@code PlacementStrategy}.
     */
    public PipeTargetEcsTaskParameters placementStrategy(List<PlacementStrategy> value) {
      return set("PlacementStrategy", Value.listOf(value));
    }

    /** Sets {@code PlacementStrategy} to this value; see {@link #placementStrategy(List)}. */
    public PipeTargetEcsTaskParameters placementStrategy(Value<List<PlacementStrategy>> value) {
      return set("PlacementStrategy", value);
    }

    /** Sets {@code PlacementStrategy} to a list of these; see {@link #placementStrategy(List)}. */
    public PipeTargetEcsTaskParameters placementStrategy(PlacementStrategy... values) {
      return set("PlacementStrategy", Value.list(values));
    }

    /**
     * Specifies the platform version for the task. Specify only the numeric portion of the platform
     * version, such as <code>1.1.0</code> .
     *
     * <p>This structure is used only if <code>LaunchType</code> is <code>FARGATE</code> . For more
     * information about valid platform versions, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html">AWS
     * Fargate Platform Versions</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> .
     *
     * <p>CloudFormation property {@code PlatformVersion}.
     */
    public PipeTargetEcsTaskParameters platformVersion(String value) {
      return set("PlatformVersion", Value.of(value));
    }

    /** Sets {@code PlatformVersion} to this value; see {@link #platformVersion(String)}. */
    public PipeTargetEcsTaskParameters platformVersion(Value<String> value) {
      return set("PlatformVersion", value);
    }

    /**
     * Specifies whether to propagate the tags from the task definition to the task. If no value is
     * specified, the tags are not propagated. Tags can only be propagated to the task during task
     * creation. To add tags to a task after task creation, use the <code>TagResource</code> API
     * action.
     *
     * <p>Allowed values: {@code TASK_DEFINITION}. CloudFormation property {@code PropagateTags}.
     */
    public PipeTargetEcsTaskParameters propagateTags(String value) {
      return set("PropagateTags", Value.of(value));
    }

    /** Sets {@code PropagateTags} to this value; see {@link #propagateTags(String)}. */
    public PipeTargetEcsTaskParameters propagateTags(Value<String> value) {
      return set("PropagateTags", value);
    }

    /**
     * The reference ID to use for the task.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code ReferenceId}.
     */
    public PipeTargetEcsTaskParameters referenceId(String value) {
      return set("ReferenceId", Value.of(value));
    }

    /** Sets {@code ReferenceId} to this value; see {@link #referenceId(String)}. */
    public PipeTargetEcsTaskParameters referenceId(Value<String> value) {
      return set("ReferenceId", value);
    }

    /**
     * The metadata that you apply to the task to help you categorize and organize them. Each tag
     * consists of a key and an optional value, both of which you define. To learn more, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html#ECS-RunTask-request-tags">RunTask</a>
     * in the Amazon ECS API Reference.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public PipeTargetEcsTaskParameters tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public PipeTargetEcsTaskParameters tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }

    /**
     * The number of tasks to create based on <code>TaskDefinition</code> . The default is 1.
     *
     * <p>Range: at least 1. CloudFormation property {@code TaskCount}.
     */
    public PipeTargetEcsTaskParameters taskCount(int value) {
      return set("TaskCount", Value.of(value));
    }

    /** Sets {@code TaskCount} to this value; see {@link #taskCount(int)}. */
    public PipeTargetEcsTaskParameters taskCount(Value<Integer> value) {
      return set("TaskCount", value);
    }

    /**
     * The ARN of the task definition to use if the event target is an Amazon ECS task.
     *
     * <p>Required. Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1})?:(&#92;d{12})?:(.+)|(&#92;$(&#92;.[&#92;w/_-]+(&#92;[(&#92;d+|&#92;*)&#92;])*)*)$}.
     * CloudFormation property {@code TaskDefinitionArn}.
     */
    public PipeTargetEcsTaskParameters taskDefinitionArn(String value) {
      return set("TaskDefinitionArn", Value.of(value));
    }

    /** Sets {@code TaskDefinitionArn} to this value; see {@link #taskDefinitionArn(String)}. */
    public PipeTargetEcsTaskParameters taskDefinitionArn(Value<String> value) {
      return set("TaskDefinitionArn", value);
    }
  }

  /**
   * The parameters for using an EventBridge event bus as a target.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeTargetEventBridgeEventBusParameters}.
   */
  public static final class PipeTargetEventBridgeEventBusParameters extends Struct<PipeTargetEventBridgeEventBusParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeTargetEventBridgeEventBusParameters")
        .constrain("DetailType", Constraint.of().minLength(1).maxLength(128))
        .constrain("EndpointId", Constraint.of().pattern("^[A-Za-z0-9\\-]+[\\.][A-Za-z0-9\\-]+$").minLength(1).maxLength(50))
        .constrain("Resources", Constraint.of().pattern("^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$").minLength(1).maxLength(1600))
        .constrain("Source", Constraint.of().pattern("(?=[/\\.\\-_A-Za-z0-9]+)((?!aws\\.).*)|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)").minLength(1).maxLength(256))
        .constrain("Time", Constraint.of().pattern("^\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*$").minLength(1).maxLength(256))
        .build();

    public PipeTargetEventBridgeEventBusParameters() {
      super(SCHEMA);
    }

    /**
     * A free-form string, with a maximum of 128 characters, used to decide what fields to expect in
     * the event detail.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code DetailType}.
     */
    public PipeTargetEventBridgeEventBusParameters detailType(String value) {
      return set("DetailType", Value.of(value));
    }

    /** Sets {@code DetailType} to this value; see {@link #detailType(String)}. */
    public PipeTargetEventBridgeEventBusParameters detailType(Value<String> value) {
      return set("DetailType", value);
    }

    /**
     * The URL subdomain of the endpoint. For example, if the URL for Endpoint is
     * https://abcde.veo.endpoints.event.amazonaws.com, then the EndpointId is
     * <code>abcde.veo</code> .
     *
     * <p>Length: 1 to 50 characters. Pattern: {@code
     * ^[A-Za-z0-9&#92;-]+[&#92;.][A-Za-z0-9&#92;-]+$}. CloudFormation property {@code EndpointId}.
     */
    public PipeTargetEventBridgeEventBusParameters endpointId(String value) {
      return set("EndpointId", Value.of(value));
    }

    /** Sets {@code EndpointId} to this value; see {@link #endpointId(String)}. */
    public PipeTargetEventBridgeEventBusParameters endpointId(Value<String> value) {
      return set("EndpointId", value);
    }

    /**
     * AWS resources, identified by Amazon Resource Name (ARN), which the event primarily concerns.
     * Any number, including zero, may be present.
     *
     * <p>Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1})?:(&#92;d{12})?:(.+)|(&#92;$(&#92;.[&#92;w/_-]+(&#92;[(&#92;d+|&#92;*)&#92;])*)*)$}.
     * CloudFormation property {@code Resources}.
     */
    public PipeTargetEventBridgeEventBusParameters resources(List<String> value) {
      return set("Resources", Value.listOf(value));
    }

    /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
    public PipeTargetEventBridgeEventBusParameters resources(Value<List<String>> value) {
      return set("Resources", value);
    }

    /**
     * The source of the event.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code
     * (?=[/&#92;.&#92;-_A-Za-z0-9]+)((?!aws&#92;.).*)|(&#92;$(&#92;.[&#92;w/_-]+(&#92;[(&#92;d+|&#92;*)&#92;])*)*)}.
     * CloudFormation property {@code Source}.
     */
    public PipeTargetEventBridgeEventBusParameters source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public PipeTargetEventBridgeEventBusParameters source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The time stamp of the event, per <a
     * href="https://docs.aws.amazon.com/https://www.rfc-editor.org/rfc/rfc3339.txt">RFC3339</a> .
     * If no time stamp is provided, the time stamp of the <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html">PutEvents</a>
     * call is used.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code
     * ^&#92;$(&#92;.[&#92;w/_-]+(&#92;[(&#92;d+|&#92;*)&#92;])*)*$}. CloudFormation property {@code
     * Time}.
     */
    public PipeTargetEventBridgeEventBusParameters time(String value) {
      return set("Time", Value.of(value));
    }

    /** Sets {@code Time} to this value; see {@link #time(String)}. */
    public PipeTargetEventBridgeEventBusParameters time(Value<String> value) {
      return set("Time", value);
    }
  }

  /**
   * These are custom parameter to be used when the target is an API Gateway REST APIs or
   * EventBridge ApiDestinations.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeTargetHttpParameters}.
   */
  public static final class PipeTargetHttpParameters extends Struct<PipeTargetHttpParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeTargetHttpParameters")
        .constrain("PathParameterValues", Constraint.of().pattern("^(?!\\s*$).+|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"))
        .build();

    public PipeTargetHttpParameters() {
      super(SCHEMA);
    }

    /**
     * The headers that need to be sent as part of request invoking the API Gateway REST API or
     * EventBridge ApiDestination.
     *
     * <p>CloudFormation property {@code HeaderParameters}.
     */
    public PipeTargetHttpParameters headerParameters(Map<String, String> value) {
      return set("HeaderParameters", Value.mapOf(value));
    }

    /** Sets {@code HeaderParameters} to this value; see {@link #headerParameters(Map)}. */
    public PipeTargetHttpParameters headerParameters(Value<Map<String, String>> value) {
      return set("HeaderParameters", value);
    }

    /**
     * The path parameter values to be used to populate API Gateway REST API or EventBridge
     * ApiDestination path wildcards ("*").
     *
     * <p>Pattern: {@code
     * ^(?!&#92;s*$).+|(&#92;$(&#92;.[&#92;w/_-]+(&#92;[(&#92;d+|&#92;*)&#92;])*)*)$}.
     * CloudFormation property {@code PathParameterValues}.
     */
    public PipeTargetHttpParameters pathParameterValues(List<String> value) {
      return set("PathParameterValues", Value.listOf(value));
    }

    /** Sets {@code PathParameterValues} to this value; see {@link #pathParameterValues(List)}. */
    public PipeTargetHttpParameters pathParameterValues(Value<List<String>> value) {
      return set("PathParameterValues", value);
    }

    /**
     * The query string keys/values that need to be sent as part of request invoking the API Gateway
     * REST API or EventBridge ApiDestination.
     *
     * <p>CloudFormation property {@code QueryStringParameters}.
     */
    public PipeTargetHttpParameters queryStringParameters(Map<String, String> value) {
      return set("QueryStringParameters", Value.mapOf(value));
    }

    /**
     * Sets {@code QueryStringParameters} to this value; see {@link #queryStringParameters(Map)}.
     */
    public PipeTargetHttpParameters queryStringParameters(Value<Map<String, String>> value) {
      return set("QueryStringParameters", value);
    }
  }

  /**
   * The parameters for using a Kinesis stream as a target.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeTargetKinesisStreamParameters}.
   */
  public static final class PipeTargetKinesisStreamParameters extends Struct<PipeTargetKinesisStreamParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeTargetKinesisStreamParameters")
        .required("PartitionKey")
        .constrain("PartitionKey", Constraint.of().minLength(0).maxLength(256))
        .build();

    public PipeTargetKinesisStreamParameters() {
      super(SCHEMA);
    }

    /**
     * Determines which shard in the stream the data record is assigned to. Partition keys are
     * Unicode strings with a maximum length limit of 256 characters for each key. Amazon Kinesis
     * Data Streams uses the partition key as input to a hash function that maps the partition key
     * and associated data to a specific shard. Specifically, an MD5 hash function is used to map
     * partition keys to 128-bit integer values and to map associated data records to shards. As a
     * result of this hashing mechanism, all data records with the same partition key map to the
     * same shard within the stream.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code PartitionKey}.
     */
    public PipeTargetKinesisStreamParameters partitionKey(String value) {
      return set("PartitionKey", Value.of(value));
    }

    /** Sets {@code PartitionKey} to this value; see {@link #partitionKey(String)}. */
    public PipeTargetKinesisStreamParameters partitionKey(Value<String> value) {
      return set("PartitionKey", value);
    }
  }

  /**
   * The parameters for using a Lambda function as a target.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeTargetLambdaFunctionParameters}.
   */
  public static final class PipeTargetLambdaFunctionParameters extends Struct<PipeTargetLambdaFunctionParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeTargetLambdaFunctionParameters")
        .allowed("InvocationType", "REQUEST_RESPONSE", "FIRE_AND_FORGET")
        .build();

    public PipeTargetLambdaFunctionParameters() {
      super(SCHEMA);
    }

    /**
     * Specify whether to invoke the function synchronously or asynchronously.
     *
     * <ul> <li><code>REQUEST_RESPONSE</code> (default) - Invoke synchronously. This corresponds to
     * the <code>RequestResponse</code> option in the <code>InvocationType</code> parameter for the
     * Lambda <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/API_Invoke.html#API_Invoke_RequestSyntax">Invoke</a>
     * API. <li><code>FIRE_AND_FORGET</code> - Invoke asynchronously. This corresponds to the
     * <code>Event</code> option in the <code>InvocationType</code> parameter for the Lambda <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/API_Invoke.html#API_Invoke_RequestSyntax">Invoke</a>
     * API. </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes.html#pipes-invocation">Invocation
     * types</a> in the <em>Amazon EventBridge User Guide</em> .
     *
     * <p>Allowed values: {@code REQUEST_RESPONSE}, {@code FIRE_AND_FORGET}. CloudFormation property
     * {@code InvocationType}.
     */
    public PipeTargetLambdaFunctionParameters invocationType(String value) {
      return set("InvocationType", Value.of(value));
    }

    /** Sets {@code InvocationType} to this value; see {@link #invocationType(String)}. */
    public PipeTargetLambdaFunctionParameters invocationType(Value<String> value) {
      return set("InvocationType", value);
    }
  }

  /**
   * The parameters required to set up a target for your pipe.
   *
   * <p>For more information about pipe target parameters, including how to use dynamic path
   * parameters, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-event-target.html">Target
   * parameters</a> in the <em>Amazon EventBridge User Guide</em> .
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeTargetParameters}.
   */
  public static final class PipeTargetParameters extends Struct<PipeTargetParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeTargetParameters")
        .constrain("InputTemplate", Constraint.of().minLength(0).maxLength(8192))
        .build();

    public PipeTargetParameters() {
      super(SCHEMA);
    }

    /**
     * The parameters for using an AWS Batch job as a target.
     *
     * <p>CloudFormation property {@code BatchJobParameters}.
     */
    public PipeTargetParameters batchJobParameters(Value<PipeTargetBatchJobParameters> value) {
      return set("BatchJobParameters", value);
    }

    /**
     * The parameters for using an CloudWatch Logs log stream as a target.
     *
     * <p>CloudFormation property {@code CloudWatchLogsParameters}.
     */
    public PipeTargetParameters cloudWatchLogsParameters(Value<PipeTargetCloudWatchLogsParameters> value) {
      return set("CloudWatchLogsParameters", value);
    }

    /**
     * The parameters for using an Amazon ECS task as a target.
     *
     * <p>CloudFormation property {@code EcsTaskParameters}.
     */
    public PipeTargetParameters ecsTaskParameters(Value<PipeTargetEcsTaskParameters> value) {
      return set("EcsTaskParameters", value);
    }

    /**
     * The parameters for using an EventBridge event bus as a target.
     *
     * <p>CloudFormation property {@code EventBridgeEventBusParameters}.
     */
    public PipeTargetParameters eventBridgeEventBusParameters(Value<PipeTargetEventBridgeEventBusParameters> value) {
      return set("EventBridgeEventBusParameters", value);
    }

    /**
     * These are custom parameter to be used when the target is an API Gateway REST APIs or
     * EventBridge ApiDestinations.
     *
     * <p>CloudFormation property {@code HttpParameters}.
     */
    public PipeTargetParameters httpParameters(Value<PipeTargetHttpParameters> value) {
      return set("HttpParameters", value);
    }

    /**
     * Valid JSON text passed to the target. In this case, nothing from the event itself is passed
     * to the target. For more information, see <a
     * href="https://docs.aws.amazon.com/http://www.rfc-editor.org/rfc/rfc7159.txt">The JavaScript
     * Object Notation (JSON) Data Interchange Format</a> .
     *
     * <p>To remove an input template, specify an empty string.
     *
     * <p>Length: 0 to 8192 characters. CloudFormation property {@code InputTemplate}.
     */
    public PipeTargetParameters inputTemplate(String value) {
      return set("InputTemplate", Value.of(value));
    }

    /** Sets {@code InputTemplate} to this value; see {@link #inputTemplate(String)}. */
    public PipeTargetParameters inputTemplate(Value<String> value) {
      return set("InputTemplate", value);
    }

    /**
     * The parameters for using a Kinesis stream as a target.
     *
     * <p>CloudFormation property {@code KinesisStreamParameters}.
     */
    public PipeTargetParameters kinesisStreamParameters(Value<PipeTargetKinesisStreamParameters> value) {
      return set("KinesisStreamParameters", value);
    }

    /**
     * The parameters for using a Lambda function as a target.
     *
     * <p>CloudFormation property {@code LambdaFunctionParameters}.
     */
    public PipeTargetParameters lambdaFunctionParameters(Value<PipeTargetLambdaFunctionParameters> value) {
      return set("LambdaFunctionParameters", value);
    }

    /**
     * These are custom parameters to be used when the target is a Amazon Redshift cluster to invoke
     * the Amazon Redshift Data API BatchExecuteStatement.
     *
     * <p>CloudFormation property {@code RedshiftDataParameters}.
     */
    public PipeTargetParameters redshiftDataParameters(Value<PipeTargetRedshiftDataParameters> value) {
      return set("RedshiftDataParameters", value);
    }

    /**
     * The parameters for using a SageMaker AI pipeline as a target.
     *
     * <p>CloudFormation property {@code SageMakerPipelineParameters}.
     */
    public PipeTargetParameters sageMakerPipelineParameters(Value<PipeTargetSageMakerPipelineParameters> value) {
      return set("SageMakerPipelineParameters", value);
    }

    /**
     * The parameters for using a Amazon SQS stream as a target.
     *
     * <p>CloudFormation property {@code SqsQueueParameters}.
     */
    public PipeTargetParameters sqsQueueParameters(Value<PipeTargetSqsQueueParameters> value) {
      return set("SqsQueueParameters", value);
    }

    /**
     * The parameters for using a Step Functions state machine as a target.
     *
     * <p>CloudFormation property {@code StepFunctionStateMachineParameters}.
     */
    public PipeTargetParameters stepFunctionStateMachineParameters(Value<PipeTargetStateMachineParameters> value) {
      return set("StepFunctionStateMachineParameters", value);
    }

    /**
     * The parameters for using a Timestream for LiveAnalytics table as a target.
     *
     * <p>CloudFormation property {@code TimestreamParameters}.
     */
    public PipeTargetParameters timestreamParameters(Value<PipeTargetTimestreamParameters> value) {
      return set("TimestreamParameters", value);
    }
  }

  /**
   * These are custom parameters to be used when the target is a Amazon Redshift cluster to invoke
   * the Amazon Redshift Data API BatchExecuteStatement.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeTargetRedshiftDataParameters}.
   */
  public static final class PipeTargetRedshiftDataParameters extends Struct<PipeTargetRedshiftDataParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeTargetRedshiftDataParameters")
        .required("Database", "Sqls")
        .constrain("Database", Constraint.of().minLength(1).maxLength(64))
        .constrain("DbUser", Constraint.of().minLength(1).maxLength(128))
        .constrain("SecretManagerArn", Constraint.of().pattern("^(^arn:aws([a-z]|\\-)*:secretsmanager:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}):(\\d{12}):secret:.+)|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$").minLength(1).maxLength(1600))
        .constrain("Sqls", Constraint.of().minLength(1).maxLength(100000))
        .constrain("StatementName", Constraint.of().minLength(1).maxLength(500))
        .build();

    public PipeTargetRedshiftDataParameters() {
      super(SCHEMA);
    }

    /**
     * The name of the database. Required when authenticating using temporary credentials.
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code Database}.
     */
    public PipeTargetRedshiftDataParameters database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public PipeTargetRedshiftDataParameters database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * The database user name. Required when authenticating using temporary credentials.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code DbUser}.
     */
    public PipeTargetRedshiftDataParameters dbUser(String value) {
      return set("DbUser", Value.of(value));
    }

    /** Sets {@code DbUser} to this value; see {@link #dbUser(String)}. */
    public PipeTargetRedshiftDataParameters dbUser(Value<String> value) {
      return set("DbUser", value);
    }

    /**
     * The name or ARN of the secret that enables access to the database. Required when
     * authenticating using Secrets Manager.
     *
     * <p>Length: 1 to 1600 characters. Pattern: {@code
     * ^(^arn:aws([a-z]|&#92;-)*:secretsmanager:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1}):(&#92;d{12}):secret:.+)|(&#92;$(&#92;.[&#92;w/_-]+(&#92;[(&#92;d+|&#92;*)&#92;])*)*)$}.
     * CloudFormation property {@code SecretManagerArn}.
     */
    public PipeTargetRedshiftDataParameters secretManagerArn(String value) {
      return set("SecretManagerArn", Value.of(value));
    }

    /** Sets {@code SecretManagerArn} to this value; see {@link #secretManagerArn(String)}. */
    public PipeTargetRedshiftDataParameters secretManagerArn(Value<String> value) {
      return set("SecretManagerArn", value);
    }

    /**
     * The SQL statement text to run.
     *
     * <p>Required. Length: 1 to 100000 characters. CloudFormation property {@code Sqls}.
     */
    public PipeTargetRedshiftDataParameters sqls(List<String> value) {
      return set("Sqls", Value.listOf(value));
    }

    /** Sets {@code Sqls} to this value; see {@link #sqls(List)}. */
    public PipeTargetRedshiftDataParameters sqls(Value<List<String>> value) {
      return set("Sqls", value);
    }

    /**
     * The name of the SQL statement. You can name the SQL statement when you create it to identify
     * the query.
     *
     * <p>Length: 1 to 500 characters. CloudFormation property {@code StatementName}.
     */
    public PipeTargetRedshiftDataParameters statementName(String value) {
      return set("StatementName", Value.of(value));
    }

    /** Sets {@code StatementName} to this value; see {@link #statementName(String)}. */
    public PipeTargetRedshiftDataParameters statementName(Value<String> value) {
      return set("StatementName", value);
    }

    /**
     * Indicates whether to send an event back to EventBridge after the SQL statement runs.
     *
     * <p>Default: {@code false}. CloudFormation property {@code WithEvent}.
     */
    public PipeTargetRedshiftDataParameters withEvent(boolean value) {
      return set("WithEvent", Value.of(value));
    }

    /** Sets {@code WithEvent} to this value; see {@link #withEvent(boolean)}. */
    public PipeTargetRedshiftDataParameters withEvent(Value<Boolean> value) {
      return set("WithEvent", value);
    }
  }

  /**
   * The parameters for using a SageMaker AI pipeline as a target.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeTargetSageMakerPipelineParameters}.
   */
  public static final class PipeTargetSageMakerPipelineParameters extends Struct<PipeTargetSageMakerPipelineParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::Pipes::Pipe.PipeTargetSageMakerPipelineParameters");

    public PipeTargetSageMakerPipelineParameters() {
      super(SCHEMA);
    }

    /**
     * List of Parameter names and values for SageMaker AI Model Building Pipeline execution.
     *
     * <p>CloudFormation property {@code PipelineParameterList}.
     */
    public PipeTargetSageMakerPipelineParameters pipelineParameterList(List<SageMakerPipelineParameter> value) {
      return set("PipelineParameterList", Value.listOf(value));
    }

    /**
     * Sets {@code PipelineParameterList} to this value; see {@link #pipelineParameterList(List)}.
     */
    public PipeTargetSageMakerPipelineParameters pipelineParameterList(Value<List<SageMakerPipelineParameter>> value) {
      return set("PipelineParameterList", value);
    }

    /**
     * Sets {@code PipelineParameterList} to a list of these; see {@link
     * #pipelineParameterList(List)}.
     */
    public PipeTargetSageMakerPipelineParameters pipelineParameterList(SageMakerPipelineParameter... values) {
      return set("PipelineParameterList", Value.list(values));
    }
  }

  /**
   * The parameters for using a Amazon SQS stream as a target.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeTargetSqsQueueParameters}.
   */
  public static final class PipeTargetSqsQueueParameters extends Struct<PipeTargetSqsQueueParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeTargetSqsQueueParameters")
        .constrain("MessageDeduplicationId", Constraint.of().minLength(0).maxLength(100))
        .constrain("MessageGroupId", Constraint.of().minLength(0).maxLength(100))
        .build();

    public PipeTargetSqsQueueParameters() {
      super(SCHEMA);
    }

    /**
     * This parameter applies only to FIFO (first-in-first-out) queues.
     *
     * <p>The token used for deduplication of sent messages.
     *
     * <p>Length: 0 to 100 characters. CloudFormation property {@code MessageDeduplicationId}.
     */
    public PipeTargetSqsQueueParameters messageDeduplicationId(String value) {
      return set("MessageDeduplicationId", Value.of(value));
    }

    /**
     * Sets {@code MessageDeduplicationId} to this value; see {@link
     * #messageDeduplicationId(String)}.
     */
    public PipeTargetSqsQueueParameters messageDeduplicationId(Value<String> value) {
      return set("MessageDeduplicationId", value);
    }

    /**
     * The FIFO message group ID to use as the target.
     *
     * <p>Length: 0 to 100 characters. CloudFormation property {@code MessageGroupId}.
     */
    public PipeTargetSqsQueueParameters messageGroupId(String value) {
      return set("MessageGroupId", Value.of(value));
    }

    /** Sets {@code MessageGroupId} to this value; see {@link #messageGroupId(String)}. */
    public PipeTargetSqsQueueParameters messageGroupId(Value<String> value) {
      return set("MessageGroupId", value);
    }
  }

  /**
   * The parameters for using a Step Functions state machine as a target.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeTargetStateMachineParameters}.
   */
  public static final class PipeTargetStateMachineParameters extends Struct<PipeTargetStateMachineParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeTargetStateMachineParameters")
        .allowed("InvocationType", "REQUEST_RESPONSE", "FIRE_AND_FORGET")
        .build();

    public PipeTargetStateMachineParameters() {
      super(SCHEMA);
    }

    /**
     * Specify whether to invoke the Step Functions state machine synchronously or asynchronously.
     *
     * <ul> <li><code>REQUEST_RESPONSE</code> (default) - Invoke synchronously. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartSyncExecution.html">StartSyncExecution</a>
     * in the <em>AWS Step Functions API Reference</em> . </ul>
     *
     * <p><code>REQUEST_RESPONSE</code> is not supported for <code>STANDARD</code> state machine
     * workflows.
     *
     * <ul> <li><code>FIRE_AND_FORGET</code> - Invoke asynchronously. For more information, see <a
     * href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html">StartExecution</a>
     * in the <em>AWS Step Functions API Reference</em> . </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes.html#pipes-invocation">Invocation
     * types</a> in the <em>Amazon EventBridge User Guide</em> .
     *
     * <p>Allowed values: {@code REQUEST_RESPONSE}, {@code FIRE_AND_FORGET}. CloudFormation property
     * {@code InvocationType}.
     */
    public PipeTargetStateMachineParameters invocationType(String value) {
      return set("InvocationType", Value.of(value));
    }

    /** Sets {@code InvocationType} to this value; see {@link #invocationType(String)}. */
    public PipeTargetStateMachineParameters invocationType(Value<String> value) {
      return set("InvocationType", value);
    }
  }

  /**
   * The parameters for using a Timestream for LiveAnalytics table as a target.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PipeTargetTimestreamParameters}.
   */
  public static final class PipeTargetTimestreamParameters extends Struct<PipeTargetTimestreamParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PipeTargetTimestreamParameters")
        .required("DimensionMappings", "TimeValue", "VersionValue")
        .allowed("EpochTimeUnit", "MILLISECONDS", "SECONDS", "MICROSECONDS", "NANOSECONDS")
        .allowed("TimeFieldType", "EPOCH", "TIMESTAMP_FORMAT")
        .constrain("TimeValue", Constraint.of().minLength(1).maxLength(256))
        .constrain("TimestampFormat", Constraint.of().minLength(1).maxLength(256))
        .constrain("VersionValue", Constraint.of().minLength(1).maxLength(256))
        .build();

    public PipeTargetTimestreamParameters() {
      super(SCHEMA);
    }

    /**
     * Map source data to dimensions in the target Timestream for LiveAnalytics table.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/timestream/latest/developerguide/concepts.html">Amazon
     * Timestream for LiveAnalytics concepts</a>
     *
     * <p>Required. CloudFormation property {@code DimensionMappings}.
     */
    public PipeTargetTimestreamParameters dimensionMappings(List<DimensionMapping> value) {
      return set("DimensionMappings", Value.listOf(value));
    }

    /** Sets {@code DimensionMappings} to this value; see {@link #dimensionMappings(List)}. */
    public PipeTargetTimestreamParameters dimensionMappings(Value<List<DimensionMapping>> value) {
      return set("DimensionMappings", value);
    }

    /** Sets {@code DimensionMappings} to a list of these; see {@link #dimensionMappings(List)}. */
    public PipeTargetTimestreamParameters dimensionMappings(DimensionMapping... values) {
      return set("DimensionMappings", Value.list(values));
    }

    /**
     * The granularity of the time units used. Default is <code>MILLISECONDS</code> .
     *
     * <p>Required if <code>TimeFieldType</code> is specified as <code>EPOCH</code> .
     *
     * <p>Allowed values: {@code MILLISECONDS}, {@code SECONDS}, {@code MICROSECONDS}, {@code
     * NANOSECONDS}. CloudFormation property {@code EpochTimeUnit}.
     */
    public PipeTargetTimestreamParameters epochTimeUnit(String value) {
      return set("EpochTimeUnit", Value.of(value));
    }

    /** Sets {@code EpochTimeUnit} to this value; see {@link #epochTimeUnit(String)}. */
    public PipeTargetTimestreamParameters epochTimeUnit(Value<String> value) {
      return set("EpochTimeUnit", value);
    }

    /**
     * Maps multiple measures from the source event to the same record in the specified Timestream
     * for LiveAnalytics table.
     *
     * <p>CloudFormation property {@code MultiMeasureMappings}.
     */
    public PipeTargetTimestreamParameters multiMeasureMappings(List<MultiMeasureMapping> value) {
      return set("MultiMeasureMappings", Value.listOf(value));
    }

    /** Sets {@code MultiMeasureMappings} to this value; see {@link #multiMeasureMappings(List)}. */
    public PipeTargetTimestreamParameters multiMeasureMappings(Value<List<MultiMeasureMapping>> value) {
      return set("MultiMeasureMappings", value);
    }

    /**
     * Sets {@code MultiMeasureMappings} to a list of these; see {@link
     * #multiMeasureMappings(List)}.
     */
    public PipeTargetTimestreamParameters multiMeasureMappings(MultiMeasureMapping... values) {
      return set("MultiMeasureMappings", Value.list(values));
    }

    /**
     * Mappings of single source data fields to individual records in the specified Timestream for
     * LiveAnalytics table.
     *
     * <p>CloudFormation property {@code SingleMeasureMappings}.
     */
    public PipeTargetTimestreamParameters singleMeasureMappings(List<SingleMeasureMapping> value) {
      return set("SingleMeasureMappings", Value.listOf(value));
    }

    /**
     * Sets {@code SingleMeasureMappings} to this value; see {@link #singleMeasureMappings(List)}.
     */
    public PipeTargetTimestreamParameters singleMeasureMappings(Value<List<SingleMeasureMapping>> value) {
      return set("SingleMeasureMappings", value);
    }

    /**
     * Sets {@code SingleMeasureMappings} to a list of these; see {@link
     * #singleMeasureMappings(List)}.
     */
    public PipeTargetTimestreamParameters singleMeasureMappings(SingleMeasureMapping... values) {
      return set("SingleMeasureMappings", Value.list(values));
    }

    /**
     * The type of time value used.
     *
     * <p>The default is <code>EPOCH</code> .
     *
     * <p>Allowed values: {@code EPOCH}, {@code TIMESTAMP_FORMAT}. CloudFormation property {@code
     * TimeFieldType}.
     */
    public PipeTargetTimestreamParameters timeFieldType(String value) {
      return set("TimeFieldType", Value.of(value));
    }

    /** Sets {@code TimeFieldType} to this value; see {@link #timeFieldType(String)}. */
    public PipeTargetTimestreamParameters timeFieldType(Value<String> value) {
      return set("TimeFieldType", value);
    }

    /**
     * Dynamic path to the source data field that represents the time value for your data.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code TimeValue}.
     */
    public PipeTargetTimestreamParameters timeValue(String value) {
      return set("TimeValue", Value.of(value));
    }

    /** Sets {@code TimeValue} to this value; see {@link #timeValue(String)}. */
    public PipeTargetTimestreamParameters timeValue(Value<String> value) {
      return set("TimeValue", value);
    }

    /**
     * How to format the timestamps. For example, <code>yyyy-MM-dd'T'HH:mm:ss'Z'</code> .
     *
     * <p>Required if <code>TimeFieldType</code> is specified as <code>TIMESTAMP_FORMAT</code> .
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code TimestampFormat}.
     */
    public PipeTargetTimestreamParameters timestampFormat(String value) {
      return set("TimestampFormat", Value.of(value));
    }

    /** Sets {@code TimestampFormat} to this value; see {@link #timestampFormat(String)}. */
    public PipeTargetTimestreamParameters timestampFormat(Value<String> value) {
      return set("TimestampFormat", value);
    }

    /**
     * 64 bit version value or source data field that represents the version value for your data.
     *
     * <p>Write requests with a higher version number will update the existing measure values of the
     * record and version. In cases where the measure value is the same, the version will still be
     * updated.
     *
     * <p>Default value is 1.
     *
     * <p>Timestream for LiveAnalytics does not support updating partial measure values in a record.
     *
     * <p>Write requests for duplicate data with a higher version number will update the existing
     * measure value and version. In cases where the measure value is the same, <code>Version</code>
     * will still be updated. Default value is <code>1</code> .
     *
     * <p><code>Version</code> must be <code>1</code> or greater, or you will receive a
     * <code>ValidationException</code> error.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code VersionValue}.
     */
    public PipeTargetTimestreamParameters versionValue(String value) {
      return set("VersionValue", Value.of(value));
    }

    /** Sets {@code VersionValue} to this value; see {@link #versionValue(String)}. */
    public PipeTargetTimestreamParameters versionValue(Value<String> value) {
      return set("VersionValue", value);
    }
  }

  /**
   * An object representing a constraint on task placement. To learn more, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html">Task
   * Placement Constraints</a> in the Amazon Elastic Container Service Developer Guide.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PlacementConstraint}.
   */
  public static final class PlacementConstraint extends Struct<PlacementConstraint> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PlacementConstraint")
        .constrain("Expression", Constraint.of().minLength(0).maxLength(2000))
        .allowed("Type", "distinctInstance", "memberOf")
        .build();

    public PlacementConstraint() {
      super(SCHEMA);
    }

    /**
     * A cluster query language expression to apply to the constraint. You cannot specify an
     * expression if the constraint type is <code>distinctInstance</code> . To learn more, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html">Cluster
     * Query Language</a> in the Amazon Elastic Container Service Developer Guide.
     *
     * <p>Length: 0 to 2000 characters. CloudFormation property {@code Expression}.
     */
    public PlacementConstraint expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public PlacementConstraint expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * The type of constraint. Use distinctInstance to ensure that each task in a particular group
     * is running on a different container instance. Use memberOf to restrict the selection to a
     * group of valid candidates.
     *
     * <p>Allowed values: {@code distinctInstance}, {@code memberOf}. CloudFormation property {@code
     * Type}.
     */
    public PlacementConstraint type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PlacementConstraint type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The task placement strategy for a task or service. To learn more, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html">Task
   * Placement Strategies</a> in the Amazon Elastic Container Service Service Developer Guide.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.PlacementStrategy}.
   */
  public static final class PlacementStrategy extends Struct<PlacementStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.PlacementStrategy")
        .constrain("Field", Constraint.of().minLength(0).maxLength(255))
        .allowed("Type", "random", "spread", "binpack")
        .build();

    public PlacementStrategy() {
      super(SCHEMA);
    }

    /**
     * The field to apply the placement strategy against. For the spread placement strategy, valid
     * values are instanceId (or host, which has the same effect), or any platform or custom
     * attribute that is applied to a container instance, such as attribute:ecs.availability-zone.
     * For the binpack placement strategy, valid values are cpu and memory. For the random placement
     * strategy, this field is not used.
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code Field}.
     */
    public PlacementStrategy field(String value) {
      return set("Field", Value.of(value));
    }

    /** Sets {@code Field} to this value; see {@link #field(String)}. */
    public PlacementStrategy field(Value<String> value) {
      return set("Field", value);
    }

    /**
     * The type of placement strategy. The random placement strategy randomly places tasks on
     * available candidates. The spread placement strategy spreads placement across available
     * candidates evenly based on the field parameter. The binpack strategy places tasks on
     * available candidates that have the least available amount of the resource that is specified
     * with the field parameter. For example, if you binpack on memory, a task is placed on the
     * instance with the least amount of remaining memory (but still enough to run the task).
     *
     * <p>Allowed values: {@code random}, {@code spread}, {@code binpack}. CloudFormation property
     * {@code Type}.
     */
    public PlacementStrategy type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PlacementStrategy type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Represents the Amazon S3 logging configuration settings for the pipe.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.S3LogDestination}.
   */
  public static final class S3LogDestination extends Struct<S3LogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.S3LogDestination")
        .constrain("BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
        .allowed("OutputFormat", "json", "plain", "w3c")
        .build();

    public S3LogDestination() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon S3 bucket to which EventBridge delivers the log records for the pipe.
     *
     * <p>Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public S3LogDestination bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3LogDestination bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The AWS account that owns the Amazon S3 bucket to which EventBridge delivers the log records
     * for the pipe.
     *
     * <p>CloudFormation property {@code BucketOwner}.
     */
    public S3LogDestination bucketOwner(String value) {
      return set("BucketOwner", Value.of(value));
    }

    /** Sets {@code BucketOwner} to this value; see {@link #bucketOwner(String)}. */
    public S3LogDestination bucketOwner(Value<String> value) {
      return set("BucketOwner", value);
    }

    /**
     * The format EventBridge uses for the log records.
     *
     * <p>EventBridge currently only supports <code>json</code> formatting.
     *
     * <p>Allowed values: {@code json}, {@code plain}, {@code w3c}. CloudFormation property {@code
     * OutputFormat}.
     */
    public S3LogDestination outputFormat(String value) {
      return set("OutputFormat", Value.of(value));
    }

    /** Sets {@code OutputFormat} to this value; see {@link #outputFormat(String)}. */
    public S3LogDestination outputFormat(Value<String> value) {
      return set("OutputFormat", value);
    }

    /**
     * The prefix text with which to begin Amazon S3 log object names.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-prefixes.html">Organizing
     * objects using prefixes</a> in the <em>Amazon Simple Storage Service User Guide</em> .
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public S3LogDestination prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3LogDestination prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * Name/Value pair of a parameter to start execution of a SageMaker AI Model Building Pipeline.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.SageMakerPipelineParameter}.
   */
  public static final class SageMakerPipelineParameter extends Struct<SageMakerPipelineParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.SageMakerPipelineParameter")
        .required("Name", "Value")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$").minLength(1).maxLength(256))
        .constrain("Value", Constraint.of().minLength(0).maxLength(1024))
        .build();

    public SageMakerPipelineParameter() {
      super(SCHEMA);
    }

    /**
     * Name of parameter to start execution of a SageMaker AI Model Building Pipeline.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*|(&#92;$(&#92;.[&#92;w/_-]+(&#92;[(&#92;d+|&#92;*)&#92;])*)*)$}.
     * CloudFormation property {@code Name}.
     */
    public SageMakerPipelineParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SageMakerPipelineParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Value of parameter to start execution of a SageMaker AI Model Building Pipeline.
     *
     * <p>Required. Length: 0 to 1024 characters. CloudFormation property {@code Value}.
     */
    public SageMakerPipelineParameter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public SageMakerPipelineParameter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The AWS Secrets Manager secret that stores your stream credentials.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.SelfManagedKafkaAccessConfigurationCredentials}.
   */
  public static final class SelfManagedKafkaAccessConfigurationCredentials extends Struct<SelfManagedKafkaAccessConfigurationCredentials> {
    private static final Schema SCHEMA = Schema.of("AWS::Pipes::Pipe.SelfManagedKafkaAccessConfigurationCredentials");

    public SelfManagedKafkaAccessConfigurationCredentials() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Secrets Manager secret.
     *
     * <p>CloudFormation property {@code BasicAuth}.
     */
    public SelfManagedKafkaAccessConfigurationCredentials basicAuth(String value) {
      return set("BasicAuth", Value.of(value));
    }

    /** Sets {@code BasicAuth} to this value; see {@link #basicAuth(String)}. */
    public SelfManagedKafkaAccessConfigurationCredentials basicAuth(Value<String> value) {
      return set("BasicAuth", value);
    }

    /**
     * The ARN of the Secrets Manager secret.
     *
     * <p>CloudFormation property {@code ClientCertificateTlsAuth}.
     */
    public SelfManagedKafkaAccessConfigurationCredentials clientCertificateTlsAuth(String value) {
      return set("ClientCertificateTlsAuth", Value.of(value));
    }

    /**
     * Sets {@code ClientCertificateTlsAuth} to this value; see {@link
     * #clientCertificateTlsAuth(String)}.
     */
    public SelfManagedKafkaAccessConfigurationCredentials clientCertificateTlsAuth(Value<String> value) {
      return set("ClientCertificateTlsAuth", value);
    }

    /**
     * The ARN of the Secrets Manager secret.
     *
     * <p>CloudFormation property {@code SaslScram256Auth}.
     */
    public SelfManagedKafkaAccessConfigurationCredentials saslScram256Auth(String value) {
      return set("SaslScram256Auth", Value.of(value));
    }

    /** Sets {@code SaslScram256Auth} to this value; see {@link #saslScram256Auth(String)}. */
    public SelfManagedKafkaAccessConfigurationCredentials saslScram256Auth(Value<String> value) {
      return set("SaslScram256Auth", value);
    }

    /**
     * The ARN of the Secrets Manager secret.
     *
     * <p>CloudFormation property {@code SaslScram512Auth}.
     */
    public SelfManagedKafkaAccessConfigurationCredentials saslScram512Auth(String value) {
      return set("SaslScram512Auth", Value.of(value));
    }

    /** Sets {@code SaslScram512Auth} to this value; see {@link #saslScram512Auth(String)}. */
    public SelfManagedKafkaAccessConfigurationCredentials saslScram512Auth(Value<String> value) {
      return set("SaslScram512Auth", value);
    }
  }

  /**
   * This structure specifies the VPC subnets and security groups for the stream, and whether a
   * public IP address is to be used.
   *
   * <p>Property type {@code AWS::Pipes::Pipe.SelfManagedKafkaAccessConfigurationVpc}.
   */
  public static final class SelfManagedKafkaAccessConfigurationVpc extends Struct<SelfManagedKafkaAccessConfigurationVpc> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.SelfManagedKafkaAccessConfigurationVpc")
        .constrain("SecurityGroup", Constraint.of().pattern("^sg-[0-9a-zA-Z]*$").minLength(1).maxLength(1024))
        .constrain("Subnets", Constraint.of().pattern("^subnet-[0-9a-z]*$").minLength(1).maxLength(1024))
        .build();

    public SelfManagedKafkaAccessConfigurationVpc() {
      super(SCHEMA);
    }

    /**
     * Specifies the security groups associated with the stream. These security groups must all be
     * in the same VPC. You can specify as many as five security groups.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^sg-[0-9a-zA-Z]*$}. CloudFormation property
     * {@code SecurityGroup}.
     */
    public SelfManagedKafkaAccessConfigurationVpc securityGroup(List<String> value) {
      return set("SecurityGroup", Value.listOf(value));
    }

    /** Sets {@code SecurityGroup} to this value; see {@link #securityGroup(List)}. */
    public SelfManagedKafkaAccessConfigurationVpc securityGroup(Value<List<String>> value) {
      return set("SecurityGroup", value);
    }

    /**
     * Specifies the subnets associated with the stream. These subnets must all be in the same VPC.
     * You can specify as many as 16 subnets.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^subnet-[0-9a-z]*$}. CloudFormation property
     * {@code Subnets}.
     */
    public SelfManagedKafkaAccessConfigurationVpc subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public SelfManagedKafkaAccessConfigurationVpc subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }

  /**
   * Maps a single source data field to a single record in the specified Timestream for
   * LiveAnalytics table.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/timestream/latest/developerguide/concepts.html">Amazon
   * Timestream for LiveAnalytics concepts</a>
   *
   * <p>Property type {@code AWS::Pipes::Pipe.SingleMeasureMapping}.
   */
  public static final class SingleMeasureMapping extends Struct<SingleMeasureMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pipes::Pipe.SingleMeasureMapping")
        .required("MeasureName", "MeasureValue", "MeasureValueType")
        .constrain("MeasureName", Constraint.of().minLength(1).maxLength(1024))
        .constrain("MeasureValue", Constraint.of().minLength(1).maxLength(2048))
        .allowed("MeasureValueType", "DOUBLE", "BIGINT", "VARCHAR", "BOOLEAN", "TIMESTAMP")
        .build();

    public SingleMeasureMapping() {
      super(SCHEMA);
    }

    /**
     * Target measure name for the measurement attribute in the Timestream table.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code MeasureName}.
     */
    public SingleMeasureMapping measureName(String value) {
      return set("MeasureName", Value.of(value));
    }

    /** Sets {@code MeasureName} to this value; see {@link #measureName(String)}. */
    public SingleMeasureMapping measureName(Value<String> value) {
      return set("MeasureName", value);
    }

    /**
     * Dynamic path of the source field to map to the measure in the record.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code MeasureValue}.
     */
    public SingleMeasureMapping measureValue(String value) {
      return set("MeasureValue", Value.of(value));
    }

    /** Sets {@code MeasureValue} to this value; see {@link #measureValue(String)}. */
    public SingleMeasureMapping measureValue(Value<String> value) {
      return set("MeasureValue", value);
    }

    /**
     * Data type of the source field.
     *
     * <p>Required. Allowed values: {@code DOUBLE}, {@code BIGINT}, {@code VARCHAR}, {@code
     * BOOLEAN}, {@code TIMESTAMP}. CloudFormation property {@code MeasureValueType}.
     */
    public SingleMeasureMapping measureValueType(String value) {
      return set("MeasureValueType", Value.of(value));
    }

    /** Sets {@code MeasureValueType} to this value; see {@link #measureValueType(String)}. */
    public SingleMeasureMapping measureValueType(Value<String> value) {
      return set("MeasureValueType", value);
    }
  }
}
