// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::WorkSpacesWeb}: {@link BrowserSettings}, {@link
 * DataProtectionSettings}, {@link IdentityProvider}, {@link IpAccessSettings}, {@link
 * NetworkSettings}, {@link Portal}, {@link SessionLogger}, {@link TrustStore}, {@link
 * UserAccessLoggingSettings}, {@link UserSettings}.
 */
package io.tropo4j.resources.workspacesweb;
