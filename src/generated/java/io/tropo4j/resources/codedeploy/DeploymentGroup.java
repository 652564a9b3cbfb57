// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codedeploy;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::CodeDeploy::DeploymentGroup</code> resource creates an AWS CodeDeploy deployment
 * group that specifies which instances your application revisions are deployed to, along with other
 * deployment options. For more information, see <a
 * href="https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeploymentGroup.html">CreateDeploymentGroup</a>
 * in the <em>CodeDeploy API Reference</em> .
 *
 * <p>Amazon ECS blue/green deployments through CodeDeploy do not use the
 * <code>AWS::CodeDeploy::DeploymentGroup</code> resource. To perform Amazon ECS blue/green
 * deployments, use the <code>AWS::CodeDeploy::BlueGreen</code> hook. See <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/blue-green.html">Perform
 * Amazon ECS blue/green deployments through CodeDeploy using CloudFormation</a> for more
 * information.
 *
 * <p>CloudFormation type {@code AWS::CodeDeploy::DeploymentGroup}.
 */
public final class DeploymentGroup extends Resource<DeploymentGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentGroup")
      .required("ApplicationName", "ServiceRoleArn")
      .constrain("ApplicationName", Constraint.of().pattern("^[A-Za-z0-9+=,.@_-]*$").minLength(1).maxLength(100))
      .constrain("DeploymentConfigName", Constraint.of().pattern("^[A-Za-z0-9+=,.@_-]*$").minLength(1).maxLength(100))
      .constrain("DeploymentGroupName", Constraint.of().pattern("^[A-Za-z0-9+=,.@_-]*$").minLength(1).maxLength(100))
      .allowed("OutdatedInstancesStrategy", "IGNORE", "UPDATE")
      .constrain("ServiceRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .refYields("DeploymentGroupName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DeploymentGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Information about the Amazon CloudWatch alarms that are associated with the deployment group.
   *
   * <p>CloudFormation property {@code AlarmConfiguration}.
   */
  public DeploymentGroup alarmConfiguration(Value<AlarmConfiguration> value) {
    return set("AlarmConfiguration", value);
  }

  /**
   * The name of an existing CodeDeploy application to associate this deployment group with.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[A-Za-z0-9+=,.&#64;_-]*$}. CloudFormation property {@code ApplicationName}.
   */
  public DeploymentGroup applicationName(String value) {
    return set("ApplicationName", Value.of(value));
  }

  /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
  public DeploymentGroup applicationName(Value<String> value) {
    return set("ApplicationName", value);
  }

  /**
   * Information about the automatic rollback configuration that is associated with the deployment
   * group. If you specify this property, don't specify the <code>Deployment</code> property.
   *
   * <p>CloudFormation property {@code AutoRollbackConfiguration}.
   */
  public DeploymentGroup autoRollbackConfiguration(Value<AutoRollbackConfiguration> value) {
    return set("AutoRollbackConfiguration", value);
  }

  /**
   * A list of associated Auto Scaling groups that CodeDeploy automatically deploys revisions to
   * when new instances are created. Duplicates are not allowed.
   *
   * <p>CloudFormation property {@code AutoScalingGroups}.
   */
  public DeploymentGroup autoScalingGroups(List<String> value) {
    return set("AutoScalingGroups", Value.listOf(value));
  }

  /** Sets {@code AutoScalingGroups} to this value; see {@link #autoScalingGroups(List)}. */
  public DeploymentGroup autoScalingGroups(Value<List<String>> value) {
    return set("AutoScalingGroups", value);
  }

  /**
   * Information about blue/green deployment options for a deployment group.
   *
   * <p>CloudFormation property {@code BlueGreenDeploymentConfiguration}.
   */
  public DeploymentGroup blueGreenDeploymentConfiguration(Value<BlueGreenDeploymentConfiguration> value) {
    return set("BlueGreenDeploymentConfiguration", value);
  }

  /**
   * The application revision to deploy to this deployment group. If you specify this property, your
   * target application revision is deployed as soon as the provisioning process is complete. If you
   * specify this property, don't specify the <code>AutoRollbackConfiguration</code> property.
   *
   * <p>CloudFormation property {@code Deployment}.
   */
  public DeploymentGroup deployment(Value<Deployment> value) {
    return set("Deployment", value);
  }

  /**
   * A deployment configuration name or a predefined configuration name. With predefined
   * configurations, you can deploy application revisions to one instance at a time (
   * <code>CodeDeployDefault.OneAtATime</code> ), half of the instances at a time (
   * <code>CodeDeployDefault.HalfAtATime</code> ), or all the instances at once (
   * <code>CodeDeployDefault.AllAtOnce</code> ). For more information and valid values, see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html">Working
   * with Deployment Configurations</a> in the <em>AWS CodeDeploy User Guide</em> .
   *
   * <p>Length: 1 to 100 characters. Pattern: {@code ^[A-Za-z0-9+=,.&#64;_-]*$}. CloudFormation
   * property {@code DeploymentConfigName}.
   */
  public DeploymentGroup deploymentConfigName(String value) {
    return set("DeploymentConfigName", Value.of(value));
  }

  /** Sets {@code DeploymentConfigName} to this value; see {@link #deploymentConfigName(String)}. */
  public DeploymentGroup deploymentConfigName(Value<String> value) {
    return set("DeploymentConfigName", value);
  }

  /**
   * A name for the deployment group. If you don't specify a name, CloudFormation generates a unique
   * physical ID and uses that ID for the deployment group name. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> .
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[A-Za-z0-9+=,.&#64;_-]*$}. CloudFormation property {@code DeploymentGroupName}.
   */
  public DeploymentGroup deploymentGroupName(String value) {
    return set("DeploymentGroupName", Value.of(value));
  }

  /** Sets {@code DeploymentGroupName} to this value; see {@link #deploymentGroupName(String)}. */
  public DeploymentGroup deploymentGroupName(Value<String> value) {
    return set("DeploymentGroupName", value);
  }

  /**
   * Attributes that determine the type of deployment to run and whether to route deployment traffic
   * behind a load balancer.
   *
   * <p>If you specify this property with a blue/green deployment type, don't specify the
   * <code>AutoScalingGroups</code> , <code>LoadBalancerInfo</code> , or <code>Deployment</code>
   * properties.
   *
   * <p>For blue/green deployments, CloudFormation supports deployments on Lambda compute platforms
   * only. You can perform Amazon ECS blue/green deployments using
   * <code>AWS::CodeDeploy::BlueGreen</code> hook. See <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/blue-green.html">Perform
   * Amazon ECS blue/green deployments through CodeDeploy using CloudFormation</a> for more
   * information.
   *
   * <p>CloudFormation property {@code DeploymentStyle}.
   */
  public DeploymentGroup deploymentStyle(Value<DeploymentStyle> value) {
    return set("DeploymentStyle", value);
  }

  /**
   * The target Amazon ECS services in the deployment group. This applies only to deployment groups
   * that use the Amazon ECS compute platform. A target Amazon ECS service is specified as an Amazon
   * ECS cluster and service name pair using the format
   * <code>&lt;clustername&gt;:&lt;servicename&gt;</code> .
   *
   * <p>CloudFormation property {@code ECSServices}.
   */
  public DeploymentGroup ecsServices(List<ECSService> value) {
    return set("ECSServices", Value.listOf(value));
  }

  /** Sets {@code ECSServices} to this value; see {@link #ecsServices(List)}. */
  public DeploymentGroup ecsServices(Value<List<ECSService>> value) {
    return set("ECSServices", value);
  }

  /** Sets {@code ECSServices} to a list of these; see {@link #ecsServices(List)}. */
  public DeploymentGroup ecsServices(ECSService... values) {
    return set("ECSServices", Value.list(values));
  }

  /**
   * The Amazon EC2 tags that are already applied to Amazon EC2 instances that you want to include
   * in the deployment group. CodeDeploy includes all Amazon EC2 instances identified by any of the
   * tags you specify in this deployment group. Duplicates are not allowed.
   *
   * <p>You can specify <code>EC2TagFilters</code> or <code>Ec2TagSet</code> , but not both.
   *
   * <p>CloudFormation property {@code Ec2TagFilters}.
   */
  public DeploymentGroup ec2TagFilters(List<EC2TagFilter> value) {
    return set("Ec2TagFilters", Value.listOf(value));
  }

  /** Sets {@code Ec2TagFilters} to this value; see {@link #ec2TagFilters(List)}. */
  public DeploymentGroup ec2TagFilters(Value<List<EC2TagFilter>> value) {
    return set("Ec2TagFilters", value);
  }

  /** Sets {@code Ec2TagFilters} to a list of these; see {@link #ec2TagFilters(List)}. */
  public DeploymentGroup ec2TagFilters(EC2TagFilter... values) {
    return set("Ec2TagFilters", Value.list(values));
  }

  /**
   * Information about groups of tags applied to Amazon EC2 instances. The deployment group includes
   * only Amazon EC2 instances identified by all the tag groups. Cannot be used in the same call as
   * <code>ec2TagFilter</code> .
   *
   * <p>CloudFormation property {@code Ec2TagSet}.
   */
  public DeploymentGroup ec2TagSet(Value<EC2TagSet> value) {
    return set("Ec2TagSet", value);
  }

  /**
   * Information about the load balancer to use in a deployment. For more information, see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/integrations-aws-elastic-load-balancing.html">Integrating
   * CodeDeploy with Elastic Load Balancing</a> in the <em>AWS CodeDeploy User Guide</em> .
   *
   * <p>CloudFormation property {@code LoadBalancerInfo}.
   */
  public DeploymentGroup loadBalancerInfo(Value<LoadBalancerInfo> value) {
    return set("LoadBalancerInfo", value);
  }

  /**
   * The on-premises instance tags already applied to on-premises instances that you want to include
   * in the deployment group. CodeDeploy includes all on-premises instances identified by any of the
   * tags you specify in this deployment group. To register on-premises instances with CodeDeploy ,
   * see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-on-premises.html">Working
   * with On-Premises Instances for CodeDeploy</a> in the <em>AWS CodeDeploy User Guide</em> .
   * Duplicates are not allowed.
   *
   * <p>You can specify <code>OnPremisesInstanceTagFilters</code> or
   * <code>OnPremisesInstanceTagSet</code> , but not both.
   *
   * <p>CloudFormation property {@code OnPremisesInstanceTagFilters}.
   */
  public DeploymentGroup onPremisesInstanceTagFilters(List<TagFilter> value) {
    return set("OnPremisesInstanceTagFilters", Value.listOf(value));
  }

  /**
   * Sets {@code OnPremisesInstanceTagFilters} to this value; see {@link
   * #onPremisesInstanceTagFilters(List)}.
   */
  public DeploymentGroup onPremisesInstanceTagFilters(Value<List<TagFilter>> value) {
    return set("OnPremisesInstanceTagFilters", value);
  }

  /**
   * Sets {@code OnPremisesInstanceTagFilters} to a list of these; see {@link
   * #onPremisesInstanceTagFilters(List)}.
   */
  public DeploymentGroup onPremisesInstanceTagFilters(TagFilter... values) {
    return set("OnPremisesInstanceTagFilters", Value.list(values));
  }

  /**
   * Information about groups of tags applied to on-premises instances. The deployment group
   * includes only on-premises instances identified by all the tag groups.
   *
   * <p>You can specify <code>OnPremisesInstanceTagFilters</code> or
   * <code>OnPremisesInstanceTagSet</code> , but not both.
   *
   * <p>CloudFormation property {@code OnPremisesTagSet}.
   */
  public DeploymentGroup onPremisesTagSet(Value<OnPremisesTagSet> value) {
    return set("OnPremisesTagSet", value);
  }

  /**
   * Indicates what happens when new Amazon EC2 instances are launched mid-deployment and do not
   * receive the deployed application revision.
   *
   * <p>If this option is set to <code>UPDATE</code> or is unspecified, CodeDeploy initiates one or
   * more 'auto-update outdated instances' deployments to apply the deployed application revision to
   * the new Amazon EC2 instances.
   *
   * <p>If this option is set to <code>IGNORE</code> , CodeDeploy does not initiate a deployment to
   * update the new Amazon EC2 instances. This may result in instances having different revisions.
   *
   * <p>Allowed values: {@code IGNORE}, {@code UPDATE}. CloudFormation property {@code
   * OutdatedInstancesStrategy}.
   */
  public DeploymentGroup outdatedInstancesStrategy(String value) {
    return set("OutdatedInstancesStrategy", Value.of(value));
  }

  /**
   * Sets {@code OutdatedInstancesStrategy} to this value; see {@link
   * #outdatedInstancesStrategy(String)}.
   */
  public DeploymentGroup outdatedInstancesStrategy(Value<String> value) {
    return set("OutdatedInstancesStrategy", value);
  }

  /**
   * A service role Amazon Resource Name (ARN) that grants CodeDeploy permission to make calls to
   * AWS services on your behalf. For more information, see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/getting-started-create-service-role.html">Create
   * a Service Role for AWS CodeDeploy</a> in the <em>AWS CodeDeploy User Guide</em> .
   *
   * <p>In some cases, you might need to add a dependency on the service role's policy. For more
   * information, see IAM role policy in <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
   * Attribute</a> .
   *
   * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
   * ServiceRoleArn}.
   */
  public DeploymentGroup serviceRoleArn(String value) {
    return set("ServiceRoleArn", Value.of(value));
  }

  /** Sets {@code ServiceRoleArn} to this value; see {@link #serviceRoleArn(String)}. */
  public DeploymentGroup serviceRoleArn(Value<String> value) {
    return set("ServiceRoleArn", value);
  }

  /**
   * The metadata that you apply to CodeDeploy deployment groups to help you organize and categorize
   * them. Each tag consists of a key and an optional value, both of which you define.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DeploymentGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DeploymentGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DeploymentGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Indicates whether the deployment group was configured to have CodeDeploy install a termination
   * hook into an Auto Scaling group.
   *
   * <p>For more information about the termination hook, see <a
   * href="https://docs.aws.amazon.com//codedeploy/latest/userguide/integrations-aws-auto-scaling.html#integrations-aws-auto-scaling-behaviors">How
   * Amazon EC2 Auto Scaling works with CodeDeploy</a> in the <em>AWS CodeDeploy User Guide</em> .
   *
   * <p>CloudFormation property {@code TerminationHookEnabled}.
   */
  public DeploymentGroup terminationHookEnabled(boolean value) {
    return set("TerminationHookEnabled", Value.of(value));
  }

  /**
   * Sets {@code TerminationHookEnabled} to this value; see {@link
   * #terminationHookEnabled(boolean)}.
   */
  public DeploymentGroup terminationHookEnabled(Value<Boolean> value) {
    return set("TerminationHookEnabled", value);
  }

  /**
   * Information about triggers associated with the deployment group. Duplicates are not allowed
   *
   * <p>CloudFormation property {@code TriggerConfigurations}.
   */
  public DeploymentGroup triggerConfigurations(List<TriggerConfig> value) {
    return set("TriggerConfigurations", Value.listOf(value));
  }

  /** Sets {@code TriggerConfigurations} to this value; see {@link #triggerConfigurations(List)}. */
  public DeploymentGroup triggerConfigurations(Value<List<TriggerConfig>> value) {
    return set("TriggerConfigurations", value);
  }

  /**
   * Sets {@code TriggerConfigurations} to a list of these; see {@link
   * #triggerConfigurations(List)}.
   */
  public DeploymentGroup triggerConfigurations(TriggerConfig... values) {
    return set("TriggerConfigurations", Value.list(values));
  }

  /**
   * The <code>Alarm</code> property type specifies a CloudWatch alarm to use for an AWS CodeDeploy
   * deployment group. The <code>Alarm</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codedeploy-deploymentgroup-alarmconfiguration.html">CodeDeploy
   * DeploymentGroup AlarmConfiguration</a> property contains a list of <code>Alarm</code> property
   * types.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.Alarm}.
   */
  public static final class Alarm extends Struct<Alarm> {
    private static final Schema SCHEMA = Schema.of("AWS::CodeDeploy::DeploymentGroup.Alarm");

    public Alarm() {
      super(SCHEMA);
    }

    /**
     * The name of the alarm. Maximum length is 255 characters. Each alarm name can be used only
     * once in a list of alarms.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public Alarm name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Alarm name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The <code>AlarmConfiguration</code> property type configures CloudWatch alarms for an AWS
   * CodeDeploy deployment group. <code>AlarmConfiguration</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-codedeploy-deploymentgroup.html">DeploymentGroup</a>
   * resource.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.AlarmConfiguration}.
   */
  public static final class AlarmConfiguration extends Struct<AlarmConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::CodeDeploy::DeploymentGroup.AlarmConfiguration");

    public AlarmConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of alarms configured for the deployment or deployment group. A maximum of 10 alarms
     * can be added.
     *
     * <p>CloudFormation property {@code Alarms}.
     */
    public AlarmConfiguration alarms(List<Alarm> value) {
      return set("Alarms", Value.listOf(value));
    }

    /** Sets {@code Alarms} to this value; see {@link #alarms(List)}. */
    public AlarmConfiguration alarms(Value<List<Alarm>> value) {
      return set("Alarms", value);
    }

    /** Sets {@code Alarms} to a list of these; see {@link #alarms(List)}. */
    public AlarmConfiguration alarms(Alarm... values) {
      return set("Alarms", Value.list(values));
    }

    /**
     * Indicates whether the alarm configuration is enabled.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public AlarmConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AlarmConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Indicates whether a deployment should continue if information about the current state of
     * alarms cannot be retrieved from Amazon CloudWatch . The default value is <code>false</code> .
     *
     * <ul> <li><code>true</code> : The deployment proceeds even if alarm status information can't
     * be retrieved from CloudWatch . <li><code>false</code> : The deployment stops if alarm status
     * information can't be retrieved from CloudWatch . </ul>
     *
     * <p>CloudFormation property {@code IgnorePollAlarmFailure}.
     */
    public AlarmConfiguration ignorePollAlarmFailure(boolean value) {
      return set("IgnorePollAlarmFailure", Value.of(value));
    }

    /**
     * Sets {@code IgnorePollAlarmFailure} to this value; see {@link
     * #ignorePollAlarmFailure(boolean)}.
     */
    public AlarmConfiguration ignorePollAlarmFailure(Value<Boolean> value) {
      return set("IgnorePollAlarmFailure", value);
    }
  }

  /**
   * The <code>AutoRollbackConfiguration</code> property type configures automatic rollback for an
   * AWS CodeDeploy deployment group when a deployment is not completed successfully. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html#deployments-rollback-and-redeploy-automatic-rollbacks">Automatic
   * Rollbacks</a> in the <em>AWS CodeDeploy User Guide</em> .
   *
   * <p><code>AutoRollbackConfiguration</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-codedeploy-deploymentgroup.html">DeploymentGroup</a>
   * resource.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.AutoRollbackConfiguration}.
   */
  public static final class AutoRollbackConfiguration extends Struct<AutoRollbackConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentGroup.AutoRollbackConfiguration")
        .allowed("Events", "DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM",
            "DEPLOYMENT_STOP_ON_REQUEST")
        .build();

    public AutoRollbackConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether a defined automatic rollback configuration is currently enabled.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public AutoRollbackConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AutoRollbackConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The event type or types that trigger a rollback. Valid values are
     * <code>DEPLOYMENT_FAILURE</code> , <code>DEPLOYMENT_STOP_ON_ALARM</code> , or
     * <code>DEPLOYMENT_STOP_ON_REQUEST</code> .
     *
     * <p>Allowed values: {@code DEPLOYMENT_FAILURE}, {@code DEPLOYMENT_STOP_ON_ALARM}, {@code
     * DEPLOYMENT_STOP_ON_REQUEST}. CloudFormation property {@code Events}.
     */
    public AutoRollbackConfiguration events(List<String> value) {
      return set("Events", Value.listOf(value));
    }

    /** Sets {@code Events} to this value; see {@link #events(List)}. */
    public AutoRollbackConfiguration events(Value<List<String>> value) {
      return set("Events", value);
    }
  }

  /**
   * Information about blue/green deployment options for a deployment group.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.BlueGreenDeploymentConfiguration}.
   */
  public static final class BlueGreenDeploymentConfiguration extends Struct<BlueGreenDeploymentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::CodeDeploy::DeploymentGroup.BlueGreenDeploymentConfiguration");

    public BlueGreenDeploymentConfiguration() {
      super(SCHEMA);
    }

    /**
     * Information about the action to take when newly provisioned instances are ready to receive
     * traffic in a blue/green deployment.
     *
     * <p>CloudFormation property {@code DeploymentReadyOption}.
     */
    public BlueGreenDeploymentConfiguration deploymentReadyOption(Value<DeploymentReadyOption> value) {
      return set("DeploymentReadyOption", value);
    }

    /**
     * Information about how instances are provisioned for a replacement environment in a blue/green
     * deployment.
     *
     * <p>CloudFormation property {@code GreenFleetProvisioningOption}.
     */
    public BlueGreenDeploymentConfiguration greenFleetProvisioningOption(Value<GreenFleetProvisioningOption> value) {
      return set("GreenFleetProvisioningOption", value);
    }

    /**
     * Information about whether to terminate instances in the original fleet during a blue/green
     * deployment.
     *
     * <p>CloudFormation property {@code TerminateBlueInstancesOnDeploymentSuccess}.
     */
    public BlueGreenDeploymentConfiguration terminateBlueInstancesOnDeploymentSuccess(Value<BlueInstanceTerminationOption> value) {
      return set("TerminateBlueInstancesOnDeploymentSuccess", value);
    }
  }

  /**
   * Information about whether instances in the original environment are terminated when a
   * blue/green deployment is successful. <code>BlueInstanceTerminationOption</code> does not apply
   * to Lambda deployments.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.BlueInstanceTerminationOption}.
   */
  public static final class BlueInstanceTerminationOption extends Struct<BlueInstanceTerminationOption> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentGroup.BlueInstanceTerminationOption")
        .allowed("Action", "KEEP_ALIVE", "TERMINATE")
        .build();

    public BlueInstanceTerminationOption() {
      super(SCHEMA);
    }

    /**
     * The action to take on instances in the original environment after a successful blue/green
     * deployment.
     *
     * <ul> <li><code>TERMINATE</code> : Instances are terminated after a specified wait time.
     * <li><code>KEEP_ALIVE</code> : Instances are left running after they are deregistered from the
     * load balancer and removed from the deployment group. </ul>
     *
     * <p>Allowed values: {@code KEEP_ALIVE}, {@code TERMINATE}. CloudFormation property {@code
     * Action}.
     */
    public BlueInstanceTerminationOption action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public BlueInstanceTerminationOption action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * For an Amazon EC2 deployment, the number of minutes to wait after a successful blue/green
     * deployment before terminating instances from the original environment.
     *
     * <p>For an Amazon ECS deployment, the number of minutes before deleting the original (blue)
     * task set. During an Amazon ECS deployment, CodeDeploy shifts traffic from the original (blue)
     * task set to a replacement (green) task set.
     *
     * <p>The maximum setting is 2880 minutes (2 days).
     *
     * <p>CloudFormation property {@code TerminationWaitTimeInMinutes}.
     */
    public BlueInstanceTerminationOption terminationWaitTimeInMinutes(int value) {
      return set("TerminationWaitTimeInMinutes", Value.of(value));
    }

    /**
     * Sets {@code TerminationWaitTimeInMinutes} to this value; see {@link
     * #terminationWaitTimeInMinutes(int)}.
     */
    public BlueInstanceTerminationOption terminationWaitTimeInMinutes(Value<Integer> value) {
      return set("TerminationWaitTimeInMinutes", value);
    }
  }

  /**
   * <code>Deployment</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-codedeploy-deploymentgroup.html">DeploymentGroup</a>
   * resource that specifies an AWS CodeDeploy application revision to be deployed to instances in
   * the deployment group. If you specify an application revision, your target revision is deployed
   * as soon as the provisioning process is complete.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.Deployment}.
   */
  public static final class Deployment extends Struct<Deployment> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentGroup.Deployment")
        .required("Revision")
        .build();

    public Deployment() {
      super(SCHEMA);
    }

    /**
     * A comment about the deployment.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public Deployment description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Deployment description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * If true, then if an <code>ApplicationStop</code> , <code>BeforeBlockTraffic</code> , or
     * <code>AfterBlockTraffic</code> deployment lifecycle event to an instance fails, then the
     * deployment continues to the next deployment lifecycle event. For example, if
     * <code>ApplicationStop</code> fails, the deployment continues with DownloadBundle. If
     * <code>BeforeBlockTraffic</code> fails, the deployment continues with
     * <code>BlockTraffic</code> . If <code>AfterBlockTraffic</code> fails, the deployment continues
     * with <code>ApplicationStop</code> .
     *
     * <p>If false or not specified, then if a lifecycle event fails during a deployment to an
     * instance, that deployment fails. If deployment to that instance is part of an overall
     * deployment and the number of healthy hosts is not less than the minimum number of healthy
     * hosts, then a deployment to the next instance is attempted.
     *
     * <p>During a deployment, the AWS CodeDeploy agent runs the scripts specified for
     * <code>ApplicationStop</code> , <code>BeforeBlockTraffic</code> , and
     * <code>AfterBlockTraffic</code> in the AppSpec file from the previous successful deployment.
     * (All other scripts are run from the AppSpec file in the current deployment.) If one of these
     * scripts contains an error and does not run successfully, the deployment can fail.
     *
     * <p>If the cause of the failure is a script from the last successful deployment that will
     * never run successfully, create a new deployment and use
     * <code>ignoreApplicationStopFailures</code> to specify that the <code>ApplicationStop</code> ,
     * <code>BeforeBlockTraffic</code> , and <code>AfterBlockTraffic</code> failures should be
     * ignored.
     *
     * <p>CloudFormation property {@code IgnoreApplicationStopFailures}.
     */
    public Deployment ignoreApplicationStopFailures(boolean value) {
      return set("IgnoreApplicationStopFailures", Value.of(value));
    }

    /**
     * Sets {@code IgnoreApplicationStopFailures} to this value; see {@link
     * #ignoreApplicationStopFailures(boolean)}.
     */
    public Deployment ignoreApplicationStopFailures(Value<Boolean> value) {
      return set("IgnoreApplicationStopFailures", value);
    }

    /**
     * Information about the location of stored application artifacts and the service from which to
     * retrieve them.
     *
     * <p>Required. CloudFormation property {@code Revision}.
     */
    public Deployment revision(Value<RevisionLocation> value) {
      return set("Revision", value);
    }
  }

  /**
   * Information about how traffic is rerouted to instances in a replacement environment in a
   * blue/green deployment.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.DeploymentReadyOption}.
   */
  public static final class DeploymentReadyOption extends Struct<DeploymentReadyOption> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentGroup.DeploymentReadyOption")
        .allowed("ActionOnTimeout", "CONTINUE_DEPLOYMENT", "STOP_DEPLOYMENT")
        .build();

    public DeploymentReadyOption() {
      super(SCHEMA);
    }

    /**
     * Information about when to reroute traffic from an original environment to a replacement
     * environment in a blue/green deployment.
     *
     * <ul> <li>CONTINUE_DEPLOYMENT: Register new instances with the load balancer immediately after
     * the new application revision is installed on the instances in the replacement environment.
     * <li>STOP_DEPLOYMENT: Do not register new instances with a load balancer unless traffic
     * rerouting is started using <a
     * href="https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ContinueDeployment.html">ContinueDeployment</a>
     * . If traffic rerouting is not started before the end of the specified wait period, the
     * deployment status is changed to Stopped. </ul>
     *
     * <p>Allowed values: {@code CONTINUE_DEPLOYMENT}, {@code STOP_DEPLOYMENT}. CloudFormation
     * property {@code ActionOnTimeout}.
     */
    public DeploymentReadyOption actionOnTimeout(String value) {
      return set("ActionOnTimeout", Value.of(value));
    }

    /** Sets {@code ActionOnTimeout} to this value; see {@link #actionOnTimeout(String)}. */
    public DeploymentReadyOption actionOnTimeout(Value<String> value) {
      return set("ActionOnTimeout", value);
    }

    /**
     * The number of minutes to wait before the status of a blue/green deployment is changed to
     * Stopped if rerouting is not started manually. Applies only to the
     * <code>STOP_DEPLOYMENT</code> option for <code>actionOnTimeout</code> .
     *
     * <p>CloudFormation property {@code WaitTimeInMinutes}.
     */
    public DeploymentReadyOption waitTimeInMinutes(int value) {
      return set("WaitTimeInMinutes", Value.of(value));
    }

    /** Sets {@code WaitTimeInMinutes} to this value; see {@link #waitTimeInMinutes(int)}. */
    public DeploymentReadyOption waitTimeInMinutes(Value<Integer> value) {
      return set("WaitTimeInMinutes", value);
    }
  }

  /**
   * Information about the type of deployment, either in-place or blue/green, you want to run and
   * whether to route deployment traffic behind a load balancer.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.DeploymentStyle}.
   */
  public static final class DeploymentStyle extends Struct<DeploymentStyle> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentGroup.DeploymentStyle")
        .allowed("DeploymentOption", "WITHOUT_TRAFFIC_CONTROL", "WITH_TRAFFIC_CONTROL")
        .allowed("DeploymentType", "BLUE_GREEN", "IN_PLACE")
        .build();

    public DeploymentStyle() {
      super(SCHEMA);
    }

    /**
     * Indicates whether to route deployment traffic behind a load balancer.
     *
     * <p>An Amazon EC2 Application Load Balancer or Network Load Balancer is required for an Amazon
     * ECS deployment.
     *
     * <p>Allowed values: {@code WITHOUT_TRAFFIC_CONTROL}, {@code WITH_TRAFFIC_CONTROL}.
     * CloudFormation property {@code DeploymentOption}.
     */
    public DeploymentStyle deploymentOption(String value) {
      return set("DeploymentOption", Value.of(value));
    }

    /** Sets {@code DeploymentOption} to this value; see {@link #deploymentOption(String)}. */
    public DeploymentStyle deploymentOption(Value<String> value) {
      return set("DeploymentOption", value);
    }

    /**
     * Indicates whether to run an in-place or blue/green deployment.
     *
     * <p>Allowed values: {@code BLUE_GREEN}, {@code IN_PLACE}. CloudFormation property {@code
     * DeploymentType}.
     */
    public DeploymentStyle deploymentType(String value) {
      return set("DeploymentType", Value.of(value));
    }

    /** Sets {@code DeploymentType} to this value; see {@link #deploymentType(String)}. */
    public DeploymentStyle deploymentType(Value<String> value) {
      return set("DeploymentType", value);
    }
  }

  /**
   * Information about an Amazon EC2 tag filter.
   *
   * <p>For more information about using tags and tag groups to help manage your Amazon EC2
   * instances and on-premises instances, see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-tagging.html">Tagging
   * Instances for Deployment Groups in AWS CodeDeploy</a> in the <em>AWS CodeDeploy User Guide</em>
   * .
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.EC2TagFilter}.
   */
  public static final class EC2TagFilter extends Struct<EC2TagFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentGroup.EC2TagFilter")
        .allowed("Type", "KEY_AND_VALUE", "KEY_ONLY", "VALUE_ONLY")
        .build();

    public EC2TagFilter() {
      super(SCHEMA);
    }

    /**
     * The tag filter key.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public EC2TagFilter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public EC2TagFilter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The tag filter type:
     *
     * <ul> <li><code>KEY_ONLY</code> : Key only. <li><code>VALUE_ONLY</code> : Value only.
     * <li><code>KEY_AND_VALUE</code> : Key and value. </ul>
     *
     * <p>Allowed values: {@code KEY_AND_VALUE}, {@code KEY_ONLY}, {@code VALUE_ONLY}.
     * CloudFormation property {@code Type}.
     */
    public EC2TagFilter type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EC2TagFilter type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The tag filter value.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public EC2TagFilter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EC2TagFilter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The <code>EC2TagSet</code> property type specifies information about groups of tags applied to
   * Amazon EC2 instances. The deployment group includes only Amazon EC2 instances identified by all
   * the tag groups. <code>EC2TagSet</code> cannot be used in the same template as
   * <code>EC2TagFilter</code> .
   *
   * <p>For information about using tags and tag groups to help manage your Amazon EC2 instances and
   * on-premises instances, see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-tagging.html">Tagging
   * Instances for Deployment Groups in AWS CodeDeploy</a> .
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.EC2TagSet}.
   */
  public static final class EC2TagSet extends Struct<EC2TagSet> {
    private static final Schema SCHEMA = Schema.of("AWS::CodeDeploy::DeploymentGroup.EC2TagSet");

    public EC2TagSet() {
      super(SCHEMA);
    }

    /**
     * The Amazon EC2 tags that are already applied to Amazon EC2 instances that you want to include
     * in the deployment group. CodeDeploy includes all Amazon EC2 instances identified by any of
     * the tags you specify in this deployment group.
     *
     * <p>Duplicates are not allowed.
     *
     * <p>CloudFormation property {@code Ec2TagSetList}.
     */
    public EC2TagSet ec2TagSetList(List<EC2TagSetListObject> value) {
      return set("Ec2TagSetList", Value.listOf(value));
    }

    /** Sets {@code Ec2TagSetList} to this value; see {@link #ec2TagSetList(List)}. */
    public EC2TagSet ec2TagSetList(Value<List<EC2TagSetListObject>> value) {
      return set("Ec2TagSetList", value);
    }

    /** Sets {@code Ec2TagSetList} to a list of these; see {@link #ec2TagSetList(List)}. */
    public EC2TagSet ec2TagSetList(EC2TagSetListObject... values) {
      return set("Ec2TagSetList", Value.list(values));
    }
  }

  /**
   * The <code>EC2TagSet</code> property type specifies information about groups of tags applied to
   * Amazon EC2 instances. The deployment group includes only Amazon EC2 instances identified by all
   * the tag groups. Cannot be used in the same template as EC2TagFilters.
   *
   * <p>For more information about using tags and tag groups to help manage your Amazon EC2
   * instances and on-premises instances, see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-tagging.html">Tagging
   * Instances for Deployment Groups in AWS CodeDeploy</a> in the <em>AWS CodeDeploy User Guide</em>
   * .
   *
   * <p><code>EC2TagSet</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-codedeploy-deploymentgroup.html">DeploymentGroup</a>
   * resource type.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.EC2TagSetListObject}.
   */
  public static final class EC2TagSetListObject extends Struct<EC2TagSetListObject> {
    private static final Schema SCHEMA = Schema.of("AWS::CodeDeploy::DeploymentGroup.EC2TagSetListObject");

    public EC2TagSetListObject() {
      super(SCHEMA);
    }

    /**
     * A list that contains other lists of Amazon EC2 instance tag groups. For an instance to be
     * included in the deployment group, it must be identified by all of the tag groups in the list.
     *
     * <p>CloudFormation property {@code Ec2TagGroup}.
     */
    public EC2TagSetListObject ec2TagGroup(List<EC2TagFilter> value) {
      return set("Ec2TagGroup", Value.listOf(value));
    }

    /** Sets {@code Ec2TagGroup} to this value; see {@link #ec2TagGroup(List)}. */
    public EC2TagSetListObject ec2TagGroup(Value<List<EC2TagFilter>> value) {
      return set("Ec2TagGroup", value);
    }

    /** Sets {@code Ec2TagGroup} to a list of these; see {@link #ec2TagGroup(List)}. */
    public EC2TagSetListObject ec2TagGroup(EC2TagFilter... values) {
      return set("Ec2TagGroup", Value.list(values));
    }
  }

  /**
   * Contains the service and cluster names used to identify an Amazon ECS deployment's target.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.ECSService}.
   */
  public static final class ECSService extends Struct<ECSService> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentGroup.ECSService")
        .required("ClusterName", "ServiceName")
        .build();

    public ECSService() {
      super(SCHEMA);
    }

    /**
     * The name of the cluster that the Amazon ECS service is associated with.
     *
     * <p>Required. CloudFormation property {@code ClusterName}.
     */
    public ECSService clusterName(String value) {
      return set("ClusterName", Value.of(value));
    }

    /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
    public ECSService clusterName(Value<String> value) {
      return set("ClusterName", value);
    }

    /**
     * The name of the target Amazon ECS service.
     *
     * <p>Required. CloudFormation property {@code ServiceName}.
     */
    public ECSService serviceName(String value) {
      return set("ServiceName", Value.of(value));
    }

    /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
    public ECSService serviceName(Value<String> value) {
      return set("ServiceName", value);
    }
  }

  /**
   * The <code>ELBInfo</code> property type specifies information about the Elastic Load Balancing
   * load balancer used for an CodeDeploy deployment group.
   *
   * <p>If you specify the <code>ELBInfo</code> property, the
   * <code>DeploymentStyle.DeploymentOption</code> property must be set to
   * <code>WITH_TRAFFIC_CONTROL</code> for AWS CodeDeploy to route your traffic using the specified
   * load balancers.
   *
   * <p><code>ELBInfo</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codedeploy-deploymentgroup-loadbalancerinfo.html">AWS
   * CodeDeploy DeploymentGroup LoadBalancerInfo</a> property type.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.ELBInfo}.
   */
  public static final class ELBInfo extends Struct<ELBInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::CodeDeploy::DeploymentGroup.ELBInfo");

    public ELBInfo() {
      super(SCHEMA);
    }

    /**
     * For blue/green deployments, the name of the load balancer that is used to route traffic from
     * original instances to replacement instances in a blue/green deployment. For in-place
     * deployments, the name of the load balancer that instances are deregistered from so they are
     * not serving traffic during a deployment, and then re-registered with after the deployment is
     * complete.
     *
     * <p>CloudFormation supports blue/green deployments on AWS Lambda compute platforms only.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public ELBInfo name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ELBInfo name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * <code>GitHubLocation</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codedeploy-deploymentgroup-deployment-revision.html">CodeDeploy
   * DeploymentGroup Revision</a> property that specifies the location of an application revision
   * that is stored in GitHub.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.GitHubLocation}.
   */
  public static final class GitHubLocation extends Struct<GitHubLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentGroup.GitHubLocation")
        .required("CommitId", "Repository")
        .build();

    public GitHubLocation() {
      super(SCHEMA);
    }

    /**
     * The SHA1 commit ID of the GitHub commit that represents the bundled artifacts for the
     * application revision.
     *
     * <p>Required. CloudFormation property {@code CommitId}.
     */
    public GitHubLocation commitId(String value) {
      return set("CommitId", Value.of(value));
    }

    /** Sets {@code CommitId} to this value; see {@link #commitId(String)}. */
    public GitHubLocation commitId(Value<String> value) {
      return set("CommitId", value);
    }

    /**
     * The GitHub account and repository pair that stores a reference to the commit that represents
     * the bundled artifacts for the application revision.
     *
     * <p>Specify the value as <code>account/repository</code> .
     *
     * <p>Required. CloudFormation property {@code Repository}.
     */
    public GitHubLocation repository(String value) {
      return set("Repository", Value.of(value));
    }

    /** Sets {@code Repository} to this value; see {@link #repository(String)}. */
    public GitHubLocation repository(Value<String> value) {
      return set("Repository", value);
    }
  }

  /**
   * Information about the instances that belong to the replacement environment in a blue/green
   * deployment.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.GreenFleetProvisioningOption}.
   */
  public static final class GreenFleetProvisioningOption extends Struct<GreenFleetProvisioningOption> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentGroup.GreenFleetProvisioningOption")
        .allowed("Action", "COPY_AUTO_SCALING_GROUP", "DISCOVER_EXISTING")
        .build();

    public GreenFleetProvisioningOption() {
      super(SCHEMA);
    }

    /**
     * The method used to add instances to a replacement environment.
     *
     * <ul> <li><code>DISCOVER_EXISTING</code> : Use instances that already exist or will be created
     * manually. <li><code>COPY_AUTO_SCALING_GROUP</code> : Use settings from a specified Auto
     * Scaling group to define and create instances in a new Auto Scaling group. </ul>
     *
     * <p>Allowed values: {@code COPY_AUTO_SCALING_GROUP}, {@code DISCOVER_EXISTING}. CloudFormation
     * property {@code Action}.
     */
    public GreenFleetProvisioningOption action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public GreenFleetProvisioningOption action(Value<String> value) {
      return set("Action", value);
    }
  }

  /**
   * The <code>LoadBalancerInfo</code> property type specifies information about the load balancer
   * or target group used for an AWS CodeDeploy deployment group. For more information, see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/integrations-aws-elastic-load-balancing.html">Integrating
   * CodeDeploy with Elastic Load Balancing</a> in the <em>AWS CodeDeploy User Guide</em> .
   *
   * <p>For CloudFormation to use the properties specified in <code>LoadBalancerInfo</code> , the
   * <code>DeploymentStyle.DeploymentOption</code> property must be set to
   * <code>WITH_TRAFFIC_CONTROL</code> . If <code>DeploymentStyle.DeploymentOption</code> is not set
   * to <code>WITH_TRAFFIC_CONTROL</code> , CloudFormation ignores any settings specified in
   * <code>LoadBalancerInfo</code> .
   *
   * <p>CloudFormation supports blue/green deployments on the AWS Lambda compute platform only.
   *
   * <p><code>LoadBalancerInfo</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-codedeploy-deploymentgroup.html">DeploymentGroup</a>
   * resource.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.LoadBalancerInfo}.
   */
  public static final class LoadBalancerInfo extends Struct<LoadBalancerInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::CodeDeploy::DeploymentGroup.LoadBalancerInfo");

    public LoadBalancerInfo() {
      super(SCHEMA);
    }

    /**
     * An array that contains information about the load balancers to use for load balancing in a
     * deployment. If you're using Classic Load Balancers, specify those load balancers in this
     * array.
     *
     * <p>You can add up to 10 load balancers to the array. &gt; If you're using Application Load
     * Balancers or Network Load Balancers, use the <code>targetGroupInfoList</code> array instead
     * of this one.
     *
     * <p>CloudFormation property {@code ElbInfoList}.
     */
    public LoadBalancerInfo elbInfoList(List<ELBInfo> value) {
      return set("ElbInfoList", Value.listOf(value));
    }

    /** Sets {@code ElbInfoList} to this value; see {@link #elbInfoList(List)}. */
    public LoadBalancerInfo elbInfoList(Value<List<ELBInfo>> value) {
      return set("ElbInfoList", value);
    }

    /** Sets {@code ElbInfoList} to a list of these; see {@link #elbInfoList(List)}. */
    public LoadBalancerInfo elbInfoList(ELBInfo... values) {
      return set("ElbInfoList", Value.list(values));
    }

    /**
     * An array that contains information about the target groups to use for load balancing in a
     * deployment. If you're using Application Load Balancers and Network Load Balancers, specify
     * their associated target groups in this array.
     *
     * <p>You can add up to 10 target groups to the array. &gt; If you're using Classic Load
     * Balancers, use the <code>elbInfoList</code> array instead of this one.
     *
     * <p>CloudFormation property {@code TargetGroupInfoList}.
     */
    public LoadBalancerInfo targetGroupInfoList(List<TargetGroupInfo> value) {
      return set("TargetGroupInfoList", Value.listOf(value));
    }

    /** Sets {@code TargetGroupInfoList} to this value; see {@link #targetGroupInfoList(List)}. */
    public LoadBalancerInfo targetGroupInfoList(Value<List<TargetGroupInfo>> value) {
      return set("TargetGroupInfoList", value);
    }

    /**
     * Sets {@code TargetGroupInfoList} to a list of these; see {@link #targetGroupInfoList(List)}.
     */
    public LoadBalancerInfo targetGroupInfoList(TargetGroupInfo... values) {
      return set("TargetGroupInfoList", Value.list(values));
    }

    /**
     * The target group pair information. This is an array of <code>TargeGroupPairInfo</code>
     * objects with a maximum size of one.
     *
     * <p>CloudFormation property {@code TargetGroupPairInfoList}.
     */
    public LoadBalancerInfo targetGroupPairInfoList(List<TargetGroupPairInfo> value) {
      return set("TargetGroupPairInfoList", Value.listOf(value));
    }

    /**
     * Sets {@code TargetGroupPairInfoList} to this value; see {@link
     * #targetGroupPairInfoList(List)}.
     */
    public LoadBalancerInfo targetGroupPairInfoList(Value<List<TargetGroupPairInfo>> value) {
      return set("TargetGroupPairInfoList", value);
    }

    /**
     * Sets {@code TargetGroupPairInfoList} to a list of these; see {@link
     * #targetGroupPairInfoList(List)}.
     */
    public LoadBalancerInfo targetGroupPairInfoList(TargetGroupPairInfo... values) {
      return set("TargetGroupPairInfoList", Value.list(values));
    }
  }

  /**
   * The <code>OnPremisesTagSet</code> property type specifies a list containing other lists of
   * on-premises instance tag groups. In order for an instance to be included in the deployment
   * group, it must be identified by all the tag groups in the list.
   *
   * <p>For more information about using tags and tag groups to help manage your Amazon EC2
   * instances and on-premises instances, see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-tagging.html">Tagging
   * Instances for Deployment Groups in AWS CodeDeploy</a> in the <em>AWS CodeDeploy User Guide</em>
   * .
   *
   * <p><code>OnPremisesTagSet</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-codedeploy-deploymentgroup.html">DeploymentGroup</a>
   * resource.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.OnPremisesTagSet}.
   */
  public static final class OnPremisesTagSet extends Struct<OnPremisesTagSet> {
    private static final Schema SCHEMA = Schema.of("AWS::CodeDeploy::DeploymentGroup.OnPremisesTagSet");

    public OnPremisesTagSet() {
      super(SCHEMA);
    }

    /**
     * A list that contains other lists of on-premises instance tag groups. For an instance to be
     * included in the deployment group, it must be identified by all of the tag groups in the list.
     *
     * <p>Duplicates are not allowed.
     *
     * <p>CloudFormation property {@code OnPremisesTagSetList}.
     */
    public OnPremisesTagSet onPremisesTagSetList(List<OnPremisesTagSetListObject> value) {
      return set("OnPremisesTagSetList", Value.listOf(value));
    }

    /** Sets {@code OnPremisesTagSetList} to this value; see {@link #onPremisesTagSetList(List)}. */
    public OnPremisesTagSet onPremisesTagSetList(Value<List<OnPremisesTagSetListObject>> value) {
      return set("OnPremisesTagSetList", value);
    }

    /**
     * Sets {@code OnPremisesTagSetList} to a list of these; see {@link
     * #onPremisesTagSetList(List)}.
     */
    public OnPremisesTagSet onPremisesTagSetList(OnPremisesTagSetListObject... values) {
      return set("OnPremisesTagSetList", Value.list(values));
    }
  }

  /**
   * The <code>OnPremisesTagSetListObject</code> property type specifies lists of on-premises
   * instance tag groups. In order for an instance to be included in the deployment group, it must
   * be identified by all the tag groups in the list.
   *
   * <p><code>OnPremisesTagSetListObject</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codedeploy-deploymentgroup-onpremisestagset.html">CodeDeploy
   * DeploymentGroup OnPremisesTagSet</a> property type.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.OnPremisesTagSetListObject}.
   */
  public static final class OnPremisesTagSetListObject extends Struct<OnPremisesTagSetListObject> {
    private static final Schema SCHEMA = Schema.of("AWS::CodeDeploy::DeploymentGroup.OnPremisesTagSetListObject");

    public OnPremisesTagSetListObject() {
      super(SCHEMA);
    }

    /**
     * Information about groups of on-premises instance tags.
     *
     * <p>CloudFormation property {@code OnPremisesTagGroup}.
     */
    public OnPremisesTagSetListObject onPremisesTagGroup(List<TagFilter> value) {
      return set("OnPremisesTagGroup", Value.listOf(value));
    }

    /** Sets {@code OnPremisesTagGroup} to this value; see {@link #onPremisesTagGroup(List)}. */
    public OnPremisesTagSetListObject onPremisesTagGroup(Value<List<TagFilter>> value) {
      return set("OnPremisesTagGroup", value);
    }

    /**
     * Sets {@code OnPremisesTagGroup} to a list of these; see {@link #onPremisesTagGroup(List)}.
     */
    public OnPremisesTagSetListObject onPremisesTagGroup(TagFilter... values) {
      return set("OnPremisesTagGroup", Value.list(values));
    }
  }

  /**
   * <code>RevisionLocation</code> is a property that defines the location of the CodeDeploy
   * application revision to deploy.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.RevisionLocation}.
   */
  public static final class RevisionLocation extends Struct<RevisionLocation> {
    private static final Schema SCHEMA = Schema.of("AWS::CodeDeploy::DeploymentGroup.RevisionLocation");

    public RevisionLocation() {
      super(SCHEMA);
    }

    /**
     * Information about the location of application artifacts stored in GitHub.
     *
     * <p>CloudFormation property {@code GitHubLocation}.
     */
    public RevisionLocation gitHubLocation(Value<GitHubLocation> value) {
      return set("GitHubLocation", value);
    }

    /**
     * The type of application revision:
     *
     * <ul> <li>S3: An application revision stored in Amazon S3. <li>GitHub: An application revision
     * stored in GitHub (EC2/On-premises deployments only). <li>String: A YAML-formatted or
     * JSON-formatted string ( AWS Lambda deployments only). <li>AppSpecContent: An
     * <code>AppSpecContent</code> object that contains the contents of an AppSpec file for an AWS
     * Lambda or Amazon ECS deployment. The content is formatted as JSON or YAML stored as a
     * RawString. </ul>
     *
     * <p>CloudFormation property {@code RevisionType}.
     */
    public RevisionLocation revisionType(String value) {
      return set("RevisionType", Value.of(value));
    }

    /** Sets {@code RevisionType} to this value; see {@link #revisionType(String)}. */
    public RevisionLocation revisionType(Value<String> value) {
      return set("RevisionType", value);
    }

    /**
     * Information about the location of a revision stored in Amazon S3.
     *
     * <p>CloudFormation property {@code S3Location}.
     */
    public RevisionLocation s3Location(Value<S3Location> value) {
      return set("S3Location", value);
    }

    /**
     * Sets {@code S3Location} to the asset's bucket and key, where the deployer uploads it; see
     * {@link #s3Location(Value)}.
     */
    public RevisionLocation s3Location(Asset asset) {
      return set("S3Location", new S3Location().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * <code>S3Location</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codedeploy-deploymentgroup-deployment-revision.html">CodeDeploy
   * DeploymentGroup Revision</a> property that specifies the location of an application revision
   * that is stored in Amazon Simple Storage Service ( Amazon S3 ).
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentGroup.S3Location")
        .required("Bucket", "Key")
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon S3 bucket where the application revision is stored.
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
     * The file type of the application revision. Must be one of the following:
     *
     * <ul> <li>JSON <li>tar: A tar archive file. <li>tgz: A compressed tar archive file. <li>YAML
     * <li>zip: A zip archive file. </ul>
     *
     * <p>CloudFormation property {@code BundleType}.
     */
    public S3Location bundleType(String value) {
      return set("BundleType", Value.of(value));
    }

    /** Sets {@code BundleType} to this value; see {@link #bundleType(String)}. */
    public S3Location bundleType(Value<String> value) {
      return set("BundleType", value);
    }

    /**
     * The ETag of the Amazon S3 object that represents the bundled artifacts for the application
     * revision.
     *
     * <p>If the ETag is not specified as an input parameter, ETag validation of the object is
     * skipped.
     *
     * <p>CloudFormation property {@code ETag}.
     */
    public S3Location eTag(String value) {
      return set("ETag", Value.of(value));
    }

    /** Sets {@code ETag} to this value; see {@link #eTag(String)}. */
    public S3Location eTag(Value<String> value) {
      return set("ETag", value);
    }

    /**
     * The name of the Amazon S3 object that represents the bundled artifacts for the application
     * revision.
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
     * A specific version of the Amazon S3 object that represents the bundled artifacts for the
     * application revision.
     *
     * <p>If the version is not specified, the system uses the most recent version by default.
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
   * <code>TagFilter</code> is a property type of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-codedeploy-deploymentgroup.html">AWS::CodeDeploy::DeploymentGroup</a>
   * resource that specifies which on-premises instances to associate with the deployment group. To
   * register on-premise instances with AWS CodeDeploy , see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-on-premises.html">Configure
   * Existing On-Premises Instances by Using AWS CodeDeploy</a> in the <em>AWS CodeDeploy User
   * Guide</em> .
   *
   * <p>For more information about using tags and tag groups to help manage your Amazon EC2
   * instances and on-premises instances, see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-tagging.html">Tagging
   * Instances for Deployment Groups in AWS CodeDeploy</a> in the <em>AWS CodeDeploy User Guide</em>
   * .
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.TagFilter}.
   */
  public static final class TagFilter extends Struct<TagFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentGroup.TagFilter")
        .allowed("Type", "KEY_AND_VALUE", "KEY_ONLY", "VALUE_ONLY")
        .build();

    public TagFilter() {
      super(SCHEMA);
    }

    /**
     * The on-premises instance tag filter key.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public TagFilter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagFilter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The on-premises instance tag filter type:
     *
     * <ul> <li>KEY_ONLY: Key only. <li>VALUE_ONLY: Value only. <li>KEY_AND_VALUE: Key and value.
     * </ul>
     *
     * <p>Allowed values: {@code KEY_AND_VALUE}, {@code KEY_ONLY}, {@code VALUE_ONLY}.
     * CloudFormation property {@code Type}.
     */
    public TagFilter type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public TagFilter type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The on-premises instance tag filter value.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public TagFilter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagFilter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The <code>TargetGroupInfo</code> property type specifies information about a target group in
   * Elastic Load Balancing to use in a deployment. Instances are registered as targets in a target
   * group, and traffic is routed to the target group. For more information, see <a
   * href="https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TargetGroupInfo.html">TargetGroupInfo</a>
   * in the <em>AWS CodeDeploy API Reference</em>
   *
   * <p>If you specify the <code>TargetGroupInfo</code> property, the
   * <code>DeploymentStyle.DeploymentOption</code> property must be set to
   * <code>WITH_TRAFFIC_CONTROL</code> for CodeDeploy to route your traffic using the specified
   * target groups.
   *
   * <p><code>TargetGroupInfo</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codedeploy-deploymentgroup-loadbalancerinfo.html">LoadBalancerInfo</a>
   * property type.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.TargetGroupInfo}.
   */
  public static final class TargetGroupInfo extends Struct<TargetGroupInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::CodeDeploy::DeploymentGroup.TargetGroupInfo");

    public TargetGroupInfo() {
      super(SCHEMA);
    }

    /**
     * For blue/green deployments, the name of the target group that instances in the original
     * environment are deregistered from, and instances in the replacement environment registered
     * with. For in-place deployments, the name of the target group that instances are deregistered
     * from, so they are not serving traffic during a deployment, and then re-registered with after
     * the deployment completes. No duplicates allowed.
     *
     * <p>CloudFormation supports blue/green deployments on AWS Lambda compute platforms only.
     *
     * <p>This value cannot exceed 32 characters, so you should use the <code>Name</code> property
     * of the target group, or the <code>TargetGroupName</code> attribute with the
     * <code>Fn::GetAtt</code> intrinsic function, as shown in the following example. Don't use the
     * group's Amazon Resource Name (ARN) or <code>TargetGroupFullName</code> attribute.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public TargetGroupInfo name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TargetGroupInfo name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Information about two target groups and how traffic is routed during an Amazon ECS deployment.
   * An optional test traffic route can be specified.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.TargetGroupPairInfo}.
   */
  public static final class TargetGroupPairInfo extends Struct<TargetGroupPairInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::CodeDeploy::DeploymentGroup.TargetGroupPairInfo");

    public TargetGroupPairInfo() {
      super(SCHEMA);
    }

    /**
     * The path used by a load balancer to route production traffic when an Amazon ECS deployment is
     * complete.
     *
     * <p>CloudFormation property {@code ProdTrafficRoute}.
     */
    public TargetGroupPairInfo prodTrafficRoute(Value<TrafficRoute> value) {
      return set("ProdTrafficRoute", value);
    }

    /**
     * One pair of target groups. One is associated with the original task set. The second is
     * associated with the task set that serves traffic after the deployment is complete.
     *
     * <p>CloudFormation property {@code TargetGroups}.
     */
    public TargetGroupPairInfo targetGroups(List<TargetGroupInfo> value) {
      return set("TargetGroups", Value.listOf(value));
    }

    /** Sets {@code TargetGroups} to this value; see {@link #targetGroups(List)}. */
    public TargetGroupPairInfo targetGroups(Value<List<TargetGroupInfo>> value) {
      return set("TargetGroups", value);
    }

    /** Sets {@code TargetGroups} to a list of these; see {@link #targetGroups(List)}. */
    public TargetGroupPairInfo targetGroups(TargetGroupInfo... values) {
      return set("TargetGroups", Value.list(values));
    }

    /**
     * An optional path used by a load balancer to route test traffic after an Amazon ECS
     * deployment. Validation can occur while test traffic is served during a deployment.
     *
     * <p>CloudFormation property {@code TestTrafficRoute}.
     */
    public TargetGroupPairInfo testTrafficRoute(Value<TrafficRoute> value) {
      return set("TestTrafficRoute", value);
    }
  }

  /**
   * Information about a listener. The listener contains the path used to route traffic that is
   * received from the load balancer to a target group.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.TrafficRoute}.
   */
  public static final class TrafficRoute extends Struct<TrafficRoute> {
    private static final Schema SCHEMA = Schema.of("AWS::CodeDeploy::DeploymentGroup.TrafficRoute");

    public TrafficRoute() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of one listener. The listener identifies the route between a
     * target group and a load balancer. This is an array of strings with a maximum size of one.
     *
     * <p>CloudFormation property {@code ListenerArns}.
     */
    public TrafficRoute listenerArns(List<String> value) {
      return set("ListenerArns", Value.listOf(value));
    }

    /** Sets {@code ListenerArns} to this value; see {@link #listenerArns(List)}. */
    public TrafficRoute listenerArns(Value<List<String>> value) {
      return set("ListenerArns", value);
    }
  }

  /**
   * Information about notification triggers for the deployment group.
   *
   * <p>Property type {@code AWS::CodeDeploy::DeploymentGroup.TriggerConfig}.
   */
  public static final class TriggerConfig extends Struct<TriggerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::DeploymentGroup.TriggerConfig")
        .allowed("TriggerEvents", "DeploymentFailure", "DeploymentReady", "DeploymentRollback",
            "DeploymentStart", "DeploymentStop", "DeploymentSuccess", "InstanceFailure",
            "InstanceReady", "InstanceStart", "InstanceSuccess")
        .build();

    public TriggerConfig() {
      super(SCHEMA);
    }

    /**
     * The event type or types that trigger notifications.
     *
     * <p>Allowed values: {@code DeploymentFailure}, {@code DeploymentReady}, {@code
     * DeploymentRollback}, {@code DeploymentStart}, {@code DeploymentStop}, {@code
     * DeploymentSuccess}, {@code InstanceFailure}, {@code InstanceReady}, {@code InstanceStart},
     * {@code InstanceSuccess}. CloudFormation property {@code TriggerEvents}.
     */
    public TriggerConfig triggerEvents(List<String> value) {
      return set("TriggerEvents", Value.listOf(value));
    }

    /** Sets {@code TriggerEvents} to this value; see {@link #triggerEvents(List)}. */
    public TriggerConfig triggerEvents(Value<List<String>> value) {
      return set("TriggerEvents", value);
    }

    /**
     * The name of the notification trigger.
     *
     * <p>CloudFormation property {@code TriggerName}.
     */
    public TriggerConfig triggerName(String value) {
      return set("TriggerName", Value.of(value));
    }

    /** Sets {@code TriggerName} to this value; see {@link #triggerName(String)}. */
    public TriggerConfig triggerName(Value<String> value) {
      return set("TriggerName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon Simple Notification Service topic through which
     * notifications about deployment or instance events are sent.
     *
     * <p>CloudFormation property {@code TriggerTargetArn}.
     */
    public TriggerConfig triggerTargetArn(String value) {
      return set("TriggerTargetArn", Value.of(value));
    }

    /** Sets {@code TriggerTargetArn} to this value; see {@link #triggerTargetArn(String)}. */
    public TriggerConfig triggerTargetArn(Value<String> value) {
      return set("TriggerTargetArn", value);
    }
  }
}
