// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wafregional;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>RegexPatternSet</code> specifies the regular expression (regex) pattern that you want
 * AWS WAF to search for, such as <code>B[a&#64;]dB[o0]t</code> . You can then configure AWS WAF to
 * reject those requests.
 *
 * <p>Note that you can only create regex pattern sets using a CloudFormation template. To add the
 * regex pattern sets created through CloudFormation to a RegexMatchSet, use the AWS WAF console,
 * API, or command line interface (CLI). For more information, see <a
 * href="https://docs.aws.amazon.com/waf/latest/APIReference/API_regional_UpdateRegexMatchSet.html">UpdateRegexMatchSet</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::WAFRegional::RegexPatternSet}.
 */
public final class RegexPatternSet extends Resource<RegexPatternSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAFRegional::RegexPatternSet")
      .required("Name", "RegexPatternStrings")
      .constrain("RegexPatternStrings", Constraint.of().minLength(0).maxLength(200))
      .refYields("Id")
      .attributes("Id")
      .build();

  public RegexPatternSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A friendly name or description of the <code>RegexPatternSet</code> . You can't change
   * <code>Name</code> after you create a <code>RegexPatternSet</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public RegexPatternSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RegexPatternSet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies the regular expression (regex) patterns that you want AWS WAF to search for, such as
   * <code>B[a&#64;]dB[o0]t</code> .
   *
   * <p>Required. Length: 0 to 200 characters. CloudFormation property {@code RegexPatternStrings}.
   */
  public RegexPatternSet regexPatternStrings(List<String> value) {
    return set("RegexPatternStrings", Value.listOf(value));
  }

  /** Sets {@code RegexPatternStrings} to this value; see {@link #regexPatternStrings(List)}. */
  public RegexPatternSet regexPatternStrings(Value<List<String>> value) {
    return set("RegexPatternStrings", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
