// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::EMRContainers}: {@link Endpoint}, {@link JobTemplate}, {@link
 * SecurityConfiguration}, {@link VirtualCluster}.
 */
package io.tropo4j.resources.emrcontainers;
