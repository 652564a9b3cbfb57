// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * [IPv6 only] Specifies an egress-only internet gateway for your VPC. An egress-only internet
 * gateway is used to enable outbound communication over IPv6 from instances in your VPC to the
 * internet, and prevents hosts outside of your VPC from initiating an IPv6 connection with your
 * instance.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html">Egress-only
 * internet gateway</a> in the <em>Amazon VPC User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::EgressOnlyInternetGateway}.
 */
public final class EgressOnlyInternetGateway extends Resource<EgressOnlyInternetGateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::EgressOnlyInternetGateway")
      .required("VpcId")
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EgressOnlyInternetGateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The tags assigned to the egress-only internet gateway.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EgressOnlyInternetGateway tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EgressOnlyInternetGateway tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EgressOnlyInternetGateway tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the VPC for which to create the egress-only internet gateway.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VpcId}.
   */
  public EgressOnlyInternetGateway vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public EgressOnlyInternetGateway vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public EgressOnlyInternetGateway vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The ID of the egress-only internet gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
