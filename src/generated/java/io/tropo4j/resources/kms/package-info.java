// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::KMS}: {@link Alias}, {@link Key}, {@link ReplicaKey}. */
package io.tropo4j.resources.kms;
