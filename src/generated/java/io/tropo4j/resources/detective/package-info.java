// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Detective}: {@link Graph}, {@link MemberInvitation}, {@link
 * OrganizationAdmin}.
 */
package io.tropo4j.resources.detective;
