// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Lambda}: {@link Alias}, {@link CapacityProvider}, {@link
 * CodeSigningConfig}, {@link EventInvokeConfig}, {@link EventSourceMapping}, {@link Function},
 * {@link LayerVersion}, {@link LayerVersionPermission}, {@link MicrovmImage}, {@link
 * NetworkConnector}, {@link Permission}, {@link ResourcePolicy}, {@link Url}, {@link Version}.
 */
package io.tropo4j.resources.lambda;
