// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::DevOpsAgent}: {@link AgentSpace}, {@link Asset}, {@link
 * Association}, {@link PrivateConnection}, {@link Service}, {@link Trigger}.
 */
package io.tropo4j.resources.devopsagent;
