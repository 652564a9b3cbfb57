// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Amplify}: {@link App}, {@link Branch}, {@link Domain}, {@link
 * Webhook}.
 */
package io.tropo4j.resources.amplify;
