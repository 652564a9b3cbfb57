// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::Translate}: {@link ParallelData}. */
package io.tropo4j.resources.translate;
