// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lambda;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Lambda::NetworkConnector
 *
 * <p>CloudFormation type {@code AWS::Lambda::NetworkConnector}.
 */
public final class NetworkConnector extends Resource<NetworkConnector> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lambda::NetworkConnector")
      .required("Configuration")
      .constrain("Name", Constraint.of().pattern("^(arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:network-connector:[a-zA-Z0-9-_]+(:[1-9][0-9]*)?)|[a-zA-Z0-9_-]{1,64}$").minLength(1).maxLength(140))
      .constrain("OperatorRole", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(0).maxLength(10000))
      .refYields("Arn")
      .attributes("Arn", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NetworkConnector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The network configuration for the connector. Specify a VpcEgressConfiguration to enable
   * outbound traffic routing through your VPC.
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public NetworkConnector configuration(Value<Config> value) {
    return set("Configuration", value);
  }

  /**
   * A unique name for the network connector within your account and Region. Must be 1 to 64
   * alphanumeric characters, hyphens, or underscores.
   *
   * <p>Changing it replaces the resource. Length: 1 to 140 characters. Pattern: {@code
   * ^(arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1}:&#92;d{12}:network-connector:[a-zA-Z0-9-_]+(:[1-9][0-9]*)?)|[a-zA-Z0-9_-]{1,64}$}.
   * CloudFormation property {@code Name}.
   */
  public NetworkConnector name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public NetworkConnector name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the IAM role that Lambda assumes to manage elastic network interfaces in your VPC.
   * This role must have permissions for ec2:CreateNetworkInterface and related describe operations.
   *
   * <p>Length: 0 to 10000 characters. Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*)?:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. CloudFormation
   * property {@code OperatorRole}.
   */
  public NetworkConnector operatorRole(String value) {
    return set("OperatorRole", Value.of(value));
  }

  /** Sets {@code OperatorRole} to this value; see {@link #operatorRole(String)}. */
  public NetworkConnector operatorRole(Value<String> value) {
    return set("OperatorRole", value);
  }

  /**
   * A list of tags to apply to the network connector. Use tags to categorize network connectors for
   * cost allocation, access control, or operational management.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public NetworkConnector tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NetworkConnector tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NetworkConnector tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the network connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The current state of the network connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The network configuration for the connector. Specify a VpcEgressConfiguration to enable
   * outbound traffic routing through your VPC.
   *
   * <p>Property type {@code AWS::Lambda::NetworkConnector.Config}.
   */
  public static final class Config extends Struct<Config> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::NetworkConnector.Config")
        .required("VpcEgressConfiguration")
        .build();

    public Config() {
      super(SCHEMA);
    }

    /**
     * The VPC egress configuration for the network connector. Specifies the subnets, security
     * groups, and network protocol for routing outbound traffic through your VPC.
     *
     * <p>Required. CloudFormation property {@code VpcEgressConfiguration}.
     */
    public Config vpcEgressConfiguration(Value<VpcEgressConfiguration> value) {
      return set("VpcEgressConfiguration", value);
    }
  }

  /**
   * The VPC egress configuration for the network connector. Specifies the subnets, security groups,
   * and network protocol for routing outbound traffic through your VPC.
   *
   * <p>Property type {@code AWS::Lambda::NetworkConnector.VpcEgressConfiguration}.
   */
  public static final class VpcEgressConfiguration extends Struct<VpcEgressConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::NetworkConnector.VpcEgressConfiguration")
        .required("AssociatedComputeResourceTypes", "SubnetIds")
        .allowed("AssociatedComputeResourceTypes", "MicroVm")
        .allowed("NetworkProtocol", "IPv4", "DualStack")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[0-9a-zA-Z]*$").minLength(0).maxLength(1024).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().pattern("^subnet-[0-9a-z]*$").minLength(0).maxLength(1024))
        .build();

    public VpcEgressConfiguration() {
      super(SCHEMA);
    }

    /**
     * The types of Lambda compute resources that can use this connector. Currently, only MicroVm is
     * supported.
     *
     * <p>Required. Allowed values: {@code MicroVm}. CloudFormation property {@code
     * AssociatedComputeResourceTypes}.
     */
    public VpcEgressConfiguration associatedComputeResourceTypes(List<String> value) {
      return set("AssociatedComputeResourceTypes", Value.listOf(value));
    }

    /**
     * Sets {@code AssociatedComputeResourceTypes} to this value; see {@link
     * #associatedComputeResourceTypes(List)}.
     */
    public VpcEgressConfiguration associatedComputeResourceTypes(Value<List<String>> value) {
      return set("AssociatedComputeResourceTypes", value);
    }

    /**
     * The network protocol for the connector. Specify IPv4 for IPv4-only networking, or DualStack
     * for both IPv4 and IPv6.
     *
     * <p>Allowed values: {@code IPv4}, {@code DualStack}. CloudFormation property {@code
     * NetworkProtocol}.
     */
    public VpcEgressConfiguration networkProtocol(String value) {
      return set("NetworkProtocol", Value.of(value));
    }

    /** Sets {@code NetworkProtocol} to this value; see {@link #networkProtocol(String)}. */
    public VpcEgressConfiguration networkProtocol(Value<String> value) {
      return set("NetworkProtocol", value);
    }

    /**
     * The IDs of the VPC security groups to attach to the ENIs. Specify 0 to 5 security groups. All
     * security groups must be in the same VPC as the subnets.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^sg-[0-9a-zA-Z]*$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public VpcEgressConfiguration securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcEgressConfiguration securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The IDs of the VPC subnets where Lambda provisions elastic network interfaces (ENIs). Specify
     * 1 to 16 subnets. All subnets must be in the same VPC.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code ^subnet-[0-9a-z]*$}.
     * CloudFormation property {@code SubnetIds}.
     */
    public VpcEgressConfiguration subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcEgressConfiguration subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }
}
