// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.cloudwatch.Alarm;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.elasticloadbalancingv2.TargetGroup;
import io.tropo4j.resources.iam.Role;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::ECS::Service</code> resource creates an Amazon Elastic Container Service (Amazon
 * ECS) service that runs and maintains the requested number of tasks and associated load balancers.
 *
 * <p>The stack update fails if you change any properties that require replacement and at least one
 * Amazon ECS Service Connect <code>ServiceConnectConfiguration</code> property is configured. This
 * is because AWS CloudFormation creates the replacement service first, but each
 * <code>ServiceConnectService</code> must have a name that is unique in the namespace. &gt;
 * Starting April 15, 2023, AWS ; will not onboard new customers to Amazon Elastic Inference (EI),
 * and will help current customers migrate their workloads to options that offer better price and
 * performance. After April 15, 2023, new customers will not be able to launch instances with Amazon
 * EI accelerators in Amazon SageMaker, Amazon ECS , or Amazon EC2 . However, customers who have
 * used Amazon EI at least once during the past 30-day period are considered current customers and
 * will be able to continue using the service. &gt; On June 12, 2025, Amazon ECS launched support
 * for updating capacity provider configuration for Amazon ECS services. With this launch, Amazon
 * ECS also aligned the CloudFormation update behavior for <code>CapacityProviderStrategy</code>
 * parameter with the standard practice. For more information, see <a
 * href="https://docs.aws.amazon.com/about-aws/whats-new/2025/05/amazon-ecs-capacity-provider-configuration-ecs/">Amazon
 * ECS adds support for updating capacity provider configuration for ECS services</a> . Previously
 * Amazon ECS ignored the <code>CapacityProviderStrategy</code> property if it was set to an empty
 * list for example, <code>[]</code> in CloudFormation , because updating capacity provider
 * configuration was not supported. Now, with support for capacity provider updates, customers can
 * remove capacity providers from a service by passing an empty list. When you specify an empty list
 * ( <code>[]</code> ) for the <code>CapacityProviderStrategy</code> property in your CloudFormation
 * template, Amazon ECS will remove any capacity providers associated with the service, as follows:
 * - For services created with a capacity provider strategy after the launch: - If there's a cluster
 * default strategy set, the service will revert to using that default strategy. - If no cluster
 * default strategy exists, you will receive the following error: No launch type to fall back to for
 * empty capacity provider strategy. Your service was not created with a launch type. - For services
 * created with a capacity provider strategy prior to the launch: - If
 * <code>CapacityProviderStrategy</code> had <code>FARGATE_SPOT</code> or <code>FARGATE</code>
 * capacity providers, the launch type will be updated to <code>FARGATE</code> and the capacity
 * provider will be removed. - If the strategy included Auto Scaling group capacity providers, the
 * service will revert to EC2 launch type, and the Auto Scaling group capacity providers will not be
 * used. Recommended Actions If you are currently using <code>CapacityProviderStrategy: []</code> in
 * your CloudFormation templates, you should take one of the following actions: - If you do not
 * intend to update the Capacity Provider Strategy: - Remove the
 * <code>CapacityProviderStrategy</code> property entirely from your CloudFormation template -
 * Alternatively, use <code>!Ref AWS ::NoValue</code> for the <code>CapacityProviderStrategy</code>
 * property in your template - If you intend to maintain or update the Capacity Provider Strategy,
 * specify the actual Capacity Provider Strategy for the service in your CloudFormation template. If
 * your CloudFormation template had an empty list ([]) for <code>CapacityProviderStrategy</code>
 * prior to the aforementioned launch on June 12, and you are using the same template with
 * <code>CapacityProviderStrategy: []</code> , you might encounter the following error: Invalid
 * request provided: When switching from launch type to capacity provider strategy on an existing
 * service, or making a change to a capacity provider strategy on a service that is already using
 * one, you must force a new deployment. (Service: Ecs, Status Code: 400, Request ID: xxx) (SDK
 * Attempt Count: 1)" (RequestToken: xxx HandlerErrorCode: InvalidRequest) Note that CloudFormation
 * automatically initiates a new deployment when it detects a parameter change, but customers cannot
 * choose to force a deployment through CloudFormation . This is an invalid input scenario that
 * requires one of the remediation actions listed above. If you are experiencing active production
 * issues related to this change, contact AWS Support or your Technical Account Manager.
 *
 * <p>CloudFormation type {@code AWS::ECS::Service}.
 */
