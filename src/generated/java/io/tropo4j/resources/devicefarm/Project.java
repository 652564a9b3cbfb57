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
 * Creates a project.
 *
 * <p>CloudFormation type {@code AWS::DeviceFarm::Project}.
 */
public final class Project extends Resource<Project> {
  private static final Schema SCHEMA = Schema.builder("AWS::DeviceFarm::Project")
      .required("Name")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Project(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Sets the execution timeout value (in minutes) for a project. All test runs in this project use
   * the specified execution timeout value unless overridden when scheduling a run.
   *
   * <p>CloudFormation property {@code DefaultJobTimeoutMinutes}.
   */
  public Project defaultJobTimeoutMinutes(int value) {
    return set("DefaultJobTimeoutMinutes", Value.of(value));
  }

  /**
   * Sets {@code DefaultJobTimeoutMinutes} to this value; see {@link
   * #defaultJobTimeoutMinutes(int)}.
   */
  public Project defaultJobTimeoutMinutes(Value<Integer> value) {
    return set("DefaultJobTimeoutMinutes", value);
  }

  /** CloudFormation property {@code EnvironmentVariables}. */
  public Project environmentVariables(List<EnvironmentVariable> value) {
    return set("EnvironmentVariables", Value.listOf(value));
  }

  /** Sets {@code EnvironmentVariables} to this value; see {@link #environmentVariables(List)}. */
  public Project environmentVariables(Value<List<EnvironmentVariable>> value) {
    return set("EnvironmentVariables", value);
  }

  /**
   * Sets {@code EnvironmentVariables} to a list of these; see {@link #environmentVariables(List)}.
   */
  public Project environmentVariables(EnvironmentVariable... values) {
    return set("EnvironmentVariables", Value.list(values));
  }

  /** CloudFormation property {@code ExecutionRoleArn}. */
  public Project executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public Project executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * The project's name.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public Project name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Project name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags to add to the resource. A tag is an array of key-value pairs. Tag keys can have a
   * maximum character length of 128 characters. Tag values can have a maximum length of 256
   * characters.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Project tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Project tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Project tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The VPC security groups and subnets that are attached to a project.
   *
   * <p>CloudFormation property {@code VpcConfig}.
   */
  public Project vpcConfig(Value<VpcConfig> value) {
    return set("VpcConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the project. See <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * resource names</a> in the <em>General Reference guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** Property type {@code AWS::DeviceFarm::Project.EnvironmentVariable}. */
  public static final class EnvironmentVariable extends Struct<EnvironmentVariable> {
    private static final Schema SCHEMA = Schema.builder("AWS::DeviceFarm::Project.EnvironmentVariable")
        .required("Name", "Value")
        .build();

    public EnvironmentVariable() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Name}. */
    public EnvironmentVariable name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EnvironmentVariable name(Value<String> value) {
      return set("Name", value);
    }

    /** Required. CloudFormation property {@code Value}. */
    public EnvironmentVariable value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnvironmentVariable value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The VPC security groups and subnets that are attached to a project.
   *
   * <p>Property type {@code AWS::DeviceFarm::Project.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DeviceFarm::Project.VpcConfig")
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
     * A subnet is a range of IP addresses in your VPC. You can launch Amazon resources, such as EC2
     * instances, into a specific subnet. When you create a subnet, you specify the IPv4 CIDR block
     * for the subnet, which is a subset of the VPC CIDR block. See <a
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
