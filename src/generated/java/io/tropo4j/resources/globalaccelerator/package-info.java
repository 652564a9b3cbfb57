// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::GlobalAccelerator}: {@link Accelerator}, {@link
 * CrossAccountAttachment}, {@link EndpointGroup}, {@link Listener}.
 */
package io.tropo4j.resources.globalaccelerator;
