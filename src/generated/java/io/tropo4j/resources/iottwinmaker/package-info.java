// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::IoTTwinMaker}: {@link ComponentType}, {@link Entity}, {@link
 * Scene}, {@link SyncJob}, {@link Workspace}.
 */
package io.tropo4j.resources.iottwinmaker;
