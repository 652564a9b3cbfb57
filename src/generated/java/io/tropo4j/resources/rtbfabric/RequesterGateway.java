// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rtbfabric;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.ec2.VPC;
import java.util.List;

/**
 * Creates a requester gateway.
 *
 * <p>CloudFormation type {@code AWS::RTBFabric::RequesterGateway}.
 */
public final class RequesterGateway extends Resource<RequesterGateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::RequesterGateway")
      .required("SecurityGroupIds", "SubnetIds", "VpcId")
      .constrain("Description", Constraint.of().pattern("^[A-Za-z0-9 ]+$"))
      .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .constrain("SubnetIds", Constraint.of().pattern("^subnet-\\w{8,17}$").minLength(15).maxLength(24))
      .references("SubnetIds", "AWS::EC2::Subnet.Ref")
      .constrain("VpcId", Constraint.of().pattern("^vpc-[a-f0-9]{8,17}$").minLength(5).maxLength(50).format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("Arn")
      .attributes("ActiveLinksCount", "Arn", "CreatedTimestamp", "DomainName", "GatewayId",
          "RequesterGatewayStatus", "TotalLinksCount", "UpdatedTimestamp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RequesterGateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional description for the requester gateway.
   *
   * <p>Pattern: {@code ^[A-Za-z0-9 ]+$}. CloudFormation property {@code Description}.
   */
  public RequesterGateway description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public RequesterGateway description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The unique identifiers of the security groups.
   *
   * <p>Required. CloudFormation property {@code SecurityGroupIds}.
   */
  public RequesterGateway securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public RequesterGateway securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #securityGroupIds(List)}.
   */
  public RequesterGateway securityGroupIds(SecurityGroup... resources) {
    return set("SecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * The unique identifiers of the subnets.
   *
   * <p>Required. Length: 15 to 24 characters. Pattern: {@code ^subnet-&#92;w{8,17}$}.
   * CloudFormation property {@code SubnetIds}.
   */
  public RequesterGateway subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public RequesterGateway subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #subnetIds(List)}.
   */
  public RequesterGateway subnetIds(Subnet... resources) {
    return set("SubnetIds", Value.refs(resources));
  }

  /**
   * A map of the key-value pairs of the tag or tags to assign to the resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RequesterGateway tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RequesterGateway tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RequesterGateway tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unique identifier of the Virtual Private Cloud (VPC).
   *
   * <p>Required. Length: 5 to 50 characters. Pattern: {@code ^vpc-[a-f0-9]{8,17}$}. Format: {@code
   * AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
   */
  public RequesterGateway vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public RequesterGateway vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public RequesterGateway vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /** {@code Fn::GetAtt} attribute {@code ActiveLinksCount}. */
  public Value<Integer> activeLinksCount() {
    return getAtt("ActiveLinksCount");
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedTimestamp}. */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /** {@code Fn::GetAtt} attribute {@code DomainName}. */
  public Value<String> domainName() {
    return getAtt("DomainName");
  }

  /** {@code Fn::GetAtt} attribute {@code GatewayId}. */
  public Value<String> gatewayId() {
    return getAtt("GatewayId");
  }

  /** {@code Fn::GetAtt} attribute {@code RequesterGatewayStatus}. */
  public Value<String> requesterGatewayStatus() {
    return getAtt("RequesterGatewayStatus");
  }

  /** {@code Fn::GetAtt} attribute {@code TotalLinksCount}. */
  public Value<Integer> totalLinksCount() {
    return getAtt("TotalLinksCount");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedTimestamp}. */
  public Value<String> updatedTimestamp() {
    return getAtt("UpdatedTimestamp");
  }
}
