// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::VerifiedPermissions}: {@link IdentitySource}, {@link Policy},
 * {@link PolicyStore}, {@link PolicyStoreAlias}, {@link PolicyTemplate}.
 */
package io.tropo4j.resources.verifiedpermissions;
