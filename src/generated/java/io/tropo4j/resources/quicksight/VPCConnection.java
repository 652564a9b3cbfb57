// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new VPC connection.
 *
 * <p>CloudFormation type {@code AWS::QuickSight::VPCConnection}.
 */
public final class VPCConnection extends Resource<VPCConnection> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::VPCConnection")
      .allowed("AvailabilityStatus", "AVAILABLE", "UNAVAILABLE", "PARTIALLY_AVAILABLE")
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .constrain("DnsResolvers", Constraint.of().minLength(7).maxLength(15))
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[0-9a-z]*$").minLength(1).maxLength(255).format("AWS::EC2::SecurityGroup.Id"))
      .constrain("SubnetIds", Constraint.of().pattern("^subnet-[0-9a-z]*$").minLength(1).maxLength(255))
      .constrain("VPCConnectionId", Constraint.of().pattern("[\\w\\-]+").minLength(1).maxLength(1000))
      .attributes("Arn", "CreatedTime", "LastUpdatedTime", "NetworkInterfaces", "Status", "VPCId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VPCConnection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The availability status of the VPC connection.
   *
   * <p>Allowed values: {@code AVAILABLE}, {@code UNAVAILABLE}, {@code PARTIALLY_AVAILABLE}.
   * CloudFormation property {@code AvailabilityStatus}.
   */
  public VPCConnection availabilityStatus(String value) {
    return set("AvailabilityStatus", Value.of(value));
  }

  /** Sets {@code AvailabilityStatus} to this value; see {@link #availabilityStatus(String)}. */
  public VPCConnection availabilityStatus(Value<String> value) {
    return set("AvailabilityStatus", value);
  }

  /**
   * The AWS account ID of the account where you want to create a new VPC connection.
   *
   * <p>Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code AwsAccountId}.
   */
  public VPCConnection awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public VPCConnection awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * A list of IP addresses of DNS resolver endpoints for the VPC connection.
   *
   * <p>Length: 7 to 15 characters. CloudFormation property {@code DnsResolvers}.
   */
  public VPCConnection dnsResolvers(List<String> value) {
    return set("DnsResolvers", Value.listOf(value));
  }

  /** Sets {@code DnsResolvers} to this value; see {@link #dnsResolvers(List)}. */
  public VPCConnection dnsResolvers(Value<List<String>> value) {
    return set("DnsResolvers", value);
  }

  /**
   * The display name for the VPC connection.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code Name}.
   */
  public VPCConnection name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public VPCConnection name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the IAM role associated with the VPC connection.
   *
   * <p>Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code RoleArn}.
   */
  public VPCConnection roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public VPCConnection roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The Amazon EC2 security group IDs associated with the VPC connection.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^sg-[0-9a-z]*$}. Format: {@code
   * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
   */
  public VPCConnection securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public VPCConnection securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * A list of subnet IDs for the VPC connection.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^subnet-[0-9a-z]*$}. CloudFormation property
   * {@code SubnetIds}.
   */
  public VPCConnection subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public VPCConnection subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * A map of the key-value pairs for the resource tag or tags assigned to the VPC connection.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VPCConnection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VPCConnection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VPCConnection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the VPC connection that you're creating. This ID is a unique identifier for each AWS
   * Region in an AWS account.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1000 characters. Pattern: {@code
   * [&#92;w&#92;-]+}. CloudFormation property {@code VPCConnectionId}.
   */
  public VPCConnection vpcConnectionId(String value) {
    return set("VPCConnectionId", Value.of(value));
  }

  /** Sets {@code VPCConnectionId} to this value; see {@link #vpcConnectionId(String)}. */
  public VPCConnection vpcConnectionId(Value<String> value) {
    return set("VPCConnectionId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the VPC connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time that the VPC connection was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The time that the VPC connection was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * A list of network interfaces.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInterfaces}.
   */
  public Value<List<NetworkInterface>> networkInterfaces() {
    return getAtt("NetworkInterfaces");
  }

  /**
   * The HTTP status of the request.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Amazon EC2 VPC ID associated with the VPC connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VPCId}.
   */
  public Value<String> vpcId() {
    return getAtt("VPCId");
  }

  /**
   * The structure that contains information about a network interface.
   *
   * <p>Property type {@code AWS::QuickSight::VPCConnection.NetworkInterface}.
   */
  public static final class NetworkInterface extends Struct<NetworkInterface> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::VPCConnection.NetworkInterface")
        .allowed("Status", "CREATING", "AVAILABLE", "CREATION_FAILED", "UPDATING", "UPDATE_FAILED",
            "DELETING", "DELETED", "DELETION_FAILED", "DELETION_SCHEDULED",
            "ATTACHMENT_FAILED_ROLLBACK_FAILED")
        .build();

    public NetworkInterface() {
      super(SCHEMA);
    }

    /**
     * The availability zone that the network interface resides in.
     *
     * <p>CloudFormation property {@code AvailabilityZone}.
     */
    public NetworkInterface availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public NetworkInterface availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * An error message.
     *
     * <p>CloudFormation property {@code ErrorMessage}.
     */
    public NetworkInterface errorMessage(String value) {
      return set("ErrorMessage", Value.of(value));
    }

    /** Sets {@code ErrorMessage} to this value; see {@link #errorMessage(String)}. */
    public NetworkInterface errorMessage(Value<String> value) {
      return set("ErrorMessage", value);
    }

    /**
     * The network interface ID.
     *
     * <p>CloudFormation property {@code NetworkInterfaceId}.
     */
    public NetworkInterface networkInterfaceId(String value) {
      return set("NetworkInterfaceId", Value.of(value));
    }

    /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
    public NetworkInterface networkInterfaceId(Value<String> value) {
      return set("NetworkInterfaceId", value);
    }

    /**
     * The status of the network interface.
     *
     * <p>Allowed values: {@code CREATING}, {@code AVAILABLE}, {@code CREATION_FAILED}, {@code
     * UPDATING}, {@code UPDATE_FAILED}, {@code DELETING}, {@code DELETED}, {@code DELETION_FAILED},
     * {@code DELETION_SCHEDULED}, {@code ATTACHMENT_FAILED_ROLLBACK_FAILED}. CloudFormation
     * property {@code Status}.
     */
    public NetworkInterface status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public NetworkInterface status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The subnet ID associated with the network interface.
     *
     * <p>CloudFormation property {@code SubnetId}.
     */
    public NetworkInterface subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public NetworkInterface subnetId(Value<String> value) {
      return set("SubnetId", value);
    }
  }
}
