// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wafregional;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * This is <em>AWS WAF Classic</em> documentation. For more information, see <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/classic-waf-chapter.html">AWS WAF
 * Classic</a> in the developer guide. <em>For the latest version of AWS WAF</em> , use the AWS WAF
 * V2 API and see the <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF Developer
 * Guide</a> . With the latest version, AWS WAF has a single set of endpoints for regional and
 * global use.
 *
 * <p>The AWS::WAFRegional::WebACLAssociation resource associates an AWS WAF Regional web access
 * control group (ACL) with a resource.
 *
 * <p>CloudFormation type {@code AWS::WAFRegional::WebACLAssociation}.
 */
public final class WebACLAssociation extends Resource<WebACLAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAFRegional::WebACLAssociation")
      .required("ResourceArn", "WebACLId")
      .refYields("Id")
      .attributes("Id")
      .build();

  public WebACLAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource to protect with the web ACL.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResourceArn}.
   */
  public WebACLAssociation resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public WebACLAssociation resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }

  /**
   * A unique identifier (ID) for the web ACL.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code WebACLId}.
   */
  public WebACLAssociation webACLId(String value) {
    return set("WebACLId", Value.of(value));
  }

  /** Sets {@code WebACLId} to this value; see {@link #webACLId(String)}. */
  public WebACLAssociation webACLId(Value<String> value) {
    return set("WebACLId", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
