// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ObservabilityAdmin}: {@link OrganizationCentralizationRule},
 * {@link OrganizationTelemetryRule}, {@link S3TableIntegration}, {@link TelemetryEnrichment},
 * {@link TelemetryPipelines}, {@link TelemetryRule}.
 */
package io.tropo4j.resources.observabilityadmin;
