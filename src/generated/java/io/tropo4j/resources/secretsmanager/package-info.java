// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SecretsManager}: {@link ResourcePolicy}, {@link
 * RotationSchedule}, {@link Secret}, {@link SecretTargetAttachment}.
 */
package io.tropo4j.resources.secretsmanager;
