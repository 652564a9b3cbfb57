// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::StorageGateway}: {@link Tape}, {@link TapePool}, {@link
 * Volume}.
 */
package io.tropo4j.resources.storagegateway;
