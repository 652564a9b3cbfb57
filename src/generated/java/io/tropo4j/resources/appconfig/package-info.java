// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::AppConfig}: {@link Application}, {@link ConfigurationProfile},
 * {@link Deployment}, {@link DeploymentStrategy}, {@link Environment}, {@link
 * ExperimentDefinition}, {@link ExperimentRun}, {@link Extension}, {@link ExtensionAssociation},
 * {@link HostedConfigurationVersion}.
 */
package io.tropo4j.resources.appconfig;
