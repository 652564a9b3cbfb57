// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codedeploy;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CodeDeploy::DeploymentConfig</code> resource creates a set of deployment rules,
 * deployment success conditions, and deployment failure conditions that AWS CodeDeploy uses during
 * a deployment. The deployment configuration specifies the number or percentage of instances that
 * must remain available at any time during a deployment.
 *
 * <p>CloudFormation type {@code AWS::CodeDeploy::DeploymentConfig}.
 */
public final class DeploymentConfig extends Resource<DeploymentConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentConfig")
      .allowed("ComputePlatform", "ECS", "Lambda", "Server")
      .constrain("DeploymentConfigName", Constraint.of().pattern("^[A-Za-z0-9+=,.@_-]*$").minLength(1).maxLength(100))
      .refYields("DeploymentConfigName")
      .build();

  public DeploymentConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The destination platform type for the deployment ( <code>Lambda</code> , <code>Server</code> ,
   * or <code>ECS</code> ).
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ECS}, {@code Lambda}, {@code
   * Server}. CloudFormation property {@code ComputePlatform}.
   */
  public DeploymentConfig computePlatform(String value) {
    return set("ComputePlatform", Value.of(value));
  }

  /** Sets {@code ComputePlatform} to this value; see {@link #computePlatform(String)}. */
  public DeploymentConfig computePlatform(Value<String> value) {
    return set("ComputePlatform", value);
  }

  /**
   * A name for the deployment configuration. If you don't specify a name, CloudFormation generates
   * a unique physical ID and uses that ID for the deployment configuration name. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> .
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[A-Za-z0-9+=,.&#64;_-]*$}. CloudFormation property {@code DeploymentConfigName}.
   */
  public DeploymentConfig deploymentConfigName(String value) {
    return set("DeploymentConfigName", Value.of(value));
  }

  /** Sets {@code DeploymentConfigName} to this value; see {@link #deploymentConfigName(String)}. */
  public DeploymentConfig deploymentConfigName(Value<String> value) {
    return set("DeploymentConfigName", value);
  }

  /**
   * The minimum number of healthy instances that should be available at any time during the
   * deployment. There are two parameters expected in the input: type and value.
   *
   * <p>The type parameter takes either of the following values:
   *
   * <ul> <li>HOST_COUNT: The value parameter represents the minimum number of healthy instances as
   * an absolute value. <li>FLEET_PERCENT: The value parameter represents the minimum number of
   * healthy instances as a percentage of the total number of instances in the deployment. If you
   * specify FLEET_PERCENT, at the start of the deployment, AWS CodeDeploy converts the percentage
   * to the equivalent number of instance and rounds up fractional instances. </ul>
   *
   * <p>The value parameter takes an integer.
   *
   * <p>For example, to set a minimum of 95% healthy instance, specify a type of FLEET_PERCENT and a
   * value of 95.
   *
   * <p>For more information about instance health, see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-health.html">CodeDeploy
   * Instance Health</a> in the AWS CodeDeploy User Guide.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MinimumHealthyHosts}.
   */
  public DeploymentConfig minimumHealthyHosts(Value<MinimumHealthyHosts> value) {
    return set("MinimumHealthyHosts", value);
  }

  /**
   * The configuration that specifies how the deployment traffic is routed.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TrafficRoutingConfig}.
   */
  public DeploymentConfig trafficRoutingConfig(Value<TrafficRoutingConfig> value) {
    return set("TrafficRoutingConfig", value);
  }

  /**
   * Configure the <code>ZonalConfig</code> object if you want AWS CodeDeploy to deploy your
   * application to one <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html#concepts-availability-zones">Availability
   * Zone</a> at a time, within an AWS Region.
   *
   * <p>For more information about the zonal configuration feature, see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations-create.html#zonal-config">zonal
   * configuration</a> in the <em>CodeDeploy User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ZonalConfig}.
   */
  public DeploymentConfig zonalConfig(Value<ZonalConfig> value) {
    return set("ZonalConfig", value);
  }

  /**
   * <code>MinimumHealthyHosts</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-codedeploy-deploymentconfig.html">DeploymentConfig</a>
   * resource that defines how many instances must remain healthy during an AWS CodeDeploy
   * deployment.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentConfig.MinimumHealthyHosts}.
   */
  public static final class MinimumHealthyHosts extends Struct<MinimumHealthyHosts> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentConfig.MinimumHealthyHosts")
        .required("Type", "Value")
        .allowed("Type", "FLEET_PERCENT", "HOST_COUNT")
        .build();

    public MinimumHealthyHosts() {
      super(SCHEMA);
    }

    /**
     * The minimum healthy instance type:
     *
     * <ul> <li>HOST_COUNT: The minimum number of healthy instance as an absolute value.
     * <li>FLEET_PERCENT: The minimum number of healthy instance as a percentage of the total number
     * of instance in the deployment. </ul>
     *
     * <p>In an example of nine instance, if a HOST_COUNT of six is specified, deploy to up to three
     * instances at a time. The deployment is successful if six or more instances are deployed to
     * successfully. Otherwise, the deployment fails. If a FLEET_PERCENT of 40 is specified, deploy
     * to up to five instance at a time. The deployment is successful if four or more instance are
     * deployed to successfully. Otherwise, the deployment fails.
     *
     * <p>In a call to <code>GetDeploymentConfig</code> , CodeDeployDefault.OneAtATime returns a
     * minimum healthy instance type of MOST_CONCURRENCY and a value of 1. This means a deployment
     * to only one instance at a time. (You cannot set the type to MOST_CONCURRENCY, only to
     * HOST_COUNT or FLEET_PERCENT.) In addition, with CodeDeployDefault.OneAtATime, AWS CodeDeploy
     * attempts to ensure that all instances but one are kept in a healthy state during the
     * deployment. Although this allows one instance at a time to be taken offline for a new
     * deployment, it also means that if the deployment to the last instance fails, the overall
     * deployment is still successful.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com//codedeploy/latest/userguide/instances-health.html">AWS
     * CodeDeploy Instance Health</a> in the <em>AWS CodeDeploy User Guide</em> .
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code FLEET_PERCENT}, {@code
     * HOST_COUNT}. CloudFormation property {@code Type}.
     */
    public MinimumHealthyHosts type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public MinimumHealthyHosts type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The minimum healthy instance value.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Value}.
     */
    public MinimumHealthyHosts value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public MinimumHealthyHosts value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * Information about the minimum number of healthy instances per Availability Zone.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentConfig.MinimumHealthyHostsPerZone}.
   */
  public static final class MinimumHealthyHostsPerZone extends Struct<MinimumHealthyHostsPerZone> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentConfig.MinimumHealthyHostsPerZone")
        .required("Type", "Value")
        .allowed("Type", "FLEET_PERCENT", "HOST_COUNT")
        .build();

    public MinimumHealthyHostsPerZone() {
      super(SCHEMA);
    }

    /**
     * The <code>type</code> associated with the <code>MinimumHealthyHostsPerZone</code> option.
     *
     * <p>Required. Allowed values: {@code FLEET_PERCENT}, {@code HOST_COUNT}. CloudFormation
     * property {@code Type}.
     */
    public MinimumHealthyHostsPerZone type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public MinimumHealthyHostsPerZone type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The <code>value</code> associated with the <code>MinimumHealthyHostsPerZone</code> option.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public MinimumHealthyHostsPerZone value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public MinimumHealthyHostsPerZone value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * A configuration that shifts traffic from one version of a Lambda function or Amazon ECS task
   * set to another in two increments. The original and target Lambda function versions or ECS task
   * sets are specified in the deployment's AppSpec file.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentConfig.TimeBasedCanary}.
   */
  public static final class TimeBasedCanary extends Struct<TimeBasedCanary> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentConfig.TimeBasedCanary")
        .required("CanaryInterval", "CanaryPercentage")
        .build();

    public TimeBasedCanary() {
      super(SCHEMA);
    }

    /**
     * The number of minutes between the first and second traffic shifts of a
     * <code>TimeBasedCanary</code> deployment.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * CanaryInterval}.
     */
    public TimeBasedCanary canaryInterval(int value) {
      return set("CanaryInterval", Value.of(value));
    }

    /** Sets {@code CanaryInterval} to this value; see {@link #canaryInterval(int)}. */
    public TimeBasedCanary canaryInterval(Value<Integer> value) {
      return set("CanaryInterval", value);
    }

    /**
     * The percentage of traffic to shift in the first increment of a <code>TimeBasedCanary</code>
     * deployment.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * CanaryPercentage}.
     */
    public TimeBasedCanary canaryPercentage(int value) {
      return set("CanaryPercentage", Value.of(value));
    }

    /** Sets {@code CanaryPercentage} to this value; see {@link #canaryPercentage(int)}. */
    public TimeBasedCanary canaryPercentage(Value<Integer> value) {
      return set("CanaryPercentage", value);
    }
  }

  /**
   * A configuration that shifts traffic from one version of a Lambda function or ECS task set to
   * another in equal increments, with an equal number of minutes between each increment. The
   * original and target Lambda function versions or ECS task sets are specified in the deployment's
   * AppSpec file.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentConfig.TimeBasedLinear}.
   */
  public static final class TimeBasedLinear extends Struct<TimeBasedLinear> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentConfig.TimeBasedLinear")
        .required("LinearInterval", "LinearPercentage")
        .build();

    public TimeBasedLinear() {
      super(SCHEMA);
    }

    /**
     * The number of minutes between each incremental traffic shift of a
     * <code>TimeBasedLinear</code> deployment.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * LinearInterval}.
     */
    public TimeBasedLinear linearInterval(int value) {
      return set("LinearInterval", Value.of(value));
    }

    /** Sets {@code LinearInterval} to this value; see {@link #linearInterval(int)}. */
    public TimeBasedLinear linearInterval(Value<Integer> value) {
      return set("LinearInterval", value);
    }

    /**
     * The percentage of traffic that is shifted at the start of each increment of a
     * <code>TimeBasedLinear</code> deployment.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * LinearPercentage}.
     */
    public TimeBasedLinear linearPercentage(int value) {
      return set("LinearPercentage", Value.of(value));
    }

    /** Sets {@code LinearPercentage} to this value; see {@link #linearPercentage(int)}. */
    public TimeBasedLinear linearPercentage(Value<Integer> value) {
      return set("LinearPercentage", value);
    }
  }

  /**
   * The configuration that specifies how traffic is shifted from one version of a Lambda function
   * to another version during an AWS Lambda deployment, or from one Amazon ECS task set to another
   * during an Amazon ECS deployment.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentConfig.TrafficRoutingConfig}.
   */
  public static final class TrafficRoutingConfig extends Struct<TrafficRoutingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentConfig.TrafficRoutingConfig")
        .required("Type")
        .allowed("Type", "AllAtOnce", "TimeBasedCanary", "TimeBasedLinear")
        .build();

    public TrafficRoutingConfig() {
      super(SCHEMA);
    }

    /**
     * A configuration that shifts traffic from one version of a Lambda function or ECS task set to
     * another in two increments. The original and target Lambda function versions or ECS task sets
     * are specified in the deployment's AppSpec file.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TimeBasedCanary}.
     */
    public TrafficRoutingConfig timeBasedCanary(Value<TimeBasedCanary> value) {
      return set("TimeBasedCanary", value);
    }

    /**
     * A configuration that shifts traffic from one version of a Lambda function or Amazon ECS task
     * set to another in equal increments, with an equal number of minutes between each increment.
     * The original and target Lambda function versions or Amazon ECS task sets are specified in the
     * deployment's AppSpec file.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TimeBasedLinear}.
     */
    public TrafficRoutingConfig timeBasedLinear(Value<TimeBasedLinear> value) {
      return set("TimeBasedLinear", value);
    }

    /**
     * The type of traffic shifting ( <code>TimeBasedCanary</code> or <code>TimeBasedLinear</code> )
     * used by a deployment configuration.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code AllAtOnce}, {@code
     * TimeBasedCanary}, {@code TimeBasedLinear}. CloudFormation property {@code Type}.
     */
    public TrafficRoutingConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public TrafficRoutingConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Configure the <code>ZonalConfig</code> object if you want AWS CodeDeploy to deploy your
   * application to one <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html#concepts-availability-zones">Availability
   * Zone</a> at a time, within an AWS Region. By deploying to one Availability Zone at a time, you
   * can expose your deployment to a progressively larger audience as confidence in the deployment's
   * performance and viability grows. If you don't configure the <code>ZonalConfig</code> object,
   * CodeDeploy deploys your application to a random selection of hosts across a Region.
   *
   * <p>For more information about the zonal configuration feature, see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations-create.html#zonal-config">zonal
   * configuration</a> in the <em>CodeDeploy User Guide</em> .
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentConfig.ZonalConfig}.
   */
  public static final class ZonalConfig extends Struct<ZonalConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentConfig.ZonalConfig")
        .constrain("FirstZoneMonitorDurationInSeconds", Constraint.of().format("int64"))
        .constrain("MonitorDurationInSeconds", Constraint.of().format("int64"))
        .build();

    public ZonalConfig() {
      super(SCHEMA);
    }

    /**
     * The period of time, in seconds, that CodeDeploy must wait after completing a deployment to
     * the <em>first</em> Availability Zone. CodeDeploy will wait this amount of time before
     * starting a deployment to the second Availability Zone. You might set this option if you want
     * to allow extra bake time for the first Availability Zone. If you don't specify a value for
     * <code>firstZoneMonitorDurationInSeconds</code> , then CodeDeploy uses the
     * <code>monitorDurationInSeconds</code> value for the first Availability Zone.
     *
     * <p>For more information about the zonal configuration feature, see <a
     * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations-create.html#zonal-config">zonal
     * configuration</a> in the <em>CodeDeploy User Guide</em> .
     *
     * <p>Format: {@code int64}. CloudFormation property {@code FirstZoneMonitorDurationInSeconds}.
     */
    public ZonalConfig firstZoneMonitorDurationInSeconds(int value) {
      return set("FirstZoneMonitorDurationInSeconds", Value.of(value));
    }

    /**
     * Sets {@code FirstZoneMonitorDurationInSeconds} to this value; see {@link
     * #firstZoneMonitorDurationInSeconds(int)}.
     */
    public ZonalConfig firstZoneMonitorDurationInSeconds(Value<Integer> value) {
      return set("FirstZoneMonitorDurationInSeconds", value);
    }

    /**
     * The number or percentage of instances that must remain available per Availability Zone during
     * a deployment. This option works in conjunction with the <code>MinimumHealthyHosts</code>
     * option. For more information, see <a
     * href="https://docs.aws.amazon.com//codedeploy/latest/userguide/instances-health.html#minimum-healthy-hosts-az">About
     * the minimum number of healthy hosts per Availability Zone</a> in the <em>CodeDeploy User
     * Guide</em> .
     *
     * <p>If you don't specify the <code>minimumHealthyHostsPerZone</code> option, then CodeDeploy
     * uses a default value of <code>0</code> percent.
     *
     * <p>For more information about the zonal configuration feature, see <a
     * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations-create.html#zonal-config">zonal
     * configuration</a> in the <em>CodeDeploy User Guide</em> .
     *
     * <p>CloudFormation property {@code MinimumHealthyHostsPerZone}.
     */
    public ZonalConfig minimumHealthyHostsPerZone(Value<MinimumHealthyHostsPerZone> value) {
      return set("MinimumHealthyHostsPerZone", value);
    }

    /**
     * The period of time, in seconds, that CodeDeploy must wait after completing a deployment to an
     * Availability Zone. CodeDeploy will wait this amount of time before starting a deployment to
     * the next Availability Zone. Consider adding a monitor duration to give the deployment some
     * time to prove itself (or 'bake') in one Availability Zone before it is released in the next
     * zone. If you don't specify a <code>monitorDurationInSeconds</code> , CodeDeploy starts
     * deploying to the next Availability Zone immediately.
     *
     * <p>For more information about the zonal configuration feature, see <a
     * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations-create.html#zonal-config">zonal
     * configuration</a> in the <em>CodeDeploy User Guide</em> .
     *
     * <p>Format: {@code int64}. CloudFormation property {@code MonitorDurationInSeconds}.
     */
    public ZonalConfig monitorDurationInSeconds(int value) {
      return set("MonitorDurationInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MonitorDurationInSeconds} to this value; see {@link
     * #monitorDurationInSeconds(int)}.
     */
    public ZonalConfig monitorDurationInSeconds(Value<Integer> value) {
      return set("MonitorDurationInSeconds", value);
    }
  }
}
