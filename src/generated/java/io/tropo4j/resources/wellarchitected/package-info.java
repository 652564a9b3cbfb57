// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::WellArchitected}: {@link AgentContext}, {@link AgentGoal},
 * {@link AgentProfile}, {@link Lens}, {@link Profile}, {@link ReviewTemplate}, {@link Workload}.
 */
package io.tropo4j.resources.wellarchitected;
