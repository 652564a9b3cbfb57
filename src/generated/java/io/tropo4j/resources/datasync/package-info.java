// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::DataSync}: {@link Agent}, {@link LocationAzureBlob}, {@link
 * LocationEFS}, {@link LocationFSxLustre}, {@link LocationFSxONTAP}, {@link LocationFSxOpenZFS},
 * {@link LocationFSxWindows}, {@link LocationHDFS}, {@link LocationNFS}, {@link
 * LocationObjectStorage}, {@link LocationS3}, {@link LocationSMB}, {@link Task}.
 */
package io.tropo4j.resources.datasync;
