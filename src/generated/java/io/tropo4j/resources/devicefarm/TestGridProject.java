// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devicefarm;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A Selenium testing project. Projects are used to collect and collate sessions.
 *
 * <p>CloudFormation type {@code AWS::DeviceFarm::TestGridProject}.
 */
public final class TestGridProject extends Resource<TestGridProject> {
  private static final Schema SCHEMA = Schema.builder("AWS::DeviceFarm::TestGridProject")
      .required("Name")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TestGridProject(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A human-readable description for the project.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public TestGridProject description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public TestGridProject description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A human-readable name for the project.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public TestGridProject name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TestGridProject name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * in the <em>guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TestGridProject tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TestGridProject tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TestGridProject tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The VPC security groups and subnets that are attached to a project.
   *
   * <p>CloudFormation property {@code VpcConfig}.
   */
  public TestGridProject vpcConfig(Value<VpcConfig> value) {
    return set("VpcConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>TestGrid</code> project. See <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * resource names</a> in the <em>General Reference guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The VPC security groups and subnets attached to the <code>TestGrid</code> project.
   *
   * <p>Property type {@code AWS::DeviceFarm::TestGridProject.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DeviceFarm::TestGridProject.VpcConfig")
        .required("SecurityGroupIds", "SubnetIds", "VpcId")
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * A list of VPC security group IDs.
     *
     * <p>A security group allows inbound traffic from network interfaces (and their associated
     * instances) that are assigned to the same security group. See <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_SecurityGroups.html">Security
     * groups</a> in the <em>Amazon Virtual Private Cloud user guide</em> .
     *
     * <p>Required. CloudFormation property {@code SecurityGroupIds}.
     */
    public VpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * A list of VPC subnet IDs.
     *
     * <p>A subnet is a range of IP addresses in your VPC. You can launch Amazon resources, such as
     * EC2 instances, into a specific subnet. When you create a subnet, you specify the IPv4 CIDR
     * block for the subnet, which is a subset of the VPC CIDR block. See <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Subnets.html">VPCs and subnets</a>
     * in the <em>Amazon Virtual Private Cloud user guide</em> .
     *
     * <p>Required. CloudFormation property {@code SubnetIds}.
     */
    public VpcConfig subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcConfig subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * A list of VPC IDs.
     *
     * <p>Each VPC is given a unique ID upon creation.
     *
     * <p>Required. CloudFormation property {@code VpcId}.
     */
    public VpcConfig vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VpcConfig vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }
}
