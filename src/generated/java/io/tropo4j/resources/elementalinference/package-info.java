// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::ElementalInference}: {@link Dictionary}, {@link Feed}. */
package io.tropo4j.resources.elementalinference;
