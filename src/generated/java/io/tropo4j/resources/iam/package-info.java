// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::IAM}: {@link AccessKey}, {@link Group}, {@link GroupPolicy},
 * {@link InstanceProfile}, {@link ManagedPolicy}, {@link OIDCProvider}, {@link Policy}, {@link
 * Role}, {@link RolePolicy}, {@link SAMLProvider}, {@link ServerCertificate}, {@link
 * ServiceLinkedRole}, {@link User}, {@link UserPolicy}, {@link UserToGroupAddition}, {@link
 * VirtualMFADevice}.
 */
package io.tropo4j.resources.iam;
