// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ApiGateway}: {@link Account}, {@link ApiKey}, {@link
 * Authorizer}, {@link BasePathMapping}, {@link BasePathMappingV2}, {@link ClientCertificate},
 * {@link Deployment}, {@link DocumentationPart}, {@link DocumentationVersion}, {@link DomainName},
 * {@link DomainNameAccessAssociation}, {@link DomainNameV2}, {@link GatewayResponse}, {@link
 * Method}, {@link Model}, {@link RequestValidator}, {@link Resource}, {@link RestApi}, {@link
 * Stage}, {@link UsagePlan}, {@link UsagePlanKey}, {@link VpcLink}.
 */
package io.tropo4j.resources.apigateway;
