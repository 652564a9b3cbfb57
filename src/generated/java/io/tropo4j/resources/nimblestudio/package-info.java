// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::NimbleStudio}: {@link LaunchProfile}, {@link StreamingImage},
 * {@link Studio}, {@link StudioComponent}.
 */
package io.tropo4j.resources.nimblestudio;
