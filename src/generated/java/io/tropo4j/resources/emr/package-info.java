// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::EMR}: {@link Cluster}, {@link InstanceFleetConfig}, {@link
 * InstanceGroupConfig}, {@link SecurityConfiguration}, {@link Step}, {@link Studio}, {@link
 * StudioSessionMapping}, {@link WALWorkspace}.
 */
package io.tropo4j.resources.emr;
