// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::CertificateManager}: {@link Account}, {@link
 * AcmeDomainValidation}, {@link AcmeEndpoint}, {@link AcmeExternalAccountBinding}, {@link
 * Certificate}.
 */
package io.tropo4j.resources.certificatemanager;
