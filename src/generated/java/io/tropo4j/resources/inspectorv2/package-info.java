// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::InspectorV2}: {@link CisScanConfiguration}, {@link
 * CodeSecurityIntegration}, {@link CodeSecurityScanConfiguration}, {@link Connector}, {@link
 * Filter}.
 */
package io.tropo4j.resources.inspectorv2;
