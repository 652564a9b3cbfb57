// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::RedshiftServerless}: {@link Namespace}, {@link Snapshot},
 * {@link Workgroup}.
 */
package io.tropo4j.resources.redshiftserverless;
