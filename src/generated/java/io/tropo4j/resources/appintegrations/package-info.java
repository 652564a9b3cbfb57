// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::AppIntegrations}: {@link Application}, {@link DataIntegration},
 * {@link EventIntegration}.
 */
package io.tropo4j.resources.appintegrations;
