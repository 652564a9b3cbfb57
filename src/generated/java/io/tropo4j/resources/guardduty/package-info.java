// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::GuardDuty}: {@link CustomDetectionRuleAssociation}, {@link
 * Detector}, {@link Filter}, {@link IPSet}, {@link MalwareProtectionPlan}, {@link Master}, {@link
 * Member}, {@link PublishingDestination}, {@link ThreatEntitySet}, {@link ThreatIntelSet}, {@link
 * TrustedEntitySet}.
 */
package io.tropo4j.resources.guardduty;
