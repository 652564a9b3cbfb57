// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::AppMesh}: {@link GatewayRoute}, {@link Mesh}, {@link Route},
 * {@link VirtualGateway}, {@link VirtualNode}, {@link VirtualRouter}, {@link VirtualService}.
 */
package io.tropo4j.resources.appmesh;
