// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::WorkSpaces}: {@link ConnectionAlias}, {@link Workspace}, {@link
 * WorkspaceIpGroup}, {@link WorkspacesPool}.
 */
package io.tropo4j.resources.workspaces;
