// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::AppStream}: {@link AppBlock}, {@link AppBlockBuilder}, {@link
 * Application}, {@link ApplicationEntitlementAssociation}, {@link ApplicationFleetAssociation},
 * {@link DirectoryConfig}, {@link Entitlement}, {@link Fleet}, {@link ImageBuilder}, {@link Stack},
 * {@link StackFleetAssociation}, {@link StackUserAssociation}, {@link User}.
 */
package io.tropo4j.resources.appstream;
