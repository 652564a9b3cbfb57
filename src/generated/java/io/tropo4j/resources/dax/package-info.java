// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::DAX}: {@link Cluster}, {@link ParameterGroup}, {@link
 * SubnetGroup}.
 */
package io.tropo4j.resources.dax;
