// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.autoscaling;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.elasticloadbalancing.LoadBalancer;
import io.tropo4j.resources.elasticloadbalancingv2.TargetGroup;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.sqs.Queue;
import java.util.List;

/**
 * The <code>AWS::AutoScaling::AutoScalingGroup</code> resource defines an Amazon EC2 Auto Scaling
 * group, which is a collection of Amazon EC2 instances that are treated as a logical grouping for
 * the purposes of automatic scaling and management.
 *
 * <p>For more information about Amazon EC2 Auto Scaling, see the <a
 * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/what-is-amazon-ec2-auto-scaling.html">Amazon
 * EC2 Auto Scaling User Guide</a> .
 *
 * <p>Amazon EC2 Auto Scaling configures instances launched as part of an Auto Scaling group using
 * either a <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-launchtemplate.html">launch
 * template</a> or a launch configuration. We strongly recommend that you do not use launch
 * configurations. For more information, see <a
 * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/launch-configurations.html">Launch
 * configurations</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> . For help migrating from
 * launch configurations to launch templates, see <a
 * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/migrate-launch-configurations-with-cloudformation.html">Migrate
 * AWS CloudFormation stacks from launch configurations to launch templates</a> in the <em>Amazon
 * EC2 Auto Scaling User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AutoScaling::AutoScalingGroup}.
 */
