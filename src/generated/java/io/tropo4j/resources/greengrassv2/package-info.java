// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::GreengrassV2}: {@link ComponentVersion}, {@link Deployment}.
 */
package io.tropo4j.resources.greengrassv2;
