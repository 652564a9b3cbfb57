// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Greengrass}: {@link ConnectorDefinition}, {@link
 * ConnectorDefinitionVersion}, {@link CoreDefinition}, {@link CoreDefinitionVersion}, {@link
 * DeviceDefinition}, {@link DeviceDefinitionVersion}, {@link FunctionDefinition}, {@link
 * FunctionDefinitionVersion}, {@link Group}, {@link GroupVersion}, {@link LoggerDefinition}, {@link
 * LoggerDefinitionVersion}, {@link ResourceDefinition}, {@link ResourceDefinitionVersion}, {@link
 * SubscriptionDefinition}, {@link SubscriptionDefinitionVersion}.
 */
package io.tropo4j.resources.greengrass;
