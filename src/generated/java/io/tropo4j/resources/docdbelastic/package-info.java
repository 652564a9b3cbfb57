// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::DocDBElastic}: {@link Cluster}, {@link ClusterSnapshot}. */
package io.tropo4j.resources.docdbelastic;
