// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::GameLiftStreams}: {@link Application}, {@link StreamGroup}. */
package io.tropo4j.resources.gameliftstreams;
