// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::MPA}: {@link ApprovalTeam}, {@link IdentitySource}. */
package io.tropo4j.resources.mpa;
