// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::WAFRegional}: {@link ByteMatchSet}, {@link GeoMatchSet}, {@link
 * IPSet}, {@link RateBasedRule}, {@link RegexPatternSet}, {@link Rule}, {@link SizeConstraintSet},
 * {@link SqlInjectionMatchSet}, {@link WebACL}, {@link WebACLAssociation}, {@link XssMatchSet}.
 */
package io.tropo4j.resources.wafregional;
