// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.elasticloadbalancingv2.LoadBalancer;
import java.util.List;

/**
 * The <code>AWS::ApiGateway::VpcLink</code> resource creates an API Gateway VPC link for a REST API
 * to access resources in an Amazon Virtual Private Cloud (VPC). For more information, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/api/API_CreateVpcLink.html">vpclink:create</a>
 * in the <code>Amazon API Gateway REST API Reference</code> .
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::VpcLink}.
 */
public final class VpcLink extends Resource<VpcLink> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::VpcLink")
      .required("Name", "TargetArns")
      .references("TargetArns", "AWS::ElasticLoadBalancingV2::LoadBalancer.Ref")
      .refYields("VpcLinkId")
      .attributes("VpcLinkId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VpcLink(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the VPC link.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public VpcLink description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public VpcLink description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name used to label and identify the VPC link.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public VpcLink name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public VpcLink name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of arbitrary tags (key-value pairs) to associate with the VPC link.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VpcLink tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VpcLink tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VpcLink tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the network load balancer of the VPC targeted by the VPC link. The network load
   * balancer must be owned by the same AWS account of the API owner.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TargetArns}.
   */
  public VpcLink targetArns(List<String> value) {
    return set("TargetArns", Value.listOf(value));
  }

  /** Sets {@code TargetArns} to this value; see {@link #targetArns(List)}. */
  public VpcLink targetArns(Value<List<String>> value) {
    return set("TargetArns", value);
  }

  /**
   * Sets {@code TargetArns} to the Ref of each {@code AWS::ElasticLoadBalancingV2::LoadBalancer};
   * see {@link #targetArns(List)}.
   */
  public VpcLink targetArns(LoadBalancer... resources) {
    return set("TargetArns", Value.refs(resources));
  }

  /**
   * The ID for the VPC link. For example: <code>abc123</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcLinkId}.
   */
  public Value<String> vpcLinkId() {
    return getAtt("VpcLinkId");
  }
}
