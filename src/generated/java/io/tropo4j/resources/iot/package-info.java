// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::IoT}: {@link AccountAuditConfiguration}, {@link Authorizer},
 * {@link BillingGroup}, {@link CACertificate}, {@link Certificate}, {@link CertificateProvider},
 * {@link Command}, {@link CustomMetric}, {@link Dimension}, {@link DomainConfiguration}, {@link
 * EncryptionConfiguration}, {@link FleetMetric}, {@link Job}, {@link JobTemplate}, {@link Logging},
 * {@link MitigationAction}, {@link Policy}, {@link PolicyPrincipalAttachment}, {@link
 * ProvisioningTemplate}, {@link ResourceSpecificLogging}, {@link RoleAlias}, {@link
 * ScheduledAudit}, {@link SecurityProfile}, {@link SoftwarePackage}, {@link
 * SoftwarePackageVersion}, {@link Stream}, {@link Thing}, {@link ThingGroup}, {@link
 * ThingPrincipalAttachment}, {@link ThingType}, {@link TopicRule}, {@link TopicRuleDestination}.
 */
package io.tropo4j.resources.iot;
