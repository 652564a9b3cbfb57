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
 * Creates an Express service that simplifies deploying containerized web applications on Amazon ECS
 * with managed AWS infrastructure. This operation provisions and configures Application Load
 * Balancers, target groups, security groups, and auto-scaling policies automatically.
 *
 * <p>Specify a primary container configuration with your application image and basic settings.
 * Amazon ECS creates the necessary AWS resources for traffic distribution, health monitoring,
 * network access control, and capacity management.
 *
 * <p>Provide an execution role for task operations and an infrastructure role for managing AWS
 * resources on your behalf.
 *
 * <p>CloudFormation type {@code AWS::ECS::ExpressGatewayService}.
 */
public final class ExpressGatewayService extends Resource<ExpressGatewayService> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECS::ExpressGatewayService")
      .required("InfrastructureRoleArn")
      .constrain("ExecutionRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("InfrastructureRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("TaskRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .refYields("ServiceArn")
      .attributes("ActiveConfigurations", "CreatedAt", "ECSManagedResourceArns",
          "ECSManagedResourceArns.AutoScaling",
          "ECSManagedResourceArns.AutoScaling.ApplicationAutoScalingPolicies",
          "ECSManagedResourceArns.AutoScaling.ScalableTarget", "ECSManagedResourceArns.IngressPath",
          "ECSManagedResourceArns.IngressPath.CertificateArn",
          "ECSManagedResourceArns.IngressPath.ListenerArn",
          "ECSManagedResourceArns.IngressPath.ListenerRuleArn",
          "ECSManagedResourceArns.IngressPath.LoadBalancerArn",
          "ECSManagedResourceArns.IngressPath.LoadBalancerSecurityGroups",
          "ECSManagedResourceArns.IngressPath.TargetGroupArns", "ECSManagedResourceArns.LogGroups",
          "ECSManagedResourceArns.MetricAlarms", "ECSManagedResourceArns.ServiceSecurityGroups",
          "Endpoint", "ServiceArn", "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ExpressGatewayService(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The short name or full ARN of the cluster that hosts the Express service.
   *
   * <p>Changing it replaces the resource. Default: {@code "default"}. CloudFormation property
   * {@code Cluster}.
   */
  public ExpressGatewayService cluster(String value) {
    return set("Cluster", Value.of(value));
  }

  /** Sets {@code Cluster} to this value; see {@link #cluster(String)}. */
  public ExpressGatewayService cluster(Value<String> value) {
    return set("Cluster", value);
  }

  /**
   * The CPU allocation for tasks in this service revision.
   *
   * <p>Default: {@code "256"}. CloudFormation property {@code Cpu}.
   */
  public ExpressGatewayService cpu(String value) {
    return set("Cpu", Value.of(value));
  }

  /** Sets {@code Cpu} to this value; see {@link #cpu(String)}. */
  public ExpressGatewayService cpu(Value<String> value) {
    return set("Cpu", value);
  }

  /**
   * The ARN of the task execution role for the service revision.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
   */
  public ExpressGatewayService executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public ExpressGatewayService executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * The health check path for this service revision.
   *
   * <p>Default: {@code "HTTP:80/ping"}. CloudFormation property {@code HealthCheckPath}.
   */
  public ExpressGatewayService healthCheckPath(String value) {
    return set("HealthCheckPath", Value.of(value));
  }

  /** Sets {@code HealthCheckPath} to this value; see {@link #healthCheckPath(String)}. */
  public ExpressGatewayService healthCheckPath(Value<String> value) {
    return set("HealthCheckPath", value);
  }

  /**
   * The ARN of the infrastructure role that manages AWS resources for the Express service.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code InfrastructureRoleArn}.
   */
  public ExpressGatewayService infrastructureRoleArn(String value) {
    return set("InfrastructureRoleArn", Value.of(value));
  }

  /**
   * Sets {@code InfrastructureRoleArn} to this value; see {@link #infrastructureRoleArn(String)}.
   */
  public ExpressGatewayService infrastructureRoleArn(Value<String> value) {
    return set("InfrastructureRoleArn", value);
  }

  /**
   * The memory allocation for tasks in this service revision.
   *
   * <p>Default: {@code "512"}. CloudFormation property {@code Memory}.
   */
  public ExpressGatewayService memory(String value) {
    return set("Memory", Value.of(value));
  }

  /** Sets {@code Memory} to this value; see {@link #memory(String)}. */
  public ExpressGatewayService memory(Value<String> value) {
    return set("Memory", value);
  }

  /**
   * The network configuration for tasks in this service revision.
   *
   * <p>CloudFormation property {@code NetworkConfiguration}.
   */
  public ExpressGatewayService networkConfiguration(Value<ExpressGatewayServiceNetworkConfiguration> value) {
    return set("NetworkConfiguration", value);
  }

  /**
   * The primary container configuration for this service revision.
   *
   * <p>CloudFormation property {@code PrimaryContainer}.
   */
  public ExpressGatewayService primaryContainer(Value<ExpressGatewayContainer> value) {
    return set("PrimaryContainer", value);
  }

  /**
   * The auto-scaling configuration for this service revision.
   *
   * <p>CloudFormation property {@code ScalingTarget}.
   */
  public ExpressGatewayService scalingTarget(Value<ExpressGatewayScalingTarget> value) {
    return set("ScalingTarget", value);
  }

  /**
   * The name of the Express service.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ServiceName}.
   */
  public ExpressGatewayService serviceName(String value) {
    return set("ServiceName", Value.of(value));
  }

  /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
  public ExpressGatewayService serviceName(Value<String> value) {
    return set("ServiceName", value);
  }

  /**
   * The metadata applied to the Express service.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public ExpressGatewayService tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ExpressGatewayService tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ExpressGatewayService tags(Tags tags) {
    return set("Tags", tags);
  }

  /** CloudFormation property {@code TaskDefinitionArn}. */
  public ExpressGatewayService taskDefinitionArn(String value) {
    return set("TaskDefinitionArn", Value.of(value));
  }

  /** Sets {@code TaskDefinitionArn} to this value; see {@link #taskDefinitionArn(String)}. */
  public ExpressGatewayService taskDefinitionArn(Value<String> value) {
    return set("TaskDefinitionArn", value);
  }

  /**
   * The ARN of the task role for the service revision.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code TaskRoleArn}.
   */
  public ExpressGatewayService taskRoleArn(String value) {
    return set("TaskRoleArn", Value.of(value));
  }

  /** Sets {@code TaskRoleArn} to this value; see {@link #taskRoleArn(String)}. */
  public ExpressGatewayService taskRoleArn(Value<String> value) {
    return set("TaskRoleArn", value);
  }

  /**
   * The list of active service configurations for the Express service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ActiveConfigurations}.
   */
  public Value<List<ExpressGatewayServiceConfiguration>> activeConfigurations() {
    return getAtt("ActiveConfigurations");
  }

  /**
   * The Unix timestamp for when the Express service was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code ECSManagedResourceArns}. */
  public Value<ECSManagedResourceArns> ecsManagedResourceArns() {
    return getAtt("ECSManagedResourceArns");
  }

  /** {@code Fn::GetAtt} attribute {@code ECSManagedResourceArns.AutoScaling}. */
  public Value<AutoScalingArns> ecsManagedResourceArnsAutoScaling() {
    return getAtt("ECSManagedResourceArns.AutoScaling");
  }

  /**
   * The list of Auto Scaling policy ARNs associated with the express service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * ECSManagedResourceArns.AutoScaling.ApplicationAutoScalingPolicies}.
   */
  public Value<List<String>> ecsManagedResourceArnsAutoScalingApplicationAutoScalingPolicies() {
    return getAtt("ECSManagedResourceArns.AutoScaling.ApplicationAutoScalingPolicies");
  }

  /**
   * The Auto Scaling Scalable Target ARN associated with the express service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ECSManagedResourceArns.AutoScaling.ScalableTarget}.
   */
  public Value<String> ecsManagedResourceArnsAutoScalingScalableTarget() {
    return getAtt("ECSManagedResourceArns.AutoScaling.ScalableTarget");
  }

  /** {@code Fn::GetAtt} attribute {@code ECSManagedResourceArns.IngressPath}. */
  public Value<IngressPathArns> ecsManagedResourceArnsIngressPath() {
    return getAtt("ECSManagedResourceArns.IngressPath");
  }

  /**
   * The Certificate ARN associated with the express service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ECSManagedResourceArns.IngressPath.CertificateArn}.
   */
  public Value<String> ecsManagedResourceArnsIngressPathCertificateArn() {
    return getAtt("ECSManagedResourceArns.IngressPath.CertificateArn");
  }

  /**
   * The ARN of the Load Balancer listener associated with the express service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ECSManagedResourceArns.IngressPath.ListenerArn}.
   */
  public Value<String> ecsManagedResourceArnsIngressPathListenerArn() {
    return getAtt("ECSManagedResourceArns.IngressPath.ListenerArn");
  }

  /**
   * The ARN of the Load Balancer listener rule associated with the express service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ECSManagedResourceArns.IngressPath.ListenerRuleArn}.
   */
  public Value<String> ecsManagedResourceArnsIngressPathListenerRuleArn() {
    return getAtt("ECSManagedResourceArns.IngressPath.ListenerRuleArn");
  }

  /**
   * The ARN of the Load Balancer associated with the express service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ECSManagedResourceArns.IngressPath.LoadBalancerArn}.
   */
  public Value<String> ecsManagedResourceArnsIngressPathLoadBalancerArn() {
    return getAtt("ECSManagedResourceArns.IngressPath.LoadBalancerArn");
  }

  /**
   * The list of Load Balancer Security Group ARNs associated with the express service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * ECSManagedResourceArns.IngressPath.LoadBalancerSecurityGroups}.
   */
  public Value<List<String>> ecsManagedResourceArnsIngressPathLoadBalancerSecurityGroups() {
    return getAtt("ECSManagedResourceArns.IngressPath.LoadBalancerSecurityGroups");
  }

  /**
   * The list of Target Group ARNs associated with the express service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ECSManagedResourceArns.IngressPath.TargetGroupArns}.
   */
  public Value<List<String>> ecsManagedResourceArnsIngressPathTargetGroupArns() {
    return getAtt("ECSManagedResourceArns.IngressPath.TargetGroupArns");
  }

  /**
   * The list of Log Group ARNs associated with the express service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ECSManagedResourceArns.LogGroups}.
   */
  public Value<List<String>> ecsManagedResourceArnsLogGroups() {
    return getAtt("ECSManagedResourceArns.LogGroups");
  }

  /**
   * The list of Metric Alarm ARNs associated with the express service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ECSManagedResourceArns.MetricAlarms}.
   */
  public Value<List<String>> ecsManagedResourceArnsMetricAlarms() {
    return getAtt("ECSManagedResourceArns.MetricAlarms");
  }

  /**
   * The list of Security Group ARNs associated with the express service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ECSManagedResourceArns.ServiceSecurityGroups}.
   */
  public Value<List<String>> ecsManagedResourceArnsServiceSecurityGroups() {
    return getAtt("ECSManagedResourceArns.ServiceSecurityGroups");
  }

  /**
   * The Endpoint of the express service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /**
   * The ARN that identifies the Express service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceArn}.
   */
  public Value<String> serviceArn() {
    return getAtt("ServiceArn");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<ExpressGatewayServiceStatus> status() {
    return getAtt("Status");
  }

  /**
   * The Unix timestamp for when the Express service was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::ECS::ExpressGatewayService.AutoScalingArns}. */
  public static final class AutoScalingArns extends Struct<AutoScalingArns> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::ExpressGatewayService.AutoScalingArns");

    public AutoScalingArns() {
      super(SCHEMA);
    }

    /**
     * The list of Auto Scaling policy ARNs associated with the express service.
     *
     * <p>CloudFormation property {@code ApplicationAutoScalingPolicies}.
     */
    public AutoScalingArns applicationAutoScalingPolicies(List<String> value) {
      return set("ApplicationAutoScalingPolicies", Value.listOf(value));
    }

    /**
     * Sets {@code ApplicationAutoScalingPolicies} to this value; see {@link
     * #applicationAutoScalingPolicies(List)}.
     */
    public AutoScalingArns applicationAutoScalingPolicies(Value<List<String>> value) {
      return set("ApplicationAutoScalingPolicies", value);
    }

    /**
     * The Auto Scaling Scalable Target ARN associated with the express service.
     *
     * <p>CloudFormation property {@code ScalableTarget}.
     */
    public AutoScalingArns scalableTarget(String value) {
      return set("ScalableTarget", Value.of(value));
    }

    /** Sets {@code ScalableTarget} to this value; see {@link #scalableTarget(String)}. */
    public AutoScalingArns scalableTarget(Value<String> value) {
      return set("ScalableTarget", value);
    }
  }

  /** Property type {@code AWS::ECS::ExpressGatewayService.ECSManagedResourceArns}. */
  public static final class ECSManagedResourceArns extends Struct<ECSManagedResourceArns> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::ExpressGatewayService.ECSManagedResourceArns");

    public ECSManagedResourceArns() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AutoScaling}. */
    public ECSManagedResourceArns autoScaling(Value<AutoScalingArns> value) {
      return set("AutoScaling", value);
    }

    /** CloudFormation property {@code IngressPath}. */
    public ECSManagedResourceArns ingressPath(Value<IngressPathArns> value) {
      return set("IngressPath", value);
    }

    /**
     * The list of Log Group ARNs associated with the express service.
     *
     * <p>CloudFormation property {@code LogGroups}.
     */
    public ECSManagedResourceArns logGroups(List<String> value) {
      return set("LogGroups", Value.listOf(value));
    }

    /** Sets {@code LogGroups} to this value; see {@link #logGroups(List)}. */
    public ECSManagedResourceArns logGroups(Value<List<String>> value) {
      return set("LogGroups", value);
    }

    /**
     * The list of Metric Alarm ARNs associated with the express service.
     *
     * <p>CloudFormation property {@code MetricAlarms}.
     */
    public ECSManagedResourceArns metricAlarms(List<String> value) {
      return set("MetricAlarms", Value.listOf(value));
    }

    /** Sets {@code MetricAlarms} to this value; see {@link #metricAlarms(List)}. */
    public ECSManagedResourceArns metricAlarms(Value<List<String>> value) {
      return set("MetricAlarms", value);
    }

    /**
     * The list of Security Group ARNs associated with the express service.
     *
     * <p>CloudFormation property {@code ServiceSecurityGroups}.
     */
    public ECSManagedResourceArns serviceSecurityGroups(List<String> value) {
      return set("ServiceSecurityGroups", Value.listOf(value));
    }

    /**
     * Sets {@code ServiceSecurityGroups} to this value; see {@link #serviceSecurityGroups(List)}.
     */
    public ECSManagedResourceArns serviceSecurityGroups(Value<List<String>> value) {
      return set("ServiceSecurityGroups", value);
    }
  }

  /**
   * Defines the configuration for the primary container in an Express service. This container
   * receives traffic from the Application Load Balancer and runs your application code.
   *
   * <p>The container configuration includes the container image, port mapping, logging settings,
   * environment variables, and secrets. The container image is the only required parameter, with
   * sensible defaults provided for other settings.
   *
   * <p>Property type {@code AWS::ECS::ExpressGatewayService.ExpressGatewayContainer}.
   */
  public static final class ExpressGatewayContainer extends Struct<ExpressGatewayContainer> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::ExpressGatewayService.ExpressGatewayContainer")
        .required("Image")
        .build();

    public ExpressGatewayContainer() {
      super(SCHEMA);
    }

    /**
     * The log configuration for the container.
     *
     * <p>CloudFormation property {@code AwsLogsConfiguration}.
     */
    public ExpressGatewayContainer awsLogsConfiguration(Value<ExpressGatewayServiceAwsLogsConfiguration> value) {
      return set("AwsLogsConfiguration", value);
    }

    /**
     * The command that is passed to the container.
     *
     * <p>CloudFormation property {@code Command}.
     */
    public ExpressGatewayContainer command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public ExpressGatewayContainer command(Value<List<String>> value) {
      return set("Command", value);
    }

    /**
     * The port number on the container that receives traffic from the load balancer. Default is 80.
     *
     * <p>Default: {@code 80}. CloudFormation property {@code ContainerPort}.
     */
    public ExpressGatewayContainer containerPort(int value) {
      return set("ContainerPort", Value.of(value));
    }

    /** Sets {@code ContainerPort} to this value; see {@link #containerPort(int)}. */
    public ExpressGatewayContainer containerPort(Value<Integer> value) {
      return set("ContainerPort", value);
    }

    /**
     * The environment variables to pass to the container.
     *
     * <p>CloudFormation property {@code Environment}.
     */
    public ExpressGatewayContainer environment(List<KeyValuePair> value) {
      return set("Environment", Value.listOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(List)}. */
    public ExpressGatewayContainer environment(Value<List<KeyValuePair>> value) {
      return set("Environment", value);
    }

    /** Sets {@code Environment} to a list of these; see {@link #environment(List)}. */
    public ExpressGatewayContainer environment(KeyValuePair... values) {
      return set("Environment", Value.list(values));
    }

    /**
     * The image used to start a container. This string is passed directly to the Docker daemon.
     * Images in the Docker Hub registry are available by default. Other repositories are specified
     * with either <code>repository-url/image:tag</code> or
     * <code>repository-url/image&#64;digest</code> .
     *
     * <p>For Express services, the image typically contains a web application that listens on the
     * specified container port. The image can be stored in Amazon ECR, Docker Hub, or any other
     * container registry accessible to your execution role.
     *
     * <p>Required. CloudFormation property {@code Image}.
     */
    public ExpressGatewayContainer image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public ExpressGatewayContainer image(Value<String> value) {
      return set("Image", value);
    }

    /**
     * The configuration for repository credentials for private registry authentication.
     *
     * <p>CloudFormation property {@code RepositoryCredentials}.
     */
    public ExpressGatewayContainer repositoryCredentials(Value<ExpressGatewayRepositoryCredentials> value) {
      return set("RepositoryCredentials", value);
    }

    /**
     * The secrets to pass to the container.
     *
     * <p>CloudFormation property {@code Secrets}.
     */
    public ExpressGatewayContainer secrets(List<Secret> value) {
      return set("Secrets", Value.listOf(value));
    }

    /** Sets {@code Secrets} to this value; see {@link #secrets(List)}. */
    public ExpressGatewayContainer secrets(Value<List<Secret>> value) {
      return set("Secrets", value);
    }

    /** Sets {@code Secrets} to a list of these; see {@link #secrets(List)}. */
    public ExpressGatewayContainer secrets(Secret... values) {
      return set("Secrets", Value.list(values));
    }
  }

  /**
   * The repository credentials for private registry authentication to pass to the container.
   *
   * <p>Property type {@code AWS::ECS::ExpressGatewayService.ExpressGatewayRepositoryCredentials}.
   */
  public static final class ExpressGatewayRepositoryCredentials extends Struct<ExpressGatewayRepositoryCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::ExpressGatewayService.ExpressGatewayRepositoryCredentials")
        .required("CredentialsParameter")
        .build();

    public ExpressGatewayRepositoryCredentials() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the secret containing the private repository credentials.
     *
     * <p>Required. CloudFormation property {@code CredentialsParameter}.
     */
    public ExpressGatewayRepositoryCredentials credentialsParameter(String value) {
      return set("CredentialsParameter", Value.of(value));
    }

    /**
     * Sets {@code CredentialsParameter} to this value; see {@link #credentialsParameter(String)}.
     */
    public ExpressGatewayRepositoryCredentials credentialsParameter(Value<String> value) {
      return set("CredentialsParameter", value);
    }
  }

  /**
   * Defines the auto-scaling configuration for an Express service. This determines how the service
   * automatically adjusts the number of running tasks based on demand metrics such as CPU
   * utilization, memory utilization, or request count per target.
   *
   * <p>Auto-scaling helps ensure your application can handle varying levels of traffic while
   * optimizing costs by scaling down during low-demand periods. You can specify the minimum and
   * maximum number of tasks, the scaling metric, and the target value for that metric.
   *
   * <p>Property type {@code AWS::ECS::ExpressGatewayService.ExpressGatewayScalingTarget}.
   */
  public static final class ExpressGatewayScalingTarget extends Struct<ExpressGatewayScalingTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::ExpressGatewayService.ExpressGatewayScalingTarget")
        .allowed("AutoScalingMetric", "AVERAGE_CPU", "AVERAGE_MEMORY", "REQUEST_COUNT_PER_TARGET")
        .build();

    public ExpressGatewayScalingTarget() {
      super(SCHEMA);
    }

    /**
     * The metric used for auto-scaling decisions. The default metric used for an Express service is
     * <code>CPUUtilization</code> .
     *
     * <p>Allowed values: {@code AVERAGE_CPU}, {@code AVERAGE_MEMORY}, {@code
     * REQUEST_COUNT_PER_TARGET}. Default: {@code "AVERAGE_CPU"}. CloudFormation property {@code
     * AutoScalingMetric}.
     */
    public ExpressGatewayScalingTarget autoScalingMetric(String value) {
      return set("AutoScalingMetric", Value.of(value));
    }

    /** Sets {@code AutoScalingMetric} to this value; see {@link #autoScalingMetric(String)}. */
    public ExpressGatewayScalingTarget autoScalingMetric(Value<String> value) {
      return set("AutoScalingMetric", value);
    }

    /**
     * The target value for the auto-scaling metric. The default value for an Express service is 60.
     *
     * <p>Default: {@code 60}. CloudFormation property {@code AutoScalingTargetValue}.
     */
    public ExpressGatewayScalingTarget autoScalingTargetValue(int value) {
      return set("AutoScalingTargetValue", Value.of(value));
    }

    /**
     * Sets {@code AutoScalingTargetValue} to this value; see {@link #autoScalingTargetValue(int)}.
     */
    public ExpressGatewayScalingTarget autoScalingTargetValue(Value<Integer> value) {
      return set("AutoScalingTargetValue", value);
    }

    /**
     * The maximum number of tasks to run in the Express service.
     *
     * <p>Default: {@code 1}. CloudFormation property {@code MaxTaskCount}.
     */
    public ExpressGatewayScalingTarget maxTaskCount(int value) {
      return set("MaxTaskCount", Value.of(value));
    }

    /** Sets {@code MaxTaskCount} to this value; see {@link #maxTaskCount(int)}. */
    public ExpressGatewayScalingTarget maxTaskCount(Value<Integer> value) {
      return set("MaxTaskCount", value);
    }

    /**
     * The minimum number of tasks to run in the Express service.
     *
     * <p>Default: {@code 1}. CloudFormation property {@code MinTaskCount}.
     */
    public ExpressGatewayScalingTarget minTaskCount(int value) {
      return set("MinTaskCount", Value.of(value));
    }

    /** Sets {@code MinTaskCount} to this value; see {@link #minTaskCount(int)}. */
    public ExpressGatewayScalingTarget minTaskCount(Value<Integer> value) {
      return set("MinTaskCount", value);
    }
  }

  /**
   * Specifies the Amazon CloudWatch Logs configuration for the Express service container.
   *
   * <p>Property type {@code
   * AWS::ECS::ExpressGatewayService.ExpressGatewayServiceAwsLogsConfiguration}.
   */
  public static final class ExpressGatewayServiceAwsLogsConfiguration extends Struct<ExpressGatewayServiceAwsLogsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::ExpressGatewayService.ExpressGatewayServiceAwsLogsConfiguration")
        .required("LogGroup", "LogStreamPrefix")
        .build();

    public ExpressGatewayServiceAwsLogsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the CloudWatch Logs log group to send container logs to.
     *
     * <p>Required. CloudFormation property {@code LogGroup}.
     */
    public ExpressGatewayServiceAwsLogsConfiguration logGroup(String value) {
      return set("LogGroup", Value.of(value));
    }

    /** Sets {@code LogGroup} to this value; see {@link #logGroup(String)}. */
    public ExpressGatewayServiceAwsLogsConfiguration logGroup(Value<String> value) {
      return set("LogGroup", value);
    }

    /**
     * The prefix for the CloudWatch Logs log stream names. The default for an Express service is
     * <code>ecs</code> .
     *
     * <p>Required. Default: {@code "ecs"}. CloudFormation property {@code LogStreamPrefix}.
     */
    public ExpressGatewayServiceAwsLogsConfiguration logStreamPrefix(String value) {
      return set("LogStreamPrefix", Value.of(value));
    }

    /** Sets {@code LogStreamPrefix} to this value; see {@link #logStreamPrefix(String)}. */
    public ExpressGatewayServiceAwsLogsConfiguration logStreamPrefix(Value<String> value) {
      return set("LogStreamPrefix", value);
    }
  }

  /**
   * Represents a specific configuration revision of an Express service, containing all the settings
   * and parameters for that revision.
   *
   * <p>Property type {@code AWS::ECS::ExpressGatewayService.ExpressGatewayServiceConfiguration}.
   */
  public static final class ExpressGatewayServiceConfiguration extends Struct<ExpressGatewayServiceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::ExpressGatewayService.ExpressGatewayServiceConfiguration");

    public ExpressGatewayServiceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The CPU allocation for tasks in this service revision.
     *
     * <p>CloudFormation property {@code Cpu}.
     */
    public ExpressGatewayServiceConfiguration cpu(String value) {
      return set("Cpu", Value.of(value));
    }

    /** Sets {@code Cpu} to this value; see {@link #cpu(String)}. */
    public ExpressGatewayServiceConfiguration cpu(Value<String> value) {
      return set("Cpu", value);
    }

    /**
     * The Unix timestamp for when this service revision was created.
     *
     * <p>CloudFormation property {@code CreatedAt}.
     */
    public ExpressGatewayServiceConfiguration createdAt(String value) {
      return set("CreatedAt", Value.of(value));
    }

    /** Sets {@code CreatedAt} to this value; see {@link #createdAt(String)}. */
    public ExpressGatewayServiceConfiguration createdAt(Value<String> value) {
      return set("CreatedAt", value);
    }

    /**
     * The ARN of the task execution role for the service revision.
     *
     * <p>CloudFormation property {@code ExecutionRoleArn}.
     */
    public ExpressGatewayServiceConfiguration executionRoleArn(String value) {
      return set("ExecutionRoleArn", Value.of(value));
    }

    /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
    public ExpressGatewayServiceConfiguration executionRoleArn(Value<String> value) {
      return set("ExecutionRoleArn", value);
    }

    /**
     * The health check path for this service revision.
     *
     * <p>CloudFormation property {@code HealthCheckPath}.
     */
    public ExpressGatewayServiceConfiguration healthCheckPath(String value) {
      return set("HealthCheckPath", Value.of(value));
    }

    /** Sets {@code HealthCheckPath} to this value; see {@link #healthCheckPath(String)}. */
    public ExpressGatewayServiceConfiguration healthCheckPath(Value<String> value) {
      return set("HealthCheckPath", value);
    }

    /**
     * The entry point into this service revision.
     *
     * <p>CloudFormation property {@code IngressPaths}.
     */
    public ExpressGatewayServiceConfiguration ingressPaths(List<IngressPathSummary> value) {
      return set("IngressPaths", Value.listOf(value));
    }

    /** Sets {@code IngressPaths} to this value; see {@link #ingressPaths(List)}. */
    public ExpressGatewayServiceConfiguration ingressPaths(Value<List<IngressPathSummary>> value) {
      return set("IngressPaths", value);
    }

    /** Sets {@code IngressPaths} to a list of these; see {@link #ingressPaths(List)}. */
    public ExpressGatewayServiceConfiguration ingressPaths(IngressPathSummary... values) {
      return set("IngressPaths", Value.list(values));
    }

    /**
     * The memory allocation for tasks in this service revision.
     *
     * <p>CloudFormation property {@code Memory}.
     */
    public ExpressGatewayServiceConfiguration memory(String value) {
      return set("Memory", Value.of(value));
    }

    /** Sets {@code Memory} to this value; see {@link #memory(String)}. */
    public ExpressGatewayServiceConfiguration memory(Value<String> value) {
      return set("Memory", value);
    }

    /**
     * The network configuration for tasks in this service revision.
     *
     * <p>CloudFormation property {@code NetworkConfiguration}.
     */
    public ExpressGatewayServiceConfiguration networkConfiguration(Value<ExpressGatewayServiceNetworkConfiguration> value) {
      return set("NetworkConfiguration", value);
    }

    /**
     * The primary container configuration for this service revision.
     *
     * <p>CloudFormation property {@code PrimaryContainer}.
     */
    public ExpressGatewayServiceConfiguration primaryContainer(Value<ExpressGatewayContainer> value) {
      return set("PrimaryContainer", value);
    }

    /**
     * The auto-scaling configuration for this service revision.
     *
     * <p>CloudFormation property {@code ScalingTarget}.
     */
    public ExpressGatewayServiceConfiguration scalingTarget(Value<ExpressGatewayScalingTarget> value) {
      return set("ScalingTarget", value);
    }

    /**
     * The ARN of the service revision.
     *
     * <p>CloudFormation property {@code ServiceRevisionArn}.
     */
    public ExpressGatewayServiceConfiguration serviceRevisionArn(String value) {
      return set("ServiceRevisionArn", Value.of(value));
    }

    /** Sets {@code ServiceRevisionArn} to this value; see {@link #serviceRevisionArn(String)}. */
    public ExpressGatewayServiceConfiguration serviceRevisionArn(Value<String> value) {
      return set("ServiceRevisionArn", value);
    }

    /** CloudFormation property {@code TaskDefinitionArn}. */
    public ExpressGatewayServiceConfiguration taskDefinitionArn(String value) {
      return set("TaskDefinitionArn", Value.of(value));
    }

    /** Sets {@code TaskDefinitionArn} to this value; see {@link #taskDefinitionArn(String)}. */
    public ExpressGatewayServiceConfiguration taskDefinitionArn(Value<String> value) {
      return set("TaskDefinitionArn", value);
    }

    /**
     * The ARN of the task role for the service revision.
     *
     * <p>CloudFormation property {@code TaskRoleArn}.
     */
    public ExpressGatewayServiceConfiguration taskRoleArn(String value) {
      return set("TaskRoleArn", Value.of(value));
    }

    /** Sets {@code TaskRoleArn} to this value; see {@link #taskRoleArn(String)}. */
    public ExpressGatewayServiceConfiguration taskRoleArn(Value<String> value) {
      return set("TaskRoleArn", value);
    }
  }

  /**
   * The network configuration for an Express service. By default, an Express service utilizes
   * subnets and security groups associated with the default VPC.
   *
   * <p>Property type {@code
   * AWS::ECS::ExpressGatewayService.ExpressGatewayServiceNetworkConfiguration}.
   */
  public static final class ExpressGatewayServiceNetworkConfiguration extends Struct<ExpressGatewayServiceNetworkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::ExpressGatewayService.ExpressGatewayServiceNetworkConfiguration")
        .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public ExpressGatewayServiceNetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * The IDs of the security groups associated with the Express service.
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroups}.
     */
    public ExpressGatewayServiceNetworkConfiguration securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public ExpressGatewayServiceNetworkConfiguration securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * The IDs of the subnets associated with the Express service.
     *
     * <p>Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
     */
    public ExpressGatewayServiceNetworkConfiguration subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public ExpressGatewayServiceNetworkConfiguration subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }

  /**
   * An object that defines the status of Express service creation and information about the status
   * of the service.
   *
   * <p>Property type {@code AWS::ECS::ExpressGatewayService.ExpressGatewayServiceStatus}.
   */
  public static final class ExpressGatewayServiceStatus extends Struct<ExpressGatewayServiceStatus> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::ExpressGatewayService.ExpressGatewayServiceStatus")
        .allowed("StatusCode", "ACTIVE", "DRAINING", "INACTIVE")
        .build();

    public ExpressGatewayServiceStatus() {
      super(SCHEMA);
    }

    /**
     * The status of the Express service.
     *
     * <p>Allowed values: {@code ACTIVE}, {@code DRAINING}, {@code INACTIVE}. CloudFormation
     * property {@code StatusCode}.
     */
    public ExpressGatewayServiceStatus statusCode(String value) {
      return set("StatusCode", Value.of(value));
    }

    /** Sets {@code StatusCode} to this value; see {@link #statusCode(String)}. */
    public ExpressGatewayServiceStatus statusCode(Value<String> value) {
      return set("StatusCode", value);
    }
  }

  /** Property type {@code AWS::ECS::ExpressGatewayService.IngressPathArns}. */
  public static final class IngressPathArns extends Struct<IngressPathArns> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::ExpressGatewayService.IngressPathArns");

    public IngressPathArns() {
      super(SCHEMA);
    }

    /**
     * The Certificate ARN associated with the express service.
     *
     * <p>CloudFormation property {@code CertificateArn}.
     */
    public IngressPathArns certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public IngressPathArns certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /**
     * The ARN of the Load Balancer listener associated with the express service.
     *
     * <p>CloudFormation property {@code ListenerArn}.
     */
    public IngressPathArns listenerArn(String value) {
      return set("ListenerArn", Value.of(value));
    }

    /** Sets {@code ListenerArn} to this value; see {@link #listenerArn(String)}. */
    public IngressPathArns listenerArn(Value<String> value) {
      return set("ListenerArn", value);
    }

    /**
     * The ARN of the Load Balancer listener rule associated with the express service.
     *
     * <p>CloudFormation property {@code ListenerRuleArn}.
     */
    public IngressPathArns listenerRuleArn(String value) {
      return set("ListenerRuleArn", Value.of(value));
    }

    /** Sets {@code ListenerRuleArn} to this value; see {@link #listenerRuleArn(String)}. */
    public IngressPathArns listenerRuleArn(Value<String> value) {
      return set("ListenerRuleArn", value);
    }

    /**
     * The ARN of the Load Balancer associated with the express service.
     *
     * <p>CloudFormation property {@code LoadBalancerArn}.
     */
    public IngressPathArns loadBalancerArn(String value) {
      return set("LoadBalancerArn", Value.of(value));
    }

    /** Sets {@code LoadBalancerArn} to this value; see {@link #loadBalancerArn(String)}. */
    public IngressPathArns loadBalancerArn(Value<String> value) {
      return set("LoadBalancerArn", value);
    }

    /**
     * The list of Load Balancer Security Group ARNs associated with the express service.
     *
     * <p>CloudFormation property {@code LoadBalancerSecurityGroups}.
     */
    public IngressPathArns loadBalancerSecurityGroups(List<String> value) {
      return set("LoadBalancerSecurityGroups", Value.listOf(value));
    }

    /**
     * Sets {@code LoadBalancerSecurityGroups} to this value; see {@link
     * #loadBalancerSecurityGroups(List)}.
     */
    public IngressPathArns loadBalancerSecurityGroups(Value<List<String>> value) {
      return set("LoadBalancerSecurityGroups", value);
    }

    /**
     * The list of Target Group ARNs associated with the express service.
     *
     * <p>CloudFormation property {@code TargetGroupArns}.
     */
    public IngressPathArns targetGroupArns(List<String> value) {
      return set("TargetGroupArns", Value.listOf(value));
    }

    /** Sets {@code TargetGroupArns} to this value; see {@link #targetGroupArns(List)}. */
    public IngressPathArns targetGroupArns(Value<List<String>> value) {
      return set("TargetGroupArns", value);
    }
  }

  /**
   * The entry point into an Express service.
   *
   * <p>Property type {@code AWS::ECS::ExpressGatewayService.IngressPathSummary}.
   */
  public static final class IngressPathSummary extends Struct<IngressPathSummary> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::ExpressGatewayService.IngressPathSummary")
        .allowed("AccessType", "PUBLIC", "PRIVATE")
        .build();

    public IngressPathSummary() {
      super(SCHEMA);
    }

    /**
     * The type of access to the endpoint for the Express service.
     *
     * <p>Allowed values: {@code PUBLIC}, {@code PRIVATE}. CloudFormation property {@code
     * AccessType}.
     */
    public IngressPathSummary accessType(String value) {
      return set("AccessType", Value.of(value));
    }

    /** Sets {@code AccessType} to this value; see {@link #accessType(String)}. */
    public IngressPathSummary accessType(Value<String> value) {
      return set("AccessType", value);
    }

    /**
     * The endpoint for access to the service.
     *
     * <p>CloudFormation property {@code Endpoint}.
     */
    public IngressPathSummary endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public IngressPathSummary endpoint(Value<String> value) {
      return set("Endpoint", value);
    }
  }

  /**
   * A key-value pair object.
   *
   * <p>Property type {@code AWS::ECS::ExpressGatewayService.KeyValuePair}.
   */
  public static final class KeyValuePair extends Struct<KeyValuePair> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::ExpressGatewayService.KeyValuePair")
        .required("Name", "Value")
        .build();

    public KeyValuePair() {
      super(SCHEMA);
    }

    /**
     * The name of the key-value pair. For environment variables, this is the name of the
     * environment variable.
     *
     * <p>Required. CloudFormation property {@code Name}.
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
     * <p>Required. CloudFormation property {@code Value}.
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
   * <p>Property type {@code AWS::ECS::ExpressGatewayService.Secret}.
   */
  public static final class Secret extends Struct<Secret> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::ExpressGatewayService.Secret")
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
}
