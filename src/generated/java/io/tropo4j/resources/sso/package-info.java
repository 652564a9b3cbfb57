// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SSO}: {@link Application}, {@link ApplicationAssignment},
 * {@link Assignment}, {@link Instance}, {@link InstanceAccessControlAttributeConfiguration}, {@link
 * PermissionSet}.
 */
package io.tropo4j.resources.sso;
