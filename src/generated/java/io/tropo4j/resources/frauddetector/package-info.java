// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::FraudDetector}: {@link Detector}, {@link EntityType}, {@link
 * EventType}, {@link Label}, {@link List}, {@link Outcome}, {@link Variable}.
 */
package io.tropo4j.resources.frauddetector;
