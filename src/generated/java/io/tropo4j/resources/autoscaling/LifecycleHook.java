// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.autoscaling;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.sqs.Queue;

/**
 * The <code>AWS::AutoScaling::LifecycleHook</code> resource specifies lifecycle hooks for an Auto
 * Scaling group. These hooks let you create solutions that are aware of events in the Auto Scaling
 * instance lifecycle, and then perform a custom action on instances when the corresponding
 * lifecycle event occurs. A lifecycle hook provides a specified amount of time (one hour by
 * default) to wait for the action to complete before the instance transitions to the next state.
 *
 * <p>Use lifecycle hooks to prepare new instances for use or to delay them from being registered
 * behind a load balancer before their configuration has been applied completely. You can also use
 * lifecycle hooks to prepare running instances to be terminated by, for example, downloading logs
 * or other data.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/lifecycle-hooks.html">Amazon EC2 Auto
 * Scaling lifecycle hooks</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AutoScaling::LifecycleHook}.
 */
public final class LifecycleHook extends Resource<LifecycleHook> {
  private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::LifecycleHook")
      .required("AutoScalingGroupName", "LifecycleTransition")
      .constrain("AutoScalingGroupName", Constraint.of().minLength(1).maxLength(255))
      .references("AutoScalingGroupName", "AWS::AutoScaling::AutoScalingGroup.Ref")
      .allowed("DefaultResult", "ABANDON", "CONTINUE")
      .constrain("LifecycleHookName", Constraint.of().pattern("^[A-Za-z0-9\\-_\\/]+$").minLength(1).maxLength(255))
      .allowed("LifecycleTransition", "autoscaling:EC2_INSTANCE_LAUNCHING",
          "autoscaling:EC2_INSTANCE_TERMINATING")
      .constrain("NotificationMetadata", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u007e]+$").minLength(1).maxLength(1023))
      .constrain("NotificationTargetARN", Constraint.of().minLength(0).maxLength(255))
      .references("NotificationTargetARN", "AWS::SNS::Topic.Ref", "AWS::SQS::Queue.Arn")
      .constrain("RoleARN", Constraint.of().minLength(1).maxLength(255).format("AWS::IAM::Role.Arn"))
      .references("RoleARN", "AWS::IAM::Role.Arn")
      .build();

  public LifecycleHook(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Auto Scaling group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code AutoScalingGroupName}.
   */
  public LifecycleHook autoScalingGroupName(String value) {
    return set("AutoScalingGroupName", Value.of(value));
  }

  /** Sets {@code AutoScalingGroupName} to this value; see {@link #autoScalingGroupName(String)}. */
  public LifecycleHook autoScalingGroupName(Value<String> value) {
    return set("AutoScalingGroupName", value);
  }

  /**
   * Sets {@code AutoScalingGroupName} to the Ref of {@code AWS::AutoScaling::AutoScalingGroup}; see
   * {@link #autoScalingGroupName(String)}.
   */
  public LifecycleHook autoScalingGroupName(AutoScalingGroup resource) {
    return set("AutoScalingGroupName", resource.ref());
  }

  /**
   * The action the Auto Scaling group takes when the lifecycle hook timeout elapses or if an
   * unexpected failure occurs. The default value is <code>ABANDON</code> .
   *
   * <p>Valid values: <code>CONTINUE</code> | <code>ABANDON</code>
   *
   * <p>Allowed values: {@code ABANDON}, {@code CONTINUE}. CloudFormation property {@code
   * DefaultResult}.
   */
  public LifecycleHook defaultResult(String value) {
    return set("DefaultResult", Value.of(value));
  }

  /** Sets {@code DefaultResult} to this value; see {@link #defaultResult(String)}. */
  public LifecycleHook defaultResult(Value<String> value) {
    return set("DefaultResult", value);
  }

  /**
   * The maximum time, in seconds, that can elapse before the lifecycle hook times out. The range is
   * from <code>30</code> to <code>7200</code> seconds. The default value is <code>3600</code>
   * seconds (1 hour).
   *
   * <p>CloudFormation property {@code HeartbeatTimeout}.
   */
  public LifecycleHook heartbeatTimeout(int value) {
    return set("HeartbeatTimeout", Value.of(value));
  }

  /** Sets {@code HeartbeatTimeout} to this value; see {@link #heartbeatTimeout(int)}. */
  public LifecycleHook heartbeatTimeout(Value<Integer> value) {
    return set("HeartbeatTimeout", value);
  }

