// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Rekognition}: {@link Collection}, {@link Dataset}, {@link
 * Project}, {@link StreamProcessor}.
 */
package io.tropo4j.resources.rekognition;
