// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3outposts;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * This AWS::S3Outposts::Endpoint resource specifies an endpoint and associates it with the
 * specified Outpost.
 *
 * <p>Amazon S3 on Outposts access points simplify managing data access at scale for shared datasets
 * in S3 on Outposts. S3 on Outposts uses endpoints to connect to S3 on Outposts buckets so that you
 * can perform actions within your virtual private cloud (VPC). For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/AccessingS3Outposts.html">Accessing
 * S3 on Outposts using VPC-only access points</a> .
 *
 * <p>It can take up to 5 minutes for this resource to be created.
 *
 * <p>CloudFormation type {@code AWS::S3Outposts::Endpoint}.
 */
public final class Endpoint extends Resource<Endpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Outposts::Endpoint")
      .required("OutpostId", "SecurityGroupId", "SubnetId")
      .allowed("AccessType", "CustomerOwnedIp", "Private")
      .constrain("CustomerOwnedIpv4Pool", Constraint.of().pattern("^ipv4pool-coip-([0-9a-f]{17})$"))
      .constrain("OutpostId", Constraint.of().pattern("^(op-[a-f0-9]{17}|\\d{12}|ec2)$"))
      .constrain("SecurityGroupId", Constraint.of().pattern("^sg-([0-9a-f]{8}|[0-9a-f]{17})$").minLength(1).maxLength(100).format("AWS::EC2::SecurityGroup.Id"))
      .constrain("SubnetId", Constraint.of().pattern("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$").minLength(1).maxLength(100).format("AWS::EC2::Subnet.Id"))
      .refYields("Arn")
      .attributes("Arn", "CidrBlock", "CreationTime", "Id", "NetworkInterfaces", "Status")
      .build();

  public Endpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The container for the type of connectivity used to access the Amazon S3 on Outposts endpoint.
   * To use the Amazon VPC , choose <code>Private</code> . To use the endpoint with an on-premises
   * network, choose <code>CustomerOwnedIp</code> . If you choose <code>CustomerOwnedIp</code> , you
   * must also provide the customer-owned IP address pool (CoIP pool).
   *
   * <p><code>Private</code> is the default access type value.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CustomerOwnedIp}, {@code Private}.
   * Default: {@code "Private"}. CloudFormation property {@code AccessType}.
   */
  public Endpoint accessType(String value) {
    return set("AccessType", Value.of(value));
  }

  /** Sets {@code AccessType} to this value; see {@link #accessType(String)}. */
  public Endpoint accessType(Value<String> value) {
    return set("AccessType", value);
  }

  /**
   * The ID of the customer-owned IPv4 address pool (CoIP pool) for the endpoint. IP addresses are
   * allocated from this pool for the endpoint.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^ipv4pool-coip-([0-9a-f]{17})$}.
   * CloudFormation property {@code CustomerOwnedIpv4Pool}.
   */
  public Endpoint customerOwnedIpv4Pool(String value) {
    return set("CustomerOwnedIpv4Pool", Value.of(value));
  }

  /**
   * Sets {@code CustomerOwnedIpv4Pool} to this value; see {@link #customerOwnedIpv4Pool(String)}.
   */
  public Endpoint customerOwnedIpv4Pool(Value<String> value) {
    return set("CustomerOwnedIpv4Pool", value);
  }

  /**
   * The failure reason, if any, for a create or delete endpoint operation.
   *
   * <p>CloudFormation property {@code FailedReason}.
   */
  public Endpoint failedReason(Value<FailedReason> value) {
    return set("FailedReason", value);
  }

  /**
   * The ID of the Outpost.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^(op-[a-f0-9]{17}|&#92;d{12}|ec2)$}. CloudFormation property {@code OutpostId}.
   */
  public Endpoint outpostId(String value) {
    return set("OutpostId", Value.of(value));
  }

  /** Sets {@code OutpostId} to this value; see {@link #outpostId(String)}. */
  public Endpoint outpostId(Value<String> value) {
    return set("OutpostId", value);
  }

  /**
   * The ID of the security group used for the endpoint.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^sg-([0-9a-f]{8}|[0-9a-f]{17})$}. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation
   * property {@code SecurityGroupId}.
   */
  public Endpoint securityGroupId(String value) {
    return set("SecurityGroupId", Value.of(value));
  }

  /** Sets {@code SecurityGroupId} to this value; see {@link #securityGroupId(String)}. */
  public Endpoint securityGroupId(Value<String> value) {
    return set("SecurityGroupId", value);
  }

  /**
   * The ID of the subnet used for the endpoint.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^subnet-([0-9a-f]{8}|[0-9a-f]{17})$}. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation
   * property {@code SubnetId}.
   */
  public Endpoint subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public Endpoint subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * The ARN of the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The VPC CIDR block committed by this endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CidrBlock}.
   */
  public Value<String> cidrBlock() {
    return getAtt("CidrBlock");
  }

  /**
   * The time the endpoint was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The ID of the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The network interface of the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInterfaces}.
   */
  public Value<List<NetworkInterface>> networkInterfaces() {
    return getAtt("NetworkInterfaces");
  }

  /**
   * The status of the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The failure reason, if any, for a create or delete endpoint operation.
   *
   * <p>Property type {@code AWS::S3Outposts::Endpoint.FailedReason}.
   */
  public static final class FailedReason extends Struct<FailedReason> {
    private static final Schema SCHEMA = Schema.of("AWS::S3Outposts::Endpoint.FailedReason");

    public FailedReason() {
      super(SCHEMA);
    }

    /**
     * The failure code, if any, for a create or delete endpoint operation.
     *
     * <p>CloudFormation property {@code ErrorCode}.
     */
    public FailedReason errorCode(String value) {
      return set("ErrorCode", Value.of(value));
    }

    /** Sets {@code ErrorCode} to this value; see {@link #errorCode(String)}. */
    public FailedReason errorCode(Value<String> value) {
      return set("ErrorCode", value);
    }

    /**
     * Additional error details describing the endpoint failure and recommended action.
     *
     * <p>CloudFormation property {@code Message}.
     */
    public FailedReason message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public FailedReason message(Value<String> value) {
      return set("Message", value);
    }
  }

  /**
   * The container for the network interface.
   *
   * <p>Property type {@code AWS::S3Outposts::Endpoint.NetworkInterface}.
   */
  public static final class NetworkInterface extends Struct<NetworkInterface> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Outposts::Endpoint.NetworkInterface")
        .required("NetworkInterfaceId")
        .build();

    public NetworkInterface() {
      super(SCHEMA);
    }

    /**
     * The ID for the network interface.
     *
     * <p>Required. CloudFormation property {@code NetworkInterfaceId}.
     */
    public NetworkInterface networkInterfaceId(String value) {
      return set("NetworkInterfaceId", Value.of(value));
    }

    /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
    public NetworkInterface networkInterfaceId(Value<String> value) {
      return set("NetworkInterfaceId", value);
    }
  }
}
