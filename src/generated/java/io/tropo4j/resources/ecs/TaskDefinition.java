// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.efs.AccessPoint;
import io.tropo4j.resources.efs.FileSystem;
import io.tropo4j.resources.iam.Role;
import java.util.List;
import java.util.Map;

/**
 * Registers a new task definition from the supplied <code>family</code> and
 * <code>containerDefinitions</code> . Optionally, you can add data volumes to your containers with
 * the <code>volumes</code> parameter. For more information about task definition parameters and
 * defaults, see <a
 * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_defintions.html">Amazon
 * ECS Task Definitions</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
 *
 * <p>You can specify a role for your task with the <code>taskRoleArn</code> parameter. When you
 * specify a role for a task, its containers can then use the latest versions of the AWS CLI or SDKs
 * to make API requests to the AWS services that are specified in the policy that's associated with
 * the role. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html">IAM Roles
 * for Tasks</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
 *
 * <p>You can specify a Docker networking mode for the containers in your task definition with the
 * <code>networkMode</code> parameter. If you specify the <code>awsvpc</code> network mode, the task
 * is allocated an elastic network interface, and you must specify a <a
 * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_NetworkConfiguration.html">NetworkConfiguration</a>
 * when you create a service or run a task with the task definition. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html">Task
 * Networking</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ECS::TaskDefinition}.
 */
