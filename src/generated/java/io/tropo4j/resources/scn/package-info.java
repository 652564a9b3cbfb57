// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SCN}: {@link DataIntegrationFlow}, {@link Dataset}, {@link
 * Namespace}.
 */
package io.tropo4j.resources.scn;
