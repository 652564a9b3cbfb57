// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Route53RecoveryControl}: {@link Cluster}, {@link ControlPanel},
 * {@link RoutingControl}, {@link SafetyRule}.
 */
package io.tropo4j.resources.route53recoverycontrol;
