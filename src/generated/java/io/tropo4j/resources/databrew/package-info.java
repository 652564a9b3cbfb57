// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::DataBrew}: {@link Dataset}, {@link Job}, {@link Project},
 * {@link Recipe}, {@link Ruleset}, {@link Schedule}.
 */
package io.tropo4j.resources.databrew;
