// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.shield;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a grouping of protected resources so they can be handled as a collective. This resource
 * grouping improves the accuracy of detection and reduces false positives.
 *
 * <p>To configure this resource through CloudFormation , you must be subscribed to AWS Shield
 * Advanced . You can subscribe through the <a
 * href="https://docs.aws.amazon.com/wafv2/shieldv2#/">Shield Advanced console</a> and through the
 * APIs. For more information, see <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/enable-ddos-prem.html">Subscribe to
 * AWS Shield Advanced</a> .
 *
 * <p>CloudFormation type {@code AWS::Shield::ProtectionGroup}.
 */
public final class ProtectionGroup extends Resource<ProtectionGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Shield::ProtectionGroup")
      .required("Aggregation", "Pattern", "ProtectionGroupId")
      .allowed("Aggregation", "SUM", "MEAN", "MAX")
      .constrain("Members", Constraint.of().pattern("^arn:aws").minLength(1).maxLength(2048))
      .allowed("Pattern", "ALL", "ARBITRARY", "BY_RESOURCE_TYPE")
      .constrain("ProtectionGroupId", Constraint.of().pattern("[a-zA-Z0-9\\-]*").minLength(1).maxLength(36))
      .allowed("ResourceType", "CLOUDFRONT_DISTRIBUTION", "ROUTE_53_HOSTED_ZONE",
          "ELASTIC_IP_ALLOCATION", "CLASSIC_LOAD_BALANCER", "APPLICATION_LOAD_BALANCER",
          "GLOBAL_ACCELERATOR")
      .refYields("ProtectionGroupArn")
      .attributes("ProtectionGroupArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ProtectionGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Defines how AWS Shield combines resource data for the group in order to detect, mitigate, and
   * report events.
   *
   * <ul> <li><code>Sum</code> - Use the total traffic across the group. This is a good choice for
   * most cases. Examples include Elastic IP addresses for EC2 instances that scale manually or
   * automatically. <li><code>Mean</code> - Use the average of the traffic across the group. This is
   * a good choice for resources that share traffic uniformly. Examples include accelerators and
   * load balancers. <li><code>Max</code> - Use the highest traffic from each resource. This is
   * useful for resources that don't share traffic and for resources that share that traffic in a
   * non-uniform way. Examples include Amazon CloudFront distributions and origin resources for
   * CloudFront distributions. </ul>
   *
   * <p>Required. Allowed values: {@code SUM}, {@code MEAN}, {@code MAX}. CloudFormation property
   * {@code Aggregation}.
   */
  public ProtectionGroup aggregation(String value) {
    return set("Aggregation", Value.of(value));
  }

  /** Sets {@code Aggregation} to this value; see {@link #aggregation(String)}. */
  public ProtectionGroup aggregation(Value<String> value) {
    return set("Aggregation", value);
  }

  /**
   * The ARNs (Amazon Resource Names) of the resources to include in the protection group. You must
   * set this when you set <code>Pattern</code> to <code>ARBITRARY</code> and you must not set it
   * for any other <code>Pattern</code> setting.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^arn:aws}. CloudFormation property {@code
   * Members}.
   */
  public ProtectionGroup members(List<String> value) {
    return set("Members", Value.listOf(value));
  }

  /** Sets {@code Members} to this value; see {@link #members(List)}. */
  public ProtectionGroup members(Value<List<String>> value) {
    return set("Members", value);
  }

  /**
   * The criteria to use to choose the protected resources for inclusion in the group. You can
   * include all resources that have protections, provide a list of resource ARNs (Amazon Resource
   * Names), or include all resources of a specified resource type.
   *
   * <p>Required. Allowed values: {@code ALL}, {@code ARBITRARY}, {@code BY_RESOURCE_TYPE}.
   * CloudFormation property {@code Pattern}.
   */
  public ProtectionGroup pattern(String value) {
    return set("Pattern", Value.of(value));
  }

  /** Sets {@code Pattern} to this value; see {@link #pattern(String)}. */
  public ProtectionGroup pattern(Value<String> value) {
    return set("Pattern", value);
  }

  /**
   * The name of the protection group. You use this to identify the protection group in lists and to
   * manage the protection group, for example to update, delete, or describe it.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 36 characters. Pattern: {@code
   * [a-zA-Z0-9&#92;-]*}. CloudFormation property {@code ProtectionGroupId}.
   */
  public ProtectionGroup protectionGroupId(String value) {
    return set("ProtectionGroupId", Value.of(value));
  }

  /** Sets {@code ProtectionGroupId} to this value; see {@link #protectionGroupId(String)}. */
  public ProtectionGroup protectionGroupId(Value<String> value) {
    return set("ProtectionGroupId", value);
  }

  /**
   * The resource type to include in the protection group. All protected resources of this type are
   * included in the protection group. You must set this when you set <code>Pattern</code> to
   * <code>BY_RESOURCE_TYPE</code> and you must not set it for any other <code>Pattern</code>
   * setting.
   *
   * <p>Allowed values: {@code CLOUDFRONT_DISTRIBUTION}, {@code ROUTE_53_HOSTED_ZONE}, {@code
   * ELASTIC_IP_ALLOCATION}, {@code CLASSIC_LOAD_BALANCER}, {@code APPLICATION_LOAD_BALANCER},
   * {@code GLOBAL_ACCELERATOR}. CloudFormation property {@code ResourceType}.
   */
  public ProtectionGroup resourceType(String value) {
    return set("ResourceType", Value.of(value));
  }

  /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
  public ProtectionGroup resourceType(Value<String> value) {
    return set("ResourceType", value);
  }

  /**
   * Key:value pairs associated with an AWS resource. The key:value pair can be anything you define.
   * Typically, the tag key represents a category (such as "environment") and the tag value
   * represents a specific value within that category (such as "test," "development," or
   * "production"). You can add up to 50 tags to each AWS resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ProtectionGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ProtectionGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ProtectionGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN (Amazon Resource Name) of the new protection group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProtectionGroupArn}.
   */
  public Value<String> protectionGroupArn() {
    return getAtt("ProtectionGroupArn");
  }
}
