// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigatewayv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::ApiGatewayV2::VpcLink</code> resource creates a VPC link. Supported only for HTTP
 * APIs. The VPC link status must transition from <code>PENDING</code> to <code>AVAILABLE</code> to
 * successfully create a VPC link, which can take up to 10 minutes. To learn more, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vpc-links.html">Working
 * with VPC Links for HTTP APIs</a> in the <em>API Gateway Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ApiGatewayV2::VpcLink}.
 */
public final class VpcLink extends Resource<VpcLink> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::VpcLink")
      .required("Name", "SubnetIds")
      .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .references("SubnetIds", "AWS::EC2::Subnet.Ref")
      .refYields("VpcLinkId")
      .attributes("VpcLinkId")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public VpcLink(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the VPC link.
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
   * A list of security group IDs for the VPC link.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
   * CloudFormation property {@code SecurityGroupIds}.
   */
  public VpcLink securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public VpcLink securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #securityGroupIds(List)}.
   */
  public VpcLink securityGroupIds(SecurityGroup... resources) {
    return set("SecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * A list of subnet IDs to include in the VPC link.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code SubnetIds}.
   */
  public VpcLink subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public VpcLink subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #subnetIds(List)}.
   */
  public VpcLink subnetIds(Subnet... resources) {
    return set("SubnetIds", Value.refs(resources));
  }

  /**
   * The collection of tags. Each tag element is associated with a given resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VpcLink tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public VpcLink tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public VpcLink tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The VPC link ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcLinkId}.
   */
  public Value<String> vpcLinkId() {
    return getAtt("VpcLinkId");
  }
}