public final class AutoScalingGroup extends Resource<AutoScalingGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup")
      .required("MaxSize", "MinSize")
      .constrain("AutoScalingGroupName", Constraint.of().minLength(1).maxLength(255))
      .constrain("AvailabilityZoneIds", Constraint.of().minLength(1).maxLength(255))
      .constrain("AvailabilityZones", Constraint.of().minLength(1).maxLength(255))
      .allowed("DeletionProtection", "none", "prevent-all-deletion", "prevent-force-deletion")
      .constrain("DesiredCapacity", Constraint.of().pattern("^[0-9]+$"))
      .constrain("DesiredCapacityType", Constraint.of().minLength(1).maxLength(255))
      .constrain("HealthCheckType", Constraint.of().pattern("^(EBS|EC2|ELB|VPC_LATTICE)(,(EBS|EC2|ELB|VPC_LATTICE))*,?$").minLength(1).maxLength(32))
      .constrain("InstanceId", Constraint.of().minLength(1).maxLength(19))
      .constrain("LaunchConfigurationName", Constraint.of().minLength(1).maxLength(255))
      .references("LaunchConfigurationName", "AWS::AutoScaling::LaunchConfiguration.Ref")
      .constrain("LoadBalancerNames", Constraint.of().minLength(1).maxLength(255))
      .references("LoadBalancerNames", "AWS::ElasticLoadBalancing::LoadBalancer.Ref")
      .constrain("MaxSize", Constraint.of().pattern("^[0-9]+$"))
      .constrain("MinSize", Constraint.of().pattern("^[0-9]+$"))
      .constrain("PlacementGroup", Constraint.of().minLength(1).maxLength(255))
      .constrain("ServiceLinkedRoleARN", Constraint.of().minLength(1).maxLength(1600).format("AWS::IAM::Role.Arn"))
      .references("ServiceLinkedRoleARN", "AWS::IAM::Role.Arn")
      .constrain("TargetGroupARNs", Constraint.of().minLength(1).maxLength(511))
      .references("TargetGroupARNs", "AWS::ElasticLoadBalancingV2::TargetGroup.Ref")
      .constrain("TerminationPolicies", Constraint.of().minLength(1).maxLength(1600))
      .references("VPCZoneIdentifier", "AWS::EC2::Subnet.Ref")
      .refYields("AutoScalingGroupName")
      .attributes("AutoScalingGroupARN")
      .tags("Tags", Schema.TagForm.AUTOSCALING)
      .build();

  public AutoScalingGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Auto Scaling group. This name must be unique per Region per account.
   *
   * <p>The name can contain any ASCII character 33 to 126 including most punctuation characters,
   * digits, and upper and lowercased letters.
   *
   * <p>You cannot use a colon (:) in the name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code AutoScalingGroupName}.
   */
  public AutoScalingGroup autoScalingGroupName(String value) {
    return set("AutoScalingGroupName", Value.of(value));
  }

  /** Sets {@code AutoScalingGroupName} to this value; see {@link #autoScalingGroupName(String)}. */
  public AutoScalingGroup autoScalingGroupName(Value<String> value) {
    return set("AutoScalingGroupName", value);
  }

  /**
   * The EC2 instance capacity distribution across Availability Zones for the Auto Scaling group.
   *
   * <p>CloudFormation property {@code AvailabilityZoneDistribution}.
   */
  public AutoScalingGroup availabilityZoneDistribution(Value<AvailabilityZoneDistribution> value) {
    return set("AvailabilityZoneDistribution", value);
  }

  /**
   * The Availability Zone IDs where the Auto Scaling group can launch instances.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code AvailabilityZoneIds}.
   */
  public AutoScalingGroup availabilityZoneIds(List<String> value) {
    return set("AvailabilityZoneIds", Value.listOf(value));
  }

  /** Sets {@code AvailabilityZoneIds} to this value; see {@link #availabilityZoneIds(List)}. */
  public AutoScalingGroup availabilityZoneIds(Value<List<String>> value) {
    return set("AvailabilityZoneIds", value);
  }

  /**
   * The Availability Zone impairment policy for the Auto Scaling group.
   *
   * <p>CloudFormation property {@code AvailabilityZoneImpairmentPolicy}.
   */
  public AutoScalingGroup availabilityZoneImpairmentPolicy(Value<AvailabilityZoneImpairmentPolicy> value) {
    return set("AvailabilityZoneImpairmentPolicy", value);
  }

  /**
   * A list of Availability Zones where instances in the Auto Scaling group can be created. Used for
   * launching into the default VPC subnet in each Availability Zone when not using the
   * <code>VPCZoneIdentifier</code> property, or for attaching a network interface when an existing
   * network interface ID is specified in a launch template.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code AvailabilityZones}.
   */
  public AutoScalingGroup availabilityZones(List<String> value) {
    return set("AvailabilityZones", Value.listOf(value));
  }

  /** Sets {@code AvailabilityZones} to this value; see {@link #availabilityZones(List)}. */
  public AutoScalingGroup availabilityZones(Value<List<String>> value) {
    return set("AvailabilityZones", value);
  }

  /**
   * Indicates whether Capacity Rebalancing is enabled. Otherwise, Capacity Rebalancing is disabled.
   * When you turn on Capacity Rebalancing, Amazon EC2 Auto Scaling attempts to launch a Spot
   * Instance whenever Amazon EC2 notifies that a Spot Instance is at an elevated risk of
   * interruption. After launching a new instance, it then terminates an old instance. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-capacity-rebalancing.html">Use
   * Capacity Rebalancing to handle Amazon EC2 Spot Interruptions</a> in the in the <em>Amazon EC2
   * Auto Scaling User Guide</em> .
   *
   * <p>CloudFormation property {@code CapacityRebalance}.
   */
  public AutoScalingGroup capacityRebalance(boolean value) {
    return set("CapacityRebalance", Value.of(value));
  }

  /** Sets {@code CapacityRebalance} to this value; see {@link #capacityRebalance(boolean)}. */
  public AutoScalingGroup capacityRebalance(Value<Boolean> value) {
    return set("CapacityRebalance", value);
  }

  /**
   * The capacity reservation specification for the Auto Scaling group.
   *
   * <p>CloudFormation property {@code CapacityReservationSpecification}.
   */
  public AutoScalingGroup capacityReservationSpecification(Value<CapacityReservationSpecification> value) {
    return set("CapacityReservationSpecification", value);
  }

  /**
   * Reserved.
   *
   * <p>CloudFormation property {@code Context}.
   */
  public AutoScalingGroup context(String value) {
    return set("Context", Value.of(value));
  }

  /** Sets {@code Context} to this value; see {@link #context(String)}. */
  public AutoScalingGroup context(Value<String> value) {
    return set("Context", value);
  }

  /**
   * <em>Only needed if you use simple scaling policies.</em>
   *
   * <p>The amount of time, in seconds, between one scaling activity ending and another one starting
   * due to simple scaling policies. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-scaling-cooldowns.html">Scaling
   * cooldowns for Amazon EC2 Auto Scaling</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Default: <code>300</code> seconds
   *
   * <p>CloudFormation property {@code Cooldown}.
   */
  public AutoScalingGroup cooldown(String value) {
    return set("Cooldown", Value.of(value));
  }

  /** Sets {@code Cooldown} to this value; see {@link #cooldown(String)}. */
  public AutoScalingGroup cooldown(Value<String> value) {
    return set("Cooldown", value);
  }

  /**
   * The amount of time, in seconds, until a new instance is considered to have finished
   * initializing and resource consumption to become stable after it enters the
   * <code>InService</code> state.
   *
   * <p>During an instance refresh, Amazon EC2 Auto Scaling waits for the warm-up period after it
   * replaces an instance before it moves on to replacing the next instance. Amazon EC2 Auto Scaling
   * also waits for the warm-up period before aggregating the metrics for new instances with
   * existing instances in the Amazon CloudWatch metrics that are used for scaling, resulting in
   * more reliable usage data. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-default-instance-warmup.html">Set
   * the default instance warmup for an Auto Scaling group</a> in the <em>Amazon EC2 Auto Scaling
   * User Guide</em> .
   *
   * <p>To manage various warm-up settings at the group level, we recommend that you set the default
   * instance warmup, <em>even if it is set to 0 seconds</em> . To remove a value that you
   * previously set, include the property but specify <code>-1</code> for the value. However, we
   * strongly recommend keeping the default instance warmup enabled by specifying a value of
   * <code>0</code> or other nominal value.
   *
   * <p>Default: None
   *
   * <p>CloudFormation property {@code DefaultInstanceWarmup}.
   */
  public AutoScalingGroup defaultInstanceWarmup(int value) {
    return set("DefaultInstanceWarmup", Value.of(value));
  }

  /** Sets {@code DefaultInstanceWarmup} to this value; see {@link #defaultInstanceWarmup(int)}. */
  public AutoScalingGroup defaultInstanceWarmup(Value<Integer> value) {
    return set("DefaultInstanceWarmup", value);
  }

  /**
   * The deletion protection setting for the Auto Scaling group.
   *
   * <p>Allowed values: {@code none}, {@code prevent-all-deletion}, {@code prevent-force-deletion}.
   * CloudFormation property {@code DeletionProtection}.
   */
  public AutoScalingGroup deletionProtection(String value) {
    return set("DeletionProtection", Value.of(value));
  }

  /** Sets {@code DeletionProtection} to this value; see {@link #deletionProtection(String)}. */
  public AutoScalingGroup deletionProtection(Value<String> value) {
    return set("DeletionProtection", value);
  }

  /**
   * The desired capacity is the initial capacity of the Auto Scaling group at the time of its
   * creation and the capacity it attempts to maintain. It can scale beyond this capacity if you
   * configure automatic scaling.
   *
   * <p>The number must be greater than or equal to the minimum size of the group and less than or
   * equal to the maximum size of the group. If you do not specify a desired capacity when creating
   * the stack, the default is the minimum size of the group.
   *
   * <p>CloudFormation marks the Auto Scaling group as successful (by setting its status to
   * CREATE_COMPLETE) when the desired capacity is reached. However, if a maximum Spot price is set
   * in the launch template or launch configuration that you specified, then desired capacity is not
   * used as a criteria for success. Whether your request is fulfilled depends on Spot Instance
   * capacity and your maximum price.
   *
   * <p>Pattern: {@code ^[0-9]+$}. CloudFormation property {@code DesiredCapacity}.
   */
  public AutoScalingGroup desiredCapacity(String value) {
    return set("DesiredCapacity", Value.of(value));
  }

  /** Sets {@code DesiredCapacity} to this value; see {@link #desiredCapacity(String)}. */
  public AutoScalingGroup desiredCapacity(Value<String> value) {
    return set("DesiredCapacity", value);
  }

  /**
   * The unit of measurement for the value specified for desired capacity. Amazon EC2 Auto Scaling
   * supports <code>DesiredCapacityType</code> for attribute-based instance type selection only. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-mixed-instances-group-attribute-based-instance-type-selection.html">Create
   * a mixed instances group using attribute-based instance type selection</a> in the <em>Amazon EC2
   * Auto Scaling User Guide</em> .
   *
   * <p>By default, Amazon EC2 Auto Scaling specifies <code>units</code> , which translates into
   * number of instances.
   *
   * <p>Valid values: <code>units</code> | <code>vcpu</code> | <code>memory-mib</code>
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code DesiredCapacityType}.
   */
  public AutoScalingGroup desiredCapacityType(String value) {
    return set("DesiredCapacityType", Value.of(value));
  }

  /** Sets {@code DesiredCapacityType} to this value; see {@link #desiredCapacityType(String)}. */
  public AutoScalingGroup desiredCapacityType(Value<String> value) {
    return set("DesiredCapacityType", value);
  }

  /**
   * The amount of time, in seconds, that Amazon EC2 Auto Scaling waits before checking the health
   * status of an EC2 instance that has come into service and marking it unhealthy due to a failed
   * health check. This is useful if your instances do not immediately pass their health checks
   * after they enter the <code>InService</code> state. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-check-grace-period.html">Set
   * the health check grace period for an Auto Scaling group</a> in the <em>Amazon EC2 Auto Scaling
   * User Guide</em> .
   *
   * <p>Default: <code>0</code> seconds
   *
   * <p>CloudFormation property {@code HealthCheckGracePeriod}.
   */
  public AutoScalingGroup healthCheckGracePeriod(int value) {
    return set("HealthCheckGracePeriod", Value.of(value));
  }

  /**
   * Sets {@code HealthCheckGracePeriod} to this value; see {@link #healthCheckGracePeriod(int)}.
   */
  public AutoScalingGroup healthCheckGracePeriod(Value<Integer> value) {
    return set("HealthCheckGracePeriod", value);
  }

  /**
   * A comma-separated value string of one or more health check types.
   *
   * <p>The valid values are <code>EC2</code> , <code>EBS</code> , <code>ELB</code> , and
   * <code>VPC_LATTICE</code> . <code>EC2</code> is the default health check and cannot be disabled.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-health-checks.html">Health
   * checks for instances in an Auto Scaling group</a> in the <em>Amazon EC2 Auto Scaling User
   * Guide</em> .
   *
   * <p>Only specify <code>EC2</code> if you must clear a value that was previously set.
   *
   * <p>Length: 1 to 32 characters. Pattern: {@code
   * ^(EBS|EC2|ELB|VPC_LATTICE)(,(EBS|EC2|ELB|VPC_LATTICE))*,?$}. CloudFormation property {@code
   * HealthCheckType}.
   */
  public AutoScalingGroup healthCheckType(String value) {
    return set("HealthCheckType", Value.of(value));
  }

  /** Sets {@code HealthCheckType} to this value; see {@link #healthCheckType(String)}. */
  public AutoScalingGroup healthCheckType(Value<String> value) {
    return set("HealthCheckType", value);
  }

  /**
   * The ID of the instance used to base the launch configuration on. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-asg-from-instance.html">Create
   * an Auto Scaling group using an EC2 instance</a> in the <em>Amazon EC2 Auto Scaling User
   * Guide</em> .
   *
   * <p>If you specify <code>LaunchTemplate</code> , <code>MixedInstancesPolicy</code> , or
   * <code>LaunchConfigurationName</code> , don't specify <code>InstanceId</code> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 19 characters. CloudFormation property
   * {@code InstanceId}.
   */
  public AutoScalingGroup instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public AutoScalingGroup instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * The instance lifecycle policy for the Auto Scaling group.
   *
   * <p>CloudFormation property {@code InstanceLifecyclePolicy}.
   */
  public AutoScalingGroup instanceLifecyclePolicy(Value<InstanceLifecyclePolicy> value) {
    return set("InstanceLifecyclePolicy", value);
  }

  /**
   * An instance maintenance policy. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-instance-maintenance-policy.html">Set
   * instance maintenance policy</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>CloudFormation property {@code InstanceMaintenancePolicy}.
   */
  public AutoScalingGroup instanceMaintenancePolicy(Value<InstanceMaintenancePolicy> value) {
    return set("InstanceMaintenancePolicy", value);
  }

  /**
   * The name of the launch configuration to use to launch instances.
   *
   * <p>Required only if you don't specify <code>LaunchTemplate</code> ,
   * <code>MixedInstancesPolicy</code> , or <code>InstanceId</code> .
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code LaunchConfigurationName}.
   */
  public AutoScalingGroup launchConfigurationName(String value) {
    return set("LaunchConfigurationName", Value.of(value));
  }

  /**
   * Sets {@code LaunchConfigurationName} to this value; see {@link
   * #launchConfigurationName(String)}.
   */
  public AutoScalingGroup launchConfigurationName(Value<String> value) {
    return set("LaunchConfigurationName", value);
  }

  /**
   * Sets {@code LaunchConfigurationName} to the Ref of {@code
   * AWS::AutoScaling::LaunchConfiguration}; see {@link #launchConfigurationName(String)}.
   */
  public AutoScalingGroup launchConfigurationName(LaunchConfiguration resource) {
    return set("LaunchConfigurationName", resource.ref());
  }

  /**
   * Information used to specify the launch template and version to use to launch instances. You can
   * alternatively associate a launch template to the Auto Scaling group by specifying a
   * <code>MixedInstancesPolicy</code> . For more information about creating launch templates, see
   * <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-template.html">Create
   * a launch template for an Auto Scaling group</a> in the <em>Amazon EC2 Auto Scaling User
   * Guide</em> .
   *
   * <p>If you omit this property, you must specify <code>MixedInstancesPolicy</code> ,
   * <code>LaunchConfigurationName</code> , or <code>InstanceId</code> .
   *
   * <p>CloudFormation property {@code LaunchTemplate}.
   */
  public AutoScalingGroup launchTemplate(Value<LaunchTemplateSpecification> value) {
    return set("LaunchTemplate", value);
  }

  /**
   * One or more lifecycle hooks to add to the Auto Scaling group before instances are launched.
   *
   * <p>CloudFormation property {@code LifecycleHookSpecificationList}.
   */
  public AutoScalingGroup lifecycleHookSpecificationList(List<LifecycleHookSpecification> value) {
    return set("LifecycleHookSpecificationList", Value.listOf(value));
  }

  /**
   * Sets {@code LifecycleHookSpecificationList} to this value; see {@link
   * #lifecycleHookSpecificationList(List)}.
   */
  public AutoScalingGroup lifecycleHookSpecificationList(Value<List<LifecycleHookSpecification>> value) {
    return set("LifecycleHookSpecificationList", value);
  }

  /**
   * Sets {@code LifecycleHookSpecificationList} to a list of these; see {@link
   * #lifecycleHookSpecificationList(List)}.
   */
  public AutoScalingGroup lifecycleHookSpecificationList(LifecycleHookSpecification... values) {
    return set("LifecycleHookSpecificationList", Value.list(values));
  }

  /**
   * A list of Classic Load Balancers associated with this Auto Scaling group. For Application Load
   * Balancers, Network Load Balancers, and Gateway Load Balancers, specify the
   * <code>TargetGroupARNs</code> property instead.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code LoadBalancerNames}.
   */
  public AutoScalingGroup loadBalancerNames(List<String> value) {
    return set("LoadBalancerNames", Value.listOf(value));
  }

  /** Sets {@code LoadBalancerNames} to this value; see {@link #loadBalancerNames(List)}. */
  public AutoScalingGroup loadBalancerNames(Value<List<String>> value) {
    return set("LoadBalancerNames", value);
  }

  /**
   * Sets {@code LoadBalancerNames} to the Ref of each {@code
   * AWS::ElasticLoadBalancing::LoadBalancer}; see {@link #loadBalancerNames(List)}.
   */
  public AutoScalingGroup loadBalancerNames(LoadBalancer... resources) {
    return set("LoadBalancerNames", Value.refs(resources));
  }

  /**
   * The maximum amount of time, in seconds, that an instance can be in service. The default is
   * null. If specified, the value must be either 0 or a number equal to or greater than 86,400
   * seconds (1 day). For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-max-instance-lifetime.html">Replace
   * Auto Scaling instances based on maximum instance lifetime</a> in the <em>Amazon EC2 Auto
   * Scaling User Guide</em> .
   *
   * <p>CloudFormation property {@code MaxInstanceLifetime}.
   */
  public AutoScalingGroup maxInstanceLifetime(int value) {
    return set("MaxInstanceLifetime", Value.of(value));
  }

  /** Sets {@code MaxInstanceLifetime} to this value; see {@link #maxInstanceLifetime(int)}. */
  public AutoScalingGroup maxInstanceLifetime(Value<Integer> value) {
    return set("MaxInstanceLifetime", value);
  }

  /**
   * The maximum size of the group.
   *
   * <p>With a mixed instances policy that uses instance weighting, Amazon EC2 Auto Scaling may need
   * to go above <code>MaxSize</code> to meet your capacity requirements. In this event, Amazon EC2
   * Auto Scaling will never go above <code>MaxSize</code> by more than your largest instance weight
   * (weights that define how many units each instance contributes to the desired capacity of the
   * group).
   *
   * <p>Required. Pattern: {@code ^[0-9]+$}. CloudFormation property {@code MaxSize}.
   */
  public AutoScalingGroup maxSize(String value) {
    return set("MaxSize", Value.of(value));
  }

  /** Sets {@code MaxSize} to this value; see {@link #maxSize(String)}. */
  public AutoScalingGroup maxSize(Value<String> value) {
    return set("MaxSize", value);
  }

  /**
   * Enables the monitoring of group metrics of an Auto Scaling group. By default, these metrics are
   * disabled.
   *
   * <p>CloudFormation property {@code MetricsCollection}.
   */
  public AutoScalingGroup metricsCollection(List<MetricsCollection> value) {
    return set("MetricsCollection", Value.listOf(value));
  }

  /** Sets {@code MetricsCollection} to this value; see {@link #metricsCollection(List)}. */
  public AutoScalingGroup metricsCollection(Value<List<MetricsCollection>> value) {
    return set("MetricsCollection", value);
  }

  /** Sets {@code MetricsCollection} to a list of these; see {@link #metricsCollection(List)}. */
  public AutoScalingGroup metricsCollection(MetricsCollection... values) {
    return set("MetricsCollection", Value.list(values));
  }

  /**
   * The minimum size of the group.
   *
   * <p>Required. Pattern: {@code ^[0-9]+$}. CloudFormation property {@code MinSize}.
   */
  public AutoScalingGroup minSize(String value) {
    return set("MinSize", Value.of(value));
  }

  /** Sets {@code MinSize} to this value; see {@link #minSize(String)}. */
  public AutoScalingGroup minSize(Value<String> value) {
    return set("MinSize", value);
  }

  /**
   * An embedded object that specifies a mixed instances policy.
   *
   * <p>The policy includes properties that not only define the distribution of On-Demand Instances
   * and Spot Instances, the maximum price to pay for Spot Instances (optional), and how the Auto
   * Scaling group allocates instance types to fulfill On-Demand and Spot capacities, but also the
   * properties that specify the instance configuration information—the launch template and instance
   * types. The policy can also include a weight for each instance type and different launch
   * templates for individual instance types.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-mixed-instances-groups.html">Auto
   * Scaling groups with multiple instance types and purchase options</a> in the <em>Amazon EC2 Auto
   * Scaling User Guide</em> .
   *
   * <p>CloudFormation property {@code MixedInstancesPolicy}.
   */
  public AutoScalingGroup mixedInstancesPolicy(Value<MixedInstancesPolicy> value) {
    return set("MixedInstancesPolicy", value);
  }

  /**
   * Indicates whether newly launched instances are protected from termination by Amazon EC2 Auto
   * Scaling when scaling in. For more information about preventing instances from terminating on
   * scale in, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-instance-protection.html">Use
   * instance scale-in protection</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>CloudFormation property {@code NewInstancesProtectedFromScaleIn}.
   */
  public AutoScalingGroup newInstancesProtectedFromScaleIn(boolean value) {
    return set("NewInstancesProtectedFromScaleIn", Value.of(value));
  }

  /**
   * Sets {@code NewInstancesProtectedFromScaleIn} to this value; see {@link
   * #newInstancesProtectedFromScaleIn(boolean)}.
   */
  public AutoScalingGroup newInstancesProtectedFromScaleIn(Value<Boolean> value) {
    return set("NewInstancesProtectedFromScaleIn", value);
  }

  /**
   * A structure that specifies an Amazon SNS notification configuration for the
   * <code>NotificationConfigurations</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html">AWS::AutoScaling::AutoScalingGroup</a>
   * resource. For an example template snippet, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-ec2-auto-scaling.html">Configure
   * Amazon EC2 Auto Scaling resources</a>. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ASGettingNotifications.html">Get
   * Amazon SNS notifications when your Auto Scaling group scales</a> in the <em>Amazon EC2 Auto
   * Scaling User Guide</em>.
   *
   * <p>CloudFormation property {@code NotificationConfiguration}.
   *
   * @deprecated The specification marks {@code NotificationConfiguration} deprecated.
   */
  @Deprecated
  public AutoScalingGroup notificationConfiguration(Value<NotificationConfiguration> value) {
    return set("NotificationConfiguration", value);
  }

  /**
   * Configures an Auto Scaling group to send notifications when specified events take place.
   *
   * <p>CloudFormation property {@code NotificationConfigurations}.
   */
  public AutoScalingGroup notificationConfigurations(List<NotificationConfiguration> value) {
    return set("NotificationConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code NotificationConfigurations} to this value; see {@link
   * #notificationConfigurations(List)}.
   */
  public AutoScalingGroup notificationConfigurations(Value<List<NotificationConfiguration>> value) {
    return set("NotificationConfigurations", value);
  }

  /**
   * Sets {@code NotificationConfigurations} to a list of these; see {@link
   * #notificationConfigurations(List)}.
   */
  public AutoScalingGroup notificationConfigurations(NotificationConfiguration... values) {
    return set("NotificationConfigurations", Value.list(values));
  }

  /**
   * The name of the placement group into which to launch your instances. For more information, see
   * <a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html">Placement
   * groups</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>A <em>cluster</em> placement group is a logical grouping of instances within a single
   * Availability Zone. You cannot specify multiple Availability Zones and a cluster placement
   * group.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code PlacementGroup}.
   */
  public AutoScalingGroup placementGroup(String value) {
    return set("PlacementGroup", Value.of(value));
  }

  /** Sets {@code PlacementGroup} to this value; see {@link #placementGroup(String)}. */
  public AutoScalingGroup placementGroup(Value<String> value) {
    return set("PlacementGroup", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the service-linked role that the Auto Scaling group uses to
   * call other AWS service on your behalf. By default, Amazon EC2 Auto Scaling uses a
   * service-linked role named <code>AWSServiceRoleForAutoScaling</code> , which it creates if it
   * does not exist. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/autoscaling-service-linked-role.html">Service-linked
   * roles</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Length: 1 to 1600 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code ServiceLinkedRoleARN}.
   */
  public AutoScalingGroup serviceLinkedRoleARN(String value) {
    return set("ServiceLinkedRoleARN", Value.of(value));
  }

  /** Sets {@code ServiceLinkedRoleARN} to this value; see {@link #serviceLinkedRoleARN(String)}. */
  public AutoScalingGroup serviceLinkedRoleARN(Value<String> value) {
    return set("ServiceLinkedRoleARN", value);
  }

  /**
   * Sets {@code ServiceLinkedRoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #serviceLinkedRoleARN(String)}.
   */
  public AutoScalingGroup serviceLinkedRoleARN(Role resource) {
    return set("ServiceLinkedRoleARN", resource.arn());
  }

  /** CloudFormation property {@code SkipZonalShiftValidation}. */
  public AutoScalingGroup skipZonalShiftValidation(boolean value) {
    return set("SkipZonalShiftValidation", Value.of(value));
  }

  /**
   * Sets {@code SkipZonalShiftValidation} to this value; see {@link
   * #skipZonalShiftValidation(boolean)}.
   */
  public AutoScalingGroup skipZonalShiftValidation(Value<Boolean> value) {
    return set("SkipZonalShiftValidation", value);
  }

  /**
   * One or more tags. You can tag your Auto Scaling group and propagate the tags to the Amazon EC2
   * instances it launches. Tags are not propagated to Amazon EBS volumes. To add tags to Amazon EBS
   * volumes, specify the tags in a launch template but use caution. If the launch template
   * specifies an instance tag with a key that is also specified for the Auto Scaling group, Amazon
   * EC2 Auto Scaling overrides the value of that instance tag with the value specified by the Auto
   * Scaling group. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-tagging.html">Tag
   * Auto Scaling groups and instances</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AutoScalingGroup tags(List<TagProperty> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AutoScalingGroup tags(Value<List<TagProperty>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public AutoScalingGroup tags(TagProperty... values) {
    return set("Tags", Value.list(values));
  }

  /**
   * Sets {@code Tags} to the tags, each propagated to the instances the group launches; see {@link
   * #tags(List)}.
   */
  public AutoScalingGroup tags(Tags tags) {
    return set("Tags", tags.propagatedAtLaunch());
  }

  /**
   * The Amazon Resource Names (ARN) of the Elastic Load Balancing target groups to associate with
   * the Auto Scaling group. Instances are registered as targets with the target groups. The target
   * groups receive incoming traffic and route requests to one or more registered targets. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/autoscaling-load-balancer.html">Use
   * Elastic Load Balancing to distribute traffic across the instances in your Auto Scaling
   * group</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Length: 1 to 511 characters. CloudFormation property {@code TargetGroupARNs}.
   */
  public AutoScalingGroup targetGroupARNs(List<String> value) {
    return set("TargetGroupARNs", Value.listOf(value));
  }

  /** Sets {@code TargetGroupARNs} to this value; see {@link #targetGroupARNs(List)}. */
  public AutoScalingGroup targetGroupARNs(Value<List<String>> value) {
    return set("TargetGroupARNs", value);
  }

  /**
   * Sets {@code TargetGroupARNs} to the Ref of each {@code
   * AWS::ElasticLoadBalancingV2::TargetGroup}; see {@link #targetGroupARNs(List)}.
   */
  public AutoScalingGroup targetGroupARNs(TargetGroup... resources) {
    return set("TargetGroupARNs", Value.refs(resources));
  }

  /**
   * A policy or a list of policies that are used to select the instance to terminate. These
   * policies are executed in the order that you list them. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-termination-policies.html">Configure
   * termination policies for Amazon EC2 Auto Scaling</a> in the <em>Amazon EC2 Auto Scaling User
   * Guide</em> .
   *
   * <p>Valid values: <code>Default</code> | <code>AllocationStrategy</code> |
   * <code>ClosestToNextInstanceHour</code> | <code>NewestInstance</code> |
   * <code>OldestInstance</code> | <code>OldestLaunchConfiguration</code> |
   * <code>OldestLaunchTemplate</code> |
   * <code>arn:aws:lambda:region:account-id:function:my-function:my-alias</code>
   *
   * <p>Length: 1 to 1600 characters. CloudFormation property {@code TerminationPolicies}.
   */
  public AutoScalingGroup terminationPolicies(List<String> value) {
    return set("TerminationPolicies", Value.listOf(value));
  }

  /** Sets {@code TerminationPolicies} to this value; see {@link #terminationPolicies(List)}. */
  public AutoScalingGroup terminationPolicies(Value<List<String>> value) {
    return set("TerminationPolicies", value);
  }

  /**
   * The traffic sources associated with this Auto Scaling group.
   *
   * <p>CloudFormation property {@code TrafficSources}.
   */
  public AutoScalingGroup trafficSources(List<TrafficSourceIdentifier> value) {
    return set("TrafficSources", Value.listOf(value));
  }

  /** Sets {@code TrafficSources} to this value; see {@link #trafficSources(List)}. */
  public AutoScalingGroup trafficSources(Value<List<TrafficSourceIdentifier>> value) {
    return set("TrafficSources", value);
  }

  /** Sets {@code TrafficSources} to a list of these; see {@link #trafficSources(List)}. */
  public AutoScalingGroup trafficSources(TrafficSourceIdentifier... values) {
    return set("TrafficSources", Value.list(values));
  }

  /**
   * A list of subnet IDs for a virtual private cloud (VPC) where instances in the Auto Scaling
   * group can be created.
   *
   * <p>If this resource specifies public subnets and is also in a VPC that is defined in the same
   * stack template, you must use the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
   * attribute</a> to declare a dependency on the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-vpc-gateway-attachment.html">VPC-gateway
   * attachment</a> .
   *
   * <p>When you update <code>VPCZoneIdentifier</code> , this retains the same Auto Scaling group
   * and replaces old instances with new ones, according to the specified subnets. You can
   * optionally specify how CloudFormation handles these updates by using an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html">UpdatePolicy
   * attribute</a> .
   *
   * <p>Required to launch instances into a nondefault VPC. If you specify
   * <code>VPCZoneIdentifier</code> with <code>AvailabilityZones</code> , the subnets that you
   * specify for this property must reside in those Availability Zones.
   *
   * <p>CloudFormation property {@code VPCZoneIdentifier}.
   */
  public AutoScalingGroup vpcZoneIdentifier(List<String> value) {
    return set("VPCZoneIdentifier", Value.listOf(value));
  }

  /** Sets {@code VPCZoneIdentifier} to this value; see {@link #vpcZoneIdentifier(List)}. */
  public AutoScalingGroup vpcZoneIdentifier(Value<List<String>> value) {
    return set("VPCZoneIdentifier", value);
  }

  /**
   * Sets {@code VPCZoneIdentifier} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #vpcZoneIdentifier(List)}.
   */
  public AutoScalingGroup vpcZoneIdentifier(Subnet... resources) {
    return set("VPCZoneIdentifier", Value.refs(resources));
  }

  /**
   * The Amazon Resource Name (ARN) of the Auto Scaling group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AutoScalingGroupARN}.
   */
  public Value<String> autoScalingGroupARN() {
    return getAtt("AutoScalingGroupARN");
  }

  /**
   * <code>AcceleratorCountRequest</code> is a property of the <code>InstanceRequirements</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html">AWS::AutoScaling::AutoScalingGroup
   * LaunchTemplateOverrides</a> property type that describes the minimum and maximum number of
   * accelerators for an instance type.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.AcceleratorCountRequest}.
   */
  public static final class AcceleratorCountRequest extends Struct<AcceleratorCountRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.AcceleratorCountRequest")
        .constrain("Max", Constraint.of().minimum(0))
        .constrain("Min", Constraint.of().minimum(0))
        .build();

    public AcceleratorCountRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum value.
     *
     * <p>Range: at least 0. CloudFormation property {@code Max}.
     */
    public AcceleratorCountRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public AcceleratorCountRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum value.
     *
     * <p>Range: at least 0. CloudFormation property {@code Min}.
     */
    public AcceleratorCountRequest min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public AcceleratorCountRequest min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * <code>AcceleratorTotalMemoryMiBRequest</code> is a property of the
   * <code>InstanceRequirements</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html">AWS::AutoScaling::AutoScalingGroup
   * LaunchTemplateOverrides</a> property type that describes the minimum and maximum total memory
   * size for the accelerators for an instance type, in MiB.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.AcceleratorTotalMemoryMiBRequest}.
   */
  public static final class AcceleratorTotalMemoryMiBRequest extends Struct<AcceleratorTotalMemoryMiBRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.AcceleratorTotalMemoryMiBRequest")
        .constrain("Max", Constraint.of().minimum(0))
        .constrain("Min", Constraint.of().minimum(0))
        .build();

    public AcceleratorTotalMemoryMiBRequest() {
      super(SCHEMA);
    }

    /**
     * The memory maximum in MiB.
     *
     * <p>Range: at least 0. CloudFormation property {@code Max}.
     */
    public AcceleratorTotalMemoryMiBRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public AcceleratorTotalMemoryMiBRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The memory minimum in MiB.
     *
     * <p>Range: at least 0. CloudFormation property {@code Min}.
     */
    public AcceleratorTotalMemoryMiBRequest min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public AcceleratorTotalMemoryMiBRequest min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * <code>AvailabilityZoneDistribution</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html">AWS::AutoScaling::AutoScalingGroup</a>
   * resource.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.AvailabilityZoneDistribution}.
   */
  public static final class AvailabilityZoneDistribution extends Struct<AvailabilityZoneDistribution> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.AvailabilityZoneDistribution")
        .allowed("CapacityDistributionStrategy", "balanced-best-effort", "balanced-only",
            "reservations-then-balanced")
        .build();

    public AvailabilityZoneDistribution() {
      super(SCHEMA);
    }

    /**
     * If launches fail in an Availability Zone, the following strategies are available. The default
     * is <code>balanced-best-effort</code> .
     *
     * <ul> <li><code>balanced-only</code> - If launches fail in an Availability Zone, Auto Scaling
     * will continue to attempt to launch in the unhealthy zone to preserve a balanced distribution.
     * <li><code>balanced-best-effort</code> - If launches fail in an Availability Zone, Auto
     * Scaling will attempt to launch in another healthy Availability Zone instead. </ul>
     *
     * <p>Allowed values: {@code balanced-best-effort}, {@code balanced-only}, {@code
     * reservations-then-balanced}. CloudFormation property {@code CapacityDistributionStrategy}.
     */
    public AvailabilityZoneDistribution capacityDistributionStrategy(String value) {
      return set("CapacityDistributionStrategy", Value.of(value));
    }

    /**
     * Sets {@code CapacityDistributionStrategy} to this value; see {@link
     * #capacityDistributionStrategy(String)}.
     */
    public AvailabilityZoneDistribution capacityDistributionStrategy(Value<String> value) {
      return set("CapacityDistributionStrategy", value);
    }
  }

  /**
   * Describes an Availability Zone impairment policy.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.AvailabilityZoneImpairmentPolicy}.
   */
  public static final class AvailabilityZoneImpairmentPolicy extends Struct<AvailabilityZoneImpairmentPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.AvailabilityZoneImpairmentPolicy")
        .required("ImpairedZoneHealthCheckBehavior", "ZonalShiftEnabled")
        .allowed("ImpairedZoneHealthCheckBehavior", "IgnoreUnhealthy", "ReplaceUnhealthy")
        .build();

    public AvailabilityZoneImpairmentPolicy() {
      super(SCHEMA);
    }

    /**
     * Specifies the health check behavior for the impaired Availability Zone in an active zonal
     * shift. If you select <code>Replace unhealthy</code> , instances that appear unhealthy will be
     * replaced in all Availability Zones. If you select <code>Ignore unhealthy</code> , instances
     * will not be replaced in the Availability Zone with the active zonal shift. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-zonal-shift.html">Auto
     * Scaling group zonal shift</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
     *
     * <p>Required. Allowed values: {@code IgnoreUnhealthy}, {@code ReplaceUnhealthy}.
     * CloudFormation property {@code ImpairedZoneHealthCheckBehavior}.
     */
    public AvailabilityZoneImpairmentPolicy impairedZoneHealthCheckBehavior(String value) {
      return set("ImpairedZoneHealthCheckBehavior", Value.of(value));
    }

    /**
     * Sets {@code ImpairedZoneHealthCheckBehavior} to this value; see {@link
     * #impairedZoneHealthCheckBehavior(String)}.
     */
    public AvailabilityZoneImpairmentPolicy impairedZoneHealthCheckBehavior(Value<String> value) {
      return set("ImpairedZoneHealthCheckBehavior", value);
    }

    /**
     * If <code>true</code> , enable zonal shift for your Auto Scaling group.
     *
     * <p>Required. CloudFormation property {@code ZonalShiftEnabled}.
     */
    public AvailabilityZoneImpairmentPolicy zonalShiftEnabled(boolean value) {
      return set("ZonalShiftEnabled", Value.of(value));
    }

    /** Sets {@code ZonalShiftEnabled} to this value; see {@link #zonalShiftEnabled(boolean)}. */
    public AvailabilityZoneImpairmentPolicy zonalShiftEnabled(Value<Boolean> value) {
      return set("ZonalShiftEnabled", value);
    }
  }

  /**
   * <code>BaselineEbsBandwidthMbpsRequest</code> is a property of the
   * <code>InstanceRequirements</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html">AWS::AutoScaling::AutoScalingGroup
   * LaunchTemplateOverrides</a> property type that describes the minimum and maximum baseline
   * bandwidth performance for an instance type, in Mbps.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.BaselineEbsBandwidthMbpsRequest}.
   */
  public static final class BaselineEbsBandwidthMbpsRequest extends Struct<BaselineEbsBandwidthMbpsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.BaselineEbsBandwidthMbpsRequest")
        .constrain("Max", Constraint.of().minimum(0))
        .constrain("Min", Constraint.of().minimum(0))
        .build();

    public BaselineEbsBandwidthMbpsRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum value in Mbps.
     *
     * <p>Range: at least 0. CloudFormation property {@code Max}.
     */
    public BaselineEbsBandwidthMbpsRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public BaselineEbsBandwidthMbpsRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum value in Mbps.
     *
     * <p>Range: at least 0. CloudFormation property {@code Min}.
     */
    public BaselineEbsBandwidthMbpsRequest min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public BaselineEbsBandwidthMbpsRequest min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * The baseline performance to consider, using an instance family as a baseline reference. The
   * instance family establishes the lowest acceptable level of performance. Auto Scaling uses this
   * baseline to guide instance type selection, but there is no guarantee that the selected instance
   * types will always exceed the baseline for every application.
   *
   * <p>Currently, this parameter only supports CPU performance as a baseline performance factor.
   * For example, specifying <code>c6i</code> uses the CPU performance of the <code>c6i</code>
   * family as the baseline reference.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.BaselinePerformanceFactorsRequest}.
   */
  public static final class BaselinePerformanceFactorsRequest extends Struct<BaselinePerformanceFactorsRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::AutoScaling::AutoScalingGroup.BaselinePerformanceFactorsRequest");

    public BaselinePerformanceFactorsRequest() {
      super(SCHEMA);
    }

    /**
     * The CPU performance to consider, using an instance family as the baseline reference.
     *
     * <p>CloudFormation property {@code Cpu}.
     */
    public BaselinePerformanceFactorsRequest cpu(Value<CpuPerformanceFactorRequest> value) {
      return set("Cpu", value);
    }
  }

  /**
   * Describes the Capacity Reservation preference and targeting options. If you specify
   * <code>open</code> or <code>none</code> for <code>CapacityReservationPreference</code> , do not
   * specify a <code>CapacityReservationTarget</code> .
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.CapacityReservationSpecification}.
   */
  public static final class CapacityReservationSpecification extends Struct<CapacityReservationSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.CapacityReservationSpecification")
        .required("CapacityReservationPreference")
        .allowed("CapacityReservationPreference", "capacity-reservations-first",
            "capacity-reservations-only", "default", "none")
        .build();

    public CapacityReservationSpecification() {
      super(SCHEMA);
    }

    /**
     * The capacity reservation preference. The following options are available:
     *
     * <ul> <li><code>capacity-reservations-only</code> - Auto Scaling will only launch instances
     * into a Capacity Reservation or Capacity Reservation resource group. If capacity isn't
     * available, instances will fail to launch. <li><code>capacity-reservations-first</code> - Auto
     * Scaling will try to launch instances into a Capacity Reservation or Capacity Reservation
     * resource group first. If capacity isn't available, instances will run in On-Demand capacity.
     * <li><code>none</code> - Auto Scaling will not launch instances into a Capacity Reservation.
     * Instances will run in On-Demand capacity. <li><code>default</code> - Auto Scaling uses the
     * Capacity Reservation preference from your launch template or an open Capacity Reservation.
     * </ul>
     *
     * <p>Required. Allowed values: {@code capacity-reservations-first}, {@code
     * capacity-reservations-only}, {@code default}, {@code none}. CloudFormation property {@code
     * CapacityReservationPreference}.
     */
    public CapacityReservationSpecification capacityReservationPreference(String value) {
      return set("CapacityReservationPreference", Value.of(value));
    }

    /**
     * Sets {@code CapacityReservationPreference} to this value; see {@link
     * #capacityReservationPreference(String)}.
     */
    public CapacityReservationSpecification capacityReservationPreference(Value<String> value) {
      return set("CapacityReservationPreference", value);
    }

    /**
     * Describes a target Capacity Reservation or Capacity Reservation resource group.
     *
     * <p>CloudFormation property {@code CapacityReservationTarget}.
     */
    public CapacityReservationSpecification capacityReservationTarget(Value<CapacityReservationTarget> value) {
      return set("CapacityReservationTarget", value);
    }
  }

  /**
   * The target for the Capacity Reservation. Specify Capacity Reservations IDs or Capacity
   * Reservation resource group ARNs.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.CapacityReservationTarget}.
   */
  public static final class CapacityReservationTarget extends Struct<CapacityReservationTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.CapacityReservationTarget")
        .constrain("CapacityReservationIds", Constraint.of().pattern("^[A-Za-z0-9\\-_\\/]+$").minLength(1).maxLength(255))
        .constrain("CapacityReservationResourceGroupArns", Constraint.of().minLength(1).maxLength(1600))
        .build();

    public CapacityReservationTarget() {
      super(SCHEMA);
    }

    /**
     * The Capacity Reservation IDs to launch instances into.
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z0-9&#92;-_&#92;/]+$}. CloudFormation
     * property {@code CapacityReservationIds}.
     */
    public CapacityReservationTarget capacityReservationIds(List<String> value) {
      return set("CapacityReservationIds", Value.listOf(value));
    }

    /**
     * Sets {@code CapacityReservationIds} to this value; see {@link #capacityReservationIds(List)}.
     */
    public CapacityReservationTarget capacityReservationIds(Value<List<String>> value) {
      return set("CapacityReservationIds", value);
    }

    /**
     * The resource group ARNs of the Capacity Reservation to launch instances into.
     *
     * <p>Length: 1 to 1600 characters. CloudFormation property {@code
     * CapacityReservationResourceGroupArns}.
     */
    public CapacityReservationTarget capacityReservationResourceGroupArns(List<String> value) {
      return set("CapacityReservationResourceGroupArns", Value.listOf(value));
    }

    /**
     * Sets {@code CapacityReservationResourceGroupArns} to this value; see {@link
     * #capacityReservationResourceGroupArns(List)}.
     */
    public CapacityReservationTarget capacityReservationResourceGroupArns(Value<List<String>> value) {
      return set("CapacityReservationResourceGroupArns", value);
    }
  }

  /**
   * The CPU performance to consider, using an instance family as the baseline reference.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.CpuPerformanceFactorRequest}.
   */
  public static final class CpuPerformanceFactorRequest extends Struct<CpuPerformanceFactorRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::AutoScaling::AutoScalingGroup.CpuPerformanceFactorRequest");

    public CpuPerformanceFactorRequest() {
      super(SCHEMA);
    }

    /**
     * Specify an instance family to use as the baseline reference for CPU performance. All instance
     * types that match your specified attributes will be compared against the CPU performance of
     * the referenced instance family, regardless of CPU manufacturer or architecture differences.
     *
     * <p>Currently only one instance family can be specified in the list.
     *
     * <p>CloudFormation property {@code References}.
     */
    public CpuPerformanceFactorRequest references(List<PerformanceFactorReferenceRequest> value) {
      return set("References", Value.listOf(value));
    }

    /** Sets {@code References} to this value; see {@link #references(List)}. */
    public CpuPerformanceFactorRequest references(Value<List<PerformanceFactorReferenceRequest>> value) {
      return set("References", value);
    }

    /** Sets {@code References} to a list of these; see {@link #references(List)}. */
    public CpuPerformanceFactorRequest references(PerformanceFactorReferenceRequest... values) {
      return set("References", Value.list(values));
    }
  }

  /**
   * Use this structure to specify the capacity types that Amazon EC2 Auto Scaling prioritizes when
   * it launches instances.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.DistributionSegment}.
   */
  public static final class DistributionSegment extends Struct<DistributionSegment> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.DistributionSegment")
        .required("TargetCapacityTypes")
        .allowed("TargetCapacityTypes", "on-demand-capacity-reservation", "capacity-block",
            "interruptible-capacity-reservation", "on-demand")
        .build();

    public DistributionSegment() {
      super(SCHEMA);
    }

    /**
     * The capacity types to prioritize, in order. Amazon EC2 Auto Scaling attempts to launch
     * instances in the priority order of the capacity types, and within each capacity type, in the
     * order of instance types listed in your launch template <code>Overrides</code>. The following
     * lists the valid values: + on-demand-capacity-reservation On-Demand Capacity Reservations. +
     * capacity-block Capacity Blocks. + interruptible-capacity-reservation Interruptible Capacity
     * Reservations. + on-demand On-Demand capacity. Include this value to allow the group to fall
     * back to On-Demand capacity when the preceding capacity types are unavailable.
     *
     * <p>Required. Allowed values: {@code on-demand-capacity-reservation}, {@code capacity-block},
     * {@code interruptible-capacity-reservation}, {@code on-demand}. CloudFormation property {@code
     * TargetCapacityTypes}.
     */
    public DistributionSegment targetCapacityTypes(List<String> value) {
      return set("TargetCapacityTypes", Value.listOf(value));
    }

    /** Sets {@code TargetCapacityTypes} to this value; see {@link #targetCapacityTypes(List)}. */
    public DistributionSegment targetCapacityTypes(Value<List<String>> value) {
      return set("TargetCapacityTypes", value);
    }
  }

  /**
   * The instance lifecycle policy for the Auto Scaling group. This policy controls instance
   * behavior when an instance transitions through its lifecycle states. Configure retention
   * triggers to specify when instances should move to a <code>Retained</code> state instead of
   * automatic termination.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/instance-lifecycle-policy.html">Control
   * instance retention with instance lifecycle policies</a> in the <em>Amazon EC2 Auto Scaling User
   * Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.InstanceLifecyclePolicy}.
   */
  public static final class InstanceLifecyclePolicy extends Struct<InstanceLifecyclePolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::AutoScaling::AutoScalingGroup.InstanceLifecyclePolicy");

    public InstanceLifecyclePolicy() {
      super(SCHEMA);
    }

    /**
     * Specifies the conditions that trigger instance retention behavior. These triggers determine
     * when instances should move to a <code>Retained</code> state instead of automatic termination.
     * This allows you to maintain control over instance management when lifecycles transition and
     * operations fail.
     *
     * <p>CloudFormation property {@code RetentionTriggers}.
     */
    public InstanceLifecyclePolicy retentionTriggers(Value<RetentionTriggers> value) {
      return set("RetentionTriggers", value);
    }
  }

  /**
   * <code>InstanceMaintenancePolicy</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html">AWS::AutoScaling::AutoScalingGroup</a>
   * resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-instance-maintenance-policy.html">Instance
   * maintenance policies</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.InstanceMaintenancePolicy}.
   */
  public static final class InstanceMaintenancePolicy extends Struct<InstanceMaintenancePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.InstanceMaintenancePolicy")
        .constrain("MaxHealthyPercentage", Constraint.of().minimum(-1).maximum(200))
        .constrain("MinHealthyPercentage", Constraint.of().minimum(-1).maximum(100))
        .build();

    public InstanceMaintenancePolicy() {
      super(SCHEMA);
    }

    /**
     * Specifies the upper threshold as a percentage of the desired capacity of the Auto Scaling
     * group. It represents the maximum percentage of the group that can be in service and healthy,
     * or pending, to support your workload when replacing instances. Value range is 100 to 200. To
     * clear a previously set value, specify a value of <code>-1</code> .
     *
     * <p>Both <code>MinHealthyPercentage</code> and <code>MaxHealthyPercentage</code> must be
     * specified, and the difference between them cannot be greater than 100. A large range
     * increases the number of instances that can be replaced at the same time.
     *
     * <p>Range: -1 to 200. CloudFormation property {@code MaxHealthyPercentage}.
     */
    public InstanceMaintenancePolicy maxHealthyPercentage(int value) {
      return set("MaxHealthyPercentage", Value.of(value));
    }

    /** Sets {@code MaxHealthyPercentage} to this value; see {@link #maxHealthyPercentage(int)}. */
    public InstanceMaintenancePolicy maxHealthyPercentage(Value<Integer> value) {
      return set("MaxHealthyPercentage", value);
    }

    /**
     * Specifies the lower threshold as a percentage of the desired capacity of the Auto Scaling
     * group. It represents the minimum percentage of the group to keep in service, healthy, and
     * ready to use to support your workload when replacing instances. Value range is 0 to 100. To
     * clear a previously set value, specify a value of <code>-1</code> .
     *
     * <p>Range: -1 to 100. CloudFormation property {@code MinHealthyPercentage}.
     */
    public InstanceMaintenancePolicy minHealthyPercentage(int value) {
      return set("MinHealthyPercentage", Value.of(value));
    }

    /** Sets {@code MinHealthyPercentage} to this value; see {@link #minHealthyPercentage(int)}. */
    public InstanceMaintenancePolicy minHealthyPercentage(Value<Integer> value) {
      return set("MinHealthyPercentage", value);
    }
  }

  /**
   * The attributes for the instance types for a mixed instances policy. Amazon EC2 Auto Scaling
   * uses your specified requirements to identify instance types. Then, it uses your On-Demand and
   * Spot allocation strategies to launch instances from these instance types.
   *
   * <p>When you specify multiple attributes, you get instance types that satisfy all of the
   * specified attributes. If you specify multiple values for an attribute, you get instance types
   * that satisfy any of the specified values.
   *
   * <p>To limit the list of instance types from which Amazon EC2 Auto Scaling can identify matching
   * instance types, you can use one of the following parameters, but not both in the same request:
   *
   * <ul> <li><code>AllowedInstanceTypes</code> - The instance types to include in the list. All
   * other instance types are ignored, even if they match your specified attributes.
   * <li><code>ExcludedInstanceTypes</code> - The instance types to exclude from the list, even if
   * they match your specified attributes. </ul>
   *
   * <p>You must specify <code>VCpuCount</code> and <code>MemoryMiB</code> . All other attributes
   * are optional. Any unspecified optional attribute is set to its default.
   *
   * <p>For an example template, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-ec2-auto-scaling.html">Configure
   * Amazon EC2 Auto Scaling resources</a> .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-asg-instance-type-requirements.html">Creating
   * an Auto Scaling group using attribute-based instance type selection</a> in the <em>Amazon EC2
   * Auto Scaling User Guide</em> . For help determining which instance types match your attributes
   * before you apply them to your Auto Scaling group, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-fleet-attribute-based-instance-type-selection.html#ec2fleet-get-instance-types-from-instance-requirements">Preview
   * instance types with specified attributes</a> in the <em>Amazon EC2 User Guide for Linux
   * Instances</em> .
   *
   * <p><code>InstanceRequirements</code> is a property of the <code>LaunchTemplateOverrides</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplate.html">AWS::AutoScaling::AutoScalingGroup
   * LaunchTemplate</a> property type.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.InstanceRequirements}.
   */
  public static final class InstanceRequirements extends Struct<InstanceRequirements> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.InstanceRequirements")
        .required("MemoryMiB", "VCpuCount")
        .allowed("AcceleratorManufacturers", "amazon-web-services", "amd", "nvidia", "xilinx")
        .allowed("AcceleratorNames", "a100", "k80", "m60", "radeon-pro-v520", "t4", "v100", "vu9p")
        .allowed("AcceleratorTypes", "fpga", "gpu", "inference")
        .constrain("AllowedInstanceTypes", Constraint.of().pattern("^[a-zA-Z0-9\\.\\*\\-]+$").minLength(1).maxLength(30))
        .allowed("BareMetal", "excluded", "included", "required")
        .allowed("BurstablePerformance", "excluded", "included", "required")
        .allowed("CpuManufacturers", "amazon-web-services", "amd", "apple", "intel")
        .constrain("ExcludedInstanceTypes", Constraint.of().pattern("^[a-zA-Z0-9\\.\\*\\-]+$").minLength(1).maxLength(30))
        .allowed("InstanceGenerations", "current", "previous")
        .allowed("LocalStorage", "excluded", "included", "required")
        .allowed("LocalStorageTypes", "hdd", "ssd")
        .constrain("MaxSpotPriceAsPercentageOfOptimalOnDemandPrice", Constraint.of().minimum(0))
        .constrain("OnDemandMaxPricePercentageOverLowestPrice", Constraint.of().minimum(0))
        .constrain("SpotMaxPricePercentageOverLowestPrice", Constraint.of().minimum(0))
        .build();

    public InstanceRequirements() {
      super(SCHEMA);
    }

    /**
     * The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) for an
     * instance type.
     *
     * <p>To exclude accelerator-enabled instance types, set <code>Max</code> to <code>0</code> .
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>CloudFormation property {@code AcceleratorCount}.
     */
    public InstanceRequirements acceleratorCount(Value<AcceleratorCountRequest> value) {
      return set("AcceleratorCount", value);
    }

    /**
     * Indicates whether instance types must have accelerators by specific manufacturers.
     *
     * <ul> <li>For instance types with NVIDIA devices, specify <code>nvidia</code> . <li>For
     * instance types with AMD devices, specify <code>amd</code> . <li>For instance types with AWS
     * devices, specify <code>amazon-web-services</code> . <li>For instance types with Xilinx
     * devices, specify <code>xilinx</code> . </ul>
     *
     * <p>Default: Any manufacturer
     *
     * <p>Allowed values: {@code amazon-web-services}, {@code amd}, {@code nvidia}, {@code xilinx}.
     * CloudFormation property {@code AcceleratorManufacturers}.
     */
    public InstanceRequirements acceleratorManufacturers(List<String> value) {
      return set("AcceleratorManufacturers", Value.listOf(value));
    }

    /**
     * Sets {@code AcceleratorManufacturers} to this value; see {@link
     * #acceleratorManufacturers(List)}.
     */
    public InstanceRequirements acceleratorManufacturers(Value<List<String>> value) {
      return set("AcceleratorManufacturers", value);
    }

    /**
     * Lists the accelerators that must be on an instance type.
     *
     * <ul> <li>For instance types with NVIDIA A100 GPUs, specify <code>a100</code> . <li>For
     * instance types with NVIDIA V100 GPUs, specify <code>v100</code> . <li>For instance types with
     * NVIDIA K80 GPUs, specify <code>k80</code> . <li>For instance types with NVIDIA T4 GPUs,
     * specify <code>t4</code> . <li>For instance types with NVIDIA M60 GPUs, specify
     * <code>m60</code> . <li>For instance types with AMD Radeon Pro V520 GPUs, specify
     * <code>radeon-pro-v520</code> . <li>For instance types with Xilinx VU9P FPGAs, specify
     * <code>vu9p</code> . </ul>
     *
     * <p>Default: Any accelerator
     *
     * <p>Allowed values: {@code a100}, {@code k80}, {@code m60}, {@code radeon-pro-v520}, {@code
     * t4}, {@code v100}, {@code vu9p}. CloudFormation property {@code AcceleratorNames}.
     */
    public InstanceRequirements acceleratorNames(List<String> value) {
      return set("AcceleratorNames", Value.listOf(value));
    }

    /** Sets {@code AcceleratorNames} to this value; see {@link #acceleratorNames(List)}. */
    public InstanceRequirements acceleratorNames(Value<List<String>> value) {
      return set("AcceleratorNames", value);
    }

    /**
     * The minimum and maximum total memory size for the accelerators on an instance type, in MiB.
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>CloudFormation property {@code AcceleratorTotalMemoryMiB}.
     */
    public InstanceRequirements acceleratorTotalMemoryMiB(Value<AcceleratorTotalMemoryMiBRequest> value) {
      return set("AcceleratorTotalMemoryMiB", value);
    }

    /**
     * Lists the accelerator types that must be on an instance type.
     *
     * <ul> <li>For instance types with GPU accelerators, specify <code>gpu</code> . <li>For
     * instance types with FPGA accelerators, specify <code>fpga</code> . <li>For instance types
     * with inference accelerators, specify <code>inference</code> . </ul>
     *
     * <p>Default: Any accelerator type
     *
     * <p>Allowed values: {@code fpga}, {@code gpu}, {@code inference}. CloudFormation property
     * {@code AcceleratorTypes}.
     */
    public InstanceRequirements acceleratorTypes(List<String> value) {
      return set("AcceleratorTypes", Value.listOf(value));
    }

    /** Sets {@code AcceleratorTypes} to this value; see {@link #acceleratorTypes(List)}. */
    public InstanceRequirements acceleratorTypes(Value<List<String>> value) {
      return set("AcceleratorTypes", value);
    }

    /**
     * The instance types to apply your specified attributes against. All other instance types are
     * ignored, even if they match your specified attributes.
     *
     * <p>You can use strings with one or more wild cards, represented by an asterisk (
     * <code><em></code> ), to allow an instance type, size, or generation. The following are
     * examples: <code>m5.8xlarge</code> , <code>c5</em>.<em></code> , <code>m5a.</em></code> ,
     * <code>r*</code> , <code><em>3</em></code> .
     *
     * <p>For example, if you specify <code>c5*</code> , Amazon EC2 Auto Scaling will allow the
     * entire C5 instance family, which includes all C5a and C5n instance types. If you specify
     * <code>m5a.*</code> , Amazon EC2 Auto Scaling will allow all the M5a instance types, but not
     * the M5n instance types.
     *
     * <p>If you specify <code>AllowedInstanceTypes</code> , you can't specify
     * <code>ExcludedInstanceTypes</code> .
     *
     * <p>Default: All instance types
     *
     * <p>Length: 1 to 30 characters. Pattern: {@code ^[a-zA-Z0-9&#92;.&#92;*&#92;-]+$}.
     * CloudFormation property {@code AllowedInstanceTypes}.
     */
    public InstanceRequirements allowedInstanceTypes(List<String> value) {
      return set("AllowedInstanceTypes", Value.listOf(value));
    }

    /** Sets {@code AllowedInstanceTypes} to this value; see {@link #allowedInstanceTypes(List)}. */
    public InstanceRequirements allowedInstanceTypes(Value<List<String>> value) {
      return set("AllowedInstanceTypes", value);
    }

    /**
     * Indicates whether bare metal instance types are included, excluded, or required.
     *
     * <p>Default: <code>excluded</code>
     *
     * <p>Allowed values: {@code excluded}, {@code included}, {@code required}. CloudFormation
     * property {@code BareMetal}.
     */
    public InstanceRequirements bareMetal(String value) {
      return set("BareMetal", Value.of(value));
    }

    /** Sets {@code BareMetal} to this value; see {@link #bareMetal(String)}. */
    public InstanceRequirements bareMetal(Value<String> value) {
      return set("BareMetal", value);
    }

    /**
     * The minimum and maximum baseline bandwidth performance for an instance type, in Mbps. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html">Amazon
     * EBS–optimized instances</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>CloudFormation property {@code BaselineEbsBandwidthMbps}.
     */
    public InstanceRequirements baselineEbsBandwidthMbps(Value<BaselineEbsBandwidthMbpsRequest> value) {
      return set("BaselineEbsBandwidthMbps", value);
    }

    /**
     * The baseline performance factors for the instance requirements.
     *
     * <p>CloudFormation property {@code BaselinePerformanceFactors}.
     */
    public InstanceRequirements baselinePerformanceFactors(Value<BaselinePerformanceFactorsRequest> value) {
      return set("BaselinePerformanceFactors", value);
    }

    /**
     * Indicates whether burstable performance instance types are included, excluded, or required.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances.html">Burstable
     * performance instances</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Default: <code>excluded</code>
     *
     * <p>Allowed values: {@code excluded}, {@code included}, {@code required}. CloudFormation
     * property {@code BurstablePerformance}.
     */
    public InstanceRequirements burstablePerformance(String value) {
      return set("BurstablePerformance", Value.of(value));
    }

    /**
     * Sets {@code BurstablePerformance} to this value; see {@link #burstablePerformance(String)}.
     */
    public InstanceRequirements burstablePerformance(Value<String> value) {
      return set("BurstablePerformance", value);
    }

    /**
     * Lists which specific CPU manufacturers to include.
     *
     * <ul> <li>For instance types with Intel CPUs, specify <code>intel</code> . <li>For instance
     * types with AMD CPUs, specify <code>amd</code> . <li>For instance types with AWS CPUs, specify
     * <code>amazon-web-services</code> . <li>For instance types with Apple CPUs, specify
     * <code>apple</code> . </ul>
     *
     * <p>Don't confuse the CPU hardware manufacturer with the CPU hardware architecture. Instances
     * will be launched with a compatible CPU architecture based on the Amazon Machine Image (AMI)
     * that you specify in your launch template.
     *
     * <p>Default: Any manufacturer
     *
     * <p>Allowed values: {@code amazon-web-services}, {@code amd}, {@code apple}, {@code intel}.
     * CloudFormation property {@code CpuManufacturers}.
     */
    public InstanceRequirements cpuManufacturers(List<String> value) {
      return set("CpuManufacturers", Value.listOf(value));
    }

    /** Sets {@code CpuManufacturers} to this value; see {@link #cpuManufacturers(List)}. */
    public InstanceRequirements cpuManufacturers(Value<List<String>> value) {
      return set("CpuManufacturers", value);
    }

    /**
     * The instance types to exclude. You can use strings with one or more wild cards, represented
     * by an asterisk ( <code><em></code> ), to exclude an instance family, type, size, or
     * generation. The following are examples: <code>m5.8xlarge</code> , <code>c5</em>.<em></code> ,
     * <code>m5a.</em></code> , <code>r*</code> , <code><em>3</em></code> .
     *
     * <p>For example, if you specify <code>c5*</code> , you are excluding the entire C5 instance
     * family, which includes all C5a and C5n instance types. If you specify <code>m5a.*</code> ,
     * Amazon EC2 Auto Scaling will exclude all the M5a instance types, but not the M5n instance
     * types.
     *
     * <p>If you specify <code>ExcludedInstanceTypes</code> , you can't specify
     * <code>AllowedInstanceTypes</code> .
     *
     * <p>Default: No excluded instance types
     *
     * <p>Length: 1 to 30 characters. Pattern: {@code ^[a-zA-Z0-9&#92;.&#92;*&#92;-]+$}.
     * CloudFormation property {@code ExcludedInstanceTypes}.
     */
    public InstanceRequirements excludedInstanceTypes(List<String> value) {
      return set("ExcludedInstanceTypes", Value.listOf(value));
    }

    /**
     * Sets {@code ExcludedInstanceTypes} to this value; see {@link #excludedInstanceTypes(List)}.
     */
    public InstanceRequirements excludedInstanceTypes(Value<List<String>> value) {
      return set("ExcludedInstanceTypes", value);
    }

    /**
     * Indicates whether current or previous generation instance types are included.
     *
     * <ul> <li>For current generation instance types, specify <code>current</code> . The current
     * generation includes EC2 instance types currently recommended for use. This typically includes
     * the latest two to three generations in each instance family. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html">Instance
     * types</a> in the <em>Amazon EC2 User Guide</em> . <li>For previous generation instance types,
     * specify <code>previous</code> . </ul>
     *
     * <p>Default: Any current or previous generation
     *
     * <p>Allowed values: {@code current}, {@code previous}. CloudFormation property {@code
     * InstanceGenerations}.
     */
    public InstanceRequirements instanceGenerations(List<String> value) {
      return set("InstanceGenerations", Value.listOf(value));
    }

    /** Sets {@code InstanceGenerations} to this value; see {@link #instanceGenerations(List)}. */
    public InstanceRequirements instanceGenerations(Value<List<String>> value) {
      return set("InstanceGenerations", value);
    }

    /**
     * Indicates whether instance types with instance store volumes are included, excluded, or
     * required. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html">Amazon EC2
     * instance store</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Default: <code>included</code>
     *
     * <p>Allowed values: {@code excluded}, {@code included}, {@code required}. CloudFormation
     * property {@code LocalStorage}.
     */
    public InstanceRequirements localStorage(String value) {
      return set("LocalStorage", Value.of(value));
    }

    /** Sets {@code LocalStorage} to this value; see {@link #localStorage(String)}. */
    public InstanceRequirements localStorage(Value<String> value) {
      return set("LocalStorage", value);
    }

    /**
     * Indicates the type of local storage that is required.
     *
     * <ul> <li>For instance types with hard disk drive (HDD) storage, specify <code>hdd</code> .
     * <li>For instance types with solid state drive (SSD) storage, specify <code>ssd</code> . </ul>
     *
     * <p>Default: Any local storage type
     *
     * <p>Allowed values: {@code hdd}, {@code ssd}. CloudFormation property {@code
     * LocalStorageTypes}.
     */
    public InstanceRequirements localStorageTypes(List<String> value) {
      return set("LocalStorageTypes", Value.listOf(value));
    }

    /** Sets {@code LocalStorageTypes} to this value; see {@link #localStorageTypes(List)}. */
    public InstanceRequirements localStorageTypes(Value<List<String>> value) {
      return set("LocalStorageTypes", value);
    }

    /**
     * [Price protection] The price protection threshold for Spot Instances, as a percentage of an
     * identified On-Demand price. The identified On-Demand price is the price of the lowest priced
     * current generation C, M, or R instance type with your specified attributes. If no current
     * generation C, M, or R instance type matches your attributes, then the identified price is
     * from either the lowest priced current generation instance types or, failing that, the lowest
     * priced previous generation instance types that match your attributes. When Amazon EC2 Auto
     * Scaling selects instance types with your attributes, we will exclude instance types whose
     * price exceeds your specified threshold.
     *
     * <p>The parameter accepts an integer, which Amazon EC2 Auto Scaling interprets as a
     * percentage.
     *
     * <p>If you set <code>DesiredCapacityType</code> to <code>vcpu</code> or
     * <code>memory-mib</code> , the price protection threshold is based on the per-vCPU or
     * per-memory price instead of the per instance price.
     *
     * <p>Only one of <code>SpotMaxPricePercentageOverLowestPrice</code> or
     * <code>MaxSpotPriceAsPercentageOfOptimalOnDemandPrice</code> can be specified. If you don't
     * specify either, Amazon EC2 Auto Scaling will automatically apply optimal price protection to
     * consistently select from a wide range of instance types. To indicate no price protection
     * threshold for Spot Instances, meaning you want to consider all instance types that match your
     * attributes, include one of these parameters and specify a high value, such as
     * <code>999999</code> .
     *
     * <p>Range: at least 0. CloudFormation property {@code
     * MaxSpotPriceAsPercentageOfOptimalOnDemandPrice}.
     */
    public InstanceRequirements maxSpotPriceAsPercentageOfOptimalOnDemandPrice(int value) {
      return set("MaxSpotPriceAsPercentageOfOptimalOnDemandPrice", Value.of(value));
    }

    /**
     * Sets {@code MaxSpotPriceAsPercentageOfOptimalOnDemandPrice} to this value; see {@link
     * #maxSpotPriceAsPercentageOfOptimalOnDemandPrice(int)}.
     */
    public InstanceRequirements maxSpotPriceAsPercentageOfOptimalOnDemandPrice(Value<Integer> value) {
      return set("MaxSpotPriceAsPercentageOfOptimalOnDemandPrice", value);
    }

    /**
     * The minimum and maximum amount of memory per vCPU for an instance type, in GiB.
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>CloudFormation property {@code MemoryGiBPerVCpu}.
     */
    public InstanceRequirements memoryGiBPerVCpu(Value<MemoryGiBPerVCpuRequest> value) {
      return set("MemoryGiBPerVCpu", value);
    }

    /**
     * The minimum and maximum instance memory size for an instance type, in MiB.
     *
     * <p>Required. CloudFormation property {@code MemoryMiB}.
     */
    public InstanceRequirements memoryMiB(Value<MemoryMiBRequest> value) {
      return set("MemoryMiB", value);
    }

    /**
     * The minimum and maximum amount of network bandwidth, in gigabits per second (Gbps).
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>CloudFormation property {@code NetworkBandwidthGbps}.
     */
    public InstanceRequirements networkBandwidthGbps(Value<NetworkBandwidthGbpsRequest> value) {
      return set("NetworkBandwidthGbps", value);
    }

    /**
     * The minimum and maximum number of network interfaces for an instance type.
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>CloudFormation property {@code NetworkInterfaceCount}.
     */
    public InstanceRequirements networkInterfaceCount(Value<NetworkInterfaceCountRequest> value) {
      return set("NetworkInterfaceCount", value);
    }

    /**
     * [Price protection] The price protection threshold for On-Demand Instances, as a percentage
     * higher than an identified On-Demand price. The identified On-Demand price is the price of the
     * lowest priced current generation C, M, or R instance type with your specified attributes. If
     * no current generation C, M, or R instance type matches your attributes, then the identified
     * price is from either the lowest priced current generation instance types or, failing that,
     * the lowest priced previous generation instance types that match your attributes. When Amazon
     * EC2 Auto Scaling selects instance types with your attributes, we will exclude instance types
     * whose price exceeds your specified threshold.
     *
     * <p>The parameter accepts an integer, which Amazon EC2 Auto Scaling interprets as a
     * percentage.
     *
     * <p>To turn off price protection, specify a high value, such as <code>999999</code> .
     *
     * <p>If you set <code>DesiredCapacityType</code> to <code>vcpu</code> or
     * <code>memory-mib</code> , the price protection threshold is applied based on the per-vCPU or
     * per-memory price instead of the per instance price.
     *
     * <p>Default: <code>20</code>
     *
     * <p>Range: at least 0. CloudFormation property {@code
     * OnDemandMaxPricePercentageOverLowestPrice}.
     */
    public InstanceRequirements onDemandMaxPricePercentageOverLowestPrice(int value) {
      return set("OnDemandMaxPricePercentageOverLowestPrice", Value.of(value));
    }

    /**
     * Sets {@code OnDemandMaxPricePercentageOverLowestPrice} to this value; see {@link
     * #onDemandMaxPricePercentageOverLowestPrice(int)}.
     */
    public InstanceRequirements onDemandMaxPricePercentageOverLowestPrice(Value<Integer> value) {
      return set("OnDemandMaxPricePercentageOverLowestPrice", value);
    }

    /**
     * Indicates whether instance types must provide On-Demand Instance hibernation support.
     *
     * <p>Default: <code>false</code>
     *
     * <p>CloudFormation property {@code RequireHibernateSupport}.
     */
    public InstanceRequirements requireHibernateSupport(boolean value) {
      return set("RequireHibernateSupport", Value.of(value));
    }

    /**
     * Sets {@code RequireHibernateSupport} to this value; see {@link
     * #requireHibernateSupport(boolean)}.
     */
    public InstanceRequirements requireHibernateSupport(Value<Boolean> value) {
      return set("RequireHibernateSupport", value);
    }

    /**
     * [Price protection] The price protection threshold for Spot Instances, as a percentage higher
     * than an identified Spot price. The identified Spot price is the price of the lowest priced
     * current generation C, M, or R instance type with your specified attributes. If no current
     * generation C, M, or R instance type matches your attributes, then the identified price is
     * from either the lowest priced current generation instance types or, failing that, the lowest
     * priced previous generation instance types that match your attributes. When Amazon EC2 Auto
     * Scaling selects instance types with your attributes, we will exclude instance types whose
     * price exceeds your specified threshold.
     *
     * <p>The parameter accepts an integer, which Amazon EC2 Auto Scaling interprets as a
     * percentage.
     *
     * <p>If you set <code>DesiredCapacityType</code> to <code>vcpu</code> or
     * <code>memory-mib</code> , the price protection threshold is based on the per-vCPU or
     * per-memory price instead of the per instance price.
     *
     * <p>Only one of <code>SpotMaxPricePercentageOverLowestPrice</code> or
     * <code>MaxSpotPriceAsPercentageOfOptimalOnDemandPrice</code> can be specified. If you don't
     * specify either, Amazon EC2 Auto Scaling will automatically apply optimal price protection to
     * consistently select from a wide range of instance types. To indicate no price protection
     * threshold for Spot Instances, meaning you want to consider all instance types that match your
     * attributes, include one of these parameters and specify a high value, such as
     * <code>999999</code> .
     *
     * <p>Range: at least 0. CloudFormation property {@code SpotMaxPricePercentageOverLowestPrice}.
     */
    public InstanceRequirements spotMaxPricePercentageOverLowestPrice(int value) {
      return set("SpotMaxPricePercentageOverLowestPrice", Value.of(value));
    }

    /**
     * Sets {@code SpotMaxPricePercentageOverLowestPrice} to this value; see {@link
     * #spotMaxPricePercentageOverLowestPrice(int)}.
     */
    public InstanceRequirements spotMaxPricePercentageOverLowestPrice(Value<Integer> value) {
      return set("SpotMaxPricePercentageOverLowestPrice", value);
    }

    /**
     * The minimum and maximum total local storage size for an instance type, in GB.
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>CloudFormation property {@code TotalLocalStorageGB}.
     */
    public InstanceRequirements totalLocalStorageGB(Value<TotalLocalStorageGBRequest> value) {
      return set("TotalLocalStorageGB", value);
    }

    /**
     * The minimum and maximum number of vCPUs for an instance type.
     *
     * <p>Required. CloudFormation property {@code VCpuCount}.
     */
    public InstanceRequirements vCpuCount(Value<VCpuCountRequest> value) {
      return set("VCpuCount", value);
    }
  }

  /**
   * Use this structure to specify the distribution of On-Demand Instances and Spot Instances and
   * the allocation strategies used to fulfill On-Demand and Spot capacities for a mixed instances
   * policy.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-mixed-instances-groups.html">Auto
   * Scaling groups with multiple instance types and purchase options</a> in the <em>Amazon EC2 Auto
   * Scaling User Guide</em> .
   *
   * <p><code>InstancesDistribution</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-mixedinstancespolicy.html">AWS::AutoScaling::AutoScalingGroup
   * MixedInstancesPolicy</a> property type.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.InstancesDistribution}.
   */
  public static final class InstancesDistribution extends Struct<InstancesDistribution> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.InstancesDistribution")
        .constrain("SpotMaxPrice", Constraint.of().minLength(0).maxLength(255))
        .build();

    public InstancesDistribution() {
      super(SCHEMA);
    }

    /**
     * The Distribution Segments configuration. Each segment contains an ordered list of capacity
     * types to prioritize. For more information, see <a
     * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/use-distribution-segments.html">Use
     * Distribution Segments to target multiple capacity types</a> in the <em>Amazon EC2 Auto
     * Scaling User Guide</em>.
     *
     * <p>CloudFormation property {@code DistributionSegments}.
     */
    public InstancesDistribution distributionSegments(List<DistributionSegment> value) {
      return set("DistributionSegments", Value.listOf(value));
    }

    /** Sets {@code DistributionSegments} to this value; see {@link #distributionSegments(List)}. */
    public InstancesDistribution distributionSegments(Value<List<DistributionSegment>> value) {
      return set("DistributionSegments", value);
    }

    /**
     * Sets {@code DistributionSegments} to a list of these; see {@link
     * #distributionSegments(List)}.
     */
    public InstancesDistribution distributionSegments(DistributionSegment... values) {
      return set("DistributionSegments", Value.list(values));
    }

    /**
     * The allocation strategy to apply to your On-Demand Instances when they are launched. Possible
     * instance types are determined by the launch template overrides that you specify.
     *
     * <p>The following lists the valid values:
     *
     * <ul> <li><b>lowest-price</b> - Uses price to determine which instance types are the highest
     * priority, launching the lowest priced instance types within an Availability Zone first. This
     * is the default value for Auto Scaling groups that specify <code>InstanceRequirements</code> .
     * <li><b>prioritized</b> - You set the order of instance types for the launch template
     * overrides from highest to lowest priority (from first to last in the list). Amazon EC2 Auto
     * Scaling launches your highest priority instance types first. If all your On-Demand capacity
     * cannot be fulfilled using your highest priority instance type, then Amazon EC2 Auto Scaling
     * launches the remaining capacity using the second priority instance type, and so on. This is
     * the default value for Auto Scaling groups that don't specify
     * <code>InstanceRequirements</code> and cannot be used for groups that do. </ul>
     *
     * <p>CloudFormation property {@code OnDemandAllocationStrategy}.
     */
    public InstancesDistribution onDemandAllocationStrategy(String value) {
      return set("OnDemandAllocationStrategy", Value.of(value));
    }

    /**
     * Sets {@code OnDemandAllocationStrategy} to this value; see {@link
     * #onDemandAllocationStrategy(String)}.
     */
    public InstancesDistribution onDemandAllocationStrategy(Value<String> value) {
      return set("OnDemandAllocationStrategy", value);
    }

    /**
     * The minimum amount of the Auto Scaling group's capacity that must be fulfilled by On-Demand
     * Instances. This base portion is launched first as your group scales.
     *
     * <p>This number has the same unit of measurement as the group's desired capacity. If you
     * change the default unit of measurement (number of instances) by specifying weighted capacity
     * values in your launch template overrides list, or by changing the default desired capacity
     * type setting of the group, you must specify this number using the same unit of measurement.
     *
     * <p>Default: 0
     *
     * <p>An update to this setting means a gradual replacement of instances to adjust the current
     * On-Demand Instance levels. When replacing instances, Amazon EC2 Auto Scaling launches new
     * instances before terminating the previous ones.
     *
     * <p>CloudFormation property {@code OnDemandBaseCapacity}.
     */
    public InstancesDistribution onDemandBaseCapacity(int value) {
      return set("OnDemandBaseCapacity", Value.of(value));
    }

    /** Sets {@code OnDemandBaseCapacity} to this value; see {@link #onDemandBaseCapacity(int)}. */
    public InstancesDistribution onDemandBaseCapacity(Value<Integer> value) {
      return set("OnDemandBaseCapacity", value);
    }

    /**
     * Controls the percentages of On-Demand Instances and Spot Instances for your additional
     * capacity beyond <code>OnDemandBaseCapacity</code> . Expressed as a number (for example, 20
     * specifies 20% On-Demand Instances, 80% Spot Instances). If set to 100, only On-Demand
     * Instances are used.
     *
     * <p>Default: 100
     *
     * <p>An update to this setting means a gradual replacement of instances to adjust the current
     * On-Demand and Spot Instance levels for your additional capacity higher than the base
     * capacity. When replacing instances, Amazon EC2 Auto Scaling launches new instances before
     * terminating the previous ones.
     *
     * <p>CloudFormation property {@code OnDemandPercentageAboveBaseCapacity}.
     */
    public InstancesDistribution onDemandPercentageAboveBaseCapacity(int value) {
      return set("OnDemandPercentageAboveBaseCapacity", Value.of(value));
    }

    /**
     * Sets {@code OnDemandPercentageAboveBaseCapacity} to this value; see {@link
     * #onDemandPercentageAboveBaseCapacity(int)}.
     */
    public InstancesDistribution onDemandPercentageAboveBaseCapacity(Value<Integer> value) {
      return set("OnDemandPercentageAboveBaseCapacity", value);
    }

    /**
     * The allocation strategy to apply to your Spot Instances when they are launched. Possible
     * instance types are determined by the launch template overrides that you specify.
     *
     * <p>The following lists the valid values:
     *
     * <ul> <li><b>capacity-optimized</b> - Requests Spot Instances using pools that are optimally
     * chosen based on the available Spot capacity. This strategy has the lowest risk of
     * interruption. To give certain instance types a higher chance of launching first, use
     * <code>capacity-optimized-prioritized</code> . <li><b>capacity-optimized-prioritized</b> - You
     * set the order of instance types for the launch template overrides from highest to lowest
     * priority (from first to last in the list). Amazon EC2 Auto Scaling honors the instance type
     * priorities on a best effort basis but optimizes for capacity first. Note that if the
     * On-Demand allocation strategy is set to <code>prioritized</code> , the same priority is
     * applied when fulfilling On-Demand capacity. This is not a valid value for Auto Scaling groups
     * that specify <code>InstanceRequirements</code> . <li><b>lowest-price</b> - Requests Spot
     * Instances using the lowest priced pools within an Availability Zone, across the number of
     * Spot pools that you specify for the <code>SpotInstancePools</code> property. To ensure that
     * your desired capacity is met, you might receive Spot Instances from several pools. This is
     * the default value, but it might lead to high interruption rates because this strategy only
     * considers instance price and not available capacity. <li><b>price-capacity-optimized
     * (recommended)</b> - The price and capacity optimized allocation strategy looks at both price
     * and capacity to select the Spot Instance pools that are the least likely to be interrupted
     * and have the lowest possible price. </ul>
     *
     * <p>CloudFormation property {@code SpotAllocationStrategy}.
     */
    public InstancesDistribution spotAllocationStrategy(String value) {
      return set("SpotAllocationStrategy", Value.of(value));
    }

    /**
     * Sets {@code SpotAllocationStrategy} to this value; see {@link
     * #spotAllocationStrategy(String)}.
     */
    public InstancesDistribution spotAllocationStrategy(Value<String> value) {
      return set("SpotAllocationStrategy", value);
    }

    /**
     * The number of Spot Instance pools across which to allocate your Spot Instances. The Spot
     * pools are determined from the different instance types in the overrides. Valid only when the
     * <code>SpotAllocationStrategy</code> is <code>lowest-price</code> . Value must be in the range
     * of 1–20.
     *
     * <p>Default: 2
     *
     * <p>CloudFormation property {@code SpotInstancePools}.
     */
    public InstancesDistribution spotInstancePools(int value) {
      return set("SpotInstancePools", Value.of(value));
    }

    /** Sets {@code SpotInstancePools} to this value; see {@link #spotInstancePools(int)}. */
    public InstancesDistribution spotInstancePools(Value<Integer> value) {
      return set("SpotInstancePools", value);
    }

    /**
     * The maximum price per unit hour that you are willing to pay for a Spot Instance. If your
     * maximum price is lower than the Spot price for the instance types that you selected, your
     * Spot Instances are not launched. We do not recommend specifying a maximum price because it
     * can lead to increased interruptions. When Spot Instances launch, you pay the current Spot
     * price. To remove a maximum price that you previously set, include the property but specify an
     * empty string ("") for the value.
     *
     * <p>If you specify a maximum price, your instances will be interrupted more frequently than if
     * you do not specify one.
     *
     * <p>Valid Range: Minimum value of 0.001
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code SpotMaxPrice}.
     */
    public InstancesDistribution spotMaxPrice(String value) {
      return set("SpotMaxPrice", Value.of(value));
    }

    /** Sets {@code SpotMaxPrice} to this value; see {@link #spotMaxPrice(String)}. */
    public InstancesDistribution spotMaxPrice(Value<String> value) {
      return set("SpotMaxPrice", value);
    }
  }

  /**
   * Use this structure to specify the launch templates and instance types (overrides) for a mixed
   * instances policy.
   *
   * <p><code>LaunchTemplate</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-mixedinstancespolicy.html">AWS::AutoScaling::AutoScalingGroup
   * MixedInstancesPolicy</a> property type.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.LaunchTemplate}.
   */
  public static final class LaunchTemplate extends Struct<LaunchTemplate> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.LaunchTemplate")
        .required("LaunchTemplateSpecification")
        .build();

    public LaunchTemplate() {
      super(SCHEMA);
    }

    /**
     * The launch template.
     *
     * <p>Required. CloudFormation property {@code LaunchTemplateSpecification}.
     */
    public LaunchTemplate launchTemplateSpecification(Value<LaunchTemplateSpecification> value) {
      return set("LaunchTemplateSpecification", value);
    }

    /**
     * Any properties that you specify override the same properties in the launch template.
     *
     * <p>CloudFormation property {@code Overrides}.
     */
    public LaunchTemplate overrides(List<LaunchTemplateOverrides> value) {
      return set("Overrides", Value.listOf(value));
    }

    /** Sets {@code Overrides} to this value; see {@link #overrides(List)}. */
    public LaunchTemplate overrides(Value<List<LaunchTemplateOverrides>> value) {
      return set("Overrides", value);
    }

    /** Sets {@code Overrides} to a list of these; see {@link #overrides(List)}. */
    public LaunchTemplate overrides(LaunchTemplateOverrides... values) {
      return set("Overrides", Value.list(values));
    }
  }

  /**
   * Use this structure to let Amazon EC2 Auto Scaling do the following when the Auto Scaling group
   * has a mixed instances policy:
   *
   * <ul> <li>Override the instance type that is specified in the launch template. <li>Use multiple
   * instance types. </ul>
   *
   * <p>Specify the instance types that you want, or define your instance requirements instead and
   * let Amazon EC2 Auto Scaling provision the available instance types that meet your requirements.
   * This can provide Amazon EC2 Auto Scaling with a larger selection of instance types to choose
   * from when fulfilling Spot and On-Demand capacities. You can view which instance types are
   * matched before you apply the instance requirements to your Auto Scaling group.
   *
   * <p>After you define your instance requirements, you don't have to keep updating these settings
   * to get new EC2 instance types automatically. Amazon EC2 Auto Scaling uses the instance
   * requirements of the Auto Scaling group to determine whether a new EC2 instance type can be
   * used.
   *
   * <p><code>LaunchTemplateOverrides</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplate.html">AWS::AutoScaling::AutoScalingGroup
   * LaunchTemplate</a> property type.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.LaunchTemplateOverrides}.
   */
  public static final class LaunchTemplateOverrides extends Struct<LaunchTemplateOverrides> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.LaunchTemplateOverrides")
        .constrain("ImageId", Constraint.of().pattern("^ami-[a-z0-9]{1,17}$").minLength(5).maxLength(21).format("AWS::EC2::Image.Id"))
        .constrain("InstanceType", Constraint.of().minLength(1).maxLength(255))
        .constrain("WeightedCapacity", Constraint.of().minLength(1).maxLength(32))
        .build();

    public LaunchTemplateOverrides() {
      super(SCHEMA);
    }

    /**
     * The ID of the Amazon Machine Image (AMI) to use for instances launched with this override.
     * When using Instance Refresh with <code>ReplaceRootVolume</code> strategy, this specifies the
     * AMI for root volume replacement operations.
     *
     * <p>For <code>ReplaceRootVolume</code> operations:
     *
     * <ul> <li>All overrides in the <code>MixedInstancesPolicy</code> must specify an ImageId
     * <li>The AMI must contain only a single root volume <li>Root volume replacement doesn't
     * support multi-volume AMIs </ul>
     *
     * <p>Length: 5 to 21 characters. Pattern: {@code ^ami-[a-z0-9]{1,17}$}. Format: {@code
     * AWS::EC2::Image.Id}. CloudFormation property {@code ImageId}.
     */
    public LaunchTemplateOverrides imageId(String value) {
      return set("ImageId", Value.of(value));
    }

    /** Sets {@code ImageId} to this value; see {@link #imageId(String)}. */
    public LaunchTemplateOverrides imageId(Value<String> value) {
      return set("ImageId", value);
    }

    /**
     * The instance requirements. Amazon EC2 Auto Scaling uses your specified requirements to
     * identify instance types. Then, it uses your On-Demand and Spot allocation strategies to
     * launch instances from these instance types.
     *
     * <p>You can specify up to four separate sets of instance requirements per Auto Scaling group.
     * This is useful for provisioning instances from different Amazon Machine Images (AMIs) in the
     * same Auto Scaling group. To do this, create the AMIs and create a new launch template for
     * each AMI. Then, create a compatible set of instance requirements for each launch template.
     *
     * <p>If you specify <code>InstanceRequirements</code> , you can't specify
     * <code>InstanceType</code> .
     *
     * <p>CloudFormation property {@code InstanceRequirements}.
     */
    public LaunchTemplateOverrides instanceRequirements(Value<InstanceRequirements> value) {
      return set("InstanceRequirements", value);
    }

    /**
     * The instance type, such as <code>m3.xlarge</code> . You must specify an instance type that is
     * supported in your requested Region and Availability Zones. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html">Instance
     * types</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>You can specify up to 40 instance types per Auto Scaling group.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code InstanceType}.
     */
    public LaunchTemplateOverrides instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public LaunchTemplateOverrides instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * Provides a launch template for the specified instance type or set of instance requirements.
     * For example, some instance types might require a launch template with a different AMI. If not
     * provided, Amazon EC2 Auto Scaling uses the launch template that's specified in the
     * <code>LaunchTemplate</code> definition. For more information, see <a
     * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-mixed-instances-groups-launch-template-overrides.html">Specifying
     * a different launch template for an instance type</a> in the <em>Amazon EC2 Auto Scaling User
     * Guide</em> .
     *
     * <p>You can specify up to 20 launch templates per Auto Scaling group. The launch templates
     * specified in the overrides and in the <code>LaunchTemplate</code> definition count towards
     * this limit.
     *
     * <p>CloudFormation property {@code LaunchTemplateSpecification}.
     */
    public LaunchTemplateOverrides launchTemplateSpecification(Value<LaunchTemplateSpecification> value) {
      return set("LaunchTemplateSpecification", value);
    }

    /**
     * If you provide a list of instance types to use, you can specify the number of capacity units
     * provided by each instance type in terms of virtual CPUs, memory, storage, throughput, or
     * other relative performance characteristic. When a Spot or On-Demand Instance is launched, the
     * capacity units count toward the desired capacity. Amazon EC2 Auto Scaling launches instances
     * until the desired capacity is totally fulfilled, even if this results in an overage. For
     * example, if there are two units remaining to fulfill capacity, and Amazon EC2 Auto Scaling
     * can only launch an instance with a <code>WeightedCapacity</code> of five units, the instance
     * is launched, and the desired capacity is exceeded by three units. For more information, see
     * <a
     * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-mixed-instances-groups-instance-weighting.html">Configure
     * instance weighting for Amazon EC2 Auto Scaling</a> in the <em>Amazon EC2 Auto Scaling User
     * Guide</em> . Value must be in the range of 1-999.
     *
     * <p>If you specify a value for <code>WeightedCapacity</code> for one instance type, you must
     * specify a value for <code>WeightedCapacity</code> for all of them.
     *
     * <p>Every Auto Scaling group has three size parameters ( <code>DesiredCapacity</code> ,
     * <code>MaxSize</code> , and <code>MinSize</code> ). Usually, you set these sizes based on a
     * specific number of instances. However, if you configure a mixed instances policy that defines
     * weights for the instance types, you must specify these sizes with the same units that you use
     * for weighting instances.
     *
     * <p>Length: 1 to 32 characters. CloudFormation property {@code WeightedCapacity}.
     */
    public LaunchTemplateOverrides weightedCapacity(String value) {
      return set("WeightedCapacity", Value.of(value));
    }

    /** Sets {@code WeightedCapacity} to this value; see {@link #weightedCapacity(String)}. */
    public LaunchTemplateOverrides weightedCapacity(Value<String> value) {
      return set("WeightedCapacity", value);
    }
  }

  /**
   * Specifies a launch template to use when provisioning EC2 instances for an Auto Scaling group.
   *
   * <p>You must specify the following:
   *
   * <ul> <li>The ID or the name of the launch template, but not both. <li>The version of the launch
   * template. </ul>
   *
   * <p><code>LaunchTemplateSpecification</code> is property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html">AWS::AutoScaling::AutoScalingGroup</a>
   * resource. It is also a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplate.html">AWS::AutoScaling::AutoScalingGroup
   * LaunchTemplate</a> and <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html">AWS::AutoScaling::AutoScalingGroup
   * LaunchTemplateOverrides</a> property types.
   *
   * <p>For information about creating a launch template, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-launchtemplate.html">AWS::EC2::LaunchTemplate</a>
   * and <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-template.html">Create
   * a launch template for an Auto Scaling group</a> in the <em>Amazon EC2 Auto Scaling User
   * Guide</em> .
   *
   * <p>For examples of launch templates, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-ec2-launch-templates.html">Create
   * launch templates</a> .
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.LaunchTemplateSpecification}.
   */
  public static final class LaunchTemplateSpecification extends Struct<LaunchTemplateSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.LaunchTemplateSpecification")
        .required("Version")
        .constrain("LaunchTemplateId", Constraint.of().minLength(1).maxLength(255))
        .references("LaunchTemplateId", "AWS::EC2::LaunchTemplate.Ref")
        .constrain("LaunchTemplateName", Constraint.of().pattern("^[a-zA-Z0-9\\(\\)\\.\\-/_]+$").minLength(3).maxLength(128))
        .constrain("Version", Constraint.of().minLength(1).maxLength(255))
        .build();

    public LaunchTemplateSpecification() {
      super(SCHEMA);
    }

    /**
     * The ID of the launch template.
     *
     * <p>You must specify the <code>LaunchTemplateID</code> or the <code>LaunchTemplateName</code>
     * , but not both.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code LaunchTemplateId}.
     */
    public LaunchTemplateSpecification launchTemplateId(String value) {
      return set("LaunchTemplateId", Value.of(value));
    }

    /** Sets {@code LaunchTemplateId} to this value; see {@link #launchTemplateId(String)}. */
    public LaunchTemplateSpecification launchTemplateId(Value<String> value) {
      return set("LaunchTemplateId", value);
    }

    /**
     * Sets {@code LaunchTemplateId} to the Ref of {@code AWS::EC2::LaunchTemplate}; see {@link
     * #launchTemplateId(String)}.
     */
    public LaunchTemplateSpecification launchTemplateId(io.tropo4j.resources.ec2.LaunchTemplate resource) {
      return set("LaunchTemplateId", resource.ref());
    }

    /**
     * The name of the launch template.
     *
     * <p>You must specify the <code>LaunchTemplateName</code> or the <code>LaunchTemplateID</code>
     * , but not both.
     *
     * <p>Length: 3 to 128 characters. Pattern: {@code ^[a-zA-Z0-9&#92;(&#92;)&#92;.&#92;-/_]+$}.
     * CloudFormation property {@code LaunchTemplateName}.
     */
    public LaunchTemplateSpecification launchTemplateName(String value) {
      return set("LaunchTemplateName", Value.of(value));
    }

    /** Sets {@code LaunchTemplateName} to this value; see {@link #launchTemplateName(String)}. */
    public LaunchTemplateSpecification launchTemplateName(Value<String> value) {
      return set("LaunchTemplateName", value);
    }

    /**
     * The version number of the launch template.
     *
     * <p>Specifying <code>$Latest</code> or <code>$Default</code> for the template version number
     * is not supported. However, you can specify <code>LatestVersionNumber</code> or
     * <code>DefaultVersionNumber</code> using the <code>Fn::GetAtt</code> intrinsic function. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getatt.html">Fn::GetAtt</a>
     * .
     *
     * <p>For an example of using the <code>Fn::GetAtt</code> function, see the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html#aws-resource-autoscaling-autoscalinggroup--examples">Examples</a>
     * section of the <code>AWS::AutoScaling::AutoScalingGroup</code> resource.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Version}.
     */
    public LaunchTemplateSpecification version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public LaunchTemplateSpecification version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * <code>LifecycleHookSpecification</code> specifies a lifecycle hook for the
   * <code>LifecycleHookSpecificationList</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html">AWS::AutoScaling::AutoScalingGroup</a>
   * resource. A lifecycle hook specifies actions to perform when Amazon EC2 Auto Scaling launches
   * or terminates instances.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/lifecycle-hooks.html">Amazon EC2
   * Auto Scaling lifecycle hooks</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> . You can
   * find a sample template snippet in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-as-lifecyclehook.html#aws-resource-as-lifecyclehook--examples">Examples</a>
   * section of the <code>AWS::AutoScaling::LifecycleHook</code> resource.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.LifecycleHookSpecification}.
   */
  public static final class LifecycleHookSpecification extends Struct<LifecycleHookSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.LifecycleHookSpecification")
        .required("LifecycleHookName", "LifecycleTransition")
        .constrain("LifecycleHookName", Constraint.of().pattern("^[A-Za-z0-9\\-_\\/]+$").minLength(1).maxLength(255))
        .constrain("NotificationMetadata", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u007e]+$").minLength(1).maxLength(4000))
        .constrain("NotificationTargetARN", Constraint.of().minLength(0).maxLength(255))
        .references("NotificationTargetARN", "AWS::SNS::Topic.Ref", "AWS::SQS::Queue.Arn")
        .constrain("RoleARN", Constraint.of().minLength(1).maxLength(255).format("AWS::IAM::Role.Arn"))
        .references("RoleARN", "AWS::IAM::Role.Arn")
        .build();

    public LifecycleHookSpecification() {
      super(SCHEMA);
    }

    /**
     * The action the Auto Scaling group takes when the lifecycle hook timeout elapses or if an
     * unexpected failure occurs. The default value is <code>ABANDON</code> .
     *
     * <p>Valid values: <code>CONTINUE</code> | <code>ABANDON</code>
     *
     * <p>CloudFormation property {@code DefaultResult}.
     */
    public LifecycleHookSpecification defaultResult(String value) {
      return set("DefaultResult", Value.of(value));
    }

    /** Sets {@code DefaultResult} to this value; see {@link #defaultResult(String)}. */
    public LifecycleHookSpecification defaultResult(Value<String> value) {
      return set("DefaultResult", value);
    }

    /**
     * The maximum time, in seconds, that can elapse before the lifecycle hook times out. The range
     * is from <code>30</code> to <code>7200</code> seconds. The default value is <code>3600</code>
     * seconds (1 hour).
     *
     * <p>CloudFormation property {@code HeartbeatTimeout}.
     */
    public LifecycleHookSpecification heartbeatTimeout(int value) {
      return set("HeartbeatTimeout", Value.of(value));
    }

    /** Sets {@code HeartbeatTimeout} to this value; see {@link #heartbeatTimeout(int)}. */
    public LifecycleHookSpecification heartbeatTimeout(Value<Integer> value) {
      return set("HeartbeatTimeout", value);
    }

    /**
     * The name of the lifecycle hook.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z0-9&#92;-_&#92;/]+$}.
     * CloudFormation property {@code LifecycleHookName}.
     */
    public LifecycleHookSpecification lifecycleHookName(String value) {
      return set("LifecycleHookName", Value.of(value));
    }

    /** Sets {@code LifecycleHookName} to this value; see {@link #lifecycleHookName(String)}. */
    public LifecycleHookSpecification lifecycleHookName(Value<String> value) {
      return set("LifecycleHookName", value);
    }

    /**
     * The lifecycle transition. For Auto Scaling groups, there are two major lifecycle transitions.
     *
     * <ul> <li>To create a lifecycle hook for scale-out events, specify
     * <code>autoscaling:EC2_INSTANCE_LAUNCHING</code> . <li>To create a lifecycle hook for scale-in
     * events, specify <code>autoscaling:EC2_INSTANCE_TERMINATING</code> . </ul>
     *
     * <p>Required. CloudFormation property {@code LifecycleTransition}.
     */
    public LifecycleHookSpecification lifecycleTransition(String value) {
      return set("LifecycleTransition", Value.of(value));
    }

    /** Sets {@code LifecycleTransition} to this value; see {@link #lifecycleTransition(String)}. */
    public LifecycleHookSpecification lifecycleTransition(Value<String> value) {
      return set("LifecycleTransition", value);
    }

    /**
     * Additional information that you want to include any time Amazon EC2 Auto Scaling sends a
     * message to the notification target.
     *
     * <p>Length: 1 to 4000 characters. Pattern: {@code
     * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u007e]+$}. CloudFormation property {@code
     * NotificationMetadata}.
     */
    public LifecycleHookSpecification notificationMetadata(String value) {
      return set("NotificationMetadata", Value.of(value));
    }

    /**
     * Sets {@code NotificationMetadata} to this value; see {@link #notificationMetadata(String)}.
     */
    public LifecycleHookSpecification notificationMetadata(Value<String> value) {
      return set("NotificationMetadata", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the notification target that Amazon EC2 Auto Scaling sends
     * notifications to when an instance is in a wait state for the lifecycle hook. You can specify
     * an Amazon SNS topic or an Amazon SQS queue.
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code NotificationTargetARN}.
     */
    public LifecycleHookSpecification notificationTargetARN(String value) {
      return set("NotificationTargetARN", Value.of(value));
    }

    /**
     * Sets {@code NotificationTargetARN} to this value; see {@link #notificationTargetARN(String)}.
     */
    public LifecycleHookSpecification notificationTargetARN(Value<String> value) {
      return set("NotificationTargetARN", value);
    }

    /**
     * Sets {@code NotificationTargetARN} to the Ref of {@code AWS::SNS::Topic}; see {@link
     * #notificationTargetARN(String)}.
     */
    public LifecycleHookSpecification notificationTargetARN(Topic resource) {
      return set("NotificationTargetARN", resource.ref());
    }

    /**
     * Sets {@code NotificationTargetARN} to the Arn of {@code AWS::SQS::Queue}; see {@link
     * #notificationTargetARN(String)}.
     */
    public LifecycleHookSpecification notificationTargetARN(Queue resource) {
      return set("NotificationTargetARN", resource.arn());
    }

    /**
     * The ARN of the IAM role that allows the Auto Scaling group to publish to the specified
     * notification target. For information about creating this role, see <a
     * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/prepare-for-lifecycle-notifications.html">Prepare
     * to add a lifecycle hook to your Auto Scaling group</a> in the <em>Amazon EC2 Auto Scaling
     * User Guide</em> .
     *
     * <p>Valid only if the notification target is an Amazon SNS topic or an Amazon SQS queue.
     *
     * <p>Length: 1 to 255 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
     * {@code RoleARN}.
     */
    public LifecycleHookSpecification roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public LifecycleHookSpecification roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /** Sets {@code RoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link #roleARN(String)}. */
    public LifecycleHookSpecification roleARN(Role resource) {
      return set("RoleARN", resource.arn());
    }
  }

  /**
   * <code>MemoryGiBPerVCpuRequest</code> is a property of the <code>InstanceRequirements</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html">AWS::AutoScaling::AutoScalingGroup
   * LaunchTemplateOverrides</a> property type that describes the minimum and maximum amount of
   * memory per vCPU for an instance type, in GiB.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.MemoryGiBPerVCpuRequest}.
   */
  public static final class MemoryGiBPerVCpuRequest extends Struct<MemoryGiBPerVCpuRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.MemoryGiBPerVCpuRequest")
        .constrain("Max", Constraint.of().minimum(0))
        .constrain("Min", Constraint.of().minimum(0))
        .build();

    public MemoryGiBPerVCpuRequest() {
      super(SCHEMA);
    }

    /**
     * The memory maximum in GiB.
     *
     * <p>Range: at least 0. CloudFormation property {@code Max}.
     */
    public MemoryGiBPerVCpuRequest max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public MemoryGiBPerVCpuRequest max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The memory minimum in GiB.
     *
     * <p>Range: at least 0. CloudFormation property {@code Min}.
     */
    public MemoryGiBPerVCpuRequest min(double value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(double)}. */
    public MemoryGiBPerVCpuRequest min(Value<Double> value) {
      return set("Min", value);
    }
  }

  /**
   * <code>MemoryMiBRequest</code> is a property of the <code>InstanceRequirements</code> property
   * of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html">AWS::AutoScaling::AutoScalingGroup
   * LaunchTemplateOverrides</a> property type that describes the minimum and maximum instance
   * memory size for an instance type, in MiB.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.MemoryMiBRequest}.
   */
  public static final class MemoryMiBRequest extends Struct<MemoryMiBRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.MemoryMiBRequest")
        .constrain("Max", Constraint.of().minimum(0))
        .constrain("Min", Constraint.of().minimum(0))
        .build();

    public MemoryMiBRequest() {
      super(SCHEMA);
    }

    /**
     * The memory maximum in MiB.
     *
     * <p>Range: at least 0. CloudFormation property {@code Max}.
     */
    public MemoryMiBRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public MemoryMiBRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The memory minimum in MiB.
     *
     * <p>Range: at least 0. CloudFormation property {@code Min}.
     */
    public MemoryMiBRequest min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public MemoryMiBRequest min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * <code>MetricsCollection</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html">AWS::AutoScaling::AutoScalingGroup</a>
   * resource that describes the group metrics that an Amazon EC2 Auto Scaling group sends to Amazon
   * CloudWatch. These metrics describe the group rather than any of its instances.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-instance-monitoring.html">Monitor
   * CloudWatch metrics for your Auto Scaling groups and instances</a> in the <em>Amazon EC2 Auto
   * Scaling User Guide</em> . You can find a sample template snippet in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html#aws-resource-autoscaling-autoscalinggroup--examples">Examples</a>
   * section of the <code>AWS::AutoScaling::AutoScalingGroup</code> resource.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.MetricsCollection}.
   */
  public static final class MetricsCollection extends Struct<MetricsCollection> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.MetricsCollection")
        .required("Granularity")
        .build();

    public MetricsCollection() {
      super(SCHEMA);
    }

    /**
     * The frequency at which Amazon EC2 Auto Scaling sends aggregated data to CloudWatch. The only
     * valid value is <code>1Minute</code> .
     *
     * <p>Required. CloudFormation property {@code Granularity}.
     */
    public MetricsCollection granularity(String value) {
      return set("Granularity", Value.of(value));
    }

    /** Sets {@code Granularity} to this value; see {@link #granularity(String)}. */
    public MetricsCollection granularity(Value<String> value) {
      return set("Granularity", value);
    }

    /**
     * Identifies the metrics to enable.
     *
     * <p>You can specify one or more of the following metrics:
     *
     * <ul> <li><code>GroupMinSize</code> <li><code>GroupMaxSize</code>
     * <li><code>GroupDesiredCapacity</code> <li><code>GroupInServiceInstances</code>
     * <li><code>GroupPendingInstances</code> <li><code>GroupStandbyInstances</code>
     * <li><code>GroupTerminatingInstances</code> <li><code>GroupTotalInstances</code>
     * <li><code>GroupInServiceCapacity</code> <li><code>GroupPendingCapacity</code>
     * <li><code>GroupStandbyCapacity</code> <li><code>GroupTerminatingCapacity</code>
     * <li><code>GroupTotalCapacity</code> <li><code>WarmPoolDesiredCapacity</code>
     * <li><code>WarmPoolWarmedCapacity</code> <li><code>WarmPoolPendingCapacity</code>
     * <li><code>WarmPoolTerminatingCapacity</code> <li><code>WarmPoolTotalCapacity</code>
     * <li><code>GroupAndWarmPoolDesiredCapacity</code>
     * <li><code>GroupAndWarmPoolTotalCapacity</code> </ul>
     *
     * <p>If you specify <code>Granularity</code> and don't specify any metrics, all metrics are
     * enabled.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-metrics.html">Amazon
     * CloudWatch metrics for Amazon EC2 Auto Scaling</a> in the <em>Amazon EC2 Auto Scaling User
     * Guide</em> .
     *
     * <p>CloudFormation property {@code Metrics}.
     */
    public MetricsCollection metrics(List<String> value) {
      return set("Metrics", Value.listOf(value));
    }

    /** Sets {@code Metrics} to this value; see {@link #metrics(List)}. */
    public MetricsCollection metrics(Value<List<String>> value) {
      return set("Metrics", value);
    }
  }

  /**
   * Use this structure to launch multiple instance types and On-Demand Instances and Spot Instances
   * within a single Auto Scaling group.
   *
   * <p>A mixed instances policy contains information that Amazon EC2 Auto Scaling can use to launch
   * instances and help optimize your costs. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-mixed-instances-groups.html">Auto
   * Scaling groups with multiple instance types and purchase options</a> in the <em>Amazon EC2 Auto
   * Scaling User Guide</em> .
   *
   * <p>You can create a mixed instances policy for new and existing Auto Scaling groups. You must
   * use a launch template to configure the policy. You cannot use a launch configuration.
   *
   * <p>There are key differences between Spot Instances and On-Demand Instances:
   *
   * <ul> <li>The price for Spot Instances varies based on demand <li>Amazon EC2 can terminate an
   * individual Spot Instance as the availability of, or price for, Spot Instances changes </ul>
   *
   * <p>When a Spot Instance is terminated, Amazon EC2 Auto Scaling group attempts to launch a
   * replacement instance to maintain the desired capacity for the group.
   *
   * <p><code>MixedInstancesPolicy</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html">AWS::AutoScaling::AutoScalingGroup</a>
   * resource.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.MixedInstancesPolicy}.
   */
  public static final class MixedInstancesPolicy extends Struct<MixedInstancesPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.MixedInstancesPolicy")
        .required("LaunchTemplate")
        .build();

    public MixedInstancesPolicy() {
      super(SCHEMA);
    }

    /**
     * The instances distribution.
     *
     * <p>CloudFormation property {@code InstancesDistribution}.
     */
    public MixedInstancesPolicy instancesDistribution(Value<InstancesDistribution> value) {
      return set("InstancesDistribution", value);
    }

    /**
     * One or more launch templates and the instance types (overrides) that are used to launch EC2
     * instances to fulfill On-Demand and Spot capacities.
     *
     * <p>Required. CloudFormation property {@code LaunchTemplate}.
     */
    public MixedInstancesPolicy launchTemplate(Value<LaunchTemplate> value) {
      return set("LaunchTemplate", value);
    }
  }

  /**
   * <code>NetworkBandwidthGbpsRequest</code> is a property of the <code>InstanceRequirements</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html">AWS::AutoScaling::AutoScalingGroup
   * LaunchTemplateOverrides</a> property type that describes the minimum and maximum network
   * bandwidth for an instance type, in Gbps.
   *
   * <p>Setting the minimum bandwidth does not guarantee that your instance will achieve the minimum
   * bandwidth. Amazon EC2 will identify instance types that support the specified minimum
   * bandwidth, but the actual bandwidth of your instance might go below the specified minimum at
   * times. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-network-bandwidth.html#available-instance-bandwidth">Available
   * instance bandwidth</a> in the <em>Amazon EC2 User Guide for Linux Instances</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.NetworkBandwidthGbpsRequest}.
   */
  public static final class NetworkBandwidthGbpsRequest extends Struct<NetworkBandwidthGbpsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.NetworkBandwidthGbpsRequest")
        .constrain("Max", Constraint.of().minimum(0))
        .constrain("Min", Constraint.of().minimum(0))
        .build();

    public NetworkBandwidthGbpsRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of network bandwidth, in gigabits per second (Gbps).
     *
     * <p>Range: at least 0. CloudFormation property {@code Max}.
     */
    public NetworkBandwidthGbpsRequest max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public NetworkBandwidthGbpsRequest max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of network bandwidth, in gigabits per second (Gbps).
     *
     * <p>Range: at least 0. CloudFormation property {@code Min}.
     */
    public NetworkBandwidthGbpsRequest min(double value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(double)}. */
    public NetworkBandwidthGbpsRequest min(Value<Double> value) {
      return set("Min", value);
    }
  }

  /**
   * <code>NetworkInterfaceCountRequest</code> is a property of the
   * <code>InstanceRequirements</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html">AWS::AutoScaling::AutoScalingGroup
   * LaunchTemplateOverrides</a> property type that describes the minimum and maximum number of
   * network interfaces for an instance type.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.NetworkInterfaceCountRequest}.
   */
  public static final class NetworkInterfaceCountRequest extends Struct<NetworkInterfaceCountRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.NetworkInterfaceCountRequest")
        .constrain("Max", Constraint.of().minimum(0))
        .constrain("Min", Constraint.of().minimum(0))
        .build();

    public NetworkInterfaceCountRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum number of network interfaces.
     *
     * <p>Range: at least 0. CloudFormation property {@code Max}.
     */
    public NetworkInterfaceCountRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public NetworkInterfaceCountRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum number of network interfaces.
     *
     * <p>Range: at least 0. CloudFormation property {@code Min}.
     */
    public NetworkInterfaceCountRequest min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public NetworkInterfaceCountRequest min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * A structure that specifies an Amazon SNS notification configuration for the
   * <code>NotificationConfigurations</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html">AWS::AutoScaling::AutoScalingGroup</a>
   * resource.
   *
   * <p>For an example template snippet, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-ec2-auto-scaling.html">Configure
   * Amazon EC2 Auto Scaling resources</a> .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ASGettingNotifications.html">Get
   * Amazon SNS notifications when your Auto Scaling group scales</a> in the <em>Amazon EC2 Auto
   * Scaling User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.NotificationConfiguration}.
   */
  public static final class NotificationConfiguration extends Struct<NotificationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.NotificationConfiguration")
        .required("TopicARN")
        .constrain("TopicARN", Constraint.of().format("AWS::SNS::Topic.Arn"))
        .references("TopicARN", "AWS::SNS::Topic.Ref")
        .build();

    public NotificationConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of event types that send a notification. Event types can include any of the following
     * types.
     *
     * <p><em>Allowed values</em> :
     *
     * <ul> <li><code>autoscaling:EC2_INSTANCE_LAUNCH</code>
     * <li><code>autoscaling:EC2_INSTANCE_LAUNCH_ERROR</code>
     * <li><code>autoscaling:EC2_INSTANCE_TERMINATE</code>
     * <li><code>autoscaling:EC2_INSTANCE_TERMINATE_ERROR</code>
     * <li><code>autoscaling:TEST_NOTIFICATION</code> </ul>
     *
     * <p>CloudFormation property {@code NotificationTypes}.
     */
    public NotificationConfiguration notificationTypes(List<String> value) {
      return set("NotificationTypes", Value.listOf(value));
    }

    /** Sets {@code NotificationTypes} to this value; see {@link #notificationTypes(List)}. */
    public NotificationConfiguration notificationTypes(Value<List<String>> value) {
      return set("NotificationTypes", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon SNS topic.
     *
     * <p>Required. Format: {@code AWS::SNS::Topic.Arn}. CloudFormation property {@code TopicARN}.
     */
    public NotificationConfiguration topicARN(String value) {
      return set("TopicARN", Value.of(value));
    }

    /** Sets {@code TopicARN} to this value; see {@link #topicARN(String)}. */
    public NotificationConfiguration topicARN(Value<String> value) {
      return set("TopicARN", value);
    }

    /** Sets {@code TopicARN} to this value; see {@link #topicARN(String)}. */
    public NotificationConfiguration topicARN(List<String> value) {
      return set("TopicARN", Value.listOf(value));
    }
  }

  /**
   * Specify an instance family to use as the baseline reference for CPU performance. All instance
   * types that All instance types that match your specified attributes will be compared against the
   * CPU performance of the referenced instance family, regardless of CPU manufacturer or
   * architecture differences.
   *
   * <p>Currently only one instance family can be specified in the list.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.PerformanceFactorReferenceRequest}.
   */
  public static final class PerformanceFactorReferenceRequest extends Struct<PerformanceFactorReferenceRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::AutoScaling::AutoScalingGroup.PerformanceFactorReferenceRequest");

    public PerformanceFactorReferenceRequest() {
      super(SCHEMA);
    }

    /**
     * The instance family to use as a baseline reference.
     *
     * <p>Make sure that you specify the correct value for the instance family. The instance family
     * is everything before the period (.) in the instance type name. For example, in the instance
     * <code>c6i.large</code> , the instance family is <code>c6i</code> , not <code>c6</code> . For
     * more information, see <a
     * href="https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html">Amazon
     * EC2 instance type naming conventions</a> in <em>Amazon EC2 Instance Types</em> .
     *
     * <p>The following instance types are <em>not supported</em> for performance protection.
     *
     * <ul> <li><code>c1</code> <li><code>g3| g3s</code> <li><code>hpc7g</code> <li><code>m1|
     * m2</code> <li><code>mac1 | mac2 | mac2-m1ultra | mac2-m2 | mac2-m2pro</code> <li><code>p3dn |
     * p4d | p5</code> <li><code>t1</code> <li><code>u-12tb1 | u-18tb1 | u-24tb1 | u-3tb1 | u-6tb1 |
     * u-9tb1 | u7i-12tb | u7in-16tb | u7in-24tb | u7in-32tb</code> </ul>
     *
     * <p>If you performance protection by specifying a supported instance family, the returned
     * instance types will exclude the preceding unsupported instance families.
     *
     * <p>If you specify an unsupported instance family as a value for baseline performance, the API
     * returns an empty response.
     *
     * <p>CloudFormation property {@code InstanceFamily}.
     */
    public PerformanceFactorReferenceRequest instanceFamily(String value) {
      return set("InstanceFamily", Value.of(value));
    }

    /** Sets {@code InstanceFamily} to this value; see {@link #instanceFamily(String)}. */
    public PerformanceFactorReferenceRequest instanceFamily(Value<String> value) {
      return set("InstanceFamily", value);
    }
  }

  /**
   * Defines the specific triggers that cause instances to be retained in a Retained state rather
   * than terminated. Each trigger corresponds to a different failure scenario during the instance
   * lifecycle. This allows fine-grained control over when to preserve instances for manual
   * intervention.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.RetentionTriggers}.
   */
  public static final class RetentionTriggers extends Struct<RetentionTriggers> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.RetentionTriggers")
        .allowed("TerminateHookAbandon", "retain", "terminate")
        .build();

    public RetentionTriggers() {
      super(SCHEMA);
    }

    /**
     * Specifies the action when a termination lifecycle hook is abandoned due to failure, timeout,
     * or explicit abandonment (calling CompleteLifecycleAction).
     *
     * <p>Set to <code>Retain</code> to move instances to a <code>Retained</code> state. Set to
     * <code>Terminate</code> for default termination behavior.
     *
     * <p>Retained instances don't count toward desired capacity and remain until you call
     * <code>TerminateInstanceInAutoScalingGroup</code> .
     *
     * <p>Allowed values: {@code retain}, {@code terminate}. CloudFormation property {@code
     * TerminateHookAbandon}.
     */
    public RetentionTriggers terminateHookAbandon(String value) {
      return set("TerminateHookAbandon", Value.of(value));
    }

    /**
     * Sets {@code TerminateHookAbandon} to this value; see {@link #terminateHookAbandon(String)}.
     */
    public RetentionTriggers terminateHookAbandon(Value<String> value) {
      return set("TerminateHookAbandon", value);
    }
  }

  /**
   * A structure that specifies a tag for the <code>Tags</code> property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html">AWS::AutoScaling::AutoScalingGroup</a>
   * resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/autoscaling-tagging.html">Tag Auto
   * Scaling groups and instances</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> . You can
   * find a sample template snippet in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html#aws-resource-autoscaling-autoscalinggroup--examples">Examples</a>
   * section of the <code>AWS::AutoScaling::AutoScalingGroup</code> resource.
   *
   * <p>CloudFormation adds the following tags to all Auto Scaling groups and associated instances:
   *
   * <ul> <li>aws:cloudformation:stack-name <li>aws:cloudformation:stack-id
   * <li>aws:cloudformation:logical-id </ul>
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.TagProperty}.
   */
  public static final class TagProperty extends Struct<TagProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.TagProperty")
        .required("Key", "PropagateAtLaunch", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagProperty() {
      super(SCHEMA);
    }

    /**
     * The tag key.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public TagProperty key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagProperty key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Set to <code>true</code> if you want CloudFormation to copy the tag to EC2 instances that are
     * launched as part of the Auto Scaling group. Set to <code>false</code> if you want the tag
     * attached only to the Auto Scaling group and not copied to any instances launched as part of
     * the Auto Scaling group.
     *
     * <p>Required. CloudFormation property {@code PropagateAtLaunch}.
     */
    public TagProperty propagateAtLaunch(boolean value) {
      return set("PropagateAtLaunch", Value.of(value));
    }

    /** Sets {@code PropagateAtLaunch} to this value; see {@link #propagateAtLaunch(boolean)}. */
    public TagProperty propagateAtLaunch(Value<Boolean> value) {
      return set("PropagateAtLaunch", value);
    }

    /**
     * The tag value.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code Value}.
     */
    public TagProperty value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagProperty value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * <code>TotalLocalStorageGBRequest</code> is a property of the <code>InstanceRequirements</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html">AWS::AutoScaling::AutoScalingGroup
   * LaunchTemplateOverrides</a> property type that describes the minimum and maximum total local
   * storage size for an instance type, in GB.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.TotalLocalStorageGBRequest}.
   */
  public static final class TotalLocalStorageGBRequest extends Struct<TotalLocalStorageGBRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.TotalLocalStorageGBRequest")
        .constrain("Max", Constraint.of().minimum(0))
        .constrain("Min", Constraint.of().minimum(0))
        .build();

    public TotalLocalStorageGBRequest() {
      super(SCHEMA);
    }

    /**
     * The storage maximum in GB.
     *
     * <p>Range: at least 0. CloudFormation property {@code Max}.
     */
    public TotalLocalStorageGBRequest max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public TotalLocalStorageGBRequest max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The storage minimum in GB.
     *
     * <p>Range: at least 0. CloudFormation property {@code Min}.
     */
    public TotalLocalStorageGBRequest min(double value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(double)}. */
    public TotalLocalStorageGBRequest min(Value<Double> value) {
      return set("Min", value);
    }
  }

  /**
   * Identifying information for a traffic source.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.TrafficSourceIdentifier}.
   */
  public static final class TrafficSourceIdentifier extends Struct<TrafficSourceIdentifier> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.TrafficSourceIdentifier")
        .required("Identifier", "Type")
        .constrain("Identifier", Constraint.of().minLength(1).maxLength(511))
        .constrain("Type", Constraint.of().minLength(1).maxLength(511))
        .build();

    public TrafficSourceIdentifier() {
      super(SCHEMA);
    }

    /**
     * Identifies the traffic source.
     *
     * <p>For Application Load Balancers, Gateway Load Balancers, Network Load Balancers, and VPC
     * Lattice, this will be the Amazon Resource Name (ARN) for a target group in this account and
     * Region. For Classic Load Balancers, this will be the name of the Classic Load Balancer in
     * this account and Region.
     *
     * <p>For example:
     *
     * <ul> <li>Application Load Balancer ARN:
     * <code>arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/1234567890123456</code>
     * <li>Classic Load Balancer name: <code>my-classic-load-balancer</code> <li>VPC Lattice ARN:
     * <code>arn:aws:vpc-lattice:us-west-2:123456789012:targetgroup/tg-1234567890123456</code> </ul>
     *
     * <p>To get the ARN of a target group for a Application Load Balancer, Gateway Load Balancer,
     * or Network Load Balancer, or the name of a Classic Load Balancer, use the Elastic Load
     * Balancing <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTargetGroups.html">DescribeTargetGroups</a>
     * and <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeLoadBalancers.html">DescribeLoadBalancers</a>
     * API operations.
     *
     * <p>To get the ARN of a target group for VPC Lattice, use the VPC Lattice <a
     * href="https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetTargetGroup.html">GetTargetGroup</a>
     * API operation.
     *
     * <p>Required. Length: 1 to 511 characters. CloudFormation property {@code Identifier}.
     */
    public TrafficSourceIdentifier identifier(String value) {
      return set("Identifier", Value.of(value));
    }

    /** Sets {@code Identifier} to this value; see {@link #identifier(String)}. */
    public TrafficSourceIdentifier identifier(Value<String> value) {
      return set("Identifier", value);
    }

    /**
     * Provides additional context for the value of <code>Identifier</code> .
     *
     * <p>The following lists the valid values:
     *
     * <ul> <li><code>elb</code> if <code>Identifier</code> is the name of a Classic Load Balancer.
     * <li><code>elbv2</code> if <code>Identifier</code> is the ARN of an Application Load Balancer,
     * Gateway Load Balancer, or Network Load Balancer target group. <li><code>vpc-lattice</code> if
     * <code>Identifier</code> is the ARN of a VPC Lattice target group. </ul>
     *
     * <p>Required if the identifier is the name of a Classic Load Balancer.
     *
     * <p>Required. Length: 1 to 511 characters. CloudFormation property {@code Type}.
     */
    public TrafficSourceIdentifier type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public TrafficSourceIdentifier type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * <code>VCpuCountRequest</code> is a property of the <code>InstanceRequirements</code> property
   * of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html">AWS::AutoScaling::AutoScalingGroup
   * LaunchTemplateOverrides</a> property type that describes the minimum and maximum number of
   * vCPUs for an instance type.
   *
   * <p>Property type {@code AWS::AutoScaling::AutoScalingGroup.VCpuCountRequest}.
   */
  public static final class VCpuCountRequest extends Struct<VCpuCountRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::AutoScalingGroup.VCpuCountRequest")
        .constrain("Max", Constraint.of().minimum(0))
        .constrain("Min", Constraint.of().minimum(0))
        .build();

    public VCpuCountRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum number of vCPUs.
     *
     * <p>Range: at least 0. CloudFormation property {@code Max}.
     */
    public VCpuCountRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public VCpuCountRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum number of vCPUs.
     *
     * <p>Range: at least 0. CloudFormation property {@code Min}.
     */
    public VCpuCountRequest min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public VCpuCountRequest min(Value<Integer> value) {
      return set("Min", value);
    }
  }
}
