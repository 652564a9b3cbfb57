// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::IVSChat}: {@link LoggingConfiguration}, {@link Room}. */
package io.tropo4j.resources.ivschat;
