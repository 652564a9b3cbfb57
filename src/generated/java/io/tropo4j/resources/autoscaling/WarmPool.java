// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.autoscaling;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::AutoScaling::WarmPool</code> resource creates a pool of pre-initialized EC2
 * instances that sits alongside the Auto Scaling group. Whenever your application needs to scale
 * out, the Auto Scaling group can draw on the warm pool to meet its new desired capacity.
 *
 * <p>When you create a warm pool, you can define a minimum size. When your Auto Scaling group
 * scales out and the size of the warm pool shrinks, Amazon EC2 Auto Scaling launches new instances
 * into the warm pool to maintain its minimum size.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-warm-pools.html">Warm
 * pools for Amazon EC2 Auto Scaling</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
 *
 * <p>CloudFormation supports the <code>UpdatePolicy</code> attribute for Auto Scaling groups.
 * During an update, if <code>UpdatePolicy</code> is set to <code>AutoScalingRollingUpdate</code> ,
 * CloudFormation replaces <code>InService</code> instances only. Instances in the warm pool are not
 * replaced. The difference in which instances are replaced can potentially result in different
 * instance configurations after the stack update completes. If <code>UpdatePolicy</code> is set to
 * <code>AutoScalingReplacingUpdate</code> , you do not encounter this issue because CloudFormation
 * replaces both the Auto Scaling group and the warm pool.
 *
 * <p>CloudFormation type {@code AWS::AutoScaling::WarmPool}.
 */
public final class WarmPool extends Resource<WarmPool> {
  private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::WarmPool")
      .required("AutoScalingGroupName")
      .constrain("AutoScalingGroupName", Constraint.of().minLength(1).maxLength(255))
      .references("AutoScalingGroupName", "AWS::AutoScaling::AutoScalingGroup.Ref")
      .constrain("MaxGroupPreparedCapacity", Constraint.of().minimum(-1))
      .constrain("MinSize", Constraint.of().minimum(0))
      .allowed("PoolState", "Hibernated", "Running", "Stopped")
      .refYields("AutoScalingGroupName")
      .build();

  public WarmPool(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Auto Scaling group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code AutoScalingGroupName}.
   */
  public WarmPool autoScalingGroupName(String value) {
    return set("AutoScalingGroupName", Value.of(value));
  }

  /** Sets {@code AutoScalingGroupName} to this value; see {@link #autoScalingGroupName(String)}. */
  public WarmPool autoScalingGroupName(Value<String> value) {
    return set("AutoScalingGroupName", value);
  }

  /**
   * Sets {@code AutoScalingGroupName} to the Ref of {@code AWS::AutoScaling::AutoScalingGroup}; see
   * {@link #autoScalingGroupName(String)}.
   */
  public WarmPool autoScalingGroupName(AutoScalingGroup resource) {
    return set("AutoScalingGroupName", resource.ref());
  }

  /**
   * Indicates whether instances in the Auto Scaling group can be returned to the warm pool on scale
   * in. The default is to terminate instances in the Auto Scaling group when the group scales in.
   *
   * <p>CloudFormation property {@code InstanceReusePolicy}.
   */
  public WarmPool instanceReusePolicy(Value<InstanceReusePolicy> value) {
    return set("InstanceReusePolicy", value);
  }

  /**
   * Specifies the maximum number of instances that are allowed to be in the warm pool or in any
   * state except <code>Terminated</code> for the Auto Scaling group. This is an optional property.
   * Specify it only if you do not want the warm pool size to be determined by the difference
   * between the group's maximum capacity and its desired capacity.
   *
   * <p>If a value for <code>MaxGroupPreparedCapacity</code> is not specified, Amazon EC2 Auto
   * Scaling launches and maintains the difference between the group's maximum capacity and its
   * desired capacity. If you specify a value for <code>MaxGroupPreparedCapacity</code> , Amazon EC2
   * Auto Scaling uses the difference between the <code>MaxGroupPreparedCapacity</code> and the
   * desired capacity instead. The size of the warm pool is dynamic. Only when
   * <code>MaxGroupPreparedCapacity</code> and <code>MinSize</code> are set to the same value does
   * the warm pool have an absolute size.
   *
   * <p>If the desired capacity of the Auto Scaling group is higher than the
   * <code>MaxGroupPreparedCapacity</code> , the capacity of the warm pool is 0, unless you specify
   * a value for <code>MinSize</code> . To remove a value that you previously set, include the
   * property but specify -1 for the value.
   *
   * <p>Range: at least -1. CloudFormation property {@code MaxGroupPreparedCapacity}.
   */
  public WarmPool maxGroupPreparedCapacity(int value) {
    return set("MaxGroupPreparedCapacity", Value.of(value));
  }

  /**
   * Sets {@code MaxGroupPreparedCapacity} to this value; see {@link
   * #maxGroupPreparedCapacity(int)}.
   */
  public WarmPool maxGroupPreparedCapacity(Value<Integer> value) {
    return set("MaxGroupPreparedCapacity", value);
  }

  /**
   * Specifies the minimum number of instances to maintain in the warm pool. This helps you to
   * ensure that there is always a certain number of warmed instances available to handle traffic
   * spikes. Defaults to 0 if not specified.
   *
   * <p>Range: at least 0. CloudFormation property {@code MinSize}.
   */
  public WarmPool minSize(int value) {
    return set("MinSize", Value.of(value));
  }

  /** Sets {@code MinSize} to this value; see {@link #minSize(int)}. */
  public WarmPool minSize(Value<Integer> value) {
    return set("MinSize", value);
  }

  /**
   * Sets the instance state to transition to after the lifecycle actions are complete. Default is
   * <code>Stopped</code> .
   *
   * <p>Allowed values: {@code Hibernated}, {@code Running}, {@code Stopped}. CloudFormation
   * property {@code PoolState}.
   */
  public WarmPool poolState(String value) {
    return set("PoolState", Value.of(value));
  }

  /** Sets {@code PoolState} to this value; see {@link #poolState(String)}. */
  public WarmPool poolState(Value<String> value) {
    return set("PoolState", value);
  }

  /**
   * A structure that specifies an instance reuse policy for the <code>InstanceReusePolicy</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-warmpool.html">AWS::AutoScaling::WarmPool</a>
   * resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-warm-pools.html">Warm
   * pools for Amazon EC2 Auto Scaling</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::WarmPool.InstanceReusePolicy}.
   */
  public static final class InstanceReusePolicy extends Struct<InstanceReusePolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::AutoScaling::WarmPool.InstanceReusePolicy");

    public InstanceReusePolicy() {
      super(SCHEMA);
    }

    /**
     * Specifies whether instances in the Auto Scaling group can be returned to the warm pool on
     * scale in.
     *
     * <p>CloudFormation property {@code ReuseOnScaleIn}.
     */
    public InstanceReusePolicy reuseOnScaleIn(boolean value) {
      return set("ReuseOnScaleIn", Value.of(value));
    }

    /** Sets {@code ReuseOnScaleIn} to this value; see {@link #reuseOnScaleIn(boolean)}. */
    public InstanceReusePolicy reuseOnScaleIn(Value<Boolean> value) {
      return set("ReuseOnScaleIn", value);
    }
  }
}
