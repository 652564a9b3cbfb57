// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::DevOpsGuru}: {@link LogAnomalyDetectionIntegration}, {@link
 * NotificationChannel}, {@link ResourceCollection}.
 */
package io.tropo4j.resources.devopsguru;
