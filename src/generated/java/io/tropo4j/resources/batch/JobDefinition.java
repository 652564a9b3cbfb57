// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.batch;

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
 * The <code>AWS::Batch::JobDefinition</code> resource specifies the parameters for an AWS Batch job
 * definition. For more information, see <a
 * href="https://docs.aws.amazon.com/batch/latest/userguide/job_definitions.html">Job
 * Definitions</a> in the ** .
 *
 * <p>CloudFormation type {@code AWS::Batch::JobDefinition}.
 */
public final class JobDefinition extends Resource<JobDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition")
      .required("Type")
      .constrain("JobDefinitionName", Constraint.of().maxLength(128))
      .constrain("Parameters", Constraint.of().format("json"))
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("JobDefinitionArn")
      .attributes("JobDefinitionArn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public JobDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains a list of consumable resources required by the job.
   *
   * <p>CloudFormation property {@code ConsumableResourceProperties}.
   */
  public JobDefinition consumableResourceProperties(Value<ConsumableResourceProperties> value) {
    return set("ConsumableResourceProperties", value);
  }

  /**
   * An object with properties specific to Amazon ECS-based jobs. When
   * <code>containerProperties</code> is used in the job definition, it can't be used in addition to
   * <code>eksProperties</code> , <code>ecsProperties</code> , or <code>nodeProperties</code> .
   *
   * <p>CloudFormation property {@code ContainerProperties}.
   */
  public JobDefinition containerProperties(Value<ContainerProperties> value) {
    return set("ContainerProperties", value);
  }

  /**
   * An object that contains the properties for the Amazon ECS resources of a job.When
   * <code>ecsProperties</code> is used in the job definition, it can't be used in addition to
   * <code>containerProperties</code> , <code>eksProperties</code> , or <code>nodeProperties</code>
   * .
   *
   * <p>CloudFormation property {@code EcsProperties}.
   */
  public JobDefinition ecsProperties(Value<EcsProperties> value) {
    return set("EcsProperties", value);
  }

  /**
   * An object with properties that are specific to Amazon EKS-based jobs. When
   * <code>eksProperties</code> is used in the job definition, it can't be used in addition to
   * <code>containerProperties</code> , <code>ecsProperties</code> , or <code>nodeProperties</code>
   * .
   *
   * <p>CloudFormation property {@code EksProperties}.
   */
  public JobDefinition eksProperties(Value<EksProperties> value) {
    return set("EksProperties", value);
  }

  /**
   * The name of the job definition.
   *
   * <p>Changing it replaces the resource. Length: at most 128 characters. CloudFormation property
   * {@code JobDefinitionName}.
   */
  public JobDefinition jobDefinitionName(String value) {
    return set("JobDefinitionName", Value.of(value));
  }

  /** Sets {@code JobDefinitionName} to this value; see {@link #jobDefinitionName(String)}. */
  public JobDefinition jobDefinitionName(Value<String> value) {
    return set("JobDefinitionName", value);
  }

  /**
   * An object with properties that are specific to multi-node parallel jobs. When
   * <code>nodeProperties</code> is used in the job definition, it can't be used in addition to
   * <code>containerProperties</code> , <code>ecsProperties</code> , or <code>eksProperties</code> .
   *
   * <p>If the job runs on Fargate resources, don't specify <code>nodeProperties</code> . Use
   * <code>containerProperties</code> instead.
   *
   * <p>CloudFormation property {@code NodeProperties}.
   */
  public JobDefinition nodeProperties(Value<NodeProperties> value) {
    return set("NodeProperties", value);
  }

  /**
   * Default parameters or parameter substitution placeholders that are set in the job definition.
   * Parameters are specified as a key-value pair mapping. Parameters in a <code>SubmitJob</code>
   * request override any corresponding parameter defaults from the job definition. For more
   * information about specifying parameters, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/job_definition_parameters.html">Job
   * definition parameters</a> in the <em>AWS Batch User Guide</em> .
   *
   * <p>Format: {@code json}. CloudFormation property {@code Parameters}.
   */
  public JobDefinition parameters(Map<String, String> value) {
    return set("Parameters", Value.mapOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
  public JobDefinition parameters(Value<Map<String, String>> value) {
    return set("Parameters", value);
  }

  /**
   * The platform capabilities required by the job definition. If no value is specified, it defaults
   * to <code>EC2</code> . Jobs run on Fargate resources specify <code>FARGATE</code> .
   *
   * <p>CloudFormation property {@code PlatformCapabilities}.
   */
  public JobDefinition platformCapabilities(List<String> value) {
    return set("PlatformCapabilities", Value.listOf(value));
  }

  /** Sets {@code PlatformCapabilities} to this value; see {@link #platformCapabilities(List)}. */
  public JobDefinition platformCapabilities(Value<List<String>> value) {
    return set("PlatformCapabilities", value);
  }

  /**
   * Specifies whether to propagate the tags from the job or job definition to the corresponding
   * Amazon ECS task. If no value is specified, the tags aren't propagated. Tags can only be
   * propagated to the tasks when the tasks are created. For tags with the same name, job tags are
   * given priority over job definitions tags. If the total number of combined tags from the job and
   * job definition is over 50, the job is moved to the <code>FAILED</code> state.
   *
   * <p>CloudFormation property {@code PropagateTags}.
   */
  public JobDefinition propagateTags(boolean value) {
    return set("PropagateTags", Value.of(value));
  }

  /** Sets {@code PropagateTags} to this value; see {@link #propagateTags(boolean)}. */
  public JobDefinition propagateTags(Value<Boolean> value) {
    return set("PropagateTags", value);
  }

  /**
   * Specifies the resource retention policy settings for the job definition.
   *
   * <p>CloudFormation property {@code ResourceRetentionPolicy}.
   */
  public JobDefinition resourceRetentionPolicy(Value<ResourceRetentionPolicy> value) {
    return set("ResourceRetentionPolicy", value);
  }

  /**
   * The retry strategy to use for failed jobs that are submitted with this job definition.
   *
   * <p>CloudFormation property {@code RetryStrategy}.
   */
  public JobDefinition retryStrategy(Value<RetryStrategy> value) {
    return set("RetryStrategy", value);
  }

  /**
   * The scheduling priority of the job definition. This only affects jobs in job queues with a
   * fair-share policy. Jobs with a higher scheduling priority are scheduled before jobs with a
   * lower scheduling priority.
   *
   * <p>CloudFormation property {@code SchedulingPriority}.
   */
  public JobDefinition schedulingPriority(int value) {
    return set("SchedulingPriority", Value.of(value));
  }

  /** Sets {@code SchedulingPriority} to this value; see {@link #schedulingPriority(int)}. */
  public JobDefinition schedulingPriority(Value<Integer> value) {
    return set("SchedulingPriority", value);
  }

  /**
   * The tags that are applied to the job definition.
   *
   * <p>Changing it replaces the resource. Format: {@code json}. CloudFormation property {@code
   * Tags}.
   */
  public JobDefinition tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public JobDefinition tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public JobDefinition tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The timeout time for jobs that are submitted with this job definition. After the amount of time
   * you specify passes, AWS Batch terminates your jobs if they aren't finished.
   *
   * <p>CloudFormation property {@code Timeout}.
   */
  public JobDefinition timeout(Value<JobTimeout> value) {
    return set("Timeout", value);
  }

  /**
   * The type of job definition. For more information about multi-node parallel jobs, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/multi-node-job-def.html">Creating a
   * multi-node parallel job definition</a> in the <em>AWS Batch User Guide</em> .
   *
   * <ul> <li>If the value is <code>container</code> , then one of the following is required:
   * <code>containerProperties</code> , <code>ecsProperties</code> , or <code>eksProperties</code> .
   * <li>If the value is <code>multinode</code> , then <code>nodeProperties</code> is required.
   * </ul>
   *
   * <p>If the job is run on Fargate resources, then <code>multinode</code> isn't supported.
   *
   * <p>Required. CloudFormation property {@code Type}.
   */
  public JobDefinition typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public JobDefinition typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The job definition ARN, such as <code>batch: <em>us-east-1</em> : <em>111122223333</em>
   * :job-definition/ <em>test-gpu</em> : <em>2</em></code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code JobDefinitionArn}.
   */
  public Value<String> jobDefinitionArn() {
    return getAtt("JobDefinitionArn");
  }

  /** Property type {@code AWS::Batch::JobDefinition.AuthorizationConfig}. */
  public static final class AuthorizationConfig extends Struct<AuthorizationConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.AuthorizationConfig");

    public AuthorizationConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AccessPointId}. */
    public AuthorizationConfig accessPointId(String value) {
      return set("AccessPointId", Value.of(value));
    }

    /** Sets {@code AccessPointId} to this value; see {@link #accessPointId(String)}. */
    public AuthorizationConfig accessPointId(Value<String> value) {
      return set("AccessPointId", value);
    }

    /** CloudFormation property {@code Iam}. */
    public AuthorizationConfig iam(String value) {
      return set("Iam", Value.of(value));
    }

    /** Sets {@code Iam} to this value; see {@link #iam(String)}. */
    public AuthorizationConfig iam(Value<String> value) {
      return set("Iam", value);
    }
  }

  /**
   * Contains a list of consumable resources required by a job.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.ConsumableResourceProperties}.
   */
  public static final class ConsumableResourceProperties extends Struct<ConsumableResourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.ConsumableResourceProperties")
        .required("ConsumableResourceList")
        .build();

    public ConsumableResourceProperties() {
      super(SCHEMA);
    }

    /**
     * The list of consumable resources required by a job.
     *
     * <p>Required. CloudFormation property {@code ConsumableResourceList}.
     */
    public ConsumableResourceProperties consumableResourceList(List<ConsumableResourceRequirement> value) {
      return set("ConsumableResourceList", Value.listOf(value));
    }

    /**
     * Sets {@code ConsumableResourceList} to this value; see {@link #consumableResourceList(List)}.
     */
    public ConsumableResourceProperties consumableResourceList(Value<List<ConsumableResourceRequirement>> value) {
      return set("ConsumableResourceList", value);
    }

    /**
     * Sets {@code ConsumableResourceList} to a list of these; see {@link
     * #consumableResourceList(List)}.
     */
    public ConsumableResourceProperties consumableResourceList(ConsumableResourceRequirement... values) {
      return set("ConsumableResourceList", Value.list(values));
    }
  }

  /**
   * Information about a consumable resource required to run a job.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.ConsumableResourceRequirement}.
   */
  public static final class ConsumableResourceRequirement extends Struct<ConsumableResourceRequirement> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.ConsumableResourceRequirement")
        .required("ConsumableResource", "Quantity")
        .constrain("ConsumableResource", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}"))
        .constrain("Quantity", Constraint.of().format("int64"))
        .build();

    public ConsumableResourceRequirement() {
      super(SCHEMA);
    }

    /**
     * The name or ARN of the consumable resource.
     *
     * <p>Required. Pattern: {@code
     * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
     * CloudFormation property {@code ConsumableResource}.
     */
    public ConsumableResourceRequirement consumableResource(String value) {
      return set("ConsumableResource", Value.of(value));
    }

    /** Sets {@code ConsumableResource} to this value; see {@link #consumableResource(String)}. */
    public ConsumableResourceRequirement consumableResource(Value<String> value) {
      return set("ConsumableResource", value);
    }

    /**
     * The quantity of the consumable resource that is needed.
     *
     * <p>Required. Format: {@code int64}. CloudFormation property {@code Quantity}.
     */
    public ConsumableResourceRequirement quantity(int value) {
      return set("Quantity", Value.of(value));
    }

    /** Sets {@code Quantity} to this value; see {@link #quantity(int)}. */
    public ConsumableResourceRequirement quantity(Value<Integer> value) {
      return set("Quantity", value);
    }
  }

  /**
   * Container properties are used for Amazon ECS based job definitions. These properties to
   * describe the container that's launched as part of a job.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.ContainerProperties}.
   */
  public static final class ContainerProperties extends Struct<ContainerProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.ContainerProperties")
        .required("Image")
        .constrain("ExecutionRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .constrain("JobRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public ContainerProperties() {
      super(SCHEMA);
    }

    /**
     * The command that's passed to the container. This parameter maps to <code>Cmd</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>COMMAND</code> parameter to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/builder/#cmd">https://docs.docker.com/engine/reference/builder/#cmd</a>
     * .
     *
     * <p>CloudFormation property {@code Command}.
     */
    public ContainerProperties command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public ContainerProperties command(Value<List<String>> value) {
      return set("Command", value);
    }

    /**
     * Determines whether execute command functionality is turned on for this task. If
     * <code>true</code> , execute command functionality is turned on all the containers in the
     * task.
     *
     * <p>CloudFormation property {@code EnableExecuteCommand}.
     */
    public ContainerProperties enableExecuteCommand(boolean value) {
      return set("EnableExecuteCommand", Value.of(value));
    }

    /**
     * Sets {@code EnableExecuteCommand} to this value; see {@link #enableExecuteCommand(boolean)}.
     */
    public ContainerProperties enableExecuteCommand(Value<Boolean> value) {
      return set("EnableExecuteCommand", value);
    }

    /**
     * The environment variables to pass to a container. This parameter maps to <code>Env</code> in
     * the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--env</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> .
     *
     * <p>We don't recommend using plaintext environment variables for sensitive information, such
     * as credential data. &gt; Environment variables cannot start with " <code>AWS_BATCH</code> ".
     * This naming convention is reserved for variables that AWS Batch sets.
     *
     * <p>CloudFormation property {@code Environment}.
     */
    public ContainerProperties environment(List<Environment> value) {
      return set("Environment", Value.listOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(List)}. */
    public ContainerProperties environment(Value<List<Environment>> value) {
      return set("Environment", value);
    }

    /** Sets {@code Environment} to a list of these; see {@link #environment(List)}. */
    public ContainerProperties environment(Environment... values) {
      return set("Environment", Value.list(values));
    }

    /**
     * The amount of ephemeral storage to allocate for the task. This parameter is used to expand
     * the total amount of ephemeral storage available, beyond the default amount, for tasks hosted
     * on AWS Fargate .
     *
     * <p>CloudFormation property {@code EphemeralStorage}.
     */
    public ContainerProperties ephemeralStorage(Value<EphemeralStorage> value) {
      return set("EphemeralStorage", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the execution role that AWS Batch can assume. For jobs that
     * run on Fargate resources, you must provide an execution role. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/execution-IAM-role.html">AWS Batch
     * execution IAM role</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
     */
    public ContainerProperties executionRoleArn(String value) {
      return set("ExecutionRoleArn", Value.of(value));
    }

    /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
    public ContainerProperties executionRoleArn(Value<String> value) {
      return set("ExecutionRoleArn", value);
    }

    /**
     * The platform configuration for jobs that are running on Fargate resources. Jobs that are
     * running on Amazon EC2 resources must not specify this parameter.
     *
     * <p>CloudFormation property {@code FargatePlatformConfiguration}.
     */
    public ContainerProperties fargatePlatformConfiguration(Value<FargatePlatformConfiguration> value) {
      return set("FargatePlatformConfiguration", value);
    }

    /**
     * Required. The image used to start a container. This string is passed directly to the Docker
     * daemon. Images in the Docker Hub registry are available by default. Other repositories are
     * specified with <code><em>repository-url</em> / <em>image</em> : <em>tag</em></code> . It can
     * be 255 characters long. It can contain uppercase and lowercase letters, numbers, hyphens (-),
     * underscores (_), colons (:), periods (.), forward slashes (/), and number signs (#). This
     * parameter maps to <code>Image</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>IMAGE</code> parameter of <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> .
     *
     * <p>Docker image architecture must match the processor architecture of the compute resources
     * that they're scheduled on. For example, ARM-based Docker images can only run on ARM-based
     * compute resources.
     *
     * <ul> <li>Images in Amazon ECR Public repositories use the full
     * <code>registry/repository[:tag]</code> or <code>registry/repository[&#64;digest]</code>
     * naming conventions. For example, <code>public.ecr.aws/ <em>registry_alias</em> /
     * <em>my-web-app</em> : <em>latest</em></code> . <li>Images in Amazon ECR repositories use the
     * full registry and repository URI (for example,
     * <code>123456789012.dkr.ecr.&lt;region-name&gt;.amazonaws.com/&lt;repository-name&gt;</code>
     * ). <li>Images in official repositories on Docker Hub use a single name (for example,
     * <code>ubuntu</code> or <code>mongo</code> ). <li>Images in other repositories on Docker Hub
     * are qualified with an organization name (for example, <code>amazon/amazon-ecs-agent</code> ).
     * <li>Images in other online repositories are qualified further by a domain name (for example,
     * <code>quay.io/assemblyline/ubuntu</code> ). </ul>
     *
     * <p>Required. CloudFormation property {@code Image}.
     */
    public ContainerProperties image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public ContainerProperties image(Value<String> value) {
      return set("Image", value);
    }

    /** CloudFormation property {@code InstanceType}. */
    public ContainerProperties instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public ContainerProperties instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role that the container can assume for AWS
     * permissions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html">IAM
     * roles for tasks</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code JobRoleArn}.
     */
    public ContainerProperties jobRoleArn(String value) {
      return set("JobRoleArn", Value.of(value));
    }

    /** Sets {@code JobRoleArn} to this value; see {@link #jobRoleArn(String)}. */
    public ContainerProperties jobRoleArn(Value<String> value) {
      return set("JobRoleArn", value);
    }

    /**
     * Linux-specific modifications that are applied to the container, such as details for device
     * mappings.
     *
     * <p>CloudFormation property {@code LinuxParameters}.
     */
    public ContainerProperties linuxParameters(Value<LinuxParameters> value) {
      return set("LinuxParameters", value);
    }

    /**
     * The log configuration specification for the container.
     *
     * <p>This parameter maps to <code>LogConfig</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--log-driver</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . By default, containers use the same logging driver that the Docker daemon uses.
     * However the container might use a different logging driver than the Docker daemon by
     * specifying a log driver with this parameter in the container definition. To use a different
     * logging driver for a container, the log system must be configured properly on the container
     * instance (or on a different log server for remote logging options). For more information on
     * the options for different supported log drivers, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/admin/logging/overview/">Configure
     * logging drivers</a> in the Docker documentation.
     *
     * <p>AWS Batch currently supports a subset of the logging drivers available to the Docker
     * daemon (shown in the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-jobdefinition-containerproperties-logconfiguration.html">LogConfiguration</a>
     * data type).
     *
     * <p>This parameter requires version 1.18 of the Docker Remote API or greater on your container
     * instance. To check the Docker Remote API version on your container instance, log in to your
     * container instance and run the following command: <code>sudo docker version | grep "Server
     * API version"</code>
     *
     * <p>The Amazon ECS container agent running on a container instance must register the logging
     * drivers available on that instance with the <code>ECS_AVAILABLE_LOGGING_DRIVERS</code>
     * environment variable before containers placed on that instance can use these log
     * configuration options. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html">Amazon
     * ECS container agent configuration</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> .
     *
     * <p>CloudFormation property {@code LogConfiguration}.
     */
    public ContainerProperties logConfiguration(Value<LogConfiguration> value) {
      return set("LogConfiguration", value);
    }

    /**
     * This parameter is deprecated, use <code>resourceRequirements</code> to specify the memory
     * requirements for the job definition. It's not supported for jobs running on Fargate
     * resources. For jobs that run on Amazon EC2 resources, it specifies the memory hard limit (in
     * MiB) for a container. If your container attempts to exceed the specified number, it's
     * terminated. You must specify at least 4 MiB of memory for a job using this parameter. The
     * memory hard limit can be specified in several places. It must be specified for each node at
     * least once.
     *
     * <p>CloudFormation property {@code Memory}.
     */
    public ContainerProperties memory(int value) {
      return set("Memory", Value.of(value));
    }

    /** Sets {@code Memory} to this value; see {@link #memory(int)}. */
    public ContainerProperties memory(Value<Integer> value) {
      return set("Memory", value);
    }

    /**
     * The mount points for data volumes in your container. This parameter maps to
     * <code>Volumes</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--volume</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> .
     *
     * <p>CloudFormation property {@code MountPoints}.
     */
    public ContainerProperties mountPoints(List<MountPoint> value) {
      return set("MountPoints", Value.listOf(value));
    }

    /** Sets {@code MountPoints} to this value; see {@link #mountPoints(List)}. */
    public ContainerProperties mountPoints(Value<List<MountPoint>> value) {
      return set("MountPoints", value);
    }

    /** Sets {@code MountPoints} to a list of these; see {@link #mountPoints(List)}. */
    public ContainerProperties mountPoints(MountPoint... values) {
      return set("MountPoints", Value.list(values));
    }

    /**
     * The network configuration for jobs that are running on Fargate resources. Jobs that are
     * running on Amazon EC2 resources must not specify this parameter.
     *
     * <p>CloudFormation property {@code NetworkConfiguration}.
     */
    public ContainerProperties networkConfiguration(Value<NetworkConfiguration> value) {
      return set("NetworkConfiguration", value);
    }

    /**
     * When this parameter is true, the container is given elevated permissions on the host
     * container instance (similar to the <code>root</code> user). This parameter maps to
     * <code>Privileged</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--privileged</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . The default value is false.
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources and
     * shouldn't be provided, or specified as false.
     *
     * <p>CloudFormation property {@code Privileged}.
     */
    public ContainerProperties privileged(boolean value) {
      return set("Privileged", Value.of(value));
    }

    /** Sets {@code Privileged} to this value; see {@link #privileged(boolean)}. */
    public ContainerProperties privileged(Value<Boolean> value) {
      return set("Privileged", value);
    }

    /**
     * When this parameter is true, the container is given read-only access to its root file system.
     * This parameter maps to <code>ReadonlyRootfs</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--read-only</code> option to <code>docker run</code> .
     *
     * <p>CloudFormation property {@code ReadonlyRootFilesystem}.
     */
    public ContainerProperties readonlyRootFilesystem(boolean value) {
      return set("ReadonlyRootFilesystem", Value.of(value));
    }

    /**
     * Sets {@code ReadonlyRootFilesystem} to this value; see {@link
     * #readonlyRootFilesystem(boolean)}.
     */
    public ContainerProperties readonlyRootFilesystem(Value<Boolean> value) {
      return set("ReadonlyRootFilesystem", value);
    }

    /**
     * The private repository authentication credentials to use.
     *
     * <p>CloudFormation property {@code RepositoryCredentials}.
     */
    public ContainerProperties repositoryCredentials(Value<RepositoryCredentials> value) {
      return set("RepositoryCredentials", value);
    }

    /**
     * The type and amount of resources to assign to a container. The supported resources include
     * <code>GPU</code> , <code>MEMORY</code> , and <code>VCPU</code> .
     *
     * <p>CloudFormation property {@code ResourceRequirements}.
     */
    public ContainerProperties resourceRequirements(List<ResourceRequirement> value) {
      return set("ResourceRequirements", Value.listOf(value));
    }

    /** Sets {@code ResourceRequirements} to this value; see {@link #resourceRequirements(List)}. */
    public ContainerProperties resourceRequirements(Value<List<ResourceRequirement>> value) {
      return set("ResourceRequirements", value);
    }

    /**
     * Sets {@code ResourceRequirements} to a list of these; see {@link
     * #resourceRequirements(List)}.
     */
    public ContainerProperties resourceRequirements(ResourceRequirement... values) {
      return set("ResourceRequirements", Value.list(values));
    }

    /**
     * An object that represents the compute environment architecture for AWS Batch jobs on Fargate.
     *
     * <p>CloudFormation property {@code RuntimePlatform}.
     */
    public ContainerProperties runtimePlatform(Value<RuntimePlatform> value) {
      return set("RuntimePlatform", value);
    }

    /**
     * The secrets for the container. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/specifying-sensitive-data.html">Specifying
     * sensitive data</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>CloudFormation property {@code Secrets}.
     */
    public ContainerProperties secrets(List<Secret> value) {
      return set("Secrets", Value.listOf(value));
    }

    /** Sets {@code Secrets} to this value; see {@link #secrets(List)}. */
    public ContainerProperties secrets(Value<List<Secret>> value) {
      return set("Secrets", value);
    }

    /** Sets {@code Secrets} to a list of these; see {@link #secrets(List)}. */
    public ContainerProperties secrets(Secret... values) {
      return set("Secrets", Value.list(values));
    }

    /**
     * A list of <code>ulimits</code> to set in the container. This parameter maps to
     * <code>Ulimits</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--ulimit</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> .
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources and
     * shouldn't be provided.
     *
     * <p>CloudFormation property {@code Ulimits}.
     */
    public ContainerProperties ulimits(List<Ulimit> value) {
      return set("Ulimits", Value.listOf(value));
    }

    /** Sets {@code Ulimits} to this value; see {@link #ulimits(List)}. */
    public ContainerProperties ulimits(Value<List<Ulimit>> value) {
      return set("Ulimits", value);
    }

    /** Sets {@code Ulimits} to a list of these; see {@link #ulimits(List)}. */
    public ContainerProperties ulimits(Ulimit... values) {
      return set("Ulimits", Value.list(values));
    }

    /**
     * The user name to use inside the container. This parameter maps to <code>User</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--user</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> .
     *
     * <p>CloudFormation property {@code User}.
     */
    public ContainerProperties user(String value) {
      return set("User", Value.of(value));
    }

    /** Sets {@code User} to this value; see {@link #user(String)}. */
    public ContainerProperties user(Value<String> value) {
      return set("User", value);
    }

    /**
     * This parameter is deprecated, use <code>resourceRequirements</code> to specify the vCPU
     * requirements for the job definition. It's not supported for jobs running on Fargate
     * resources. For jobs running on Amazon EC2 resources, it specifies the number of vCPUs
     * reserved for the job.
     *
     * <p>Each vCPU is equivalent to 1,024 CPU shares. This parameter maps to <code>CpuShares</code>
     * in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--cpu-shares</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . The number of vCPUs must be specified but can be specified in several places. You
     * must specify it at least once for each node.
     *
     * <p>CloudFormation property {@code Vcpus}.
     */
    public ContainerProperties vcpus(int value) {
      return set("Vcpus", Value.of(value));
    }

    /** Sets {@code Vcpus} to this value; see {@link #vcpus(int)}. */
    public ContainerProperties vcpus(Value<Integer> value) {
      return set("Vcpus", value);
    }

    /**
     * A list of data volumes used in a job.
     *
     * <p>CloudFormation property {@code Volumes}.
     */
    public ContainerProperties volumes(List<Volumes> value) {
      return set("Volumes", Value.listOf(value));
    }

    /** Sets {@code Volumes} to this value; see {@link #volumes(List)}. */
    public ContainerProperties volumes(Value<List<Volumes>> value) {
      return set("Volumes", value);
    }

    /** Sets {@code Volumes} to a list of these; see {@link #volumes(List)}. */
    public ContainerProperties volumes(Volumes... values) {
      return set("Volumes", Value.list(values));
    }
  }

  /**
   * An object that represents a container instance host device.
   *
   * <p>This object isn't applicable to jobs that are running on Fargate resources and shouldn't be
   * provided.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.Device}.
   */
  public static final class Device extends Struct<Device> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.Device");

    public Device() {
      super(SCHEMA);
    }

    /**
     * The path inside the container that's used to expose the host device. By default, the
     * <code>hostPath</code> value is used.
     *
     * <p>CloudFormation property {@code ContainerPath}.
     */
    public Device containerPath(String value) {
      return set("ContainerPath", Value.of(value));
    }

    /** Sets {@code ContainerPath} to this value; see {@link #containerPath(String)}. */
    public Device containerPath(Value<String> value) {
      return set("ContainerPath", value);
    }

    /**
     * The path for the device on the host container instance.
     *
     * <p>CloudFormation property {@code HostPath}.
     */
    public Device hostPath(String value) {
      return set("HostPath", Value.of(value));
    }

    /** Sets {@code HostPath} to this value; see {@link #hostPath(String)}. */
    public Device hostPath(Value<String> value) {
      return set("HostPath", value);
    }

    /**
     * The explicit permissions to provide to the container for the device. By default, the
     * container has permissions for <code>read</code> , <code>write</code> , and <code>mknod</code>
     * for the device.
     *
     * <p>CloudFormation property {@code Permissions}.
     */
    public Device permissions(List<String> value) {
      return set("Permissions", Value.listOf(value));
    }

    /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
    public Device permissions(Value<List<String>> value) {
      return set("Permissions", value);
    }
  }

  /**
   * The authorization configuration details for the Amazon EFS file system.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.EFSAuthorizationConfig}.
   */
  public static final class EFSAuthorizationConfig extends Struct<EFSAuthorizationConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.EFSAuthorizationConfig");

    public EFSAuthorizationConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon EFS access point ID to use. If an access point is specified, the root directory
     * value specified in the <code>EFSVolumeConfiguration</code> must either be omitted or set to
     * <code>/</code> which enforces the path set on the EFS access point. If an access point is
     * used, transit encryption must be enabled in the <code>EFSVolumeConfiguration</code> . For
     * more information, see <a
     * href="https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html">Working with Amazon
     * EFS access points</a> in the <em>Amazon Elastic File System User Guide</em> .
     *
     * <p>CloudFormation property {@code AccessPointId}.
     */
    public EFSAuthorizationConfig accessPointId(String value) {
      return set("AccessPointId", Value.of(value));
    }

    /** Sets {@code AccessPointId} to this value; see {@link #accessPointId(String)}. */
    public EFSAuthorizationConfig accessPointId(Value<String> value) {
      return set("AccessPointId", value);
    }

    /**
     * Whether or not to use the AWS Batch job IAM role defined in a job definition when mounting
     * the Amazon EFS file system. If enabled, transit encryption must be enabled in the
     * <code>EFSVolumeConfiguration</code> . If this parameter is omitted, the default value of
     * <code>DISABLED</code> is used. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/efs-volumes.html#efs-volume-accesspoints">Using
     * Amazon EFS access points</a> in the <em>AWS Batch User Guide</em> . EFS IAM authorization
     * requires that <code>TransitEncryption</code> be <code>ENABLED</code> and that a
     * <code>JobRoleArn</code> is specified.
     *
     * <p>CloudFormation property {@code Iam}.
     */
    public EFSAuthorizationConfig iam(String value) {
      return set("Iam", Value.of(value));
    }

    /** Sets {@code Iam} to this value; see {@link #iam(String)}. */
    public EFSAuthorizationConfig iam(Value<String> value) {
      return set("Iam", value);
    }
  }

  /**
   * An object that contains the properties for the Amazon ECS resources of a job.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.EcsProperties}.
   */
  public static final class EcsProperties extends Struct<EcsProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.EcsProperties")
        .required("TaskProperties")
        .build();

    public EcsProperties() {
      super(SCHEMA);
    }

    /**
     * An object that contains the properties for the Amazon ECS task definition of a job.
     *
     * <p>This object is currently limited to one task element. However, the task element can run up
     * to 10 containers.
     *
     * <p>Required. CloudFormation property {@code TaskProperties}.
     */
    public EcsProperties taskProperties(List<EcsTaskProperties> value) {
      return set("TaskProperties", Value.listOf(value));
    }

    /** Sets {@code TaskProperties} to this value; see {@link #taskProperties(List)}. */
    public EcsProperties taskProperties(Value<List<EcsTaskProperties>> value) {
      return set("TaskProperties", value);
    }

    /** Sets {@code TaskProperties} to a list of these; see {@link #taskProperties(List)}. */
    public EcsProperties taskProperties(EcsTaskProperties... values) {
      return set("TaskProperties", Value.list(values));
    }
  }

  /**
   * The properties for a task definition that describes the container and volume definitions of an
   * Amazon ECS task. You can specify which Docker images to use, the required resources, and other
   * configurations related to launching the task definition through an Amazon ECS service or task.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.EcsTaskProperties}.
   */
  public static final class EcsTaskProperties extends Struct<EcsTaskProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.EcsTaskProperties")
        .constrain("ExecutionRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .constrain("TaskRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public EcsTaskProperties() {
      super(SCHEMA);
    }

    /**
     * This object is a list of containers.
     *
     * <p>CloudFormation property {@code Containers}.
     */
    public EcsTaskProperties containers(List<TaskContainerProperties> value) {
      return set("Containers", Value.listOf(value));
    }

    /** Sets {@code Containers} to this value; see {@link #containers(List)}. */
    public EcsTaskProperties containers(Value<List<TaskContainerProperties>> value) {
      return set("Containers", value);
    }

    /** Sets {@code Containers} to a list of these; see {@link #containers(List)}. */
    public EcsTaskProperties containers(TaskContainerProperties... values) {
      return set("Containers", Value.list(values));
    }

    /**
     * Determines whether execute command functionality is turned on for this task. If
     * <code>true</code> , execute command functionality is turned on all the containers in the
     * task.
     *
     * <p>CloudFormation property {@code EnableExecuteCommand}.
     */
    public EcsTaskProperties enableExecuteCommand(boolean value) {
      return set("EnableExecuteCommand", Value.of(value));
    }

    /**
     * Sets {@code EnableExecuteCommand} to this value; see {@link #enableExecuteCommand(boolean)}.
     */
    public EcsTaskProperties enableExecuteCommand(Value<Boolean> value) {
      return set("EnableExecuteCommand", value);
    }

    /**
     * The amount of ephemeral storage to allocate for the task. This parameter is used to expand
     * the total amount of ephemeral storage available, beyond the default amount, for tasks hosted
     * on AWS Fargate .
     *
     * <p>CloudFormation property {@code EphemeralStorage}.
     */
    public EcsTaskProperties ephemeralStorage(Value<EphemeralStorage> value) {
      return set("EphemeralStorage", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the execution role that AWS Batch can assume. For jobs that
     * run on Fargate resources, you must provide an execution role. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/execution-IAM-role.html">AWS Batch
     * execution IAM role</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
     */
    public EcsTaskProperties executionRoleArn(String value) {
      return set("ExecutionRoleArn", Value.of(value));
    }

    /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
    public EcsTaskProperties executionRoleArn(Value<String> value) {
      return set("ExecutionRoleArn", value);
    }

    /**
     * The IPC resource namespace to use for the containers in the task. The valid values are
     * <code>host</code> , <code>task</code> , or <code>none</code> .
     *
     * <p>If <code>host</code> is specified, all containers within the tasks that specified the
     * <code>host</code> IPC mode on the same container instance share the same IPC resources with
     * the host Amazon EC2 instance.
     *
     * <p>If <code>task</code> is specified, all containers within the specified <code>task</code>
     * share the same IPC resources.
     *
     * <p>If <code>none</code> is specified, the IPC resources within the containers of a task are
     * private, and are not shared with other containers in a task or on the container instance.
     *
     * <p>If no value is specified, then the IPC resource namespace sharing depends on the Docker
     * daemon setting on the container instance. For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/#ipc-settings---ipc">IPC
     * settings</a> in the Docker run reference.
     *
     * <p>CloudFormation property {@code IpcMode}.
     */
    public EcsTaskProperties ipcMode(String value) {
      return set("IpcMode", Value.of(value));
    }

    /** Sets {@code IpcMode} to this value; see {@link #ipcMode(String)}. */
    public EcsTaskProperties ipcMode(Value<String> value) {
      return set("IpcMode", value);
    }

    /**
     * The network configuration for jobs that are running on Fargate resources. Jobs that are
     * running on Amazon EC2 resources must not specify this parameter.
     *
     * <p>CloudFormation property {@code NetworkConfiguration}.
     */
    public EcsTaskProperties networkConfiguration(Value<NetworkConfiguration> value) {
      return set("NetworkConfiguration", value);
    }

    /** CloudFormation property {@code NetworkMode}. */
    public EcsTaskProperties networkMode(String value) {
      return set("NetworkMode", Value.of(value));
    }

    /** Sets {@code NetworkMode} to this value; see {@link #networkMode(String)}. */
    public EcsTaskProperties networkMode(Value<String> value) {
      return set("NetworkMode", value);
    }

    /**
     * The process namespace to use for the containers in the task. The valid values are
     * <code>host</code> or <code>task</code> . For example, monitoring sidecars might need
     * <code>pidMode</code> to access information about other containers running in the same task.
     *
     * <p>If <code>host</code> is specified, all containers within the tasks that specified the
     * <code>host</code> PID mode on the same container instance share the process namespace with
     * the host Amazon EC2 instance.
     *
     * <p>If <code>task</code> is specified, all containers within the specified task share the same
     * process namespace.
     *
     * <p>If no value is specified, the default is a private namespace for each container. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/#pid-settings---pid">PID
     * settings</a> in the Docker run reference.
     *
     * <p>CloudFormation property {@code PidMode}.
     */
    public EcsTaskProperties pidMode(String value) {
      return set("PidMode", Value.of(value));
    }

    /** Sets {@code PidMode} to this value; see {@link #pidMode(String)}. */
    public EcsTaskProperties pidMode(Value<String> value) {
      return set("PidMode", value);
    }

    /**
     * The Fargate platform version where the jobs are running. A platform version is specified only
     * for jobs that are running on Fargate resources. If one isn't specified, the
     * <code>LATEST</code> platform version is used by default. This uses a recent, approved version
     * of the Fargate platform for compute resources. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html">AWS
     * Fargate platform versions</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> .
     *
     * <p>CloudFormation property {@code PlatformVersion}.
     */
    public EcsTaskProperties platformVersion(String value) {
      return set("PlatformVersion", Value.of(value));
    }

    /** Sets {@code PlatformVersion} to this value; see {@link #platformVersion(String)}. */
    public EcsTaskProperties platformVersion(Value<String> value) {
      return set("PlatformVersion", value);
    }

    /**
     * An object that represents the compute environment architecture for AWS Batch jobs on Fargate.
     *
     * <p>CloudFormation property {@code RuntimePlatform}.
     */
    public EcsTaskProperties runtimePlatform(Value<RuntimePlatform> value) {
      return set("RuntimePlatform", value);
    }

    /**
     * The Amazon Resource Name (ARN) that's associated with the Amazon ECS task.
     *
     * <p>This is object is comparable to <a
     * href="https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html">ContainerProperties:jobRoleArn</a>
     * .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code TaskRoleArn}.
     */
    public EcsTaskProperties taskRoleArn(String value) {
      return set("TaskRoleArn", Value.of(value));
    }

    /** Sets {@code TaskRoleArn} to this value; see {@link #taskRoleArn(String)}. */
    public EcsTaskProperties taskRoleArn(Value<String> value) {
      return set("TaskRoleArn", value);
    }

    /**
     * A list of volumes that are associated with the job.
     *
     * <p>CloudFormation property {@code Volumes}.
     */
    public EcsTaskProperties volumes(List<Volumes> value) {
      return set("Volumes", Value.listOf(value));
    }

    /** Sets {@code Volumes} to this value; see {@link #volumes(List)}. */
    public EcsTaskProperties volumes(Value<List<Volumes>> value) {
      return set("Volumes", value);
    }

    /** Sets {@code Volumes} to a list of these; see {@link #volumes(List)}. */
    public EcsTaskProperties volumes(Volumes... values) {
      return set("Volumes", Value.list(values));
    }
  }

  /** Property type {@code AWS::Batch::JobDefinition.EfsVolumeConfiguration}. */
  public static final class EfsVolumeConfiguration extends Struct<EfsVolumeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.EfsVolumeConfiguration")
        .required("FileSystemId")
        .build();

    public EfsVolumeConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AuthorizationConfig}. */
    public EfsVolumeConfiguration authorizationConfig(Value<EFSAuthorizationConfig> value) {
      return set("AuthorizationConfig", value);
    }

    /** Required. CloudFormation property {@code FileSystemId}. */
    public EfsVolumeConfiguration fileSystemId(String value) {
      return set("FileSystemId", Value.of(value));
    }

    /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
    public EfsVolumeConfiguration fileSystemId(Value<String> value) {
      return set("FileSystemId", value);
    }

    /** CloudFormation property {@code RootDirectory}. */
    public EfsVolumeConfiguration rootDirectory(String value) {
      return set("RootDirectory", Value.of(value));
    }

    /** Sets {@code RootDirectory} to this value; see {@link #rootDirectory(String)}. */
    public EfsVolumeConfiguration rootDirectory(Value<String> value) {
      return set("RootDirectory", value);
    }

    /** CloudFormation property {@code TransitEncryption}. */
    public EfsVolumeConfiguration transitEncryption(String value) {
      return set("TransitEncryption", Value.of(value));
    }

    /** Sets {@code TransitEncryption} to this value; see {@link #transitEncryption(String)}. */
    public EfsVolumeConfiguration transitEncryption(Value<String> value) {
      return set("TransitEncryption", value);
    }

    /** CloudFormation property {@code TransitEncryptionPort}. */
    public EfsVolumeConfiguration transitEncryptionPort(int value) {
      return set("TransitEncryptionPort", Value.of(value));
    }

    /**
     * Sets {@code TransitEncryptionPort} to this value; see {@link #transitEncryptionPort(int)}.
     */
    public EfsVolumeConfiguration transitEncryptionPort(Value<Integer> value) {
      return set("TransitEncryptionPort", value);
    }
  }

  /**
   * EKS container properties are used in job definitions for Amazon EKS based job definitions to
   * describe the properties for a container node in the pod that's launched as part of a job. This
   * can't be specified for Amazon ECS based job definitions.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.EksContainer}.
   */
  public static final class EksContainer extends Struct<EksContainer> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.EksContainer")
        .required("Image")
        .build();

    public EksContainer() {
      super(SCHEMA);
    }

    /**
     * An array of arguments to the entrypoint. If this isn't specified, the <code>CMD</code> of the
     * container image is used. This corresponds to the <code>args</code> member in the <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#entrypoint">Entrypoint</a>
     * portion of the <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/">Pod</a>
     * in Kubernetes. Environment variable references are expanded using the container's
     * environment.
     *
     * <p>If the referenced environment variable doesn't exist, the reference in the command isn't
     * changed. For example, if the reference is to " <code>$(NAME1)</code> " and the
     * <code>NAME1</code> environment variable doesn't exist, the command string will remain "
     * <code>$(NAME1)</code> ." <code>$$</code> is replaced with <code>$</code> , and the resulting
     * string isn't expanded. For example, <code>$$(VAR_NAME)</code> is passed as
     * <code>$(VAR_NAME)</code> whether or not the <code>VAR_NAME</code> environment variable
     * exists. For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/builder/#cmd">Dockerfile
     * reference: CMD</a> and <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/">Define
     * a command and arguments for a pod</a> in the <em>Kubernetes documentation</em> .
     *
     * <p>CloudFormation property {@code Args}.
     */
    public EksContainer args(List<String> value) {
      return set("Args", Value.listOf(value));
    }

    /** Sets {@code Args} to this value; see {@link #args(List)}. */
    public EksContainer args(Value<List<String>> value) {
      return set("Args", value);
    }

    /**
     * The entrypoint for the container. This isn't run within a shell. If this isn't specified, the
     * <code>ENTRYPOINT</code> of the container image is used. Environment variable references are
     * expanded using the container's environment.
     *
     * <p>If the referenced environment variable doesn't exist, the reference in the command isn't
     * changed. For example, if the reference is to " <code>$(NAME1)</code> " and the
     * <code>NAME1</code> environment variable doesn't exist, the command string will remain "
     * <code>$(NAME1)</code> ." <code>$$</code> is replaced with <code>$</code> and the resulting
     * string isn't expanded. For example, <code>$$(VAR_NAME)</code> will be passed as
     * <code>$(VAR_NAME)</code> whether or not the <code>VAR_NAME</code> environment variable
     * exists. The entrypoint can't be updated. For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/builder/#entrypoint">ENTRYPOINT</a>
     * in the <em>Dockerfile reference</em> and <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/">Define
     * a command and arguments for a container</a> and <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#entrypoint">Entrypoint</a>
     * in the <em>Kubernetes documentation</em> .
     *
     * <p>CloudFormation property {@code Command}.
     */
    public EksContainer command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public EksContainer command(Value<List<String>> value) {
      return set("Command", value);
    }

    /**
     * The environment variables to pass to a container.
     *
     * <p>Environment variables cannot start with " <code>AWS_BATCH</code> ". This naming convention
     * is reserved for variables that AWS Batch sets.
     *
     * <p>CloudFormation property {@code Env}.
     */
    public EksContainer env(List<EksContainerEnvironmentVariable> value) {
      return set("Env", Value.listOf(value));
    }

    /** Sets {@code Env} to this value; see {@link #env(List)}. */
    public EksContainer env(Value<List<EksContainerEnvironmentVariable>> value) {
      return set("Env", value);
    }

    /** Sets {@code Env} to a list of these; see {@link #env(List)}. */
    public EksContainer env(EksContainerEnvironmentVariable... values) {
      return set("Env", Value.list(values));
    }

    /**
     * The Docker image used to start the container.
     *
     * <p>Required. CloudFormation property {@code Image}.
     */
    public EksContainer image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public EksContainer image(Value<String> value) {
      return set("Image", value);
    }

    /**
     * The image pull policy for the container. Supported values are <code>Always</code> ,
     * <code>IfNotPresent</code> , and <code>Never</code> . This parameter defaults to
     * <code>IfNotPresent</code> . However, if the <code>:latest</code> tag is specified, it
     * defaults to <code>Always</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/containers/images/#updating-images">Updating
     * images</a> in the <em>Kubernetes documentation</em> .
     *
     * <p>CloudFormation property {@code ImagePullPolicy}.
     */
    public EksContainer imagePullPolicy(String value) {
      return set("ImagePullPolicy", Value.of(value));
    }

    /** Sets {@code ImagePullPolicy} to this value; see {@link #imagePullPolicy(String)}. */
    public EksContainer imagePullPolicy(Value<String> value) {
      return set("ImagePullPolicy", value);
    }

    /**
     * The name of the container. If the name isn't specified, the default name "
     * <code>Default</code> " is used. Each container in a pod must have a unique name.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public EksContainer name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EksContainer name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The type and amount of resources to assign to a container. The supported resources include
     * <code>memory</code> , <code>cpu</code> , and <code>nvidia.com/gpu</code> . For more
     * information, see <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/">Resource
     * management for pods and containers</a> in the <em>Kubernetes documentation</em> .
     *
     * <p>CloudFormation property {@code Resources}.
     */
    public EksContainer resources(Value<Resources> value) {
      return set("Resources", value);
    }

    /**
     * The security context for a job. For more information, see <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/tasks/configure-pod-container/security-context/">Configure
     * a security context for a pod or container</a> in the <em>Kubernetes documentation</em> .
     *
     * <p>CloudFormation property {@code SecurityContext}.
     */
    public EksContainer securityContext(Value<SecurityContext> value) {
      return set("SecurityContext", value);
    }

    /**
     * The volume mounts for the container. AWS Batch supports <code>emptyDir</code> ,
     * <code>hostPath</code> , and <code>secret</code> volume types. For more information about
     * volumes and volume mounts in Kubernetes, see <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/storage/volumes/">Volumes</a>
     * in the <em>Kubernetes documentation</em> .
     *
     * <p>CloudFormation property {@code VolumeMounts}.
     */
    public EksContainer volumeMounts(List<EksContainerVolumeMount> value) {
      return set("VolumeMounts", Value.listOf(value));
    }

    /** Sets {@code VolumeMounts} to this value; see {@link #volumeMounts(List)}. */
    public EksContainer volumeMounts(Value<List<EksContainerVolumeMount>> value) {
      return set("VolumeMounts", value);
    }

    /** Sets {@code VolumeMounts} to a list of these; see {@link #volumeMounts(List)}. */
    public EksContainer volumeMounts(EksContainerVolumeMount... values) {
      return set("VolumeMounts", Value.list(values));
    }
  }

  /**
   * An environment variable.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.EksContainerEnvironmentVariable}.
   */
  public static final class EksContainerEnvironmentVariable extends Struct<EksContainerEnvironmentVariable> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.EksContainerEnvironmentVariable")
        .required("Name")
        .build();

    public EksContainerEnvironmentVariable() {
      super(SCHEMA);
    }

    /**
     * The name of the environment variable.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public EksContainerEnvironmentVariable name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EksContainerEnvironmentVariable name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the environment variable.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public EksContainerEnvironmentVariable value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EksContainerEnvironmentVariable value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The volume mounts for a container for an Amazon EKS job. For more information about volumes and
   * volume mounts in Kubernetes, see <a
   * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/storage/volumes/">Volumes</a>
   * in the <em>Kubernetes documentation</em> .
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.EksContainerVolumeMount}.
   */
  public static final class EksContainerVolumeMount extends Struct<EksContainerVolumeMount> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.EksContainerVolumeMount");

    public EksContainerVolumeMount() {
      super(SCHEMA);
    }

    /**
     * The path on the container where the volume is mounted.
     *
     * <p>CloudFormation property {@code MountPath}.
     */
    public EksContainerVolumeMount mountPath(String value) {
      return set("MountPath", Value.of(value));
    }

    /** Sets {@code MountPath} to this value; see {@link #mountPath(String)}. */
    public EksContainerVolumeMount mountPath(Value<String> value) {
      return set("MountPath", value);
    }

    /**
     * The name the volume mount. This must match the name of one of the volumes in the pod.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public EksContainerVolumeMount name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EksContainerVolumeMount name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * If this value is <code>true</code> , the container has read-only access to the volume.
     * Otherwise, the container can write to the volume. The default value is <code>false</code> .
     *
     * <p>CloudFormation property {@code ReadOnly}.
     */
    public EksContainerVolumeMount readOnly(boolean value) {
      return set("ReadOnly", Value.of(value));
    }

    /** Sets {@code ReadOnly} to this value; see {@link #readOnly(boolean)}. */
    public EksContainerVolumeMount readOnly(Value<Boolean> value) {
      return set("ReadOnly", value);
    }

    /**
     * A sub-path inside the referenced volume instead of its root.
     *
     * <p>CloudFormation property {@code SubPath}.
     */
    public EksContainerVolumeMount subPath(String value) {
      return set("SubPath", Value.of(value));
    }

    /** Sets {@code SubPath} to this value; see {@link #subPath(String)}. */
    public EksContainerVolumeMount subPath(Value<String> value) {
      return set("SubPath", value);
    }
  }

  /**
   * Describes and uniquely identifies Kubernetes resources. For example, the compute environment
   * that a pod runs in or the <code>jobID</code> for a job running in the pod. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/overview/working-with-objects/kubernetes-objects/">Understanding
   * Kubernetes Objects</a> in the <em>Kubernetes documentation</em> .
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.EksMetadata}.
   */
  public static final class EksMetadata extends Struct<EksMetadata> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.EksMetadata");

    public EksMetadata() {
      super(SCHEMA);
    }

    /**
     * Key-value pairs used to attach arbitrary, non-identifying metadata to Kubernetes objects.
     * Valid annotation keys have two segments: an optional prefix and a name, separated by a slash
     * (/).
     *
     * <ul> <li>The prefix is optional and must be 253 characters or less. If specified, the prefix
     * must be a DNS subdomain− a series of DNS labels separated by dots (.), and it must end with a
     * slash (/). <li>The name segment is required and must be 63 characters or less. It can include
     * alphanumeric characters ([a-z0-9A-Z]), dashes (-), underscores (_), and dots (.), but must
     * begin and end with an alphanumeric character. </ul>
     *
     * <p>Annotation values must be 255 characters or less.
     *
     * <p>Annotations can be added or modified at any time. Each resource can have multiple
     * annotations.
     *
     * <p>CloudFormation property {@code Annotations}.
     */
    public EksMetadata annotations(Map<String, String> value) {
      return set("Annotations", Value.mapOf(value));
    }

    /** Sets {@code Annotations} to this value; see {@link #annotations(Map)}. */
    public EksMetadata annotations(Value<Map<String, String>> value) {
      return set("Annotations", value);
    }

    /**
     * Key-value pairs used to identify, sort, and organize cube resources. Can contain up to 63
     * uppercase letters, lowercase letters, numbers, hyphens (-), and underscores (_). Labels can
     * be added or modified at any time. Each resource can have multiple labels, but each key must
     * be unique for a given object.
     *
     * <p>CloudFormation property {@code Labels}.
     */
    public EksMetadata labels(Map<String, String> value) {
      return set("Labels", Value.mapOf(value));
    }

    /** Sets {@code Labels} to this value; see {@link #labels(Map)}. */
    public EksMetadata labels(Value<Map<String, String>> value) {
      return set("Labels", value);
    }

    /**
     * The namespace of the Amazon EKS cluster. In Kubernetes, namespaces provide a mechanism for
     * isolating groups of resources within a single cluster. Names of resources need to be unique
     * within a namespace, but not across namespaces. AWS Batch places Batch Job pods in this
     * namespace. If this field is provided, the value can't be empty or null. It must meet the
     * following requirements:
     *
     * <ul> <li>1-63 characters long <li>Can't be set to default <li>Can't start with
     * <code>kube</code> <li>Must match the following regular expression:
     * <code>^[a-z0-9]([-a-z0-9]*[a-z0-9])?$</code> </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/">Namespaces</a>
     * in the <em>Kubernetes documentation</em> . This namespace can be different from the
     * <code>kubernetesNamespace</code> set in the compute environment's
     * <code>EksConfiguration</code> , but must have identical role-based access control (RBAC)
     * roles as the compute environment's <code>kubernetesNamespace</code> . For multi-node parallel
     * jobs, the same value must be provided across all the node ranges.
     *
     * <p>CloudFormation property {@code Namespace}.
     */
    public EksMetadata namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public EksMetadata namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }

  /**
   * A <code>persistentVolumeClaim</code> volume is used to mount a <a
   * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/storage/persistent-volumes/">PersistentVolume</a>
   * into a Pod. PersistentVolumeClaims are a way for users to "claim" durable storage without
   * knowing the details of the particular cloud environment. See the information about <a
   * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/storage/persistent-volumes/">PersistentVolumes</a>
   * in the <em>Kubernetes documentation</em> .
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.EksPersistentVolumeClaim}.
   */
  public static final class EksPersistentVolumeClaim extends Struct<EksPersistentVolumeClaim> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.EksPersistentVolumeClaim")
        .required("ClaimName")
        .build();

    public EksPersistentVolumeClaim() {
      super(SCHEMA);
    }

    /**
     * The name of the <code>persistentVolumeClaim</code> bounded to a <code>persistentVolume</code>
     * . For more information, see <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/storage/persistent-volumes/#persistentvolumeclaims">Persistent
     * Volume Claims</a> in the <em>Kubernetes documentation</em> .
     *
     * <p>Required. CloudFormation property {@code ClaimName}.
     */
    public EksPersistentVolumeClaim claimName(String value) {
      return set("ClaimName", Value.of(value));
    }

    /** Sets {@code ClaimName} to this value; see {@link #claimName(String)}. */
    public EksPersistentVolumeClaim claimName(Value<String> value) {
      return set("ClaimName", value);
    }

    /**
     * An optional boolean value indicating if the mount is read only. Default is false. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/storage/volumes/#read-only-mounts">Read
     * Only Mounts</a> in the <em>Kubernetes documentation</em> .
     *
     * <p>CloudFormation property {@code ReadOnly}.
     */
    public EksPersistentVolumeClaim readOnly(boolean value) {
      return set("ReadOnly", Value.of(value));
    }

    /** Sets {@code ReadOnly} to this value; see {@link #readOnly(boolean)}. */
    public EksPersistentVolumeClaim readOnly(Value<Boolean> value) {
      return set("ReadOnly", value);
    }
  }

  /**
   * An object that contains the properties for the Kubernetes resources of a job.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.EksProperties}.
   */
  public static final class EksProperties extends Struct<EksProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.EksProperties");

    public EksProperties() {
      super(SCHEMA);
    }

    /**
     * The properties for the Kubernetes pod resources of a job.
     *
     * <p>CloudFormation property {@code PodProperties}.
     */
    public EksProperties podProperties(Value<PodProperties> value) {
      return set("PodProperties", value);
    }
  }

  /**
   * Specifies the configuration of a Kubernetes <code>secret</code> volume. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/storage/volumes/#secret">secret</a>
   * in the <em>Kubernetes documentation</em> .
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.EksSecret}.
   */
  public static final class EksSecret extends Struct<EksSecret> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.EksSecret")
        .required("SecretName")
        .build();

    public EksSecret() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the secret or the secret's keys must be defined.
     *
     * <p>CloudFormation property {@code Optional}.
     */
    public EksSecret optional(boolean value) {
      return set("Optional", Value.of(value));
    }

    /** Sets {@code Optional} to this value; see {@link #optional(boolean)}. */
    public EksSecret optional(Value<Boolean> value) {
      return set("Optional", value);
    }

    /**
     * The name of the secret. The name must be allowed as a DNS subdomain name. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-subdomain-names">DNS
     * subdomain names</a> in the <em>Kubernetes documentation</em> .
     *
     * <p>Required. CloudFormation property {@code SecretName}.
     */
    public EksSecret secretName(String value) {
      return set("SecretName", Value.of(value));
    }

    /** Sets {@code SecretName} to this value; see {@link #secretName(String)}. */
    public EksSecret secretName(Value<String> value) {
      return set("SecretName", value);
    }
  }

  /**
   * Specifies an Amazon EKS volume for a job definition.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.EksVolume}.
   */
  public static final class EksVolume extends Struct<EksVolume> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.EksVolume")
        .required("Name")
        .build();

    public EksVolume() {
      super(SCHEMA);
    }

    /**
     * Specifies the configuration of a Kubernetes <code>emptyDir</code> volume. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/storage/volumes/#emptydir">emptyDir</a>
     * in the <em>Kubernetes documentation</em> .
     *
     * <p>CloudFormation property {@code EmptyDir}.
     */
    public EksVolume emptyDir(Value<EmptyDir> value) {
      return set("EmptyDir", value);
    }

    /**
     * Specifies the configuration of a Kubernetes <code>hostPath</code> volume. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/storage/volumes/#hostpath">hostPath</a>
     * in the <em>Kubernetes documentation</em> .
     *
     * <p>CloudFormation property {@code HostPath}.
     */
    public EksVolume hostPath(Value<HostPath> value) {
      return set("HostPath", value);
    }

    /**
     * The name of the volume. The name must be allowed as a DNS subdomain name. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-subdomain-names">DNS
     * subdomain names</a> in the <em>Kubernetes documentation</em> .
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public EksVolume name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EksVolume name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Specifies the configuration of a Kubernetes <code>persistentVolumeClaim</code> bounded to a
     * <code>persistentVolume</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/storage/persistent-volumes/#persistentvolumeclaims">Persistent
     * Volume Claims</a> in the <em>Kubernetes documentation</em> .
     *
     * <p>CloudFormation property {@code PersistentVolumeClaim}.
     */
    public EksVolume persistentVolumeClaim(Value<EksPersistentVolumeClaim> value) {
      return set("PersistentVolumeClaim", value);
    }

    /**
     * Specifies the configuration of a Kubernetes <code>secret</code> volume. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/storage/volumes/#secret">secret</a>
     * in the <em>Kubernetes documentation</em> .
     *
     * <p>CloudFormation property {@code Secret}.
     */
    public EksVolume secret(Value<EksSecret> value) {
      return set("Secret", value);
    }
  }

  /** Property type {@code AWS::Batch::JobDefinition.EmptyDir}. */
  public static final class EmptyDir extends Struct<EmptyDir> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.EmptyDir")
        .constrain("SizeLimit", Constraint.of().minLength(1).maxLength(256))
        .build();

    public EmptyDir() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Medium}. */
    public EmptyDir medium(String value) {
      return set("Medium", Value.of(value));
    }

    /** Sets {@code Medium} to this value; see {@link #medium(String)}. */
    public EmptyDir medium(Value<String> value) {
      return set("Medium", value);
    }

    /** Length: 1 to 256 characters. CloudFormation property {@code SizeLimit}. */
    public EmptyDir sizeLimit(String value) {
      return set("SizeLimit", Value.of(value));
    }

    /** Sets {@code SizeLimit} to this value; see {@link #sizeLimit(String)}. */
    public EmptyDir sizeLimit(Value<String> value) {
      return set("SizeLimit", value);
    }
  }

  /**
   * The Environment property type specifies environment variables to use in a job definition.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.Environment}.
   */
  public static final class Environment extends Struct<Environment> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.Environment");

    public Environment() {
      super(SCHEMA);
    }

    /**
     * The name of the environment variable.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public Environment name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Environment name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the environment variable.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public Environment value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Environment value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The amount of ephemeral storage to allocate for the task. This parameter is used to expand the
   * total amount of ephemeral storage available, beyond the default amount, for tasks hosted on AWS
   * Fargate .
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.EphemeralStorage}.
   */
  public static final class EphemeralStorage extends Struct<EphemeralStorage> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.EphemeralStorage")
        .required("SizeInGiB")
        .build();

    public EphemeralStorage() {
      super(SCHEMA);
    }

    /**
     * The total amount, in GiB, of ephemeral storage to set for the task. The minimum supported
     * value is <code>21</code> GiB and the maximum supported value is <code>200</code> GiB.
     *
     * <p>Required. CloudFormation property {@code SizeInGiB}.
     */
    public EphemeralStorage sizeInGiB(int value) {
      return set("SizeInGiB", Value.of(value));
    }

    /** Sets {@code SizeInGiB} to this value; see {@link #sizeInGiB(int)}. */
    public EphemeralStorage sizeInGiB(Value<Integer> value) {
      return set("SizeInGiB", value);
    }
  }

  /**
   * Specifies an array of up to 5 conditions to be met, and an action to take ( <code>RETRY</code>
   * or <code>EXIT</code> ) if all conditions are met. If none of the <code>EvaluateOnExit</code>
   * conditions in a <code>RetryStrategy</code> match, then the job is retried.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.EvaluateOnExit}.
   */
  public static final class EvaluateOnExit extends Struct<EvaluateOnExit> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.EvaluateOnExit")
        .required("Action")
        .build();

    public EvaluateOnExit() {
      super(SCHEMA);
    }

    /**
     * Specifies the action to take if all of the specified conditions ( <code>onStatusReason</code>
     * , <code>onReason</code> , and <code>onExitCode</code> ) are met. The values aren't case
     * sensitive.
     *
     * <p>Required. CloudFormation property {@code Action}.
     */
    public EvaluateOnExit action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public EvaluateOnExit action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * Contains a glob pattern to match against the decimal representation of the
     * <code>ExitCode</code> returned for a job. The pattern can be up to 512 characters long. It
     * can contain only numbers, and can end with an asterisk (*) so that only the start of the
     * string needs to be an exact match.
     *
     * <p>The string can contain up to 512 characters.
     *
     * <p>CloudFormation property {@code OnExitCode}.
     */
    public EvaluateOnExit onExitCode(String value) {
      return set("OnExitCode", Value.of(value));
    }

    /** Sets {@code OnExitCode} to this value; see {@link #onExitCode(String)}. */
    public EvaluateOnExit onExitCode(Value<String> value) {
      return set("OnExitCode", value);
    }

    /**
     * Contains a glob pattern to match against the <code>Reason</code> returned for a job. The
     * pattern can contain up to 512 characters. It can contain letters, numbers, periods (.),
     * colons (:), and white space (including spaces and tabs). It can optionally end with an
     * asterisk (*) so that only the start of the string needs to be an exact match.
     *
     * <p>CloudFormation property {@code OnReason}.
     */
    public EvaluateOnExit onReason(String value) {
      return set("OnReason", Value.of(value));
    }

    /** Sets {@code OnReason} to this value; see {@link #onReason(String)}. */
    public EvaluateOnExit onReason(Value<String> value) {
      return set("OnReason", value);
    }

    /**
     * Contains a glob pattern to match against the <code>StatusReason</code> returned for a job.
     * The pattern can contain up to 512 characters. It can contain letters, numbers, periods (.),
     * colons (:), and white spaces (including spaces or tabs). It can optionally end with an
     * asterisk (*) so that only the start of the string needs to be an exact match.
     *
     * <p>CloudFormation property {@code OnStatusReason}.
     */
    public EvaluateOnExit onStatusReason(String value) {
      return set("OnStatusReason", Value.of(value));
    }

    /** Sets {@code OnStatusReason} to this value; see {@link #onStatusReason(String)}. */
    public EvaluateOnExit onStatusReason(Value<String> value) {
      return set("OnStatusReason", value);
    }
  }

  /**
   * The platform configuration for jobs that are running on Fargate resources. Jobs that run on
   * Amazon EC2 resources must not specify this parameter.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.FargatePlatformConfiguration}.
   */
  public static final class FargatePlatformConfiguration extends Struct<FargatePlatformConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.FargatePlatformConfiguration");

    public FargatePlatformConfiguration() {
      super(SCHEMA);
    }

    /**
     * The AWS Fargate platform version where the jobs are running. A platform version is specified
     * only for jobs that are running on Fargate resources. If one isn't specified, the
     * <code>LATEST</code> platform version is used by default. This uses a recent, approved version
     * of the AWS Fargate platform for compute resources. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html">AWS
     * Fargate platform versions</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> .
     *
     * <p>CloudFormation property {@code PlatformVersion}.
     */
    public FargatePlatformConfiguration platformVersion(String value) {
      return set("PlatformVersion", Value.of(value));
    }

    /** Sets {@code PlatformVersion} to this value; see {@link #platformVersion(String)}. */
    public FargatePlatformConfiguration platformVersion(Value<String> value) {
      return set("PlatformVersion", value);
    }
  }

  /**
   * The FireLens configuration for the container. This is used to specify and configure a log
   * router for container logs. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html">Custom
   * log</a> routing in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.FirelensConfiguration}.
   */
  public static final class FirelensConfiguration extends Struct<FirelensConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.FirelensConfiguration")
        .required("Type")
        .build();

    public FirelensConfiguration() {
      super(SCHEMA);
    }

    /**
     * The options to use when configuring the log router. This field is optional and can be used to
     * specify a custom configuration file or to add additional metadata, such as the task, task
     * definition, cluster, and container instance details to the log event. If specified, the
     * syntax to use is
     * <code>"options":{"enable-ecs-log-metadata":"true|false","config-file-type:"s3|file","config-file-value":"arn:aws:s3:::mybucket/fluent.conf|filepath"}</code>
     * . For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html#firelens-taskdef">Creating
     * a task definition that uses a FireLens configuration</a> in the <em>Amazon Elastic Container
     * Service Developer Guide</em> .
     *
     * <p>CloudFormation property {@code Options}.
     */
    public FirelensConfiguration options(Map<String, String> value) {
      return set("Options", Value.mapOf(value));
    }

    /** Sets {@code Options} to this value; see {@link #options(Map)}. */
    public FirelensConfiguration options(Value<Map<String, String>> value) {
      return set("Options", value);
    }

    /**
     * The log router to use. The valid values are <code>fluentd</code> or <code>fluentbit</code> .
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public FirelensConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public FirelensConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Determine whether your data volume persists on the host container instance and where it's
   * stored. If this parameter is empty, then the Docker daemon assigns a host path for your data
   * volume. However, the data isn't guaranteed to persist after the containers that are associated
   * with it stop running.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.Host}.
   */
  public static final class Host extends Struct<Host> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.Host");

    public Host() {
      super(SCHEMA);
    }

    /**
     * The path on the host container instance that's presented to the container. If this parameter
     * is empty, then the Docker daemon has assigned a host path for you. If this parameter contains
     * a file location, then the data volume persists at the specified location on the host
     * container instance until you delete it manually. If the source path location doesn't exist on
     * the host container instance, the Docker daemon creates it. If the location does exist, the
     * contents of the source path folder are exported.
     *
     * <p>This parameter isn't applicable to jobs that run on Fargate resources. Don't provide this
     * for these jobs.
     *
     * <p>CloudFormation property {@code SourcePath}.
     */
    public Host sourcePath(String value) {
      return set("SourcePath", Value.of(value));
    }

    /** Sets {@code SourcePath} to this value; see {@link #sourcePath(String)}. */
    public Host sourcePath(Value<String> value) {
      return set("SourcePath", value);
    }
  }

  /** Property type {@code AWS::Batch::JobDefinition.HostPath}. */
  public static final class HostPath extends Struct<HostPath> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.HostPath");

    public HostPath() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Path}. */
    public HostPath path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public HostPath path(Value<String> value) {
      return set("Path", value);
    }
  }

  /**
   * References a Kubernetes secret resource. This name of the secret must start and end with an
   * alphanumeric character, is required to be lowercase, can include periods (.) and hyphens (-),
   * and can't contain more than 253 characters.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.ImagePullSecret}.
   */
  public static final class ImagePullSecret extends Struct<ImagePullSecret> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.ImagePullSecret");

    public ImagePullSecret() {
      super(SCHEMA);
    }

    /**
     * Provides a unique identifier for the <code>ImagePullSecret</code> . This object is required
     * when <code>EksPodProperties$imagePullSecrets</code> is used.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public ImagePullSecret name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ImagePullSecret name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * An object that represents a job timeout configuration.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.JobTimeout}.
   */
  public static final class JobTimeout extends Struct<JobTimeout> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.JobTimeout");

    public JobTimeout() {
      super(SCHEMA);
    }

    /**
     * The job timeout time (in seconds) that's measured from the job attempt's
     * <code>startedAt</code> timestamp. After this time passes, AWS Batch terminates your jobs if
     * they aren't finished. The minimum value for the timeout is 60 seconds.
     *
     * <p>For array jobs, the timeout applies to the child jobs, not to the parent array job.
     *
     * <p>For multi-node parallel (MNP) jobs, the timeout applies to the whole job, not to the
     * individual nodes.
     *
     * <p>CloudFormation property {@code AttemptDurationSeconds}.
     */
    public JobTimeout attemptDurationSeconds(int value) {
      return set("AttemptDurationSeconds", Value.of(value));
    }

    /**
     * Sets {@code AttemptDurationSeconds} to this value; see {@link #attemptDurationSeconds(int)}.
     */
    public JobTimeout attemptDurationSeconds(Value<Integer> value) {
      return set("AttemptDurationSeconds", value);
    }
  }

  /**
   * Linux-specific modifications that are applied to the container, such as details for device
   * mappings.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.LinuxParameters}.
   */
  public static final class LinuxParameters extends Struct<LinuxParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.LinuxParameters");

    public LinuxParameters() {
      super(SCHEMA);
    }

    /**
     * Any of the host devices to expose to the container. This parameter maps to
     * <code>Devices</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--device</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> .
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * provide it for these jobs.
     *
     * <p>CloudFormation property {@code Devices}.
     */
    public LinuxParameters devices(List<Device> value) {
      return set("Devices", Value.listOf(value));
    }

    /** Sets {@code Devices} to this value; see {@link #devices(List)}. */
    public LinuxParameters devices(Value<List<Device>> value) {
      return set("Devices", value);
    }

    /** Sets {@code Devices} to a list of these; see {@link #devices(List)}. */
    public LinuxParameters devices(Device... values) {
      return set("Devices", Value.list(values));
    }

    /**
     * If true, run an <code>init</code> process inside the container that forwards signals and
     * reaps processes. This parameter maps to the <code>--init</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . This parameter requires version 1.25 of the Docker Remote API or greater on your
     * container instance. To check the Docker Remote API version on your container instance, log in
     * to your container instance and run the following command: <code>sudo docker version | grep
     * "Server API version"</code>
     *
     * <p>CloudFormation property {@code InitProcessEnabled}.
     */
    public LinuxParameters initProcessEnabled(boolean value) {
      return set("InitProcessEnabled", Value.of(value));
    }

    /** Sets {@code InitProcessEnabled} to this value; see {@link #initProcessEnabled(boolean)}. */
    public LinuxParameters initProcessEnabled(Value<Boolean> value) {
      return set("InitProcessEnabled", value);
    }

    /**
     * The total amount of swap memory (in MiB) a container can use. This parameter is translated to
     * the <code>--memory-swap</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> where the value is the sum of the container memory plus the <code>maxSwap</code>
     * value. For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/config/containers/resource_constraints/#--memory-swap-details"><code>--memory-swap</code>
     * details</a> in the Docker documentation.
     *
     * <p>If a <code>maxSwap</code> value of <code>0</code> is specified, the container doesn't use
     * swap. Accepted values are <code>0</code> or any positive integer. If the <code>maxSwap</code>
     * parameter is omitted, the container doesn't use the swap configuration for the container
     * instance on which it runs. A <code>maxSwap</code> value must be set for the
     * <code>swappiness</code> parameter to be used.
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * provide it for these jobs.
     *
     * <p>CloudFormation property {@code MaxSwap}.
     */
    public LinuxParameters maxSwap(int value) {
      return set("MaxSwap", Value.of(value));
    }

    /** Sets {@code MaxSwap} to this value; see {@link #maxSwap(int)}. */
    public LinuxParameters maxSwap(Value<Integer> value) {
      return set("MaxSwap", value);
    }

    /**
     * The value for the size (in MiB) of the <code>/dev/shm</code> volume. This parameter maps to
     * the <code>--shm-size</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> .
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * provide it for these jobs.
     *
     * <p>CloudFormation property {@code SharedMemorySize}.
     */
    public LinuxParameters sharedMemorySize(int value) {
      return set("SharedMemorySize", Value.of(value));
    }

    /** Sets {@code SharedMemorySize} to this value; see {@link #sharedMemorySize(int)}. */
    public LinuxParameters sharedMemorySize(Value<Integer> value) {
      return set("SharedMemorySize", value);
    }

    /**
     * You can use this parameter to tune a container's memory swappiness behavior. A
     * <code>swappiness</code> value of <code>0</code> causes swapping to not occur unless
     * absolutely necessary. A <code>swappiness</code> value of <code>100</code> causes pages to be
     * swapped aggressively. Valid values are whole numbers between <code>0</code> and
     * <code>100</code> . If the <code>swappiness</code> parameter isn't specified, a default value
     * of <code>60</code> is used. If a value isn't specified for <code>maxSwap</code> , then this
     * parameter is ignored. If <code>maxSwap</code> is set to 0, the container doesn't use swap.
     * This parameter maps to the <code>--memory-swappiness</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> .
     *
     * <p>Consider the following when you use a per-container swap configuration.
     *
     * <ul> <li>Swap space must be enabled and allocated on the container instance for the
     * containers to use. </ul>
     *
     * <p>By default, the Amazon ECS optimized AMIs don't have swap enabled. You must enable swap on
     * the instance to use this feature. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-store-swap-volumes.html">Instance
     * store swap volumes</a> in the <em>Amazon EC2 User Guide for Linux Instances</em> or <a
     * href="https://docs.aws.amazon.com/premiumsupport/knowledge-center/ec2-memory-swap-file/">How
     * do I allocate memory to work as swap space in an Amazon EC2 instance by using a swap
     * file?</a>
     *
     * <ul> <li>The swap space parameters are only supported for job definitions using EC2
     * resources. <li>If the <code>maxSwap</code> and <code>swappiness</code> parameters are omitted
     * from a job definition, each container has a default <code>swappiness</code> value of 60.
     * Moreover, the total swap usage is limited to two times the memory reservation of the
     * container. </ul>
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * provide it for these jobs.
     *
     * <p>CloudFormation property {@code Swappiness}.
     */
    public LinuxParameters swappiness(int value) {
      return set("Swappiness", Value.of(value));
    }

    /** Sets {@code Swappiness} to this value; see {@link #swappiness(int)}. */
    public LinuxParameters swappiness(Value<Integer> value) {
      return set("Swappiness", value);
    }

    /**
     * The container path, mount options, and size (in MiB) of the <code>tmpfs</code> mount. This
     * parameter maps to the <code>--tmpfs</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> .
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * provide this parameter for this resource type.
     *
     * <p>CloudFormation property {@code Tmpfs}.
     */
    public LinuxParameters tmpfs(List<Tmpfs> value) {
      return set("Tmpfs", Value.listOf(value));
    }

    /** Sets {@code Tmpfs} to this value; see {@link #tmpfs(List)}. */
    public LinuxParameters tmpfs(Value<List<Tmpfs>> value) {
      return set("Tmpfs", value);
    }

    /** Sets {@code Tmpfs} to a list of these; see {@link #tmpfs(List)}. */
    public LinuxParameters tmpfs(Tmpfs... values) {
      return set("Tmpfs", Value.list(values));
    }
  }

  /**
   * Log configuration options to send to a custom log driver for the container.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.LogConfiguration}.
   */
  public static final class LogConfiguration extends Struct<LogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.LogConfiguration")
        .required("LogDriver")
        .constrain("Options", Constraint.of().format("json"))
        .build();

    public LogConfiguration() {
      super(SCHEMA);
    }

    /**
     * The log driver to use for the container. The valid values that are listed for this parameter
     * are log drivers that the Amazon ECS container agent can communicate with by default.
     *
     * <p>The supported log drivers are <code>awsfirelens</code> , <code>awslogs</code> ,
     * <code>fluentd</code> , <code>gelf</code> , <code>json-file</code> , <code>journald</code> ,
     * <code>logentries</code> , <code>syslog</code> , and <code>splunk</code> .
     *
     * <p>Jobs that are running on Fargate resources are restricted to the <code>awslogs</code> and
     * <code>splunk</code> log drivers.
     *
     * <ul> <li><b>awsfirelens</b> - Specifies the firelens logging driver. For more information on
     * configuring Firelens, see <a
     * href="https://docs.aws.amazon.com//AmazonECS/latest/developerguide/using_firelens.html">Send
     * Amazon ECS logs to an AWS service or AWS Partner</a> in the <em>Amazon Elastic Container
     * Service Developer Guide</em> . <li><b>awslogs</b> - Specifies the Amazon CloudWatch Logs
     * logging driver. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/using_awslogs.html">Using the
     * awslogs log driver</a> in the <em>AWS Batch User Guide</em> and <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/config/containers/logging/awslogs/">Amazon
     * CloudWatch Logs logging driver</a> in the Docker documentation. <li><b>fluentd</b> -
     * Specifies the Fluentd logging driver. For more information including usage and options, see
     * <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/config/containers/logging/fluentd/">Fluentd
     * logging driver</a> in the <em>Docker documentation</em> . <li><b>gelf</b> - Specifies the
     * Graylog Extended Format (GELF) logging driver. For more information including usage and
     * options, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/config/containers/logging/gelf/">Graylog
     * Extended Format logging driver</a> in the <em>Docker documentation</em> . <li><b>journald</b>
     * - Specifies the journald logging driver. For more information including usage and options,
     * see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/config/containers/logging/journald/">Journald
     * logging driver</a> in the <em>Docker documentation</em> . <li><b>json-file</b> - Specifies
     * the JSON file logging driver. For more information including usage and options, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/config/containers/logging/json-file/">JSON
     * File logging driver</a> in the <em>Docker documentation</em> . <li><b>splunk</b> - Specifies
     * the Splunk logging driver. For more information including usage and options, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/config/containers/logging/splunk/">Splunk
     * logging driver</a> in the <em>Docker documentation</em> . <li><b>syslog</b> - Specifies the
     * syslog logging driver. For more information including usage and options, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/config/containers/logging/syslog/">Syslog
     * logging driver</a> in the <em>Docker documentation</em> . </ul>
     *
     * <p>If you have a custom driver that's not listed earlier that you want to work with the
     * Amazon ECS container agent, you can fork the Amazon ECS container agent project that's <a
     * href="https://docs.aws.amazon.com/https://github.com/aws/amazon-ecs-agent">available on
     * GitHub</a> and customize it to work with that driver. We encourage you to submit pull
     * requests for changes that you want to have included. However, Amazon Web Services doesn't
     * currently support running modified copies of this software.
     *
     * <p>This parameter requires version 1.18 of the Docker Remote API or greater on your container
     * instance. To check the Docker Remote API version on your container instance, log in to your
     * container instance and run the following command: <code>sudo docker version | grep "Server
     * API version"</code>
     *
     * <p>Required. CloudFormation property {@code LogDriver}.
     */
    public LogConfiguration logDriver(String value) {
      return set("LogDriver", Value.of(value));
    }

    /** Sets {@code LogDriver} to this value; see {@link #logDriver(String)}. */
    public LogConfiguration logDriver(Value<String> value) {
      return set("LogDriver", value);
    }

    /**
     * The configuration options to send to the log driver. This parameter requires version 1.19 of
     * the Docker Remote API or greater on your container instance. To check the Docker Remote API
     * version on your container instance, log in to your container instance and run the following
     * command: <code>sudo docker version | grep "Server API version"</code>
     *
     * <p>Format: {@code json}. CloudFormation property {@code Options}.
     */
    public LogConfiguration options(Map<String, String> value) {
      return set("Options", Value.mapOf(value));
    }

    /** Sets {@code Options} to this value; see {@link #options(Map)}. */
    public LogConfiguration options(Value<Map<String, String>> value) {
      return set("Options", value);
    }

    /**
     * The secrets to pass to the log configuration. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/specifying-sensitive-data.html">Specifying
     * sensitive data</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>CloudFormation property {@code SecretOptions}.
     */
    public LogConfiguration secretOptions(List<Secret> value) {
      return set("SecretOptions", Value.listOf(value));
    }

    /** Sets {@code SecretOptions} to this value; see {@link #secretOptions(List)}. */
    public LogConfiguration secretOptions(Value<List<Secret>> value) {
      return set("SecretOptions", value);
    }

    /** Sets {@code SecretOptions} to a list of these; see {@link #secretOptions(List)}. */
    public LogConfiguration secretOptions(Secret... values) {
      return set("SecretOptions", Value.list(values));
    }
  }

  /** Property type {@code AWS::Batch::JobDefinition.Metadata}. */
  public static final class Metadata extends Struct<Metadata> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.Metadata");

    public Metadata() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Labels}. */
    public Metadata labels(Value<Json> value) {
      return set("Labels", value);
    }
  }

  /**
   * Details for a Docker volume mount point that's used in a job's container properties. This
   * parameter maps to <code>Volumes</code> in the <a
   * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.43/#tag/Container/operation/ContainerCreate">Create
   * a container</a> section of the <em>Docker Remote API</em> and the <code>--volume</code> option
   * to docker run.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.MountPoint}.
   */
  public static final class MountPoint extends Struct<MountPoint> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.MountPoint");

    public MountPoint() {
      super(SCHEMA);
    }

    /**
     * The path on the container where the host volume is mounted.
     *
     * <p>CloudFormation property {@code ContainerPath}.
     */
    public MountPoint containerPath(String value) {
      return set("ContainerPath", Value.of(value));
    }

    /** Sets {@code ContainerPath} to this value; see {@link #containerPath(String)}. */
    public MountPoint containerPath(Value<String> value) {
      return set("ContainerPath", value);
    }

    /**
     * If this value is <code>true</code> , the container has read-only access to the volume.
     * Otherwise, the container can write to the volume. The default value is <code>false</code> .
     *
     * <p>CloudFormation property {@code ReadOnly}.
     */
    public MountPoint readOnly(boolean value) {
      return set("ReadOnly", Value.of(value));
    }

    /** Sets {@code ReadOnly} to this value; see {@link #readOnly(boolean)}. */
    public MountPoint readOnly(Value<Boolean> value) {
      return set("ReadOnly", value);
    }

    /**
     * The name of the volume to mount.
     *
     * <p>CloudFormation property {@code SourceVolume}.
     */
    public MountPoint sourceVolume(String value) {
      return set("SourceVolume", Value.of(value));
    }

    /** Sets {@code SourceVolume} to this value; see {@link #sourceVolume(String)}. */
    public MountPoint sourceVolume(Value<String> value) {
      return set("SourceVolume", value);
    }
  }

  /** Property type {@code AWS::Batch::JobDefinition.MountPoints}. */
  public static final class MountPoints extends Struct<MountPoints> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.MountPoints");

    public MountPoints() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ContainerPath}. */
    public MountPoints containerPath(String value) {
      return set("ContainerPath", Value.of(value));
    }

    /** Sets {@code ContainerPath} to this value; see {@link #containerPath(String)}. */
    public MountPoints containerPath(Value<String> value) {
      return set("ContainerPath", value);
    }

    /** CloudFormation property {@code ReadOnly}. */
    public MountPoints readOnly(boolean value) {
      return set("ReadOnly", Value.of(value));
    }

    /** Sets {@code ReadOnly} to this value; see {@link #readOnly(boolean)}. */
    public MountPoints readOnly(Value<Boolean> value) {
      return set("ReadOnly", value);
    }

    /** CloudFormation property {@code SourceVolume}. */
    public MountPoints sourceVolume(String value) {
      return set("SourceVolume", Value.of(value));
    }

    /** Sets {@code SourceVolume} to this value; see {@link #sourceVolume(String)}. */
    public MountPoints sourceVolume(Value<String> value) {
      return set("SourceVolume", value);
    }
  }

  /**
   * Container properties are used for Amazon ECS based job definitions. These properties to
   * describe the container that's launched as part of a job.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.MultiNodeContainerProperties}.
   */
  public static final class MultiNodeContainerProperties extends Struct<MultiNodeContainerProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.MultiNodeContainerProperties")
        .required("Image")
        .constrain("ExecutionRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .constrain("JobRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public MultiNodeContainerProperties() {
      super(SCHEMA);
    }

    /**
     * The command that's passed to the container. This parameter maps to <code>Cmd</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>COMMAND</code> parameter to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/builder/#cmd">https://docs.docker.com/engine/reference/builder/#cmd</a>
     * .
     *
     * <p>CloudFormation property {@code Command}.
     */
    public MultiNodeContainerProperties command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public MultiNodeContainerProperties command(Value<List<String>> value) {
      return set("Command", value);
    }

    /**
     * Determines whether execute command functionality is turned on for this task. If
     * <code>true</code> , execute command functionality is turned on all the containers in the
     * task.
     *
     * <p>CloudFormation property {@code EnableExecuteCommand}.
     */
    public MultiNodeContainerProperties enableExecuteCommand(boolean value) {
      return set("EnableExecuteCommand", Value.of(value));
    }

    /**
     * Sets {@code EnableExecuteCommand} to this value; see {@link #enableExecuteCommand(boolean)}.
     */
    public MultiNodeContainerProperties enableExecuteCommand(Value<Boolean> value) {
      return set("EnableExecuteCommand", value);
    }

    /**
     * The environment variables to pass to a container. This parameter maps to <code>Env</code> in
     * the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--env</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> .
     *
     * <p>We don't recommend using plaintext environment variables for sensitive information, such
     * as credential data. &gt; Environment variables cannot start with " <code>AWS_BATCH</code> ".
     * This naming convention is reserved for variables that AWS Batch sets.
     *
     * <p>CloudFormation property {@code Environment}.
     */
    public MultiNodeContainerProperties environment(List<Environment> value) {
      return set("Environment", Value.listOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(List)}. */
    public MultiNodeContainerProperties environment(Value<List<Environment>> value) {
      return set("Environment", value);
    }

    /** Sets {@code Environment} to a list of these; see {@link #environment(List)}. */
    public MultiNodeContainerProperties environment(Environment... values) {
      return set("Environment", Value.list(values));
    }

    /**
     * The amount of ephemeral storage to allocate for the task. This parameter is used to expand
     * the total amount of ephemeral storage available, beyond the default amount, for tasks hosted
     * on AWS Fargate .
     *
     * <p>CloudFormation property {@code EphemeralStorage}.
     */
    public MultiNodeContainerProperties ephemeralStorage(Value<EphemeralStorage> value) {
      return set("EphemeralStorage", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the execution role that AWS Batch can assume. For jobs that
     * run on Fargate resources, you must provide an execution role. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/execution-IAM-role.html">AWS Batch
     * execution IAM role</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
     */
    public MultiNodeContainerProperties executionRoleArn(String value) {
      return set("ExecutionRoleArn", Value.of(value));
    }

    /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
    public MultiNodeContainerProperties executionRoleArn(Value<String> value) {
      return set("ExecutionRoleArn", value);
    }

    /**
     * Required. The image used to start a container. This string is passed directly to the Docker
     * daemon. Images in the Docker Hub registry are available by default. Other repositories are
     * specified with <code><em>repository-url</em> / <em>image</em> : <em>tag</em></code> . It can
     * be 255 characters long. It can contain uppercase and lowercase letters, numbers, hyphens (-),
     * underscores (_), colons (:), periods (.), forward slashes (/), and number signs (#). This
     * parameter maps to <code>Image</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>IMAGE</code> parameter of <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> .
     *
     * <p>Docker image architecture must match the processor architecture of the compute resources
     * that they're scheduled on. For example, ARM-based Docker images can only run on ARM-based
     * compute resources.
     *
     * <ul> <li>Images in Amazon ECR Public repositories use the full
     * <code>registry/repository[:tag]</code> or <code>registry/repository[&#64;digest]</code>
     * naming conventions. For example, <code>public.ecr.aws/ <em>registry_alias</em> /
     * <em>my-web-app</em> : <em>latest</em></code> . <li>Images in Amazon ECR repositories use the
     * full registry and repository URI (for example,
     * <code>123456789012.dkr.ecr.&lt;region-name&gt;.amazonaws.com/&lt;repository-name&gt;</code>
     * ). <li>Images in official repositories on Docker Hub use a single name (for example,
     * <code>ubuntu</code> or <code>mongo</code> ). <li>Images in other repositories on Docker Hub
     * are qualified with an organization name (for example, <code>amazon/amazon-ecs-agent</code> ).
     * <li>Images in other online repositories are qualified further by a domain name (for example,
     * <code>quay.io/assemblyline/ubuntu</code> ). </ul>
     *
     * <p>Required. CloudFormation property {@code Image}.
     */
    public MultiNodeContainerProperties image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public MultiNodeContainerProperties image(Value<String> value) {
      return set("Image", value);
    }

    /**
     * The instance type to use for a multi-node parallel job. All node groups in a multi-node
     * parallel job must use the same instance type.
     *
     * <p>This parameter isn't applicable to single-node container jobs or jobs that run on Fargate
     * resources, and shouldn't be provided.
     *
     * <p>CloudFormation property {@code InstanceType}.
     */
    public MultiNodeContainerProperties instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public MultiNodeContainerProperties instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role that the container can assume for AWS
     * permissions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html">IAM
     * roles for tasks</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code JobRoleArn}.
     */
    public MultiNodeContainerProperties jobRoleArn(String value) {
      return set("JobRoleArn", Value.of(value));
    }

    /** Sets {@code JobRoleArn} to this value; see {@link #jobRoleArn(String)}. */
    public MultiNodeContainerProperties jobRoleArn(Value<String> value) {
      return set("JobRoleArn", value);
    }

    /**
     * Linux-specific modifications that are applied to the container, such as details for device
     * mappings.
     *
     * <p>CloudFormation property {@code LinuxParameters}.
     */
    public MultiNodeContainerProperties linuxParameters(Value<LinuxParameters> value) {
      return set("LinuxParameters", value);
    }

    /**
     * The log configuration specification for the container.
     *
     * <p>This parameter maps to <code>LogConfig</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--log-driver</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . By default, containers use the same logging driver that the Docker daemon uses.
     * However the container might use a different logging driver than the Docker daemon by
     * specifying a log driver with this parameter in the container definition. To use a different
     * logging driver for a container, the log system must be configured properly on the container
     * instance (or on a different log server for remote logging options). For more information on
     * the options for different supported log drivers, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/admin/logging/overview/">Configure
     * logging drivers</a> in the Docker documentation.
     *
     * <p>AWS Batch currently supports a subset of the logging drivers available to the Docker
     * daemon (shown in the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-jobdefinition-containerproperties-logconfiguration.html">LogConfiguration</a>
     * data type).
     *
     * <p>This parameter requires version 1.18 of the Docker Remote API or greater on your container
     * instance. To check the Docker Remote API version on your container instance, log in to your
     * container instance and run the following command: <code>sudo docker version | grep "Server
     * API version"</code>
     *
     * <p>The Amazon ECS container agent running on a container instance must register the logging
     * drivers available on that instance with the <code>ECS_AVAILABLE_LOGGING_DRIVERS</code>
     * environment variable before containers placed on that instance can use these log
     * configuration options. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html">Amazon
     * ECS container agent configuration</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> .
     *
     * <p>CloudFormation property {@code LogConfiguration}.
     */
    public MultiNodeContainerProperties logConfiguration(Value<LogConfiguration> value) {
      return set("LogConfiguration", value);
    }

    /**
     * This parameter is deprecated, use <code>resourceRequirements</code> to specify the memory
     * requirements for the job definition. It's not supported for jobs running on Fargate
     * resources. For jobs that run on Amazon EC2 resources, it specifies the memory hard limit (in
     * MiB) for a container. If your container attempts to exceed the specified number, it's
     * terminated. You must specify at least 4 MiB of memory for a job using this parameter. The
     * memory hard limit can be specified in several places. It must be specified for each node at
     * least once.
     *
     * <p>CloudFormation property {@code Memory}.
     */
    public MultiNodeContainerProperties memory(int value) {
      return set("Memory", Value.of(value));
    }

    /** Sets {@code Memory} to this value; see {@link #memory(int)}. */
    public MultiNodeContainerProperties memory(Value<Integer> value) {
      return set("Memory", value);
    }

    /**
     * The mount points for data volumes in your container.
     *
     * <p>This parameter maps to <code>Volumes</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/#operation/ContainerCreate">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/">Docker Remote
     * API</a> and the <a href="https://docs.aws.amazon.com/">--volume</a> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/#security-configuration">docker
     * run</a> .
     *
     * <p>Windows containers can mount whole directories on the same drive as
     * <code>$env:ProgramData</code> . Windows containers can't mount directories on a different
     * drive, and mount point can't be across drives.
     *
     * <p>CloudFormation property {@code MountPoints}.
     */
    public MultiNodeContainerProperties mountPoints(List<MountPoint> value) {
      return set("MountPoints", Value.listOf(value));
    }

    /** Sets {@code MountPoints} to this value; see {@link #mountPoints(List)}. */
    public MultiNodeContainerProperties mountPoints(Value<List<MountPoint>> value) {
      return set("MountPoints", value);
    }

    /** Sets {@code MountPoints} to a list of these; see {@link #mountPoints(List)}. */
    public MultiNodeContainerProperties mountPoints(MountPoint... values) {
      return set("MountPoints", Value.list(values));
    }

    /**
     * When this parameter is true, the container is given elevated permissions on the host
     * container instance (similar to the <code>root</code> user). This parameter maps to
     * <code>Privileged</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--privileged</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . The default value is false.
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources and
     * shouldn't be provided, or specified as false.
     *
     * <p>CloudFormation property {@code Privileged}.
     */
    public MultiNodeContainerProperties privileged(boolean value) {
      return set("Privileged", Value.of(value));
    }

    /** Sets {@code Privileged} to this value; see {@link #privileged(boolean)}. */
    public MultiNodeContainerProperties privileged(Value<Boolean> value) {
      return set("Privileged", value);
    }

    /**
     * When this parameter is true, the container is given read-only access to its root file system.
     * This parameter maps to <code>ReadonlyRootfs</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--read-only</code> option to <code>docker run</code> .
     *
     * <p>CloudFormation property {@code ReadonlyRootFilesystem}.
     */
    public MultiNodeContainerProperties readonlyRootFilesystem(boolean value) {
      return set("ReadonlyRootFilesystem", Value.of(value));
    }

    /**
     * Sets {@code ReadonlyRootFilesystem} to this value; see {@link
     * #readonlyRootFilesystem(boolean)}.
     */
    public MultiNodeContainerProperties readonlyRootFilesystem(Value<Boolean> value) {
      return set("ReadonlyRootFilesystem", value);
    }

    /**
     * The private repository authentication credentials to use.
     *
     * <p>CloudFormation property {@code RepositoryCredentials}.
     */
    public MultiNodeContainerProperties repositoryCredentials(Value<RepositoryCredentials> value) {
      return set("RepositoryCredentials", value);
    }

    /**
     * The type and amount of resources to assign to a container. The supported resources include
     * <code>GPU</code> , <code>MEMORY</code> , and <code>VCPU</code> .
     *
     * <p>CloudFormation property {@code ResourceRequirements}.
     */
    public MultiNodeContainerProperties resourceRequirements(List<ResourceRequirement> value) {
      return set("ResourceRequirements", Value.listOf(value));
    }

    /** Sets {@code ResourceRequirements} to this value; see {@link #resourceRequirements(List)}. */
    public MultiNodeContainerProperties resourceRequirements(Value<List<ResourceRequirement>> value) {
      return set("ResourceRequirements", value);
    }

    /**
     * Sets {@code ResourceRequirements} to a list of these; see {@link
     * #resourceRequirements(List)}.
     */
    public MultiNodeContainerProperties resourceRequirements(ResourceRequirement... values) {
      return set("ResourceRequirements", Value.list(values));
    }

    /**
     * An object that represents the compute environment architecture for AWS Batch jobs on Fargate.
     *
     * <p>CloudFormation property {@code RuntimePlatform}.
     */
    public MultiNodeContainerProperties runtimePlatform(Value<RuntimePlatform> value) {
      return set("RuntimePlatform", value);
    }

    /**
     * The secrets for the container. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/specifying-sensitive-data.html">Specifying
     * sensitive data</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>CloudFormation property {@code Secrets}.
     */
    public MultiNodeContainerProperties secrets(List<Secret> value) {
      return set("Secrets", Value.listOf(value));
    }

    /** Sets {@code Secrets} to this value; see {@link #secrets(List)}. */
    public MultiNodeContainerProperties secrets(Value<List<Secret>> value) {
      return set("Secrets", value);
    }

    /** Sets {@code Secrets} to a list of these; see {@link #secrets(List)}. */
    public MultiNodeContainerProperties secrets(Secret... values) {
      return set("Secrets", Value.list(values));
    }

    /**
     * A list of <code>ulimits</code> to set in the container. This parameter maps to
     * <code>Ulimits</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--ulimit</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> .
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources and
     * shouldn't be provided.
     *
     * <p>CloudFormation property {@code Ulimits}.
     */
    public MultiNodeContainerProperties ulimits(List<Ulimit> value) {
      return set("Ulimits", Value.listOf(value));
    }

    /** Sets {@code Ulimits} to this value; see {@link #ulimits(List)}. */
    public MultiNodeContainerProperties ulimits(Value<List<Ulimit>> value) {
      return set("Ulimits", value);
    }

    /** Sets {@code Ulimits} to a list of these; see {@link #ulimits(List)}. */
    public MultiNodeContainerProperties ulimits(Ulimit... values) {
      return set("Ulimits", Value.list(values));
    }

    /**
     * The user name to use inside the container. This parameter maps to <code>User</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--user</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> .
     *
     * <p>CloudFormation property {@code User}.
     */
    public MultiNodeContainerProperties user(String value) {
      return set("User", Value.of(value));
    }

    /** Sets {@code User} to this value; see {@link #user(String)}. */
    public MultiNodeContainerProperties user(Value<String> value) {
      return set("User", value);
    }

    /**
     * This parameter is deprecated, use <code>resourceRequirements</code> to specify the vCPU
     * requirements for the job definition. It's not supported for jobs running on Fargate
     * resources. For jobs running on Amazon EC2 resources, it specifies the number of vCPUs
     * reserved for the job.
     *
     * <p>Each vCPU is equivalent to 1,024 CPU shares. This parameter maps to <code>CpuShares</code>
     * in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--cpu-shares</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . The number of vCPUs must be specified but can be specified in several places. You
     * must specify it at least once for each node.
     *
     * <p>CloudFormation property {@code Vcpus}.
     */
    public MultiNodeContainerProperties vcpus(int value) {
      return set("Vcpus", Value.of(value));
    }

    /** Sets {@code Vcpus} to this value; see {@link #vcpus(int)}. */
    public MultiNodeContainerProperties vcpus(Value<Integer> value) {
      return set("Vcpus", value);
    }

    /**
     * A list of data volumes used in a job.
     *
     * <p>CloudFormation property {@code Volumes}.
     */
    public MultiNodeContainerProperties volumes(List<Volumes> value) {
      return set("Volumes", Value.listOf(value));
    }

    /** Sets {@code Volumes} to this value; see {@link #volumes(List)}. */
    public MultiNodeContainerProperties volumes(Value<List<Volumes>> value) {
      return set("Volumes", value);
    }

    /** Sets {@code Volumes} to a list of these; see {@link #volumes(List)}. */
    public MultiNodeContainerProperties volumes(Volumes... values) {
      return set("Volumes", Value.list(values));
    }
  }

  /**
   * An object that contains the properties for the Amazon ECS resources of a job.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.MultiNodeEcsProperties}.
   */
  public static final class MultiNodeEcsProperties extends Struct<MultiNodeEcsProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.MultiNodeEcsProperties")
        .required("TaskProperties")
        .build();

    public MultiNodeEcsProperties() {
      super(SCHEMA);
    }

    /**
     * An object that contains the properties for the Amazon ECS task definition of a job.
     *
     * <p>This object is currently limited to one task element. However, the task element can run up
     * to 10 containers.
     *
     * <p>Required. CloudFormation property {@code TaskProperties}.
     */
    public MultiNodeEcsProperties taskProperties(List<MultiNodeEcsTaskProperties> value) {
      return set("TaskProperties", Value.listOf(value));
    }

    /** Sets {@code TaskProperties} to this value; see {@link #taskProperties(List)}. */
    public MultiNodeEcsProperties taskProperties(Value<List<MultiNodeEcsTaskProperties>> value) {
      return set("TaskProperties", value);
    }

    /** Sets {@code TaskProperties} to a list of these; see {@link #taskProperties(List)}. */
    public MultiNodeEcsProperties taskProperties(MultiNodeEcsTaskProperties... values) {
      return set("TaskProperties", Value.list(values));
    }
  }

  /**
   * The properties for a task definition that describes the container and volume definitions of an
   * Amazon ECS task. You can specify which Docker images to use, the required resources, and other
   * configurations related to launching the task definition through an Amazon ECS service or task.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.MultiNodeEcsTaskProperties}.
   */
  public static final class MultiNodeEcsTaskProperties extends Struct<MultiNodeEcsTaskProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.MultiNodeEcsTaskProperties")
        .constrain("ExecutionRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .constrain("TaskRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public MultiNodeEcsTaskProperties() {
      super(SCHEMA);
    }

    /**
     * This object is a list of containers.
     *
     * <p>CloudFormation property {@code Containers}.
     */
    public MultiNodeEcsTaskProperties containers(List<TaskContainerProperties> value) {
      return set("Containers", Value.listOf(value));
    }

    /** Sets {@code Containers} to this value; see {@link #containers(List)}. */
    public MultiNodeEcsTaskProperties containers(Value<List<TaskContainerProperties>> value) {
      return set("Containers", value);
    }

    /** Sets {@code Containers} to a list of these; see {@link #containers(List)}. */
    public MultiNodeEcsTaskProperties containers(TaskContainerProperties... values) {
      return set("Containers", Value.list(values));
    }

    /**
     * Determines whether execute command functionality is turned on for this task. If
     * <code>true</code> , execute command functionality is turned on all the containers in the
     * task.
     *
     * <p>CloudFormation property {@code EnableExecuteCommand}.
     */
    public MultiNodeEcsTaskProperties enableExecuteCommand(boolean value) {
      return set("EnableExecuteCommand", Value.of(value));
    }

    /**
     * Sets {@code EnableExecuteCommand} to this value; see {@link #enableExecuteCommand(boolean)}.
     */
    public MultiNodeEcsTaskProperties enableExecuteCommand(Value<Boolean> value) {
      return set("EnableExecuteCommand", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the execution role that AWS Batch can assume. For jobs that
     * run on Fargate resources, you must provide an execution role. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/execution-IAM-role.html">AWS Batch
     * execution IAM role</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
     */
    public MultiNodeEcsTaskProperties executionRoleArn(String value) {
      return set("ExecutionRoleArn", Value.of(value));
    }

    /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
    public MultiNodeEcsTaskProperties executionRoleArn(Value<String> value) {
      return set("ExecutionRoleArn", value);
    }

    /**
     * The IPC resource namespace to use for the containers in the task. The valid values are
     * <code>host</code> , <code>task</code> , or <code>none</code> .
     *
     * <p>If <code>host</code> is specified, all containers within the tasks that specified the
     * <code>host</code> IPC mode on the same container instance share the same IPC resources with
     * the host Amazon EC2 instance.
     *
     * <p>If <code>task</code> is specified, all containers within the specified <code>task</code>
     * share the same IPC resources.
     *
     * <p>If <code>none</code> is specified, the IPC resources within the containers of a task are
     * private, and are not shared with other containers in a task or on the container instance.
     *
     * <p>If no value is specified, then the IPC resource namespace sharing depends on the Docker
     * daemon setting on the container instance. For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/#ipc-settings---ipc">IPC
     * settings</a> in the Docker run reference.
     *
     * <p>CloudFormation property {@code IpcMode}.
     */
    public MultiNodeEcsTaskProperties ipcMode(String value) {
      return set("IpcMode", Value.of(value));
    }

    /** Sets {@code IpcMode} to this value; see {@link #ipcMode(String)}. */
    public MultiNodeEcsTaskProperties ipcMode(Value<String> value) {
      return set("IpcMode", value);
    }

    /**
     * The process namespace to use for the containers in the task. The valid values are
     * <code>host</code> or <code>task</code> . For example, monitoring sidecars might need
     * <code>pidMode</code> to access information about other containers running in the same task.
     *
     * <p>If <code>host</code> is specified, all containers within the tasks that specified the
     * <code>host</code> PID mode on the same container instance share the process namespace with
     * the host Amazon EC2 instance.
     *
     * <p>If <code>task</code> is specified, all containers within the specified task share the same
     * process namespace.
     *
     * <p>If no value is specified, the default is a private namespace for each container. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/#pid-settings---pid">PID
     * settings</a> in the Docker run reference.
     *
     * <p>CloudFormation property {@code PidMode}.
     */
    public MultiNodeEcsTaskProperties pidMode(String value) {
      return set("PidMode", Value.of(value));
    }

    /** Sets {@code PidMode} to this value; see {@link #pidMode(String)}. */
    public MultiNodeEcsTaskProperties pidMode(Value<String> value) {
      return set("PidMode", value);
    }

    /**
     * The Amazon Resource Name (ARN) that's associated with the Amazon ECS task.
     *
     * <p>This is object is comparable to <a
     * href="https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html">ContainerProperties:jobRoleArn</a>
     * .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code TaskRoleArn}.
     */
    public MultiNodeEcsTaskProperties taskRoleArn(String value) {
      return set("TaskRoleArn", Value.of(value));
    }

    /** Sets {@code TaskRoleArn} to this value; see {@link #taskRoleArn(String)}. */
    public MultiNodeEcsTaskProperties taskRoleArn(Value<String> value) {
      return set("TaskRoleArn", value);
    }

    /**
     * A list of volumes that are associated with the job.
     *
     * <p>CloudFormation property {@code Volumes}.
     */
    public MultiNodeEcsTaskProperties volumes(List<Volumes> value) {
      return set("Volumes", Value.listOf(value));
    }

    /** Sets {@code Volumes} to this value; see {@link #volumes(List)}. */
    public MultiNodeEcsTaskProperties volumes(Value<List<Volumes>> value) {
      return set("Volumes", value);
    }

    /** Sets {@code Volumes} to a list of these; see {@link #volumes(List)}. */
    public MultiNodeEcsTaskProperties volumes(Volumes... values) {
      return set("Volumes", Value.list(values));
    }
  }

  /**
   * The network configuration for jobs that are running on Fargate resources. Jobs that are running
   * on Amazon EC2 resources must not specify this parameter.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.NetworkConfiguration}.
   */
  public static final class NetworkConfiguration extends Struct<NetworkConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.NetworkConfiguration");

    public NetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the job has a public IP address. For a job that's running on Fargate
     * resources in a private subnet to send outbound traffic to the internet (for example, to pull
     * container images), the private subnet requires a NAT gateway be attached to route requests to
     * the internet. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html">Amazon
     * ECS task networking</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     * The default value is " <code>DISABLED</code> ".
     *
     * <p>CloudFormation property {@code AssignPublicIp}.
     */
    public NetworkConfiguration assignPublicIp(String value) {
      return set("AssignPublicIp", Value.of(value));
    }

    /** Sets {@code AssignPublicIp} to this value; see {@link #assignPublicIp(String)}. */
    public NetworkConfiguration assignPublicIp(Value<String> value) {
      return set("AssignPublicIp", value);
    }
  }

  /**
   * An object that represents the node properties of a multi-node parallel job.
   *
   * <p>Node properties can't be specified for Amazon EKS based job definitions.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.NodeProperties}.
   */
  public static final class NodeProperties extends Struct<NodeProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.NodeProperties")
        .required("MainNode", "NodeRangeProperties", "NumNodes")
        .build();

    public NodeProperties() {
      super(SCHEMA);
    }

    /**
     * Specifies the node index for the main node of a multi-node parallel job. This node index
     * value must be fewer than the number of nodes.
     *
     * <p>Required. CloudFormation property {@code MainNode}.
     */
    public NodeProperties mainNode(int value) {
      return set("MainNode", Value.of(value));
    }

    /** Sets {@code MainNode} to this value; see {@link #mainNode(int)}. */
    public NodeProperties mainNode(Value<Integer> value) {
      return set("MainNode", value);
    }

    /**
     * A list of node ranges and their properties that are associated with a multi-node parallel
     * job.
     *
     * <p>Required. CloudFormation property {@code NodeRangeProperties}.
     */
    public NodeProperties nodeRangeProperties(List<NodeRangeProperty> value) {
      return set("NodeRangeProperties", Value.listOf(value));
    }

    /** Sets {@code NodeRangeProperties} to this value; see {@link #nodeRangeProperties(List)}. */
    public NodeProperties nodeRangeProperties(Value<List<NodeRangeProperty>> value) {
      return set("NodeRangeProperties", value);
    }

    /**
     * Sets {@code NodeRangeProperties} to a list of these; see {@link #nodeRangeProperties(List)}.
     */
    public NodeProperties nodeRangeProperties(NodeRangeProperty... values) {
      return set("NodeRangeProperties", Value.list(values));
    }

    /**
     * The number of nodes that are associated with a multi-node parallel job.
     *
     * <p>Required. CloudFormation property {@code NumNodes}.
     */
    public NodeProperties numNodes(int value) {
      return set("NumNodes", Value.of(value));
    }

    /** Sets {@code NumNodes} to this value; see {@link #numNodes(int)}. */
    public NodeProperties numNodes(Value<Integer> value) {
      return set("NumNodes", value);
    }
  }

  /**
   * This is an object that represents the properties of the node range for a multi-node parallel
   * job.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.NodeRangeProperty}.
   */
  public static final class NodeRangeProperty extends Struct<NodeRangeProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.NodeRangeProperty")
        .required("TargetNodes")
        .build();

    public NodeRangeProperty() {
      super(SCHEMA);
    }

    /**
     * Contains a list of consumable resources required by a job.
     *
     * <p>CloudFormation property {@code ConsumableResourceProperties}.
     */
    public NodeRangeProperty consumableResourceProperties(Value<ConsumableResourceProperties> value) {
      return set("ConsumableResourceProperties", value);
    }

    /**
     * The container details for the node range.
     *
     * <p>CloudFormation property {@code Container}.
     */
    public NodeRangeProperty container(Value<MultiNodeContainerProperties> value) {
      return set("Container", value);
    }

    /**
     * This is an object that represents the properties of the node range for a multi-node parallel
     * job.
     *
     * <p>CloudFormation property {@code EcsProperties}.
     */
    public NodeRangeProperty ecsProperties(Value<MultiNodeEcsProperties> value) {
      return set("EcsProperties", value);
    }

    /**
     * This is an object that represents the properties of the node range for a multi-node parallel
     * job.
     *
     * <p>CloudFormation property {@code EksProperties}.
     */
    public NodeRangeProperty eksProperties(Value<EksProperties> value) {
      return set("EksProperties", value);
    }

    /**
     * The instance types of the underlying host infrastructure of a multi-node parallel job.
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. In
     * addition, this list object is currently limited to one element.
     *
     * <p>CloudFormation property {@code InstanceTypes}.
     */
    public NodeRangeProperty instanceTypes(List<String> value) {
      return set("InstanceTypes", Value.listOf(value));
    }

    /** Sets {@code InstanceTypes} to this value; see {@link #instanceTypes(List)}. */
    public NodeRangeProperty instanceTypes(Value<List<String>> value) {
      return set("InstanceTypes", value);
    }

    /**
     * The range of nodes, using node index values. A range of <code>0:3</code> indicates nodes with
     * index values of <code>0</code> through <code>3</code> . If the starting range value is
     * omitted ( <code>:n</code> ), then <code>0</code> is used to start the range. If the ending
     * range value is omitted ( <code>n:</code> ), then the highest possible node index is used to
     * end the range. Your accumulative node ranges must account for all nodes ( <code>0:n</code> ).
     * You can nest node ranges (for example, <code>0:10</code> and <code>4:5</code> ). In this
     * case, the <code>4:5</code> range properties override the <code>0:10</code> properties.
     *
     * <p>Required. CloudFormation property {@code TargetNodes}.
     */
    public NodeRangeProperty targetNodes(String value) {
      return set("TargetNodes", Value.of(value));
    }

    /** Sets {@code TargetNodes} to this value; see {@link #targetNodes(String)}. */
    public NodeRangeProperty targetNodes(Value<String> value) {
      return set("TargetNodes", value);
    }
  }

  /** Property type {@code AWS::Batch::JobDefinition.PodProperties}. */
  public static final class PodProperties extends Struct<PodProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.PodProperties");

    public PodProperties() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Containers}. */
    public PodProperties containers(List<EksContainer> value) {
      return set("Containers", Value.listOf(value));
    }

    /** Sets {@code Containers} to this value; see {@link #containers(List)}. */
    public PodProperties containers(Value<List<EksContainer>> value) {
      return set("Containers", value);
    }

    /** Sets {@code Containers} to a list of these; see {@link #containers(List)}. */
    public PodProperties containers(EksContainer... values) {
      return set("Containers", Value.list(values));
    }

    /** CloudFormation property {@code DnsPolicy}. */
    public PodProperties dnsPolicy(String value) {
      return set("DnsPolicy", Value.of(value));
    }

    /** Sets {@code DnsPolicy} to this value; see {@link #dnsPolicy(String)}. */
    public PodProperties dnsPolicy(Value<String> value) {
      return set("DnsPolicy", value);
    }

    /** CloudFormation property {@code HostNetwork}. */
    public PodProperties hostNetwork(boolean value) {
      return set("HostNetwork", Value.of(value));
    }

    /** Sets {@code HostNetwork} to this value; see {@link #hostNetwork(boolean)}. */
    public PodProperties hostNetwork(Value<Boolean> value) {
      return set("HostNetwork", value);
    }

    /** CloudFormation property {@code ImagePullSecrets}. */
    public PodProperties imagePullSecrets(List<ImagePullSecret> value) {
      return set("ImagePullSecrets", Value.listOf(value));
    }

    /** Sets {@code ImagePullSecrets} to this value; see {@link #imagePullSecrets(List)}. */
    public PodProperties imagePullSecrets(Value<List<ImagePullSecret>> value) {
      return set("ImagePullSecrets", value);
    }

    /** Sets {@code ImagePullSecrets} to a list of these; see {@link #imagePullSecrets(List)}. */
    public PodProperties imagePullSecrets(ImagePullSecret... values) {
      return set("ImagePullSecrets", Value.list(values));
    }

    /** CloudFormation property {@code InitContainers}. */
    public PodProperties initContainers(List<EksContainer> value) {
      return set("InitContainers", Value.listOf(value));
    }

    /** Sets {@code InitContainers} to this value; see {@link #initContainers(List)}. */
    public PodProperties initContainers(Value<List<EksContainer>> value) {
      return set("InitContainers", value);
    }

    /** Sets {@code InitContainers} to a list of these; see {@link #initContainers(List)}. */
    public PodProperties initContainers(EksContainer... values) {
      return set("InitContainers", Value.list(values));
    }

    /** CloudFormation property {@code Metadata}. */
    public PodProperties metadata(Value<EksMetadata> value) {
      return set("Metadata", value);
    }

    /** CloudFormation property {@code ServiceAccountName}. */
    public PodProperties serviceAccountName(String value) {
      return set("ServiceAccountName", Value.of(value));
    }

    /** Sets {@code ServiceAccountName} to this value; see {@link #serviceAccountName(String)}. */
    public PodProperties serviceAccountName(Value<String> value) {
      return set("ServiceAccountName", value);
    }

    /** CloudFormation property {@code ShareProcessNamespace}. */
    public PodProperties shareProcessNamespace(boolean value) {
      return set("ShareProcessNamespace", Value.of(value));
    }

    /**
     * Sets {@code ShareProcessNamespace} to this value; see {@link
     * #shareProcessNamespace(boolean)}.
     */
    public PodProperties shareProcessNamespace(Value<Boolean> value) {
      return set("ShareProcessNamespace", value);
    }

    /** CloudFormation property {@code Volumes}. */
    public PodProperties volumes(List<EksVolume> value) {
      return set("Volumes", Value.listOf(value));
    }

    /** Sets {@code Volumes} to this value; see {@link #volumes(List)}. */
    public PodProperties volumes(Value<List<EksVolume>> value) {
      return set("Volumes", value);
    }

    /** Sets {@code Volumes} to a list of these; see {@link #volumes(List)}. */
    public PodProperties volumes(EksVolume... values) {
      return set("Volumes", Value.list(values));
    }
  }

  /**
   * The repository credentials for private registry authentication.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.RepositoryCredentials}.
   */
  public static final class RepositoryCredentials extends Struct<RepositoryCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.RepositoryCredentials")
        .required("CredentialsParameter")
        .build();

    public RepositoryCredentials() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the secret containing the private repository credentials.
     *
     * <p>Required. CloudFormation property {@code CredentialsParameter}.
     */
    public RepositoryCredentials credentialsParameter(String value) {
      return set("CredentialsParameter", Value.of(value));
    }

    /**
     * Sets {@code CredentialsParameter} to this value; see {@link #credentialsParameter(String)}.
     */
    public RepositoryCredentials credentialsParameter(Value<String> value) {
      return set("CredentialsParameter", value);
    }
  }

  /**
   * The type and amount of a resource to assign to a container. The supported resources include
   * <code>GPU</code> , <code>MEMORY</code> , and <code>VCPU</code> .
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.ResourceRequirement}.
   */
  public static final class ResourceRequirement extends Struct<ResourceRequirement> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.ResourceRequirement");

    public ResourceRequirement() {
      super(SCHEMA);
    }

    /**
     * The type of resource to assign to a container. The supported resources include
     * <code>GPU</code> , <code>MEMORY</code> , and <code>VCPU</code> .
     *
     * <p>CloudFormation property {@code Type}.
     */
    public ResourceRequirement type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ResourceRequirement type(Value<String> value) {
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
     * parameter is supported for jobs that are running on Amazon EC2 resources. If your container
     * attempts to exceed the memory specified, the container is terminated. This parameter maps to
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
     * 1 or 2 <li><b>value = 8192</b> - <code>VCPU</code> = 1, 2, or 4 <li><b>value = 9216, 10240,
     * 11264, 12288, 13312, 14336, or 15360</b> - <code>VCPU</code> = 2 or 4 <li><b>value =
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
     * run</a> . Each vCPU is equivalent to 1,024 CPU shares. For Amazon EC2 resources, you must
     * specify at least one vCPU. This is required but can be specified in several places; it must
     * be specified for each node at least once. </ul>
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
     * <p>CloudFormation property {@code Value}.
     */
    public ResourceRequirement value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ResourceRequirement value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies the resource retention policy settings for a job definition.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.ResourceRetentionPolicy}.
   */
  public static final class ResourceRetentionPolicy extends Struct<ResourceRetentionPolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.ResourceRetentionPolicy");

    public ResourceRetentionPolicy() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the previous revision of the job definition is retained in an active status
     * after UPDATE events for the resource. The default value is <code>false</code> . When the
     * property is set to <code>false</code> , the previous revision of the job definition is
     * de-registered after a new revision is created. When the property is set to <code>true</code>
     * , the previous revision of the job definition is not de-registered.
     *
     * <p>Default: {@code false}. CloudFormation property {@code SkipDeregisterOnUpdate}.
     */
    public ResourceRetentionPolicy skipDeregisterOnUpdate(boolean value) {
      return set("SkipDeregisterOnUpdate", Value.of(value));
    }

    /**
     * Sets {@code SkipDeregisterOnUpdate} to this value; see {@link
     * #skipDeregisterOnUpdate(boolean)}.
     */
    public ResourceRetentionPolicy skipDeregisterOnUpdate(Value<Boolean> value) {
      return set("SkipDeregisterOnUpdate", value);
    }
  }

  /** Property type {@code AWS::Batch::JobDefinition.Resources}. */
  public static final class Resources extends Struct<Resources> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.Resources")
        .constrain("Limits", Constraint.of().format("json"))
        .constrain("Requests", Constraint.of().format("json"))
        .build();

    public Resources() {
      super(SCHEMA);
    }

    /** Format: {@code json}. CloudFormation property {@code Limits}. */
    public Resources limits(Map<String, String> value) {
      return set("Limits", Value.mapOf(value));
    }

    /** Sets {@code Limits} to this value; see {@link #limits(Map)}. */
    public Resources limits(Value<Map<String, String>> value) {
      return set("Limits", value);
    }

    /** Format: {@code json}. CloudFormation property {@code Requests}. */
    public Resources requests(Map<String, String> value) {
      return set("Requests", Value.mapOf(value));
    }

    /** Sets {@code Requests} to this value; see {@link #requests(Map)}. */
    public Resources requests(Value<Map<String, String>> value) {
      return set("Requests", value);
    }
  }

  /**
   * The retry strategy that's associated with a job. For more information, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html">Automated job
   * retries</a> in the <em>AWS Batch User Guide</em> .
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.RetryStrategy}.
   */
  public static final class RetryStrategy extends Struct<RetryStrategy> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.RetryStrategy");

    public RetryStrategy() {
      super(SCHEMA);
    }

    /**
     * The number of times to move a job to the <code>RUNNABLE</code> status. You can specify
     * between 1 and 10 attempts. If the value of <code>attempts</code> is greater than one, the job
     * is retried on failure the same number of attempts as the value.
     *
     * <p>CloudFormation property {@code Attempts}.
     */
    public RetryStrategy attempts(int value) {
      return set("Attempts", Value.of(value));
    }

    /** Sets {@code Attempts} to this value; see {@link #attempts(int)}. */
    public RetryStrategy attempts(Value<Integer> value) {
      return set("Attempts", value);
    }

    /**
     * Array of up to 5 objects that specify the conditions where jobs are retried or failed. If
     * this parameter is specified, then the <code>attempts</code> parameter must also be specified.
     * If none of the listed conditions match, then the job is retried.
     *
     * <p>CloudFormation property {@code EvaluateOnExit}.
     */
    public RetryStrategy evaluateOnExit(List<EvaluateOnExit> value) {
      return set("EvaluateOnExit", Value.listOf(value));
    }

    /** Sets {@code EvaluateOnExit} to this value; see {@link #evaluateOnExit(List)}. */
    public RetryStrategy evaluateOnExit(Value<List<EvaluateOnExit>> value) {
      return set("EvaluateOnExit", value);
    }

    /** Sets {@code EvaluateOnExit} to a list of these; see {@link #evaluateOnExit(List)}. */
    public RetryStrategy evaluateOnExit(EvaluateOnExit... values) {
      return set("EvaluateOnExit", Value.list(values));
    }
  }

  /**
   * An object that represents the compute environment architecture for AWS Batch jobs on Fargate.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.RuntimePlatform}.
   */
  public static final class RuntimePlatform extends Struct<RuntimePlatform> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.RuntimePlatform");

    public RuntimePlatform() {
      super(SCHEMA);
    }

    /**
     * The vCPU architecture. The default value is <code>X86_64</code> . Valid values are
     * <code>X86_64</code> and <code>ARM64</code> .
     *
     * <p>This parameter must be set to <code>X86_64</code> for Windows containers. &gt; Fargate
     * Spot is not supported on Windows-based containers on Fargate. A job queue will be blocked if
     * a Windows job is submitted to a job queue with only Fargate Spot compute environments.
     * However, you can attach both <code>FARGATE</code> and <code>FARGATE_SPOT</code> compute
     * environments to the same job queue.
     *
     * <p>CloudFormation property {@code CpuArchitecture}.
     */
    public RuntimePlatform cpuArchitecture(String value) {
      return set("CpuArchitecture", Value.of(value));
    }

    /** Sets {@code CpuArchitecture} to this value; see {@link #cpuArchitecture(String)}. */
    public RuntimePlatform cpuArchitecture(Value<String> value) {
      return set("CpuArchitecture", value);
    }

    /**
     * The operating system for the compute environment. Valid values are: <code>LINUX</code>
     * (default), <code>WINDOWS_SERVER_2019_CORE</code> , <code>WINDOWS_SERVER_2019_FULL</code> ,
     * <code>WINDOWS_SERVER_2022_CORE</code> , and <code>WINDOWS_SERVER_2022_FULL</code> .
     *
     * <p>The following parameters can’t be set for Windows containers: <code>linuxParameters</code>
     * , <code>privileged</code> , <code>user</code> , <code>ulimits</code> ,
     * <code>readonlyRootFilesystem</code> , and <code>efsVolumeConfiguration</code> . &gt; The AWS
     * Batch Scheduler checks the compute environments that are attached to the job queue before
     * registering a task definition with Fargate. In this scenario, the job queue is where the job
     * is submitted. If the job requires a Windows container and the first compute environment is
     * <code>LINUX</code> , the compute environment is skipped and the next compute environment is
     * checked until a Windows-based compute environment is found. &gt; Fargate Spot is not
     * supported on Windows-based containers on Fargate. A job queue will be blocked if a Windows
     * job is submitted to a job queue with only Fargate Spot compute environments. However, you can
     * attach both <code>FARGATE</code> and <code>FARGATE_SPOT</code> compute environments to the
     * same job queue.
     *
     * <p>CloudFormation property {@code OperatingSystemFamily}.
     */
    public RuntimePlatform operatingSystemFamily(String value) {
      return set("OperatingSystemFamily", Value.of(value));
    }

    /**
     * Sets {@code OperatingSystemFamily} to this value; see {@link #operatingSystemFamily(String)}.
     */
    public RuntimePlatform operatingSystemFamily(Value<String> value) {
      return set("OperatingSystemFamily", value);
    }
  }

  /** Property type {@code AWS::Batch::JobDefinition.S3FilesVolumeConfiguration}. */
  public static final class S3FilesVolumeConfiguration extends Struct<S3FilesVolumeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.S3FilesVolumeConfiguration")
        .required("FileSystemArn")
        .build();

    public S3FilesVolumeConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AccessPointArn}. */
    public S3FilesVolumeConfiguration accessPointArn(String value) {
      return set("AccessPointArn", Value.of(value));
    }

    /** Sets {@code AccessPointArn} to this value; see {@link #accessPointArn(String)}. */
    public S3FilesVolumeConfiguration accessPointArn(Value<String> value) {
      return set("AccessPointArn", value);
    }

    /** Required. CloudFormation property {@code FileSystemArn}. */
    public S3FilesVolumeConfiguration fileSystemArn(String value) {
      return set("FileSystemArn", Value.of(value));
    }

    /** Sets {@code FileSystemArn} to this value; see {@link #fileSystemArn(String)}. */
    public S3FilesVolumeConfiguration fileSystemArn(Value<String> value) {
      return set("FileSystemArn", value);
    }

    /** CloudFormation property {@code RootDirectory}. */
    public S3FilesVolumeConfiguration rootDirectory(String value) {
      return set("RootDirectory", Value.of(value));
    }

    /** Sets {@code RootDirectory} to this value; see {@link #rootDirectory(String)}. */
    public S3FilesVolumeConfiguration rootDirectory(Value<String> value) {
      return set("RootDirectory", value);
    }

    /** CloudFormation property {@code TransitEncryptionPort}. */
    public S3FilesVolumeConfiguration transitEncryptionPort(int value) {
      return set("TransitEncryptionPort", Value.of(value));
    }

    /**
     * Sets {@code TransitEncryptionPort} to this value; see {@link #transitEncryptionPort(int)}.
     */
    public S3FilesVolumeConfiguration transitEncryptionPort(Value<Integer> value) {
      return set("TransitEncryptionPort", value);
    }
  }

  /**
   * An object that represents the secret to expose to your container. Secrets can be exposed to a
   * container in the following ways:
   *
   * <ul> <li>To inject sensitive data into your containers as environment variables, use the
   * <code>secrets</code> container definition parameter. <li>To reference sensitive information in
   * the log configuration of a container, use the <code>secretOptions</code> container definition
   * parameter. </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/specifying-sensitive-data.html">Specifying
   * sensitive data</a> in the <em>AWS Batch User Guide</em> .
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.Secret}.
   */
  public static final class Secret extends Struct<Secret> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.Secret")
        .required("Name", "ValueFrom")
        .build();

    public Secret() {
      super(SCHEMA);
    }

    /**
     * The name of the secret.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public Secret name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Secret name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The secret to expose to the container. The supported values are either the full Amazon
     * Resource Name (ARN) of the AWS Secrets Manager secret or the full ARN of the parameter in the
     * AWS Systems Manager Parameter Store.
     *
     * <p>If the AWS Systems Manager Parameter Store parameter exists in the same Region as the job
     * you're launching, then you can use either the full Amazon Resource Name (ARN) or name of the
     * parameter. If the parameter exists in a different Region, then the full ARN must be
     * specified.
     *
     * <p>Required. CloudFormation property {@code ValueFrom}.
     */
    public Secret valueFrom(String value) {
      return set("ValueFrom", Value.of(value));
    }

    /** Sets {@code ValueFrom} to this value; see {@link #valueFrom(String)}. */
    public Secret valueFrom(Value<String> value) {
      return set("ValueFrom", value);
    }
  }

  /** Property type {@code AWS::Batch::JobDefinition.SecurityContext}. */
  public static final class SecurityContext extends Struct<SecurityContext> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.SecurityContext");

    public SecurityContext() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AllowPrivilegeEscalation}. */
    public SecurityContext allowPrivilegeEscalation(boolean value) {
      return set("AllowPrivilegeEscalation", Value.of(value));
    }

    /**
     * Sets {@code AllowPrivilegeEscalation} to this value; see {@link
     * #allowPrivilegeEscalation(boolean)}.
     */
    public SecurityContext allowPrivilegeEscalation(Value<Boolean> value) {
      return set("AllowPrivilegeEscalation", value);
    }

    /** CloudFormation property {@code Privileged}. */
    public SecurityContext privileged(boolean value) {
      return set("Privileged", Value.of(value));
    }

    /** Sets {@code Privileged} to this value; see {@link #privileged(boolean)}. */
    public SecurityContext privileged(Value<Boolean> value) {
      return set("Privileged", value);
    }

    /** CloudFormation property {@code ReadOnlyRootFilesystem}. */
    public SecurityContext readOnlyRootFilesystem(boolean value) {
      return set("ReadOnlyRootFilesystem", Value.of(value));
    }

    /**
     * Sets {@code ReadOnlyRootFilesystem} to this value; see {@link
     * #readOnlyRootFilesystem(boolean)}.
     */
    public SecurityContext readOnlyRootFilesystem(Value<Boolean> value) {
      return set("ReadOnlyRootFilesystem", value);
    }

    /** CloudFormation property {@code RunAsGroup}. */
    public SecurityContext runAsGroup(int value) {
      return set("RunAsGroup", Value.of(value));
    }

    /** Sets {@code RunAsGroup} to this value; see {@link #runAsGroup(int)}. */
    public SecurityContext runAsGroup(Value<Integer> value) {
      return set("RunAsGroup", value);
    }

    /** CloudFormation property {@code RunAsNonRoot}. */
    public SecurityContext runAsNonRoot(boolean value) {
      return set("RunAsNonRoot", Value.of(value));
    }

    /** Sets {@code RunAsNonRoot} to this value; see {@link #runAsNonRoot(boolean)}. */
    public SecurityContext runAsNonRoot(Value<Boolean> value) {
      return set("RunAsNonRoot", value);
    }

    /** CloudFormation property {@code RunAsUser}. */
    public SecurityContext runAsUser(int value) {
      return set("RunAsUser", Value.of(value));
    }

    /** Sets {@code RunAsUser} to this value; see {@link #runAsUser(int)}. */
    public SecurityContext runAsUser(Value<Integer> value) {
      return set("RunAsUser", value);
    }
  }

  /**
   * A list of containers that this task depends on.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.TaskContainerDependency}.
   */
  public static final class TaskContainerDependency extends Struct<TaskContainerDependency> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.TaskContainerDependency")
        .required("Condition", "ContainerName")
        .build();

    public TaskContainerDependency() {
      super(SCHEMA);
    }

    /**
     * The dependency condition of the container. The following are the available conditions and
     * their behavior:
     *
     * <ul> <li><code>START</code> - This condition emulates the behavior of links and volumes
     * today. It validates that a dependent container is started before permitting other containers
     * to start. <li><code>COMPLETE</code> - This condition validates that a dependent container
     * runs to completion (exits) before permitting other containers to start. This can be useful
     * for nonessential containers that run a script and then exit. This condition can't be set on
     * an essential container. <li><code>SUCCESS</code> - This condition is the same as
     * <code>COMPLETE</code> , but it also requires that the container exits with a zero status.
     * This condition can't be set on an essential container. </ul>
     *
     * <p>Required. CloudFormation property {@code Condition}.
     */
    public TaskContainerDependency condition(String value) {
      return set("Condition", Value.of(value));
    }

    /** Sets {@code Condition} to this value; see {@link #condition(String)}. */
    public TaskContainerDependency condition(Value<String> value) {
      return set("Condition", value);
    }

    /**
     * A unique identifier for the container.
     *
     * <p>Required. CloudFormation property {@code ContainerName}.
     */
    public TaskContainerDependency containerName(String value) {
      return set("ContainerName", Value.of(value));
    }

    /** Sets {@code ContainerName} to this value; see {@link #containerName(String)}. */
    public TaskContainerDependency containerName(Value<String> value) {
      return set("ContainerName", value);
    }
  }

  /**
   * Container properties are used for Amazon ECS-based job definitions. These properties to
   * describe the container that's launched as part of a job.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.TaskContainerProperties}.
   */
  public static final class TaskContainerProperties extends Struct<TaskContainerProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.TaskContainerProperties")
        .required("Image")
        .build();

    public TaskContainerProperties() {
      super(SCHEMA);
    }

    /**
     * The command that's passed to the container. This parameter maps to <code>Cmd</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>COMMAND</code> parameter to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/builder/#cmd">Dockerfile
     * reference: CMD</a> .
     *
     * <p>CloudFormation property {@code Command}.
     */
    public TaskContainerProperties command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public TaskContainerProperties command(Value<List<String>> value) {
      return set("Command", value);
    }

    /**
     * A list of containers that this container depends on.
     *
     * <p>CloudFormation property {@code DependsOn}.
     */
    public TaskContainerProperties dependsOn(List<TaskContainerDependency> value) {
      return set("DependsOn", Value.listOf(value));
    }

    /** Sets {@code DependsOn} to this value; see {@link #dependsOn(List)}. */
    public TaskContainerProperties dependsOn(Value<List<TaskContainerDependency>> value) {
      return set("DependsOn", value);
    }

    /** Sets {@code DependsOn} to a list of these; see {@link #dependsOn(List)}. */
    public TaskContainerProperties dependsOn(TaskContainerDependency... values) {
      return set("DependsOn", Value.list(values));
    }

    /**
     * The environment variables to pass to a container. This parameter maps to Env in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/#create-a-container">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.23/">Docker Remote
     * API</a> and the <code>--env</code> parameter to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> .
     *
     * <p>We don't recommend using plaintext environment variables for sensitive information, such
     * as credential data. &gt; Environment variables cannot start with <code>AWS_BATCH</code> .
     * This naming convention is reserved for variables that AWS Batch sets.
     *
     * <p>CloudFormation property {@code Environment}.
     */
    public TaskContainerProperties environment(List<Environment> value) {
      return set("Environment", Value.listOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(List)}. */
    public TaskContainerProperties environment(Value<List<Environment>> value) {
      return set("Environment", value);
    }

    /** Sets {@code Environment} to a list of these; see {@link #environment(List)}. */
    public TaskContainerProperties environment(Environment... values) {
      return set("Environment", Value.list(values));
    }

    /**
     * If the essential parameter of a container is marked as <code>true</code> , and that container
     * fails or stops for any reason, all other containers that are part of the task are stopped. If
     * the <code>essential</code> parameter of a container is marked as false, its failure doesn't
     * affect the rest of the containers in a task. If this parameter is omitted, a container is
     * assumed to be essential.
     *
     * <p>All jobs must have at least one essential container. If you have an application that's
     * composed of multiple containers, group containers that are used for a common purpose into
     * components, and separate the different components into multiple task definitions. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/application_architecture.html">Application
     * Architecture</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>CloudFormation property {@code Essential}.
     */
    public TaskContainerProperties essential(boolean value) {
      return set("Essential", Value.of(value));
    }

    /** Sets {@code Essential} to this value; see {@link #essential(boolean)}. */
    public TaskContainerProperties essential(Value<Boolean> value) {
      return set("Essential", value);
    }

    /**
     * The FireLens configuration for the container. This is used to specify and configure a log
     * router for container logs. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html">Custom
     * log</a> routing in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>CloudFormation property {@code FirelensConfiguration}.
     */
    public TaskContainerProperties firelensConfiguration(Value<FirelensConfiguration> value) {
      return set("FirelensConfiguration", value);
    }

    /**
     * The image used to start a container. This string is passed directly to the Docker daemon. By
     * default, images in the Docker Hub registry are available. Other repositories are specified
     * with either <code>repository-url/image:tag</code> or
     * <code>repository-url/image&#64;digest</code> . Up to 255 letters (uppercase and lowercase),
     * numbers, hyphens, underscores, colons, periods, forward slashes, and number signs are
     * allowed. This parameter maps to <code>Image</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/#operation/ContainerCreate">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/">Docker Remote
     * API</a> and the <code>IMAGE</code> parameter of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/#security-configuration"><em>docker
     * run</em></a> .
     *
     * <p>Required. CloudFormation property {@code Image}.
     */
    public TaskContainerProperties image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public TaskContainerProperties image(Value<String> value) {
      return set("Image", value);
    }

    /**
     * Linux-specific modifications that are applied to the container, such as Linux kernel
     * capabilities. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html">KernelCapabilities</a>
     * .
     *
     * <p>CloudFormation property {@code LinuxParameters}.
     */
    public TaskContainerProperties linuxParameters(Value<LinuxParameters> value) {
      return set("LinuxParameters", value);
    }

    /**
     * The log configuration specification for the container.
     *
     * <p>This parameter maps to <code>LogConfig</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/#operation/ContainerCreate">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/">Docker Remote
     * API</a> and the <code>--log-driver</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/#security-configuration">docker
     * run</a> .
     *
     * <p>By default, containers use the same logging driver that the Docker daemon uses. However
     * the container can use a different logging driver than the Docker daemon by specifying a log
     * driver with this parameter in the container definition. To use a different logging driver for
     * a container, the log system must be configured properly on the container instance (or on a
     * different log server for remote logging options). For more information about the options for
     * different supported log drivers, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/admin/logging/overview/">Configure
     * logging drivers</a> in the <em>Docker documentation</em> .
     *
     * <p>Amazon ECS currently supports a subset of the logging drivers available to the Docker
     * daemon (shown in the <code>LogConfiguration</code> data type). Additional log drivers may be
     * available in future releases of the Amazon ECS container agent.
     *
     * <p>This parameter requires version 1.18 of the Docker Remote API or greater on your container
     * instance. To check the Docker Remote API version on your container instance, log in to your
     * container instance and run the following command: sudo docker version <code>--format
     * '{{.Server.APIVersion}}'</code>
     *
     * <p>The Amazon ECS container agent running on a container instance must register the logging
     * drivers available on that instance with the <code>ECS_AVAILABLE_LOGGING_DRIVERS</code>
     * environment variable before containers placed on that instance can use these log
     * configuration options. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html">Amazon
     * ECS container agent configuration</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> .
     *
     * <p>CloudFormation property {@code LogConfiguration}.
     */
    public TaskContainerProperties logConfiguration(Value<LogConfiguration> value) {
      return set("LogConfiguration", value);
    }

    /**
     * The mount points for data volumes in your container.
     *
     * <p>This parameter maps to <code>Volumes</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/#operation/ContainerCreate">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/">Docker Remote
     * API</a> and the <a href="https://docs.aws.amazon.com/">--volume</a> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/#security-configuration">docker
     * run</a> .
     *
     * <p>Windows containers can mount whole directories on the same drive as
     * <code>$env:ProgramData</code> . Windows containers can't mount directories on a different
     * drive, and mount point can't be across drives.
     *
     * <p>CloudFormation property {@code MountPoints}.
     */
    public TaskContainerProperties mountPoints(List<MountPoint> value) {
      return set("MountPoints", Value.listOf(value));
    }

    /** Sets {@code MountPoints} to this value; see {@link #mountPoints(List)}. */
    public TaskContainerProperties mountPoints(Value<List<MountPoint>> value) {
      return set("MountPoints", value);
    }

    /** Sets {@code MountPoints} to a list of these; see {@link #mountPoints(List)}. */
    public TaskContainerProperties mountPoints(MountPoint... values) {
      return set("MountPoints", Value.list(values));
    }

    /**
     * The name of a container. The name can be used as a unique identifier to target your
     * <code>dependsOn</code> and <code>Overrides</code> objects.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public TaskContainerProperties name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TaskContainerProperties name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * When this parameter is <code>true</code> , the container is given elevated privileges on the
     * host container instance (similar to the <code>root</code> user). This parameter maps to
     * <code>Privileged</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/#operation/ContainerCreate">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/">Docker Remote
     * API</a> and the <code>--privileged</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/#security-configuration">docker
     * run</a> .
     *
     * <p>This parameter is not supported for Windows containers or tasks run on Fargate.
     *
     * <p>CloudFormation property {@code Privileged}.
     */
    public TaskContainerProperties privileged(boolean value) {
      return set("Privileged", Value.of(value));
    }

    /** Sets {@code Privileged} to this value; see {@link #privileged(boolean)}. */
    public TaskContainerProperties privileged(Value<Boolean> value) {
      return set("Privileged", value);
    }

    /**
     * When this parameter is true, the container is given read-only access to its root file system.
     * This parameter maps to <code>ReadonlyRootfs</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/#operation/ContainerCreate">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/">Docker Remote
     * API</a> and the <code>--read-only</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/#security-configuration">docker
     * run</a> .
     *
     * <p>This parameter is not supported for Windows containers.
     *
     * <p>CloudFormation property {@code ReadonlyRootFilesystem}.
     */
    public TaskContainerProperties readonlyRootFilesystem(boolean value) {
      return set("ReadonlyRootFilesystem", Value.of(value));
    }

    /**
     * Sets {@code ReadonlyRootFilesystem} to this value; see {@link
     * #readonlyRootFilesystem(boolean)}.
     */
    public TaskContainerProperties readonlyRootFilesystem(Value<Boolean> value) {
      return set("ReadonlyRootFilesystem", value);
    }

    /**
     * The private repository authentication credentials to use.
     *
     * <p>CloudFormation property {@code RepositoryCredentials}.
     */
    public TaskContainerProperties repositoryCredentials(Value<RepositoryCredentials> value) {
      return set("RepositoryCredentials", value);
    }

    /**
     * The type and amount of a resource to assign to a container. The only supported resource is a
     * GPU.
     *
     * <p>CloudFormation property {@code ResourceRequirements}.
     */
    public TaskContainerProperties resourceRequirements(List<ResourceRequirement> value) {
      return set("ResourceRequirements", Value.listOf(value));
    }

    /** Sets {@code ResourceRequirements} to this value; see {@link #resourceRequirements(List)}. */
    public TaskContainerProperties resourceRequirements(Value<List<ResourceRequirement>> value) {
      return set("ResourceRequirements", value);
    }

    /**
     * Sets {@code ResourceRequirements} to a list of these; see {@link
     * #resourceRequirements(List)}.
     */
    public TaskContainerProperties resourceRequirements(ResourceRequirement... values) {
      return set("ResourceRequirements", Value.list(values));
    }

    /**
     * The secrets to pass to the container. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html">Specifying
     * Sensitive Data</a> in the Amazon Elastic Container Service Developer Guide.
     *
     * <p>CloudFormation property {@code Secrets}.
     */
    public TaskContainerProperties secrets(List<Secret> value) {
      return set("Secrets", Value.listOf(value));
    }

    /** Sets {@code Secrets} to this value; see {@link #secrets(List)}. */
    public TaskContainerProperties secrets(Value<List<Secret>> value) {
      return set("Secrets", value);
    }

    /** Sets {@code Secrets} to a list of these; see {@link #secrets(List)}. */
    public TaskContainerProperties secrets(Secret... values) {
      return set("Secrets", Value.list(values));
    }

    /** CloudFormation property {@code StartTimeout}. */
    public TaskContainerProperties startTimeout(int value) {
      return set("StartTimeout", Value.of(value));
    }

    /** Sets {@code StartTimeout} to this value; see {@link #startTimeout(int)}. */
    public TaskContainerProperties startTimeout(Value<Integer> value) {
      return set("StartTimeout", value);
    }

    /** CloudFormation property {@code StopTimeout}. */
    public TaskContainerProperties stopTimeout(int value) {
      return set("StopTimeout", Value.of(value));
    }

    /** Sets {@code StopTimeout} to this value; see {@link #stopTimeout(int)}. */
    public TaskContainerProperties stopTimeout(Value<Integer> value) {
      return set("StopTimeout", value);
    }

    /**
     * A list of <code>ulimits</code> to set in the container. If a <code>ulimit</code> value is
     * specified in a task definition, it overrides the default values set by Docker. This parameter
     * maps to <code>Ulimits</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/#operation/ContainerCreate">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/">Docker Remote
     * API</a> and the <code>--ulimit</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/#security-configuration">docker
     * run</a> .
     *
     * <p>Amazon ECS tasks hosted on Fargate use the default resource limit values set by the
     * operating system with the exception of the nofile resource limit parameter which Fargate
     * overrides. The <code>nofile</code> resource limit sets a restriction on the number of open
     * files that a container can use. The default <code>nofile</code> soft limit is
     * <code>1024</code> and the default hard limit is <code>65535</code> .
     *
     * <p>This parameter requires version 1.18 of the Docker Remote API or greater on your container
     * instance. To check the Docker Remote API version on your container instance, log in to your
     * container instance and run the following command: sudo docker version <code>--format
     * '{{.Server.APIVersion}}'</code>
     *
     * <p>This parameter is not supported for Windows containers.
     *
     * <p>CloudFormation property {@code Ulimits}.
     */
    public TaskContainerProperties ulimits(List<Ulimit> value) {
      return set("Ulimits", Value.listOf(value));
    }

    /** Sets {@code Ulimits} to this value; see {@link #ulimits(List)}. */
    public TaskContainerProperties ulimits(Value<List<Ulimit>> value) {
      return set("Ulimits", value);
    }

    /** Sets {@code Ulimits} to a list of these; see {@link #ulimits(List)}. */
    public TaskContainerProperties ulimits(Ulimit... values) {
      return set("Ulimits", Value.list(values));
    }

    /**
     * The user to use inside the container. This parameter maps to User in the Create a container
     * section of the Docker Remote API and the --user option to docker run.
     *
     * <p>When running tasks using the <code>host</code> network mode, don't run containers using
     * the <code>root user (UID 0)</code> . We recommend using a non-root user for better security.
     *
     * <p>You can specify the <code>user</code> using the following formats. If specifying a UID or
     * GID, you must specify it as a positive integer.
     *
     * <ul> <li><code>user</code> <li><code>user:group</code> <li><code>uid</code>
     * <li><code>uid:gid</code> <li><code>user:gi</code> <li><code>uid:group</code> </ul>
     *
     * <p>This parameter is not supported for Windows containers.
     *
     * <p>CloudFormation property {@code User}.
     */
    public TaskContainerProperties user(String value) {
      return set("User", Value.of(value));
    }

    /** Sets {@code User} to this value; see {@link #user(String)}. */
    public TaskContainerProperties user(Value<String> value) {
      return set("User", value);
    }
  }

  /** Property type {@code AWS::Batch::JobDefinition.Timeout}. */
  public static final class Timeout extends Struct<Timeout> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.Timeout");

    public Timeout() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AttemptDurationSeconds}. */
    public Timeout attemptDurationSeconds(int value) {
      return set("AttemptDurationSeconds", Value.of(value));
    }

    /**
     * Sets {@code AttemptDurationSeconds} to this value; see {@link #attemptDurationSeconds(int)}.
     */
    public Timeout attemptDurationSeconds(Value<Integer> value) {
      return set("AttemptDurationSeconds", value);
    }
  }

  /**
   * The container path, mount options, and size of the <code>tmpfs</code> mount.
   *
   * <p>This object isn't applicable to jobs that are running on Fargate resources.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.Tmpfs}.
   */
  public static final class Tmpfs extends Struct<Tmpfs> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.Tmpfs")
        .required("ContainerPath", "Size")
        .build();

    public Tmpfs() {
      super(SCHEMA);
    }

    /**
     * The absolute file path in the container where the <code>tmpfs</code> volume is mounted.
     *
     * <p>Required. CloudFormation property {@code ContainerPath}.
     */
    public Tmpfs containerPath(String value) {
      return set("ContainerPath", Value.of(value));
    }

    /** Sets {@code ContainerPath} to this value; see {@link #containerPath(String)}. */
    public Tmpfs containerPath(Value<String> value) {
      return set("ContainerPath", value);
    }

    /**
     * The list of <code>tmpfs</code> volume mount options.
     *
     * <p>Valid values: " <code>defaults</code> " | " <code>ro</code> " | " <code>rw</code> " | "
     * <code>suid</code> " | " <code>nosuid</code> " | " <code>dev</code> " | " <code>nodev</code> "
     * | " <code>exec</code> " | " <code>noexec</code> " | " <code>sync</code> " | "
     * <code>async</code> " | " <code>dirsync</code> " | " <code>remount</code> " | "
     * <code>mand</code> " | " <code>nomand</code> " | " <code>atime</code> " | "
     * <code>noatime</code> " | " <code>diratime</code> " | " <code>nodiratime</code> " | "
     * <code>bind</code> " | " <code>rbind" | "unbindable" | "runbindable" | "private" | "rprivate"
     * | "shared" | "rshared" | "slave" | "rslave" | "relatime</code> " | " <code>norelatime</code>
     * " | " <code>strictatime</code> " | " <code>nostrictatime</code> " | " <code>mode</code> " | "
     * <code>uid</code> " | " <code>gid</code> " | " <code>nr_inodes</code> " | "
     * <code>nr_blocks</code> " | " <code>mpol</code> "
     *
     * <p>CloudFormation property {@code MountOptions}.
     */
    public Tmpfs mountOptions(List<String> value) {
      return set("MountOptions", Value.listOf(value));
    }

    /** Sets {@code MountOptions} to this value; see {@link #mountOptions(List)}. */
    public Tmpfs mountOptions(Value<List<String>> value) {
      return set("MountOptions", value);
    }

    /**
     * The size (in MiB) of the <code>tmpfs</code> volume.
     *
     * <p>Required. CloudFormation property {@code Size}.
     */
    public Tmpfs size(int value) {
      return set("Size", Value.of(value));
    }

    /** Sets {@code Size} to this value; see {@link #size(int)}. */
    public Tmpfs size(Value<Integer> value) {
      return set("Size", value);
    }
  }

  /**
   * The <code>ulimit</code> settings to pass to the container. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Ulimit.html">Ulimit</a> .
   *
   * <p>This object isn't applicable to jobs that are running on Fargate resources.
   *
   * <p>Property type {@code AWS::Batch::JobDefinition.Ulimit}.
   */
  public static final class Ulimit extends Struct<Ulimit> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobDefinition.Ulimit")
        .required("HardLimit", "Name", "SoftLimit")
        .build();

    public Ulimit() {
      super(SCHEMA);
    }

    /**
     * The hard limit for the <code>ulimit</code> type.
     *
     * <p>Required. CloudFormation property {@code HardLimit}.
     */
    public Ulimit hardLimit(int value) {
      return set("HardLimit", Value.of(value));
    }

    /** Sets {@code HardLimit} to this value; see {@link #hardLimit(int)}. */
    public Ulimit hardLimit(Value<Integer> value) {
      return set("HardLimit", value);
    }

    /**
     * The <code>type</code> of the <code>ulimit</code> . Valid values are: <code>core</code> |
     * <code>cpu</code> | <code>data</code> | <code>fsize</code> | <code>locks</code> |
     * <code>memlock</code> | <code>msgqueue</code> | <code>nice</code> | <code>nofile</code> |
     * <code>nproc</code> | <code>rss</code> | <code>rtprio</code> | <code>rttime</code> |
     * <code>sigpending</code> | <code>stack</code> .
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public Ulimit name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Ulimit name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The soft limit for the <code>ulimit</code> type.
     *
     * <p>Required. CloudFormation property {@code SoftLimit}.
     */
    public Ulimit softLimit(int value) {
      return set("SoftLimit", Value.of(value));
    }

    /** Sets {@code SoftLimit} to this value; see {@link #softLimit(int)}. */
    public Ulimit softLimit(Value<Integer> value) {
      return set("SoftLimit", value);
    }
  }

  /** Property type {@code AWS::Batch::JobDefinition.Volumes}. */
  public static final class Volumes extends Struct<Volumes> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.Volumes");

    public Volumes() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code EfsVolumeConfiguration}. */
    public Volumes efsVolumeConfiguration(Value<EfsVolumeConfiguration> value) {
      return set("EfsVolumeConfiguration", value);
    }

    /** CloudFormation property {@code Host}. */
    public Volumes host(Value<Host> value) {
      return set("Host", value);
    }

    /** CloudFormation property {@code Name}. */
    public Volumes name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Volumes name(Value<String> value) {
      return set("Name", value);
    }

    /** CloudFormation property {@code S3FilesVolumeConfiguration}. */
    public Volumes s3FilesVolumeConfiguration(Value<S3FilesVolumeConfiguration> value) {
      return set("S3FilesVolumeConfiguration", value);
    }
  }

  /** Property type {@code AWS::Batch::JobDefinition.VolumesHost}. */
  public static final class VolumesHost extends Struct<VolumesHost> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::JobDefinition.VolumesHost");

    public VolumesHost() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code SourcePath}. */
    public VolumesHost sourcePath(String value) {
      return set("SourcePath", Value.of(value));
    }

    /** Sets {@code SourcePath} to this value; see {@link #sourcePath(String)}. */
    public VolumesHost sourcePath(Value<String> value) {
      return set("SourcePath", value);
    }
  }
}
