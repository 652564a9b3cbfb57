// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::WAFv2}: {@link IPSet}, {@link LoggingConfiguration}, {@link
 * RegexPatternSet}, {@link RuleGroup}, {@link WebACL}, {@link WebACLAssociation}.
 */
package io.tropo4j.resources.wafv2;
