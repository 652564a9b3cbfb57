// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::AmplifyUIBuilder}: {@link Component}, {@link Form}, {@link
 * Theme}.
 */
package io.tropo4j.resources.amplifyuibuilder;
