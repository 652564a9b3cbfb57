// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ApplicationAutoScaling}: {@link ScalableTarget}, {@link
 * ScalingPolicy}.
 */
package io.tropo4j.resources.applicationautoscaling;
