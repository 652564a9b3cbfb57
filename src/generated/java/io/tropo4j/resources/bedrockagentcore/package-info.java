// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::BedrockAgentCore}: {@link ApiKeyCredentialProvider}, {@link
 * BrowserCustom}, {@link BrowserProfile}, {@link CapacityProvider}, {@link CodeInterpreterCustom},
 * {@link ConfigurationBundle}, {@link Dataset}, {@link Evaluator}, {@link Gateway}, {@link
 * GatewayRateLimit}, {@link GatewayRule}, {@link GatewayTarget}, {@link Harness}, {@link
 * HarnessEndpoint}, {@link Memory}, {@link OAuth2CredentialProvider}, {@link
 * OnlineEvaluationConfig}, {@link PaymentConnector}, {@link PaymentCredentialProvider}, {@link
 * PaymentManager}, {@link Policy}, {@link PolicyEngine}, {@link ResourcePolicy}, {@link Runtime},
 * {@link RuntimeEndpoint}, {@link WorkloadIdentity}.
 */
package io.tropo4j.resources.bedrockagentcore;
