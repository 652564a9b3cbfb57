// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ApiGatewayV2}: {@link Api}, {@link ApiGatewayManagedOverrides},
 * {@link ApiMapping}, {@link Authorizer}, {@link Deployment}, {@link DomainName}, {@link
 * Integration}, {@link IntegrationResponse}, {@link Model}, {@link PortalProduct}, {@link Route},
 * {@link RouteResponse}, {@link RoutingRule}, {@link Stage}, {@link VpcLink}.
 */
package io.tropo4j.resources.apigatewayv2;
