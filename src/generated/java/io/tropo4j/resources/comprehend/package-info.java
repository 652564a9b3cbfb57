// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Comprehend}: {@link DocumentClassifier}, {@link
 * DocumentClassifierEndpoint}, {@link EntityRecognizer}, {@link Flywheel}.
 */
package io.tropo4j.resources.comprehend;
