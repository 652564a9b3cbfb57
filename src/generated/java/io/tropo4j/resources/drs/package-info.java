// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::DRS}: {@link LaunchConfigurationTemplate}, {@link
 * ReplicationConfigurationTemplate}, {@link SourceNetwork}.
 */
package io.tropo4j.resources.drs;
