// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::AutoScaling}: {@link AutoScalingGroup}, {@link
 * LaunchConfiguration}, {@link LifecycleHook}, {@link ScalingPolicy}, {@link ScheduledAction},
 * {@link WarmPool}.
 */
package io.tropo4j.resources.autoscaling;
