// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::WAF}: {@link ByteMatchSet}, {@link IPSet}, {@link Rule}, {@link
 * SizeConstraintSet}, {@link SqlInjectionMatchSet}, {@link WebACL}, {@link XssMatchSet}.
 */
package io.tropo4j.resources.waf;
