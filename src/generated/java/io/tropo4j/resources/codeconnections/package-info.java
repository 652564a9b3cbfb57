// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::CodeConnections}: {@link Connection}, {@link Host}. */
package io.tropo4j.resources.codeconnections;
