// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::LicenseManager}: {@link Grant}, {@link License}, {@link
 * LicenseAssetGroup}, {@link LicenseAssetRuleSet}.
 */
package io.tropo4j.resources.licensemanager;
