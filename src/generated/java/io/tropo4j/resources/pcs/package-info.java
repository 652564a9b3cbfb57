// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::PCS}: {@link Cluster}, {@link ComputeNodeGroup}, {@link Queue}.
 */
package io.tropo4j.resources.pcs;
