// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::Cloud9}: {@link EnvironmentEC2}. */
package io.tropo4j.resources.cloud9;
