// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediaconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents a router network interface in AWS Elemental MediaConnect that is used to define a
 * network boundary for router resources
 *
 * <p>CloudFormation type {@code AWS::MediaConnect::RouterNetworkInterface}.
 */
public final class RouterNetworkInterface extends Resource<RouterNetworkInterface> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterNetworkInterface")
      .required("Configuration", "Name")
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .refYields("Arn")
      .attributes("Arn", "AssociatedInputCount", "AssociatedOutputCount", "CreatedAt", "Id",
          "NetworkInterfaceType", "State", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RouterNetworkInterface(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The configuration settings for a router network interface.
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public RouterNetworkInterface configuration(Value<RouterNetworkInterfaceConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * The name of the router network interface.
   *
   * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
   */
  public RouterNetworkInterface name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RouterNetworkInterface name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The AWS Region where the router network interface is located.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RegionName}.
   */
  public RouterNetworkInterface regionName(String value) {
    return set("RegionName", Value.of(value));
  }

  /** Sets {@code RegionName} to this value; see {@link #regionName(String)}. */
  public RouterNetworkInterface regionName(Value<String> value) {
    return set("RegionName", value);
  }

  /**
   * Key-value pairs that can be used to tag and organize this router network interface.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RouterNetworkInterface tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RouterNetworkInterface tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RouterNetworkInterface tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the router network interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The number of router inputs associated with the network interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociatedInputCount}.
   */
  public Value<Integer> associatedInputCount() {
    return getAtt("AssociatedInputCount");
  }

  /**
   * The number of router outputs associated with the network interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociatedOutputCount}.
   */
  public Value<Integer> associatedOutputCount() {
    return getAtt("AssociatedOutputCount");
  }

  /**
   * The timestamp when the router network interface was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The unique identifier of the router network interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The type of the router network interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInterfaceType}.
   */
  public Value<String> networkInterfaceType() {
    return getAtt("NetworkInterfaceType");
  }

  /**
   * The current state of the router network interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The timestamp when the router network interface was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The configuration settings for a public router network interface, including the list of allowed
   * CIDR blocks.
   *
   * <p>Property type {@code
   * AWS::MediaConnect::RouterNetworkInterface.PublicRouterNetworkInterfaceConfiguration}.
   */
  public static final class PublicRouterNetworkInterfaceConfiguration extends Struct<PublicRouterNetworkInterfaceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterNetworkInterface.PublicRouterNetworkInterfaceConfiguration")
        .required("AllowRules")
        .build();

    public PublicRouterNetworkInterfaceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of allowed CIDR blocks for the public router network interface.
     *
     * <p>Required. CloudFormation property {@code AllowRules}.
     */
    public PublicRouterNetworkInterfaceConfiguration allowRules(List<PublicRouterNetworkInterfaceRule> value) {
      return set("AllowRules", Value.listOf(value));
    }

    /** Sets {@code AllowRules} to this value; see {@link #allowRules(List)}. */
    public PublicRouterNetworkInterfaceConfiguration allowRules(Value<List<PublicRouterNetworkInterfaceRule>> value) {
      return set("AllowRules", value);
    }

    /** Sets {@code AllowRules} to a list of these; see {@link #allowRules(List)}. */
    public PublicRouterNetworkInterfaceConfiguration allowRules(PublicRouterNetworkInterfaceRule... values) {
      return set("AllowRules", Value.list(values));
    }
  }

  /**
   * A rule that allows a specific CIDR block to access the public router network interface.
   *
   * <p>Property type {@code
   * AWS::MediaConnect::RouterNetworkInterface.PublicRouterNetworkInterfaceRule}.
   */
  public static final class PublicRouterNetworkInterfaceRule extends Struct<PublicRouterNetworkInterfaceRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterNetworkInterface.PublicRouterNetworkInterfaceRule")
        .required("Cidr")
        .build();

    public PublicRouterNetworkInterfaceRule() {
      super(SCHEMA);
    }

    /**
     * The CIDR block that is allowed to access the public router network interface.
     *
     * <p>Required. CloudFormation property {@code Cidr}.
     */
    public PublicRouterNetworkInterfaceRule cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public PublicRouterNetworkInterfaceRule cidr(Value<String> value) {
      return set("Cidr", value);
    }
  }

  /**
   * Property type {@code
   * AWS::MediaConnect::RouterNetworkInterface.RouterNetworkInterfaceConfiguration}.
   */
  public static final class RouterNetworkInterfaceConfiguration extends Struct<RouterNetworkInterfaceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterNetworkInterface.RouterNetworkInterfaceConfiguration");

    public RouterNetworkInterfaceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration settings for a public router network interface, including the list of
     * allowed CIDR blocks.
     *
     * <p>CloudFormation property {@code Public}.
     */
    public RouterNetworkInterfaceConfiguration publicProperty(Value<PublicRouterNetworkInterfaceConfiguration> value) {
      return set("Public", value);
    }

    /**
     * The configuration settings for a router network interface within a VPC, including the
     * security group IDs and subnet ID.
     *
     * <p>CloudFormation property {@code Vpc}.
     */
    public RouterNetworkInterfaceConfiguration vpc(Value<VpcRouterNetworkInterfaceConfiguration> value) {
      return set("Vpc", value);
    }
  }

  /**
   * The configuration settings for a router network interface within a VPC, including the security
   * group IDs and subnet ID.
   *
   * <p>Property type {@code
   * AWS::MediaConnect::RouterNetworkInterface.VpcRouterNetworkInterfaceConfiguration}.
   */
  public static final class VpcRouterNetworkInterfaceConfiguration extends Struct<VpcRouterNetworkInterfaceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterNetworkInterface.VpcRouterNetworkInterfaceConfiguration")
        .required("SecurityGroupIds", "SubnetId")
        .build();

    public VpcRouterNetworkInterfaceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The IDs of the security groups to associate with the router network interface within the VPC.
     *
     * <p>Required. CloudFormation property {@code SecurityGroupIds}.
     */
    public VpcRouterNetworkInterfaceConfiguration securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcRouterNetworkInterfaceConfiguration securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The ID of the subnet within the VPC to associate the router network interface with.
     *
     * <p>Required. CloudFormation property {@code SubnetId}.
     */
    public VpcRouterNetworkInterfaceConfiguration subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public VpcRouterNetworkInterfaceConfiguration subnetId(Value<String> value) {
      return set("SubnetId", value);
    }
  }
}
