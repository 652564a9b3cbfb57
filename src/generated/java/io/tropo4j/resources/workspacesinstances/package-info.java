// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::WorkspacesInstances}: {@link Volume}, {@link
 * VolumeAssociation}, {@link WorkspaceInstance}.
 */
package io.tropo4j.resources.workspacesinstances;
