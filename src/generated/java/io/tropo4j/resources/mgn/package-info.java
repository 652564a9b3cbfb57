// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::MGN}: {@link Connector}, {@link LaunchConfigurationTemplate},
 * {@link NetworkMigrationDefinition}.
 */
package io.tropo4j.resources.mgn;