public final class Service extends Resource<Service> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service")
      .allowed("AvailabilityZoneRebalancing", "ENABLED", "DISABLED")
      .references("Cluster", "AWS::ECS::Cluster.Ref")
      .allowed("LaunchType", "EC2", "FARGATE", "EXTERNAL")
      .allowed("PropagateTags", "SERVICE", "TASK_DEFINITION")
      .references("Role", "AWS::IAM::Role.Ref", "AWS::IAM::Role.Arn")
      .allowed("SchedulingStrategy", "DAEMON", "REPLICA")
      .references("TaskDefinition", "AWS::ECS::TaskDefinition.Ref")
      .refYields("ServiceArn")
      .attributes("Name", "ServiceArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Service(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether to use Availability Zone rebalancing for the service.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-rebalancing.html">Balancing
   * an Amazon ECS service across Availability Zones</a> in the <b>Amazon Elastic Container Service
   * Developer Guide</b> .
   *
   * <p>The default behavior of <code>AvailabilityZoneRebalancing</code> differs between create and
   * update requests:
   *
   * <ul> <li>For create service requests, when no value is specified for
   * <code>AvailabilityZoneRebalancing</code> , Amazon ECS defaults the value to
   * <code>ENABLED</code> . <li>For update service requests, when no value is specified for
   * <code>AvailabilityZoneRebalancing</code> , Amazon ECS defaults to the existing service’s
   * <code>AvailabilityZoneRebalancing</code> value. If the service never had an
   * <code>AvailabilityZoneRebalancing</code> value set, Amazon ECS treats this as
   * <code>DISABLED</code> . </ul>
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. Default: {@code "ENABLED"}.
   * CloudFormation property {@code AvailabilityZoneRebalancing}.
   */
  public Service availabilityZoneRebalancing(String value) {
    return set("AvailabilityZoneRebalancing", Value.of(value));
  }

  /**
   * Sets {@code AvailabilityZoneRebalancing} to this value; see {@link
   * #availabilityZoneRebalancing(String)}.
   */
  public Service availabilityZoneRebalancing(Value<String> value) {
    return set("AvailabilityZoneRebalancing", value);
  }

  /**
   * The capacity provider strategy to use for the service.
   *
   * <p>If a <code>capacityProviderStrategy</code> is specified, the <code>launchType</code>
   * parameter must be omitted. If no <code>capacityProviderStrategy</code> or
   * <code>launchType</code> is specified, the <code>defaultCapacityProviderStrategy</code> for the
   * cluster is used.
   *
   * <p>A capacity provider strategy can contain a maximum of 20 capacity providers.
   *
   * <p>To remove this property from your service resource, specify an empty
   * <code>CapacityProviderStrategyItem</code> array.
   *
   * <p>CloudFormation property {@code CapacityProviderStrategy}.
   */
  public Service capacityProviderStrategy(List<CapacityProviderStrategyItem> value) {
    return set("CapacityProviderStrategy", Value.listOf(value));
  }

  /**
   * Sets {@code CapacityProviderStrategy} to this value; see {@link
   * #capacityProviderStrategy(List)}.
   */
  public Service capacityProviderStrategy(Value<List<CapacityProviderStrategyItem>> value) {
    return set("CapacityProviderStrategy", value);
  }

  /**
   * Sets {@code CapacityProviderStrategy} to a list of these; see {@link
   * #capacityProviderStrategy(List)}.
   */
  public Service capacityProviderStrategy(CapacityProviderStrategyItem... values) {
    return set("CapacityProviderStrategy", Value.list(values));
  }

  /**
   * The short name or full Amazon Resource Name (ARN) of the cluster that you run your service on.
   * If you do not specify a cluster, the default cluster is assumed.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Cluster}.
   */
  public Service cluster(String value) {
    return set("Cluster", Value.of(value));
  }

  /** Sets {@code Cluster} to this value; see {@link #cluster(String)}. */
  public Service cluster(Value<String> value) {
    return set("Cluster", value);
  }

  /** Sets {@code Cluster} to the Ref of {@code AWS::ECS::Cluster}; see {@link #cluster(String)}. */
  public Service cluster(Cluster resource) {
    return set("Cluster", resource.ref());
  }

  /**
   * Optional deployment parameters that control how many tasks run during the deployment and the
   * ordering of stopping and starting tasks.
   *
   * <p>CloudFormation property {@code DeploymentConfiguration}.
   */
  public Service deploymentConfiguration(Value<DeploymentConfiguration> value) {
    return set("DeploymentConfiguration", value);
  }

  /**
   * The deployment controller to use for the service.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DeploymentController}.
   */
  public Service deploymentController(Value<DeploymentController> value) {
    return set("DeploymentController", value);
  }

  /**
   * The number of instantiations of the specified task definition to place and keep running in your
   * service.
   *
   * <p>For new services, if a desired count is not specified, a default value of <code>1</code> is
   * used. When using the <code>DAEMON</code> scheduling strategy, the desired count is not
   * required.
   *
   * <p>For existing services, if a desired count is not specified, it is omitted from the
   * operation.
   *
   * <p>CloudFormation property {@code DesiredCount}.
   */
  public Service desiredCount(int value) {
    return set("DesiredCount", Value.of(value));
  }

  /** Sets {@code DesiredCount} to this value; see {@link #desiredCount(int)}. */
  public Service desiredCount(Value<Integer> value) {
    return set("DesiredCount", value);
  }

  /**
   * Specifies whether to turn on Amazon ECS managed tags for the tasks within the service. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html">Tagging
   * your Amazon ECS resources</a> in the <em>Amazon Elastic Container Service Developer Guide</em>
   * .
   *
   * <p>When you use Amazon ECS managed tags, you must set the <code>propagateTags</code> request
   * parameter.
   *
   * <p>CloudFormation property {@code EnableECSManagedTags}.
   */
  public Service enableECSManagedTags(boolean value) {
    return set("EnableECSManagedTags", Value.of(value));
  }

  /**
   * Sets {@code EnableECSManagedTags} to this value; see {@link #enableECSManagedTags(boolean)}.
   */
  public Service enableECSManagedTags(Value<Boolean> value) {
    return set("EnableECSManagedTags", value);
  }

  /**
   * Determines whether the execute command functionality is turned on for the service. If
   * <code>true</code> , the execute command functionality is turned on for all containers in tasks
   * as part of the service.
   *
   * <p>CloudFormation property {@code EnableExecuteCommand}.
   */
  public Service enableExecuteCommand(boolean value) {
    return set("EnableExecuteCommand", Value.of(value));
  }

  /**
   * Sets {@code EnableExecuteCommand} to this value; see {@link #enableExecuteCommand(boolean)}.
   */
  public Service enableExecuteCommand(Value<Boolean> value) {
    return set("EnableExecuteCommand", value);
  }

  /**
   * Determines whether to force a new deployment of the service. By default, deployments aren't
   * forced. You can use this option to start a new deployment with no service definition changes.
   * For example, you can update a service's tasks to use a newer Docker image with the same
   * image/tag combination ( <code>my_image:latest</code> ) or to roll Fargate tasks onto a newer
   * platform version.
   *
   * <p>CloudFormation property {@code ForceNewDeployment}.
   */
  public Service forceNewDeployment(Value<ForceNewDeployment> value) {
    return set("ForceNewDeployment", value);
  }

  /**
   * The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy Elastic
   * Load Balancing, VPC Lattice, and container health checks after a task has first started. If you
   * do not specify a health check grace period value, the default value of 0 is used. If you do not
   * use any of the health checks, then <code>healthCheckGracePeriodSeconds</code> is unused.
   *
   * <p>If your service has more running tasks than desired, unhealthy tasks in the grace period
   * might be stopped to reach the desired count.
   *
   * <p>CloudFormation property {@code HealthCheckGracePeriodSeconds}.
   */
  public Service healthCheckGracePeriodSeconds(int value) {
    return set("HealthCheckGracePeriodSeconds", Value.of(value));
  }

  /**
   * Sets {@code HealthCheckGracePeriodSeconds} to this value; see {@link
   * #healthCheckGracePeriodSeconds(int)}.
   */
  public Service healthCheckGracePeriodSeconds(Value<Integer> value) {
    return set("HealthCheckGracePeriodSeconds", value);
  }

  /**
   * The launch type on which to run your service. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html">Amazon ECS
   * Launch Types</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>If you want to use Managed Instances, you must use the <code>capacityProviderStrategy</code>
   * request parameter
   *
   * <p>Changing it replaces the resource. Allowed values: {@code EC2}, {@code FARGATE}, {@code
   * EXTERNAL}. CloudFormation property {@code LaunchType}.
   */
  public Service launchType(String value) {
    return set("LaunchType", Value.of(value));
  }

  /** Sets {@code LaunchType} to this value; see {@link #launchType(String)}. */
  public Service launchType(Value<String> value) {
    return set("LaunchType", value);
  }

  /**
   * A list of load balancer objects to associate with the service. If you specify the
   * <code>Role</code> property, <code>LoadBalancers</code> must be specified as well. For
   * information about the number of load balancers that you can specify per service, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html">Service
   * Load Balancing</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>To remove this property from your service resource, specify an empty
   * <code>LoadBalancer</code> array.
   *
   * <p>CloudFormation property {@code LoadBalancers}.
   */
  public Service loadBalancers(List<LoadBalancer> value) {
    return set("LoadBalancers", Value.listOf(value));
  }

  /** Sets {@code LoadBalancers} to this value; see {@link #loadBalancers(List)}. */
  public Service loadBalancers(Value<List<LoadBalancer>> value) {
    return set("LoadBalancers", value);
  }

  /** Sets {@code LoadBalancers} to a list of these; see {@link #loadBalancers(List)}. */
  public Service loadBalancers(LoadBalancer... values) {
    return set("LoadBalancers", Value.list(values));
  }

  /**
   * The optional monitoring configuration for a service, which defines the resolution for the
   * service-level <code>CPUUtilization</code> and <code>MemoryUtilization</code> Amazon CloudWatch
   * metrics. When not specified, Amazon ECS uses the default resolution of <code>60</code> seconds.
   *
   * <p>CloudFormation property {@code Monitoring}.
   */
  public Service monitoring(Value<MonitoringConfiguration> value) {
    return set("Monitoring", value);
  }

  /**
   * The network configuration for the service. This parameter is required for task definitions that
   * use the <code>awsvpc</code> network mode to receive their own elastic network interface, and it
   * is not supported for other network modes. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html">Task
   * Networking</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>CloudFormation property {@code NetworkConfiguration}.
   */
  public Service networkConfiguration(Value<NetworkConfiguration> value) {
    return set("NetworkConfiguration", value);
  }

  /**
   * An array of placement constraint objects to use for tasks in your service. You can specify a
   * maximum of 10 constraints for each task. This limit includes constraints in the task definition
   * and those specified at runtime.
   *
   * <p>To remove this property from your service resource, specify an empty
   * <code>PlacementConstraint</code> array.
   *
   * <p>CloudFormation property {@code PlacementConstraints}.
   */
  public Service placementConstraints(List<PlacementConstraint> value) {
    return set("PlacementConstraints", Value.listOf(value));
  }

  /** Sets {@code PlacementConstraints} to this value; see {@link #placementConstraints(List)}. */
  public Service placementConstraints(Value<List<PlacementConstraint>> value) {
    return set("PlacementConstraints", value);
  }

  /**
   * Sets {@code PlacementConstraints} to a list of these; see {@link #placementConstraints(List)}.
   */
  public Service placementConstraints(PlacementConstraint... values) {
    return set("PlacementConstraints", Value.list(values));
  }

  /**
   * The placement strategy objects to use for tasks in your service. You can specify a maximum of 5
   * strategy rules for each service.
   *
   * <p>To remove this property from your service resource, specify an empty
   * <code>PlacementStrategy</code> array.
   *
   * <p>CloudFormation property {@code PlacementStrategies}.
   */
  public Service placementStrategies(List<PlacementStrategy> value) {
    return set("PlacementStrategies", Value.listOf(value));
  }

  /** Sets {@code PlacementStrategies} to this value; see {@link #placementStrategies(List)}. */
  public Service placementStrategies(Value<List<PlacementStrategy>> value) {
    return set("PlacementStrategies", value);
  }

  /**
   * Sets {@code PlacementStrategies} to a list of these; see {@link #placementStrategies(List)}.
   */
  public Service placementStrategies(PlacementStrategy... values) {
    return set("PlacementStrategies", Value.list(values));
  }

  /**
   * The platform version that your tasks in the service are running on. A platform version is
   * specified only for tasks using the Fargate launch type. If one isn't specified, the
   * <code>LATEST</code> platform version is used. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html">AWS
   * Fargate platform versions</a> in the <em>Amazon Elastic Container Service Developer Guide</em>
   * .
   *
   * <p>Default: {@code "LATEST"}. CloudFormation property {@code PlatformVersion}.
   */
  public Service platformVersion(String value) {
    return set("PlatformVersion", Value.of(value));
  }

  /** Sets {@code PlatformVersion} to this value; see {@link #platformVersion(String)}. */
  public Service platformVersion(Value<String> value) {
    return set("PlatformVersion", value);
  }

  /**
   * Specifies whether to propagate the tags from the task definition to the task. If no value is
   * specified, the tags aren't propagated. Tags can only be propagated to the task during task
   * creation. To add tags to a task after task creation, use the <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TagResource.html">TagResource</a>
   * API action.
   *
   * <p>You must set this to a value other than <code>NONE</code> when you use Cost Explorer. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/usage-reports.html">Amazon
   * ECS usage reports</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>The default is <code>NONE</code> .
   *
   * <p>Allowed values: {@code SERVICE}, {@code TASK_DEFINITION}. CloudFormation property {@code
   * PropagateTags}.
   */
  public Service propagateTags(String value) {
    return set("PropagateTags", Value.of(value));
  }

  /** Sets {@code PropagateTags} to this value; see {@link #propagateTags(String)}. */
  public Service propagateTags(Value<String> value) {
    return set("PropagateTags", value);
  }

  /**
   * The name or full Amazon Resource Name (ARN) of the IAM role that allows Amazon ECS to make
   * calls to your load balancer on your behalf. This parameter is only permitted if you are using a
   * load balancer with your service and your task definition doesn't use the <code>awsvpc</code>
   * network mode. If you specify the <code>role</code> parameter, you must also specify a load
   * balancer object with the <code>loadBalancers</code> parameter.
   *
   * <p>If your account has already created the Amazon ECS service-linked role, that role is used
   * for your service unless you specify a role here. The service-linked role is required if your
   * task definition uses the <code>awsvpc</code> network mode or if the service is configured to
   * use service discovery, an external deployment controller, multiple target groups, or Elastic
   * Inference accelerators in which case you don't specify a role here. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using-service-linked-roles.html">Using
   * service-linked roles for Amazon ECS</a> in the <em>Amazon Elastic Container Service Developer
   * Guide</em> .
   *
   * <p>If your specified role has a path other than <code>/</code> , then you must either specify
   * the full role ARN (this is recommended) or prefix the role name with the path. For example, if
   * a role with the name <code>bar</code> has a path of <code>/foo/</code> then you would specify
   * <code>/foo/bar</code> as the role name. For more information, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-friendly-names">Friendly
   * names and paths</a> in the <em>IAM User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Role}.
   */
  public Service role(String value) {
    return set("Role", Value.of(value));
  }

  /** Sets {@code Role} to this value; see {@link #role(String)}. */
  public Service role(Value<String> value) {
    return set("Role", value);
  }

  /** Sets {@code Role} to the Ref of {@code AWS::IAM::Role}; see {@link #role(String)}. */
  public Service role(Role resource) {
    return set("Role", resource.ref());
  }

  /**
   * The scheduling strategy to use for the service. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_services.html">Services</a>
   * .
   *
   * <p>There are two service scheduler strategies available:
   *
   * <ul> <li><code>REPLICA</code> -The replica scheduling strategy places and maintains the desired
   * number of tasks across your cluster. By default, the service scheduler spreads tasks across
   * Availability Zones. You can use task placement strategies and constraints to customize task
   * placement decisions. This scheduler strategy is required if the service uses the
   * <code>CODE_DEPLOY</code> or <code>EXTERNAL</code> deployment controller types.
   * <li><code>DAEMON</code> -The daemon scheduling strategy deploys exactly one task on each active
   * container instance that meets all of the task placement constraints that you specify in your
   * cluster. The service scheduler also evaluates the task placement constraints for running tasks
   * and will stop tasks that don't meet the placement constraints. When you're using this strategy,
   * you don't need to specify a desired number of tasks, a task placement strategy, or use Service
   * Auto Scaling policies. </ul>
   *
   * <p>Tasks using the Fargate launch type or the <code>CODE_DEPLOY</code> or <code>EXTERNAL</code>
   * deployment controller types don't support the <code>DAEMON</code> scheduling strategy.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code DAEMON}, {@code REPLICA}.
   * CloudFormation property {@code SchedulingStrategy}.
   */
  public Service schedulingStrategy(String value) {
    return set("SchedulingStrategy", Value.of(value));
  }

  /** Sets {@code SchedulingStrategy} to this value; see {@link #schedulingStrategy(String)}. */
  public Service schedulingStrategy(Value<String> value) {
    return set("SchedulingStrategy", value);
  }

  /**
   * The configuration for this service to discover and connect to services, and be discovered by,
   * and connected from, other services within a namespace.
   *
   * <p>Tasks that run in a namespace can use short names to connect to services in the namespace.
   * Tasks can connect to services across all of the clusters in the namespace. Tasks connect
   * through a managed proxy container that collects logs and metrics for increased visibility. Only
   * the tasks that Amazon ECS services create are supported with Service Connect. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html">Service
   * Connect</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>CloudFormation property {@code ServiceConnectConfiguration}.
   */
  public Service serviceConnectConfiguration(Value<ServiceConnectConfiguration> value) {
    return set("ServiceConnectConfiguration", value);
  }

  /**
   * The name of your service. Up to 255 letters (uppercase and lowercase), numbers, underscores,
   * and hyphens are allowed. Service names must be unique within a cluster, but you can have
   * similarly named services in multiple clusters within a Region or across multiple Regions.
   *
   * <p>The stack update fails if you change any properties that require replacement and the
   * <code>ServiceName</code> is configured. This is because AWS CloudFormation creates the
   * replacement service first, but each <code>ServiceName</code> must be unique in the cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ServiceName}.
   */
  public Service serviceName(String value) {
    return set("ServiceName", Value.of(value));
  }

  /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
  public Service serviceName(Value<String> value) {
    return set("ServiceName", value);
  }

  /**
   * The details of the service discovery registry to associate with this service. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-discovery.html">Service
   * discovery</a> .
   *
   * <p>Each service may be associated with one service registry. Multiple service registries for
   * each service isn't supported. &gt; To remove this property from your service resource, specify
   * an empty <code>ServiceRegistry</code> array.
   *
   * <p>CloudFormation property {@code ServiceRegistries}.
   */
  public Service serviceRegistries(List<ServiceRegistry> value) {
    return set("ServiceRegistries", Value.listOf(value));
  }

  /** Sets {@code ServiceRegistries} to this value; see {@link #serviceRegistries(List)}. */
  public Service serviceRegistries(Value<List<ServiceRegistry>> value) {
    return set("ServiceRegistries", value);
  }

  /** Sets {@code ServiceRegistries} to a list of these; see {@link #serviceRegistries(List)}. */
  public Service serviceRegistries(ServiceRegistry... values) {
    return set("ServiceRegistries", Value.list(values));
  }

  /**
   * The metadata that you apply to the service to help you categorize and organize them. Each tag
   * consists of a key and an optional value, both of which you define. When a service is deleted,
   * the tags are deleted as well.
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
  public Service tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Service tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Service tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The <code>family</code> and <code>revision</code> ( <code>family:revision</code> ) or full ARN
   * of the task definition to run in your service. If a <code>revision</code> isn't specified, the
   * latest <code>ACTIVE</code> revision is used.
   *
   * <p>A task definition must be specified if the service uses either the <code>ECS</code> or
   * <code>CODE_DEPLOY</code> deployment controllers.
   *
   * <p>For more information about deployment types, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-types.html">Amazon
   * ECS deployment types</a> .
   *
   * <p>CloudFormation property {@code TaskDefinition}.
   */
  public Service taskDefinition(String value) {
    return set("TaskDefinition", Value.of(value));
  }

  /** Sets {@code TaskDefinition} to this value; see {@link #taskDefinition(String)}. */
  public Service taskDefinition(Value<String> value) {
    return set("TaskDefinition", value);
  }

  /**
   * Sets {@code TaskDefinition} to the Ref of {@code AWS::ECS::TaskDefinition}; see {@link
   * #taskDefinition(String)}.
   */
  public Service taskDefinition(TaskDefinition resource) {
    return set("TaskDefinition", resource.ref());
  }

  /**
   * The configuration for a volume specified in the task definition as a volume that is configured
   * at launch time. Currently, the only supported volume type is an Amazon EBS volume.
   *
   * <p>To remove this property from your service resource, specify an empty
   * <code>ServiceVolumeConfiguration</code> array.
   *
   * <p>CloudFormation property {@code VolumeConfigurations}.
   */
  public Service volumeConfigurations(List<ServiceVolumeConfiguration> value) {
    return set("VolumeConfigurations", Value.listOf(value));
  }

  /** Sets {@code VolumeConfigurations} to this value; see {@link #volumeConfigurations(List)}. */
  public Service volumeConfigurations(Value<List<ServiceVolumeConfiguration>> value) {
    return set("VolumeConfigurations", value);
  }

  /**
   * Sets {@code VolumeConfigurations} to a list of these; see {@link #volumeConfigurations(List)}.
   */
  public Service volumeConfigurations(ServiceVolumeConfiguration... values) {
    return set("VolumeConfigurations", Value.list(values));
  }

  /**
   * The VPC Lattice configuration for the service being created.
   *
   * <p>CloudFormation property {@code VpcLatticeConfigurations}.
   */
  public Service vpcLatticeConfigurations(List<VpcLatticeConfiguration> value) {
    return set("VpcLatticeConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code VpcLatticeConfigurations} to this value; see {@link
   * #vpcLatticeConfigurations(List)}.
   */
  public Service vpcLatticeConfigurations(Value<List<VpcLatticeConfiguration>> value) {
    return set("VpcLatticeConfigurations", value);
  }

  /**
   * Sets {@code VpcLatticeConfigurations} to a list of these; see {@link
   * #vpcLatticeConfigurations(List)}.
   */
  public Service vpcLatticeConfigurations(VpcLatticeConfiguration... values) {
    return set("VpcLatticeConfigurations", Value.list(values));
  }

  /**
   * The name of the Amazon ECS service, such as <code>sample-webapp</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The ARN that identifies the service. For more information about the ARN format, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-account-settings.html#ecs-resource-ids">Amazon
   * Resource Name (ARN)</a> in the <em>Amazon ECS Developer Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceArn}.
   */
  public Value<String> serviceArn() {
    return getAtt("ServiceArn");
  }

  /**
   * The advanced settings for a load balancer used in blue/green deployments. Specify the alternate
   * target group, listener rules, and IAM role required for traffic shifting during blue/green
   * deployments. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-deployment-implementation.html">Required
   * resources for Amazon ECS blue/green deployments</a> in the <em>Amazon Elastic Container Service
   * Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::Service.AdvancedConfiguration}.
   */
  public static final class AdvancedConfiguration extends Struct<AdvancedConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.AdvancedConfiguration")
        .required("AlternateTargetGroupArn")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public AdvancedConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the alternate target group for Amazon ECS blue/green
     * deployments.
     *
     * <p>Required. CloudFormation property {@code AlternateTargetGroupArn}.
     */
    public AdvancedConfiguration alternateTargetGroupArn(String value) {
      return set("AlternateTargetGroupArn", Value.of(value));
    }

    /**
     * Sets {@code AlternateTargetGroupArn} to this value; see {@link
     * #alternateTargetGroupArn(String)}.
     */
    public AdvancedConfiguration alternateTargetGroupArn(Value<String> value) {
      return set("AlternateTargetGroupArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) that that identifies the production listener rule (in the case
     * of an Application Load Balancer) or listener (in the case for an Network Load Balancer) for
     * routing production traffic.
     *
     * <p>CloudFormation property {@code ProductionListenerRule}.
     */
    public AdvancedConfiguration productionListenerRule(String value) {
      return set("ProductionListenerRule", Value.of(value));
    }

    /**
     * Sets {@code ProductionListenerRule} to this value; see {@link
     * #productionListenerRule(String)}.
     */
    public AdvancedConfiguration productionListenerRule(Value<String> value) {
      return set("ProductionListenerRule", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call the
     * Elastic Load Balancing APIs for you.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public AdvancedConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public AdvancedConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) that identifies ) that identifies the test listener rule (in
     * the case of an Application Load Balancer) or listener (in the case for an Network Load
     * Balancer) for routing test traffic.
     *
     * <p>CloudFormation property {@code TestListenerRule}.
     */
    public AdvancedConfiguration testListenerRule(String value) {
      return set("TestListenerRule", Value.of(value));
    }

    /** Sets {@code TestListenerRule} to this value; see {@link #testListenerRule(String)}. */
    public AdvancedConfiguration testListenerRule(Value<String> value) {
      return set("TestListenerRule", value);
    }
  }

  /**
   * An object representing the networking details for a task or service. For example
   * <code>awsVpcConfiguration={subnets=["subnet-12344321"],securityGroups=["sg-12344321"]}</code> .
   *
   * <p>Property type {@code AWS::ECS::Service.AwsVpcConfiguration}.
   */
  public static final class AwsVpcConfiguration extends Struct<AwsVpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.AwsVpcConfiguration")
        .allowed("AssignPublicIp", "DISABLED", "ENABLED")
        .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .references("SecurityGroups", "AWS::EC2::SecurityGroup.GroupId")
        .constrain("Subnets", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .references("Subnets", "AWS::EC2::Subnet.Ref")
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
     * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code
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
     * The IDs of the security groups associated with the task or service. If you don't specify a
     * security group, the default security group for the VPC is used. There's a limit of 5 security
     * groups that can be specified.
     *
     * <p>All specified security groups must be from the same VPC.
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroups}.
     */
    public AwsVpcConfiguration securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public AwsVpcConfiguration securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * Sets {@code SecurityGroups} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
     * {@link #securityGroups(List)}.
     */
    public AwsVpcConfiguration securityGroups(SecurityGroup... resources) {
      return set("SecurityGroups", Value.attributes("GroupId", resources));
    }

    /**
     * The IDs of the subnets associated with the task or service. There's a limit of 16 subnets
     * that can be specified.
     *
     * <p>All specified subnets must be from the same VPC.
     *
     * <p>Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
     */
    public AwsVpcConfiguration subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public AwsVpcConfiguration subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }

    /**
     * Sets {@code Subnets} to the Ref of each {@code AWS::EC2::Subnet}; see {@link #subnets(List)}.
     */
    public AwsVpcConfiguration subnets(Subnet... resources) {
      return set("Subnets", Value.refs(resources));
    }
  }

  /**
   * Configuration for a canary deployment strategy that shifts a fixed percentage of traffic to the
   * new service revision, waits for a specified bake time, then shifts the remaining traffic.
   *
   * <p>The following validation applies only to Canary deployments created through CloudFormation .
   * CloudFormation operations time out after 36 hours. Canary deployments can approach this limit
   * because of their extended duration. This can cause CloudFormation to roll back the deployment.
   * To prevent timeout-related rollbacks, CloudFormation rejects deployments when the calculated
   * deployment time exceeds 33 hours based on your template configuration:
   *
   * <p><code>BakeTimeInMinutes + CanaryBakeTimeInMinutes</code>
   *
   * <p>Additional backend processes (such as task scaling and running lifecycle hooks) can extend
   * deployment time beyond these calculations. Even deployments under the 33-hour threshold might
   * still time out if these processes cause the total duration to exceed 36 hours.
   *
   * <p>Property type {@code AWS::ECS::Service.CanaryConfiguration}.
   */
  public static final class CanaryConfiguration extends Struct<CanaryConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.CanaryConfiguration")
        .constrain("CanaryBakeTimeInMinutes", Constraint.of().minimum(0).maximum(1440))
        .constrain("CanaryPercent", Constraint.of().minimum(0.1).maximum(100))
        .build();

    public CanaryConfiguration() {
      super(SCHEMA);
    }

    /**
     * The amount of time in minutes to wait during the canary phase before shifting the remaining
     * production traffic to the new service revision. Valid values are 0 to 1440 minutes (24
     * hours). The default value is 10.
     *
     * <p>Range: 0 to 1440. CloudFormation property {@code CanaryBakeTimeInMinutes}.
     */
    public CanaryConfiguration canaryBakeTimeInMinutes(int value) {
      return set("CanaryBakeTimeInMinutes", Value.of(value));
    }

    /**
     * Sets {@code CanaryBakeTimeInMinutes} to this value; see {@link
     * #canaryBakeTimeInMinutes(int)}.
     */
    public CanaryConfiguration canaryBakeTimeInMinutes(Value<Integer> value) {
      return set("CanaryBakeTimeInMinutes", value);
    }

    /**
     * The percentage of production traffic to shift to the new service revision during the canary
     * phase. Valid values are multiples of 0.1 from 0.1 to 100.0. The default value is 5.0.
     *
     * <p>Range: 0.1 to 100. CloudFormation property {@code CanaryPercent}.
     */
    public CanaryConfiguration canaryPercent(double value) {
      return set("CanaryPercent", Value.of(value));
    }

    /** Sets {@code CanaryPercent} to this value; see {@link #canaryPercent(double)}. */
    public CanaryConfiguration canaryPercent(Value<Double> value) {
      return set("CanaryPercent", value);
    }
  }

  /**
   * The details of a capacity provider strategy. A capacity provider strategy can be set when using
   * the <code>RunTask</code> or <code>CreateService</code> APIs or as the default capacity provider
   * strategy for a cluster with the <code>CreateCluster</code> API.
   *
   * <p>Only capacity providers that are already associated with a cluster and have an
   * <code>ACTIVE</code> or <code>UPDATING</code> status can be used in a capacity provider
   * strategy. The <code>PutClusterCapacityProviders</code> API is used to associate a capacity
   * provider with a cluster.
   *
   * <p>If specifying a capacity provider that uses an Auto Scaling group, the capacity provider
   * must already be created. New Auto Scaling group capacity providers can be created with the
   * <code>CreateCapacityProvider</code> API operation.
   *
   * <p>To use an AWS Fargate capacity provider, specify either the <code>FARGATE</code> or
   * <code>FARGATE_SPOT</code> capacity providers. The AWS Fargate capacity providers are available
   * to all accounts and only need to be associated with a cluster to be used in a capacity provider
   * strategy.
   *
   * <p>Property type {@code AWS::ECS::Service.CapacityProviderStrategyItem}.
   */
  public static final class CapacityProviderStrategyItem extends Struct<CapacityProviderStrategyItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.CapacityProviderStrategyItem")
        .constrain("Base", Constraint.of().minimum(0).maximum(100000))
        .references("CapacityProvider", "AWS::ECS::CapacityProvider.Ref")
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
     * Sets {@code CapacityProvider} to the Ref of {@code AWS::ECS::CapacityProvider}; see {@link
     * #capacityProvider(String)}.
     */
    public CapacityProviderStrategyItem capacityProvider(CapacityProvider resource) {
      return set("CapacityProvider", resource.ref());
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
   * One of the methods which provide a way for you to quickly identify when a deployment has
   * failed, and then to optionally roll back the failure to the last working deployment.
   *
   * <p>When the alarms are generated, Amazon ECS sets the service deployment to failed. Set the
   * rollback parameter to have Amazon ECS to roll back your service to the last completed
   * deployment after a failure.
   *
   * <p>You can only use the <code>DeploymentAlarms</code> method to detect failures when the
   * <code>DeploymentController</code> is set to <code>ECS</code> .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html">Rolling
   * update</a> in the <b>Amazon Elastic Container Service Developer Guide</b> .
   *
   * <p>Property type {@code AWS::ECS::Service.DeploymentAlarms}.
   */
  public static final class DeploymentAlarms extends Struct<DeploymentAlarms> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.DeploymentAlarms")
        .required("AlarmNames", "Enable", "Rollback")
        .references("AlarmNames", "AWS::CloudWatch::Alarm.Ref")
        .build();

    public DeploymentAlarms() {
      super(SCHEMA);
    }

    /**
     * One or more CloudWatch alarm names. Use a "," to separate the alarms.
     *
     * <p>Required. CloudFormation property {@code AlarmNames}.
     */
    public DeploymentAlarms alarmNames(List<String> value) {
      return set("AlarmNames", Value.listOf(value));
    }

    /** Sets {@code AlarmNames} to this value; see {@link #alarmNames(List)}. */
    public DeploymentAlarms alarmNames(Value<List<String>> value) {
      return set("AlarmNames", value);
    }

    /**
     * Sets {@code AlarmNames} to the Ref of each {@code AWS::CloudWatch::Alarm}; see {@link
     * #alarmNames(List)}.
     */
    public DeploymentAlarms alarmNames(Alarm... resources) {
      return set("AlarmNames", Value.refs(resources));
    }

    /**
     * Determines whether to use the CloudWatch alarm option in the service deployment process.
     *
     * <p>Required. CloudFormation property {@code Enable}.
     */
    public DeploymentAlarms enable(boolean value) {
      return set("Enable", Value.of(value));
    }

    /** Sets {@code Enable} to this value; see {@link #enable(boolean)}. */
    public DeploymentAlarms enable(Value<Boolean> value) {
      return set("Enable", value);
    }

    /**
     * Determines whether to configure Amazon ECS to roll back the service if a service deployment
     * fails. If rollback is used, when a service deployment fails, the service is rolled back to
     * the last deployment that completed successfully.
     *
     * <p>Required. CloudFormation property {@code Rollback}.
     */
    public DeploymentAlarms rollback(boolean value) {
      return set("Rollback", Value.of(value));
    }

    /** Sets {@code Rollback} to this value; see {@link #rollback(boolean)}. */
    public DeploymentAlarms rollback(Value<Boolean> value) {
      return set("Rollback", value);
    }
  }

  /**
   * The deployment circuit breaker can only be used for services using the rolling update (
   * <code>ECS</code> ) deployment type.
   *
   * <p>The <em>deployment circuit breaker</em> determines whether a service deployment will fail if
   * the service can't reach a steady state. If it is turned on, a service deployment will
   * transition to a failed state and stop launching new tasks. You can also configure Amazon ECS to
   * roll back your service to the last completed deployment after a failure. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html">Rolling
   * update</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>For more information about API failure reasons, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/api_failures_messages.html">API
   * failure reasons</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::Service.DeploymentCircuitBreaker}.
   */
  public static final class DeploymentCircuitBreaker extends Struct<DeploymentCircuitBreaker> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.DeploymentCircuitBreaker")
        .required("Enable", "Rollback")
        .build();

    public DeploymentCircuitBreaker() {
      super(SCHEMA);
    }

    /**
     * Determines whether to use the deployment circuit breaker logic for the service.
     *
     * <p>Required. CloudFormation property {@code Enable}.
     */
    public DeploymentCircuitBreaker enable(boolean value) {
      return set("Enable", Value.of(value));
    }

    /** Sets {@code Enable} to this value; see {@link #enable(boolean)}. */
    public DeploymentCircuitBreaker enable(Value<Boolean> value) {
      return set("Enable", value);
    }

    /**
     * Specifies whether the deployment circuit breaker resets its failure count when a task reaches
     * a healthy state. When set to <code>true</code>, a task that reaches a healthy state resets
     * the failure count to <code>0</code>. When set to <code>false</code>, Amazon ECS does not
     * reset the failure count. The default is <code>true</code>.
     *
     * <p>CloudFormation property {@code ResetOnHealthyTask}.
     */
    public DeploymentCircuitBreaker resetOnHealthyTask(boolean value) {
      return set("ResetOnHealthyTask", Value.of(value));
    }

    /** Sets {@code ResetOnHealthyTask} to this value; see {@link #resetOnHealthyTask(boolean)}. */
    public DeploymentCircuitBreaker resetOnHealthyTask(Value<Boolean> value) {
      return set("ResetOnHealthyTask", value);
    }

    /**
     * Determines whether to configure Amazon ECS to roll back the service if a service deployment
     * fails. If rollback is on, when a service deployment fails, the service is rolled back to the
     * last deployment that completed successfully.
     *
     * <p>Required. CloudFormation property {@code Rollback}.
     */
    public DeploymentCircuitBreaker rollback(boolean value) {
      return set("Rollback", Value.of(value));
    }

    /** Sets {@code Rollback} to this value; see {@link #rollback(boolean)}. */
    public DeploymentCircuitBreaker rollback(Value<Boolean> value) {
      return set("Rollback", value);
    }

    /**
     * Defines the failure threshold that the deployment circuit breaker uses to monitor a
     * deployment. The <code>type</code> and <code>value</code> together determine the number of
     * task failures that are tolerated before the circuit breaker triggers. By default, the
     * threshold configuration uses a <code>type</code> of <code>BOUNDED_PERCENT</code> with a
     * <code>value</code> of <code>50</code>.
     *
     * <p>CloudFormation property {@code ThresholdConfiguration}.
     */
    public DeploymentCircuitBreaker thresholdConfiguration(Value<ThresholdConfiguration> value) {
      return set("ThresholdConfiguration", value);
    }
  }

  /**
   * Optional deployment parameters that control how many tasks run during a deployment and the
   * ordering of stopping and starting tasks.
   *
   * <p>Property type {@code AWS::ECS::Service.DeploymentConfiguration}.
   */
  public static final class DeploymentConfiguration extends Struct<DeploymentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.DeploymentConfiguration")
        .constrain("BakeTimeInMinutes", Constraint.of().minimum(0).maximum(1440))
        .allowed("Strategy", "ROLLING", "BLUE_GREEN", "LINEAR", "CANARY")
        .build();

    public DeploymentConfiguration() {
      super(SCHEMA);
    }

    /**
     * Information about the CloudWatch alarms.
     *
     * <p>CloudFormation property {@code Alarms}.
     */
    public DeploymentConfiguration alarms(Value<DeploymentAlarms> value) {
      return set("Alarms", value);
    }

    /**
     * The duration when both blue and green service revisions are running simultaneously after the
     * production traffic has shifted.
     *
     * <p>The following rules apply when you don't specify a value:
     *
     * <ul> <li>For rolling deployments, the value is set to 3 hours (180 minutes). <li>When you use
     * an external deployment controller ( <code>EXTERNAL</code> ), or the CodeDeploy blue/green
     * deployment controller ( <code>CODE_DEPLOY</code> ), the value is set to 3 hours (180
     * minutes). <li>For all other cases, the value is set to 36 hours (2160 minutes). </ul>
     *
     * <p>Range: 0 to 1440. CloudFormation property {@code BakeTimeInMinutes}.
     */
    public DeploymentConfiguration bakeTimeInMinutes(int value) {
      return set("BakeTimeInMinutes", Value.of(value));
    }

    /** Sets {@code BakeTimeInMinutes} to this value; see {@link #bakeTimeInMinutes(int)}. */
    public DeploymentConfiguration bakeTimeInMinutes(Value<Integer> value) {
      return set("BakeTimeInMinutes", value);
    }

    /**
     * Configuration for canary deployment strategy. Only valid when the deployment strategy is
     * <code>CANARY</code> . This configuration enables shifting a fixed percentage of traffic for
     * testing, followed by shifting the remaining traffic after a bake period.
     *
     * <p>CloudFormation property {@code CanaryConfiguration}.
     */
    public DeploymentConfiguration canaryConfiguration(Value<CanaryConfiguration> value) {
      return set("CanaryConfiguration", value);
    }

    /**
     * The deployment circuit breaker can only be used for services using the rolling update (
     * <code>ECS</code> ) deployment type.
     *
     * <p>The <em>deployment circuit breaker</em> determines whether a service deployment will fail
     * if the service can't reach a steady state. If you use the deployment circuit breaker, a
     * service deployment will transition to a failed state and stop launching new tasks. If you use
     * the rollback option, when a service deployment fails, the service is rolled back to the last
     * deployment that completed successfully. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html">Rolling
     * update</a> in the <em>Amazon Elastic Container Service Developer Guide</em>
     *
     * <p>CloudFormation property {@code DeploymentCircuitBreaker}.
     */
    public DeploymentConfiguration deploymentCircuitBreaker(Value<DeploymentCircuitBreaker> value) {
      return set("DeploymentCircuitBreaker", value);
    }

    /** CloudFormation property {@code EarlySuccessCriteria}. */
    public DeploymentConfiguration earlySuccessCriteria(Value<DeploymentEarlySuccessCriteria> value) {
      return set("EarlySuccessCriteria", value);
    }

    /**
     * An array of deployment lifecycle hook objects to run custom logic at specific stages of the
     * deployment lifecycle.
     *
     * <p>CloudFormation property {@code LifecycleHooks}.
     */
    public DeploymentConfiguration lifecycleHooks(List<DeploymentLifecycleHook> value) {
      return set("LifecycleHooks", Value.listOf(value));
    }

    /** Sets {@code LifecycleHooks} to this value; see {@link #lifecycleHooks(List)}. */
    public DeploymentConfiguration lifecycleHooks(Value<List<DeploymentLifecycleHook>> value) {
      return set("LifecycleHooks", value);
    }

    /** Sets {@code LifecycleHooks} to a list of these; see {@link #lifecycleHooks(List)}. */
    public DeploymentConfiguration lifecycleHooks(DeploymentLifecycleHook... values) {
      return set("LifecycleHooks", Value.list(values));
    }

    /**
     * Configuration for linear deployment strategy. Only valid when the deployment strategy is
     * <code>LINEAR</code> . This configuration enables progressive traffic shifting in equal
     * percentage increments with configurable bake times between each step.
     *
     * <p>CloudFormation property {@code LinearConfiguration}.
     */
    public DeploymentConfiguration linearConfiguration(Value<LinearConfiguration> value) {
      return set("LinearConfiguration", value);
    }

    /**
     * If a service is using the rolling update ( <code>ECS</code> ) deployment type, the
     * <code>maximumPercent</code> parameter represents an upper limit on the number of your
     * service's tasks that are allowed in the <code>RUNNING</code> or <code>PENDING</code> state
     * during a deployment, as a percentage of the <code>desiredCount</code> (rounded down to the
     * nearest integer). This parameter enables you to define the deployment batch size. For
     * example, if your service is using the <code>REPLICA</code> service scheduler and has a
     * <code>desiredCount</code> of four tasks and a <code>maximumPercent</code> value of 200%, the
     * scheduler may start four new tasks before stopping the four older tasks (provided that the
     * cluster resources required to do this are available). The default <code>maximumPercent</code>
     * value for a service using the <code>REPLICA</code> service scheduler is 200%.
     *
     * <p>The Amazon ECS scheduler uses this parameter to replace unhealthy tasks by starting
     * replacement tasks first and then stopping the unhealthy tasks, as long as cluster resources
     * for starting replacement tasks are available. For more information about how the scheduler
     * replaces unhealthy tasks, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_services.html">Amazon
     * ECS services</a> .
     *
     * <p>If a service is using either the blue/green ( <code>CODE_DEPLOY</code> ) or
     * <code>EXTERNAL</code> deployment types, and tasks in the service use the EC2 launch type, the
     * <em>maximum percent</em> value is set to the default value. The <em>maximum percent</em>
     * value is used to define the upper limit on the number of the tasks in the service that remain
     * in the <code>RUNNING</code> state while the container instances are in the
     * <code>DRAINING</code> state.
     *
     * <p>You can't specify a custom <code>maximumPercent</code> value for a service that uses
     * either the blue/green ( <code>CODE_DEPLOY</code> ) or <code>EXTERNAL</code> deployment types
     * and has tasks that use the EC2 launch type.
     *
     * <p>If the service uses either the blue/green ( <code>CODE_DEPLOY</code> ) or
     * <code>EXTERNAL</code> deployment types, and the tasks in the service use the Fargate launch
     * type, the maximum percent value is not used. The value is still returned when describing your
     * service.
     *
     * <p>CloudFormation property {@code MaximumPercent}.
     */
    public DeploymentConfiguration maximumPercent(int value) {
      return set("MaximumPercent", Value.of(value));
    }

    /** Sets {@code MaximumPercent} to this value; see {@link #maximumPercent(int)}. */
    public DeploymentConfiguration maximumPercent(Value<Integer> value) {
      return set("MaximumPercent", value);
    }

    /**
     * If a service is using the rolling update ( <code>ECS</code> ) deployment type, the
     * <code>minimumHealthyPercent</code> represents a lower limit on the number of your service's
     * tasks that must remain in the <code>RUNNING</code> state during a deployment, as a percentage
     * of the <code>desiredCount</code> (rounded up to the nearest integer). This parameter enables
     * you to deploy without using additional cluster capacity. For example, if your service has a
     * <code>desiredCount</code> of four tasks and a <code>minimumHealthyPercent</code> of 50%, the
     * service scheduler may stop two existing tasks to free up cluster capacity before starting two
     * new tasks.
     *
     * <p>If any tasks are unhealthy and if <code>maximumPercent</code> doesn't allow the Amazon ECS
     * scheduler to start replacement tasks, the scheduler stops the unhealthy tasks one-by-one —
     * using the <code>minimumHealthyPercent</code> as a constraint — to clear up capacity to launch
     * replacement tasks. For more information about how the scheduler replaces unhealthy tasks, see
     * <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_services.html">Amazon
     * ECS services</a> .
     *
     * <p>For services that <em>do not</em> use a load balancer, the following should be noted:
     *
     * <ul> <li>A service is considered healthy if all essential containers within the tasks in the
     * service pass their health checks. <li>If a task has no essential containers with a health
     * check defined, the service scheduler will wait for 40 seconds after a task reaches a
     * <code>RUNNING</code> state before the task is counted towards the minimum healthy percent
     * total. <li>If a task has one or more essential containers with a health check defined, the
     * service scheduler will wait for the task to reach a healthy status before counting it towards
     * the minimum healthy percent total. A task is considered healthy when all essential containers
     * within the task have passed their health checks. The amount of time the service scheduler can
     * wait for is determined by the container health check settings. </ul>
     *
     * <p>For services that <em>do</em> use a load balancer, the following should be noted:
     *
     * <ul> <li>If a task has no essential containers with a health check defined, the service
     * scheduler will wait for the load balancer target group health check to return a healthy
     * status before counting the task towards the minimum healthy percent total. <li>If a task has
     * an essential container with a health check defined, the service scheduler will wait for both
     * the task to reach a healthy status and the load balancer target group health check to return
     * a healthy status before counting the task towards the minimum healthy percent total. </ul>
     *
     * <p>The default value for a replica service for <code>minimumHealthyPercent</code> is 100%.
     * The default <code>minimumHealthyPercent</code> value for a service using the
     * <code>DAEMON</code> service schedule is 0% for the AWS CLI , the AWS SDKs, and the APIs and
     * 50% for the AWS Management Console.
     *
     * <p>The minimum number of healthy tasks during a deployment is the <code>desiredCount</code>
     * multiplied by the <code>minimumHealthyPercent</code> /100, rounded up to the nearest integer
     * value.
     *
     * <p>If a service is using either the blue/green ( <code>CODE_DEPLOY</code> ) or
     * <code>EXTERNAL</code> deployment types and is running tasks that use the EC2 launch type, the
     * <em>minimum healthy percent</em> value is set to the default value. The <em>minimum healthy
     * percent</em> value is used to define the lower limit on the number of the tasks in the
     * service that remain in the <code>RUNNING</code> state while the container instances are in
     * the <code>DRAINING</code> state.
     *
     * <p>You can't specify a custom <code>minimumHealthyPercent</code> value for a service that
     * uses either the blue/green ( <code>CODE_DEPLOY</code> ) or <code>EXTERNAL</code> deployment
     * types and has tasks that use the EC2 launch type.
     *
     * <p>If a service is using either the blue/green ( <code>CODE_DEPLOY</code> ) or
     * <code>EXTERNAL</code> deployment types and is running tasks that use the Fargate launch type,
     * the minimum healthy percent value is not used, although it is returned when describing your
     * service.
     *
     * <p>CloudFormation property {@code MinimumHealthyPercent}.
     */
    public DeploymentConfiguration minimumHealthyPercent(int value) {
      return set("MinimumHealthyPercent", Value.of(value));
    }

    /**
     * Sets {@code MinimumHealthyPercent} to this value; see {@link #minimumHealthyPercent(int)}.
     */
    public DeploymentConfiguration minimumHealthyPercent(Value<Integer> value) {
      return set("MinimumHealthyPercent", value);
    }

    /**
     * The deployment strategy for the service. Choose from these valid values:
     *
     * <ul> <li><code>ROLLING</code> - When you create a service which uses the rolling update (
     * <code>ROLLING</code> ) deployment strategy, the Amazon ECS service scheduler replaces the
     * currently running tasks with new tasks. The number of tasks that Amazon ECS adds or removes
     * from the service during a rolling update is controlled by the service deployment
     * configuration. <li><code>BLUE_GREEN</code> - A blue/green deployment strategy (
     * <code>BLUE_GREEN</code> ) is a release methodology that reduces downtime and risk by running
     * two identical production environments called blue and green. With Amazon ECS blue/green
     * deployments, you can validate new service revisions before directing production traffic to
     * them. This approach provides a safer way to deploy changes with the ability to quickly roll
     * back if needed. <li><code>LINEAR</code> - A <em>linear</em> deployment strategy (
     * <code>LINEAR</code> ) gradually shifts traffic from the current production environment to a
     * new environment in equal percentages over time. With Amazon ECS linear deployments, you can
     * control the pace of traffic shifting and validate new service revisions with increasing
     * amounts of production traffic. <li><code>CANARY</code> - A <em>canary</em> deployment
     * strategy ( <code>CANARY</code> ) shifts a small percentage of traffic to the new service
     * revision first, then shifts the remaining traffic all at once after a specified time period.
     * This allows you to test the new version with a subset of users before full deployment. </ul>
     *
     * <p>Allowed values: {@code ROLLING}, {@code BLUE_GREEN}, {@code LINEAR}, {@code CANARY}.
     * CloudFormation property {@code Strategy}.
     */
    public DeploymentConfiguration strategy(String value) {
      return set("Strategy", Value.of(value));
    }

    /** Sets {@code Strategy} to this value; see {@link #strategy(String)}. */
    public DeploymentConfiguration strategy(Value<String> value) {
      return set("Strategy", value);
    }
  }

  /**
   * The deployment controller to use for the service.
   *
   * <p>Property type {@code AWS::ECS::Service.DeploymentController}.
   */
  public static final class DeploymentController extends Struct<DeploymentController> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.DeploymentController")
        .allowed("Type", "CODE_DEPLOY", "ECS", "EXTERNAL")
        .build();

    public DeploymentController() {
      super(SCHEMA);
    }

    /**
     * The deployment controller type to use.
     *
     * <p>The deployment controller is the mechanism that determines how tasks are deployed for your
     * service. The valid options are:
     *
     * <ul> <li>ECS </ul>
     *
     * <p>When you create a service which uses the <code>ECS</code> deployment controller, you can
     * choose between the following deployment strategies:
     *
     * <ul> <li><code>ROLLING</code> : When you create a service which uses the <em>rolling
     * update</em> ( <code>ROLLING</code> ) deployment strategy, the Amazon ECS service scheduler
     * replaces the currently running tasks with new tasks. The number of tasks that Amazon ECS adds
     * or removes from the service during a rolling update is controlled by the service deployment
     * configuration. </ul>
     *
     * <p>Rolling update deployments are best suited for the following scenarios:
     *
     * <ul> <li>Gradual service updates: You need to update your service incrementally without
     * taking the entire service offline at once. <li>Limited resource requirements: You want to
     * avoid the additional resource costs of running two complete environments simultaneously (as
     * required by blue/green deployments). <li>Acceptable deployment time: Your application can
     * tolerate a longer deployment process, as rolling updates replace tasks one by one. <li>No
     * need for instant roll back: Your service can tolerate a rollback process that takes minutes
     * rather than seconds. <li>Simple deployment process: You prefer a straightforward deployment
     * approach without the complexity of managing multiple environments, target groups, and
     * listeners. <li>No load balancer requirement: Your service doesn't use or require a load
     * balancer, Application Load Balancer , Network Load Balancer , or Service Connect (which are
     * required for blue/green deployments). <li>Stateful applications: Your application maintains
     * state that makes it difficult to run two parallel environments. <li>Cost sensitivity: You
     * want to minimize deployment costs by not running duplicate environments during deployment.
     * </ul>
     *
     * <p>Rolling updates are the default deployment strategy for services and provide a balance
     * between deployment safety and resource efficiency for many common application scenarios.
     *
     * <ul> <li><code>BLUE_GREEN</code> : A <em>blue/green</em> deployment strategy (
     * <code>BLUE_GREEN</code> ) is a release methodology that reduces downtime and risk by running
     * two identical production environments called blue and green. With Amazon ECS blue/green
     * deployments, you can validate new service revisions before directing production traffic to
     * them. This approach provides a safer way to deploy changes with the ability to quickly roll
     * back if needed. </ul>
     *
     * <p>Amazon ECS blue/green deployments are best suited for the following scenarios:
     *
     * <ul> <li>Service validation: When you need to validate new service revisions before directing
     * production traffic to them <li>Zero downtime: When your service requires zero-downtime
     * deployments <li>Instant roll back: When you need the ability to quickly roll back if issues
     * are detected <li>Load balancer requirement: When your service uses Application Load Balancer
     * , Network Load Balancer , or Service Connect <li>External </ul>
     *
     * <p>Use a third-party deployment controller.
     *
     * <ul> <li>Blue/green deployment (powered by CodeDeploy ) </ul>
     *
     * <p>CodeDeploy installs an updated version of the application as a new replacement task set
     * and reroutes production traffic from the original application task set to the replacement
     * task set. The original task set is terminated after a successful deployment. Use this
     * deployment controller to verify a new deployment of a service before sending production
     * traffic to it.
     *
     * <p>When updating the deployment controller for a service, consider the following depending on
     * the type of migration you're performing.
     *
     * <ul> <li>If you have a template that contains the <code>EXTERNAL</code> deployment controller
     * information as well as <code>TaskSet</code> and <code>PrimaryTaskSet</code> resources, and
     * you remove the task set resources from the template when updating from <code>EXTERNAL</code>
     * to <code>ECS</code> , the <code>DescribeTaskSet</code> and <code>DeleteTaskSet</code> API
     * calls will return a 400 error after the deployment controller is updated to <code>ECS</code>
     * . This results in a delete failure on the task set resources, even though the stack
     * transitions to <code>UPDATE_COMPLETE</code> status. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/troubleshooting.html#troubleshooting-errors-resource-removed-not-deleted">Resource
     * removed from stack but not deleted</a> in the AWS CloudFormation User Guide. To fix this
     * issue, delete the task sets directly using the Amazon ECS <code>DeleteTaskSet</code> API. For
     * more information about how to delete a task set, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteTaskSet.html">DeleteTaskSet</a>
     * in the ECSlong API Reference. <li>If you're migrating from <code>CODE_DEPLOY</code> to
     * <code>ECS</code> with a new task definition and CloudFormation performs a rollback operation,
     * the Amazon ECS <code>UpdateService</code> request fails with the following error: </ul>
     *
     * <p>Resource handler returned message: "Invalid request provided: Unable to update task
     * definition on services with a CODE_DEPLOY deployment controller.
     *
     * <ul> <li>After a successful migration from <code>ECS</code> to <code>EXTERNAL</code>
     * deployment controller, you need to manually remove the <code>ACTIVE</code> task set, because
     * Amazon ECS no longer manages the deployment. For information about how to delete a task set,
     * see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteTaskSet.html">DeleteTaskSet</a>
     * in the ECSlong API Reference. </ul>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code CODE_DEPLOY}, {@code ECS},
     * {@code EXTERNAL}. CloudFormation property {@code Type}.
     */
    public DeploymentController type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DeploymentController type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::ECS::Service.DeploymentEarlySuccessCriteria}. */
  public static final class DeploymentEarlySuccessCriteria extends Struct<DeploymentEarlySuccessCriteria> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.DeploymentEarlySuccessCriteria")
        .constrain("HealthyPercent", Constraint.of().minimum(0).maximum(100))
        .allowed("SourceServiceRevisionCleanup", "BLOCKING", "DEFERRED")
        .build();

    public DeploymentEarlySuccessCriteria() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Enable}. */
    public DeploymentEarlySuccessCriteria enable(boolean value) {
      return set("Enable", Value.of(value));
    }

    /** Sets {@code Enable} to this value; see {@link #enable(boolean)}. */
    public DeploymentEarlySuccessCriteria enable(Value<Boolean> value) {
      return set("Enable", value);
    }

    /** Range: 0 to 100. CloudFormation property {@code HealthyPercent}. */
    public DeploymentEarlySuccessCriteria healthyPercent(int value) {
      return set("HealthyPercent", Value.of(value));
    }

    /** Sets {@code HealthyPercent} to this value; see {@link #healthyPercent(int)}. */
    public DeploymentEarlySuccessCriteria healthyPercent(Value<Integer> value) {
      return set("HealthyPercent", value);
    }

    /**
     * Allowed values: {@code BLOCKING}, {@code DEFERRED}. CloudFormation property {@code
     * SourceServiceRevisionCleanup}.
     */
    public DeploymentEarlySuccessCriteria sourceServiceRevisionCleanup(String value) {
      return set("SourceServiceRevisionCleanup", Value.of(value));
    }

    /**
     * Sets {@code SourceServiceRevisionCleanup} to this value; see {@link
     * #sourceServiceRevisionCleanup(String)}.
     */
    public DeploymentEarlySuccessCriteria sourceServiceRevisionCleanup(Value<String> value) {
      return set("SourceServiceRevisionCleanup", value);
    }
  }

  /**
   * A deployment lifecycle hook runs custom logic at specific stages of the deployment process.
   * Currently, you can use Lambda functions as hook targets.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-lifecycle-hooks.html">Lifecycle
   * hooks for Amazon ECS service deployments</a> in the <em>Amazon Elastic Container Service
   * Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::Service.DeploymentLifecycleHook}.
   */
  public static final class DeploymentLifecycleHook extends Struct<DeploymentLifecycleHook> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.DeploymentLifecycleHook")
        .required("LifecycleStages")
        .allowed("LifecycleStages", "RECONCILE_SERVICE", "PRE_SCALE_UP", "POST_SCALE_UP",
            "TEST_TRAFFIC_SHIFT", "POST_TEST_TRAFFIC_SHIFT", "PRE_PRODUCTION_TRAFFIC_SHIFT",
            "PRODUCTION_TRAFFIC_SHIFT", "POST_PRODUCTION_TRAFFIC_SHIFT")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .allowed("TargetType", "AWS_LAMBDA", "PAUSE")
        .build();

    public DeploymentLifecycleHook() {
      super(SCHEMA);
    }

    /**
     * Use this field to specify custom parameters that Amazon ECS passes to your hook target
     * invocations (such as a Lambda function).
     *
     * <p>This field must be a JSON object as a string.
     *
     * <p>CloudFormation property {@code HookDetails}.
     */
    public DeploymentLifecycleHook hookDetails(String value) {
      return set("HookDetails", Value.of(value));
    }

    /** Sets {@code HookDetails} to this value; see {@link #hookDetails(String)}. */
    public DeploymentLifecycleHook hookDetails(Value<String> value) {
      return set("HookDetails", value);
    }

    /** Sets {@code HookDetails} to this value; see {@link #hookDetails(String)}. */
    public DeploymentLifecycleHook hookDetails(Json value) {
      return set("HookDetails", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the hook target. Currently, only Lambda function ARNs are
     * supported.
     *
     * <p>You must provide this parameter when configuring a deployment lifecycle hook.
     *
     * <p>CloudFormation property {@code HookTargetArn}.
     */
    public DeploymentLifecycleHook hookTargetArn(String value) {
      return set("HookTargetArn", Value.of(value));
    }

    /** Sets {@code HookTargetArn} to this value; see {@link #hookTargetArn(String)}. */
    public DeploymentLifecycleHook hookTargetArn(Value<String> value) {
      return set("HookTargetArn", value);
    }

    /**
     * The lifecycle stages at which to run the hook. Choose from these valid values:
     *
     * <ul> <li>RECONCILE_SERVICE </ul>
     *
     * <p>The reconciliation stage that only happens when you start a new service deployment with
     * more than 1 service revision in an ACTIVE state.
     *
     * <p>You can use a lifecycle hook for this stage.
     *
     * <ul> <li>PRE_SCALE_UP </ul>
     *
     * <p>The green service revision has not started. The blue service revision is handling 100% of
     * the production traffic. There is no test traffic.
     *
     * <p>You can use a lifecycle hook for this stage.
     *
     * <ul> <li>POST_SCALE_UP </ul>
     *
     * <p>The green service revision has started. The blue service revision is handling 100% of the
     * production traffic. There is no test traffic.
     *
     * <p>You can use a lifecycle hook for this stage.
     *
     * <ul> <li>TEST_TRAFFIC_SHIFT </ul>
     *
     * <p>The blue and green service revisions are running. The blue service revision handles 100%
     * of the production traffic. The green service revision is migrating from 0% to 100% of test
     * traffic.
     *
     * <p>You can use a lifecycle hook for this stage.
     *
     * <ul> <li>POST_TEST_TRAFFIC_SHIFT </ul>
     *
     * <p>The test traffic shift is complete. The green service revision handles 100% of the test
     * traffic.
     *
     * <p>You can use a lifecycle hook for this stage.
     *
     * <ul> <li>PRODUCTION_TRAFFIC_SHIFT </ul>
     *
     * <p>Production traffic is shifting to the green service revision. The green service revision
     * is migrating from 0% to 100% of production traffic.
     *
     * <p>You can use a lifecycle hook for this stage.
     *
     * <ul> <li>POST_PRODUCTION_TRAFFIC_SHIFT </ul>
     *
     * <p>The production traffic shift is complete.
     *
     * <p>You can use a lifecycle hook for this stage.
     *
     * <p>You must provide this parameter when configuring a deployment lifecycle hook.
     *
     * <p>Required. Allowed values: {@code RECONCILE_SERVICE}, {@code PRE_SCALE_UP}, {@code
     * POST_SCALE_UP}, {@code TEST_TRAFFIC_SHIFT}, {@code POST_TEST_TRAFFIC_SHIFT}, {@code
     * PRE_PRODUCTION_TRAFFIC_SHIFT}, {@code PRODUCTION_TRAFFIC_SHIFT}, {@code
     * POST_PRODUCTION_TRAFFIC_SHIFT}. CloudFormation property {@code LifecycleStages}.
     */
    public DeploymentLifecycleHook lifecycleStages(List<String> value) {
      return set("LifecycleStages", Value.listOf(value));
    }

    /** Sets {@code LifecycleStages} to this value; see {@link #lifecycleStages(List)}. */
    public DeploymentLifecycleHook lifecycleStages(Value<List<String>> value) {
      return set("LifecycleStages", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call
     * Lambda functions on your behalf.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-permissions.html">Permissions
     * required for Lambda functions in Amazon ECS blue/green deployments</a> in the <em>Amazon
     * Elastic Container Service Developer Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public DeploymentLifecycleHook roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public DeploymentLifecycleHook roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The type of action the lifecycle hook performs. Valid values are: + <code>AWS_LAMBDA</code> -
     * Invokes a Lambda function at the specified lifecycle stage. This is the default value. +
     * <code>PAUSE</code> - Pauses the deployment at the specified lifecycle stage until you call
     * <code>ContinueServiceDeployment</code> to continue or roll back.
     *
     * <p>This field is optional. If not specified, the default value is <code>AWS_LAMBDA</code>.
     *
     * <p>Allowed values: {@code AWS_LAMBDA}, {@code PAUSE}. CloudFormation property {@code
     * TargetType}.
     */
    public DeploymentLifecycleHook targetType(String value) {
      return set("TargetType", Value.of(value));
    }

    /** Sets {@code TargetType} to this value; see {@link #targetType(String)}. */
    public DeploymentLifecycleHook targetType(Value<String> value) {
      return set("TargetType", value);
    }

    /** CloudFormation property {@code TimeoutConfiguration}. */
    public DeploymentLifecycleHook timeoutConfiguration(Value<HookTimeoutConfig> value) {
      return set("TimeoutConfiguration", value);
    }
  }

  /**
   * The tag specifications of an Amazon EBS volume.
   *
   * <p>Property type {@code AWS::ECS::Service.EBSTagSpecification}.
   */
  public static final class EBSTagSpecification extends Struct<EBSTagSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.EBSTagSpecification")
        .required("ResourceType")
        .allowed("PropagateTags", "SERVICE", "TASK_DEFINITION")
        .allowed("ResourceType", "volume")
        .build();

    public EBSTagSpecification() {
      super(SCHEMA);
    }

    /**
     * Determines whether to propagate the tags from the task definition to the Amazon EBS volume.
     * Tags can only propagate to a <code>SERVICE</code> specified in
     * <code>ServiceVolumeConfiguration</code> . If no value is specified, the tags aren't
     * propagated.
     *
     * <p>Allowed values: {@code SERVICE}, {@code TASK_DEFINITION}. CloudFormation property {@code
     * PropagateTags}.
     */
    public EBSTagSpecification propagateTags(String value) {
      return set("PropagateTags", Value.of(value));
    }

    /** Sets {@code PropagateTags} to this value; see {@link #propagateTags(String)}. */
    public EBSTagSpecification propagateTags(Value<String> value) {
      return set("PropagateTags", value);
    }

    /**
     * The type of volume resource.
     *
     * <p>Required. Allowed values: {@code volume}. CloudFormation property {@code ResourceType}.
     */
    public EBSTagSpecification resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public EBSTagSpecification resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /**
     * The tags applied to this Amazon EBS volume. <code>AmazonECSCreated</code> and
     * <code>AmazonECSManaged</code> are reserved tags that can't be used.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public EBSTagSpecification tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public EBSTagSpecification tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }

  /**
   * Determines whether to force a new deployment of the service. By default, deployments aren't
   * forced. You can use this option to start a new deployment with no service definition changes.
   * For example, you can update a service's tasks to use a newer Docker image with the same
   * image/tag combination ( <code>my_image:latest</code> ) or to roll Fargate tasks onto a newer
   * platform version.
   *
   * <p>Property type {@code AWS::ECS::Service.ForceNewDeployment}.
   */
  public static final class ForceNewDeployment extends Struct<ForceNewDeployment> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.ForceNewDeployment")
        .required("EnableForceNewDeployment")
        .constrain("ForceNewDeploymentNonce", Constraint.of().minLength(1).maxLength(255))
        .build();

    public ForceNewDeployment() {
      super(SCHEMA);
    }

    /**
     * Determines whether to force a new deployment of the service. By default, deployments aren't
     * forced. You can use this option to start a new deployment with no service definition changes.
     * For example, you can update a service's tasks to use a newer Docker image with the same
     * image/tag combination ( <code>my_image:latest</code> ) or to roll Fargate tasks onto a newer
     * platform version.
     *
     * <p>Required. CloudFormation property {@code EnableForceNewDeployment}.
     */
    public ForceNewDeployment enableForceNewDeployment(boolean value) {
      return set("EnableForceNewDeployment", Value.of(value));
    }

    /**
     * Sets {@code EnableForceNewDeployment} to this value; see {@link
     * #enableForceNewDeployment(boolean)}.
     */
    public ForceNewDeployment enableForceNewDeployment(Value<Boolean> value) {
      return set("EnableForceNewDeployment", value);
    }

    /**
     * When you change the <code>ForceNewDeploymentNonce</code> value in your template, it signals
     * Amazon ECS to start a new deployment even though no other service parameters have changed.
     * The value must be a unique, time- varying value like a timestamp, random string, or sequence
     * number. Use this property when you want to ensure your tasks pick up the latest version of a
     * Docker image that uses the same tag but has been updated in the registry.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code ForceNewDeploymentNonce}.
     */
    public ForceNewDeployment forceNewDeploymentNonce(String value) {
      return set("ForceNewDeploymentNonce", Value.of(value));
    }

    /**
     * Sets {@code ForceNewDeploymentNonce} to this value; see {@link
     * #forceNewDeploymentNonce(String)}.
     */
    public ForceNewDeployment forceNewDeploymentNonce(Value<String> value) {
      return set("ForceNewDeploymentNonce", value);
    }
  }

  /** Property type {@code AWS::ECS::Service.HookTimeoutConfig}. */
  public static final class HookTimeoutConfig extends Struct<HookTimeoutConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.HookTimeoutConfig")
        .allowed("Action", "ROLLBACK", "CONTINUE")
        .constrain("TimeoutInMinutes", Constraint.of().minimum(1).maximum(20160))
        .build();

    public HookTimeoutConfig() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code ROLLBACK}, {@code CONTINUE}. CloudFormation property {@code Action}.
     */
    public HookTimeoutConfig action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public HookTimeoutConfig action(Value<String> value) {
      return set("Action", value);
    }

    /** Range: 1 to 20160. CloudFormation property {@code TimeoutInMinutes}. */
    public HookTimeoutConfig timeoutInMinutes(int value) {
      return set("TimeoutInMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutInMinutes} to this value; see {@link #timeoutInMinutes(int)}. */
    public HookTimeoutConfig timeoutInMinutes(Value<Integer> value) {
      return set("TimeoutInMinutes", value);
    }
  }

  /**
   * Configuration for a linear deployment strategy that shifts production traffic in equal
   * percentage increments with configurable wait times between each step until 100 percent of
   * traffic is shifted to the new service revision.
   *
   * <p>The following validation applies only to Linear deployments created through CloudFormation .
   * CloudFormation operations time out after 36 hours. Linear deployments can approach this limit
   * because of their extended duration. This can cause CloudFormation to roll back the deployment.
   * To prevent timeout-related rollbacks, CloudFormation rejects deployments when the calculated
   * deployment time exceeds 33 hours based on your template configuration:
   *
   * <p><code>BakeTimeInMinutes + (StepBakeTimeInMinutes × Number of deployment steps)</code>
   *
   * <p>Where the number of deployment steps is calculated as follows:
   *
   * <ul> <li><em>If <code>StepPercent</code> evenly divides by 100</em> : The number of deployment
   * steps equals <code>(100 ÷ StepPercent) - 1</code> <li><em>Otherwise</em> : The number of
   * deployment steps equals the floor of <code>100 ÷ StepPercent</code> . For example, if
   * <code>StepPercent</code> is 11, the number of deployment steps is 9 (not 9.1). </ul>
   *
   * <p>This calculation reflects that CloudFormation doesn't apply the step bake time after the
   * final traffic shift reaches 100%. For example, with a <code>StepPercent</code> of 50%, there
   * are actually two traffic shifts, but only one deployment step is counted for validation
   * purposes because the bake time is applied only after the first 50% shift, not after reaching
   * 100%.
   *
   * <p>Additional backend processes (such as task scaling and running lifecycle hooks) can extend
   * deployment time beyond these calculations. Even deployments under the 33-hour threshold might
   * still time out if these processes cause the total duration to exceed 36 hours.
   *
   * <p>Property type {@code AWS::ECS::Service.LinearConfiguration}.
   */
  public static final class LinearConfiguration extends Struct<LinearConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.LinearConfiguration")
        .constrain("StepBakeTimeInMinutes", Constraint.of().minimum(0).maximum(1440))
        .constrain("StepPercent", Constraint.of().minimum(3).maximum(100))
        .build();

    public LinearConfiguration() {
      super(SCHEMA);
    }

    /**
     * The amount of time in minutes to wait between each traffic shifting step during a linear
     * deployment. Valid values are 0 to 1440 minutes (24 hours). The default value is 6. This bake
     * time is not applied after reaching 100 percent traffic.
     *
     * <p>Range: 0 to 1440. CloudFormation property {@code StepBakeTimeInMinutes}.
     */
    public LinearConfiguration stepBakeTimeInMinutes(int value) {
      return set("StepBakeTimeInMinutes", Value.of(value));
    }

    /**
     * Sets {@code StepBakeTimeInMinutes} to this value; see {@link #stepBakeTimeInMinutes(int)}.
     */
    public LinearConfiguration stepBakeTimeInMinutes(Value<Integer> value) {
      return set("StepBakeTimeInMinutes", value);
    }

    /**
     * The percentage of production traffic to shift in each step during a linear deployment. Valid
     * values are multiples of 0.1 from 3.0 to 100.0. The default value is 10.0.
     *
     * <p>Range: 3 to 100. CloudFormation property {@code StepPercent}.
     */
    public LinearConfiguration stepPercent(double value) {
      return set("StepPercent", Value.of(value));
    }

    /** Sets {@code StepPercent} to this value; see {@link #stepPercent(double)}. */
    public LinearConfiguration stepPercent(Value<Double> value) {
      return set("StepPercent", value);
    }
  }

  /**
   * The <code>LoadBalancer</code> property specifies details on a load balancer that is used with a
   * service.
   *
   * <p>If the service is using the <code>CODE_DEPLOY</code> deployment controller, the service is
   * required to use either an Application Load Balancer or Network Load Balancer. When you are
   * creating an AWS CodeDeploy deployment group, you specify two target groups (referred to as a
   * <code>targetGroupPair</code> ). Each target group binds to a separate task set in the
   * deployment. The load balancer can also have up to two listeners, a required listener for
   * production traffic and an optional listener that allows you to test new revisions of the
   * service before routing production traffic to it.
   *
   * <p>Services with tasks that use the <code>awsvpc</code> network mode (for example, those with
   * the Fargate launch type) only support Application Load Balancers and Network Load Balancers.
   * Classic Load Balancers are not supported. Also, when you create any target groups for these
   * services, you must choose <code>ip</code> as the target type, not <code>instance</code> . Tasks
   * that use the <code>awsvpc</code> network mode are associated with an elastic network interface,
   * not an Amazon EC2 instance.
   *
   * <p>Property type {@code AWS::ECS::Service.LoadBalancer}.
   */
  public static final class LoadBalancer extends Struct<LoadBalancer> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.LoadBalancer")
        .references("LoadBalancerName", "AWS::ElasticLoadBalancing::LoadBalancer.Ref")
        .references("TargetGroupArn", "AWS::ElasticLoadBalancingV2::TargetGroup.Ref")
        .build();

    public LoadBalancer() {
      super(SCHEMA);
    }

    /**
     * The advanced settings for the load balancer used in blue/green deployments. Specify the
     * alternate target group, listener rules, and IAM role required for traffic shifting during
     * blue/green deployments.
     *
     * <p>CloudFormation property {@code AdvancedConfiguration}.
     */
    public LoadBalancer advancedConfiguration(Value<AdvancedConfiguration> value) {
      return set("AdvancedConfiguration", value);
    }

    /**
     * The name of the container (as it appears in a container definition) to associate with the
     * load balancer.
     *
     * <p>You need to specify the container name when configuring the target group for an Amazon ECS
     * load balancer.
     *
     * <p>CloudFormation property {@code ContainerName}.
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
     * <p>CloudFormation property {@code ContainerPort}.
     */
    public LoadBalancer containerPort(int value) {
      return set("ContainerPort", Value.of(value));
    }

    /** Sets {@code ContainerPort} to this value; see {@link #containerPort(int)}. */
    public LoadBalancer containerPort(Value<Integer> value) {
      return set("ContainerPort", value);
    }

    /**
     * The name of the load balancer to associate with the Amazon ECS service or task set.
     *
     * <p>If you are using an Application Load Balancer or a Network Load Balancer the load balancer
     * name parameter should be omitted.
     *
     * <p>CloudFormation property {@code LoadBalancerName}.
     */
    public LoadBalancer loadBalancerName(String value) {
      return set("LoadBalancerName", Value.of(value));
    }

    /** Sets {@code LoadBalancerName} to this value; see {@link #loadBalancerName(String)}. */
    public LoadBalancer loadBalancerName(Value<String> value) {
      return set("LoadBalancerName", value);
    }

    /**
     * Sets {@code LoadBalancerName} to the Ref of {@code AWS::ElasticLoadBalancing::LoadBalancer};
     * see {@link #loadBalancerName(String)}.
     */
    public LoadBalancer loadBalancerName(io.tropo4j.resources.elasticloadbalancing.LoadBalancer resource) {
      return set("LoadBalancerName", resource.ref());
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
     * <p>CloudFormation property {@code TargetGroupArn}.
     */
    public LoadBalancer targetGroupArn(String value) {
      return set("TargetGroupArn", Value.of(value));
    }

    /** Sets {@code TargetGroupArn} to this value; see {@link #targetGroupArn(String)}. */
    public LoadBalancer targetGroupArn(Value<String> value) {
      return set("TargetGroupArn", value);
    }

    /**
     * Sets {@code TargetGroupArn} to the Ref of {@code AWS::ElasticLoadBalancingV2::TargetGroup};
     * see {@link #targetGroupArn(String)}.
     */
    public LoadBalancer targetGroupArn(TargetGroup resource) {
      return set("TargetGroupArn", resource.ref());
    }
  }

  /**
   * The log configuration for the container. This parameter maps to <code>LogConfig</code> in the
   * docker container create command and the <code>--log-driver</code> option to docker run.
   *
   * <p>By default, containers use the same logging driver that the Docker daemon uses. However, the
   * container might use a different logging driver than the Docker daemon by specifying a log
   * driver configuration in the container definition.
   *
   * <p>Understand the following when specifying a log configuration for your containers.
   *
   * <ul> <li>Amazon ECS currently supports a subset of the logging drivers available to the Docker
   * daemon. Additional log drivers may be available in future releases of the Amazon ECS container
   * agent. </ul>
   *
   * <p>For tasks on AWS Fargate , the supported log drivers are <code>awslogs</code> ,
   * <code>splunk</code> , and <code>awsfirelens</code> .
   *
   * <p>For tasks hosted on Amazon EC2 instances, the supported log drivers are <code>awslogs</code>
   * , <code>fluentd</code> , <code>gelf</code> , <code>json-file</code> , <code>journald</code> ,
   * <code>syslog</code> , <code>splunk</code> , and <code>awsfirelens</code> .
   *
   * <ul> <li>This parameter requires version 1.18 of the Docker Remote API or greater on your
   * container instance. <li>For tasks that are hosted on Amazon EC2 instances, the Amazon ECS
   * container agent must register the available logging drivers with the
   * <code>ECS_AVAILABLE_LOGGING_DRIVERS</code> environment variable before containers placed on
   * that instance can use these log configuration options. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html">Amazon
   * ECS container agent configuration</a> in the <em>Amazon Elastic Container Service Developer
   * Guide</em> . <li>For tasks that are on AWS Fargate , because you don't have access to the
   * underlying infrastructure your tasks are hosted on, any additional software needed must be
   * installed outside of the task. For example, the Fluentd output aggregators or a remote host
   * running Logstash to send Gelf logs to. </ul>
   *
   * <p>Property type {@code AWS::ECS::Service.LogConfiguration}.
   */
  public static final class LogConfiguration extends Struct<LogConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::Service.LogConfiguration");

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
     * <p>CloudFormation property {@code LogDriver}.
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
     * sensitive data</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
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
   * The configuration for a specific set of metrics to collect for a service.
   *
   * <p>Property type {@code AWS::ECS::Service.MetricConfiguration}.
   */
  public static final class MetricConfiguration extends Struct<MetricConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.MetricConfiguration")
        .required("MetricNames", "ResolutionSeconds")
        .allowed("MetricNames", "CPUUtilization", "MemoryUtilization")
        .constrain("MetricNames", Constraint.of().minLength(1).maxLength(255))
        .allowed("ResolutionSeconds", "20", "60")
        .constrain("ResolutionSeconds", Constraint.of().minimum(20).maximum(60))
        .build();

    public MetricConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of metric names to configure. The supported metric names are
     * <code>CPUUtilization</code> and <code>MemoryUtilization</code>.
     *
     * <p>Required. Allowed values: {@code CPUUtilization}, {@code MemoryUtilization}. Length: 1 to
     * 255 characters. CloudFormation property {@code MetricNames}.
     */
    public MetricConfiguration metricNames(List<String> value) {
      return set("MetricNames", Value.listOf(value));
    }

    /** Sets {@code MetricNames} to this value; see {@link #metricNames(List)}. */
    public MetricConfiguration metricNames(Value<List<String>> value) {
      return set("MetricNames", value);
    }

    /**
     * The resolution, in seconds, at which to collect the metrics. The valid values are
     * <code>20</code> and <code>60</code>.
     *
     * <p>Required. Allowed values: {@code 20}, {@code 60}. Range: 20 to 60. CloudFormation property
     * {@code ResolutionSeconds}.
     */
    public MetricConfiguration resolutionSeconds(int value) {
      return set("ResolutionSeconds", Value.of(value));
    }

    /** Sets {@code ResolutionSeconds} to this value; see {@link #resolutionSeconds(int)}. */
    public MetricConfiguration resolutionSeconds(Value<Integer> value) {
      return set("ResolutionSeconds", value);
    }
  }

  /**
   * The optional monitoring configuration for a service, which defines the resolution for the
   * service-level <code>CPUUtilization</code> and <code>MemoryUtilization</code> Amazon CloudWatch
   * metrics. When not specified, Amazon ECS uses the default resolution of <code>60</code> seconds.
   *
   * <p>Property type {@code AWS::ECS::Service.MonitoringConfiguration}.
   */
  public static final class MonitoringConfiguration extends Struct<MonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.MonitoringConfiguration")
        .required("MetricConfigurations")
        .build();

    public MonitoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of metric configurations for the service monitoring.
     *
     * <p>Required. CloudFormation property {@code MetricConfigurations}.
     */
    public MonitoringConfiguration metricConfigurations(List<MetricConfiguration> value) {
      return set("MetricConfigurations", Value.listOf(value));
    }

    /** Sets {@code MetricConfigurations} to this value; see {@link #metricConfigurations(List)}. */
    public MonitoringConfiguration metricConfigurations(Value<List<MetricConfiguration>> value) {
      return set("MetricConfigurations", value);
    }

    /**
     * Sets {@code MetricConfigurations} to a list of these; see {@link
     * #metricConfigurations(List)}.
     */
    public MonitoringConfiguration metricConfigurations(MetricConfiguration... values) {
      return set("MetricConfigurations", Value.list(values));
    }
  }

  /**
   * The network configuration for a task or service.
   *
   * <p>Property type {@code AWS::ECS::Service.NetworkConfiguration}.
   */
  public static final class NetworkConfiguration extends Struct<NetworkConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::Service.NetworkConfiguration");

    public NetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * The VPC subnets and security groups that are associated with a task.
     *
     * <p>All specified subnets and security groups must be from the same VPC.
     *
     * <p>CloudFormation property {@code AwsvpcConfiguration}.
     */
    public NetworkConfiguration awsvpcConfiguration(Value<AwsVpcConfiguration> value) {
      return set("AwsvpcConfiguration", value);
    }
  }

  /**
   * An object representing a constraint on task placement. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html">Task
   * placement constraints</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>If you're using the Fargate launch type, task placement constraints aren't supported.
   *
   * <p>Property type {@code AWS::ECS::Service.PlacementConstraint}.
   */
  public static final class PlacementConstraint extends Struct<PlacementConstraint> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.PlacementConstraint")
        .required("Type")
        .allowed("Type", "distinctInstance", "memberOf")
        .build();

    public PlacementConstraint() {
      super(SCHEMA);
    }

    /**
     * A cluster query language expression to apply to the constraint. The expression can have a
     * maximum length of 2000 characters. You can't specify an expression if the constraint type is
     * <code>distinctInstance</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html">Cluster
     * query language</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>CloudFormation property {@code Expression}.
     */
    public PlacementConstraint expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public PlacementConstraint expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * The type of constraint. Use <code>distinctInstance</code> to ensure that each task in a
     * particular group is running on a different container instance. Use <code>memberOf</code> to
     * restrict the selection to a group of valid candidates.
     *
     * <p>Required. Allowed values: {@code distinctInstance}, {@code memberOf}. CloudFormation
     * property {@code Type}.
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
   * The task placement strategy for a task or service. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html">Task
   * placement strategies</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::Service.PlacementStrategy}.
   */
  public static final class PlacementStrategy extends Struct<PlacementStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.PlacementStrategy")
        .required("Type")
        .allowed("Type", "binpack", "random", "spread")
        .build();

    public PlacementStrategy() {
      super(SCHEMA);
    }

    /**
     * The field to apply the placement strategy against. For the <code>spread</code> placement
     * strategy, valid values are <code>instanceId</code> (or <code>host</code> , which has the same
     * effect), or any platform or custom attribute that's applied to a container instance, such as
     * <code>attribute:ecs.availability-zone</code> . For the <code>binpack</code> placement
     * strategy, valid values are <code>cpu</code> and <code>memory</code> . For the
     * <code>random</code> placement strategy, this field is not used.
     *
     * <p>CloudFormation property {@code Field}.
     */
    public PlacementStrategy field(String value) {
      return set("Field", Value.of(value));
    }

    /** Sets {@code Field} to this value; see {@link #field(String)}. */
    public PlacementStrategy field(Value<String> value) {
      return set("Field", value);
    }

    /**
     * The type of placement strategy. The <code>random</code> placement strategy randomly places
     * tasks on available candidates. The <code>spread</code> placement strategy spreads placement
     * across available candidates evenly based on the <code>field</code> parameter. The
     * <code>binpack</code> strategy places tasks on available candidates that have the least
     * available amount of the resource that's specified with the <code>field</code> parameter. For
     * example, if you binpack on memory, a task is placed on the instance with the least amount of
     * remaining memory but still enough to run the task.
     *
     * <p>Required. Allowed values: {@code binpack}, {@code random}, {@code spread}. CloudFormation
     * property {@code Type}.
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
   * <p>Property type {@code AWS::ECS::Service.Secret}.
   */
  public static final class Secret extends Struct<Secret> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.Secret")
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
   * Configuration for Service Connect access logging. Access logs provide detailed information
   * about requests made to your service, including request patterns, response codes, and timing
   * data for debugging and monitoring purposes.
   *
   * <p>To enable access logs, you must also specify a <code>logConfiguration</code> in the
   * <code>serviceConnectConfiguration</code> .
   *
   * <p>Property type {@code AWS::ECS::Service.ServiceConnectAccessLogConfiguration}.
   */
  public static final class ServiceConnectAccessLogConfiguration extends Struct<ServiceConnectAccessLogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.ServiceConnectAccessLogConfiguration")
        .required("Format")
        .allowed("Format", "TEXT", "JSON")
        .allowed("IncludeQueryParameters", "DISABLED", "ENABLED")
        .build();

    public ServiceConnectAccessLogConfiguration() {
      super(SCHEMA);
    }

    /**
     * The format for Service Connect access log output. Choose TEXT for human-readable logs or JSON
     * for structured data that integrates well with log analysis tools.
     *
     * <p>Required. Allowed values: {@code TEXT}, {@code JSON}. CloudFormation property {@code
     * Format}.
     */
    public ServiceConnectAccessLogConfiguration format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public ServiceConnectAccessLogConfiguration format(Value<String> value) {
      return set("Format", value);
    }

    /**
     * Specifies whether to include query parameters in Service Connect access logs.
     *
     * <p>When enabled, query parameters from HTTP requests are included in the access logs.
     * Consider security and privacy implications when enabling this feature, as query parameters
     * may contain sensitive information such as request IDs and tokens. By default, this parameter
     * is <code>DISABLED</code> .
     *
     * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code
     * IncludeQueryParameters}.
     */
    public ServiceConnectAccessLogConfiguration includeQueryParameters(String value) {
      return set("IncludeQueryParameters", Value.of(value));
    }

    /**
     * Sets {@code IncludeQueryParameters} to this value; see {@link
     * #includeQueryParameters(String)}.
     */
    public ServiceConnectAccessLogConfiguration includeQueryParameters(Value<String> value) {
      return set("IncludeQueryParameters", value);
    }
  }

  /**
   * Each alias ("endpoint") is a fully-qualified name and port number that other tasks ("clients")
   * can use to connect to this service.
   *
   * <p>Each name and port mapping must be unique within the namespace.
   *
   * <p>Tasks that run in a namespace can use short names to connect to services in the namespace.
   * Tasks can connect to services across all of the clusters in the namespace. Tasks connect
   * through a managed proxy container that collects logs and metrics for increased visibility. Only
   * the tasks that Amazon ECS services create are supported with Service Connect. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html">Service
   * Connect</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::Service.ServiceConnectClientAlias}.
   */
  public static final class ServiceConnectClientAlias extends Struct<ServiceConnectClientAlias> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.ServiceConnectClientAlias")
        .required("Port")
        .constrain("Port", Constraint.of().minimum(0).maximum(65535))
        .build();

    public ServiceConnectClientAlias() {
      super(SCHEMA);
    }

    /**
     * The <code>dnsName</code> is the name that you use in the applications of client tasks to
     * connect to this service. The name must be a valid DNS name but doesn't need to be
     * fully-qualified. The name can include up to 127 characters. The name can include lowercase
     * letters, numbers, underscores (_), hyphens (-), and periods (.). The name can't start with a
     * hyphen.
     *
     * <p>If this parameter isn't specified, the default value of
     * <code>discoveryName.namespace</code> is used. If the <code>discoveryName</code> isn't
     * specified, the port mapping name from the task definition is used in
     * <code>portName.namespace</code> .
     *
     * <p>To avoid changing your applications in client Amazon ECS services, set this to the same
     * name that the client application uses by default. For example, a few common names are
     * <code>database</code> , <code>db</code> , or the lowercase name of a database, such as
     * <code>mysql</code> or <code>redis</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html">Service
     * Connect</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>CloudFormation property {@code DnsName}.
     */
    public ServiceConnectClientAlias dnsName(String value) {
      return set("DnsName", Value.of(value));
    }

    /** Sets {@code DnsName} to this value; see {@link #dnsName(String)}. */
    public ServiceConnectClientAlias dnsName(Value<String> value) {
      return set("DnsName", value);
    }

    /**
     * The listening port number for the Service Connect proxy. This port is available inside of all
     * of the tasks within the same namespace.
     *
     * <p>To avoid changing your applications in client Amazon ECS services, set this to the same
     * port that the client application uses by default. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html">Service
     * Connect</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code Port}.
     */
    public ServiceConnectClientAlias port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public ServiceConnectClientAlias port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The configuration for test traffic routing rules used during blue/green deployments with
     * Amazon ECS Service Connect. This allows you to route a portion of traffic to the new service
     * revision of your service for testing before shifting all production traffic.
     *
     * <p>CloudFormation property {@code TestTrafficRules}.
     */
    public ServiceConnectClientAlias testTrafficRules(Value<ServiceConnectTestTrafficRules> value) {
      return set("TestTrafficRules", value);
    }
  }

  /**
   * The Service Connect configuration of your Amazon ECS service. The configuration for this
   * service to discover and connect to services, and be discovered by, and connected from, other
   * services within a namespace.
   *
   * <p>Tasks that run in a namespace can use short names to connect to services in the namespace.
   * Tasks can connect to services across all of the clusters in the namespace. Tasks connect
   * through a managed proxy container that collects logs and metrics for increased visibility. Only
   * the tasks that Amazon ECS services create are supported with Service Connect. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html">Service
   * Connect</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::Service.ServiceConnectConfiguration}.
   */
  public static final class ServiceConnectConfiguration extends Struct<ServiceConnectConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.ServiceConnectConfiguration")
        .required("Enabled")
        .build();

    public ServiceConnectConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration for Service Connect access logging. Access logs capture detailed
     * information about requests made to your service, including request patterns, response codes,
     * and timing data. They can be useful for debugging connectivity issues, monitoring service
     * performance, and auditing service-to-service communication for security and compliance
     * purposes.
     *
     * <p>To enable access logs, you must also specify a <code>logConfiguration</code> in the
     * <code>serviceConnectConfiguration</code> .
     *
     * <p>CloudFormation property {@code AccessLogConfiguration}.
     */
    public ServiceConnectConfiguration accessLogConfiguration(Value<ServiceConnectAccessLogConfiguration> value) {
      return set("AccessLogConfiguration", value);
    }

    /**
     * Specifies whether to use Service Connect with this service.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public ServiceConnectConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ServiceConnectConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The log configuration for the container. This parameter maps to <code>LogConfig</code> in the
     * docker container create command and the <code>--log-driver</code> option to docker run.
     *
     * <p>By default, containers use the same logging driver that the Docker daemon uses. However,
     * the container might use a different logging driver than the Docker daemon by specifying a log
     * driver configuration in the container definition.
     *
     * <p>Understand the following when specifying a log configuration for your containers.
     *
     * <ul> <li>Amazon ECS currently supports a subset of the logging drivers available to the
     * Docker daemon. Additional log drivers may be available in future releases of the Amazon ECS
     * container agent. </ul>
     *
     * <p>For tasks on AWS Fargate , the supported log drivers are <code>awslogs</code> ,
     * <code>splunk</code> , and <code>awsfirelens</code> .
     *
     * <p>For tasks hosted on Amazon EC2 instances, the supported log drivers are
     * <code>awslogs</code> , <code>fluentd</code> , <code>gelf</code> , <code>json-file</code> ,
     * <code>journald</code> , <code>syslog</code> , <code>splunk</code> , and
     * <code>awsfirelens</code> .
     *
     * <ul> <li>This parameter requires version 1.18 of the Docker Remote API or greater on your
     * container instance. <li>For tasks that are hosted on Amazon EC2 instances, the Amazon ECS
     * container agent must register the available logging drivers with the
     * <code>ECS_AVAILABLE_LOGGING_DRIVERS</code> environment variable before containers placed on
     * that instance can use these log configuration options. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html">Amazon
     * ECS container agent configuration</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> . <li>For tasks that are on AWS Fargate , because you don't have access to the
     * underlying infrastructure your tasks are hosted on, any additional software needed must be
     * installed outside of the task. For example, the Fluentd output aggregators or a remote host
     * running Logstash to send Gelf logs to. </ul>
     *
     * <p>CloudFormation property {@code LogConfiguration}.
     */
    public ServiceConnectConfiguration logConfiguration(Value<LogConfiguration> value) {
      return set("LogConfiguration", value);
    }

    /**
     * The namespace name or full Amazon Resource Name (ARN) of the AWS Cloud Map namespace for use
     * with Service Connect. The namespace must be in the same AWS Region as the Amazon ECS service
     * and cluster. The type of namespace doesn't affect Service Connect. For more information about
     * AWS Cloud Map , see <a
     * href="https://docs.aws.amazon.com/cloud-map/latest/dg/working-with-services.html">Working
     * with Services</a> in the <em>AWS Cloud Map Developer Guide</em> .
     *
     * <p>CloudFormation property {@code Namespace}.
     */
    public ServiceConnectConfiguration namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public ServiceConnectConfiguration namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The list of Service Connect service objects. These are names and aliases (also known as
     * endpoints) that are used by other Amazon ECS services to connect to this service.
     *
     * <p>This field is not required for a "client" Amazon ECS service that's a member of a
     * namespace only to connect to other services within the namespace. An example of this would be
     * a frontend application that accepts incoming requests from either a load balancer that's
     * attached to the service or by other means.
     *
     * <p>An object selects a port from the task definition, assigns a name for the AWS Cloud Map
     * service, and a list of aliases (endpoints) and ports for client applications to refer to this
     * service.
     *
     * <p>CloudFormation property {@code Services}.
     */
    public ServiceConnectConfiguration services(List<ServiceConnectService> value) {
      return set("Services", Value.listOf(value));
    }

    /** Sets {@code Services} to this value; see {@link #services(List)}. */
    public ServiceConnectConfiguration services(Value<List<ServiceConnectService>> value) {
      return set("Services", value);
    }

    /** Sets {@code Services} to a list of these; see {@link #services(List)}. */
    public ServiceConnectConfiguration services(ServiceConnectService... values) {
      return set("Services", Value.list(values));
    }
  }

  /**
   * The Service Connect service object configuration. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html">Service
   * Connect</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::Service.ServiceConnectService}.
   */
  public static final class ServiceConnectService extends Struct<ServiceConnectService> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.ServiceConnectService")
        .required("PortName")
        .constrain("IngressPortOverride", Constraint.of().minimum(0).maximum(65535))
        .build();

    public ServiceConnectService() {
      super(SCHEMA);
    }

    /**
     * The list of client aliases for this Service Connect service. You use these to assign names
     * that can be used by client applications. The maximum number of client aliases that you can
     * have in this list is 1.
     *
     * <p>Each alias ("endpoint") is a fully-qualified name and port number that other Amazon ECS
     * tasks ("clients") can use to connect to this service.
     *
     * <p>Each name and port mapping must be unique within the namespace.
     *
     * <p>For each <code>ServiceConnectService</code> , you must provide at least one
     * <code>clientAlias</code> with one <code>port</code> .
     *
     * <p>CloudFormation property {@code ClientAliases}.
     */
    public ServiceConnectService clientAliases(List<ServiceConnectClientAlias> value) {
      return set("ClientAliases", Value.listOf(value));
    }

    /** Sets {@code ClientAliases} to this value; see {@link #clientAliases(List)}. */
    public ServiceConnectService clientAliases(Value<List<ServiceConnectClientAlias>> value) {
      return set("ClientAliases", value);
    }

    /** Sets {@code ClientAliases} to a list of these; see {@link #clientAliases(List)}. */
    public ServiceConnectService clientAliases(ServiceConnectClientAlias... values) {
      return set("ClientAliases", Value.list(values));
    }

    /**
     * The <code>discoveryName</code> is the name of the new AWS Cloud Map service that Amazon ECS
     * creates for this Amazon ECS service. This must be unique within the AWS Cloud Map namespace.
     * The name can contain up to 64 characters. The name can include lowercase letters, numbers,
     * underscores (_), and hyphens (-). The name can't start with a hyphen.
     *
     * <p>If the <code>discoveryName</code> isn't specified, the port mapping name from the task
     * definition is used in <code>portName.namespace</code> .
     *
     * <p>CloudFormation property {@code DiscoveryName}.
     */
    public ServiceConnectService discoveryName(String value) {
      return set("DiscoveryName", Value.of(value));
    }

    /** Sets {@code DiscoveryName} to this value; see {@link #discoveryName(String)}. */
    public ServiceConnectService discoveryName(Value<String> value) {
      return set("DiscoveryName", value);
    }

    /**
     * The port number for the Service Connect proxy to listen on.
     *
     * <p>Use the value of this field to bypass the proxy for traffic on the port number specified
     * in the named <code>portMapping</code> in the task definition of this application, and then
     * use it in your VPC security groups to allow traffic into the proxy for this Amazon ECS
     * service.
     *
     * <p>In <code>awsvpc</code> mode and Fargate, the default value is the container port number.
     * The container port number is in the <code>portMapping</code> in the task definition. In
     * bridge mode, the default value is the ephemeral port of the Service Connect proxy.
     *
     * <p>Range: 0 to 65535. CloudFormation property {@code IngressPortOverride}.
     */
    public ServiceConnectService ingressPortOverride(int value) {
      return set("IngressPortOverride", Value.of(value));
    }

    /** Sets {@code IngressPortOverride} to this value; see {@link #ingressPortOverride(int)}. */
    public ServiceConnectService ingressPortOverride(Value<Integer> value) {
      return set("IngressPortOverride", value);
    }

    /**
     * The <code>portName</code> must match the name of one of the <code>portMappings</code> from
     * all the containers in the task definition of this Amazon ECS service.
     *
     * <p>Required. CloudFormation property {@code PortName}.
     */
    public ServiceConnectService portName(String value) {
      return set("PortName", Value.of(value));
    }

    /** Sets {@code PortName} to this value; see {@link #portName(String)}. */
    public ServiceConnectService portName(Value<String> value) {
      return set("PortName", value);
    }

    /**
     * A reference to an object that represents the configured timeouts for Service Connect.
     *
     * <p>CloudFormation property {@code Timeout}.
     */
    public ServiceConnectService timeout(Value<TimeoutConfiguration> value) {
      return set("Timeout", value);
    }

    /**
     * A reference to an object that represents a Transport Layer Security (TLS) configuration.
     *
     * <p>CloudFormation property {@code Tls}.
     */
    public ServiceConnectService tls(Value<ServiceConnectTlsConfiguration> value) {
      return set("Tls", value);
    }
  }

  /**
   * The test traffic routing configuration for Amazon ECS blue/green deployments. This
   * configuration allows you to define rules for routing specific traffic to the new service
   * revision during the deployment process, allowing for safe testing before full production
   * traffic shift.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-blue-green.html">Service
   * Connect for Amazon ECS blue/green deployments</a> in the <em>Amazon Elastic Container Service
   * Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::Service.ServiceConnectTestTrafficRules}.
   */
  public static final class ServiceConnectTestTrafficRules extends Struct<ServiceConnectTestTrafficRules> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.ServiceConnectTestTrafficRules")
        .required("Header")
        .build();

    public ServiceConnectTestTrafficRules() {
      super(SCHEMA);
    }

    /**
     * The HTTP header-based routing rules that determine which requests should be routed to the new
     * service version during blue/green deployment testing. These rules provide fine-grained
     * control over test traffic routing based on request headers.
     *
     * <p>Required. CloudFormation property {@code Header}.
     */
    public ServiceConnectTestTrafficRules header(Value<ServiceConnectTestTrafficRulesHeader> value) {
      return set("Header", value);
    }
  }

  /** Property type {@code AWS::ECS::Service.ServiceConnectTestTrafficRulesHeader}. */
  public static final class ServiceConnectTestTrafficRulesHeader extends Struct<ServiceConnectTestTrafficRulesHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.ServiceConnectTestTrafficRulesHeader")
        .required("Name")
        .build();

    public ServiceConnectTestTrafficRulesHeader() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Name}. */
    public ServiceConnectTestTrafficRulesHeader name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ServiceConnectTestTrafficRulesHeader name(Value<String> value) {
      return set("Name", value);
    }

    /** CloudFormation property {@code Value}. */
    public ServiceConnectTestTrafficRulesHeader value(Value<ServiceConnectTestTrafficRulesHeaderValue> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::ECS::Service.ServiceConnectTestTrafficRulesHeaderValue}. */
  public static final class ServiceConnectTestTrafficRulesHeaderValue extends Struct<ServiceConnectTestTrafficRulesHeaderValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.ServiceConnectTestTrafficRulesHeaderValue")
        .required("Exact")
        .build();

    public ServiceConnectTestTrafficRulesHeaderValue() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Exact}. */
    public ServiceConnectTestTrafficRulesHeaderValue exact(String value) {
      return set("Exact", Value.of(value));
    }

    /** Sets {@code Exact} to this value; see {@link #exact(String)}. */
    public ServiceConnectTestTrafficRulesHeaderValue exact(Value<String> value) {
      return set("Exact", value);
    }
  }

  /**
   * The certificate root authority that secures your service.
   *
   * <p>Property type {@code AWS::ECS::Service.ServiceConnectTlsCertificateAuthority}.
   */
  public static final class ServiceConnectTlsCertificateAuthority extends Struct<ServiceConnectTlsCertificateAuthority> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::Service.ServiceConnectTlsCertificateAuthority");

    public ServiceConnectTlsCertificateAuthority() {
      super(SCHEMA);
    }

    /**
     * The ARN of the AWS Private Certificate Authority certificate.
     *
     * <p>CloudFormation property {@code AwsPcaAuthorityArn}.
     */
    public ServiceConnectTlsCertificateAuthority awsPcaAuthorityArn(String value) {
      return set("AwsPcaAuthorityArn", Value.of(value));
    }

    /** Sets {@code AwsPcaAuthorityArn} to this value; see {@link #awsPcaAuthorityArn(String)}. */
    public ServiceConnectTlsCertificateAuthority awsPcaAuthorityArn(Value<String> value) {
      return set("AwsPcaAuthorityArn", value);
    }
  }

  /**
   * The key that encrypts and decrypts your resources for Service Connect TLS.
   *
   * <p>Property type {@code AWS::ECS::Service.ServiceConnectTlsConfiguration}.
   */
  public static final class ServiceConnectTlsConfiguration extends Struct<ServiceConnectTlsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.ServiceConnectTlsConfiguration")
        .required("IssuerCertificateAuthority")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public ServiceConnectTlsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The signer certificate authority.
     *
     * <p>Required. CloudFormation property {@code IssuerCertificateAuthority}.
     */
    public ServiceConnectTlsConfiguration issuerCertificateAuthority(Value<ServiceConnectTlsCertificateAuthority> value) {
      return set("IssuerCertificateAuthority", value);
    }

    /**
     * The AWS Key Management Service key.
     *
     * <p>CloudFormation property {@code KmsKey}.
     */
    public ServiceConnectTlsConfiguration kmsKey(String value) {
      return set("KmsKey", Value.of(value));
    }

    /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
    public ServiceConnectTlsConfiguration kmsKey(Value<String> value) {
      return set("KmsKey", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role that's associated with the Service Connect
     * TLS.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public ServiceConnectTlsConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public ServiceConnectTlsConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.
   * These settings are used to create each Amazon EBS volume, with one volume created for each task
   * in the service. For information about the supported launch types and operating systems, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html#ebs-volumes-configuration">Supported
   * operating systems and launch types</a> in the <em>Amazon Elastic Container Service Developer
   * Guide</em> .
   *
   * <p>Many of these parameters map 1:1 with the Amazon EBS <code>CreateVolume</code> API request
   * parameters.
   *
   * <p>Property type {@code AWS::ECS::Service.ServiceManagedEBSVolumeConfiguration}.
   */
  public static final class ServiceManagedEBSVolumeConfiguration extends Struct<ServiceManagedEBSVolumeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.ServiceManagedEBSVolumeConfiguration")
        .required("RoleArn")
        .allowed("FilesystemType", "ext3", "ext4", "ntfs", "xfs")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public ServiceManagedEBSVolumeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the volume should be encrypted. If you turn on Region-level Amazon EBS
     * encryption by default but set this value as <code>false</code> , the setting is overridden
     * and the volume is encrypted with the KMS key specified for Amazon EBS encryption by default.
     * This parameter maps 1:1 with the <code>Encrypted</code> parameter of the <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html">CreateVolume
     * API</a> in the <em>Amazon EC2 API Reference</em> .
     *
     * <p>CloudFormation property {@code Encrypted}.
     */
    public ServiceManagedEBSVolumeConfiguration encrypted(boolean value) {
      return set("Encrypted", Value.of(value));
    }

    /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
    public ServiceManagedEBSVolumeConfiguration encrypted(Value<Boolean> value) {
      return set("Encrypted", value);
    }

    /**
     * The filesystem type for the volume. For volumes created from a snapshot, you must specify the
     * same filesystem type that the volume was using when the snapshot was created. If there is a
     * filesystem type mismatch, the tasks will fail to start.
     *
     * <p>The available Linux filesystem types are <code>ext3</code> , <code>ext4</code> , and
     * <code>xfs</code> . If no value is specified, the <code>xfs</code> filesystem type is used by
     * default.
     *
     * <p>The available Windows filesystem types are <code>NTFS</code> .
     *
     * <p>Allowed values: {@code ext3}, {@code ext4}, {@code ntfs}, {@code xfs}. CloudFormation
     * property {@code FilesystemType}.
     */
    public ServiceManagedEBSVolumeConfiguration filesystemType(String value) {
      return set("FilesystemType", Value.of(value));
    }

    /** Sets {@code FilesystemType} to this value; see {@link #filesystemType(String)}. */
    public ServiceManagedEBSVolumeConfiguration filesystemType(Value<String> value) {
      return set("FilesystemType", value);
    }

    /**
     * The number of I/O operations per second (IOPS). For <code>gp3</code> , <code>io1</code> , and
     * <code>io2</code> volumes, this represents the number of IOPS that are provisioned for the
     * volume. For <code>gp2</code> volumes, this represents the baseline performance of the volume
     * and the rate at which the volume accumulates I/O credits for bursting.
     *
     * <p>The following are the supported values for each volume type.
     *
     * <ul> <li><code>gp3</code> : 3,000 - 16,000 IOPS <li><code>io1</code> : 100 - 64,000 IOPS
     * <li><code>io2</code> : 100 - 256,000 IOPS </ul>
     *
     * <p>This parameter is required for <code>io1</code> and <code>io2</code> volume types. The
     * default for <code>gp3</code> volumes is <code>3,000 IOPS</code> . This parameter is not
     * supported for <code>st1</code> , <code>sc1</code> , or <code>standard</code> volume types.
     *
     * <p>This parameter maps 1:1 with the <code>Iops</code> parameter of the <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html">CreateVolume
     * API</a> in the <em>Amazon EC2 API Reference</em> .
     *
     * <p>CloudFormation property {@code Iops}.
     */
    public ServiceManagedEBSVolumeConfiguration iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public ServiceManagedEBSVolumeConfiguration iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * The Amazon Resource Name (ARN) identifier of the AWS Key Management Service key to use for
     * Amazon EBS encryption. When a key is specified using this parameter, it overrides Amazon EBS
     * default encryption or any KMS key that you specified for cluster-level managed storage
     * encryption. This parameter maps 1:1 with the <code>KmsKeyId</code> parameter of the <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html">CreateVolume
     * API</a> in the <em>Amazon EC2 API Reference</em> . For more information about encrypting
     * Amazon EBS volumes attached to tasks, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-kms-encryption.html">Encrypt
     * data stored in Amazon EBS volumes attached to Amazon ECS tasks</a> .
     *
     * <p>AWS authenticates the AWS Key Management Service key asynchronously. Therefore, if you
     * specify an ID, alias, or ARN that is invalid, the action can appear to complete, but
     * eventually fails.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public ServiceManagedEBSVolumeConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public ServiceManagedEBSVolumeConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * The ARN of the IAM role to associate with this volume. This is the Amazon ECS infrastructure
     * IAM role that is used to manage your AWS infrastructure. We recommend using the Amazon
     * ECS-managed <code>AmazonECSInfrastructureRolePolicyForVolumes</code> IAM policy with this
     * role. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/infrastructure_IAM_role.html">Amazon
     * ECS infrastructure IAM role</a> in the <em>Amazon ECS Developer Guide</em> .
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public ServiceManagedEBSVolumeConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public ServiceManagedEBSVolumeConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The size of the volume in GiB. You must specify either a volume size or a snapshot ID. If you
     * specify a snapshot ID, the snapshot size is used for the volume size by default. You can
     * optionally specify a volume size greater than or equal to the snapshot size. This parameter
     * maps 1:1 with the <code>Size</code> parameter of the <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html">CreateVolume
     * API</a> in the <em>Amazon EC2 API Reference</em> .
     *
     * <p>The following are the supported volume size values for each volume type.
     *
     * <ul> <li><code>gp2</code> and <code>gp3</code> : 1-16,384 <li><code>io1</code> and
     * <code>io2</code> : 4-16,384 <li><code>st1</code> and <code>sc1</code> : 125-16,384
     * <li><code>standard</code> : 1-1,024 </ul>
     *
     * <p>CloudFormation property {@code SizeInGiB}.
     */
    public ServiceManagedEBSVolumeConfiguration sizeInGiB(int value) {
      return set("SizeInGiB", Value.of(value));
    }

    /** Sets {@code SizeInGiB} to this value; see {@link #sizeInGiB(int)}. */
    public ServiceManagedEBSVolumeConfiguration sizeInGiB(Value<Integer> value) {
      return set("SizeInGiB", value);
    }

    /**
     * The snapshot that Amazon ECS uses to create volumes for attachment to tasks maintained by the
     * service. You must specify either <code>snapshotId</code> or <code>sizeInGiB</code> in your
     * volume configuration. This parameter maps 1:1 with the <code>SnapshotId</code> parameter of
     * the <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html">CreateVolume
     * API</a> in the <em>Amazon EC2 API Reference</em> .
     *
     * <p>CloudFormation property {@code SnapshotId}.
     */
    public ServiceManagedEBSVolumeConfiguration snapshotId(String value) {
      return set("SnapshotId", Value.of(value));
    }

    /** Sets {@code SnapshotId} to this value; see {@link #snapshotId(String)}. */
    public ServiceManagedEBSVolumeConfiguration snapshotId(Value<String> value) {
      return set("SnapshotId", value);
    }

    /**
     * The tags to apply to the volume. Amazon ECS applies service-managed tags by default. This
     * parameter maps 1:1 with the <code>TagSpecifications.N</code> parameter of the <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html">CreateVolume
     * API</a> in the <em>Amazon EC2 API Reference</em> .
     *
     * <p>CloudFormation property {@code TagSpecifications}.
     */
    public ServiceManagedEBSVolumeConfiguration tagSpecifications(List<EBSTagSpecification> value) {
      return set("TagSpecifications", Value.listOf(value));
    }

    /** Sets {@code TagSpecifications} to this value; see {@link #tagSpecifications(List)}. */
    public ServiceManagedEBSVolumeConfiguration tagSpecifications(Value<List<EBSTagSpecification>> value) {
      return set("TagSpecifications", value);
    }

    /** Sets {@code TagSpecifications} to a list of these; see {@link #tagSpecifications(List)}. */
    public ServiceManagedEBSVolumeConfiguration tagSpecifications(EBSTagSpecification... values) {
      return set("TagSpecifications", Value.list(values));
    }

    /**
     * The throughput to provision for a volume, in MiB/s, with a maximum of 1,000 MiB/s. This
     * parameter maps 1:1 with the <code>Throughput</code> parameter of the <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html">CreateVolume
     * API</a> in the <em>Amazon EC2 API Reference</em> .
     *
     * <p>This parameter is only supported for the <code>gp3</code> volume type.
     *
     * <p>CloudFormation property {@code Throughput}.
     */
    public ServiceManagedEBSVolumeConfiguration throughput(int value) {
      return set("Throughput", Value.of(value));
    }

    /** Sets {@code Throughput} to this value; see {@link #throughput(int)}. */
    public ServiceManagedEBSVolumeConfiguration throughput(Value<Integer> value) {
      return set("Throughput", value);
    }

    /**
     * The rate, in MiB/s, at which data is fetched from a snapshot of an existing EBS volume to
     * create new volumes for attachment to the tasks maintained by the service. This property can
     * be specified only if you specify a <code>snapshotId</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/ebs/latest/userguide/initalize-volume.html">Initialize
     * Amazon EBS volumes</a> in the <em>Amazon EBS User Guide</em> .
     *
     * <p>CloudFormation property {@code VolumeInitializationRate}.
     */
    public ServiceManagedEBSVolumeConfiguration volumeInitializationRate(int value) {
      return set("VolumeInitializationRate", Value.of(value));
    }

    /**
     * Sets {@code VolumeInitializationRate} to this value; see {@link
     * #volumeInitializationRate(int)}.
     */
    public ServiceManagedEBSVolumeConfiguration volumeInitializationRate(Value<Integer> value) {
      return set("VolumeInitializationRate", value);
    }

    /**
     * The volume type. This parameter maps 1:1 with the <code>VolumeType</code> parameter of the <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html">CreateVolume
     * API</a> in the <em>Amazon EC2 API Reference</em> . For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-volume-types.html">Amazon EBS
     * volume types</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>The following are the supported volume types.
     *
     * <ul> <li>General Purpose SSD: <code>gp2</code> | <code>gp3</code> <li>Provisioned IOPS SSD:
     * <code>io1</code> | <code>io2</code> <li>Throughput Optimized HDD: <code>st1</code> <li>Cold
     * HDD: <code>sc1</code> <li>Magnetic: <code>standard</code> </ul>
     *
     * <p>The magnetic volume type is not supported on Fargate.
     *
     * <p>CloudFormation property {@code VolumeType}.
     */
    public ServiceManagedEBSVolumeConfiguration volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public ServiceManagedEBSVolumeConfiguration volumeType(Value<String> value) {
      return set("VolumeType", value);
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
   * <p>Property type {@code AWS::ECS::Service.ServiceRegistry}.
   */
  public static final class ServiceRegistry extends Struct<ServiceRegistry> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::Service.ServiceRegistry");

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
     * <p>CloudFormation property {@code ContainerName}.
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
     * <p>CloudFormation property {@code ContainerPort}.
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
     * <p>CloudFormation property {@code Port}.
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
     * <p>CloudFormation property {@code RegistryArn}.
     */
    public ServiceRegistry registryArn(String value) {
      return set("RegistryArn", Value.of(value));
    }

    /** Sets {@code RegistryArn} to this value; see {@link #registryArn(String)}. */
    public ServiceRegistry registryArn(Value<String> value) {
      return set("RegistryArn", value);
    }
  }

  /**
   * The configuration for a volume specified in the task definition as a volume that is configured
   * at launch time. Currently, the only supported volume type is an Amazon EBS volume.
   *
   * <p>Property type {@code AWS::ECS::Service.ServiceVolumeConfiguration}.
   */
  public static final class ServiceVolumeConfiguration extends Struct<ServiceVolumeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.ServiceVolumeConfiguration")
        .required("Name")
        .build();

    public ServiceVolumeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your
     * behalf. These settings are used to create each Amazon EBS volume, with one volume created for
     * each task in the service. The Amazon EBS volumes are visible in your account in the Amazon
     * EC2 console once they are created.
     *
     * <p>CloudFormation property {@code ManagedEBSVolume}.
     */
    public ServiceVolumeConfiguration managedEBSVolume(Value<ServiceManagedEBSVolumeConfiguration> value) {
      return set("ManagedEBSVolume", value);
    }

    /**
     * The name of the volume. This value must match the volume name from the <code>Volume</code>
     * object in the task definition.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public ServiceVolumeConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ServiceVolumeConfiguration name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Defines the failure threshold that the deployment circuit breaker uses to monitor a deployment.
   * The <code>type</code> and <code>value</code> together determine the number of task failures
   * that are tolerated before the circuit breaker triggers. By default, the threshold configuration
   * uses a <code>type</code> of <code>BOUNDED_PERCENT</code> with a <code>value</code> of
   * <code>50</code>.
   *
   * <p>Property type {@code AWS::ECS::Service.ThresholdConfiguration}.
   */
  public static final class ThresholdConfiguration extends Struct<ThresholdConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.ThresholdConfiguration")
        .required("Type", "Value")
        .allowed("Type", "COUNT", "BOUNDED_PERCENT", "UNBOUNDED_PERCENT")
        .build();

    public ThresholdConfiguration() {
      super(SCHEMA);
    }

    /**
     * Determines how Amazon ECS uses <code>value</code> to calculate the failure threshold. For the
     * percentage types (<code>BOUNDED_PERCENT</code> and <code>UNBOUNDED_PERCENT</code>), Amazon
     * ECS multiplies <code>value</code> by the latest service desired count. For
     * <code>COUNT</code>, Amazon ECS uses <code>value</code> directly as the threshold. The default
     * is <code>BOUNDED_PERCENT</code>.
     *
     * <p>Required. Allowed values: {@code COUNT}, {@code BOUNDED_PERCENT}, {@code
     * UNBOUNDED_PERCENT}. CloudFormation property {@code Type}.
     */
    public ThresholdConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ThresholdConfiguration type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Specifies the integer that Amazon ECS uses to calculate the failure threshold. When
     * <code>type</code> is <code>COUNT</code>, this value is the failure threshold itself. When
     * <code>type</code> is a percentage type, Amazon ECS multiplies this value by the latest
     * service desired count to produce the failure threshold. The default is <code>50</code>.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public ThresholdConfiguration value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public ThresholdConfiguration value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * An object that represents the timeout configurations for Service Connect.
   *
   * <p>If <code>idleTimeout</code> is set to a time that is less than
   * <code>perRequestTimeout</code> , the connection will close when the <code>idleTimeout</code> is
   * reached and not the <code>perRequestTimeout</code> .
   *
   * <p>Property type {@code AWS::ECS::Service.TimeoutConfiguration}.
   */
  public static final class TimeoutConfiguration extends Struct<TimeoutConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.TimeoutConfiguration")
        .constrain("IdleTimeoutSeconds", Constraint.of().minimum(0).maximum(2147483647))
        .constrain("PerRequestTimeoutSeconds", Constraint.of().minimum(0).maximum(2147483647))
        .build();

    public TimeoutConfiguration() {
      super(SCHEMA);
    }

    /**
     * The amount of time in seconds a connection will stay active while idle. A value of
     * <code>0</code> can be set to disable <code>idleTimeout</code> .
     *
     * <p>The <code>idleTimeout</code> default for <code>HTTP</code> / <code>HTTP2</code> /
     * <code>GRPC</code> is 5 minutes.
     *
     * <p>The <code>idleTimeout</code> default for <code>TCP</code> is 1 hour.
     *
     * <p>Range: 0 to 2147483647. CloudFormation property {@code IdleTimeoutSeconds}.
     */
    public TimeoutConfiguration idleTimeoutSeconds(int value) {
      return set("IdleTimeoutSeconds", Value.of(value));
    }

    /** Sets {@code IdleTimeoutSeconds} to this value; see {@link #idleTimeoutSeconds(int)}. */
    public TimeoutConfiguration idleTimeoutSeconds(Value<Integer> value) {
      return set("IdleTimeoutSeconds", value);
    }

    /**
     * The amount of time waiting for the upstream to respond with a complete response per request.
     * A value of <code>0</code> can be set to disable <code>perRequestTimeout</code> .
     * <code>perRequestTimeout</code> can only be set if Service Connect <code>appProtocol</code>
     * isn't <code>TCP</code> . Only <code>idleTimeout</code> is allowed for <code>TCP</code>
     * <code>appProtocol</code> .
     *
     * <p>Range: 0 to 2147483647. CloudFormation property {@code PerRequestTimeoutSeconds}.
     */
    public TimeoutConfiguration perRequestTimeoutSeconds(int value) {
      return set("PerRequestTimeoutSeconds", Value.of(value));
    }

    /**
     * Sets {@code PerRequestTimeoutSeconds} to this value; see {@link
     * #perRequestTimeoutSeconds(int)}.
     */
    public TimeoutConfiguration perRequestTimeoutSeconds(Value<Integer> value) {
      return set("PerRequestTimeoutSeconds", value);
    }
  }

  /**
   * The VPC Lattice configuration for your service that holds the information for the target
   * group(s) Amazon ECS tasks will be registered to.
   *
   * <p>Property type {@code AWS::ECS::Service.VpcLatticeConfiguration}.
   */
  public static final class VpcLatticeConfiguration extends Struct<VpcLatticeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Service.VpcLatticeConfiguration")
        .required("PortName", "RoleArn", "TargetGroupArn")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public VpcLatticeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the port mapping to register in the VPC Lattice target group. This is the name of
     * the <code>portMapping</code> you defined in your task definition.
     *
     * <p>Required. CloudFormation property {@code PortName}.
     */
    public VpcLatticeConfiguration portName(String value) {
      return set("PortName", Value.of(value));
    }

    /** Sets {@code PortName} to this value; see {@link #portName(String)}. */
    public VpcLatticeConfiguration portName(Value<String> value) {
      return set("PortName", value);
    }

    /**
     * The ARN of the IAM role to associate with this VPC Lattice configuration. This is the Amazon
     * ECS infrastructure IAM role that is used to manage your VPC Lattice infrastructure.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public VpcLatticeConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public VpcLatticeConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The full Amazon Resource Name (ARN) of the target group or groups associated with the VPC
     * Lattice configuration that the Amazon ECS tasks will be registered to.
     *
     * <p>Required. CloudFormation property {@code TargetGroupArn}.
     */
    public VpcLatticeConfiguration targetGroupArn(String value) {
      return set("TargetGroupArn", Value.of(value));
    }

    /** Sets {@code TargetGroupArn} to this value; see {@link #targetGroupArn(String)}. */
    public VpcLatticeConfiguration targetGroupArn(Value<String> value) {
      return set("TargetGroupArn", value);
    }
  }
}
