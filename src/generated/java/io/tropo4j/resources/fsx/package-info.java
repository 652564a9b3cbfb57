// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::FSx}: {@link Backup}, {@link DataRepositoryAssociation}, {@link
 * FileCache}, {@link FileSystem}, {@link S3AccessPointAttachment}, {@link Snapshot}, {@link
 * StorageVirtualMachine}, {@link Volume}.
 */
package io.tropo4j.resources.fsx;
