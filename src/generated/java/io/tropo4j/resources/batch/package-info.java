// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Batch}: {@link ComputeEnvironment}, {@link ConsumableResource},
 * {@link JobDefinition}, {@link JobQueue}, {@link QuotaShare}, {@link SchedulingPolicy}, {@link
 * ServiceEnvironment}.
 */
package io.tropo4j.resources.batch;
