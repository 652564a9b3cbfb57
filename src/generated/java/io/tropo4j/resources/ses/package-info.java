// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SES}: {@link ConfigurationSet}, {@link
 * ConfigurationSetEventDestination}, {@link ContactList}, {@link CustomVerificationEmailTemplate},
 * {@link DedicatedIpPool}, {@link EmailIdentity}, {@link EmailIdentityCertificate}, {@link
 * MailManagerAddonInstance}, {@link MailManagerAddonSubscription}, {@link MailManagerAddressList},
 * {@link MailManagerArchive}, {@link MailManagerIngressPoint}, {@link MailManagerRelay}, {@link
 * MailManagerRuleSet}, {@link MailManagerTrafficPolicy}, {@link MultiRegionEndpoint}, {@link
 * ReceiptFilter}, {@link ReceiptRule}, {@link ReceiptRuleSet}, {@link Template}, {@link Tenant},
 * {@link VdmAttributes}.
 */
package io.tropo4j.resources.ses;
