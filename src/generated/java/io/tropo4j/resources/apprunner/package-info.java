// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::AppRunner}: {@link AutoScalingConfiguration}, {@link
 * ObservabilityConfiguration}, {@link Service}, {@link VpcConnector}, {@link VpcIngressConnection}.
 */
package io.tropo4j.resources.apprunner;
