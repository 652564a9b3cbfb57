// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::CodePipeline}: {@link CustomActionType}, {@link Pipeline},
 * {@link Webhook}.
 */
package io.tropo4j.resources.codepipeline;
