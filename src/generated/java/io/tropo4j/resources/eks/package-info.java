// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::EKS}: {@link AccessEntry}, {@link Addon}, {@link Capability},
 * {@link CertificateAuthority}, {@link Cluster}, {@link FargateProfile}, {@link
 * IdentityProviderConfig}, {@link Nodegroup}, {@link PodIdentityAssociation}.
 */
package io.tropo4j.resources.eks;
