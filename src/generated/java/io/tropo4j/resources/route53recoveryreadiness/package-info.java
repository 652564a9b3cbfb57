// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Route53RecoveryReadiness}: {@link Cell}, {@link
 * ReadinessCheck}, {@link RecoveryGroup}, {@link ResourceSet}.
 */
package io.tropo4j.resources.route53recoveryreadiness;
