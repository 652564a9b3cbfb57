// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SecurityAgent}: {@link AgentSpace}, {@link Application}, {@link
 * Artifact}, {@link Pentest}, {@link SecurityRequirementPack}, {@link TargetDomain}.
 */
package io.tropo4j.resources.securityagent;
