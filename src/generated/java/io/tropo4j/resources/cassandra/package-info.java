// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::Cassandra}: {@link Keyspace}, {@link Table}, {@link Type}. */
package io.tropo4j.resources.cassandra;
