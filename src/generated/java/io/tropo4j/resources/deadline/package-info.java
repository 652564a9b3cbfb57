// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Deadline}: {@link Budget}, {@link Farm}, {@link Fleet}, {@link
 * LicenseEndpoint}, {@link Limit}, {@link MeteredProduct}, {@link Monitor}, {@link Queue}, {@link
 * QueueEnvironment}, {@link QueueFleetAssociation}, {@link QueueLimitAssociation}, {@link
 * StorageProfile}, {@link Worker}.
 */
package io.tropo4j.resources.deadline;
