// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::CodeDeploy}: {@link Application}, {@link DeploymentConfig},
 * {@link DeploymentGroup}.
 */
package io.tropo4j.resources.codedeploy;
