// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ACMPCA}: {@link Certificate}, {@link CertificateAuthority},
 * {@link CertificateAuthorityActivation}, {@link Permission}.
 */
package io.tropo4j.resources.acmpca;
