// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SMSVOICE}: {@link ConfigurationSet}, {@link OptOutList}, {@link
 * PhoneNumber}, {@link Pool}, {@link ProtectConfiguration}, {@link Registration}, {@link
 * RegistrationAttachment}, {@link ResourcePolicy}, {@link SenderId}, {@link
 * VerifiedDestinationNumber}.
 */
package io.tropo4j.resources.smsvoice;
