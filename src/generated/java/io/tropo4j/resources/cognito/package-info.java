// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Cognito}: {@link IdentityPool}, {@link
 * IdentityPoolPrincipalTag}, {@link IdentityPoolRoleAttachment}, {@link LogDeliveryConfiguration},
 * {@link ManagedLoginBranding}, {@link Terms}, {@link UserPool}, {@link UserPoolClient}, {@link
 * UserPoolDomain}, {@link UserPoolGroup}, {@link UserPoolIdentityProvider}, {@link
 * UserPoolRegionalConfigurationAttachment}, {@link UserPoolReplica}, {@link
 * UserPoolResourceServer}, {@link UserPoolRiskConfigurationAttachment}, {@link
 * UserPoolUICustomizationAttachment}, {@link UserPoolUser}, {@link UserPoolUserToGroupAttachment}.
 */
package io.tropo4j.resources.cognito;
