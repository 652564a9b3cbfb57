// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Evidently}: {@link Experiment}, {@link Feature}, {@link
 * Launch}, {@link Project}, {@link Segment}.
 */
package io.tropo4j.resources.evidently;