public final class TaskDefinition extends Resource<TaskDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition")
      .constrain("ExecutionRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .references("ExecutionRoleArn", "AWS::IAM::Role.Arn")
      .allowed("IpcMode", "host", "none", "task")
      .allowed("NetworkMode", "awsvpc", "bridge", "host", "none")
      .allowed("PidMode", "host", "task")
      .allowed("RequiresCompatibilities", "EC2", "EXTERNAL", "FARGATE", "MANAGED_INSTANCES")
      .constrain("TaskRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .references("TaskRoleArn", "AWS::IAM::Role.Arn")
      .refYields("TaskDefinitionArn")
      .attributes("TaskDefinitionArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TaskDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of container definitions in JSON format that describe the different containers that make
   * up your task. For more information about container definition parameters and defaults, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_defintions.html">Amazon
   * ECS Task Definitions</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ContainerDefinitions}.
   */
  public TaskDefinition containerDefinitions(List<ContainerDefinition> value) {
    return set("ContainerDefinitions", Value.listOf(value));
  }

  /** Sets {@code ContainerDefinitions} to this value; see {@link #containerDefinitions(List)}. */
  public TaskDefinition containerDefinitions(Value<List<ContainerDefinition>> value) {
    return set("ContainerDefinitions", value);
  }

  /**
   * Sets {@code ContainerDefinitions} to a list of these; see {@link #containerDefinitions(List)}.
   */
  public TaskDefinition containerDefinitions(ContainerDefinition... values) {
    return set("ContainerDefinitions", Value.list(values));
  }

  /**
   * The number of <code>cpu</code> units used by the task. If you use the EC2 launch type, this
   * field is optional. Any value can be used. If you use the Fargate launch type, this field is
   * required. You must use one of the following values. The value that you choose determines your
   * range of valid values for the <code>memory</code> parameter.
   *
   * <p>If you're using the EC2 launch type or the external launch type, this field is optional.
   * Supported values are between <code>128</code> CPU units ( <code>0.125</code> vCPUs) and
   * <code>196608</code> CPU units ( <code>192</code> vCPUs).
   *
   * <p>This field is required for Fargate. For information about the valid values, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_size">Task
   * size</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Cpu}.
   */
  public TaskDefinition cpu(String value) {
    return set("Cpu", Value.of(value));
  }

  /** Sets {@code Cpu} to this value; see {@link #cpu(String)}. */
  public TaskDefinition cpu(Value<String> value) {
    return set("Cpu", value);
  }

  /**
   * Enables fault injection and allows for fault injection requests to be accepted from the task's
   * containers. The default value is <code>false</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EnableFaultInjection}.
   */
  public TaskDefinition enableFaultInjection(boolean value) {
    return set("EnableFaultInjection", Value.of(value));
  }

  /**
   * Sets {@code EnableFaultInjection} to this value; see {@link #enableFaultInjection(boolean)}.
   */
  public TaskDefinition enableFaultInjection(Value<Boolean> value) {
    return set("EnableFaultInjection", value);
  }

  /**
   * The ephemeral storage settings to use for tasks run with the task definition.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EphemeralStorage}.
   */
  public TaskDefinition ephemeralStorage(Value<EphemeralStorage> value) {
    return set("EphemeralStorage", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container
   * agent permission to make AWS API calls on your behalf. For informationabout the required IAM
   * roles for Amazon ECS, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-ecs-iam-role-overview.html">IAM
   * roles for Amazon ECS</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code ExecutionRoleArn}.
   */
  public TaskDefinition executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public TaskDefinition executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * Sets {@code ExecutionRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #executionRoleArn(String)}.
   */
  public TaskDefinition executionRoleArn(Role resource) {
    return set("ExecutionRoleArn", resource.arn());
  }

  /**
   * The name of a family that this task definition is registered to. Up to 255 letters (uppercase
   * and lowercase), numbers, hyphens, and underscores are allowed.
   *
   * <p>A family groups multiple versions of a task definition. Amazon ECS gives the first task
   * definition that you registered to a family a revision number of 1. Amazon ECS gives sequential
   * revision numbers to each task definition that you add.
   *
   * <p>To use revision numbers when you update a task definition, specify this property. If you
   * don't specify a value, AWS CloudFormation generates a new task definition each time that you
   * update it.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Family}.
   */
  public TaskDefinition family(String value) {
    return set("Family", Value.of(value));
  }

  /** Sets {@code Family} to this value; see {@link #family(String)}. */
  public TaskDefinition family(Value<String> value) {
    return set("Family", value);
  }

  /**
   * Changing it replaces the resource. CloudFormation property {@code InferenceAccelerators}.
   *
   * @deprecated The specification marks {@code InferenceAccelerators} deprecated.
   */
  @Deprecated
  public TaskDefinition inferenceAccelerators(List<InferenceAccelerator> value) {
    return set("InferenceAccelerators", Value.listOf(value));
  }

  /**
   * Sets {@code InferenceAccelerators} to this value; see {@link #inferenceAccelerators(List)}.
   *
   * @deprecated The specification marks {@code InferenceAccelerators} deprecated.
   */
  @Deprecated
  public TaskDefinition inferenceAccelerators(Value<List<InferenceAccelerator>> value) {
    return set("InferenceAccelerators", value);
  }

  /**
   * Sets {@code InferenceAccelerators} to a list of these; see {@link
   * #inferenceAccelerators(List)}.
   *
   * @deprecated The specification marks {@code InferenceAccelerators} deprecated.
   */
  @Deprecated
  public TaskDefinition inferenceAccelerators(InferenceAccelerator... values) {
    return set("InferenceAccelerators", Value.list(values));
  }

  /**
   * The IPC resource namespace to use for the containers in the task. The valid values are
   * <code>host</code> , <code>task</code> , or <code>none</code> . If <code>host</code> is
   * specified, then all containers within the tasks that specified the <code>host</code> IPC mode
   * on the same container instance share the same IPC resources with the host Amazon EC2 instance.
   * If <code>task</code> is specified, all containers within the specified task share the same IPC
   * resources. If <code>none</code> is specified, then IPC resources within the containers of a
   * task are private and not shared with other containers in a task or on the container instance.
   * If no value is specified, then the IPC resource namespace sharing depends on the Docker daemon
   * setting on the container instance.
   *
   * <p>If the <code>host</code> IPC mode is used, be aware that there is a heightened risk of
   * undesired IPC namespace expose.
   *
   * <p>If you are setting namespaced kernel parameters using <code>systemControls</code> for the
   * containers in the task, the following will apply to your IPC resource namespace. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html">System
   * Controls</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <ul> <li>For tasks that use the <code>host</code> IPC mode, IPC namespace related
   * <code>systemControls</code> are not supported. <li>For tasks that use the <code>task</code> IPC
   * mode, IPC namespace related <code>systemControls</code> will apply to all containers within a
   * task. </ul>
   *
   * <p>This parameter is not supported for Windows containers or tasks run on AWS Fargate .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code host}, {@code none}, {@code task}.
   * CloudFormation property {@code IpcMode}.
   */
  public TaskDefinition ipcMode(String value) {
    return set("IpcMode", Value.of(value));
  }

  /** Sets {@code IpcMode} to this value; see {@link #ipcMode(String)}. */
  public TaskDefinition ipcMode(Value<String> value) {
    return set("IpcMode", value);
  }

  /**
   * The amount (in MiB) of memory used by the task.
   *
   * <p>If your tasks runs on Amazon EC2 instances, you must specify either a task-level memory
   * value or a container-level memory value. This field is optional and any value can be used. If a
   * task-level memory value is specified, the container-level memory value is optional. For more
   * information regarding container-level memory and memory reservation, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html">ContainerDefinition</a>
   * .
   *
   * <p>If your tasks runs on AWS Fargate , this field is required. You must use one of the
   * following values. The value you choose determines your range of valid values for the
   * <code>cpu</code> parameter.
   *
   * <ul> <li>512 (0.5 GB), 1024 (1 GB), 2048 (2 GB) - Available <code>cpu</code> values: 256 (.25
   * vCPU) <li>1024 (1 GB), 2048 (2 GB), 3072 (3 GB), 4096 (4 GB) - Available <code>cpu</code>
   * values: 512 (.5 vCPU) <li>2048 (2 GB), 3072 (3 GB), 4096 (4 GB), 5120 (5 GB), 6144 (6 GB), 7168
   * (7 GB), 8192 (8 GB) - Available <code>cpu</code> values: 1024 (1 vCPU) <li>Between 4096 (4 GB)
   * and 16384 (16 GB) in increments of 1024 (1 GB) - Available <code>cpu</code> values: 2048 (2
   * vCPU) <li>Between 8192 (8 GB) and 30720 (30 GB) in increments of 1024 (1 GB) - Available
   * <code>cpu</code> values: 4096 (4 vCPU) <li>Between 16 GB and 60 GB in 4 GB increments -
   * Available <code>cpu</code> values: 8192 (8 vCPU) </ul>
   *
   * <p>This option requires Linux platform <code>1.4.0</code> or later.
   *
   * <ul> <li>Between 32GB and 120 GB in 8 GB increments - Available <code>cpu</code> values: 16384
   * (16 vCPU) </ul>
   *
   * <p>This option requires Linux platform <code>1.4.0</code> or later.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Memory}.
   */
  public TaskDefinition memory(String value) {
    return set("Memory", Value.of(value));
  }

  /** Sets {@code Memory} to this value; see {@link #memory(String)}. */
  public TaskDefinition memory(Value<String> value) {
    return set("Memory", value);
  }

  /**
   * The Docker networking mode to use for the containers in the task. The valid values are
   * <code>none</code> , <code>bridge</code> , <code>awsvpc</code> , and <code>host</code> . If no
   * network mode is specified, the default is <code>bridge</code> .
   *
   * <p>For Amazon ECS tasks on Fargate, the <code>awsvpc</code> network mode is required. For
   * Amazon ECS tasks on Amazon EC2 Linux instances, any network mode can be used. For Amazon ECS
   * tasks on Amazon EC2 Windows instances, <code>&lt;default&gt;</code> or <code>awsvpc</code> can
   * be used. If the network mode is set to <code>none</code> , you cannot specify port mappings in
   * your container definitions, and the tasks containers do not have external connectivity. The
   * <code>host</code> and <code>awsvpc</code> network modes offer the highest networking
   * performance for containers because they use the EC2 network stack instead of the virtualized
   * network stack provided by the <code>bridge</code> mode.
   *
   * <p>With the <code>host</code> and <code>awsvpc</code> network modes, exposed container ports
   * are mapped directly to the corresponding host port (for the <code>host</code> network mode) or
   * the attached elastic network interface port (for the <code>awsvpc</code> network mode), so you
   * cannot take advantage of dynamic host port mappings.
   *
   * <p>When using the <code>host</code> network mode, you should not run containers using the root
   * user (UID 0). It is considered best practice to use a non-root user.
   *
   * <p>If the network mode is <code>awsvpc</code> , the task is allocated an elastic network
   * interface, and you must specify a <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_NetworkConfiguration.html">NetworkConfiguration</a>
   * value when you create a service or run a task with the task definition. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html">Task
   * Networking</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>If the network mode is <code>host</code> , you cannot run multiple instantiations of the
   * same task on a single container instance when port mappings are used.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code awsvpc}, {@code bridge}, {@code
   * host}, {@code none}. CloudFormation property {@code NetworkMode}.
   */
  public TaskDefinition networkMode(String value) {
    return set("NetworkMode", Value.of(value));
  }

  /** Sets {@code NetworkMode} to this value; see {@link #networkMode(String)}. */
  public TaskDefinition networkMode(Value<String> value) {
    return set("NetworkMode", value);
  }

  /**
   * The process namespace to use for the containers in the task. The valid values are
   * <code>host</code> or <code>task</code> . On Fargate for Linux containers, the only valid value
   * is <code>task</code> . For example, monitoring sidecars might need <code>pidMode</code> to
   * access information about other containers running in the same task.
   *
   * <p>If <code>host</code> is specified, all containers within the tasks that specified the
   * <code>host</code> PID mode on the same container instance share the same process namespace with
   * the host Amazon EC2 instance.
   *
   * <p>If <code>task</code> is specified, all containers within the specified task share the same
   * process namespace.
   *
   * <p>If no value is specified, the The default is a private namespace for each container.
   *
   * <p>If the <code>host</code> PID mode is used, there's a heightened risk of undesired process
   * namespace exposure.
   *
   * <p>This parameter is not supported for Windows containers. &gt; This parameter is only
   * supported for tasks that are hosted on AWS Fargate if the tasks are using platform version
   * <code>1.4.0</code> or later (Linux). This isn't supported for Windows containers on Fargate.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code host}, {@code task}.
   * CloudFormation property {@code PidMode}.
   */
  public TaskDefinition pidMode(String value) {
    return set("PidMode", Value.of(value));
  }

  /** Sets {@code PidMode} to this value; see {@link #pidMode(String)}. */
  public TaskDefinition pidMode(Value<String> value) {
    return set("PidMode", value);
  }

  /**
   * An array of placement constraint objects to use for tasks.
   *
   * <p>This parameter isn't supported for tasks run on AWS Fargate .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PlacementConstraints}.
   */
  public TaskDefinition placementConstraints(List<TaskDefinitionPlacementConstraint> value) {
    return set("PlacementConstraints", Value.listOf(value));
  }

  /** Sets {@code PlacementConstraints} to this value; see {@link #placementConstraints(List)}. */
  public TaskDefinition placementConstraints(Value<List<TaskDefinitionPlacementConstraint>> value) {
    return set("PlacementConstraints", value);
  }

  /**
   * Sets {@code PlacementConstraints} to a list of these; see {@link #placementConstraints(List)}.
   */
  public TaskDefinition placementConstraints(TaskDefinitionPlacementConstraint... values) {
    return set("PlacementConstraints", Value.list(values));
  }

  /**
   * The configuration details for the App Mesh proxy.
   *
   * <p>Your Amazon ECS container instances require at least version 1.26.0 of the container agent
   * and at least version 1.26.0-1 of the <code>ecs-init</code> package to use a proxy
   * configuration. If your container instances are launched from the Amazon ECS optimized AMI
   * version <code>20190301</code> or later, they contain the required versions of the container
   * agent and <code>ecs-init</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html">Amazon
   * ECS-optimized Linux AMI</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ProxyConfiguration}.
   */
  public TaskDefinition proxyConfiguration(Value<ProxyConfiguration> value) {
    return set("ProxyConfiguration", value);
  }

  /**
   * The task launch types the task definition was validated against. The valid values are
   * <code>MANAGED_INSTANCES</code> , <code>EC2</code> , <code>FARGATE</code> , and
   * <code>EXTERNAL</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html">Amazon ECS
   * launch types</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code EC2}, {@code EXTERNAL}, {@code
   * FARGATE}, {@code MANAGED_INSTANCES}. CloudFormation property {@code RequiresCompatibilities}.
   */
  public TaskDefinition requiresCompatibilities(List<String> value) {
    return set("RequiresCompatibilities", Value.listOf(value));
  }

  /**
   * Sets {@code RequiresCompatibilities} to this value; see {@link #requiresCompatibilities(List)}.
   */
  public TaskDefinition requiresCompatibilities(Value<List<String>> value) {
    return set("RequiresCompatibilities", value);
  }

  /**
   * The operating system that your tasks definitions run on.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RuntimePlatform}.
   */
  public TaskDefinition runtimePlatform(Value<RuntimePlatform> value) {
    return set("RuntimePlatform", value);
  }

  /**
   * The metadata that you apply to the task definition to help you categorize and organize them.
   * Each tag consists of a key and an optional value. You define both of them.
   *
   * <p>The following basic restrictions apply to tags:
   *
   * <ul> <li>Maximum number of tags per resource - 50 <li>For each resource, each tag key must be
   * unique, and each tag key can have only one value. <li>Maximum key length - 128 Unicode
   * characters in UTF-8 <li>Maximum value length - 256 Unicode characters in UTF-8 <li>If your
   * tagging schema is used across multiple services and resources, remember that other services may
   * have restrictions on allowed characters. Generally allowed characters are: letters, numbers,
   * and spaces representable in UTF-8, and the following characters: + - = . _ : / &#64;. <li>Tag
   * keys and values are case-sensitive. <li>Do not use <code>aws:</code> , <code>AWS:</code> , or
   * any upper or lowercase combination of such as a prefix for either keys or values as it is
   * reserved for AWS use. You cannot edit or delete tag keys or values with this prefix. Tags with
   * this prefix do not count against your tags per resource limit. </ul>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TaskDefinition tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TaskDefinition tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TaskDefinition tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The short name or full Amazon Resource Name (ARN) of the AWS Identity and Access Management
   * role that grants containers in the task permission to call AWS APIs on your behalf. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html">Amazon
   * ECS Task Role</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>IAM roles for tasks on Windows require that the <code>-EnableTaskIAMRole</code> option is
   * set when you launch the Amazon ECS-optimized Windows AMI. Your containers must also run some
   * configuration code to use the feature. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/windows_task_IAM_roles.html">Windows
   * IAM roles for tasks</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>String validation is done on the ECS side. If an invalid string value is given for
   * <code>TaskRoleArn</code> , it may cause the Cloudformation job to hang.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code TaskRoleArn}.
   */
  public TaskDefinition taskRoleArn(String value) {
    return set("TaskRoleArn", Value.of(value));
  }

  /** Sets {@code TaskRoleArn} to this value; see {@link #taskRoleArn(String)}. */
  public TaskDefinition taskRoleArn(Value<String> value) {
    return set("TaskRoleArn", value);
  }

  /**
   * Sets {@code TaskRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #taskRoleArn(String)}.
   */
  public TaskDefinition taskRoleArn(Role resource) {
    return set("TaskRoleArn", resource.arn());
  }

  /**
   * The list of data volume definitions for the task. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html">Using
   * data volumes in tasks</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>The <code>host</code> and <code>sourcePath</code> parameters aren't supported for tasks run
   * on AWS Fargate .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Volumes}.
   */
  public TaskDefinition volumes(List<Volume> value) {
    return set("Volumes", Value.listOf(value));
  }

  /** Sets {@code Volumes} to this value; see {@link #volumes(List)}. */
  public TaskDefinition volumes(Value<List<Volume>> value) {
    return set("Volumes", value);
  }

  /** Sets {@code Volumes} to a list of these; see {@link #volumes(List)}. */
  public TaskDefinition volumes(Volume... values) {
    return set("Volumes", Value.list(values));
  }

  /**
   * The ARN of the task definition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TaskDefinitionArn}.
   */
  public Value<String> taskDefinitionArn() {
    return getAtt("TaskDefinitionArn");
  }

  /**
   * The authorization configuration details for the Amazon EFS file system.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.AuthorizationConfig}.
   */
  public static final class AuthorizationConfig extends Struct<AuthorizationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.AuthorizationConfig")
        .references("AccessPointId", "AWS::EFS::AccessPoint.Ref")
        .allowed("IAM", "ENABLED", "DISABLED")
        .build();

    public AuthorizationConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon EFS access point ID to use. If an access point is specified, the root directory
     * value specified in the <code>EFSVolumeConfiguration</code> must either be omitted or set to
     * <code>/</code> which will enforce the path set on the EFS access point. If an access point is
     * used, transit encryption must be on in the <code>EFSVolumeConfiguration</code> . For more
     * information, see <a
     * href="https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html">Working with Amazon
     * EFS access points</a> in the <em>Amazon Elastic File System User Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AccessPointId}.
     */
    public AuthorizationConfig accessPointId(String value) {
      return set("AccessPointId", Value.of(value));
    }

    /** Sets {@code AccessPointId} to this value; see {@link #accessPointId(String)}. */
    public AuthorizationConfig accessPointId(Value<String> value) {
      return set("AccessPointId", value);
    }

    /**
     * Sets {@code AccessPointId} to the Ref of {@code AWS::EFS::AccessPoint}; see {@link
     * #accessPointId(String)}.
     */
    public AuthorizationConfig accessPointId(AccessPoint resource) {
      return set("AccessPointId", resource.ref());
    }

    /**
     * Determines whether to use the Amazon ECS task role defined in a task definition when mounting
     * the Amazon EFS file system. If it is turned on, transit encryption must be turned on in the
     * <code>EFSVolumeConfiguration</code> . If this parameter is omitted, the default value of
     * <code>DISABLED</code> is used. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html#efs-volume-accesspoints">Using
     * Amazon EFS access points</a> in the <em>Amazon Elastic Container Service Developer Guide</em>
     * .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ENABLED}, {@code DISABLED}.
     * CloudFormation property {@code IAM}.
     */
    public AuthorizationConfig iam(String value) {
      return set("IAM", Value.of(value));
    }

    /** Sets {@code IAM} to this value; see {@link #iam(String)}. */
    public AuthorizationConfig iam(Value<String> value) {
      return set("IAM", value);
    }
  }

  /**
   * The <code>ContainerDefinition</code> property specifies a container definition. Container
   * definitions are used in task definitions to describe the different containers that are launched
   * as part of a task.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.ContainerDefinition}.
   */
  public static final class ContainerDefinition extends Struct<ContainerDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.ContainerDefinition")
        .required("Image", "Name")
        .allowed("VersionConsistency", "enabled", "disabled")
        .build();

    public ContainerDefinition() {
      super(SCHEMA);
    }

    /**
     * The command that's passed to the container. This parameter maps to <code>Cmd</code> in the
     * docker container create command and the <code>COMMAND</code> parameter to docker run. If
     * there are multiple arguments, each argument is a separated string in the array.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Command}.
     */
    public ContainerDefinition command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public ContainerDefinition command(Value<List<String>> value) {
      return set("Command", value);
    }

    /**
     * The number of <code>cpu</code> units reserved for the container. This parameter maps to
     * <code>CpuShares</code> in the docker container create command and the
     * <code>--cpu-shares</code> option to docker run.
     *
     * <p>This field is optional for tasks using the Fargate launch type, and the only requirement
     * is that the total amount of CPU reserved for all containers within a task be lower than the
     * task-level <code>cpu</code> value.
     *
     * <p>You can determine the number of CPU units that are available per EC2 instance type by
     * multiplying the vCPUs listed for that instance type on the <a
     * href="https://docs.aws.amazon.com/ec2/instance-types/">Amazon EC2 Instances</a> detail page
     * by 1,024.
     *
     * <p>Linux containers share unallocated CPU units with other containers on the container
     * instance with the same ratio as their allocated amount. For example, if you run a
     * single-container task on a single-core instance type with 512 CPU units specified for that
     * container, and that's the only task running on the container instance, that container could
     * use the full 1,024 CPU unit share at any given time. However, if you launched another copy of
     * the same task on that container instance, each task is guaranteed a minimum of 512 CPU units
     * when needed. Moreover, each container could float to higher CPU usage if the other container
     * was not using it. If both tasks were 100% active all of the time, they would be limited to
     * 512 CPU units.
     *
     * <p>On Linux container instances, the Docker daemon on the container instance uses the CPU
     * value to calculate the relative CPU share ratios for running containers. The minimum valid
     * CPU share value that the Linux kernel allows is 2, and the maximum valid CPU share value that
     * the Linux kernel allows is 262144. However, the CPU parameter isn't required, and you can use
     * CPU values below 2 or above 262144 in your container definitions. For CPU values below 2
     * (including null) or above 262144, the behavior varies based on your Amazon ECS container
     * agent version:
     *
     * <ul> <li><em>Agent versions less than or equal to 1.1.0:</em> Null and zero CPU values are
     * passed to Docker as 0, which Docker then converts to 1,024 CPU shares. CPU values of 1 are
     * passed to Docker as 1, which the Linux kernel converts to two CPU shares. <li><em>Agent
     * versions greater than or equal to 1.2.0:</em> Null, zero, and CPU values of 1 are passed to
     * Docker as 2. <li><em>Agent versions greater than or equal to 1.84.0:</em> CPU values greater
     * than 256 vCPU are passed to Docker as 256, which is equivalent to 262144 CPU shares. </ul>
     *
     * <p>On Windows container instances, the CPU limit is enforced as an absolute limit, or a
     * quota. Windows containers only have access to the specified amount of CPU that's described in
     * the task definition. A null or zero CPU value is passed to Docker as <code>0</code> , which
     * Windows interprets as 1% of one CPU.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Cpu}.
     */
    public ContainerDefinition cpu(int value) {
      return set("Cpu", Value.of(value));
    }

    /** Sets {@code Cpu} to this value; see {@link #cpu(int)}. */
    public ContainerDefinition cpu(Value<Integer> value) {
      return set("Cpu", value);
    }

    /**
     * A list of ARNs in SSM or Amazon S3 to a credential spec ( <code>CredSpec</code> ) file that
     * configures the container for Active Directory authentication. We recommend that you use this
     * parameter instead of the <code>dockerSecurityOptions</code> . The maximum number of ARNs is
     * 1.
     *
     * <p>There are two formats for each ARN.
     *
     * <ul> <li><b>credentialspecdomainless:MyARN</b> - You use
     * <code>credentialspecdomainless:MyARN</code> to provide a <code>CredSpec</code> with an
     * additional section for a secret in AWS Secrets Manager . You provide the login credentials to
     * the domain in the secret. </ul>
     *
     * <p>Each task that runs on any container instance can join different domains.
     *
     * <p>You can use this format without joining the container instance to a domain.
     *
     * <ul> <li><b>credentialspec:MyARN</b> - You use <code>credentialspec:MyARN</code> to provide a
     * <code>CredSpec</code> for a single domain. </ul>
     *
     * <p>You must join the container instance to the domain before you start any tasks that use
     * this task definition.
     *
     * <p>In both formats, replace <code>MyARN</code> with the ARN in SSM or Amazon S3.
     *
     * <p>If you provide a <code>credentialspecdomainless:MyARN</code> , the <code>credspec</code>
     * must provide a ARN in AWS Secrets Manager for a secret containing the username, password, and
     * the domain to connect to. For better security, the instance isn't joined to the domain for
     * domainless authentication. Other applications on the instance can't use the domainless
     * credentials. You can use this parameter to run tasks on the same instance, even it the tasks
     * need to join different domains. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/windows-gmsa.html">Using
     * gMSAs for Windows Containers</a> and <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/linux-gmsa.html">Using
     * gMSAs for Linux Containers</a> .
     *
     * <p>CloudFormation property {@code CredentialSpecs}.
     */
    public ContainerDefinition credentialSpecs(List<String> value) {
      return set("CredentialSpecs", Value.listOf(value));
    }

    /** Sets {@code CredentialSpecs} to this value; see {@link #credentialSpecs(List)}. */
    public ContainerDefinition credentialSpecs(Value<List<String>> value) {
      return set("CredentialSpecs", value);
    }

    /**
     * The dependencies defined for container startup and shutdown. A container can contain multiple
     * dependencies. When a dependency is defined for container startup, for container shutdown it
     * is reversed.
     *
     * <p>For tasks using the EC2 launch type, the container instances require at least version
     * 1.26.0 of the container agent to turn on container dependencies. However, we recommend using
     * the latest container agent version. For information about checking your agent version and
     * updating to the latest version, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-update.html">Updating
     * the Amazon ECS Container Agent</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> . If you're using an Amazon ECS-optimized Linux AMI, your instance needs at least
     * version 1.26.0-1 of the <code>ecs-init</code> package. If your container instances are
     * launched from version <code>20190301</code> or later, then they contain the required versions
     * of the container agent and <code>ecs-init</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html">Amazon
     * ECS-optimized Linux AMI</a> in the <em>Amazon Elastic Container Service Developer Guide</em>
     * .
     *
     * <p>For tasks using the Fargate launch type, the task or service requires the following
     * platforms:
     *
     * <ul> <li>Linux platform version <code>1.3.0</code> or later. <li>Windows platform version
     * <code>1.0.0</code> or later. </ul>
     *
     * <p>If the task definition is used in a blue/green deployment that uses <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codedeploy-deploymentgroup-bluegreendeploymentconfiguration.html">AWS::CodeDeploy::DeploymentGroup
     * BlueGreenDeploymentConfiguration</a> , the <code>dependsOn</code> parameter is not supported.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DependsOn}.
     */
    public ContainerDefinition dependsOn(List<ContainerDependency> value) {
      return set("DependsOn", Value.listOf(value));
    }

    /** Sets {@code DependsOn} to this value; see {@link #dependsOn(List)}. */
    public ContainerDefinition dependsOn(Value<List<ContainerDependency>> value) {
      return set("DependsOn", value);
    }

    /** Sets {@code DependsOn} to a list of these; see {@link #dependsOn(List)}. */
    public ContainerDefinition dependsOn(ContainerDependency... values) {
      return set("DependsOn", Value.list(values));
    }

    /**
     * When this parameter is true, networking is off within the container. This parameter maps to
     * <code>NetworkDisabled</code> in the docker container create command.
     *
     * <p>This parameter is not supported for Windows containers.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DisableNetworking}.
     */
    public ContainerDefinition disableNetworking(boolean value) {
      return set("DisableNetworking", Value.of(value));
    }

    /** Sets {@code DisableNetworking} to this value; see {@link #disableNetworking(boolean)}. */
    public ContainerDefinition disableNetworking(Value<Boolean> value) {
      return set("DisableNetworking", value);
    }

    /**
     * A list of DNS search domains that are presented to the container. This parameter maps to
     * <code>DnsSearch</code> in the docker container create command and the
     * <code>--dns-search</code> option to docker run.
     *
     * <p>This parameter is not supported for Windows containers.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DnsSearchDomains}.
     */
    public ContainerDefinition dnsSearchDomains(List<String> value) {
      return set("DnsSearchDomains", Value.listOf(value));
    }

    /** Sets {@code DnsSearchDomains} to this value; see {@link #dnsSearchDomains(List)}. */
    public ContainerDefinition dnsSearchDomains(Value<List<String>> value) {
      return set("DnsSearchDomains", value);
    }

    /**
     * A list of DNS servers that are presented to the container. This parameter maps to
     * <code>Dns</code> in the docker container create command and the <code>--dns</code> option to
     * docker run.
     *
     * <p>This parameter is not supported for Windows containers.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DnsServers}.
     */
    public ContainerDefinition dnsServers(List<String> value) {
      return set("DnsServers", Value.listOf(value));
    }

    /** Sets {@code DnsServers} to this value; see {@link #dnsServers(List)}. */
    public ContainerDefinition dnsServers(Value<List<String>> value) {
      return set("DnsServers", value);
    }

    /**
     * A key/value map of labels to add to the container. This parameter maps to <code>Labels</code>
     * in the docker container create command and the <code>--label</code> option to docker run.
     * This parameter requires version 1.18 of the Docker Remote API or greater on your container
     * instance. To check the Docker Remote API version on your container instance, log in to your
     * container instance and run the following command: <code>sudo docker version --format
     * '{{.Server.APIVersion}}'</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DockerLabels}.
     */
    public ContainerDefinition dockerLabels(Map<String, String> value) {
      return set("DockerLabels", Value.mapOf(value));
    }

    /** Sets {@code DockerLabels} to this value; see {@link #dockerLabels(Map)}. */
    public ContainerDefinition dockerLabels(Value<Map<String, String>> value) {
      return set("DockerLabels", value);
    }

    /**
     * A list of strings to provide custom configuration for multiple security systems. This field
     * isn't valid for containers in tasks using the Fargate launch type.
     *
     * <p>For Linux tasks on EC2, this parameter can be used to reference custom labels for SELinux
     * and AppArmor multi-level security systems.
     *
     * <p>For any tasks on EC2, this parameter can be used to reference a credential spec file that
     * configures a container for Active Directory authentication. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/windows-gmsa.html">Using
     * gMSAs for Windows Containers</a> and <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/linux-gmsa.html">Using
     * gMSAs for Linux Containers</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> .
     *
     * <p>This parameter maps to <code>SecurityOpt</code> in the docker container create command and
     * the <code>--security-opt</code> option to docker run.
     *
     * <p>The Amazon ECS container agent running on a container instance must register with the
     * <code>ECS_SELINUX_CAPABLE=true</code> or <code>ECS_APPARMOR_CAPABLE=true</code> environment
     * variables before containers placed on that instance can use these security options. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html">Amazon
     * ECS Container Agent Configuration</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> .
     *
     * <p>Valid values: "no-new-privileges" | "apparmor:PROFILE" | "label:value" |
     * "credentialspec:CredentialSpecFilePath"
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DockerSecurityOptions}.
     */
    public ContainerDefinition dockerSecurityOptions(List<String> value) {
      return set("DockerSecurityOptions", Value.listOf(value));
    }

    /**
     * Sets {@code DockerSecurityOptions} to this value; see {@link #dockerSecurityOptions(List)}.
     */
    public ContainerDefinition dockerSecurityOptions(Value<List<String>> value) {
      return set("DockerSecurityOptions", value);
    }

    /**
     * Early versions of the Amazon ECS container agent don't properly handle
     * <code>entryPoint</code> parameters. If you have problems using <code>entryPoint</code> ,
     * update your container agent or enter your commands and arguments as <code>command</code>
     * array items instead.
     *
     * <p>The entry point that's passed to the container. This parameter maps to
     * <code>Entrypoint</code> in the docker container create command and the
     * <code>--entrypoint</code> option to docker run.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EntryPoint}.
     */
    public ContainerDefinition entryPoint(List<String> value) {
      return set("EntryPoint", Value.listOf(value));
    }

    /** Sets {@code EntryPoint} to this value; see {@link #entryPoint(List)}. */
    public ContainerDefinition entryPoint(Value<List<String>> value) {
      return set("EntryPoint", value);
    }

    /**
     * The environment variables to pass to a container. This parameter maps to <code>Env</code> in
     * the docker container create command and the <code>--env</code> option to docker run.
     *
     * <p>We don't recommend that you use plaintext environment variables for sensitive information,
     * such as credential data.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Environment}.
     */
    public ContainerDefinition environment(List<KeyValuePair> value) {
      return set("Environment", Value.listOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(List)}. */
    public ContainerDefinition environment(Value<List<KeyValuePair>> value) {
      return set("Environment", value);
    }

    /** Sets {@code Environment} to a list of these; see {@link #environment(List)}. */
    public ContainerDefinition environment(KeyValuePair... values) {
      return set("Environment", Value.list(values));
    }

    /**
     * A list of files containing the environment variables to pass to a container. This parameter
     * maps to the <code>--env-file</code> option to docker run.
     *
     * <p>You can specify up to ten environment files. The file must have a <code>.env</code> file
     * extension. Each line in an environment file contains an environment variable in
     * <code>VARIABLE=VALUE</code> format. Lines beginning with <code>#</code> are treated as
     * comments and are ignored.
     *
     * <p>If there are environment variables specified using the <code>environment</code> parameter
     * in a container definition, they take precedence over the variables contained within an
     * environment file. If multiple environment files are specified that contain the same variable,
     * they're processed from the top down. We recommend that you use unique variable names. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/taskdef-envfiles.html">Specifying
     * Environment Variables</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EnvironmentFiles}.
     */
    public ContainerDefinition environmentFiles(List<EnvironmentFile> value) {
      return set("EnvironmentFiles", Value.listOf(value));
    }

    /** Sets {@code EnvironmentFiles} to this value; see {@link #environmentFiles(List)}. */
    public ContainerDefinition environmentFiles(Value<List<EnvironmentFile>> value) {
      return set("EnvironmentFiles", value);
    }

    /** Sets {@code EnvironmentFiles} to a list of these; see {@link #environmentFiles(List)}. */
    public ContainerDefinition environmentFiles(EnvironmentFile... values) {
      return set("EnvironmentFiles", Value.list(values));
    }

    /**
     * If the <code>essential</code> parameter of a container is marked as <code>true</code> , and
     * that container fails or stops for any reason, all other containers that are part of the task
     * are stopped. If the <code>essential</code> parameter of a container is marked as
     * <code>false</code> , its failure doesn't affect the rest of the containers in a task. If this
     * parameter is omitted, a container is assumed to be essential.
     *
     * <p>All tasks must have at least one essential container. If you have an application that's
     * composed of multiple containers, group containers that are used for a common purpose into
     * components, and separate the different components into multiple task definitions. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/application_architecture.html">Application
     * Architecture</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Essential}.
     */
    public ContainerDefinition essential(boolean value) {
      return set("Essential", Value.of(value));
    }

    /** Sets {@code Essential} to this value; see {@link #essential(boolean)}. */
    public ContainerDefinition essential(Value<Boolean> value) {
      return set("Essential", value);
    }

    /**
     * A list of hostnames and IP address mappings to append to the <code>/etc/hosts</code> file on
     * the container. This parameter maps to <code>ExtraHosts</code> in the docker container create
     * command and the <code>--add-host</code> option to docker run.
     *
     * <p>This parameter isn't supported for Windows containers or tasks that use the
     * <code>awsvpc</code> network mode.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ExtraHosts}.
     */
    public ContainerDefinition extraHosts(List<HostEntry> value) {
      return set("ExtraHosts", Value.listOf(value));
    }

    /** Sets {@code ExtraHosts} to this value; see {@link #extraHosts(List)}. */
    public ContainerDefinition extraHosts(Value<List<HostEntry>> value) {
      return set("ExtraHosts", value);
    }

    /** Sets {@code ExtraHosts} to a list of these; see {@link #extraHosts(List)}. */
    public ContainerDefinition extraHosts(HostEntry... values) {
      return set("ExtraHosts", Value.list(values));
    }

    /**
     * The FireLens configuration for the container. This is used to specify and configure a log
     * router for container logs. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html">Custom
     * Log Routing</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code FirelensConfiguration}.
     */
    public ContainerDefinition firelensConfiguration(Value<FirelensConfiguration> value) {
      return set("FirelensConfiguration", value);
    }

    /**
     * The container health check command and associated configuration parameters for the container.
     * This parameter maps to <code>HealthCheck</code> in the docker container create command and
     * the <code>HEALTHCHECK</code> parameter of docker run.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code HealthCheck}.
     */
    public ContainerDefinition healthCheck(Value<HealthCheck> value) {
      return set("HealthCheck", value);
    }

    /**
     * The hostname to use for your container. This parameter maps to <code>Hostname</code> in the
     * docker container create command and the <code>--hostname</code> option to docker run.
     *
     * <p>The <code>hostname</code> parameter is not supported if you're using the
     * <code>awsvpc</code> network mode.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Hostname}.
     */
    public ContainerDefinition hostname(String value) {
      return set("Hostname", Value.of(value));
    }

    /** Sets {@code Hostname} to this value; see {@link #hostname(String)}. */
    public ContainerDefinition hostname(Value<String> value) {
      return set("Hostname", value);
    }

    /**
     * The image used to start a container. This string is passed directly to the Docker daemon. By
     * default, images in the Docker Hub registry are available. Other repositories are specified
     * with either <code><em>repository-url</em> / <em>image</em> : <em>tag</em></code> or
     * <code><em>repository-url</em> / <em>image</em> &#64; <em>digest</em></code> . For images
     * using tags (repository-url/image:tag), up to 255 characters total are allowed, including
     * letters (uppercase and lowercase), numbers, hyphens, underscores, colons, periods, forward
     * slashes, and number signs (#). For images using digests (repository-url/image&#64;digest),
     * the 255 character limit applies only to the repository URL and image name (everything before
     * the &#64; sign). The only supported hash function is sha256, and the hash value after sha256:
     * must be exactly 64 characters (only letters A-F, a-f, and numbers 0-9 are allowed). This
     * parameter maps to <code>Image</code> in the docker container create command and the
     * <code>IMAGE</code> parameter of docker run.
     *
     * <ul> <li>When a new task starts, the Amazon ECS container agent pulls the latest version of
     * the specified image and tag for the container to use. However, subsequent updates to a
     * repository image aren't propagated to already running tasks. <li>Images in Amazon ECR
     * repositories can be specified by either using the full <code>registry/repository:tag</code>
     * or <code>registry/repository&#64;digest</code> . For example,
     * <code>012345678910.dkr.ecr.&lt;region-name&gt;.amazonaws.com/&lt;repository-name&gt;:latest</code>
     * or
     * <code>012345678910.dkr.ecr.&lt;region-name&gt;.amazonaws.com/&lt;repository-name&gt;&#64;sha256:94afd1f2e64d908bc90dbca0035a5b567EXAMPLE</code>
     * . <li>Images in official repositories on Docker Hub use a single name (for example,
     * <code>ubuntu</code> or <code>mongo</code> ). <li>Images in other repositories on Docker Hub
     * are qualified with an organization name (for example, <code>amazon/amazon-ecs-agent</code> ).
     * <li>Images in other online repositories are qualified further by a domain name (for example,
     * <code>quay.io/assemblyline/ubuntu</code> ). </ul>
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Image}.
     */
    public ContainerDefinition image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public ContainerDefinition image(Value<String> value) {
      return set("Image", value);
    }

    /**
     * When this parameter is <code>true</code> , you can deploy containerized applications that
     * require <code>stdin</code> or a <code>tty</code> to be allocated. This parameter maps to
     * <code>OpenStdin</code> in the docker container create command and the
     * <code>--interactive</code> option to docker run.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Interactive}.
     */
    public ContainerDefinition interactive(boolean value) {
      return set("Interactive", Value.of(value));
    }

    /** Sets {@code Interactive} to this value; see {@link #interactive(boolean)}. */
    public ContainerDefinition interactive(Value<Boolean> value) {
      return set("Interactive", value);
    }

    /**
     * The <code>links</code> parameter allows containers to communicate with each other without the
     * need for port mappings. This parameter is only supported if the network mode of a task
     * definition is <code>bridge</code> . The <code>name:internalName</code> construct is analogous
     * to <code>name:alias</code> in Docker links. Up to 255 letters (uppercase and lowercase),
     * numbers, underscores, and hyphens are allowed.. This parameter maps to <code>Links</code> in
     * the docker container create command and the <code>--link</code> option to docker run.
     *
     * <p>This parameter is not supported for Windows containers. &gt; Containers that are
     * collocated on a single container instance may be able to communicate with each other without
     * requiring links or host port mappings. Network isolation is achieved on the container
     * instance using security groups and VPC settings.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Links}.
     */
    public ContainerDefinition links(List<String> value) {
      return set("Links", Value.listOf(value));
    }

    /** Sets {@code Links} to this value; see {@link #links(List)}. */
    public ContainerDefinition links(Value<List<String>> value) {
      return set("Links", value);
    }

    /**
     * Linux-specific modifications that are applied to the container, such as Linux kernel
     * capabilities. For more information see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html">KernelCapabilities</a>
     * .
     *
     * <p>This parameter is not supported for Windows containers.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code LinuxParameters}.
     */
    public ContainerDefinition linuxParameters(Value<LinuxParameters> value) {
      return set("LinuxParameters", value);
    }

    /**
     * The log configuration specification for the container.
     *
     * <p>This parameter maps to <code>LogConfig</code> in the docker Create a container command and
     * the <code>--log-driver</code> option to docker run. By default, containers use the same
     * logging driver that the Docker daemon uses. However, the container may use a different
     * logging driver than the Docker daemon by specifying a log driver with this parameter in the
     * container definition. To use a different logging driver for a container, the log system must
     * be configured properly on the container instance (or on a different log server for remote
     * logging options). For more information on the options for different supported log drivers,
     * see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/admin/logging/overview/">Configure
     * logging drivers</a> in the Docker documentation.
     *
     * <p>Amazon ECS currently supports a subset of the logging drivers available to the Docker
     * daemon (shown in the <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html">LogConfiguration</a>
     * data type). Additional log drivers may be available in future releases of the Amazon ECS
     * container agent.
     *
     * <p>This parameter requires version 1.18 of the Docker Remote API or greater on your container
     * instance. To check the Docker Remote API version on your container instance, log in to your
     * container instance and run the following command: <code>sudo docker version --format
     * '{{.Server.APIVersion}}'</code>
     *
     * <p>The Amazon ECS container agent running on a container instance must register the logging
     * drivers available on that instance with the <code>ECS_AVAILABLE_LOGGING_DRIVERS</code>
     * environment variable before containers placed on that instance can use these log
     * configuration options. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html">Amazon
     * ECS Container Agent Configuration</a> in the <em>ECSlong Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code LogConfiguration}.
     */
    public ContainerDefinition logConfiguration(Value<LogConfiguration> value) {
      return set("LogConfiguration", value);
    }

    /**
     * The amount (in MiB) of memory to present to the container. If your container attempts to
     * exceed the memory specified here, the container is killed. The total amount of memory
     * reserved for all containers within a task must be lower than the task <code>memory</code>
     * value, if one is specified. This parameter maps to <code>Memory</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/#operation/ContainerCreate">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/">Docker Remote
     * API</a> and the <code>--memory</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/#security-configuration">docker
     * run</a> .
     *
     * <p>If using the Fargate launch type, this parameter is optional.
     *
     * <p>If using the EC2 launch type, you must specify either a task-level memory value or a
     * container-level memory value. If you specify both a container-level <code>memory</code> and
     * <code>memoryReservation</code> value, <code>memory</code> must be greater than
     * <code>memoryReservation</code> . If you specify <code>memoryReservation</code> , then that
     * value is subtracted from the available memory resources for the container instance where the
     * container is placed. Otherwise, the value of <code>memory</code> is used.
     *
     * <p>The Docker 20.10.0 or later daemon reserves a minimum of 6 MiB of memory for a container,
     * so you should not specify fewer than 6 MiB of memory for your containers.
     *
     * <p>The Docker 19.03.13-ce or earlier daemon reserves a minimum of 4 MiB of memory for a
     * container, so you should not specify fewer than 4 MiB of memory for your containers.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Memory}.
     */
    public ContainerDefinition memory(int value) {
      return set("Memory", Value.of(value));
    }

    /** Sets {@code Memory} to this value; see {@link #memory(int)}. */
    public ContainerDefinition memory(Value<Integer> value) {
      return set("Memory", value);
    }

    /**
     * The soft limit (in MiB) of memory to reserve for the container. When system memory is under
     * heavy contention, Docker attempts to keep the container memory to this soft limit. However,
     * your container can consume more memory when it needs to, up to either the hard limit
     * specified with the <code>memory</code> parameter (if applicable), or all of the available
     * memory on the container instance, whichever comes first. This parameter maps to
     * <code>MemoryReservation</code> in the docker container create command and the
     * <code>--memory-reservation</code> option to docker run.
     *
     * <p>If a task-level memory value is not specified, you must specify a non-zero integer for one
     * or both of <code>memory</code> or <code>memoryReservation</code> in a container definition.
     * If you specify both, <code>memory</code> must be greater than <code>memoryReservation</code>
     * . If you specify <code>memoryReservation</code> , then that value is subtracted from the
     * available memory resources for the container instance where the container is placed.
     * Otherwise, the value of <code>memory</code> is used.
     *
     * <p>For example, if your container normally uses 128 MiB of memory, but occasionally bursts to
     * 256 MiB of memory for short periods of time, you can set a <code>memoryReservation</code> of
     * 128 MiB, and a <code>memory</code> hard limit of 300 MiB. This configuration would allow the
     * container to only reserve 128 MiB of memory from the remaining resources on the container
     * instance, but also allow the container to consume more memory resources when needed.
     *
     * <p>The Docker 20.10.0 or later daemon reserves a minimum of 6 MiB of memory for a container.
     * So, don't specify less than 6 MiB of memory for your containers.
     *
     * <p>The Docker 19.03.13-ce or earlier daemon reserves a minimum of 4 MiB of memory for a
     * container. So, don't specify less than 4 MiB of memory for your containers.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MemoryReservation}.
     */
    public ContainerDefinition memoryReservation(int value) {
      return set("MemoryReservation", Value.of(value));
    }

    /** Sets {@code MemoryReservation} to this value; see {@link #memoryReservation(int)}. */
    public ContainerDefinition memoryReservation(Value<Integer> value) {
      return set("MemoryReservation", value);
    }

    /**
     * The mount points for data volumes in your container.
     *
     * <p>This parameter maps to <code>Volumes</code> in the docker container create command and the
     * <code>--volume</code> option to docker run.
     *
     * <p>Windows containers can mount whole directories on the same drive as
     * <code>$env:ProgramData</code> . Windows containers can't mount directories on a different
     * drive, and mount point can't be across drives.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MountPoints}.
     */
    public ContainerDefinition mountPoints(List<MountPoint> value) {
      return set("MountPoints", Value.listOf(value));
    }

    /** Sets {@code MountPoints} to this value; see {@link #mountPoints(List)}. */
    public ContainerDefinition mountPoints(Value<List<MountPoint>> value) {
      return set("MountPoints", value);
    }

    /** Sets {@code MountPoints} to a list of these; see {@link #mountPoints(List)}. */
    public ContainerDefinition mountPoints(MountPoint... values) {
      return set("MountPoints", Value.list(values));
    }

    /**
     * The name of a container. If you're linking multiple containers together in a task definition,
     * the <code>name</code> of one container can be entered in the <code>links</code> of another
     * container to connect the containers. Up to 255 letters (uppercase and lowercase), numbers,
     * underscores, and hyphens are allowed. This parameter maps to <code>name</code> in the docker
     * container create command and the <code>--name</code> option to docker run.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public ContainerDefinition name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ContainerDefinition name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The list of port mappings for the container. Port mappings allow containers to access ports
     * on the host container instance to send or receive traffic.
     *
     * <p>For task definitions that use the <code>awsvpc</code> network mode, you should only
     * specify the <code>containerPort</code> . The <code>hostPort</code> can be left blank or it
     * must be the same value as the <code>containerPort</code> .
     *
     * <p>Port mappings on Windows use the <code>NetNAT</code> gateway address rather than
     * <code>localhost</code> . There is no loopback for port mappings on Windows, so you cannot
     * access a container's mapped port from the host itself.
     *
     * <p>This parameter maps to <code>PortBindings</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/#operation/ContainerCreate">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/">Docker Remote
     * API</a> and the <code>--publish</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . If the network mode of a task definition is set to <code>none</code> , then you
     * can't specify port mappings. If the network mode of a task definition is set to
     * <code>host</code> , then host ports must either be undefined or they must match the container
     * port in the port mapping.
     *
     * <p>After a task reaches the <code>RUNNING</code> status, manual and automatic host and
     * container port assignments are visible in the <em>Network Bindings</em> section of a
     * container description for a selected task in the Amazon ECS console. The assignments are also
     * visible in the <code>networkBindings</code> section <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTasks.html">DescribeTasks</a>
     * responses.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PortMappings}.
     */
    public ContainerDefinition portMappings(List<PortMapping> value) {
      return set("PortMappings", Value.listOf(value));
    }

    /** Sets {@code PortMappings} to this value; see {@link #portMappings(List)}. */
    public ContainerDefinition portMappings(Value<List<PortMapping>> value) {
      return set("PortMappings", value);
    }

    /** Sets {@code PortMappings} to a list of these; see {@link #portMappings(List)}. */
    public ContainerDefinition portMappings(PortMapping... values) {
      return set("PortMappings", Value.list(values));
    }

    /**
     * When this parameter is true, the container is given elevated privileges on the host container
     * instance (similar to the <code>root</code> user). This parameter maps to
     * <code>Privileged</code> in the docker container create command and the
     * <code>--privileged</code> option to docker run
     *
     * <p>This parameter is not supported for Windows containers or tasks run on AWS Fargate .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Privileged}.
     */
    public ContainerDefinition privileged(boolean value) {
      return set("Privileged", Value.of(value));
    }

    /** Sets {@code Privileged} to this value; see {@link #privileged(boolean)}. */
    public ContainerDefinition privileged(Value<Boolean> value) {
      return set("Privileged", value);
    }

    /**
     * When this parameter is <code>true</code> , a TTY is allocated. This parameter maps to
     * <code>Tty</code> in the docker container create command and the <code>--tty</code> option to
     * docker run.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PseudoTerminal}.
     */
    public ContainerDefinition pseudoTerminal(boolean value) {
      return set("PseudoTerminal", Value.of(value));
    }

    /** Sets {@code PseudoTerminal} to this value; see {@link #pseudoTerminal(boolean)}. */
    public ContainerDefinition pseudoTerminal(Value<Boolean> value) {
      return set("PseudoTerminal", value);
    }

    /**
     * When this parameter is true, the container is given read-only access to its root file system.
     * This parameter maps to <code>ReadonlyRootfs</code> in the docker container create command and
     * the <code>--read-only</code> option to docker run.
     *
     * <p>This parameter is not supported for Windows containers.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ReadonlyRootFilesystem}.
     */
    public ContainerDefinition readonlyRootFilesystem(boolean value) {
      return set("ReadonlyRootFilesystem", Value.of(value));
    }

    /**
     * Sets {@code ReadonlyRootFilesystem} to this value; see {@link
     * #readonlyRootFilesystem(boolean)}.
     */
    public ContainerDefinition readonlyRootFilesystem(Value<Boolean> value) {
      return set("ReadonlyRootFilesystem", value);
    }

    /**
     * The private repository authentication credentials to use.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code RepositoryCredentials}.
     */
    public ContainerDefinition repositoryCredentials(Value<RepositoryCredentials> value) {
      return set("RepositoryCredentials", value);
    }

    /**
     * The type and amount of a resource to assign to a container. The only supported resource is a
     * GPU.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ResourceRequirements}.
     */
    public ContainerDefinition resourceRequirements(List<ResourceRequirement> value) {
      return set("ResourceRequirements", Value.listOf(value));
    }

    /** Sets {@code ResourceRequirements} to this value; see {@link #resourceRequirements(List)}. */
    public ContainerDefinition resourceRequirements(Value<List<ResourceRequirement>> value) {
      return set("ResourceRequirements", value);
    }

    /**
     * Sets {@code ResourceRequirements} to a list of these; see {@link
     * #resourceRequirements(List)}.
     */
    public ContainerDefinition resourceRequirements(ResourceRequirement... values) {
      return set("ResourceRequirements", Value.list(values));
    }

    /**
     * The restart policy for a container. When you set up a restart policy, Amazon ECS can restart
     * the container without needing to replace the task. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-restart-policy.html">Restart
     * individual containers in Amazon ECS tasks with container restart policies</a> in the
     * <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>CloudFormation property {@code RestartPolicy}.
     */
    public ContainerDefinition restartPolicy(Value<RestartPolicy> value) {
      return set("RestartPolicy", value);
    }

    /**
     * The secrets to pass to the container. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html">Specifying
     * Sensitive Data</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Secrets}.
     */
    public ContainerDefinition secrets(List<Secret> value) {
      return set("Secrets", Value.listOf(value));
    }

    /** Sets {@code Secrets} to this value; see {@link #secrets(List)}. */
    public ContainerDefinition secrets(Value<List<Secret>> value) {
      return set("Secrets", value);
    }

    /** Sets {@code Secrets} to a list of these; see {@link #secrets(List)}. */
    public ContainerDefinition secrets(Secret... values) {
      return set("Secrets", Value.list(values));
    }

    /**
     * Time duration (in seconds) to wait before giving up on resolving dependencies for a
     * container. For example, you specify two containers in a task definition with containerA
     * having a dependency on containerB reaching a <code>COMPLETE</code> , <code>SUCCESS</code> ,
     * or <code>HEALTHY</code> status. If a <code>startTimeout</code> value is specified for
     * containerB and it doesn't reach the desired status within that time then containerA gives up
     * and not start. This results in the task transitioning to a <code>STOPPED</code> state.
     *
     * <p>When the <code>ECS_CONTAINER_START_TIMEOUT</code> container agent configuration variable
     * is used, it's enforced independently from this start timeout value.
     *
     * <p>For tasks using the Fargate launch type, the task or service requires the following
     * platforms:
     *
     * <ul> <li>Linux platform version <code>1.3.0</code> or later. <li>Windows platform version
     * <code>1.0.0</code> or later. </ul>
     *
     * <p>For tasks using the EC2 launch type, your container instances require at least version
     * <code>1.26.0</code> of the container agent to use a container start timeout value. However,
     * we recommend using the latest container agent version. For information about checking your
     * agent version and updating to the latest version, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-update.html">Updating
     * the Amazon ECS Container Agent</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> . If you're using an Amazon ECS-optimized Linux AMI, your instance needs at least
     * version <code>1.26.0-1</code> of the <code>ecs-init</code> package. If your container
     * instances are launched from version <code>20190301</code> or later, then they contain the
     * required versions of the container agent and <code>ecs-init</code> . For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html">Amazon
     * ECS-optimized Linux AMI</a> in the <em>Amazon Elastic Container Service Developer Guide</em>
     * .
     *
     * <p>The valid values for Fargate are 2-120 seconds.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code StartTimeout}.
     */
    public ContainerDefinition startTimeout(int value) {
      return set("StartTimeout", Value.of(value));
    }

    /** Sets {@code StartTimeout} to this value; see {@link #startTimeout(int)}. */
    public ContainerDefinition startTimeout(Value<Integer> value) {
      return set("StartTimeout", value);
    }

    /**
     * Time duration (in seconds) to wait before the container is forcefully killed if it doesn't
     * exit normally on its own.
     *
     * <p>For tasks using the Fargate launch type, the task or service requires the following
     * platforms:
     *
     * <ul> <li>Linux platform version <code>1.3.0</code> or later. <li>Windows platform version
     * <code>1.0.0</code> or later. </ul>
     *
     * <p>For tasks that use the Fargate launch type, the max stop timeout value is 120 seconds and
     * if the parameter is not specified, the default value of 30 seconds is used.
     *
     * <p>For tasks that use the EC2 launch type, if the <code>stopTimeout</code> parameter isn't
     * specified, the value set for the Amazon ECS container agent configuration variable
     * <code>ECS_CONTAINER_STOP_TIMEOUT</code> is used. If neither the <code>stopTimeout</code>
     * parameter or the <code>ECS_CONTAINER_STOP_TIMEOUT</code> agent configuration variable are
     * set, then the default values of 30 seconds for Linux containers and 30 seconds on Windows
     * containers are used. Your container instances require at least version 1.26.0 of the
     * container agent to use a container stop timeout value. However, we recommend using the latest
     * container agent version. For information about checking your agent version and updating to
     * the latest version, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-update.html">Updating
     * the Amazon ECS Container Agent</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> . If you're using an Amazon ECS-optimized Linux AMI, your instance needs at least
     * version 1.26.0-1 of the <code>ecs-init</code> package. If your container instances are
     * launched from version <code>20190301</code> or later, then they contain the required versions
     * of the container agent and <code>ecs-init</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html">Amazon
     * ECS-optimized Linux AMI</a> in the <em>Amazon Elastic Container Service Developer Guide</em>
     * .
     *
     * <p>The valid values for Fargate are 2-120 seconds.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code StopTimeout}.
     */
    public ContainerDefinition stopTimeout(int value) {
      return set("StopTimeout", Value.of(value));
    }

    /** Sets {@code StopTimeout} to this value; see {@link #stopTimeout(int)}. */
    public ContainerDefinition stopTimeout(Value<Integer> value) {
      return set("StopTimeout", value);
    }

    /**
     * A list of namespaced kernel parameters to set in the container. This parameter maps to
     * <code>Sysctls</code> in the docker container create command and the <code>--sysctl</code>
     * option to docker run. For example, you can configure <code>net.ipv4.tcp_keepalive_time</code>
     * setting to maintain longer lived connections.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SystemControls}.
     */
    public ContainerDefinition systemControls(List<SystemControl> value) {
      return set("SystemControls", Value.listOf(value));
    }

    /** Sets {@code SystemControls} to this value; see {@link #systemControls(List)}. */
    public ContainerDefinition systemControls(Value<List<SystemControl>> value) {
      return set("SystemControls", value);
    }

    /** Sets {@code SystemControls} to a list of these; see {@link #systemControls(List)}. */
    public ContainerDefinition systemControls(SystemControl... values) {
      return set("SystemControls", Value.list(values));
    }

    /**
     * A list of <code>ulimits</code> to set in the container. This parameter maps to
     * <code>Ulimits</code> in the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/#operation/ContainerCreate">Create
     * a container</a> section of the <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/">Docker Remote
     * API</a> and the <code>--ulimit</code> option to <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/">docker
     * run</a> . Valid naming values are displayed in the <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Ulimit.html">Ulimit</a>
     * data type. This parameter requires version 1.18 of the Docker Remote API or greater on your
     * container instance. To check the Docker Remote API version on your container instance, log in
     * to your container instance and run the following command: <code>sudo docker version --format
     * '{{.Server.APIVersion}}'</code>
     *
     * <p>This parameter is not supported for Windows containers.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Ulimits}.
     */
    public ContainerDefinition ulimits(List<Ulimit> value) {
      return set("Ulimits", Value.listOf(value));
    }

    /** Sets {@code Ulimits} to this value; see {@link #ulimits(List)}. */
    public ContainerDefinition ulimits(Value<List<Ulimit>> value) {
      return set("Ulimits", value);
    }

    /** Sets {@code Ulimits} to a list of these; see {@link #ulimits(List)}. */
    public ContainerDefinition ulimits(Ulimit... values) {
      return set("Ulimits", Value.list(values));
    }

    /**
     * The user to use inside the container. This parameter maps to <code>User</code> in the docker
     * container create command and the <code>--user</code> option to docker run.
     *
     * <p>When running tasks using the <code>host</code> network mode, don't run containers using
     * the root user (UID 0). We recommend using a non-root user for better security.
     *
     * <p>You can specify the <code>user</code> using the following formats. If specifying a UID or
     * GID, you must specify it as a positive integer.
     *
     * <ul> <li><code>user</code> <li><code>user:group</code> <li><code>uid</code>
     * <li><code>uid:gid</code> <li><code>user:gid</code> <li><code>uid:group</code> </ul>
     *
     * <p>This parameter is not supported for Windows containers.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code User}.
     */
    public ContainerDefinition user(String value) {
      return set("User", Value.of(value));
    }

    /** Sets {@code User} to this value; see {@link #user(String)}. */
    public ContainerDefinition user(Value<String> value) {
      return set("User", value);
    }

    /**
     * Specifies whether Amazon ECS will resolve the container image tag provided in the container
     * definition to an image digest. By default, the value is <code>enabled</code> . If you set the
     * value for a container as <code>disabled</code> , Amazon ECS will not resolve the provided
     * container image tag to a digest and will use the original image URI specified in the
     * container definition for deployment. For more information about container image resolution,
     * see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html#deployment-container-image-stability">Container
     * image resolution</a> in the <em>Amazon ECS Developer Guide</em> .
     *
     * <p>Allowed values: {@code enabled}, {@code disabled}. Default: {@code "enabled"}.
     * CloudFormation property {@code VersionConsistency}.
     */
    public ContainerDefinition versionConsistency(String value) {
      return set("VersionConsistency", Value.of(value));
    }

    /** Sets {@code VersionConsistency} to this value; see {@link #versionConsistency(String)}. */
    public ContainerDefinition versionConsistency(Value<String> value) {
      return set("VersionConsistency", value);
    }

    /**
     * Data volumes to mount from another container. This parameter maps to <code>VolumesFrom</code>
     * in the docker container create command and the <code>--volumes-from</code> option to docker
     * run.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code VolumesFrom}.
     */
    public ContainerDefinition volumesFrom(List<VolumeFrom> value) {
      return set("VolumesFrom", Value.listOf(value));
    }

    /** Sets {@code VolumesFrom} to this value; see {@link #volumesFrom(List)}. */
    public ContainerDefinition volumesFrom(Value<List<VolumeFrom>> value) {
      return set("VolumesFrom", value);
    }

    /** Sets {@code VolumesFrom} to a list of these; see {@link #volumesFrom(List)}. */
    public ContainerDefinition volumesFrom(VolumeFrom... values) {
      return set("VolumesFrom", Value.list(values));
    }

    /**
     * The working directory to run commands inside the container in. This parameter maps to
     * <code>WorkingDir</code> in the docker container create command and the <code>--workdir</code>
     * option to docker run.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code WorkingDirectory}.
     */
    public ContainerDefinition workingDirectory(String value) {
      return set("WorkingDirectory", Value.of(value));
    }

    /** Sets {@code WorkingDirectory} to this value; see {@link #workingDirectory(String)}. */
    public ContainerDefinition workingDirectory(Value<String> value) {
      return set("WorkingDirectory", value);
    }
  }

  /**
   * The <code>ContainerDependency</code> property specifies the dependencies defined for container
   * startup and shutdown. A container can contain multiple dependencies. When a dependency is
   * defined for container startup, for container shutdown it is reversed.
   *
   * <p>Your Amazon ECS container instances require at least version 1.26.0 of the container agent
   * to enable container dependencies. However, we recommend using the latest container agent
   * version. For information about checking your agent version and updating to the latest version,
   * see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-update.html">Updating
   * the Amazon ECS Container Agent</a> in the <em>Amazon Elastic Container Service Developer
   * Guide</em> . If you are using an Amazon ECS-optimized Linux AMI, your instance needs at least
   * version 1.26.0-1 of the <code>ecs-init</code> package. If your container instances are launched
   * from version <code>20190301</code> or later, then they contain the required versions of the
   * container agent and <code>ecs-init</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html">Amazon
   * ECS-optimized Linux AMI</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>For tasks using the Fargate launch type, this parameter requires that the task or service
   * uses platform version 1.3.0 or later.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.ContainerDependency}.
   */
  public static final class ContainerDependency extends Struct<ContainerDependency> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.ContainerDependency")
        .allowed("Condition", "COMPLETE", "HEALTHY", "START", "SUCCESS")
        .build();

    public ContainerDependency() {
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
     * <code>COMPLETE</code> , but it also requires that the container exits with a
     * <code>zero</code> status. This condition can't be set on an essential container.
     * <li><code>HEALTHY</code> - This condition validates that the dependent container passes its
     * Docker health check before permitting other containers to start. This requires that the
     * dependent container has health checks configured. This condition is confirmed only at task
     * startup. </ul>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code COMPLETE}, {@code HEALTHY},
     * {@code START}, {@code SUCCESS}. CloudFormation property {@code Condition}.
     */
    public ContainerDependency condition(String value) {
      return set("Condition", Value.of(value));
    }

    /** Sets {@code Condition} to this value; see {@link #condition(String)}. */
    public ContainerDependency condition(Value<String> value) {
      return set("Condition", value);
    }

    /**
     * The name of a container.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ContainerName}.
     */
    public ContainerDependency containerName(String value) {
      return set("ContainerName", Value.of(value));
    }

    /** Sets {@code ContainerName} to this value; see {@link #containerName(String)}. */
    public ContainerDependency containerName(Value<String> value) {
      return set("ContainerName", value);
    }
  }

  /**
   * The <code>Device</code> property specifies an object representing a container instance host
   * device.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.Device}.
   */
  public static final class Device extends Struct<Device> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.Device")
        .allowed("Permissions", "mknod", "read", "write")
        .build();

    public Device() {
      super(SCHEMA);
    }

    /**
     * The path inside the container at which to expose the host device.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ContainerPath}.
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
     * <p>Changing it replaces the resource. CloudFormation property {@code HostPath}.
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
     * <p>Changing it replaces the resource. Allowed values: {@code mknod}, {@code read}, {@code
     * write}. CloudFormation property {@code Permissions}.
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
   * The <code>DockerVolumeConfiguration</code> property specifies a Docker volume configuration and
   * is used when you use Docker volumes. Docker volumes are only supported when you are using the
   * EC2 launch type. Windows containers only support the use of the <code>local</code> driver. To
   * use bind mounts, specify a <code>host</code> instead.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.DockerVolumeConfiguration}.
   */
  public static final class DockerVolumeConfiguration extends Struct<DockerVolumeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.DockerVolumeConfiguration")
        .allowed("Scope", "shared", "task")
        .build();

    public DockerVolumeConfiguration() {
      super(SCHEMA);
    }

    /**
     * If this value is <code>true</code> , the Docker volume is created if it doesn't already
     * exist.
     *
     * <p>This field is only used if the <code>scope</code> is <code>shared</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Autoprovision}.
     */
    public DockerVolumeConfiguration autoprovision(boolean value) {
      return set("Autoprovision", Value.of(value));
    }

    /** Sets {@code Autoprovision} to this value; see {@link #autoprovision(boolean)}. */
    public DockerVolumeConfiguration autoprovision(Value<Boolean> value) {
      return set("Autoprovision", value);
    }

    /**
     * The Docker volume driver to use. The driver value must match the driver name provided by
     * Docker because it is used for task placement. If the driver was installed using the Docker
     * plugin CLI, use <code>docker plugin ls</code> to retrieve the driver name from your container
     * instance. If the driver was installed using another method, use Docker plugin discovery to
     * retrieve the driver name. This parameter maps to <code>Driver</code> in the docker container
     * create command and the <code>xxdriver</code> option to docker volume create.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Driver}.
     */
    public DockerVolumeConfiguration driver(String value) {
      return set("Driver", Value.of(value));
    }

    /** Sets {@code Driver} to this value; see {@link #driver(String)}. */
    public DockerVolumeConfiguration driver(Value<String> value) {
      return set("Driver", value);
    }

    /**
     * A map of Docker driver-specific options passed through. This parameter maps to
     * <code>DriverOpts</code> in the docker create-volume command and the <code>xxopt</code> option
     * to docker volume create.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DriverOpts}.
     */
    public DockerVolumeConfiguration driverOpts(Map<String, String> value) {
      return set("DriverOpts", Value.mapOf(value));
    }

    /** Sets {@code DriverOpts} to this value; see {@link #driverOpts(Map)}. */
    public DockerVolumeConfiguration driverOpts(Value<Map<String, String>> value) {
      return set("DriverOpts", value);
    }

    /**
     * Custom metadata to add to your Docker volume. This parameter maps to <code>Labels</code> in
     * the docker container create command and the <code>xxlabel</code> option to docker volume
     * create.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Labels}.
     */
    public DockerVolumeConfiguration labels(Map<String, String> value) {
      return set("Labels", Value.mapOf(value));
    }

    /** Sets {@code Labels} to this value; see {@link #labels(Map)}. */
    public DockerVolumeConfiguration labels(Value<Map<String, String>> value) {
      return set("Labels", value);
    }

    /**
     * The scope for the Docker volume that determines its lifecycle. Docker volumes that are scoped
     * to a <code>task</code> are automatically provisioned when the task starts and destroyed when
     * the task stops. Docker volumes that are scoped as <code>shared</code> persist after the task
     * stops.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code shared}, {@code task}.
     * CloudFormation property {@code Scope}.
     */
    public DockerVolumeConfiguration scope(String value) {
      return set("Scope", Value.of(value));
    }

    /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
    public DockerVolumeConfiguration scope(Value<String> value) {
      return set("Scope", value);
    }
  }

  /**
   * This parameter is specified when you're using an Amazon Elastic File System file system for
   * task storage. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html">Amazon EFS
   * volumes</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.EFSVolumeConfiguration}.
   */
  public static final class EFSVolumeConfiguration extends Struct<EFSVolumeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.EFSVolumeConfiguration")
        .required("FilesystemId")
        .references("FilesystemId", "AWS::EFS::FileSystem.Ref")
        .allowed("TransitEncryption", "ENABLED", "DISABLED")
        .build();

    public EFSVolumeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The authorization configuration details for the Amazon EFS file system.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AuthorizationConfig}.
     */
    public EFSVolumeConfiguration authorizationConfig(Value<AuthorizationConfig> value) {
      return set("AuthorizationConfig", value);
    }

    /**
     * The Amazon EFS file system ID to use.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code FilesystemId}.
     */
    public EFSVolumeConfiguration filesystemId(String value) {
      return set("FilesystemId", Value.of(value));
    }

    /** Sets {@code FilesystemId} to this value; see {@link #filesystemId(String)}. */
    public EFSVolumeConfiguration filesystemId(Value<String> value) {
      return set("FilesystemId", value);
    }

    /**
     * Sets {@code FilesystemId} to the Ref of {@code AWS::EFS::FileSystem}; see {@link
     * #filesystemId(String)}.
     */
    public EFSVolumeConfiguration filesystemId(FileSystem resource) {
      return set("FilesystemId", resource.ref());
    }

    /**
     * The directory within the Amazon EFS file system to mount as the root directory inside the
     * host. If this parameter is omitted, the root of the Amazon EFS volume will be used.
     * Specifying <code>/</code> will have the same effect as omitting this parameter.
     *
     * <p>If an EFS access point is specified in the <code>authorizationConfig</code> , the root
     * directory parameter must either be omitted or set to <code>/</code> which will enforce the
     * path set on the EFS access point.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code RootDirectory}.
     */
    public EFSVolumeConfiguration rootDirectory(String value) {
      return set("RootDirectory", Value.of(value));
    }

    /** Sets {@code RootDirectory} to this value; see {@link #rootDirectory(String)}. */
    public EFSVolumeConfiguration rootDirectory(Value<String> value) {
      return set("RootDirectory", value);
    }

    /**
     * Determines whether to use encryption for Amazon EFS data in transit between the Amazon ECS
     * host and the Amazon EFS server. Transit encryption must be turned on if Amazon EFS IAM
     * authorization is used. If this parameter is omitted, the default value of
     * <code>DISABLED</code> is used. For more information, see <a
     * href="https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html">Encrypting data
     * in transit</a> in the <em>Amazon Elastic File System User Guide</em> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ENABLED}, {@code DISABLED}.
     * CloudFormation property {@code TransitEncryption}.
     */
    public EFSVolumeConfiguration transitEncryption(String value) {
      return set("TransitEncryption", Value.of(value));
    }

    /** Sets {@code TransitEncryption} to this value; see {@link #transitEncryption(String)}. */
    public EFSVolumeConfiguration transitEncryption(Value<String> value) {
      return set("TransitEncryption", value);
    }

    /**
     * The port to use when sending encrypted data between the Amazon ECS host and the Amazon EFS
     * server. If you do not specify a transit encryption port, it will use the port selection
     * strategy that the Amazon EFS mount helper uses. For more information, see <a
     * href="https://docs.aws.amazon.com/efs/latest/ug/efs-mount-helper.html">EFS mount helper</a>
     * in the <em>Amazon Elastic File System User Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TransitEncryptionPort}.
     */
    public EFSVolumeConfiguration transitEncryptionPort(int value) {
      return set("TransitEncryptionPort", Value.of(value));
    }

    /**
     * Sets {@code TransitEncryptionPort} to this value; see {@link #transitEncryptionPort(int)}.
     */
    public EFSVolumeConfiguration transitEncryptionPort(Value<Integer> value) {
      return set("TransitEncryptionPort", value);
    }
  }

  /**
   * A list of files containing the environment variables to pass to a container. You can specify up
   * to ten environment files. The file must have a <code>.env</code> file extension. Each line in
   * an environment file should contain an environment variable in <code>VARIABLE=VALUE</code>
   * format. Lines beginning with <code>#</code> are treated as comments and are ignored.
   *
   * <p>If there are environment variables specified using the <code>environment</code> parameter in
   * a container definition, they take precedence over the variables contained within an environment
   * file. If multiple environment files are specified that contain the same variable, they're
   * processed from the top down. We recommend that you use unique variable names. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/use-environment-file.html">Use
   * a file to pass environment variables to a container</a> in the <em>Amazon Elastic Container
   * Service Developer Guide</em> .
   *
   * <p>Environment variable files are objects in Amazon S3 and all Amazon S3 security
   * considerations apply.
   *
   * <p>You must use the following platforms for the Fargate launch type:
   *
   * <ul> <li>Linux platform version <code>1.4.0</code> or later. <li>Windows platform version
   * <code>1.0.0</code> or later. </ul>
   *
   * <p>Consider the following when using the Fargate launch type:
   *
   * <ul> <li>The file is handled like a native Docker env-file. <li>There is no support for shell
   * escape handling. <li>The container entry point interperts the <code>VARIABLE</code> values.
   * </ul>
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.EnvironmentFile}.
   */
  public static final class EnvironmentFile extends Struct<EnvironmentFile> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.EnvironmentFile")
        .allowed("Type", "s3")
        .build();

    public EnvironmentFile() {
      super(SCHEMA);
    }

    /**
     * The file type to use. Environment files are objects in Amazon S3. The only supported value is
     * <code>s3</code> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code s3}. CloudFormation property
     * {@code Type}.
     */
    public EnvironmentFile type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EnvironmentFile type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon S3 object containing the environment variable
     * file.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Value}.
     */
    public EnvironmentFile value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnvironmentFile value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The amount of ephemeral storage to allocate for the task. This parameter is used to expand the
   * total amount of ephemeral storage available, beyond the default amount, for tasks hosted on AWS
   * Fargate . For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html">Using
   * data volumes in tasks</a> in the <em>Amazon ECS Developer Guide;</em> .
   *
   * <p>For tasks using the Fargate launch type, the task requires the following platforms: - Linux
   * platform version <code>1.4.0</code> or later. - Windows platform version <code>1.0.0</code> or
   * later.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.EphemeralStorage}.
   */
  public static final class EphemeralStorage extends Struct<EphemeralStorage> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskDefinition.EphemeralStorage");

    public EphemeralStorage() {
      super(SCHEMA);
    }

    /**
     * The total amount, in GiB, of ephemeral storage to set for the task. The minimum supported
     * value is <code>21</code> GiB and the maximum supported value is <code>200</code> GiB.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SizeInGiB}.
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
   * The authorization configuration details for Amazon FSx for Windows File Server file system. See
   * <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FSxWindowsFileServerVolumeConfiguration.html">FSxWindowsFileServerVolumeConfiguration</a>
   * in the <em>Amazon ECS API Reference</em> .
   *
   * <p>For more information and the input format, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/wfsx-volumes.html">Amazon FSx
   * for Windows File Server Volumes</a> in the <em>Amazon Elastic Container Service Developer
   * Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.FSxAuthorizationConfig}.
   */
  public static final class FSxAuthorizationConfig extends Struct<FSxAuthorizationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.FSxAuthorizationConfig")
        .required("CredentialsParameter", "Domain")
        .build();

    public FSxAuthorizationConfig() {
      super(SCHEMA);
    }

    /**
     * The authorization credential option to use. The authorization credential options can be
     * provided using either the Amazon Resource Name (ARN) of an AWS Secrets Manager secret or SSM
     * Parameter Store parameter. The ARN refers to the stored credentials.
     *
     * <p>Required. CloudFormation property {@code CredentialsParameter}.
     */
    public FSxAuthorizationConfig credentialsParameter(String value) {
      return set("CredentialsParameter", Value.of(value));
    }

    /**
     * Sets {@code CredentialsParameter} to this value; see {@link #credentialsParameter(String)}.
     */
    public FSxAuthorizationConfig credentialsParameter(Value<String> value) {
      return set("CredentialsParameter", value);
    }

    /**
     * A fully qualified domain name hosted by an <a
     * href="https://docs.aws.amazon.com/directoryservice/latest/admin-guide/directory_microsoft_ad.html">AWS
     * Directory Service</a> Managed Microsoft AD (Active Directory) or self-hosted AD on Amazon
     * EC2.
     *
     * <p>Required. CloudFormation property {@code Domain}.
     */
    public FSxAuthorizationConfig domain(String value) {
      return set("Domain", Value.of(value));
    }

    /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
    public FSxAuthorizationConfig domain(Value<String> value) {
      return set("Domain", value);
    }
  }

  /**
   * This parameter is specified when you're using <a
   * href="https://docs.aws.amazon.com/fsx/latest/WindowsGuide/what-is.html">Amazon FSx for Windows
   * File Server</a> file system for task storage.
   *
   * <p>For more information and the input format, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/wfsx-volumes.html">Amazon FSx
   * for Windows File Server volumes</a> in the <em>Amazon Elastic Container Service Developer
   * Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.FSxWindowsFileServerVolumeConfiguration}.
   */
  public static final class FSxWindowsFileServerVolumeConfiguration extends Struct<FSxWindowsFileServerVolumeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.FSxWindowsFileServerVolumeConfiguration")
        .required("FileSystemId", "RootDirectory")
        .build();

    public FSxWindowsFileServerVolumeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The authorization configuration details for the Amazon FSx for Windows File Server file
     * system.
     *
     * <p>CloudFormation property {@code AuthorizationConfig}.
     */
    public FSxWindowsFileServerVolumeConfiguration authorizationConfig(Value<FSxAuthorizationConfig> value) {
      return set("AuthorizationConfig", value);
    }

    /**
     * The Amazon FSx for Windows File Server file system ID to use.
     *
     * <p>Required. CloudFormation property {@code FileSystemId}.
     */
    public FSxWindowsFileServerVolumeConfiguration fileSystemId(String value) {
      return set("FileSystemId", Value.of(value));
    }

    /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
    public FSxWindowsFileServerVolumeConfiguration fileSystemId(Value<String> value) {
      return set("FileSystemId", value);
    }

    /**
     * The directory within the Amazon FSx for Windows File Server file system to mount as the root
     * directory inside the host.
     *
     * <p>Required. CloudFormation property {@code RootDirectory}.
     */
    public FSxWindowsFileServerVolumeConfiguration rootDirectory(String value) {
      return set("RootDirectory", Value.of(value));
    }

    /** Sets {@code RootDirectory} to this value; see {@link #rootDirectory(String)}. */
    public FSxWindowsFileServerVolumeConfiguration rootDirectory(Value<String> value) {
      return set("RootDirectory", value);
    }
  }

  /**
   * The FireLens configuration for the container. This is used to specify and configure a log
   * router for container logs. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html">Custom
   * log routing</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.FirelensConfiguration}.
   */
  public static final class FirelensConfiguration extends Struct<FirelensConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.FirelensConfiguration")
        .allowed("Type", "fluentbit", "fluentd")
        .build();

    public FirelensConfiguration() {
      super(SCHEMA);
    }

    /**
     * The options to use when configuring the log router. This field is optional and can be used to
     * add additional metadata, such as the task, task definition, cluster, and container instance
     * details to the log event.
     *
     * <p>If specified, valid option keys are:
     *
     * <ul> <li><code>enable-ecs-log-metadata</code> , which can be <code>true</code> or
     * <code>false</code> <li><code>config-file-type</code> , which can be <code>s3</code> or
     * <code>file</code> <li><code>config-file-value</code> , which is either an S3 ARN or a file
     * path </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Options}.
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
     * <p>Changing it replaces the resource. Allowed values: {@code fluentbit}, {@code fluentd}.
     * CloudFormation property {@code Type}.
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
   * The <code>HealthCheck</code> property specifies an object representing a container health
   * check. Health check parameters that are specified in a container definition override any Docker
   * health checks that exist in the container image (such as those specified in a parent image or
   * from the image's Dockerfile). This configuration maps to the <code>HEALTHCHECK</code> parameter
   * of docker run.
   *
   * <p>The Amazon ECS container agent only monitors and reports on the health checks specified in
   * the task definition. Amazon ECS does not monitor Docker health checks that are embedded in a
   * container image and not specified in the container definition. Health check parameters that are
   * specified in a container definition override any Docker health checks that exist in the
   * container image.
   *
   * <p>If a task is run manually, and not as part of a service, the task will continue its
   * lifecycle regardless of its health status. For tasks that are part of a service, if the task
   * reports as unhealthy then the task will be stopped and the service scheduler will replace it.
   *
   * <p>The following are notes about container health check support:
   *
   * <ul> <li>Container health checks require version 1.17.0 or greater of the Amazon ECS container
   * agent. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-update.html">Updating
   * the Amazon ECS Container Agent</a> . <li>Container health checks are supported for Fargate
   * tasks if you are using platform version 1.1.0 or greater. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html">AWS
   * Fargate Platform Versions</a> . <li>Container health checks are not supported for tasks that
   * are part of a service that is configured to use a Classic Load Balancer. </ul>
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.HealthCheck}.
   */
  public static final class HealthCheck extends Struct<HealthCheck> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskDefinition.HealthCheck");

    public HealthCheck() {
      super(SCHEMA);
    }

    /**
     * A string array representing the command that the container runs to determine if it is
     * healthy. The string array must start with <code>CMD</code> to run the command arguments
     * directly, or <code>CMD-SHELL</code> to run the command with the container's default shell.
     *
     * <p>When you use the AWS Management Console JSON panel, the AWS Command Line Interface , or
     * the APIs, enclose the list of commands in double quotes and brackets.
     *
     * <p><code>[ "CMD-SHELL", "curl -f http://localhost/ || exit 1" ]</code>
     *
     * <p>You don't include the double quotes and brackets when you use the AWS Management Console.
     *
     * <p><code>CMD-SHELL, curl -f http://localhost/ || exit 1</code>
     *
     * <p>An exit code of 0 indicates success, and non-zero exit code indicates failure. For more
     * information, see <code>HealthCheck</code> in the docker container create command.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Command}.
     */
    public HealthCheck command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public HealthCheck command(Value<List<String>> value) {
      return set("Command", value);
    }

    /**
     * The time period in seconds between each health check execution. You may specify between 5 and
     * 300 seconds. The default value is 30 seconds. This value applies only when you specify a
     * <code>command</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Interval}.
     */
    public HealthCheck interval(int value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(int)}. */
    public HealthCheck interval(Value<Integer> value) {
      return set("Interval", value);
    }

    /**
     * The number of times to retry a failed health check before the container is considered
     * unhealthy. You may specify between 1 and 10 retries. The default value is 3. This value
     * applies only when you specify a <code>command</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Retries}.
     */
    public HealthCheck retries(int value) {
      return set("Retries", Value.of(value));
    }

    /** Sets {@code Retries} to this value; see {@link #retries(int)}. */
    public HealthCheck retries(Value<Integer> value) {
      return set("Retries", value);
    }

    /**
     * The optional grace period to provide containers time to bootstrap before failed health checks
     * count towards the maximum number of retries. You can specify between 0 and 300 seconds. By
     * default, the <code>startPeriod</code> is off. This value applies only when you specify a
     * <code>command</code> .
     *
     * <p>If a health check succeeds within the <code>startPeriod</code> , then the container is
     * considered healthy and any subsequent failures count toward the maximum number of retries.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code StartPeriod}.
     */
    public HealthCheck startPeriod(int value) {
      return set("StartPeriod", Value.of(value));
    }

    /** Sets {@code StartPeriod} to this value; see {@link #startPeriod(int)}. */
    public HealthCheck startPeriod(Value<Integer> value) {
      return set("StartPeriod", value);
    }

    /**
     * The time period in seconds to wait for a health check to succeed before it is considered a
     * failure. You may specify between 2 and 60 seconds. The default value is 5. This value applies
     * only when you specify a <code>command</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Timeout}.
     */
    public HealthCheck timeout(int value) {
      return set("Timeout", Value.of(value));
    }

    /** Sets {@code Timeout} to this value; see {@link #timeout(int)}. */
    public HealthCheck timeout(Value<Integer> value) {
      return set("Timeout", value);
    }
  }

  /**
   * The <code>HostEntry</code> property specifies a hostname and an IP address that are added to
   * the <code>/etc/hosts</code> file of a container through the <code>extraHosts</code> parameter
   * of its <code>ContainerDefinition</code> resource.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.HostEntry}.
   */
  public static final class HostEntry extends Struct<HostEntry> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskDefinition.HostEntry");

    public HostEntry() {
      super(SCHEMA);
    }

    /**
     * The hostname to use in the <code>/etc/hosts</code> entry.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Hostname}.
     */
    public HostEntry hostname(String value) {
      return set("Hostname", Value.of(value));
    }

    /** Sets {@code Hostname} to this value; see {@link #hostname(String)}. */
    public HostEntry hostname(Value<String> value) {
      return set("Hostname", value);
    }

    /**
     * The IP address to use in the <code>/etc/hosts</code> entry.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code IpAddress}.
     */
    public HostEntry ipAddress(String value) {
      return set("IpAddress", Value.of(value));
    }

    /** Sets {@code IpAddress} to this value; see {@link #ipAddress(String)}. */
    public HostEntry ipAddress(Value<String> value) {
      return set("IpAddress", value);
    }
  }

  /**
   * The <code>HostVolumeProperties</code> property specifies details on a container instance bind
   * mount host volume.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.HostVolumeProperties}.
   */
  public static final class HostVolumeProperties extends Struct<HostVolumeProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskDefinition.HostVolumeProperties");

    public HostVolumeProperties() {
      super(SCHEMA);
    }

    /**
     * When the <code>host</code> parameter is used, specify a <code>sourcePath</code> to declare
     * the path on the host container instance that's presented to the container. If this parameter
     * is empty, then the Docker daemon has assigned a host path for you. If the <code>host</code>
     * parameter contains a <code>sourcePath</code> file location, then the data volume persists at
     * the specified location on the host container instance until you delete it manually. If the
     * <code>sourcePath</code> value doesn't exist on the host container instance, the Docker daemon
     * creates it. If the location does exist, the contents of the source path folder are exported.
     *
     * <p>If you're using the Fargate launch type, the <code>sourcePath</code> parameter is not
     * supported.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SourcePath}.
     */
    public HostVolumeProperties sourcePath(String value) {
      return set("SourcePath", Value.of(value));
    }

    /** Sets {@code SourcePath} to this value; see {@link #sourcePath(String)}. */
    public HostVolumeProperties sourcePath(Value<String> value) {
      return set("SourcePath", value);
    }
  }

  /** Property type {@code AWS::ECS::TaskDefinition.InferenceAccelerator}. */
  public static final class InferenceAccelerator extends Struct<InferenceAccelerator> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskDefinition.InferenceAccelerator");

    public InferenceAccelerator() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code DeviceName}. */
    public InferenceAccelerator deviceName(String value) {
      return set("DeviceName", Value.of(value));
    }

    /** Sets {@code DeviceName} to this value; see {@link #deviceName(String)}. */
    public InferenceAccelerator deviceName(Value<String> value) {
      return set("DeviceName", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code DeviceType}. */
    public InferenceAccelerator deviceType(String value) {
      return set("DeviceType", Value.of(value));
    }

    /** Sets {@code DeviceType} to this value; see {@link #deviceType(String)}. */
    public InferenceAccelerator deviceType(Value<String> value) {
      return set("DeviceType", value);
    }
  }

  /**
   * The Linux capabilities to add or remove from the default Docker configuration for a container
   * defined in the task definition. For more detailed information about these Linux capabilities,
   * see the <a
   * href="https://docs.aws.amazon.com/http://man7.org/linux/man-pages/man7/capabilities.7.html">capabilities(7)</a>
   * Linux manual page.
   *
   * <p>The following describes how Docker processes the Linux capabilities specified in the
   * <code>add</code> and <code>drop</code> request parameters. For information about the latest
   * behavior, see <a
   * href="https://docs.aws.amazon.com/https://forums.docker.com/t/docker-compose-order-of-cap-drop-and-cap-add/97136/1">Docker
   * Compose: order of cap_drop and cap_add</a> in the Docker Community Forum.
   *
   * <ul> <li>When the container is a privleged container, the container capabilities are all of the
   * default Docker capabilities. The capabilities specified in the <code>add</code> request
   * parameter, and the <code>drop</code> request parameter are ignored. <li>When the
   * <code>add</code> request parameter is set to ALL, the container capabilities are all of the
   * default Docker capabilities, excluding those specified in the <code>drop</code> request
   * parameter. <li>When the <code>drop</code> request parameter is set to ALL, the container
   * capabilities are the capabilities specified in the <code>add</code> request parameter. <li>When
   * the <code>add</code> request parameter and the <code>drop</code> request parameter are both
   * empty, the capabilities the container capabilities are all of the default Docker capabilities.
   * <li>The default is to first drop the capabilities specified in the <code>drop</code> request
   * parameter, and then add the capabilities specified in the <code>add</code> request parameter.
   * </ul>
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.KernelCapabilities}.
   */
  public static final class KernelCapabilities extends Struct<KernelCapabilities> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskDefinition.KernelCapabilities");

    public KernelCapabilities() {
      super(SCHEMA);
    }

    /**
     * The Linux capabilities for the container that have been added to the default configuration
     * provided by Docker. This parameter maps to <code>CapAdd</code> in the docker container create
     * command and the <code>--cap-add</code> option to docker run.
     *
     * <p>Tasks launched on AWS Fargate only support adding the <code>SYS_PTRACE</code> kernel
     * capability.
     *
     * <p>Valid values: <code>"ALL" | "AUDIT_CONTROL" | "AUDIT_WRITE" | "BLOCK_SUSPEND" | "CHOWN" |
     * "DAC_OVERRIDE" | "DAC_READ_SEARCH" | "FOWNER" | "FSETID" | "IPC_LOCK" | "IPC_OWNER" | "KILL"
     * | "LEASE" | "LINUX_IMMUTABLE" | "MAC_ADMIN" | "MAC_OVERRIDE" | "MKNOD" | "NET_ADMIN" |
     * "NET_BIND_SERVICE" | "NET_BROADCAST" | "NET_RAW" | "SETFCAP" | "SETGID" | "SETPCAP" |
     * "SETUID" | "SYS_ADMIN" | "SYS_BOOT" | "SYS_CHROOT" | "SYS_MODULE" | "SYS_NICE" | "SYS_PACCT"
     * | "SYS_PTRACE" | "SYS_RAWIO" | "SYS_RESOURCE" | "SYS_TIME" | "SYS_TTY_CONFIG" | "SYSLOG" |
     * "WAKE_ALARM"</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Add}.
     */
    public KernelCapabilities add(List<String> value) {
      return set("Add", Value.listOf(value));
    }

    /** Sets {@code Add} to this value; see {@link #add(List)}. */
    public KernelCapabilities add(Value<List<String>> value) {
      return set("Add", value);
    }

    /**
     * The Linux capabilities for the container that have been removed from the default
     * configuration provided by Docker. This parameter maps to <code>CapDrop</code> in the docker
     * container create command and the <code>--cap-drop</code> option to docker run.
     *
     * <p>Valid values: <code>"ALL" | "AUDIT_CONTROL" | "AUDIT_WRITE" | "BLOCK_SUSPEND" | "CHOWN" |
     * "DAC_OVERRIDE" | "DAC_READ_SEARCH" | "FOWNER" | "FSETID" | "IPC_LOCK" | "IPC_OWNER" | "KILL"
     * | "LEASE" | "LINUX_IMMUTABLE" | "MAC_ADMIN" | "MAC_OVERRIDE" | "MKNOD" | "NET_ADMIN" |
     * "NET_BIND_SERVICE" | "NET_BROADCAST" | "NET_RAW" | "SETFCAP" | "SETGID" | "SETPCAP" |
     * "SETUID" | "SYS_ADMIN" | "SYS_BOOT" | "SYS_CHROOT" | "SYS_MODULE" | "SYS_NICE" | "SYS_PACCT"
     * | "SYS_PTRACE" | "SYS_RAWIO" | "SYS_RESOURCE" | "SYS_TIME" | "SYS_TTY_CONFIG" | "SYSLOG" |
     * "WAKE_ALARM"</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Drop}.
     */
    public KernelCapabilities drop(List<String> value) {
      return set("Drop", Value.listOf(value));
    }

    /** Sets {@code Drop} to this value; see {@link #drop(List)}. */
    public KernelCapabilities drop(Value<List<String>> value) {
      return set("Drop", value);
    }
  }

  /**
   * A key-value pair object.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.KeyValuePair}.
   */
  public static final class KeyValuePair extends Struct<KeyValuePair> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskDefinition.KeyValuePair");

    public KeyValuePair() {
      super(SCHEMA);
    }

    /**
     * The name of the key-value pair. For environment variables, this is the name of the
     * environment variable.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public KeyValuePair name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public KeyValuePair name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the key-value pair. For environment variables, this is the value of the
     * environment variable.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Value}.
     */
    public KeyValuePair value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public KeyValuePair value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The Linux-specific options that are applied to the container, such as Linux <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html">KernelCapabilities</a>
   * .
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.LinuxParameters}.
   */
  public static final class LinuxParameters extends Struct<LinuxParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskDefinition.LinuxParameters");

    public LinuxParameters() {
      super(SCHEMA);
    }

    /**
     * The Linux capabilities for the container that are added to or dropped from the default
     * configuration provided by Docker.
     *
     * <p>For tasks that use the Fargate launch type, <code>capabilities</code> is supported for all
     * platform versions but the <code>add</code> parameter is only supported if using platform
     * version 1.4.0 or later.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Capabilities}.
     */
    public LinuxParameters capabilities(Value<KernelCapabilities> value) {
      return set("Capabilities", value);
    }

    /**
     * Any host devices to expose to the container. This parameter maps to <code>Devices</code> in
     * the docker container create command and the <code>--device</code> option to docker run.
     *
     * <p>If you're using tasks that use the Fargate launch type, the <code>devices</code> parameter
     * isn't supported.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Devices}.
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
     * Run an <code>init</code> process inside the container that forwards signals and reaps
     * processes. This parameter maps to the <code>--init</code> option to docker run. This
     * parameter requires version 1.25 of the Docker Remote API or greater on your container
     * instance. To check the Docker Remote API version on your container instance, log in to your
     * container instance and run the following command: <code>sudo docker version --format
     * '{{.Server.APIVersion}}'</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code InitProcessEnabled}.
     */
    public LinuxParameters initProcessEnabled(boolean value) {
      return set("InitProcessEnabled", Value.of(value));
    }

    /** Sets {@code InitProcessEnabled} to this value; see {@link #initProcessEnabled(boolean)}. */
    public LinuxParameters initProcessEnabled(Value<Boolean> value) {
      return set("InitProcessEnabled", value);
    }

    /**
     * The total amount of swap memory (in MiB) a container can use. This parameter will be
     * translated to the <code>--memory-swap</code> option to docker run where the value would be
     * the sum of the container memory plus the <code>maxSwap</code> value.
     *
     * <p>If a <code>maxSwap</code> value of <code>0</code> is specified, the container will not use
     * swap. Accepted values are <code>0</code> or any positive integer. If the <code>maxSwap</code>
     * parameter is omitted, the container will use the swap configuration for the container
     * instance it is running on. A <code>maxSwap</code> value must be set for the
     * <code>swappiness</code> parameter to be used.
     *
     * <p>If you're using tasks that use the Fargate launch type, the <code>maxSwap</code> parameter
     * isn't supported. If you're using tasks on Amazon Linux 2023 the <code>swappiness</code>
     * parameter isn't supported.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MaxSwap}.
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
     * the <code>--shm-size</code> option to docker run.
     *
     * <p>If you are using tasks that use the Fargate launch type, the <code>sharedMemorySize</code>
     * parameter is not supported.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SharedMemorySize}.
     */
    public LinuxParameters sharedMemorySize(int value) {
      return set("SharedMemorySize", Value.of(value));
    }

    /** Sets {@code SharedMemorySize} to this value; see {@link #sharedMemorySize(int)}. */
    public LinuxParameters sharedMemorySize(Value<Integer> value) {
      return set("SharedMemorySize", value);
    }

    /**
     * This allows you to tune a container's memory swappiness behavior. A <code>swappiness</code>
     * value of <code>0</code> will cause swapping to not happen unless absolutely necessary. A
     * <code>swappiness</code> value of <code>100</code> will cause pages to be swapped very
     * aggressively. Accepted values are whole numbers between <code>0</code> and <code>100</code> .
     * If the <code>swappiness</code> parameter is not specified, a default value of <code>60</code>
     * is used. If a value is not specified for <code>maxSwap</code> then this parameter is ignored.
     * This parameter maps to the <code>--memory-swappiness</code> option to docker run.
     *
     * <p>If you're using tasks that use the Fargate launch type, the <code>swappiness</code>
     * parameter isn't supported. If you're using tasks on Amazon Linux 2023 the
     * <code>swappiness</code> parameter isn't supported.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Swappiness}.
     */
    public LinuxParameters swappiness(int value) {
      return set("Swappiness", Value.of(value));
    }

    /** Sets {@code Swappiness} to this value; see {@link #swappiness(int)}. */
    public LinuxParameters swappiness(Value<Integer> value) {
      return set("Swappiness", value);
    }

    /**
     * The container path, mount options, and size (in MiB) of the tmpfs mount. This parameter maps
     * to the <code>--tmpfs</code> option to docker run.
     *
     * <p>If you're using tasks that use the Fargate launch type, the <code>tmpfs</code> parameter
     * isn't supported.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Tmpfs}.
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
   * The <code>LogConfiguration</code> property specifies log configuration options to send to a
   * custom log driver for the container.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.LogConfiguration}.
   */
  public static final class LogConfiguration extends Struct<LogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.LogConfiguration")
        .required("LogDriver")
        .build();

    public LogConfiguration() {
      super(SCHEMA);
    }

    /**
     * The log driver to use for the container.
     *
     * <p>For tasks on AWS Fargate , the supported log drivers are <code>awslogs</code> ,
     * <code>splunk</code> , and <code>awsfirelens</code> .
     *
     * <p>For tasks hosted on Amazon EC2 instances, the supported log drivers are
     * <code>awslogs</code> , <code>fluentd</code> , <code>gelf</code> , <code>json-file</code> ,
     * <code>journald</code> , <code>syslog</code> , <code>splunk</code> , and
     * <code>awsfirelens</code> .
     *
     * <p>For more information about using the <code>awslogs</code> log driver, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html">Send
     * Amazon ECS logs to CloudWatch</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> .
     *
     * <p>For more information about using the <code>awsfirelens</code> log driver, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html">Send
     * Amazon ECS logs to an AWS service or AWS Partner</a> .
     *
     * <p>If you have a custom driver that isn't listed, you can fork the Amazon ECS container agent
     * project that's <a
     * href="https://docs.aws.amazon.com/https://github.com/aws/amazon-ecs-agent">available on
     * GitHub</a> and customize it to work with that driver. We encourage you to submit pull
     * requests for changes that you would like to have included. However, we don't currently
     * provide support for running modified copies of this software.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code LogDriver}.
     */
    public LogConfiguration logDriver(String value) {
      return set("LogDriver", Value.of(value));
    }

    /** Sets {@code LogDriver} to this value; see {@link #logDriver(String)}. */
    public LogConfiguration logDriver(Value<String> value) {
      return set("LogDriver", value);
    }

    /**
     * The configuration options to send to the log driver.
     *
     * <p>The options you can specify depend on the log driver. Some of the options you can specify
     * when you use the <code>awslogs</code> log driver to route logs to Amazon CloudWatch include
     * the following:
     *
     * <ul> <li><b>awslogs-create-group</b> - Required: No </ul>
     *
     * <p>Specify whether you want the log group to be created automatically. If this option isn't
     * specified, it defaults to <code>false</code> .
     *
     * <p>Your IAM policy must include the <code>logs:CreateLogGroup</code> permission before you
     * attempt to use <code>awslogs-create-group</code> .
     *
     * <ul> <li><b>awslogs-region</b> - Required: Yes </ul>
     *
     * <p>Specify the AWS Region that the <code>awslogs</code> log driver is to send your Docker
     * logs to. You can choose to send all of your logs from clusters in different Regions to a
     * single region in CloudWatch Logs. This is so that they're all visible in one location.
     * Otherwise, you can separate them by Region for more granularity. Make sure that the specified
     * log group exists in the Region that you specify with this option.
     *
     * <ul> <li><b>awslogs-group</b> - Required: Yes </ul>
     *
     * <p>Make sure to specify a log group that the <code>awslogs</code> log driver sends its log
     * streams to.
     *
     * <ul> <li><b>awslogs-stream-prefix</b> - Required: Yes, when using Fargate.Optional when using
     * EC2. </ul>
     *
     * <p>Use the <code>awslogs-stream-prefix</code> option to associate a log stream with the
     * specified prefix, the container name, and the ID of the Amazon ECS task that the container
     * belongs to. If you specify a prefix with this option, then the log stream takes the format
     * <code>prefix-name/container-name/ecs-task-id</code> .
     *
     * <p>If you don't specify a prefix with this option, then the log stream is named after the
     * container ID that's assigned by the Docker daemon on the container instance. Because it's
     * difficult to trace logs back to the container that sent them with just the Docker container
     * ID (which is only available on the container instance), we recommend that you specify a
     * prefix with this option.
     *
     * <p>For Amazon ECS services, you can use the service name as the prefix. Doing so, you can
     * trace log streams to the service that the container belongs to, the name of the container
     * that sent them, and the ID of the task that the container belongs to.
     *
     * <p>You must specify a stream-prefix for your logs to have your logs appear in the Log pane
     * when using the Amazon ECS console.
     *
     * <ul> <li><b>awslogs-datetime-format</b> - Required: No </ul>
     *
     * <p>This option defines a multiline start pattern in Python <code>strftime</code> format. A
     * log message consists of a line that matches the pattern and any following lines that don’t
     * match the pattern. The matched line is the delimiter between log messages.
     *
     * <p>One example of a use case for using this format is for parsing output such as a stack
     * dump, which might otherwise be logged in multiple entries. The correct pattern allows it to
     * be captured in a single entry.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/config/containers/logging/awslogs/#awslogs-datetime-format">awslogs-datetime-format</a>
     * .
     *
     * <p>You cannot configure both the <code>awslogs-datetime-format</code> and
     * <code>awslogs-multiline-pattern</code> options.
     *
     * <p>Multiline logging performs regular expression parsing and matching of all log messages.
     * This might have a negative impact on logging performance.
     *
     * <ul> <li><b>awslogs-multiline-pattern</b> - Required: No </ul>
     *
     * <p>This option defines a multiline start pattern that uses a regular expression. A log
     * message consists of a line that matches the pattern and any following lines that don’t match
     * the pattern. The matched line is the delimiter between log messages.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.docker.com/config/containers/logging/awslogs/#awslogs-multiline-pattern">awslogs-multiline-pattern</a>
     * .
     *
     * <p>This option is ignored if <code>awslogs-datetime-format</code> is also configured.
     *
     * <p>You cannot configure both the <code>awslogs-datetime-format</code> and
     * <code>awslogs-multiline-pattern</code> options.
     *
     * <p>Multiline logging performs regular expression parsing and matching of all log messages.
     * This might have a negative impact on logging performance.
     *
     * <p>The following options apply to all supported log drivers.
     *
     * <ul> <li><b>mode</b> - Required: No </ul>
     *
     * <p>Valid values: <code>non-blocking</code> | <code>blocking</code>
     *
     * <p>This option defines the delivery mode of log messages from the container to the log driver
     * specified using <code>logDriver</code> . The delivery mode you choose affects application
     * availability when the flow of logs from container is interrupted.
     *
     * <p>If you use the <code>blocking</code> mode and the flow of logs is interrupted, calls from
     * container code to write to the <code>stdout</code> and <code>stderr</code> streams will
     * block. The logging thread of the application will block as a result. This may cause the
     * application to become unresponsive and lead to container healthcheck failure.
     *
     * <p>If you use the <code>non-blocking</code> mode, the container's logs are instead stored in
     * an in-memory intermediate buffer configured with the <code>max-buffer-size</code> option.
     * This prevents the application from becoming unresponsive when logs cannot be sent. We
     * recommend using this mode if you want to ensure service availability and are okay with some
     * log loss. For more information, see <a
     * href="https://docs.aws.amazon.com/containers/preventing-log-loss-with-non-blocking-mode-in-the-awslogs-container-log-driver/">Preventing
     * log loss with non-blocking mode in the <code>awslogs</code> container log driver</a> .
     *
     * <p>You can set a default <code>mode</code> for all containers in a specific AWS Region by
     * using the <code>defaultLogDriverMode</code> account setting. If you don't specify the
     * <code>mode</code> option or configure the account setting, Amazon ECS will default to the
     * <code>non-blocking</code> mode. For more information about the account setting, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-account-settings.html#default-log-driver-mode">Default
     * log driver mode</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>On June 25, 2025, Amazon ECS changed the default log driver mode from
     * <code>blocking</code> to <code>non-blocking</code> to prioritize task availability over
     * logging. To continue using the <code>blocking</code> mode after this change, do one of the
     * following: - Set the <code>mode</code> option in your container definition's
     * <code>logConfiguration</code> as <code>blocking</code> . - Set the
     * <code>defaultLogDriverMode</code> account setting to <code>blocking</code> .
     *
     * <ul> <li><b>max-buffer-size</b> - Required: No </ul>
     *
     * <p>Default value: <code>10m</code>
     *
     * <p>When <code>non-blocking</code> mode is used, the <code>max-buffer-size</code> log option
     * controls the size of the buffer that's used for intermediate message storage. Make sure to
     * specify an adequate buffer size based on your application. When the buffer fills up, further
     * logs cannot be stored. Logs that cannot be stored are lost.
     *
     * <p>To route logs using the <code>splunk</code> log router, you need to specify a
     * <code>splunk-token</code> and a <code>splunk-url</code> .
     *
     * <p>When you use the <code>awsfirelens</code> log router to route logs to an AWS Service or
     * AWS Partner Network destination for log storage and analytics, you can set the
     * <code>log-driver-buffer-limit</code> option to limit the number of events that are buffered
     * in memory, before being sent to the log router container. It can help to resolve potential
     * log loss issue because high throughput might result in memory running out for the buffer
     * inside of Docker.
     *
     * <p>Other options you can specify when using <code>awsfirelens</code> to route logs depend on
     * the destination. When you export logs to Amazon Data Firehose, you can specify the AWS Region
     * with <code>region</code> and a name for the log stream with <code>delivery_stream</code> .
     *
     * <p>When you export logs to Amazon Kinesis Data Streams, you can specify an AWS Region with
     * <code>region</code> and a data stream name with <code>stream</code> .
     *
     * <p>When you export logs to Amazon OpenSearch Service, you can specify options like
     * <code>Name</code> , <code>Host</code> (OpenSearch Service endpoint without protocol),
     * <code>Port</code> , <code>Index</code> , <code>Type</code> , <code>Aws_auth</code> ,
     * <code>Aws_region</code> , <code>Suppress_Type_Name</code> , and <code>tls</code> . For more
     * information, see <a
     * href="https://docs.aws.amazon.com/containers/under-the-hood-firelens-for-amazon-ecs-tasks/">Under
     * the hood: FireLens for Amazon ECS Tasks</a> .
     *
     * <p>When you export logs to Amazon S3, you can specify the bucket using the
     * <code>bucket</code> option. You can also specify <code>region</code> ,
     * <code>total_file_size</code> , <code>upload_timeout</code> , and <code>use_put_object</code>
     * as options.
     *
     * <p>This parameter requires version 1.19 of the Docker Remote API or greater on your container
     * instance. To check the Docker Remote API version on your container instance, log in to your
     * container instance and run the following command: <code>sudo docker version --format
     * '{{.Server.APIVersion}}'</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Options}.
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
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html">Specifying
     * sensitive data</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SecretOptions}.
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

  /**
   * The details for a volume mount point that's used in a container definition.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.MountPoint}.
   */
  public static final class MountPoint extends Struct<MountPoint> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskDefinition.MountPoint");

    public MountPoint() {
      super(SCHEMA);
    }

    /**
     * The path on the container to mount the host volume at.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ContainerPath}.
     */
    public MountPoint containerPath(String value) {
      return set("ContainerPath", Value.of(value));
    }

    /** Sets {@code ContainerPath} to this value; see {@link #containerPath(String)}. */
    public MountPoint containerPath(Value<String> value) {
      return set("ContainerPath", value);
    }

    /**
     * If this value is <code>true</code> , the container has read-only access to the volume. If
     * this value is <code>false</code> , then the container can write to the volume. The default
     * value is <code>false</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ReadOnly}.
     */
    public MountPoint readOnly(boolean value) {
      return set("ReadOnly", Value.of(value));
    }

    /** Sets {@code ReadOnly} to this value; see {@link #readOnly(boolean)}. */
    public MountPoint readOnly(Value<Boolean> value) {
      return set("ReadOnly", value);
    }

    /**
     * The name of the volume to mount. Must be a volume name referenced in the <code>name</code>
     * parameter of task definition <code>volume</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SourceVolume}.
     */
    public MountPoint sourceVolume(String value) {
      return set("SourceVolume", Value.of(value));
    }

    /** Sets {@code SourceVolume} to this value; see {@link #sourceVolume(String)}. */
    public MountPoint sourceVolume(Value<String> value) {
      return set("SourceVolume", value);
    }
  }

  /**
   * The <code>PortMapping</code> property specifies a port mapping. Port mappings allow containers
   * to access ports on the host container instance to send or receive traffic. Port mappings are
   * specified as part of the container definition.
   *
   * <p>If you are using containers in a task with the <code>awsvpc</code> or <code>host</code>
   * network mode, exposed ports should be specified using <code>containerPort</code> . The
   * <code>hostPort</code> can be left blank or it must be the same value as the
   * <code>containerPort</code> .
   *
   * <p>After a task reaches the <code>RUNNING</code> status, manual and automatic host and
   * container port assignments are visible in the <code>networkBindings</code> section of <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTasks.html">DescribeTasks</a>
   * API responses.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.PortMapping}.
   */
  public static final class PortMapping extends Struct<PortMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.PortMapping")
        .allowed("AppProtocol", "http", "http2", "grpc")
        .allowed("Protocol", "tcp", "udp")
        .build();

    public PortMapping() {
      super(SCHEMA);
    }

    /**
     * The application protocol that's used for the port mapping. This parameter only applies to
     * Service Connect. We recommend that you set this parameter to be consistent with the protocol
     * that your application uses. If you set this parameter, Amazon ECS adds protocol-specific
     * connection handling to the Service Connect proxy. If you set this parameter, Amazon ECS adds
     * protocol-specific telemetry in the Amazon ECS console and CloudWatch.
     *
     * <p>If you don't set a value for this parameter, then TCP is used. However, Amazon ECS doesn't
     * add protocol-specific telemetry for TCP.
     *
     * <p><code>appProtocol</code> is immutable in a Service Connect service. Updating this field
     * requires a service deletion and redeployment.
     *
     * <p>Tasks that run in a namespace can use short names to connect to services in the namespace.
     * Tasks can connect to services across all of the clusters in the namespace. Tasks connect
     * through a managed proxy container that collects logs and metrics for increased visibility.
     * Only the tasks that Amazon ECS services create are supported with Service Connect. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html">Service
     * Connect</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code http}, {@code http2}, {@code
     * grpc}. CloudFormation property {@code AppProtocol}.
     */
    public PortMapping appProtocol(String value) {
      return set("AppProtocol", Value.of(value));
    }

    /** Sets {@code AppProtocol} to this value; see {@link #appProtocol(String)}. */
    public PortMapping appProtocol(Value<String> value) {
      return set("AppProtocol", value);
    }

    /**
     * The port number on the container that's bound to the user-specified or automatically assigned
     * host port.
     *
     * <p>If you use containers in a task with the <code>awsvpc</code> or <code>host</code> network
     * mode, specify the exposed ports using <code>containerPort</code> .
     *
     * <p>If you use containers in a task with the <code>bridge</code> network mode and you specify
     * a container port and not a host port, your container automatically receives a host port in
     * the ephemeral port range. For more information, see <code>hostPort</code> . Port mappings
     * that are automatically assigned in this way do not count toward the 100 reserved ports limit
     * of a container instance.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ContainerPort}.
     */
    public PortMapping containerPort(int value) {
      return set("ContainerPort", Value.of(value));
    }

    /** Sets {@code ContainerPort} to this value; see {@link #containerPort(int)}. */
    public PortMapping containerPort(Value<Integer> value) {
      return set("ContainerPort", value);
    }

    /**
     * The port number range on the container that's bound to the dynamically mapped host port
     * range.
     *
     * <p>The following rules apply when you specify a <code>containerPortRange</code> :
     *
     * <ul> <li>You must use either the <code>bridge</code> network mode or the <code>awsvpc</code>
     * network mode. <li>This parameter is available for both the EC2 and AWS Fargate launch types.
     * <li>This parameter is available for both the Linux and Windows operating systems. <li>The
     * container instance must have at least version 1.67.0 of the container agent and at least
     * version 1.67.0-1 of the <code>ecs-init</code> package <li>You can specify a maximum of 100
     * port ranges per container. <li>You do not specify a <code>hostPortRange</code> . The value of
     * the <code>hostPortRange</code> is set as follows: </ul>
     *
     * <ul> <li>For containers in a task with the <code>awsvpc</code> network mode, the
     * <code>hostPortRange</code> is set to the same value as the <code>containerPortRange</code> .
     * This is a static mapping strategy. <li>For containers in a task with the <code>bridge</code>
     * network mode, the Amazon ECS agent finds open host ports from the default ephemeral range and
     * passes it to docker to bind them to the container ports. <li>The
     * <code>containerPortRange</code> valid values are between 1 and 65535. <li>A port can only be
     * included in one port mapping per container. <li>You cannot specify overlapping port ranges.
     * <li>The first port in the range must be less than last port in the range. <li>Docker
     * recommends that you turn off the docker-proxy in the Docker daemon config file when you have
     * a large number of ports. </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/https://github.com/moby/moby/issues/11185">Issue #11185</a>
     * on the Github website.
     *
     * <p>For information about how to turn off the docker-proxy in the Docker daemon config file,
     * see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/bootstrap_container_instance.html#bootstrap_docker_daemon">Docker
     * daemon</a> in the <em>Amazon ECS Developer Guide</em> .
     *
     * <p>You can call <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTasks.html"><code>DescribeTasks</code></a>
     * to view the <code>hostPortRange</code> which are the host ports that are bound to the
     * container ports.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ContainerPortRange}.
     */
    public PortMapping containerPortRange(String value) {
      return set("ContainerPortRange", Value.of(value));
    }

    /** Sets {@code ContainerPortRange} to this value; see {@link #containerPortRange(String)}. */
    public PortMapping containerPortRange(Value<String> value) {
      return set("ContainerPortRange", value);
    }

    /**
     * The port number on the container instance to reserve for your container.
     *
     * <p>If you specify a <code>containerPortRange</code> , leave this field empty and the value of
     * the <code>hostPort</code> is set as follows:
     *
     * <ul> <li>For containers in a task with the <code>awsvpc</code> network mode, the
     * <code>hostPort</code> is set to the same value as the <code>containerPort</code> . This is a
     * static mapping strategy. <li>For containers in a task with the <code>bridge</code> network
     * mode, the Amazon ECS agent finds open ports on the host and automatically binds them to the
     * container ports. This is a dynamic mapping strategy. </ul>
     *
     * <p>If you use containers in a task with the <code>awsvpc</code> or <code>host</code> network
     * mode, the <code>hostPort</code> can either be left blank or set to the same value as the
     * <code>containerPort</code> .
     *
     * <p>If you use containers in a task with the <code>bridge</code> network mode, you can specify
     * a non-reserved host port for your container port mapping, or you can omit the
     * <code>hostPort</code> (or set it to <code>0</code> ) while specifying a
     * <code>containerPort</code> and your container automatically receives a port in the ephemeral
     * port range for your container instance operating system and Docker version.
     *
     * <p>The default ephemeral port range for Docker version 1.6.0 and later is listed on the
     * instance under <code>/proc/sys/net/ipv4/ip_local_port_range</code> . If this kernel parameter
     * is unavailable, the default ephemeral port range from 49153 through 65535 (Linux) or 49152
     * through 65535 (Windows) is used. Do not attempt to specify a host port in the ephemeral port
     * range as these are reserved for automatic assignment. In general, ports below 32768 are
     * outside of the ephemeral port range.
     *
     * <p>The default reserved ports are 22 for SSH, the Docker ports 2375 and 2376, and the Amazon
     * ECS container agent ports 51678-51680. Any host port that was previously specified in a
     * running task is also reserved while the task is running. That is, after a task stops, the
     * host port is released. The current reserved ports are displayed in the
     * <code>remainingResources</code> of <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeContainerInstances.html">DescribeContainerInstances</a>
     * output. A container instance can have up to 100 reserved ports at a time. This number
     * includes the default reserved ports. Automatically assigned ports aren't included in the 100
     * reserved ports quota.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code HostPort}.
     */
    public PortMapping hostPort(int value) {
      return set("HostPort", Value.of(value));
    }

    /** Sets {@code HostPort} to this value; see {@link #hostPort(int)}. */
    public PortMapping hostPort(Value<Integer> value) {
      return set("HostPort", value);
    }

    /**
     * The name that's used for the port mapping. This parameter is the name that you use in the
     * <code>serviceConnectConfiguration</code> and the <code>vpcLatticeConfigurations</code> of a
     * service. The name can include up to 64 characters. The characters can include lowercase
     * letters, numbers, underscores (_), and hyphens (-). The name can't start with a hyphen.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public PortMapping name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public PortMapping name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The protocol used for the port mapping. Valid values are <code>tcp</code> and
     * <code>udp</code> . The default is <code>tcp</code> . <code>protocol</code> is immutable in a
     * Service Connect service. Updating this field requires a service deletion and redeployment.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code tcp}, {@code udp}.
     * CloudFormation property {@code Protocol}.
     */
    public PortMapping protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public PortMapping protocol(Value<String> value) {
      return set("Protocol", value);
    }
  }

  /**
   * The configuration details for the App Mesh proxy.
   *
   * <p>For tasks that use the EC2 launch type, the container instances require at least version
   * 1.26.0 of the container agent and at least version 1.26.0-1 of the <code>ecs-init</code>
   * package to use a proxy configuration. If your container instances are launched from the Amazon
   * ECS optimized AMI version <code>20190301</code> or later, then they contain the required
   * versions of the container agent and <code>ecs-init</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html">Amazon
   * ECS-optimized Linux AMI</a>
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.ProxyConfiguration}.
   */
  public static final class ProxyConfiguration extends Struct<ProxyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.ProxyConfiguration")
        .required("ContainerName")
        .allowed("Type", "APPMESH")
        .build();

    public ProxyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the container that will serve as the App Mesh proxy.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ContainerName}.
     */
    public ProxyConfiguration containerName(String value) {
      return set("ContainerName", Value.of(value));
    }

    /** Sets {@code ContainerName} to this value; see {@link #containerName(String)}. */
    public ProxyConfiguration containerName(Value<String> value) {
      return set("ContainerName", value);
    }

    /**
     * The set of network configuration parameters to provide the Container Network Interface (CNI)
     * plugin, specified as key-value pairs.
     *
     * <ul> <li><code>IgnoredUID</code> - (Required) The user ID (UID) of the proxy container as
     * defined by the <code>user</code> parameter in a container definition. This is used to ensure
     * the proxy ignores its own traffic. If <code>IgnoredGID</code> is specified, this field can be
     * empty. <li><code>IgnoredGID</code> - (Required) The group ID (GID) of the proxy container as
     * defined by the <code>user</code> parameter in a container definition. This is used to ensure
     * the proxy ignores its own traffic. If <code>IgnoredUID</code> is specified, this field can be
     * empty. <li><code>AppPorts</code> - (Required) The list of ports that the application uses.
     * Network traffic to these ports is forwarded to the <code>ProxyIngressPort</code> and
     * <code>ProxyEgressPort</code> . <li><code>ProxyIngressPort</code> - (Required) Specifies the
     * port that incoming traffic to the <code>AppPorts</code> is directed to.
     * <li><code>ProxyEgressPort</code> - (Required) Specifies the port that outgoing traffic from
     * the <code>AppPorts</code> is directed to. <li><code>EgressIgnoredPorts</code> - (Required)
     * The egress traffic going to the specified ports is ignored and not redirected to the
     * <code>ProxyEgressPort</code> . It can be an empty list. <li><code>EgressIgnoredIPs</code> -
     * (Required) The egress traffic going to the specified IP addresses is ignored and not
     * redirected to the <code>ProxyEgressPort</code> . It can be an empty list. </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * ProxyConfigurationProperties}.
     */
    public ProxyConfiguration proxyConfigurationProperties(List<KeyValuePair> value) {
      return set("ProxyConfigurationProperties", Value.listOf(value));
    }

    /**
     * Sets {@code ProxyConfigurationProperties} to this value; see {@link
     * #proxyConfigurationProperties(List)}.
     */
    public ProxyConfiguration proxyConfigurationProperties(Value<List<KeyValuePair>> value) {
      return set("ProxyConfigurationProperties", value);
    }

    /**
     * Sets {@code ProxyConfigurationProperties} to a list of these; see {@link
     * #proxyConfigurationProperties(List)}.
     */
    public ProxyConfiguration proxyConfigurationProperties(KeyValuePair... values) {
      return set("ProxyConfigurationProperties", Value.list(values));
    }

    /**
     * The proxy type. The only supported value is <code>APPMESH</code> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code APPMESH}. CloudFormation
     * property {@code Type}.
     */
    public ProxyConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ProxyConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The repository credentials for private registry authentication.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.RepositoryCredentials}.
   */
  public static final class RepositoryCredentials extends Struct<RepositoryCredentials> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskDefinition.RepositoryCredentials");

    public RepositoryCredentials() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the secret containing the private repository credentials.
     *
     * <p>When you use the Amazon ECS API, AWS CLI , or AWS SDK, if the secret exists in the same
     * Region as the task that you're launching then you can use either the full ARN or the name of
     * the secret. When you use the AWS Management Console, you must specify the full ARN of the
     * secret.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CredentialsParameter}.
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
   * The type and amount of a resource to assign to a container. The supported resource types are
   * GPUs and Elastic Inference accelerators. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-gpu.html">Working with
   * GPUs on Amazon ECS</a> or <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-inference.html">Working
   * with Amazon Elastic Inference on Amazon ECS</a> in the <em>Amazon Elastic Container Service
   * Developer Guide</em>
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.ResourceRequirement}.
   */
  public static final class ResourceRequirement extends Struct<ResourceRequirement> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.ResourceRequirement")
        .required("Type", "Value")
        .allowed("Type", "GPU", "InferenceAccelerator", "NeuronDevice")
        .build();

    public ResourceRequirement() {
      super(SCHEMA);
    }

    /**
     * The type of resource to assign to a container.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code GPU}, {@code
     * InferenceAccelerator}, {@code NeuronDevice}. CloudFormation property {@code Type}.
     */
    public ResourceRequirement type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ResourceRequirement type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The value for the specified resource type.
     *
     * <p>When the type is <code>GPU</code> , the value is the number of physical <code>GPUs</code>
     * the Amazon ECS container agent reserves for the container. The number of GPUs that's reserved
     * for all containers in a task can't exceed the number of available GPUs on the container
     * instance that the task is launched on.
     *
     * <p>When the type is <code>InferenceAccelerator</code> , the <code>value</code> matches the
     * <code>deviceName</code> for an <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InferenceAccelerator.html">InferenceAccelerator</a>
     * specified in a task definition.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Value}.
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
   * You can enable a restart policy for each container defined in your task definition, to overcome
   * transient failures faster and maintain task availability. When you enable a restart policy for
   * a container, Amazon ECS can restart the container if it exits, without needing to replace the
   * task. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-restart-policy.html">Restart
   * individual containers in Amazon ECS tasks with container restart policies</a> in the <em>Amazon
   * Elastic Container Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.RestartPolicy}.
   */
  public static final class RestartPolicy extends Struct<RestartPolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskDefinition.RestartPolicy");

    public RestartPolicy() {
      super(SCHEMA);
    }

    /**
     * Specifies whether a restart policy is enabled for the container.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public RestartPolicy enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public RestartPolicy enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * A list of exit codes that Amazon ECS will ignore and not attempt a restart on. You can
     * specify a maximum of 50 container exit codes. By default, Amazon ECS does not ignore any exit
     * codes.
     *
     * <p>CloudFormation property {@code IgnoredExitCodes}.
     */
    public RestartPolicy ignoredExitCodes(List<Integer> value) {
      return set("IgnoredExitCodes", Value.listOf(value));
    }

    /** Sets {@code IgnoredExitCodes} to this value; see {@link #ignoredExitCodes(List)}. */
    public RestartPolicy ignoredExitCodes(Value<List<Integer>> value) {
      return set("IgnoredExitCodes", value);
    }

    /**
     * A period of time (in seconds) that the container must run for before a restart can be
     * attempted. A container can be restarted only once every <code>restartAttemptPeriod</code>
     * seconds. If a container isn't able to run for this time period and exits early, it will not
     * be restarted. You can set a minimum <code>restartAttemptPeriod</code> of 60 seconds and a
     * maximum <code>restartAttemptPeriod</code> of 1800 seconds. By default, a container must run
     * for 300 seconds before it can be restarted.
     *
     * <p>CloudFormation property {@code RestartAttemptPeriod}.
     */
    public RestartPolicy restartAttemptPeriod(int value) {
      return set("RestartAttemptPeriod", Value.of(value));
    }

    /** Sets {@code RestartAttemptPeriod} to this value; see {@link #restartAttemptPeriod(int)}. */
    public RestartPolicy restartAttemptPeriod(Value<Integer> value) {
      return set("RestartAttemptPeriod", value);
    }
  }

  /**
   * Information about the platform for the Amazon ECS service or task.
   *
   * <p>For more information about <code>RuntimePlatform</code> , see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#runtime-platform">RuntimePlatform</a>
   * in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.RuntimePlatform}.
   */
  public static final class RuntimePlatform extends Struct<RuntimePlatform> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.RuntimePlatform")
        .allowed("CpuArchitecture", "ARM64", "X86_64")
        .allowed("OperatingSystemFamily", "LINUX", "WINDOWS_SERVER_2004_CORE",
            "WINDOWS_SERVER_2016_FULL", "WINDOWS_SERVER_2019_CORE", "WINDOWS_SERVER_2019_FULL",
            "WINDOWS_SERVER_2022_CORE", "WINDOWS_SERVER_2022_FULL", "WINDOWS_SERVER_2025_CORE",
            "WINDOWS_SERVER_2025_FULL", "WINDOWS_SERVER_20H2_CORE")
        .build();

    public RuntimePlatform() {
      super(SCHEMA);
    }

    /**
     * The CPU architecture.
     *
     * <p>You can run your Linux tasks on an ARM-based platform by setting the value to
     * <code>ARM64</code> . This option is available for tasks that run on Linux Amazon EC2
     * instance, Amazon ECS Managed Instances, or Linux containers on Fargate.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ARM64}, {@code X86_64}.
     * CloudFormation property {@code CpuArchitecture}.
     */
    public RuntimePlatform cpuArchitecture(String value) {
      return set("CpuArchitecture", Value.of(value));
    }

    /** Sets {@code CpuArchitecture} to this value; see {@link #cpuArchitecture(String)}. */
    public RuntimePlatform cpuArchitecture(Value<String> value) {
      return set("CpuArchitecture", value);
    }

    /**
     * The operating system.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code LINUX}, {@code
     * WINDOWS_SERVER_2004_CORE}, {@code WINDOWS_SERVER_2016_FULL}, {@code
     * WINDOWS_SERVER_2019_CORE}, {@code WINDOWS_SERVER_2019_FULL}, {@code
     * WINDOWS_SERVER_2022_CORE}, {@code WINDOWS_SERVER_2022_FULL}, {@code
     * WINDOWS_SERVER_2025_CORE}, {@code WINDOWS_SERVER_2025_FULL}, {@code
     * WINDOWS_SERVER_20H2_CORE}. CloudFormation property {@code OperatingSystemFamily}.
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

  /**
   * This parameter is specified when you're using an Amazon S3 Files file system for task storage.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/s3files-volumes.html">Amazon
   * S3 Files volumes</a> in the <em>Amazon Elastic Container Service Developer Guide</em>. Your
   * task definition must include a Task IAM Role. See <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-files-prereq-policies.html#s3-files-prereq-iam-compute-role">IAM
   * role for attaching your file system to compute resources</a> for required permissions.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.S3FilesVolumeConfiguration}.
   */
  public static final class S3FilesVolumeConfiguration extends Struct<S3FilesVolumeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.S3FilesVolumeConfiguration")
        .required("FileSystemArn")
        .build();

    public S3FilesVolumeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The full ARN of the S3 Files access point to use. If an access point is specified, the root
     * directory value specified in the <code>S3FilesVolumeConfiguration</code> must either be
     * omitted or set to <code>/</code> which will enforce the path set on the S3 Files access
     * point. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-files-access-points-creating.html">Creating
     * S3 Files access points</a>.
     *
     * <p>CloudFormation property {@code AccessPointArn}.
     */
    public S3FilesVolumeConfiguration accessPointArn(String value) {
      return set("AccessPointArn", Value.of(value));
    }

    /** Sets {@code AccessPointArn} to this value; see {@link #accessPointArn(String)}. */
    public S3FilesVolumeConfiguration accessPointArn(Value<String> value) {
      return set("AccessPointArn", value);
    }

    /**
     * The full ARN of the S3 Files file system to mount.
     *
     * <p>Required. CloudFormation property {@code FileSystemArn}.
     */
    public S3FilesVolumeConfiguration fileSystemArn(String value) {
      return set("FileSystemArn", Value.of(value));
    }

    /** Sets {@code FileSystemArn} to this value; see {@link #fileSystemArn(String)}. */
    public S3FilesVolumeConfiguration fileSystemArn(Value<String> value) {
      return set("FileSystemArn", value);
    }

    /**
     * The directory within the Amazon S3 Files file system to mount as the root directory. If this
     * parameter is omitted, the root of the Amazon S3 Files file system will be used. Specifying
     * <code>/</code> will have the same effect as omitting this parameter. If a S3 Files access
     * point is specified in the <code>accessPointArn</code>, the root directory parameter must
     * either be omitted or set to <code>/</code> which will enforce the path set on the S3 Files
     * access point.
     *
     * <p>CloudFormation property {@code RootDirectory}.
     */
    public S3FilesVolumeConfiguration rootDirectory(String value) {
      return set("RootDirectory", Value.of(value));
    }

    /** Sets {@code RootDirectory} to this value; see {@link #rootDirectory(String)}. */
    public S3FilesVolumeConfiguration rootDirectory(Value<String> value) {
      return set("RootDirectory", value);
    }

    /**
     * The port to use for sending encrypted data between the ECS host and the S3 Files file system.
     * If you do not specify a transit encryption port, it will use the port selection strategy that
     * the Amazon S3 Files mount helper uses. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-files-mounting.html">S3 Files
     * mount helper</a>.
     *
     * <p>CloudFormation property {@code TransitEncryptionPort}.
     */
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
   * An object representing the secret to expose to your container. Secrets can be exposed to a
   * container in the following ways:
   *
   * <ul> <li>To inject sensitive data into your containers as environment variables, use the
   * <code>secrets</code> container definition parameter. <li>To reference sensitive information in
   * the log configuration of a container, use the <code>secretOptions</code> container definition
   * parameter. </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html">Specifying
   * sensitive data</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.Secret}.
   */
  public static final class Secret extends Struct<Secret> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.Secret")
        .required("Name", "ValueFrom")
        .build();

    public Secret() {
      super(SCHEMA);
    }

    /**
     * The name of the secret.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public Secret name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Secret name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The secret to expose to the container. The supported values are either the full ARN of the
     * AWS Secrets Manager secret or the full ARN of the parameter in the SSM Parameter Store.
     *
     * <p>For information about the require AWS Identity and Access Management permissions, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data-secrets.html#secrets-iam">Required
     * IAM permissions for Amazon ECS secrets</a> (for Secrets Manager) or <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data-parameters.html">Required
     * IAM permissions for Amazon ECS secrets</a> (for Systems Manager Parameter store) in the
     * <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>If the SSM Parameter Store parameter exists in the same Region as the task you're
     * launching, then you can use either the full ARN or name of the parameter. If the parameter
     * exists in a different Region, then the full ARN must be specified.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code ValueFrom}.
     */
    public Secret valueFrom(String value) {
      return set("ValueFrom", Value.of(value));
    }

    /** Sets {@code ValueFrom} to this value; see {@link #valueFrom(String)}. */
    public Secret valueFrom(Value<String> value) {
      return set("ValueFrom", value);
    }
  }

  /**
   * A list of namespaced kernel parameters to set in the container. This parameter maps to
   * <code>Sysctls</code> in the docker container create command and the <code>--sysctl</code>
   * option to docker run. For example, you can configure <code>net.ipv4.tcp_keepalive_time</code>
   * setting to maintain longer lived connections.
   *
   * <p>We don't recommend that you specify network-related <code>systemControls</code> parameters
   * for multiple containers in a single task that also uses either the <code>awsvpc</code> or
   * <code>host</code> network mode. Doing this has the following disadvantages:
   *
   * <ul> <li>For tasks that use the <code>awsvpc</code> network mode including Fargate, if you set
   * <code>systemControls</code> for any container, it applies to all containers in the task. If you
   * set different <code>systemControls</code> for multiple containers in a single task, the
   * container that's started last determines which <code>systemControls</code> take effect. <li>For
   * tasks that use the <code>host</code> network mode, the network namespace
   * <code>systemControls</code> aren't supported. </ul>
   *
   * <p>If you're setting an IPC resource namespace to use for the containers in the task, the
   * following conditions apply to your system controls. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_ipcmode">IPC
   * mode</a> .
   *
   * <ul> <li>For tasks that use the <code>host</code> IPC mode, IPC namespace
   * <code>systemControls</code> aren't supported. <li>For tasks that use the <code>task</code> IPC
   * mode, IPC namespace <code>systemControls</code> values apply to all containers within a task.
   * </ul>
   *
   * <p>This parameter is not supported for Windows containers. &gt; This parameter is only
   * supported for tasks that are hosted on AWS Fargate if the tasks are using platform version
   * <code>1.4.0</code> or later (Linux). This isn't supported for Windows containers on Fargate.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.SystemControl}.
   */
  public static final class SystemControl extends Struct<SystemControl> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskDefinition.SystemControl");

    public SystemControl() {
      super(SCHEMA);
    }

    /**
     * The namespaced kernel parameter to set a <code>value</code> for.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Namespace}.
     */
    public SystemControl namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public SystemControl namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The namespaced kernel parameter to set a <code>value</code> for.
     *
     * <p>Valid IPC namespace values: <code>"kernel.msgmax" | "kernel.msgmnb" | "kernel.msgmni" |
     * "kernel.sem" | "kernel.shmall" | "kernel.shmmax" | "kernel.shmmni" |
     * "kernel.shm_rmid_forced"</code> , and <code>Sysctls</code> that start with
     * <code>"fs.mqueue.*"</code>
     *
     * <p>Valid network namespace values: <code>Sysctls</code> that start with
     * <code>"net.<em>"</code> . Only namespaced <code>Sysctls</code> that exist within the
     * container starting with "net.</em> are accepted.
     *
     * <p>All of these values are supported by Fargate.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Value}.
     */
    public SystemControl value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public SystemControl value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The constraint on task placement in the task definition. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html">Task
   * placement constraints</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Task placement constraints aren't supported for tasks run on AWS Fargate .
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.TaskDefinitionPlacementConstraint}.
   */
  public static final class TaskDefinitionPlacementConstraint extends Struct<TaskDefinitionPlacementConstraint> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.TaskDefinitionPlacementConstraint")
        .required("Type")
        .allowed("Type", "memberOf")
        .build();

    public TaskDefinitionPlacementConstraint() {
      super(SCHEMA);
    }

    /**
     * A cluster query language expression to apply to the constraint. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html">Cluster
     * query language</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Expression}.
     */
    public TaskDefinitionPlacementConstraint expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public TaskDefinitionPlacementConstraint expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * The type of constraint. The <code>MemberOf</code> constraint restricts selection to be from a
     * group of valid candidates.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code memberOf}.
     * CloudFormation property {@code Type}.
     */
    public TaskDefinitionPlacementConstraint type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public TaskDefinitionPlacementConstraint type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The container path, mount options, and size of the tmpfs mount.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.Tmpfs}.
   */
  public static final class Tmpfs extends Struct<Tmpfs> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.Tmpfs")
        .required("Size")
        .build();

    public Tmpfs() {
      super(SCHEMA);
    }

    /**
     * The absolute file path where the tmpfs volume is to be mounted.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ContainerPath}.
     */
    public Tmpfs containerPath(String value) {
      return set("ContainerPath", Value.of(value));
    }

    /** Sets {@code ContainerPath} to this value; see {@link #containerPath(String)}. */
    public Tmpfs containerPath(Value<String> value) {
      return set("ContainerPath", value);
    }

    /**
     * The list of tmpfs volume mount options.
     *
     * <p>Valid values: <code>"defaults" | "ro" | "rw" | "suid" | "nosuid" | "dev" | "nodev" |
     * "exec" | "noexec" | "sync" | "async" | "dirsync" | "remount" | "mand" | "nomand" | "atime" |
     * "noatime" | "diratime" | "nodiratime" | "bind" | "rbind" | "unbindable" | "runbindable" |
     * "private" | "rprivate" | "shared" | "rshared" | "slave" | "rslave" | "relatime" |
     * "norelatime" | "strictatime" | "nostrictatime" | "mode" | "uid" | "gid" | "nr_inodes" |
     * "nr_blocks" | "mpol"</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MountOptions}.
     */
    public Tmpfs mountOptions(List<String> value) {
      return set("MountOptions", Value.listOf(value));
    }

    /** Sets {@code MountOptions} to this value; see {@link #mountOptions(List)}. */
    public Tmpfs mountOptions(Value<List<String>> value) {
      return set("MountOptions", value);
    }

    /**
     * The maximum size (in MiB) of the tmpfs volume.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Size}.
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
   * The <code>ulimit</code> settings to pass to the container.
   *
   * <p>Amazon ECS tasks hosted on AWS Fargate use the default resource limit values set by the
   * operating system with the exception of the <code>nofile</code> resource limit parameter which
   * AWS Fargate overrides. The <code>nofile</code> resource limit sets a restriction on the number
   * of open files that a container can use. The default <code>nofile</code> soft limit is
   * <code>65535</code> and the default hard limit is <code>65535</code> .
   *
   * <p>You can specify the <code>ulimit</code> settings for a container in a task definition.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.Ulimit}.
   */
  public static final class Ulimit extends Struct<Ulimit> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskDefinition.Ulimit")
        .required("HardLimit", "Name", "SoftLimit")
        .allowed("Name", "core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice",
            "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack")
        .build();

    public Ulimit() {
      super(SCHEMA);
    }

    /**
     * The hard limit for the <code>ulimit</code> type. The value can be specified in bytes,
     * seconds, or as a count, depending on the <code>type</code> of the <code>ulimit</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code HardLimit}.
     */
    public Ulimit hardLimit(int value) {
      return set("HardLimit", Value.of(value));
    }

    /** Sets {@code HardLimit} to this value; see {@link #hardLimit(int)}. */
    public Ulimit hardLimit(Value<Integer> value) {
      return set("HardLimit", value);
    }

    /**
     * The <code>type</code> of the <code>ulimit</code> .
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code core}, {@code cpu},
     * {@code data}, {@code fsize}, {@code locks}, {@code memlock}, {@code msgqueue}, {@code nice},
     * {@code nofile}, {@code nproc}, {@code rss}, {@code rtprio}, {@code rttime}, {@code
     * sigpending}, {@code stack}. CloudFormation property {@code Name}.
     */
    public Ulimit name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Ulimit name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The soft limit for the <code>ulimit</code> type. The value can be specified in bytes,
     * seconds, or as a count, depending on the <code>type</code> of the <code>ulimit</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code SoftLimit}.
     */
    public Ulimit softLimit(int value) {
      return set("SoftLimit", Value.of(value));
    }

    /** Sets {@code SoftLimit} to this value; see {@link #softLimit(int)}. */
    public Ulimit softLimit(Value<Integer> value) {
      return set("SoftLimit", value);
    }
  }

  /**
   * The data volume configuration for tasks launched using this task definition. Specifying a
   * volume configuration in a task definition is optional. The volume configuration may contain
   * multiple volumes but only one volume configured at launch is supported. Each volume defined in
   * the volume configuration may only specify a <code>name</code> and one of either
   * <code>configuredAtLaunch</code> , <code>dockerVolumeConfiguration</code> ,
   * <code>efsVolumeConfiguration</code> , <code>fsxWindowsFileServerVolumeConfiguration</code> , or
   * <code>host</code> . If an empty volume configuration is specified, by default Amazon ECS uses a
   * host volume. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html">Using
   * data volumes in tasks</a> .
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.Volume}.
   */
  public static final class Volume extends Struct<Volume> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskDefinition.Volume");

    public Volume() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the volume should be configured at launch time. This is used to create
     * Amazon EBS volumes for standalone tasks or tasks created as part of a service. Each task
     * definition revision may only have one volume configured at launch in the volume
     * configuration.
     *
     * <p>To configure a volume at launch time, use this task definition revision and specify a
     * <code>volumeConfigurations</code> object when calling the <code>CreateService</code> ,
     * <code>UpdateService</code> , <code>RunTask</code> or <code>StartTask</code> APIs.
     *
     * <p>CloudFormation property {@code ConfiguredAtLaunch}.
     */
    public Volume configuredAtLaunch(boolean value) {
      return set("ConfiguredAtLaunch", Value.of(value));
    }

    /** Sets {@code ConfiguredAtLaunch} to this value; see {@link #configuredAtLaunch(boolean)}. */
    public Volume configuredAtLaunch(Value<Boolean> value) {
      return set("ConfiguredAtLaunch", value);
    }

    /**
     * This parameter is specified when you use Docker volumes.
     *
     * <p>Windows containers only support the use of the <code>local</code> driver. To use bind
     * mounts, specify the <code>host</code> parameter instead.
     *
     * <p>Docker volumes aren't supported by tasks run on AWS Fargate .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * DockerVolumeConfiguration}.
     */
    public Volume dockerVolumeConfiguration(Value<DockerVolumeConfiguration> value) {
      return set("DockerVolumeConfiguration", value);
    }

    /**
     * This parameter is specified when you use an Amazon Elastic File System file system for task
     * storage.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EFSVolumeConfiguration}.
     */
    public Volume efsVolumeConfiguration(Value<EFSVolumeConfiguration> value) {
      return set("EFSVolumeConfiguration", value);
    }

    /**
     * This parameter is specified when you use Amazon FSx for Windows File Server file system for
     * task storage.
     *
     * <p>CloudFormation property {@code FSxWindowsFileServerVolumeConfiguration}.
     */
    public Volume fSxWindowsFileServerVolumeConfiguration(Value<FSxWindowsFileServerVolumeConfiguration> value) {
      return set("FSxWindowsFileServerVolumeConfiguration", value);
    }

    /**
     * This parameter is specified when you use bind mount host volumes. The contents of the
     * <code>host</code> parameter determine whether your bind mount host volume persists on the
     * host container instance and where it's stored. If the <code>host</code> parameter is empty,
     * then the Docker daemon assigns a host path for your data volume. However, the data isn't
     * guaranteed to persist after the containers that are associated with it stop running.
     *
     * <p>Windows containers can mount whole directories on the same drive as
     * <code>$env:ProgramData</code> . Windows containers can't mount directories on a different
     * drive, and mount point can't be across drives. For example, you can mount
     * <code>C:&#92;my&#92;path:C:&#92;my&#92;path</code> and <code>D:&#92;:D:&#92;</code> , but not
     * <code>D:&#92;my&#92;path:C:&#92;my&#92;path</code> or <code>D:&#92;:C:&#92;my&#92;path</code>
     * .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Host}.
     */
    public Volume host(Value<HostVolumeProperties> value) {
      return set("Host", value);
    }

    /**
     * The name of the volume. Up to 255 letters (uppercase and lowercase), numbers, underscores,
     * and hyphens are allowed.
     *
     * <p>When using a volume configured at launch, the <code>name</code> is required and must also
     * be specified as the volume name in the <code>ServiceVolumeConfiguration</code> or
     * <code>TaskVolumeConfiguration</code> parameter when creating your service or standalone task.
     *
     * <p>For all other types of volumes, this name is referenced in the <code>sourceVolume</code>
     * parameter of the <code>mountPoints</code> object in the container definition.
     *
     * <p>When a volume is using the <code>efsVolumeConfiguration</code> , the name is required.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public Volume name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Volume name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * This parameter is specified when you're using an Amazon S3 Files file system for task
     * storage. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/s3files-volumes.html">Amazon
     * S3 Files volumes</a> in the <em>Amazon Elastic Container Service Developer Guide</em>. Your
     * task definition must include a Task IAM Role. See <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-files-prereq-policies.html#s3-files-prereq-iam-compute-role">IAM
     * role for attaching your file system to compute resources</a> for required permissions.
     *
     * <p>CloudFormation property {@code S3FilesVolumeConfiguration}.
     */
    public Volume s3FilesVolumeConfiguration(Value<S3FilesVolumeConfiguration> value) {
      return set("S3FilesVolumeConfiguration", value);
    }
  }

  /**
   * Details on a data volume from another container in the same task definition.
   *
   * <p>Property type {@code AWS::ECS::TaskDefinition.VolumeFrom}.
   */
  public static final class VolumeFrom extends Struct<VolumeFrom> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskDefinition.VolumeFrom");

    public VolumeFrom() {
      super(SCHEMA);
    }

    /**
     * If this value is <code>true</code> , the container has read-only access to the volume. If
     * this value is <code>false</code> , then the container can write to the volume. The default
     * value is <code>false</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ReadOnly}.
     */
    public VolumeFrom readOnly(boolean value) {
      return set("ReadOnly", Value.of(value));
    }

    /** Sets {@code ReadOnly} to this value; see {@link #readOnly(boolean)}. */
    public VolumeFrom readOnly(Value<Boolean> value) {
      return set("ReadOnly", value);
    }

    /**
     * The name of another container within the same task definition to mount volumes from.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SourceContainer}.
     */
    public VolumeFrom sourceContainer(String value) {
      return set("SourceContainer", Value.of(value));
    }

    /** Sets {@code SourceContainer} to this value; see {@link #sourceContainer(String)}. */
    public VolumeFrom sourceContainer(Value<String> value) {
      return set("SourceContainer", value);
    }
  }
}
