// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::Other}: {@link Zone}. */
package io.tropo4j.resources.other;
