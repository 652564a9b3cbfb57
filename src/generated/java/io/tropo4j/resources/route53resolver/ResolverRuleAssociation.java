// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53resolver;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.VPC;

/**
 * In the response to an <a
 * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_AssociateResolverRule.html">AssociateResolverRule</a>
 * , <a
 * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DisassociateResolverRule.html">DisassociateResolverRule</a>
 * , or <a
 * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListResolverRuleAssociations.html">ListResolverRuleAssociations</a>
 * request, provides information about an association between a resolver rule and a VPC. The
 * association determines which DNS queries that originate in the VPC are forwarded to your network.
 *
 * <p>CloudFormation type {@code AWS::Route53Resolver::ResolverRuleAssociation}.
 */
public final class ResolverRuleAssociation extends Resource<ResolverRuleAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::ResolverRuleAssociation")
      .required("ResolverRuleId", "VPCId")
      .references("ResolverRuleId", "AWS::Route53Resolver::ResolverRule.Ref")
      .constrain("VPCId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VPCId", "AWS::EC2::VPC.Ref")
      .refYields("ResolverRuleAssociationId")
      .attributes("Name", "ResolverRuleAssociationId", "ResolverRuleId", "VPCId")
      .build();

  public ResolverRuleAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of an association between a Resolver rule and a VPC.
   *
   * <p>The name can be up to 64 characters long and can contain letters (a-z, A-Z), numbers (0-9),
   * hyphens (-), underscores (_), and spaces. The name cannot consist of only numbers.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public ResolverRuleAssociation name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ResolverRuleAssociation name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ID of the Resolver rule that you associated with the VPC that is specified by
   * <code>VPCId</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResolverRuleId}.
   */
  public ResolverRuleAssociation resolverRuleId(String value) {
    return set("ResolverRuleId", Value.of(value));
  }

  /** Sets {@code ResolverRuleId} to this value; see {@link #resolverRuleId(String)}. */
  public ResolverRuleAssociation resolverRuleId(Value<String> value) {
    return set("ResolverRuleId", value);
  }

  /**
   * Sets {@code ResolverRuleId} to the Ref of {@code AWS::Route53Resolver::ResolverRule}; see
   * {@link #resolverRuleId(String)}.
   */
  public ResolverRuleAssociation resolverRuleId(ResolverRule resource) {
    return set("ResolverRuleId", resource.ref());
  }

  /**
   * The ID of the VPC that you associated the Resolver rule with.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VPCId}.
   */
  public ResolverRuleAssociation vpcId(String value) {
    return set("VPCId", Value.of(value));
  }

  /** Sets {@code VPCId} to this value; see {@link #vpcId(String)}. */
  public ResolverRuleAssociation vpcId(Value<String> value) {
    return set("VPCId", value);
  }

  /** Sets {@code VPCId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public ResolverRuleAssociation vpcId(VPC resource) {
    return set("VPCId", resource.ref());
  }

  /**
   * The name of an association between a resolver rule and a VPC, such as <code>test.example.com in
   * beta VPC</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The ID of the resolver rule association that you want to get information about, such as
   * <code>rslvr-rrassoc-97242eaf88example</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResolverRuleAssociationId}.
   */
  public Value<String> resolverRuleAssociationId() {
    return getAtt("ResolverRuleAssociationId");
  }

  /**
   * The ID of the resolver rule that you associated with the VPC that is specified by
   * <code>VPCId</code> , such as <code>rslvr-rr-5328a0899example</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResolverRuleId}.
   */
  public Value<String> resolverRuleId() {
    return getAtt("ResolverRuleId");
  }

  /**
   * The ID of the VPC that you associated the resolver rule with, such as
   * <code>vpc-03cf94c75cexample</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code VPCId}.
   */
  public Value<String> vpcId() {
    return getAtt("VPCId");
  }
}
