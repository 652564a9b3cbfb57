// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::IdentityStore}: {@link Group}, {@link GroupMembership}, {@link
 * User}.
 */
package io.tropo4j.resources.identitystore;
