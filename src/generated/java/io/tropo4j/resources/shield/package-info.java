// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Shield}: {@link DRTAccess}, {@link ProactiveEngagement}, {@link
 * Protection}, {@link ProtectionGroup}.
 */
package io.tropo4j.resources.shield;