  /**
   * The name of the lifecycle hook.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[A-Za-z0-9&#92;-_&#92;/]+$}. CloudFormation property {@code LifecycleHookName}.
   */
  public LifecycleHook lifecycleHookName(String value) {
    return set("LifecycleHookName", Value.of(value));
  }

  /** Sets {@code LifecycleHookName} to this value; see {@link #lifecycleHookName(String)}. */
  public LifecycleHook lifecycleHookName(Value<String> value) {
    return set("LifecycleHookName", value);
  }

  /**
   * The lifecycle transition. For Auto Scaling groups, there are two major lifecycle transitions.
   *
   * <ul> <li>To create a lifecycle hook for scale-out events, specify
   * <code>autoscaling:EC2_INSTANCE_LAUNCHING</code> . <li>To create a lifecycle hook for scale-in
   * events, specify <code>autoscaling:EC2_INSTANCE_TERMINATING</code> . </ul>
   *
   * <p>Required. Allowed values: {@code autoscaling:EC2_INSTANCE_LAUNCHING}, {@code
   * autoscaling:EC2_INSTANCE_TERMINATING}. CloudFormation property {@code LifecycleTransition}.
   */
  public LifecycleHook lifecycleTransition(String value) {
    return set("LifecycleTransition", Value.of(value));
  }

  /** Sets {@code LifecycleTransition} to this value; see {@link #lifecycleTransition(String)}. */
  public LifecycleHook lifecycleTransition(Value<String> value) {
    return set("LifecycleTransition", value);
  }

  /**
   * Additional information that you want to include any time Amazon EC2 Auto Scaling sends a
   * message to the notification target.
   *
   * <p>Length: 1 to 1023 characters. Pattern: {@code
   * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u007e]+$}. CloudFormation property {@code
   * NotificationMetadata}.
   */
  public LifecycleHook notificationMetadata(String value) {
    return set("NotificationMetadata", Value.of(value));
  }

  /** Sets {@code NotificationMetadata} to this value; see {@link #notificationMetadata(String)}. */
  public LifecycleHook notificationMetadata(Value<String> value) {
    return set("NotificationMetadata", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the notification target that Amazon EC2 Auto Scaling sends
   * notifications to when an instance is in a wait state for the lifecycle hook. You can specify an
   * Amazon SNS topic or an Amazon SQS queue.
   *
   * <p>Length: 0 to 255 characters. CloudFormation property {@code NotificationTargetARN}.
   */
  public LifecycleHook notificationTargetARN(String value) {
    return set("NotificationTargetARN", Value.of(value));
  }

  /**
   * Sets {@code NotificationTargetARN} to this value; see {@link #notificationTargetARN(String)}.
   */
  public LifecycleHook notificationTargetARN(Value<String> value) {
    return set("NotificationTargetARN", value);
  }

  /**
   * Sets {@code NotificationTargetARN} to the Ref of {@code AWS::SNS::Topic}; see {@link
   * #notificationTargetARN(String)}.
   */
  public LifecycleHook notificationTargetARN(Topic resource) {
    return set("NotificationTargetARN", resource.ref());
  }

  /**
   * Sets {@code NotificationTargetARN} to the Arn of {@code AWS::SQS::Queue}; see {@link
   * #notificationTargetARN(String)}.
   */
  public LifecycleHook notificationTargetARN(Queue resource) {
    return set("NotificationTargetARN", resource.arn());
  }

  /**
   * The ARN of the IAM role that allows the Auto Scaling group to publish to the specified
   * notification target. For information about creating this role, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/prepare-for-lifecycle-notifications.html">Prepare
   * to add a lifecycle hook to your Auto Scaling group</a> in the <em>Amazon EC2 Auto Scaling User
   * Guide</em> .
   *
   * <p>Valid only if the notification target is an Amazon SNS topic or an Amazon SQS queue.
   *
   * <p>Length: 1 to 255 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code RoleARN}.
   */
  public LifecycleHook roleARN(String value) {
    return set("RoleARN", Value.of(value));
  }

  /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
  public LifecycleHook roleARN(Value<String> value) {
    return set("RoleARN", value);
  }

  /** Sets {@code RoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link #roleARN(String)}. */
  public LifecycleHook roleARN(Role resource) {
    return set("RoleARN", resource.arn());
  }
}
