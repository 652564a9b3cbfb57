// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Panorama}: {@link ApplicationInstance}, {@link Package}, {@link
 * PackageVersion}.
 */
package io.tropo4j.resources.panorama;
