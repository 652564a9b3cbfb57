// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::XRay}: {@link Group}, {@link ResourcePolicy}, {@link
 * SamplingRule}, {@link TransactionSearchConfig}.
 */
package io.tropo4j.resources.xray;
