// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wafv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * This is the latest version of <em>AWS WAF</em> , named AWS WAF V2, released in November, 2019.
 * For information, including how to migrate your AWS WAF resources from the prior release, see the
 * <a href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF
 * developer guide</a> .
 *
 * <p>Use an <code>RegexPatternSet</code> to have AWS WAF inspect a web request component for a
 * specific set of regular expression patterns.
 *
 * <p>You use a regex pattern set by providing its Amazon Resource Name (ARN) to the rule statement
 * <code>RegexPatternSetReferenceStatement</code> , when you add a rule to a rule group or web ACL.
 *
 * <p>CloudFormation type {@code AWS::WAFv2::RegexPatternSet}.
 */
public final class RegexPatternSet extends Resource<RegexPatternSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RegexPatternSet")
      .required("RegularExpressionList", "Scope")
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9=:#@/\\-,.][a-zA-Z0-9+=:#@/\\-,.\\s]+[a-zA-Z0-9+=:#@/\\-,.]{1,256}$"))
      .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z_-]{1,128}$"))
      .constrain("RegularExpressionList", Constraint.of().minLength(0).maxLength(200))
      .allowed("Scope", "CLOUDFRONT", "REGIONAL")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RegexPatternSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the set that helps with identification.
   *
   * <p>Pattern: {@code
   * ^[a-zA-Z0-9=:#&#64;/&#92;-,.][a-zA-Z0-9+=:#&#64;/&#92;-,.&#92;s]+[a-zA-Z0-9+=:#&#64;/&#92;-,.]{1,256}$}.
   * CloudFormation property {@code Description}.
   */
  public RegexPatternSet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public RegexPatternSet description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the set. You cannot change the name after you create the set.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[0-9A-Za-z_-]{1,128}$}. CloudFormation
   * property {@code Name}.
   */
  public RegexPatternSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RegexPatternSet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The regular expression patterns in the set.
   *
   * <p>Required. Length: 0 to 200 characters. CloudFormation property {@code
   * RegularExpressionList}.
   */
  public RegexPatternSet regularExpressionList(List<String> value) {
    return set("RegularExpressionList", Value.listOf(value));
  }

  /** Sets {@code RegularExpressionList} to this value; see {@link #regularExpressionList(List)}. */
  public RegexPatternSet regularExpressionList(Value<List<String>> value) {
    return set("RegularExpressionList", value);
  }

  /**
   * Specifies whether this is for an Amazon CloudFront distribution or for a regional application.
   * For an AWS Amplify application, use <code>CLOUDFRONT</code> . A regional application can be an
   * Application Load Balancer (ALB), an REST API, an AWS AppSync GraphQL API, an Amazon Cognito
   * user pool, an AWS App Runner service, or an AWS Verified Access instance. Valid Values are
   * <code>CLOUDFRONT</code> and <code>REGIONAL</code> .
   *
   * <p>For <code>CLOUDFRONT</code> , you must create your WAFv2 resources in the US East (N.
   * Virginia) Region, <code>us-east-1</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CLOUDFRONT}, {@code
   * REGIONAL}. CloudFormation property {@code Scope}.
   */
  public RegexPatternSet scope(String value) {
    return set("Scope", Value.of(value));
  }

  /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
  public RegexPatternSet scope(Value<String> value) {
    return set("Scope", value);
  }

  /**
   * Key:value pairs associated with an AWS resource. The key:value pair can be anything you define.
   * Typically, the tag key represents a category (such as "environment") and the tag value
   * represents a specific value within that category (such as "test," "development," or
   * "production"). You can add up to 50 tags to each AWS resource.
   *
   * <p>To modify tags on existing resources, use the AWS WAF APIs or command line interface. With
   * AWS CloudFormation , you can only add tags to AWS WAF resources during resource creation.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RegexPatternSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RegexPatternSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RegexPatternSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the regex pattern set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the regex pattern set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
