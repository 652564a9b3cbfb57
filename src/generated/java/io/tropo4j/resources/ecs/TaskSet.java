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

/**
 * Create a task set in the specified cluster and service. This is used when a service uses the
 * <code>EXTERNAL</code> deployment controller type. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-types.html">Amazon
 * ECS deployment types</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
 *
 * <p>On March 21, 2024, a change was made to resolve the task definition revision before
 * authorization. When a task definition revision is not specified, authorization will occur using
 * the latest revision of a task definition.
 *
 * <p>For information about the maximum number of task sets and other quotas, see <a
 * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html">Amazon ECS
 * service quotas</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ECS::TaskSet}.
 */
public final class TaskSet extends Resource<TaskSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskSet")
      .required("Cluster", "Service", "TaskDefinition")
      .allowed("LaunchType", "EC2", "FARGATE")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TaskSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The capacity provider strategy that are associated with the task set.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CapacityProviderStrategy}.
   */
  public TaskSet capacityProviderStrategy(List<CapacityProviderStrategyItem> value) {
    return set("CapacityProviderStrategy", Value.listOf(value));
  }

  /**
   * Sets {@code CapacityProviderStrategy} to this value; see {@link
   * #capacityProviderStrategy(List)}.
   */
  public TaskSet capacityProviderStrategy(Value<List<CapacityProviderStrategyItem>> value) {
    return set("CapacityProviderStrategy", value);
  }

  /**
   * Sets {@code CapacityProviderStrategy} to a list of these; see {@link
   * #capacityProviderStrategy(List)}.
   */
  public TaskSet capacityProviderStrategy(CapacityProviderStrategyItem... values) {
    return set("CapacityProviderStrategy", Value.list(values));
  }

  /**
   * The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service to
   * create the task set in.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Cluster}.
   */
  public TaskSet cluster(String value) {
    return set("Cluster", Value.of(value));
  }

  /** Sets {@code Cluster} to this value; see {@link #cluster(String)}. */
  public TaskSet cluster(Value<String> value) {
    return set("Cluster", value);
  }

  /**
   * An optional non-unique tag that identifies this task set in external systems. If the task set
   * is associated with a service discovery registry, the tasks in this task set will have the
   * <code>ECS_TASK_SET_EXTERNAL_ID</code> AWS Cloud Map attribute set to the provided value.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ExternalId}.
   */
  public TaskSet externalId(String value) {
    return set("ExternalId", Value.of(value));
  }

  /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
  public TaskSet externalId(Value<String> value) {
    return set("ExternalId", value);
  }

  /**
   * The launch type that new tasks in the task set uses. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html">Amazon ECS
   * launch types</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>If a <code>launchType</code> is specified, the <code>capacityProviderStrategy</code>
   * parameter must be omitted.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code EC2}, {@code FARGATE}.
   * CloudFormation property {@code LaunchType}.
   */
  public TaskSet launchType(String value) {
    return set("LaunchType", Value.of(value));
  }

  /** Sets {@code LaunchType} to this value; see {@link #launchType(String)}. */
  public TaskSet launchType(Value<String> value) {
    return set("LaunchType", value);
  }

  /**
   * A load balancer object representing the load balancer to use with the task set. The supported
   * load balancer types are either an Application Load Balancer or a Network Load Balancer.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LoadBalancers}.
   */
  public TaskSet loadBalancers(List<LoadBalancer> value) {
    return set("LoadBalancers", Value.listOf(value));
  }

  /** Sets {@code LoadBalancers} to this value; see {@link #loadBalancers(List)}. */
  public TaskSet loadBalancers(Value<List<LoadBalancer>> value) {
    return set("LoadBalancers", value);
  }

  /** Sets {@code LoadBalancers} to a list of these; see {@link #loadBalancers(List)}. */
  public TaskSet loadBalancers(LoadBalancer... values) {
    return set("LoadBalancers", Value.list(values));
  }

  /**
   * The network configuration for the task set.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetworkConfiguration}.
   */
  public TaskSet networkConfiguration(Value<NetworkConfiguration> value) {
    return set("NetworkConfiguration", value);
  }

  /**
   * The platform version that the tasks in the task set uses. A platform version is specified only
   * for tasks using the Fargate launch type. If one isn't specified, the <code>LATEST</code>
   * platform version is used.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PlatformVersion}.
   */
  public TaskSet platformVersion(String value) {
    return set("PlatformVersion", Value.of(value));
  }

  /** Sets {@code PlatformVersion} to this value; see {@link #platformVersion(String)}. */
  public TaskSet platformVersion(Value<String> value) {
    return set("PlatformVersion", value);
  }

  /**
   * A floating-point percentage of your desired number of tasks to place and keep running in the
   * task set.
   *
   * <p>CloudFormation property {@code Scale}.
   */
  public TaskSet scale(Value<Scale> value) {
    return set("Scale", value);
  }

  /**
   * The short name or full Amazon Resource Name (ARN) of the service to create the task set in.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Service}.
   */
  public TaskSet service(String value) {
    return set("Service", Value.of(value));
  }

  /** Sets {@code Service} to this value; see {@link #service(String)}. */
  public TaskSet service(Value<String> value) {
    return set("Service", value);
  }

  /**
   * The details of the service discovery registries to assign to this task set. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-discovery.html">Service
   * discovery</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ServiceRegistries}.
   */
  public TaskSet serviceRegistries(List<ServiceRegistry> value) {
    return set("ServiceRegistries", Value.listOf(value));
  }

  /** Sets {@code ServiceRegistries} to this value; see {@link #serviceRegistries(List)}. */
  public TaskSet serviceRegistries(Value<List<ServiceRegistry>> value) {
    return set("ServiceRegistries", value);
  }

  /** Sets {@code ServiceRegistries} to a list of these; see {@link #serviceRegistries(List)}. */
  public TaskSet serviceRegistries(ServiceRegistry... values) {
    return set("ServiceRegistries", Value.list(values));
  }

  /**
   * The metadata that you apply to the task set to help you categorize and organize them. Each tag
   * consists of a key and an optional value. You define both.
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
  public TaskSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TaskSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TaskSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The task definition for the tasks in the task set to use. If a revision isn't specified, the
   * latest <code>ACTIVE</code> revision is used.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TaskDefinition}.
   */
  public TaskSet taskDefinition(String value) {
    return set("TaskDefinition", Value.of(value));
  }

  /** Sets {@code TaskDefinition} to this value; see {@link #taskDefinition(String)}. */
  public TaskSet taskDefinition(Value<String> value) {
    return set("TaskDefinition", value);
  }

  /**
   * The ID of the task set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * An object representing the networking details for a task or service. For example
   * <code>awsVpcConfiguration={subnets=["subnet-12344321"],securityGroups=["sg-12344321"]}</code> .
   *
   * <p>Property type {@code AWS::ECS::TaskSet.AwsVpcConfiguration}.
   */
  public static final class AwsVpcConfiguration extends Struct<AwsVpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskSet.AwsVpcConfiguration")
        .required("Subnets")
        .allowed("AssignPublicIp", "DISABLED", "ENABLED")
        .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public AwsVpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * Whether the task's elastic network interface receives a public IP address.
     *
     * <p>Consider the following when you set this value:
     *
     * <ul> <li>When you use <code>create-service</code> or <code>update-service</code> , the
     * default is <code>DISABLED</code> . <li>When the service <code>deploymentController</code> is
     * <code>ECS</code> , the value must be <code>DISABLED</code> . </ul>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code DISABLED}, {@code ENABLED}.
     * CloudFormation property {@code AssignPublicIp}.
     */
    public AwsVpcConfiguration assignPublicIp(String value) {
      return set("AssignPublicIp", Value.of(value));
    }

    /** Sets {@code AssignPublicIp} to this value; see {@link #assignPublicIp(String)}. */
    public AwsVpcConfiguration assignPublicIp(Value<String> value) {
      return set("AssignPublicIp", value);
    }

    /**
     * The IDs of the security groups associated with the task or service. If you don't specify a
     * security group, the default security group for the VPC is used. There's a limit of 5 security
     * groups that can be specified.
     *
     * <p>All specified security groups must be from the same VPC.
     *
     * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
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
     * The IDs of the subnets associated with the task or service. There's a limit of 16 subnets
     * that can be specified.
     *
     * <p>All specified subnets must be from the same VPC.
     *
     * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}.
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
   * The details of a capacity provider strategy. A capacity provider strategy can be set when using
   * the <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html">RunTask</a>
   * or <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCluster.html">CreateCluster</a>
   * APIs or as the default capacity provider strategy for a cluster with the
   * <code>CreateCluster</code> API.
   *
   * <p>Only capacity providers that are already associated with a cluster and have an
   * <code>ACTIVE</code> or <code>UPDATING</code> status can be used in a capacity provider
   * strategy. The <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutClusterCapacityProviders.html">PutClusterCapacityProviders</a>
   * API is used to associate a capacity provider with a cluster.
   *
   * <p>If specifying a capacity provider that uses an Auto Scaling group, the capacity provider
   * must already be created. New Auto Scaling group capacity providers can be created with the <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateClusterCapacityProvider.html">CreateClusterCapacityProvider</a>
   * API operation.
   *
   * <p>To use a AWS Fargate capacity provider, specify either the <code>FARGATE</code> or
   * <code>FARGATE_SPOT</code> capacity providers. The AWS Fargate capacity providers are available
   * to all accounts and only need to be associated with a cluster to be used in a capacity provider
   * strategy.
   *
   * <p>With <code>FARGATE_SPOT</code> , you can run interruption tolerant tasks at a rate that's
   * discounted compared to the <code>FARGATE</code> price. <code>FARGATE_SPOT</code> runs tasks on
   * spare compute capacity. When AWS needs the capacity back, your tasks are interrupted with a
   * two-minute warning. <code>FARGATE_SPOT</code> supports Linux tasks with the X86_64 architecture
   * on platform version 1.3.0 or later. <code>FARGATE_SPOT</code> supports Linux tasks with the
   * ARM64 architecture on platform version 1.4.0 or later.
   *
   * <p>A capacity provider strategy can contain a maximum of 20 capacity providers.
   *
   * <p>Property type {@code AWS::ECS::TaskSet.CapacityProviderStrategyItem}.
   */
  public static final class CapacityProviderStrategyItem extends Struct<CapacityProviderStrategyItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskSet.CapacityProviderStrategyItem")
        .constrain("Base", Constraint.of().minimum(0).maximum(100000))
        .constrain("Weight", Constraint.of().minimum(0).maximum(1000))
        .build();

    public CapacityProviderStrategyItem() {
      super(SCHEMA);
    }

    /**
     * The <em>base</em> value designates how many tasks, at a minimum, to run on the specified
     * capacity provider for each service. Only one capacity provider in a capacity provider
     * strategy can have a <em>base</em> defined. If no value is specified, the default value of
     * <code>0</code> is used.
     *
     * <p>Base value characteristics:
     *
     * <ul> <li>Only one capacity provider in a strategy can have a base defined <li>The default
     * value is <code>0</code> if not specified <li>The valid range is 0 to 100,000 <li>Base
     * requirements are satisfied first before weight distribution </ul>
     *
     * <p>Range: 0 to 100000. CloudFormation property {@code Base}.
     */
    public CapacityProviderStrategyItem base(int value) {
      return set("Base", Value.of(value));
    }

    /** Sets {@code Base} to this value; see {@link #base(int)}. */
    public CapacityProviderStrategyItem base(Value<Integer> value) {
      return set("Base", value);
    }

    /**
     * The short name of the capacity provider. This can be either an AWS managed capacity provider
     * ( <code>FARGATE</code> or <code>FARGATE_SPOT</code> ) or the name of a custom capacity
     * provider that you created.
     *
     * <p>CloudFormation property {@code CapacityProvider}.
     */
    public CapacityProviderStrategyItem capacityProvider(String value) {
      return set("CapacityProvider", Value.of(value));
    }

    /** Sets {@code CapacityProvider} to this value; see {@link #capacityProvider(String)}. */
    public CapacityProviderStrategyItem capacityProvider(Value<String> value) {
      return set("CapacityProvider", value);
    }

    /**
     * The <em>weight</em> value designates the relative percentage of the total number of tasks
     * launched that should use the specified capacity provider. The <code>weight</code> value is
     * taken into consideration after the <code>base</code> value, if defined, is satisfied.
     *
     * <p>If no <code>weight</code> value is specified, the default value of <code>0</code> is used.
     * When multiple capacity providers are specified within a capacity provider strategy, at least
     * one of the capacity providers must have a weight value greater than zero and any capacity
     * providers with a weight of <code>0</code> can't be used to place tasks. If you specify
     * multiple capacity providers in a strategy that all have a weight of <code>0</code> , any
     * <code>RunTask</code> or <code>CreateService</code> actions using the capacity provider
     * strategy will fail.
     *
     * <p>Weight value characteristics:
     *
     * <ul> <li>Weight is considered after the base value is satisfied <li>The default value is
     * <code>0</code> if not specified <li>The valid range is 0 to 1,000 <li>At least one capacity
     * provider must have a weight greater than zero <li>Capacity providers with weight of
     * <code>0</code> cannot place tasks </ul>
     *
     * <p>Task distribution logic:
     *
     * <ul> <li>Base satisfaction: The minimum number of tasks specified by the base value are
     * placed on that capacity provider <li>Weight distribution: After base requirements are met,
     * additional tasks are distributed according to weight ratios </ul>
     *
     * <p>Examples:
     *
     * <p>Equal Distribution: Two capacity providers both with weight <code>1</code> will split
     * tasks evenly after base requirements are met.
     *
     * <p>Weighted Distribution: If capacityProviderA has weight <code>1</code> and
     * capacityProviderB has weight <code>4</code> , then for every 1 task on A, 4 tasks will run on
     * B.
     *
     * <p>Range: 0 to 1000. CloudFormation property {@code Weight}.
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
   * The load balancer configuration to use with a service or task set.
   *
   * <p>When you add, update, or remove a load balancer configuration, Amazon ECS starts a new
   * deployment with the updated Elastic Load Balancing configuration. This causes tasks to register
   * to and deregister from load balancers.
   *
   * <p>We recommend that you verify this on a test environment before you update the Elastic Load
   * Balancing configuration.
   *
   * <p>A service-linked role is required for services that use multiple target groups. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using-service-linked-roles.html">Using
   * service-linked roles</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::TaskSet.LoadBalancer}.
   */
  public static final class LoadBalancer extends Struct<LoadBalancer> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskSet.LoadBalancer");

    public LoadBalancer() {
      super(SCHEMA);
    }

    /**
     * The name of the container (as it appears in a container definition) to associate with the
     * load balancer.
     *
     * <p>You need to specify the container name when configuring the target group for an Amazon ECS
     * load balancer.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ContainerName}.
     */
    public LoadBalancer containerName(String value) {
      return set("ContainerName", Value.of(value));
    }

    /** Sets {@code ContainerName} to this value; see {@link #containerName(String)}. */
    public LoadBalancer containerName(Value<String> value) {
      return set("ContainerName", value);
    }

    /**
     * The port on the container to associate with the load balancer. This port must correspond to a
     * <code>containerPort</code> in the task definition the tasks in the service are using. For
     * tasks that use the EC2 launch type, the container instance they're launched on must allow
     * ingress traffic on the <code>hostPort</code> of the port mapping.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ContainerPort}.
     */
    public LoadBalancer containerPort(int value) {
      return set("ContainerPort", Value.of(value));
    }

    /** Sets {@code ContainerPort} to this value; see {@link #containerPort(int)}. */
    public LoadBalancer containerPort(Value<Integer> value) {
      return set("ContainerPort", value);
    }

    /**
     * The full Amazon Resource Name (ARN) of the Elastic Load Balancing target group or groups
     * associated with a service or task set.
     *
     * <p>A target group ARN is only specified when using an Application Load Balancer or Network
     * Load Balancer.
     *
     * <p>For services using the <code>ECS</code> deployment controller, you can specify one or
     * multiple target groups. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/register-multiple-targetgroups.html">Registering
     * multiple target groups with a service</a> in the <em>Amazon Elastic Container Service
     * Developer Guide</em> .
     *
     * <p>For services using the <code>CODE_DEPLOY</code> deployment controller, you're required to
     * define two target groups for the load balancer. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-bluegreen.html">Blue/green
     * deployment with CodeDeploy</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> .
     *
     * <p>If your service's task definition uses the <code>awsvpc</code> network mode, you must
     * choose <code>ip</code> as the target type, not <code>instance</code> . Do this when creating
     * your target groups because tasks that use the <code>awsvpc</code> network mode are associated
     * with an elastic network interface, not an Amazon EC2 instance. This network mode is required
     * for the Fargate launch type.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TargetGroupArn}.
     */
    public LoadBalancer targetGroupArn(String value) {
      return set("TargetGroupArn", Value.of(value));
    }

    /** Sets {@code TargetGroupArn} to this value; see {@link #targetGroupArn(String)}. */
    public LoadBalancer targetGroupArn(Value<String> value) {
      return set("TargetGroupArn", value);
    }
  }

  /**
   * The network configuration for a task or service.
   *
   * <p>Property type {@code AWS::ECS::TaskSet.NetworkConfiguration}.
   */
  public static final class NetworkConfiguration extends Struct<NetworkConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskSet.NetworkConfiguration");

    public NetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * The VPC subnets and security groups that are associated with a task.
     *
     * <p>All specified subnets and security groups must be from the same VPC.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AwsVpcConfiguration}.
     */
    public NetworkConfiguration awsVpcConfiguration(Value<AwsVpcConfiguration> value) {
      return set("AwsVpcConfiguration", value);
    }
  }

  /**
   * A floating-point percentage of the desired number of tasks to place and keep running in the
   * task set.
   *
   * <p>Property type {@code AWS::ECS::TaskSet.Scale}.
   */
  public static final class Scale extends Struct<Scale> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::TaskSet.Scale")
        .allowed("Unit", "PERCENT")
        .constrain("Value", Constraint.of().minimum(0).maximum(100))
        .build();

    public Scale() {
      super(SCHEMA);
    }

    /**
     * The unit of measure for the scale value.
     *
     * <p>Allowed values: {@code PERCENT}. CloudFormation property {@code Unit}.
     */
    public Scale unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public Scale unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * The value, specified as a percent total of a service's <code>desiredCount</code> , to scale
     * the task set. Accepted values are numbers between 0 and 100.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code Value}.
     */
    public Scale value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public Scale value(Value<Double> value) {
      return set("Value", value);
    }
  }

  /**
   * The details for the service registry.
   *
   * <p>Each service may be associated with one service registry. Multiple service registries for
   * each service are not supported.
   *
   * <p>When you add, update, or remove the service registries configuration, Amazon ECS starts a
   * new deployment. New tasks are registered and deregistered to the updated service registry
   * configuration.
   *
   * <p>Property type {@code AWS::ECS::TaskSet.ServiceRegistry}.
   */
  public static final class ServiceRegistry extends Struct<ServiceRegistry> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::TaskSet.ServiceRegistry");

    public ServiceRegistry() {
      super(SCHEMA);
    }

    /**
     * The container name value to be used for your service discovery service. It's already
     * specified in the task definition. If the task definition that your service task specifies
     * uses the <code>bridge</code> or <code>host</code> network mode, you must specify a
     * <code>containerName</code> and <code>containerPort</code> combination from the task
     * definition. If the task definition that your service task specifies uses the
     * <code>awsvpc</code> network mode and a type SRV DNS record is used, you must specify either a
     * <code>containerName</code> and <code>containerPort</code> combination or a <code>port</code>
     * value. However, you can't specify both.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ContainerName}.
     */
    public ServiceRegistry containerName(String value) {
      return set("ContainerName", Value.of(value));
    }

    /** Sets {@code ContainerName} to this value; see {@link #containerName(String)}. */
    public ServiceRegistry containerName(Value<String> value) {
      return set("ContainerName", value);
    }

    /**
     * The port value to be used for your service discovery service. It's already specified in the
     * task definition. If the task definition your service task specifies uses the
     * <code>bridge</code> or <code>host</code> network mode, you must specify a
     * <code>containerName</code> and <code>containerPort</code> combination from the task
     * definition. If the task definition your service task specifies uses the <code>awsvpc</code>
     * network mode and a type SRV DNS record is used, you must specify either a
     * <code>containerName</code> and <code>containerPort</code> combination or a <code>port</code>
     * value. However, you can't specify both.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ContainerPort}.
     */
    public ServiceRegistry containerPort(int value) {
      return set("ContainerPort", Value.of(value));
    }

    /** Sets {@code ContainerPort} to this value; see {@link #containerPort(int)}. */
    public ServiceRegistry containerPort(Value<Integer> value) {
      return set("ContainerPort", value);
    }

    /**
     * The port value used if your service discovery service specified an SRV record. This field
     * might be used if both the <code>awsvpc</code> network mode and SRV records are used.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Port}.
     */
    public ServiceRegistry port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public ServiceRegistry port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the service registry. The currently supported service
     * registry is AWS Cloud Map . For more information, see <a
     * href="https://docs.aws.amazon.com/cloud-map/latest/api/API_CreateService.html">CreateService</a>
     * .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code RegistryArn}.
     */
    public ServiceRegistry registryArn(String value) {
      return set("RegistryArn", Value.of(value));
    }

    /** Sets {@code RegistryArn} to this value; see {@link #registryArn(String)}. */
    public ServiceRegistry registryArn(Value<String> value) {
      return set("RegistryArn", value);
    }
  }
}
