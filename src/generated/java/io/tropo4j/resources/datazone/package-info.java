// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::DataZone}: {@link Connection}, {@link DataSource}, {@link
 * Domain}, {@link DomainUnit}, {@link Environment}, {@link EnvironmentActions}, {@link
 * EnvironmentBlueprintConfiguration}, {@link EnvironmentProfile}, {@link FormType}, {@link
 * GroupProfile}, {@link Owner}, {@link PolicyGrant}, {@link Project}, {@link ProjectMembership},
 * {@link ProjectProfile}, {@link SubscriptionTarget}, {@link UserProfile}.
 */
package io.tropo4j.resources.datazone;
