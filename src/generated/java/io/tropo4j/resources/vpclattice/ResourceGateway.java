// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.vpclattice;

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
 * A resource gateway is a point of ingress into the VPC where a resource resides. It spans multiple
 * Availability Zones. For your resource to be accessible from all Availability Zones, you should
 * create your resource gateways to span as many Availability Zones as possible. A VPC can have
 * multiple resource gateways.
 *
 * <p>CloudFormation type {@code AWS::VpcLattice::ResourceGateway}.
 */
public final class ResourceGateway extends Resource<ResourceGateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::ResourceGateway")
      .required("Name", "SubnetIds", "VpcIdentifier")
      .allowed("IpAddressType", "IPV4", "IPV6", "DUALSTACK")
      .constrain("Ipv4AddressesPerEni", Constraint.of().minimum(1).maximum(62))
      .constrain("Name", Constraint.of().pattern("^(?!rgw-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$").minLength(3).maxLength(40))
      .allowed("ResourceConfigDnsResolution", "IN_VPC", "PUBLIC")
      .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId",
          "AWS::EC2::VPC.DefaultSecurityGroup")
      .constrain("SubnetIds", Constraint.of().minLength(5).maxLength(200))
      .references("SubnetIds", "AWS::EC2::Subnet.Ref")
      .constrain("VpcIdentifier", Constraint.of().pattern("^vpc-(([0-9a-z]{8})|([0-9a-z]{17}))$").minLength(5).maxLength(50))
      .refYields("Arn")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ResourceGateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of IP address used by the resource gateway.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code IPV4}, {@code IPV6}, {@code
   * DUALSTACK}. CloudFormation property {@code IpAddressType}.
   */
  public ResourceGateway ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public ResourceGateway ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * The number of IPv4 addresses in each ENI for the resource gateway.
   *
   * <p>Range: 1 to 62. CloudFormation property {@code Ipv4AddressesPerEni}.
   */
  public ResourceGateway ipv4AddressesPerEni(int value) {
    return set("Ipv4AddressesPerEni", Value.of(value));
  }

  /** Sets {@code Ipv4AddressesPerEni} to this value; see {@link #ipv4AddressesPerEni(int)}. */
  public ResourceGateway ipv4AddressesPerEni(Value<Integer> value) {
    return set("Ipv4AddressesPerEni", value);
  }

  /**
   * The name of the resource gateway.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 40 characters. Pattern: {@code
   * ^(?!rgw-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$}. CloudFormation property {@code Name}.
   */
  public ResourceGateway name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ResourceGateway name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Changing it replaces the resource. Allowed values: {@code IN_VPC}, {@code PUBLIC}.
   * CloudFormation property {@code ResourceConfigDnsResolution}.
   */
  public ResourceGateway resourceConfigDnsResolution(String value) {
    return set("ResourceConfigDnsResolution", Value.of(value));
  }

  /**
   * Sets {@code ResourceConfigDnsResolution} to this value; see {@link
   * #resourceConfigDnsResolution(String)}.
   */
  public ResourceGateway resourceConfigDnsResolution(Value<String> value) {
    return set("ResourceConfigDnsResolution", value);
  }

  /**
   * The IDs of the security groups applied to the resource gateway.
   *
   * <p>CloudFormation property {@code SecurityGroupIds}.
   */
  public ResourceGateway securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public ResourceGateway securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #securityGroupIds(List)}.
   */
  public ResourceGateway securityGroupIds(SecurityGroup... resources) {
    return set("SecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * The IDs of the VPC subnets for the resource gateway.
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 200 characters. CloudFormation
   * property {@code SubnetIds}.
   */
  public ResourceGateway subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public ResourceGateway subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #subnetIds(List)}.
   */
  public ResourceGateway subnetIds(Subnet... resources) {
    return set("SubnetIds", Value.refs(resources));
  }

  /**
   * The tags for the resource gateway.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ResourceGateway tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ResourceGateway tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ResourceGateway tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the VPC for the resource gateway.
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 50 characters. Pattern: {@code
   * ^vpc-(([0-9a-z]{8})|([0-9a-z]{17}))$}. CloudFormation property {@code VpcIdentifier}.
   */
  public ResourceGateway vpcIdentifier(String value) {
    return set("VpcIdentifier", Value.of(value));
  }

  /** Sets {@code VpcIdentifier} to this value; see {@link #vpcIdentifier(String)}. */
  public ResourceGateway vpcIdentifier(Value<String> value) {
    return set("VpcIdentifier", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the resource gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
