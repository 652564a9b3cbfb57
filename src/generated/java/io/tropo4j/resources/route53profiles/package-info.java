// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Route53Profiles}: {@link Profile}, {@link ProfileAssociation},
 * {@link ProfileResourceAssociation}.
 */
package io.tropo4j.resources.route53profiles;
