// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::B2BI}: {@link Capability}, {@link Partnership}, {@link
 * Profile}, {@link Transformer}.
 */
package io.tropo4j.resources.b2bi;
