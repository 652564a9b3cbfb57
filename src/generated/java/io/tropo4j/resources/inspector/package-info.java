// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Inspector}: {@link AssessmentTarget}, {@link
 * AssessmentTemplate}, {@link ResourceGroup}.
 */
package io.tropo4j.resources.inspector;
