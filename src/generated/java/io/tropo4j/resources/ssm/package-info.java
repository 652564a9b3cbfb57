// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SSM}: {@link Association}, {@link CloudConnector}, {@link
 * Document}, {@link MaintenanceWindow}, {@link MaintenanceWindowTarget}, {@link
 * MaintenanceWindowTask}, {@link OpsItem}, {@link Parameter}, {@link PatchBaseline}, {@link
 * ResourceDataSync}, {@link ResourcePolicy}, {@link ServiceSetting}.
 */
package io.tropo4j.resources.ssm;
