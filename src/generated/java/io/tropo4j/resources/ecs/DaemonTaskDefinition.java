// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The details of a daemon task definition. A daemon task definition is a template that describes
 * the containers that form a daemon. Daemons deploy cross-cutting software agents independently
 * across your Amazon ECS infrastructure.
 *
 * <p>CloudFormation type {@code AWS::ECS::DaemonTaskDefinition}.
 */
public final class DaemonTaskDefinition extends Resource<DaemonTaskDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECS::DaemonTaskDefinition")
      .constrain("ExecutionRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .allowed("IpcMode", "none", "shared")
      .allowed("PidMode", "none", "shared")
      .constrain("TaskRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .refYields("DaemonTaskDefinitionArn")
      .attributes("DaemonTaskDefinitionArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DaemonTaskDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of container definitions in JSON format that describe the containers that make up the
   * daemon task.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ContainerDefinitions}.
   */
  public DaemonTaskDefinition containerDefinitions(List<DaemonContainerDefinition> value) {
    return set("ContainerDefinitions", Value.listOf(value));
  }

  /** Sets {@code ContainerDefinitions} to this value; see {@link #containerDefinitions(List)}. */
  public DaemonTaskDefinition containerDefinitions(Value<List<DaemonContainerDefinition>> value) {
    return set("ContainerDefinitions", value);
  }

  /**
   * Sets {@code ContainerDefinitions} to a list of these; see {@link #containerDefinitions(List)}.
   */
  public DaemonTaskDefinition containerDefinitions(DaemonContainerDefinition... values) {
    return set("ContainerDefinitions", Value.list(values));
  }

  /**
   * The number of CPU units used by the daemon task.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Cpu}.
   */
  public DaemonTaskDefinition cpu(String value) {
    return set("Cpu", Value.of(value));
  }

  /** Sets {@code Cpu} to this value; see {@link #cpu(String)}. */
  public DaemonTaskDefinition cpu(Value<String> value) {
    return set("Cpu", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container
   * agent permission to make Amazon Web Services API calls on your behalf.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code ExecutionRoleArn}.
   */
  public DaemonTaskDefinition executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public DaemonTaskDefinition executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * The name of a family that this daemon task definition is registered to.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Family}.
   */
  public DaemonTaskDefinition family(String value) {
    return set("Family", Value.of(value));
  }

  /** Sets {@code Family} to this value; see {@link #family(String)}. */
  public DaemonTaskDefinition family(Value<String> value) {
    return set("Family", value);
  }

  /**
   * The IPC namespace mode for the daemon. The valid values are <code>none</code> and
   * <code>shared</code>. The default is <code>none</code>. If <code>none</code> is specified or no
   * value is provided, the daemon runs with its own IPC namespace, isolated from other tasks. If
   * <code>shared</code> is specified, the daemon joins the host IPC namespace, making it accessible
   * to non-daemon tasks that use <code>ipcMode: "host"</code> or other daemons that use
   * <code>ipcMode: "shared"</code>.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code none}, {@code shared}.
   * CloudFormation property {@code IpcMode}.
   */
  public DaemonTaskDefinition ipcMode(String value) {
    return set("IpcMode", Value.of(value));
  }

  /** Sets {@code IpcMode} to this value; see {@link #ipcMode(String)}. */
  public DaemonTaskDefinition ipcMode(Value<String> value) {
    return set("IpcMode", value);
  }

  /**
   * The amount of memory (in MiB) used by the daemon task.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Memory}.
   */
  public DaemonTaskDefinition memory(String value) {
    return set("Memory", Value.of(value));
  }

  /** Sets {@code Memory} to this value; see {@link #memory(String)}. */
  public DaemonTaskDefinition memory(Value<String> value) {
    return set("Memory", value);
  }

  /**
   * The PID namespace mode for the daemon. The valid values are <code>none</code> and
   * <code>shared</code>. The default is <code>none</code>. If <code>none</code> is specified or no
   * value is provided, the daemon runs with its own PID namespace, isolated from other tasks. If
   * <code>shared</code> is specified, the daemon joins the host PID namespace, making it accessible
   * to non-daemon tasks that use <code>pidMode: "host"</code> or other daemons that use
   * <code>pidMode: "shared"</code>.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code none}, {@code shared}.
   * CloudFormation property {@code PidMode}.
   */
  public DaemonTaskDefinition pidMode(String value) {
    return set("PidMode", Value.of(value));
  }

  /** Sets {@code PidMode} to this value; see {@link #pidMode(String)}. */
  public DaemonTaskDefinition pidMode(Value<String> value) {
    return set("PidMode", value);
  }

  /** CloudFormation property {@code Tags}. */
  public DaemonTaskDefinition tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DaemonTaskDefinition tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DaemonTaskDefinition tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The short name or full Amazon Resource Name (ARN) of the IAM role that grants containers in the
   * daemon task permission to call Amazon Web Services APIs on your behalf.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code TaskRoleArn}.
   */
  public DaemonTaskDefinition taskRoleArn(String value) {
    return set("TaskRoleArn", Value.of(value));
  }

  /** Sets {@code TaskRoleArn} to this value; see {@link #taskRoleArn(String)}. */
  public DaemonTaskDefinition taskRoleArn(Value<String> value) {
    return set("TaskRoleArn", value);
  }

  /**
   * The list of data volume definitions for the daemon task.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Volumes}.
   */
  public DaemonTaskDefinition volumes(List<Volume> value) {
    return set("Volumes", Value.listOf(value));
  }

  /** Sets {@code Volumes} to this value; see {@link #volumes(List)}. */
  public DaemonTaskDefinition volumes(Value<List<Volume>> value) {
    return set("Volumes", value);
  }

  /** Sets {@code Volumes} to a list of these; see {@link #volumes(List)}. */
  public DaemonTaskDefinition volumes(Volume... values) {
    return set("Volumes", Value.list(values));
  }

  /** {@code Fn::GetAtt} attribute {@code DaemonTaskDefinitionArn}. */
  public Value<String> daemonTaskDefinitionArn() {
    return getAtt("DaemonTaskDefinitionArn");
  }

  /**
   * The dependencies defined for container startup and shutdown. A container can contain multiple
   * dependencies. When a dependency is defined for container startup, for container shutdown it is
   * reversed. Your Amazon ECS container instances require at least version 1.26.0 of the container
   * agent to use container dependencies. However, we recommend using the latest container agent
   * version. For information about checking your agent version and updating to the latest version,
   * see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-update.html">Updating
   * the Amazon ECS Container Agent</a> in the <em>Amazon Elastic Container Service Developer
   * Guide</em>. If you're using an Amazon ECS-optimized Linux AMI, your instance needs at least
   * version 1.26.0-1 of the <code>ecs-init</code> package. If your container instances are launched
   * from version <code>20190301</code> or later, then they contain the required versions of the
   * container agent and <code>ecs-init</code>. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html">Amazon
   * ECS-optimized Linux AMI</a> in the <em>Amazon Elastic Container Service Developer Guide</em>.
   * For tasks that use the Fargate launch type, the task or service requires the following
   * platforms: + Linux platform version <code>1.3.0</code> or later. + Windows platform version
   * <code>1.0.0</code> or later.
   *
   * <p>For more information about how to create a container dependency, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/example_task_definitions.html#example_task_definition-containerdependency">Container
   * dependency</a> in the <em>Amazon Elastic Container Service Developer Guide</em>.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.ContainerDependency}.
   */
  public static final class ContainerDependency extends Struct<ContainerDependency> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::DaemonTaskDefinition.ContainerDependency")
        .allowed("Condition", "COMPLETE", "HEALTHY", "START", "SUCCESS")
        .build();

    public ContainerDependency() {
      super(SCHEMA);
    }

    /**
     * The dependency condition of the container. The following are the available conditions and
     * their behavior: + <code>START</code> - This condition emulates the behavior of links and
     * volumes today. It validates that a dependent container is started before permitting other
     * containers to start. + <code>COMPLETE</code> - This condition validates that a dependent
     * container runs to completion (exits) before permitting other containers to start. This can be
     * useful for nonessential containers that run a script and then exit. This condition can't be
     * set on an essential container. + <code>SUCCESS</code> - This condition is the same as
     * <code>COMPLETE</code>, but it also requires that the container exits with a <code>zero</code>
     * status. This condition can't be set on an essential container. + <code>HEALTHY</code> - This
     * condition validates that the dependent container passes its Docker health check before
     * permitting other containers to start. This requires that the dependent container has health
     * checks configured. This condition is confirmed only at task startup.
     *
     * <p>Allowed values: {@code COMPLETE}, {@code HEALTHY}, {@code START}, {@code SUCCESS}.
     * CloudFormation property {@code Condition}.
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
     * <p>CloudFormation property {@code ContainerName}.
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
   * A container definition for a daemon task. Daemon container definitions describe the containers
   * that run as part of a daemon task on container instances managed by capacity providers.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.DaemonContainerDefinition}.
   */
  public static final class DaemonContainerDefinition extends Struct<DaemonContainerDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::DaemonTaskDefinition.DaemonContainerDefinition")
        .required("Image", "Name")
        .build();

    public DaemonContainerDefinition() {
      super(SCHEMA);
    }

    /**
     * The command that's passed to the container.
     *
     * <p>CloudFormation property {@code Command}.
     */
    public DaemonContainerDefinition command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public DaemonContainerDefinition command(Value<List<String>> value) {
      return set("Command", value);
    }

    /**
     * The number of <code>cpu</code> units reserved for the container.
     *
     * <p>CloudFormation property {@code Cpu}.
     */
    public DaemonContainerDefinition cpu(int value) {
      return set("Cpu", Value.of(value));
    }

    /** Sets {@code Cpu} to this value; see {@link #cpu(int)}. */
    public DaemonContainerDefinition cpu(Value<Integer> value) {
      return set("Cpu", value);
    }

    /**
     * The dependencies defined for container startup and shutdown. A container can contain multiple
     * dependencies on other containers in a task definition.
     *
     * <p>CloudFormation property {@code DependsOn}.
     */
    public DaemonContainerDefinition dependsOn(List<ContainerDependency> value) {
      return set("DependsOn", Value.listOf(value));
    }

    /** Sets {@code DependsOn} to this value; see {@link #dependsOn(List)}. */
    public DaemonContainerDefinition dependsOn(Value<List<ContainerDependency>> value) {
      return set("DependsOn", value);
    }

    /** Sets {@code DependsOn} to a list of these; see {@link #dependsOn(List)}. */
    public DaemonContainerDefinition dependsOn(ContainerDependency... values) {
      return set("DependsOn", Value.list(values));
    }

    /**
     * The entry point that's passed to the container.
     *
     * <p>CloudFormation property {@code EntryPoint}.
     */
    public DaemonContainerDefinition entryPoint(List<String> value) {
      return set("EntryPoint", Value.listOf(value));
    }

    /** Sets {@code EntryPoint} to this value; see {@link #entryPoint(List)}. */
    public DaemonContainerDefinition entryPoint(Value<List<String>> value) {
      return set("EntryPoint", value);
    }

    /**
     * The environment variables to pass to a container.
     *
     * <p>CloudFormation property {@code Environment}.
     */
    public DaemonContainerDefinition environment(List<KeyValuePair> value) {
      return set("Environment", Value.listOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(List)}. */
    public DaemonContainerDefinition environment(Value<List<KeyValuePair>> value) {
      return set("Environment", value);
    }

    /** Sets {@code Environment} to a list of these; see {@link #environment(List)}. */
    public DaemonContainerDefinition environment(KeyValuePair... values) {
      return set("Environment", Value.list(values));
    }

    /**
     * A list of files containing the environment variables to pass to a container.
     *
     * <p>CloudFormation property {@code EnvironmentFiles}.
     */
    public DaemonContainerDefinition environmentFiles(List<EnvironmentFile> value) {
      return set("EnvironmentFiles", Value.listOf(value));
    }

    /** Sets {@code EnvironmentFiles} to this value; see {@link #environmentFiles(List)}. */
    public DaemonContainerDefinition environmentFiles(Value<List<EnvironmentFile>> value) {
      return set("EnvironmentFiles", value);
    }

    /** Sets {@code EnvironmentFiles} to a list of these; see {@link #environmentFiles(List)}. */
    public DaemonContainerDefinition environmentFiles(EnvironmentFile... values) {
      return set("EnvironmentFiles", Value.list(values));
    }

    /**
     * If the <code>essential</code> parameter of a container is marked as <code>true</code>, and
     * that container fails or stops for any reason, all other containers that are part of the task
     * are stopped.
     *
     * <p>CloudFormation property {@code Essential}.
     */
    public DaemonContainerDefinition essential(boolean value) {
      return set("Essential", Value.of(value));
    }

    /** Sets {@code Essential} to this value; see {@link #essential(boolean)}. */
    public DaemonContainerDefinition essential(Value<Boolean> value) {
      return set("Essential", value);
    }

    /**
     * The FireLens configuration for the container. This is used to specify and configure a log
     * router for container logs. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html">Custom
     * log routing</a> in the <em>Amazon Elastic Container Service Developer Guide</em>.
     *
     * <p>CloudFormation property {@code FirelensConfiguration}.
     */
    public DaemonContainerDefinition firelensConfiguration(Value<FirelensConfiguration> value) {
      return set("FirelensConfiguration", value);
    }

    /**
     * An object representing a container health check. Health check parameters that are specified
     * in a container definition override any Docker health checks that exist in the container image
     * (such as those specified in a parent image or from the image's Dockerfile). This
     * configuration maps to the <code>HEALTHCHECK</code> parameter of docker run. The Amazon ECS
     * container agent only monitors and reports on the health checks specified in the task
     * definition. Amazon ECS does not monitor Docker health checks that are embedded in a container
     * image and not specified in the container definition. Health check parameters that are
     * specified in a container definition override any Docker health checks that exist in the
     * container image. You can view the health status of both individual containers and a task with
     * the DescribeTasks API operation or when viewing the task details in the console. The health
     * check is designed to make sure that your containers survive agent restarts, upgrades, or
     * temporary unavailability. Amazon ECS performs health checks on containers with the default
     * that launched the container instance or the task. The following describes the possible
     * <code>healthStatus</code> values for a container: + <code>HEALTHY</code>-The container health
     * check has passed successfully. + <code>UNHEALTHY</code>-The container health check has
     * failed. + <code>UNKNOWN</code>-The container health check is being evaluated, there's no
     * container health check defined, or Amazon ECS doesn't have the health status of the
     * container.
     *
     * <p>The following describes the possible <code>healthStatus</code> values based on the
     * container health checker status of essential containers in the task with the following
     * priority order (high to low): + <code>UNHEALTHY</code>-One or more essential containers have
     * failed their health check. + <code>UNKNOWN</code>-Any essential container running within the
     * task is in an <code>UNKNOWN</code> state and no other essential containers have an
     * <code>UNHEALTHY</code> state. + <code>HEALTHY</code>-All essential containers within the task
     * have passed their health checks.
     *
     * <p>Consider the following task health example with 2 containers. + If Container1 is
     * <code>UNHEALTHY</code> and Container2 is <code>UNKNOWN</code>, the task health is
     * <code>UNHEALTHY</code>. + If Container1 is <code>UNHEALTHY</code> and Container2 is
     * <code>HEALTHY</code>, the task health is <code>UNHEALTHY</code>. + If Container1 is
     * <code>HEALTHY</code> and Container2 is <code>UNKNOWN</code>, the task health is
     * <code>UNKNOWN</code>. + If Container1 is <code>HEALTHY</code> and Container2 is
     * <code>HEALTHY</code>, the task health is <code>HEALTHY</code>.
     *
     * <p>Consider the following task health example with 3 containers. + If Container1 is
     * <code>UNHEALTHY</code> and Container2 is <code>UNKNOWN</code>, and Container3 is
     * <code>UNKNOWN</code>, the task health is <code>UNHEALTHY</code>. + If Container1 is
     * <code>UNHEALTHY</code> and Container2 is <code>UNKNOWN</code>, and Container3 is
     * <code>HEALTHY</code>, the task health is <code>UNHEALTHY</code>. + If Container1 is
     * <code>UNHEALTHY</code> and Container2 is <code>HEALTHY</code>, and Container3 is
     * <code>HEALTHY</code>, the task health is <code>UNHEALTHY</code>. + If Container1 is
     * <code>HEALTHY</code> and Container2 is <code>UNKNOWN</code>, and Container3 is
     * <code>HEALTHY</code>, the task health is <code>UNKNOWN</code>. + If Container1 is
     * <code>HEALTHY</code> and Container2 is <code>UNKNOWN</code>, and Container3 is
     * <code>UNKNOWN</code>, the task health is <code>UNKNOWN</code>. + If Container1 is
     * <code>HEALTHY</code> and Container2 is <code>HEALTHY</code>, and Container3 is
     * <code>HEALTHY</code>, the task health is <code>HEALTHY</code>.
     *
     * <p>If a task is run manually, and not as part of a service, the task will continue its
     * lifecycle regardless of its health status. For tasks that are part of a service, if the task
     * reports as unhealthy then the task will be stopped and the service scheduler will replace it.
     * When a container health check fails for a task that is part of a service, the following
     * process occurs: 1. The task is marked as <code>UNHEALTHY</code>. 1. The unhealthy task will
     * be stopped, and during the stopping process, it will go through the following states: +
     * <code>DEACTIVATING</code> - In this state, Amazon ECS performs additional steps before
     * stopping the task. For example, for tasks that are part of services configured to use Elastic
     * Load Balancing target groups, target groups will be deregistered in this state. +
     * <code>STOPPING</code> - The task is in the process of being stopped. +
     * <code>DEPROVISIONING</code> - Resources associated with the task are being cleaned up. +
     * <code>STOPPED</code> - The task has been completely stopped.
     *
     * <p>1. After the old task stops, a new task will be launched to ensure service operation, and
     * the new task will go through the following lifecycle: + <code>PROVISIONING</code> - Resources
     * required for the task are being provisioned. + <code>PENDING</code> - The task is waiting to
     * be placed on a container instance. + <code>ACTIVATING</code> - In this state, Amazon ECS
     * pulls container images, creates containers, configures task networking, registers load
     * balancer target groups, and configures service discovery status. + <code>RUNNING</code> - The
     * task is running and performing its work.
     *
     * <p>For more detailed information about task lifecycle states, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-lifecycle-explanation.html">Task
     * lifecycle</a> in the <em>Amazon Elastic Container Service Developer Guide</em>. The following
     * are notes about container health check support: + If the Amazon ECS container agent becomes
     * disconnected from the Amazon ECS service, this won't cause a container to transition to an
     * <code>UNHEALTHY</code> status. This is by design, to ensure that containers remain running
     * during agent restarts or temporary unavailability. The health check status is the "last heard
     * from" response from the Amazon ECS agent, so if the container was considered
     * <code>HEALTHY</code> prior to the disconnect, that status will remain until the agent
     * reconnects and another health check occurs. There are no assumptions made about the status of
     * the container health checks. + Container health checks require version <code>1.17.0</code> or
     * greater of the Amazon ECS container agent. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-update.html">Updating
     * the Amazon ECS container agent</a>. + Container health checks are supported for Fargate tasks
     * if you're using platform version <code>1.1.0</code> or greater. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html">platform
     * versions</a>. + Container health checks aren't supported for tasks that are part of a service
     * that's configured to use a Classic Load Balancer.
     *
     * <p>For an example of how to specify a task definition with multiple containers where
     * container dependency is specified, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/example_task_definitions.html#example_task_definition-containerdependency">Container
     * dependency</a> in the <em>Amazon Elastic Container Service Developer Guide</em>.
     *
     * <p>CloudFormation property {@code HealthCheck}.
     */
    public DaemonContainerDefinition healthCheck(Value<HealthCheck> value) {
      return set("HealthCheck", value);
    }

    /**
     * The image used to start the container. This string is passed directly to the Docker daemon.
     * Images in the Docker Hub registry are available by default. Other repositories are specified
     * with either <code>repository-url/image:tag</code> or
     * <code>repository-url/image&#64;digest</code>.
     *
     * <p>Required. CloudFormation property {@code Image}.
     */
    public DaemonContainerDefinition image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public DaemonContainerDefinition image(Value<String> value) {
      return set("Image", value);
    }

    /**
     * When this parameter is <code>true</code>, you can deploy containerized applications that
     * require <code>stdin</code> or a <code>tty</code> to be allocated.
     *
     * <p>CloudFormation property {@code Interactive}.
     */
    public DaemonContainerDefinition interactive(boolean value) {
      return set("Interactive", Value.of(value));
    }

    /** Sets {@code Interactive} to this value; see {@link #interactive(boolean)}. */
    public DaemonContainerDefinition interactive(Value<Boolean> value) {
      return set("Interactive", value);
    }

    /**
     * The Linux-specific options that are applied to the container, such as Linux <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html">KernelCapabilities</a>.
     *
     * <p>CloudFormation property {@code LinuxParameters}.
     */
    public DaemonContainerDefinition linuxParameters(Value<LinuxParameters> value) {
      return set("LinuxParameters", value);
    }

    /**
     * The log configuration for the container. This parameter maps to <code>LogConfig</code> in the
     * docker container create command and the <code>--log-driver</code> option to docker run. By
     * default, containers use the same logging driver that the Docker daemon uses. However, the
     * container might use a different logging driver than the Docker daemon by specifying a log
     * driver configuration in the container definition. Understand the following when specifying a
     * log configuration for your containers. + Amazon ECS currently supports a subset of the
     * logging drivers available to the Docker daemon. Additional log drivers may be available in
     * future releases of the Amazon ECS container agent. For tasks on FARGATElong, the supported
     * log drivers are <code>awslogs</code>, <code>splunk</code>, and <code>awsfirelens</code>. For
     * tasks hosted on Amazon EC2 instances, the supported log drivers are <code>awslogs</code>,
     * <code>fluentd</code>, <code>gelf</code>, <code>json-file</code>,
     * <code>journald</code>,<code>syslog</code>, <code>splunk</code>, and <code>awsfirelens</code>.
     * + This parameter requires version 1.18 of the Docker Remote API or greater on your container
     * instance. + For tasks that are hosted on Amazon EC2 instances, the Amazon ECS container agent
     * must register the available logging drivers with the
     * <code>ECS_AVAILABLE_LOGGING_DRIVERS</code> environment variable before containers placed on
     * that instance can use these log configuration options. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html">Amazon
     * ECS container agent configuration</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em>. + For tasks that are on FARGATElong, because you don't have access to the
     * underlying infrastructure your tasks are hosted on, any additional software needed must be
     * installed outside of the task. For example, the Fluentd output aggregators or a remote host
     * running Logstash to send Gelf logs to.
     *
     * <p>CloudFormation property {@code LogConfiguration}.
     */
    public DaemonContainerDefinition logConfiguration(Value<LogConfiguration> value) {
      return set("LogConfiguration", value);
    }

    /**
     * The amount (in MiB) of memory to present to the container. If the container attempts to
     * exceed the memory specified here, the container is killed.
     *
     * <p>CloudFormation property {@code Memory}.
     */
    public DaemonContainerDefinition memory(int value) {
      return set("Memory", Value.of(value));
    }

    /** Sets {@code Memory} to this value; see {@link #memory(int)}. */
    public DaemonContainerDefinition memory(Value<Integer> value) {
      return set("Memory", value);
    }

    /**
     * The soft limit (in MiB) of memory to reserve for the container.
     *
     * <p>CloudFormation property {@code MemoryReservation}.
     */
    public DaemonContainerDefinition memoryReservation(int value) {
      return set("MemoryReservation", Value.of(value));
    }

    /** Sets {@code MemoryReservation} to this value; see {@link #memoryReservation(int)}. */
    public DaemonContainerDefinition memoryReservation(Value<Integer> value) {
      return set("MemoryReservation", value);
    }

    /**
     * The mount points for data volumes in your container.
     *
     * <p>CloudFormation property {@code MountPoints}.
     */
    public DaemonContainerDefinition mountPoints(List<MountPoint> value) {
      return set("MountPoints", Value.listOf(value));
    }

    /** Sets {@code MountPoints} to this value; see {@link #mountPoints(List)}. */
    public DaemonContainerDefinition mountPoints(Value<List<MountPoint>> value) {
      return set("MountPoints", value);
    }

    /** Sets {@code MountPoints} to a list of these; see {@link #mountPoints(List)}. */
    public DaemonContainerDefinition mountPoints(MountPoint... values) {
      return set("MountPoints", Value.list(values));
    }

    /**
     * The name of the container. Up to 255 letters (uppercase and lowercase), numbers, underscores,
     * and hyphens are allowed.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public DaemonContainerDefinition name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DaemonContainerDefinition name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * When this parameter is true, the container is given elevated privileges on the host container
     * instance (similar to the <code>root</code> user).
     *
     * <p>CloudFormation property {@code Privileged}.
     */
    public DaemonContainerDefinition privileged(boolean value) {
      return set("Privileged", Value.of(value));
    }

    /** Sets {@code Privileged} to this value; see {@link #privileged(boolean)}. */
    public DaemonContainerDefinition privileged(Value<Boolean> value) {
      return set("Privileged", value);
    }

    /**
     * When this parameter is <code>true</code>, a TTY is allocated.
     *
     * <p>CloudFormation property {@code PseudoTerminal}.
     */
    public DaemonContainerDefinition pseudoTerminal(boolean value) {
      return set("PseudoTerminal", Value.of(value));
    }

    /** Sets {@code PseudoTerminal} to this value; see {@link #pseudoTerminal(boolean)}. */
    public DaemonContainerDefinition pseudoTerminal(Value<Boolean> value) {
      return set("PseudoTerminal", value);
    }

    /**
     * When this parameter is true, the container is given read-only access to its root file system.
     *
     * <p>CloudFormation property {@code ReadonlyRootFilesystem}.
     */
    public DaemonContainerDefinition readonlyRootFilesystem(boolean value) {
      return set("ReadonlyRootFilesystem", Value.of(value));
    }

    /**
     * Sets {@code ReadonlyRootFilesystem} to this value; see {@link
     * #readonlyRootFilesystem(boolean)}.
     */
    public DaemonContainerDefinition readonlyRootFilesystem(Value<Boolean> value) {
      return set("ReadonlyRootFilesystem", value);
    }

    /**
     * The repository credentials for private registry authentication.
     *
     * <p>CloudFormation property {@code RepositoryCredentials}.
     */
    public DaemonContainerDefinition repositoryCredentials(Value<RepositoryCredentials> value) {
      return set("RepositoryCredentials", value);
    }

    /** CloudFormation property {@code RestartPolicy}. */
    public DaemonContainerDefinition restartPolicy(Value<RestartPolicy> value) {
      return set("RestartPolicy", value);
    }

    /**
     * The secrets to pass to the container.
     *
     * <p>CloudFormation property {@code Secrets}.
     */
    public DaemonContainerDefinition secrets(List<Secret> value) {
      return set("Secrets", Value.listOf(value));
    }

    /** Sets {@code Secrets} to this value; see {@link #secrets(List)}. */
    public DaemonContainerDefinition secrets(Value<List<Secret>> value) {
      return set("Secrets", value);
    }

    /** Sets {@code Secrets} to a list of these; see {@link #secrets(List)}. */
    public DaemonContainerDefinition secrets(Secret... values) {
      return set("Secrets", Value.list(values));
    }

    /**
     * Time duration (in seconds) to wait before giving up on resolving dependencies for a
     * container.
     *
     * <p>CloudFormation property {@code StartTimeout}.
     */
    public DaemonContainerDefinition startTimeout(int value) {
      return set("StartTimeout", Value.of(value));
    }

    /** Sets {@code StartTimeout} to this value; see {@link #startTimeout(int)}. */
    public DaemonContainerDefinition startTimeout(Value<Integer> value) {
      return set("StartTimeout", value);
    }

    /**
     * Time duration (in seconds) to wait before the container is forcefully killed if it doesn't
     * exit normally on its own.
     *
     * <p>CloudFormation property {@code StopTimeout}.
     */
    public DaemonContainerDefinition stopTimeout(int value) {
      return set("StopTimeout", Value.of(value));
    }

    /** Sets {@code StopTimeout} to this value; see {@link #stopTimeout(int)}. */
    public DaemonContainerDefinition stopTimeout(Value<Integer> value) {
      return set("StopTimeout", value);
    }

    /**
     * A list of namespaced kernel parameters to set in the container.
     *
     * <p>CloudFormation property {@code SystemControls}.
     */
    public DaemonContainerDefinition systemControls(List<SystemControl> value) {
      return set("SystemControls", Value.listOf(value));
    }

    /** Sets {@code SystemControls} to this value; see {@link #systemControls(List)}. */
    public DaemonContainerDefinition systemControls(Value<List<SystemControl>> value) {
      return set("SystemControls", value);
    }

    /** Sets {@code SystemControls} to a list of these; see {@link #systemControls(List)}. */
    public DaemonContainerDefinition systemControls(SystemControl... values) {
      return set("SystemControls", Value.list(values));
    }

    /**
     * A list of <code>ulimits</code> to set in the container.
     *
     * <p>CloudFormation property {@code Ulimits}.
     */
    public DaemonContainerDefinition ulimits(List<Ulimit> value) {
      return set("Ulimits", Value.listOf(value));
    }

    /** Sets {@code Ulimits} to this value; see {@link #ulimits(List)}. */
    public DaemonContainerDefinition ulimits(Value<List<Ulimit>> value) {
      return set("Ulimits", value);
    }

    /** Sets {@code Ulimits} to a list of these; see {@link #ulimits(List)}. */
    public DaemonContainerDefinition ulimits(Ulimit... values) {
      return set("Ulimits", Value.list(values));
    }

    /**
     * The user to use inside the container.
     *
     * <p>CloudFormation property {@code User}.
     */
    public DaemonContainerDefinition user(String value) {
      return set("User", Value.of(value));
    }

    /** Sets {@code User} to this value; see {@link #user(String)}. */
    public DaemonContainerDefinition user(Value<String> value) {
      return set("User", value);
    }

    /**
     * The working directory to run commands inside the container in.
     *
     * <p>CloudFormation property {@code WorkingDirectory}.
     */
    public DaemonContainerDefinition workingDirectory(String value) {
      return set("WorkingDirectory", Value.of(value));
    }

    /** Sets {@code WorkingDirectory} to this value; see {@link #workingDirectory(String)}. */
    public DaemonContainerDefinition workingDirectory(Value<String> value) {
      return set("WorkingDirectory", value);
    }
  }

  /**
   * An object representing a container instance host device.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.Device}.
   */
  public static final class Device extends Struct<Device> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::DaemonTaskDefinition.Device")
        .allowed("Permissions", "mknod", "read", "write")
        .build();

    public Device() {
      super(SCHEMA);
    }

    /**
     * The path inside the container at which to expose the host device.
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
     * container has permissions for <code>read</code>, <code>write</code>, and <code>mknod</code>
     * for the device.
     *
     * <p>Allowed values: {@code mknod}, {@code read}, {@code write}. CloudFormation property {@code
     * Permissions}.
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
   * A list of files containing the environment variables to pass to a container. You can specify up
   * to ten environment files. The file must have a <code>.env</code> file extension. Each line in
   * an environment file should contain an environment variable in <code>VARIABLE=VALUE</code>
   * format. Lines beginning with <code>#</code> are treated as comments and are ignored. If there
   * are environment variables specified using the <code>environment</code> parameter in a container
   * definition, they take precedence over the variables contained within an environment file. If
   * multiple environment files are specified that contain the same variable, they're processed from
   * the top down. We recommend that you use unique variable names. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/use-environment-file.html">Use
   * a file to pass environment variables to a container</a> in the <em>Amazon Elastic Container
   * Service Developer Guide</em>. Environment variable files are objects in Amazon S3 and all
   * Amazon S3 security considerations apply. You must use the following platforms for the Fargate
   * launch type: + Linux platform version <code>1.4.0</code> or later. + Windows platform version
   * <code>1.0.0</code> or later.
   *
   * <p>Consider the following when using the Fargate launch type: + The file is handled like a
   * native Docker env-file. + There is no support for shell escape handling. + The container entry
   * point interperts the <code>VARIABLE</code> values.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.EnvironmentFile}.
   */
  public static final class EnvironmentFile extends Struct<EnvironmentFile> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::DaemonTaskDefinition.EnvironmentFile")
        .allowed("Type", "s3")
        .build();

    public EnvironmentFile() {
      super(SCHEMA);
    }

    /**
     * The file type to use. Environment files are objects in Amazon S3. The only supported value is
     * <code>s3</code>.
     *
     * <p>Allowed values: {@code s3}. CloudFormation property {@code Type}.
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
     * <p>CloudFormation property {@code Value}.
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
   * The FireLens configuration for the container. This is used to specify and configure a log
   * router for container logs. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html">Custom
   * log routing</a> in the <em>Amazon Elastic Container Service Developer Guide</em>.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.FirelensConfiguration}.
   */
  public static final class FirelensConfiguration extends Struct<FirelensConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::DaemonTaskDefinition.FirelensConfiguration")
        .allowed("Type", "fluentbit", "fluentd")
        .build();

    public FirelensConfiguration() {
      super(SCHEMA);
    }

    /**
     * The options to use when configuring the log router. This field is optional and can be used to
     * specify a custom configuration file or to add additional metadata, such as the task, task
     * definition, cluster, and container instance details to the log event. If specified, the
     * syntax to use is
     * <code>"options":{"enable-ecs-log-metadata":"true|false","config-file-type:"s3|file","config-file-value":"arn:aws:s3:::mybucket/fluent.conf|filepath"}</code>.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html#firelens-taskdef">Creating
     * a task definition that uses a FireLens configuration</a> in the <em>Amazon Elastic Container
     * Service Developer Guide</em>. Tasks hosted on FARGATElong only support the <code>file</code>
     * configuration file type.
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
     * The log router to use. The valid values are <code>fluentd</code> or <code>fluentbit</code>.
     *
     * <p>Allowed values: {@code fluentbit}, {@code fluentd}. CloudFormation property {@code Type}.
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
   * An object representing a container health check. Health check parameters that are specified in
   * a container definition override any Docker health checks that exist in the container image
   * (such as those specified in a parent image or from the image's Dockerfile). This configuration
   * maps to the <code>HEALTHCHECK</code> parameter of docker run. The Amazon ECS container agent
   * only monitors and reports on the health checks specified in the task definition. Amazon ECS
   * does not monitor Docker health checks that are embedded in a container image and not specified
   * in the container definition. Health check parameters that are specified in a container
   * definition override any Docker health checks that exist in the container image. You can view
   * the health status of both individual containers and a task with the DescribeTasks API operation
   * or when viewing the task details in the console. The health check is designed to make sure that
   * your containers survive agent restarts, upgrades, or temporary unavailability. Amazon ECS
   * performs health checks on containers with the default that launched the container instance or
   * the task. The following describes the possible <code>healthStatus</code> values for a
   * container: + <code>HEALTHY</code>-The container health check has passed successfully. +
   * <code>UNHEALTHY</code>-The container health check has failed. + <code>UNKNOWN</code>-The
   * container health check is being evaluated, there's no container health check defined, or Amazon
   * ECS doesn't have the health status of the container.
   *
   * <p>The following describes the possible <code>healthStatus</code> values based on the container
   * health checker status of essential containers in the task with the following priority order
   * (high to low): + <code>UNHEALTHY</code>-One or more essential containers have failed their
   * health check. + <code>UNKNOWN</code>-Any essential container running within the task is in an
   * <code>UNKNOWN</code> state and no other essential containers have an <code>UNHEALTHY</code>
   * state. + <code>HEALTHY</code>-All essential containers within the task have passed their health
   * checks.
   *
   * <p>Consider the following task health example with 2 containers. + If Container1 is
   * <code>UNHEALTHY</code> and Container2 is <code>UNKNOWN</code>, the task health is
   * <code>UNHEALTHY</code>. + If Container1 is <code>UNHEALTHY</code> and Container2 is
   * <code>HEALTHY</code>, the task health is <code>UNHEALTHY</code>. + If Container1 is
   * <code>HEALTHY</code> and Container2 is <code>UNKNOWN</code>, the task health is
   * <code>UNKNOWN</code>. + If Container1 is <code>HEALTHY</code> and Container2 is
   * <code>HEALTHY</code>, the task health is <code>HEALTHY</code>.
   *
   * <p>Consider the following task health example with 3 containers. + If Container1 is
   * <code>UNHEALTHY</code> and Container2 is <code>UNKNOWN</code>, and Container3 is
   * <code>UNKNOWN</code>, the task health is <code>UNHEALTHY</code>. + If Container1 is
   * <code>UNHEALTHY</code> and Container2 is <code>UNKNOWN</code>, and Container3 is
   * <code>HEALTHY</code>, the task health is <code>UNHEALTHY</code>. + If Container1 is
   * <code>UNHEALTHY</code> and Container2 is <code>HEALTHY</code>, and Container3 is
   * <code>HEALTHY</code>, the task health is <code>UNHEALTHY</code>. + If Container1 is
   * <code>HEALTHY</code> and Container2 is <code>UNKNOWN</code>, and Container3 is
   * <code>HEALTHY</code>, the task health is <code>UNKNOWN</code>. + If Container1 is
   * <code>HEALTHY</code> and Container2 is <code>UNKNOWN</code>, and Container3 is
   * <code>UNKNOWN</code>, the task health is <code>UNKNOWN</code>. + If Container1 is
   * <code>HEALTHY</code> and Container2 is <code>HEALTHY</code>, and Container3 is
   * <code>HEALTHY</code>, the task health is <code>HEALTHY</code>.
   *
   * <p>If a task is run manually, and not as part of a service, the task will continue its
   * lifecycle regardless of its health status. For tasks that are part of a service, if the task
   * reports as unhealthy then the task will be stopped and the service scheduler will replace it.
   * When a container health check fails for a task that is part of a service, the following process
   * occurs: 1. The task is marked as <code>UNHEALTHY</code>. 1. The unhealthy task will be stopped,
   * and during the stopping process, it will go through the following states: +
   * <code>DEACTIVATING</code> - In this state, Amazon ECS performs additional steps before stopping
   * the task. For example, for tasks that are part of services configured to use Elastic Load
   * Balancing target groups, target groups will be deregistered in this state. +
   * <code>STOPPING</code> - The task is in the process of being stopped. +
   * <code>DEPROVISIONING</code> - Resources associated with the task are being cleaned up. +
   * <code>STOPPED</code> - The task has been completely stopped.
   *
   * <p>1. After the old task stops, a new task will be launched to ensure service operation, and
   * the new task will go through the following lifecycle: + <code>PROVISIONING</code> - Resources
   * required for the task are being provisioned. + <code>PENDING</code> - The task is waiting to be
   * placed on a container instance. + <code>ACTIVATING</code> - In this state, Amazon ECS pulls
   * container images, creates containers, configures task networking, registers load balancer
   * target groups, and configures service discovery status. + <code>RUNNING</code> - The task is
   * running and performing its work.
   *
   * <p>For more detailed information about task lifecycle states, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-lifecycle-explanation.html">Task
   * lifecycle</a> in the <em>Amazon Elastic Container Service Developer Guide</em>. The following
   * are notes about container health check support: + If the Amazon ECS container agent becomes
   * disconnected from the Amazon ECS service, this won't cause a container to transition to an
   * <code>UNHEALTHY</code> status. This is by design, to ensure that containers remain running
   * during agent restarts or temporary unavailability. The health check status is the "last heard
   * from" response from the Amazon ECS agent, so if the container was considered
   * <code>HEALTHY</code> prior to the disconnect, that status will remain until the agent
   * reconnects and another health check occurs. There are no assumptions made about the status of
   * the container health checks. + Container health checks require version <code>1.17.0</code> or
   * greater of the Amazon ECS container agent. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-update.html">Updating
   * the Amazon ECS container agent</a>. + Container health checks are supported for Fargate tasks
   * if you're using platform version <code>1.1.0</code> or greater. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html">platform
   * versions</a>. + Container health checks aren't supported for tasks that are part of a service
   * that's configured to use a Classic Load Balancer.
   *
   * <p>For an example of how to specify a task definition with multiple containers where container
   * dependency is specified, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/example_task_definitions.html#example_task_definition-containerdependency">Container
   * dependency</a> in the <em>Amazon Elastic Container Service Developer Guide</em>.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.HealthCheck}.
   */
  public static final class HealthCheck extends Struct<HealthCheck> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::DaemonTaskDefinition.HealthCheck");

    public HealthCheck() {
      super(SCHEMA);
    }

    /**
     * A string array representing the command that the container runs to determine if it is
     * healthy. The string array must start with <code>CMD</code> to run the command arguments
     * directly, or <code>CMD-SHELL</code> to run the command with the container's default shell.
     * When you use the AWS Management Console JSON panel, the CLIlong, or the APIs, enclose the
     * list of commands in double quotes and brackets. <code>[ "CMD-SHELL", "curl -f
     * http://localhost/ || exit 1" ]</code> You don't include the double quotes and brackets when
     * you use the AWS Management Console. <code>CMD-SHELL, curl -f http://localhost/ || exit
     * 1</code> An exit code of 0 indicates success, and non-zero exit code indicates failure. For
     * more information, see <code>HealthCheck</code> in the docker container create command.
     *
     * <p>CloudFormation property {@code Command}.
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
     * <code>command</code>.
     *
     * <p>CloudFormation property {@code Interval}.
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
     * applies only when you specify a <code>command</code>.
     *
     * <p>CloudFormation property {@code Retries}.
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
     * <code>command</code>. If a health check succeeds within the <code>startPeriod</code>, then
     * the container is considered healthy and any subsequent failures count toward the maximum
     * number of retries.
     *
     * <p>CloudFormation property {@code StartPeriod}.
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
     * only when you specify a <code>command</code>.
     *
     * <p>CloudFormation property {@code Timeout}.
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
   * Details on a container instance bind mount host volume.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.HostVolumeProperties}.
   */
  public static final class HostVolumeProperties extends Struct<HostVolumeProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::DaemonTaskDefinition.HostVolumeProperties");

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
     * If you're using the Fargate launch type, the <code>sourcePath</code> parameter is not
     * supported.
     *
     * <p>CloudFormation property {@code SourcePath}.
     */
    public HostVolumeProperties sourcePath(String value) {
      return set("SourcePath", Value.of(value));
    }

    /** Sets {@code SourcePath} to this value; see {@link #sourcePath(String)}. */
    public HostVolumeProperties sourcePath(Value<String> value) {
      return set("SourcePath", value);
    }
  }

  /**
   * The Linux capabilities to add or remove from the default Docker configuration for a container
   * defined in the task definition. For more detailed information about these Linux capabilities,
   * see the <a
   * href="https://docs.aws.amazon.com/http://man7.org/linux/man-pages/man7/capabilities.7.html">capabilities(7)</a>
   * Linux manual page. The following describes how Docker processes the Linux capabilities
   * specified in the <code>add</code> and <code>drop</code> request parameters. For information
   * about the latest behavior, see <a
   * href="https://docs.aws.amazon.com/https://forums.docker.com/t/docker-compose-order-of-cap-drop-and-cap-add/97136/1">Docker
   * Compose: order of cap_drop and cap_add</a> in the Docker Community Forum. + When the container
   * is a privleged container, the container capabilities are all of the default Docker
   * capabilities. The capabilities specified in the <code>add</code> request parameter, and the
   * <code>drop</code> request parameter are ignored. + When the <code>add</code> request parameter
   * is set to ALL, the container capabilities are all of the default Docker capabilities, excluding
   * those specified in the <code>drop</code> request parameter. + When the <code>drop</code>
   * request parameter is set to ALL, the container capabilities are the capabilities specified in
   * the <code>add</code> request parameter. + When the <code>add</code> request parameter and the
   * <code>drop</code> request parameter are both empty, the capabilities the container capabilities
   * are all of the default Docker capabilities. + The default is to first drop the capabilities
   * specified in the <code>drop</code> request parameter, and then add the capabilities specified
   * in the <code>add</code> request parameter.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.KernelCapabilities}.
   */
  public static final class KernelCapabilities extends Struct<KernelCapabilities> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::DaemonTaskDefinition.KernelCapabilities");

    public KernelCapabilities() {
      super(SCHEMA);
    }

    /**
     * The Linux capabilities for the container that have been added to the default configuration
     * provided by Docker. This parameter maps to <code>CapAdd</code> in the docker container create
     * command and the <code>--cap-add</code> option to docker run. Tasks launched on FARGATElong
     * only support adding the <code>SYS_PTRACE</code> kernel capability. Valid values: <code>"ALL"
     * | "AUDIT_CONTROL" | "AUDIT_WRITE" | "BLOCK_SUSPEND" | "CHOWN" | "DAC_OVERRIDE" |
     * "DAC_READ_SEARCH" | "FOWNER" | "FSETID" | "IPC_LOCK" | "IPC_OWNER" | "KILL" | "LEASE" |
     * "LINUX_IMMUTABLE" | "MAC_ADMIN" | "MAC_OVERRIDE" | "MKNOD" | "NET_ADMIN" | "NET_BIND_SERVICE"
     * | "NET_BROADCAST" | "NET_RAW" | "SETFCAP" | "SETGID" | "SETPCAP" | "SETUID" | "SYS_ADMIN" |
     * "SYS_BOOT" | "SYS_CHROOT" | "SYS_MODULE" | "SYS_NICE" | "SYS_PACCT" | "SYS_PTRACE" |
     * "SYS_RAWIO" | "SYS_RESOURCE" | "SYS_TIME" | "SYS_TTY_CONFIG" | "SYSLOG" | "WAKE_ALARM"</code>
     *
     * <p>CloudFormation property {@code Add}.
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
     * container create command and the <code>--cap-drop</code> option to docker run. Valid values:
     * <code>"ALL" | "AUDIT_CONTROL" | "AUDIT_WRITE" | "BLOCK_SUSPEND" | "CHOWN" | "DAC_OVERRIDE" |
     * "DAC_READ_SEARCH" | "FOWNER" | "FSETID" | "IPC_LOCK" | "IPC_OWNER" | "KILL" | "LEASE" |
     * "LINUX_IMMUTABLE" | "MAC_ADMIN" | "MAC_OVERRIDE" | "MKNOD" | "NET_ADMIN" | "NET_BIND_SERVICE"
     * | "NET_BROADCAST" | "NET_RAW" | "SETFCAP" | "SETGID" | "SETPCAP" | "SETUID" | "SYS_ADMIN" |
     * "SYS_BOOT" | "SYS_CHROOT" | "SYS_MODULE" | "SYS_NICE" | "SYS_PACCT" | "SYS_PTRACE" |
     * "SYS_RAWIO" | "SYS_RESOURCE" | "SYS_TIME" | "SYS_TTY_CONFIG" | "SYSLOG" | "WAKE_ALARM"</code>
     *
     * <p>CloudFormation property {@code Drop}.
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
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.KeyValuePair}.
   */
  public static final class KeyValuePair extends Struct<KeyValuePair> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::DaemonTaskDefinition.KeyValuePair");

    public KeyValuePair() {
      super(SCHEMA);
    }

    /**
     * The name of the key-value pair. For environment variables, this is the name of the
     * environment variable.
     *
     * <p>CloudFormation property {@code Name}.
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
     * <p>CloudFormation property {@code Value}.
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
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html">KernelCapabilities</a>.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.LinuxParameters}.
   */
  public static final class LinuxParameters extends Struct<LinuxParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::DaemonTaskDefinition.LinuxParameters");

    public LinuxParameters() {
      super(SCHEMA);
    }

    /**
     * The Linux capabilities to add or remove from the default Docker configuration for a container
     * defined in the task definition. For more detailed information about these Linux capabilities,
     * see the <a
     * href="https://docs.aws.amazon.com/http://man7.org/linux/man-pages/man7/capabilities.7.html">capabilities(7)</a>
     * Linux manual page. The following describes how Docker processes the Linux capabilities
     * specified in the <code>add</code> and <code>drop</code> request parameters. For information
     * about the latest behavior, see <a
     * href="https://docs.aws.amazon.com/https://forums.docker.com/t/docker-compose-order-of-cap-drop-and-cap-add/97136/1">Docker
     * Compose: order of cap_drop and cap_add</a> in the Docker Community Forum. + When the
     * container is a privleged container, the container capabilities are all of the default Docker
     * capabilities. The capabilities specified in the <code>add</code> request parameter, and the
     * <code>drop</code> request parameter are ignored. + When the <code>add</code> request
     * parameter is set to ALL, the container capabilities are all of the default Docker
     * capabilities, excluding those specified in the <code>drop</code> request parameter. + When
     * the <code>drop</code> request parameter is set to ALL, the container capabilities are the
     * capabilities specified in the <code>add</code> request parameter. + When the <code>add</code>
     * request parameter and the <code>drop</code> request parameter are both empty, the
     * capabilities the container capabilities are all of the default Docker capabilities. + The
     * default is to first drop the capabilities specified in the <code>drop</code> request
     * parameter, and then add the capabilities specified in the <code>add</code> request parameter.
     *
     * <p>CloudFormation property {@code Capabilities}.
     */
    public LinuxParameters capabilities(Value<KernelCapabilities> value) {
      return set("Capabilities", value);
    }

    /**
     * Any host devices to expose to the container. This parameter maps to <code>Devices</code> in
     * the docker container create command and the <code>--device</code> option to docker run. If
     * you're using tasks that use the Fargate launch type, the <code>devices</code> parameter isn't
     * supported.
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
     * Run an <code>init</code> process inside the container that forwards signals and reaps
     * processes. This parameter maps to the <code>--init</code> option to docker run. This
     * parameter requires version 1.25 of the Docker Remote API or greater on your container
     * instance. To check the Docker Remote API version on your container instance, log in to your
     * container instance and run the following command: <code>sudo docker version --format
     * '{{.Server.APIVersion}}'</code>
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
     * The container path, mount options, and size (in MiB) of the tmpfs mount. This parameter maps
     * to the <code>--tmpfs</code> option to docker run.
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
   * The log configuration for the container. This parameter maps to <code>LogConfig</code> in the
   * docker container create command and the <code>--log-driver</code> option to docker run. By
   * default, containers use the same logging driver that the Docker daemon uses. However, the
   * container might use a different logging driver than the Docker daemon by specifying a log
   * driver configuration in the container definition. Understand the following when specifying a
   * log configuration for your containers. + Amazon ECS currently supports a subset of the logging
   * drivers available to the Docker daemon. Additional log drivers may be available in future
   * releases of the Amazon ECS container agent. For tasks on FARGATElong, the supported log drivers
   * are <code>awslogs</code>, <code>splunk</code>, and <code>awsfirelens</code>. For tasks hosted
   * on Amazon EC2 instances, the supported log drivers are <code>awslogs</code>,
   * <code>fluentd</code>, <code>gelf</code>, <code>json-file</code>,
   * <code>journald</code>,<code>syslog</code>, <code>splunk</code>, and <code>awsfirelens</code>. +
   * This parameter requires version 1.18 of the Docker Remote API or greater on your container
   * instance. + For tasks that are hosted on Amazon EC2 instances, the Amazon ECS container agent
   * must register the available logging drivers with the <code>ECS_AVAILABLE_LOGGING_DRIVERS</code>
   * environment variable before containers placed on that instance can use these log configuration
   * options. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html">Amazon
   * ECS container agent configuration</a> in the <em>Amazon Elastic Container Service Developer
   * Guide</em>. + For tasks that are on FARGATElong, because you don't have access to the
   * underlying infrastructure your tasks are hosted on, any additional software needed must be
   * installed outside of the task. For example, the Fluentd output aggregators or a remote host
   * running Logstash to send Gelf logs to.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.LogConfiguration}.
   */
  public static final class LogConfiguration extends Struct<LogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::DaemonTaskDefinition.LogConfiguration")
        .required("LogDriver")
        .build();

    public LogConfiguration() {
      super(SCHEMA);
    }

    /**
     * The log driver to use for the container. For tasks on FARGATElong, the supported log drivers
     * are <code>awslogs</code>, <code>splunk</code>, and <code>awsfirelens</code>. For tasks hosted
     * on Amazon EC2 instances, the supported log drivers are <code>awslogs</code>,
     * <code>fluentd</code>, <code>gelf</code>, <code>json-file</code>, <code>journald</code>,
     * <code>syslog</code>, <code>splunk</code>, and <code>awsfirelens</code>. For more information
     * about using the <code>awslogs</code> log driver, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html">Send
     * Amazon ECS logs to CloudWatch</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em>. For more information about using the <code>awsfirelens</code> log driver, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html">Send
     * Amazon ECS logs to an service or Partner</a>. If you have a custom driver that isn't listed,
     * you can fork the Amazon ECS container agent project that's <a
     * href="https://docs.aws.amazon.com/https://github.com/aws/amazon-ecs-agent">available on
     * GitHub</a> and customize it to work with that driver. We encourage you to submit pull
     * requests for changes that you would like to have included. However, we don't currently
     * provide support for running modified copies of this software.
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
     * The configuration options to send to the log driver. The options you can specify depend on
     * the log driver. Some of the options you can specify when you use the <code>awslogs</code> log
     * driver to route logs to Amazon CloudWatch include the following: + awslogs-create-group
     * Required: No Specify whether you want the log group to be created automatically. If this
     * option isn't specified, it defaults to false. Your IAM policy must include the
     * logs:CreateLogGroup permission before you attempt to use awslogs-create-group. +
     * awslogs-region Required: Yes Specify the Region that the awslogs log driver is to send your
     * Docker logs to. You can choose to send all of your logs from clusters in different Regions to
     * a single region in CloudWatch Logs. This is so that they're all visible in one location.
     * Otherwise, you can separate them by Region for more granularity. Make sure that the specified
     * log group exists in the Region that you specify with this option. + awslogs-group Required:
     * Yes Make sure to specify a log group that the awslogs log driver sends its log streams to. +
     * awslogs-stream-prefix Required: Yes, when using Fargate.Optional when using EC2. Use the
     * awslogs-stream-prefix option to associate a log stream with the specified prefix, the
     * container name, and the ID of the Amazon ECS task that the container belongs to. If you
     * specify a prefix with this option, then the log stream takes the format
     * prefix-name/container-name/ecs-task-id. If you don't specify a prefix with this option, then
     * the log stream is named after the container ID that's assigned by the Docker daemon on the
     * container instance. Because it's difficult to trace logs back to the container that sent them
     * with just the Docker container ID (which is only available on the container instance), we
     * recommend that you specify a prefix with this option. For Amazon ECS services, you can use
     * the service name as the prefix. Doing so, you can trace log streams to the service that the
     * container belongs to, the name of the container that sent them, and the ID of the task that
     * the container belongs to. You must specify a stream-prefix for your logs to have your logs
     * appear in the Log pane when using the Amazon ECS console. + awslogs-datetime-format Required:
     * No This option defines a multiline start pattern in Python strftime format. A log message
     * consists of a line that matches the pattern and any following lines that don’t match the
     * pattern. The matched line is the delimiter between log messages. One example of a use case
     * for using this format is for parsing output such as a stack dump, which might otherwise be
     * logged in multiple entries. The correct pattern allows it to be captured in a single entry.
     * For more information, see awslogs-datetime-format. You cannot configure both the
     * awslogs-datetime-format and awslogs-multiline-pattern options. Multiline logging performs
     * regular expression parsing and matching of all log messages. This might have a negative
     * impact on logging performance. + awslogs-multiline-pattern Required: No This option defines a
     * multiline start pattern that uses a regular expression. A log message consists of a line that
     * matches the pattern and any following lines that don’t match the pattern. The matched line is
     * the delimiter between log messages. For more information, see awslogs-multiline-pattern. This
     * option is ignored if awslogs-datetime-format is also configured. You cannot configure both
     * the awslogs-datetime-format and awslogs-multiline-pattern options. Multiline logging performs
     * regular expression parsing and matching of all log messages. This might have a negative
     * impact on logging performance. The following options apply to all supported log drivers. +
     * mode Required: No Valid values: non-blocking | blocking This option defines the delivery mode
     * of log messages from the container to the log driver specified using logDriver. The delivery
     * mode you choose affects application availability when the flow of logs from container is
     * interrupted. If you use the blocking mode and the flow of logs is interrupted, calls from
     * container code to write to the stdout and stderr streams will block. The logging thread of
     * the application will block as a result. This may cause the application to become unresponsive
     * and lead to container healthcheck failure. If you use the non-blocking mode, the container's
     * logs are instead stored in an in-memory intermediate buffer configured with the
     * max-buffer-size option. This prevents the application from becoming unresponsive when logs
     * cannot be sent. We recommend using this mode if you want to ensure service availability and
     * are okay with some log loss. For more information, see Preventing log loss with non-blocking
     * mode in the awslogs container log driver. You can set a default mode for all containers in a
     * specific Region by using the defaultLogDriverMode account setting. If you don't specify the
     * mode option or configure the account setting, Amazon ECS will default to the non-blocking
     * mode. For more information about the account setting, see Default log driver mode in the
     * Amazon Elastic Container Service Developer Guide. On June 25, 2025, Amazon ECS changed the
     * default log driver mode from blocking to non-blocking to prioritize task availability over
     * logging. To continue using the blocking mode after this change, do one of the following: Set
     * the mode option in your container definition's logConfiguration as blocking. Set the
     * defaultLogDriverMode account setting to blocking. + max-buffer-size Required: No Default
     * value: 10m When non-blocking mode is used, the max-buffer-size log option controls the size
     * of the buffer that's used for intermediate message storage. Make sure to specify an adequate
     * buffer size based on your application. When the buffer fills up, further logs cannot be
     * stored. Logs that cannot be stored are lost. To route logs using the <code>splunk</code> log
     * router, you need to specify a <code>splunk-token</code> and a <code>splunk-url</code>. When
     * you use the <code>awsfirelens</code> log router to route logs to an AWS Service or AWS
     * Partner Network destination for log storage and analytics, you can set the
     * <code>log-driver-buffer-limit</code> option to limit the number of events that are buffered
     * in memory, before being sent to the log router container. It can help to resolve potential
     * log loss issue because high throughput might result in memory running out for the buffer
     * inside of Docker. Other options you can specify when using <code>awsfirelens</code> to route
     * logs depend on the destination. When you export logs to Amazon Data Firehose, you can specify
     * the AWS Region with <code>region</code> and a name for the log stream with
     * <code>delivery_stream</code>. When you export logs to Amazon Kinesis Data Streams, you can
     * specify an AWS Region with <code>region</code> and a data stream name with
     * <code>stream</code>. When you export logs to Amazon OpenSearch Service, you can specify
     * options like <code>Name</code>, <code>Host</code> (OpenSearch Service endpoint without
     * protocol), <code>Port</code>, <code>Index</code>, <code>Type</code>, <code>Aws_auth</code>,
     * <code>Aws_region</code>, <code>Suppress_Type_Name</code>, and <code>tls</code>. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/containers/under-the-hood-firelens-for-amazon-ecs-tasks/">Under
     * the hood: FireLens for Amazon ECS Tasks</a>. When you export logs to Amazon S3, you can
     * specify the bucket using the <code>bucket</code> option. You can also specify
     * <code>region</code>, <code>total_file_size</code>, <code>upload_timeout</code>, and
     * <code>use_put_object</code> as options. This parameter requires version 1.19 of the Docker
     * Remote API or greater on your container instance. To check the Docker Remote API version on
     * your container instance, log in to your container instance and run the following command:
     * <code>sudo docker version --format '{{.Server.APIVersion}}'</code>
     *
     * <p>CloudFormation property {@code Options}.
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
     * sensitive data</a> in the <em>Amazon Elastic Container Service Developer Guide</em>.
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

  /**
   * The details for a volume mount point that's used in a container definition.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.MountPoint}.
   */
  public static final class MountPoint extends Struct<MountPoint> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::DaemonTaskDefinition.MountPoint");

    public MountPoint() {
      super(SCHEMA);
    }

    /**
     * The path on the container to mount the host volume at.
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
     * If this value is <code>true</code>, the container has read-only access to the volume. If this
     * value is <code>false</code>, then the container can write to the volume. The default value is
     * <code>false</code>.
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
     * The name of the volume to mount. Must be a volume name referenced in the <code>name</code>
     * parameter of task definition <code>volume</code>.
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

  /**
   * The repository credentials for private registry authentication.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.RepositoryCredentials}.
   */
  public static final class RepositoryCredentials extends Struct<RepositoryCredentials> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::DaemonTaskDefinition.RepositoryCredentials");

    public RepositoryCredentials() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the secret containing the private repository credentials.
     * When you use the Amazon ECS API, CLI, or AWS SDK, if the secret exists in the same Region as
     * the task that you're launching then you can use either the full ARN or the name of the
     * secret. When you use the AWS Management Console, you must specify the full ARN of the secret.
     *
     * <p>CloudFormation property {@code CredentialsParameter}.
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

  /** Property type {@code AWS::ECS::DaemonTaskDefinition.RestartPolicy}. */
  public static final class RestartPolicy extends Struct<RestartPolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::DaemonTaskDefinition.RestartPolicy");

    public RestartPolicy() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Enabled}. */
    public RestartPolicy enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public RestartPolicy enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /** CloudFormation property {@code IgnoredExitCodes}. */
    public RestartPolicy ignoredExitCodes(List<Integer> value) {
      return set("IgnoredExitCodes", Value.listOf(value));
    }

    /** Sets {@code IgnoredExitCodes} to this value; see {@link #ignoredExitCodes(List)}. */
    public RestartPolicy ignoredExitCodes(Value<List<Integer>> value) {
      return set("IgnoredExitCodes", value);
    }

    /** CloudFormation property {@code RestartAttemptPeriod}. */
    public RestartPolicy restartAttemptPeriod(int value) {
      return set("RestartAttemptPeriod", Value.of(value));
    }

    /** Sets {@code RestartAttemptPeriod} to this value; see {@link #restartAttemptPeriod(int)}. */
    public RestartPolicy restartAttemptPeriod(Value<Integer> value) {
      return set("RestartAttemptPeriod", value);
    }
  }

  /**
   * An object representing the secret to expose to your container. Secrets can be exposed to a
   * container in the following ways: + To inject sensitive data into your containers as environment
   * variables, use the <code>secrets</code> container definition parameter. + To reference
   * sensitive information in the log configuration of a container, use the
   * <code>secretOptions</code> container definition parameter.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html">Specifying
   * sensitive data</a> in the <em>Amazon Elastic Container Service Developer Guide</em>.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.Secret}.
   */
  public static final class Secret extends Struct<Secret> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::DaemonTaskDefinition.Secret")
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
     * The secret to expose to the container. The supported values are either the full ARN of the
     * ASMlong secret or the full ARN of the parameter in the SSM Parameter Store. For information
     * about the require IAMlong permissions, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data-secrets.html#secrets-iam">Required
     * IAM permissions for Amazon ECS secrets</a> (for Secrets Manager) or <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data-parameters.html">Required
     * IAM permissions for Amazon ECS secrets</a> (for Systems Manager Parameter store) in the
     * <em>Amazon Elastic Container Service Developer Guide</em>. If the SSM Parameter Store
     * parameter exists in the same Region as the task you're launching, then you can use either the
     * full ARN or name of the parameter. If the parameter exists in a different Region, then the
     * full ARN must be specified.
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

  /**
   * A list of namespaced kernel parameters to set in the container. This parameter maps to
   * <code>Sysctls</code> in the docker container create command and the <code>--sysctl</code>
   * option to docker run. For example, you can configure <code>net.ipv4.tcp_keepalive_time</code>
   * setting to maintain longer lived connections. We don't recommend that you specify
   * network-related <code>systemControls</code> parameters for multiple containers in a single task
   * that also uses either the <code>awsvpc</code> or <code>host</code> network mode. Doing this has
   * the following disadvantages: + For tasks that use the <code>awsvpc</code> network mode
   * including Fargate, if you set <code>systemControls</code> for any container, it applies to all
   * containers in the task. If you set different <code>systemControls</code> for multiple
   * containers in a single task, the container that's started last determines which
   * <code>systemControls</code> take effect. + For tasks that use the <code>host</code> network
   * mode, the network namespace <code>systemControls</code> aren't supported.
   *
   * <p>If you're setting an IPC resource namespace to use for the containers in the task, the
   * following conditions apply to your system controls. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_ipcmode">IPC
   * mode</a>. + For tasks that use the <code>host</code> IPC mode, IPC namespace
   * <code>systemControls</code> aren't supported. + For tasks that use the <code>task</code> IPC
   * mode, IPC namespace <code>systemControls</code> values apply to all containers within a task.
   *
   * <p>This parameter is not supported for Windows containers. This parameter is only supported for
   * tasks that are hosted on FARGATElong if the tasks are using platform version <code>1.4.0</code>
   * or later (Linux). This isn't supported for Windows containers on Fargate.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.SystemControl}.
   */
  public static final class SystemControl extends Struct<SystemControl> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::DaemonTaskDefinition.SystemControl");

    public SystemControl() {
      super(SCHEMA);
    }

    /**
     * The namespaced kernel parameter to set a <code>value</code> for.
     *
     * <p>CloudFormation property {@code Namespace}.
     */
    public SystemControl namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public SystemControl namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The namespaced kernel parameter to set a <code>value</code> for. Valid IPC namespace values:
     * <code>"kernel.msgmax" | "kernel.msgmnb" | "kernel.msgmni" | "kernel.sem" | "kernel.shmall" |
     * "kernel.shmmax" | "kernel.shmmni" | "kernel.shm_rmid_forced"</code>, and <code>Sysctls</code>
     * that start with <code>"fs.mqueue.*"</code> Valid network namespace values:
     * <code>Sysctls</code> that start with <code>"net.<em>"</code>. Only namespaced
     * <code>Sysctls</code> that exist within the container starting with "net.</em> are accepted.
     * All of these values are supported by Fargate.
     *
     * <p>CloudFormation property {@code Value}.
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
   * The container path, mount options, and size of the tmpfs mount.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.Tmpfs}.
   */
  public static final class Tmpfs extends Struct<Tmpfs> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::DaemonTaskDefinition.Tmpfs")
        .required("Size")
        .build();

    public Tmpfs() {
      super(SCHEMA);
    }

    /**
     * The absolute file path where the tmpfs volume is to be mounted.
     *
     * <p>CloudFormation property {@code ContainerPath}.
     */
    public Tmpfs containerPath(String value) {
      return set("ContainerPath", Value.of(value));
    }

    /** Sets {@code ContainerPath} to this value; see {@link #containerPath(String)}. */
    public Tmpfs containerPath(Value<String> value) {
      return set("ContainerPath", value);
    }

    /**
     * The list of tmpfs volume mount options. Valid values: <code>"defaults" | "ro" | "rw" | "suid"
     * | "nosuid" | "dev" | "nodev" | "exec" | "noexec" | "sync" | "async" | "dirsync" | "remount" |
     * "mand" | "nomand" | "atime" | "noatime" | "diratime" | "nodiratime" | "bind" | "rbind" |
     * "unbindable" | "runbindable" | "private" | "rprivate" | "shared" | "rshared" | "slave" |
     * "rslave" | "relatime" | "norelatime" | "strictatime" | "nostrictatime" | "mode" | "uid" |
     * "gid" | "nr_inodes" | "nr_blocks" | "mpol"</code>
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
     * The maximum size (in MiB) of the tmpfs volume.
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
   * The <code>ulimit</code> settings to pass to the container. Amazon ECS tasks hosted on
   * FARGATElong use the default resource limit values set by the operating system with the
   * exception of the <code>nofile</code> resource limit parameter which FARGATElong overrides. The
   * <code>nofile</code> resource limit sets a restriction on the number of open files that a
   * container can use. The default <code>nofile</code> soft limit is <code>65535</code> and the
   * default hard limit is <code>65535</code>. You can specify the <code>ulimit</code> settings for
   * a container in a task definition.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.Ulimit}.
   */
  public static final class Ulimit extends Struct<Ulimit> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::DaemonTaskDefinition.Ulimit")
        .required("HardLimit", "Name", "SoftLimit")
        .allowed("Name", "core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice",
            "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack")
        .build();

    public Ulimit() {
      super(SCHEMA);
    }

    /**
     * The hard limit for the <code>ulimit</code> type. The value can be specified in bytes,
     * seconds, or as a count, depending on the <code>type</code> of the <code>ulimit</code>.
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
     * The <code>type</code> of the <code>ulimit</code>.
     *
     * <p>Required. Allowed values: {@code core}, {@code cpu}, {@code data}, {@code fsize}, {@code
     * locks}, {@code memlock}, {@code msgqueue}, {@code nice}, {@code nofile}, {@code nproc},
     * {@code rss}, {@code rtprio}, {@code rttime}, {@code sigpending}, {@code stack}.
     * CloudFormation property {@code Name}.
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
     * seconds, or as a count, depending on the <code>type</code> of the <code>ulimit</code>.
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

  /**
   * The data volume configuration for tasks launched using this task definition. Specifying a
   * volume configuration in a task definition is optional. The volume configuration may contain
   * multiple volumes but only one volume configured at launch is supported. Each volume defined in
   * the volume configuration may only specify a <code>name</code> and one of either
   * <code>configuredAtLaunch</code>, <code>dockerVolumeConfiguration</code>,
   * <code>efsVolumeConfiguration</code>, <code>s3filesVolumeConfiguration</code>,
   * <code>fsxWindowsFileServerVolumeConfiguration</code>, or <code>host</code>. If an empty volume
   * configuration is specified, by default Amazon ECS uses a host volume. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html">Using
   * data volumes in tasks</a>.
   *
   * <p>Property type {@code AWS::ECS::DaemonTaskDefinition.Volume}.
   */
  public static final class Volume extends Struct<Volume> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::DaemonTaskDefinition.Volume");

    public Volume() {
      super(SCHEMA);
    }

    /**
     * Details on a container instance bind mount host volume.
     *
     * <p>CloudFormation property {@code Host}.
     */
    public Volume host(Value<HostVolumeProperties> value) {
      return set("Host", value);
    }

    /**
     * The name of the volume. Up to 255 letters (uppercase and lowercase), numbers, underscores,
     * and hyphens are allowed. When using a volume configured at launch, the <code>name</code> is
     * required and must also be specified as the volume name in the
     * <code>ServiceVolumeConfiguration</code> or <code>TaskVolumeConfiguration</code> parameter
     * when creating your service or standalone task. For all other types of volumes, this name is
     * referenced in the <code>sourceVolume</code> parameter of the <code>mountPoints</code> object
     * in the container definition. When a volume is using the <code>efsVolumeConfiguration</code>,
     * the name is required. When a volume is using the <code>s3filesVolumeConfiguration</code>, the
     * name is required.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public Volume name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Volume name(Value<String> value) {
      return set("Name", value);
    }
  }
}
