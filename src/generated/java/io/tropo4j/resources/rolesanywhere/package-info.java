// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::RolesAnywhere}: {@link CRL}, {@link Profile}, {@link
 * TrustAnchor}.
 */
package io.tropo4j.resources.rolesanywhere;
