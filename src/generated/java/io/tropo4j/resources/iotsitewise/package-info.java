// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::IoTSiteWise}: {@link AccessPolicy}, {@link Application}, {@link
 * Asset}, {@link AssetModel}, {@link ComputationModel}, {@link Dashboard}, {@link Dataset}, {@link
 * Gateway}, {@link Pipeline}, {@link Portal}, {@link Project}, {@link Task}, {@link Workspace}.
 */
package io.tropo4j.resources.iotsitewise;
