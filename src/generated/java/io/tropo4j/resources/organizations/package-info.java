// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Organizations}: {@link Account}, {@link Organization}, {@link
 * OrganizationalUnit}, {@link Policy}, {@link ResourcePolicy}.
 */
package io.tropo4j.resources.organizations;
