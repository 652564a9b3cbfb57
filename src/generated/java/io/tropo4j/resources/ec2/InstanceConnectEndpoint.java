// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an EC2 Instance Connect Endpoint.
 *
 * <p>An EC2 Instance Connect Endpoint allows you to connect to an instance, without requiring the
 * instance to have a public IPv4 address. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Connect-using-EC2-Instance-Connect-Endpoint.html">Connect
 * to your instances using EC2 Instance Connect Endpoint</a> in the <em>Amazon EC2 User Guide</em> .
 *
 * <p>With the replacement update behavior, CloudFormation usually creates the new resource first,
 * changes references to point to the new resource, and then deletes the old resource. However, you
 * can create only one EC2 Instance Connect Endpoint per VPC, so the replacement process fails. If
 * you need to modify an EC2 Instance Connect Endpoint, you must replace the resource manually.
 *
 * <p>CloudFormation type {@code AWS::EC2::InstanceConnectEndpoint}.
 */
public final class InstanceConnectEndpoint extends Resource<InstanceConnectEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::InstanceConnectEndpoint")
      .required("SubnetId")
      .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .refYields("Id")
      .attributes("AvailabilityZone", "AvailabilityZoneId", "CreatedAt", "Id",
          "InstanceConnectEndpointArn", "NetworkInterfaceIds", "OwnerId", "PublicDnsNames", "State",
          "StateMessage", "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public InstanceConnectEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ClientToken}.
   */
  public InstanceConnectEndpoint clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /** Sets {@code ClientToken} to this value; see {@link #clientToken(String)}. */
  public InstanceConnectEndpoint clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /**
   * Indicates whether the client IP address is preserved as the source. The following are the
   * possible values.
   *
   * <ul> <li><code>true</code> - Use the client IP address as the source. <li><code>false</code> -
   * Use the network interface IP address as the source. </ul>
   *
   * <p><code>PreserveClientIp</code> is only supported on IPv4 EC2 Instance Connect Endpoints. To
   * use <code>PreserveClientIp</code> , the value for <code>IpAddressType</code> must be
   * <code>ipv4</code> .
   *
   * <p>Default: <code>false</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PreserveClientIp}.
   */
  public InstanceConnectEndpoint preserveClientIp(boolean value) {
    return set("PreserveClientIp", Value.of(value));
  }

  /** Sets {@code PreserveClientIp} to this value; see {@link #preserveClientIp(boolean)}. */
  public InstanceConnectEndpoint preserveClientIp(Value<Boolean> value) {
    return set("PreserveClientIp", value);
  }

  /**
   * One or more security groups to associate with the endpoint. If you don't specify a security
   * group, the default security group for your VPC will be associated with the endpoint.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
   * CloudFormation property {@code SecurityGroupIds}.
   */
  public InstanceConnectEndpoint securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public InstanceConnectEndpoint securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * The ID of the subnet in which to create the EC2 Instance Connect Endpoint.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}.
   * CloudFormation property {@code SubnetId}.
   */
  public InstanceConnectEndpoint subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public InstanceConnectEndpoint subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * The tags to apply to the EC2 Instance Connect Endpoint during creation.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public InstanceConnectEndpoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public InstanceConnectEndpoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public InstanceConnectEndpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Availability Zone of the EC2 Instance Connect Endpoint
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailabilityZone}.
   */
  public Value<String> availabilityZone() {
    return getAtt("AvailabilityZone");
  }

  /**
   * The ID of the Availability Zone of the EC2 Instance Connect Endpoint
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailabilityZoneId}.
   */
  public Value<String> availabilityZoneId() {
    return getAtt("AvailabilityZoneId");
  }

  /**
   * The date and time that the EC2 Instance Connect Endpoint was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ID of the EC2 Instance Connect Endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The Amazon Resource Name (ARN) of the EC2 Instance Connect Endpoint
   *
   * <p>{@code Fn::GetAtt} attribute {@code InstanceConnectEndpointArn}.
   */
  public Value<String> instanceConnectEndpointArn() {
    return getAtt("InstanceConnectEndpointArn");
  }

  /**
   * The ID of the elastic network interface that Amazon EC2 automatically created when creating the
   * EC2 Instance Connect Endpoint
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInterfaceIds}.
   */
  public Value<List<String>> networkInterfaceIds() {
    return getAtt("NetworkInterfaceIds");
  }

  /**
   * The ID of the AWS account that created the EC2 Instance Connect Endpoint
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /**
   * The public DNS names of the endpoint, including IPv4-only and dualstack DNS names.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublicDnsNames}.
   */
  public Value<InstanceConnectEndpointPublicDnsNames> publicDnsNames() {
    return getAtt("PublicDnsNames");
  }

  /**
   * The current state of the EC2 Instance Connect Endpoint
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The message for the current state of the EC2 Instance Connect Endpoint. Can include a failure
   * message
   *
   * <p>{@code Fn::GetAtt} attribute {@code StateMessage}.
   */
  public Value<String> stateMessage() {
    return getAtt("StateMessage");
  }

  /**
   * The ID of the VPC in which the EC2 Instance Connect Endpoint was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }

  /**
   * The DNS names of the endpoint.
   *
   * <p>Property type {@code AWS::EC2::InstanceConnectEndpoint.InstanceConnectEndpointDnsNames}.
   */
  public static final class InstanceConnectEndpointDnsNames extends Struct<InstanceConnectEndpointDnsNames> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::InstanceConnectEndpoint.InstanceConnectEndpointDnsNames");

    public InstanceConnectEndpointDnsNames() {
      super(SCHEMA);
    }

    /**
     * The DNS name of the EC2 Instance Connect Endpoint.
     *
     * <p>CloudFormation property {@code DnsName}.
     */
    public InstanceConnectEndpointDnsNames dnsName(String value) {
      return set("DnsName", Value.of(value));
    }

    /** Sets {@code DnsName} to this value; see {@link #dnsName(String)}. */
    public InstanceConnectEndpointDnsNames dnsName(Value<String> value) {
      return set("DnsName", value);
    }

    /**
     * The Federal Information Processing Standards (FIPS) compliant DNS name of the EC2 Instance
     * Connect Endpoint.
     *
     * <p>CloudFormation property {@code FipsDnsName}.
     */
    public InstanceConnectEndpointDnsNames fipsDnsName(String value) {
      return set("FipsDnsName", Value.of(value));
    }

    /** Sets {@code FipsDnsName} to this value; see {@link #fipsDnsName(String)}. */
    public InstanceConnectEndpointDnsNames fipsDnsName(Value<String> value) {
      return set("FipsDnsName", value);
    }
  }

  /**
   * The public DNS names of the endpoint, including IPv4-only and dualstack DNS names.
   *
   * <p>Property type {@code
   * AWS::EC2::InstanceConnectEndpoint.InstanceConnectEndpointPublicDnsNames}.
   */
  public static final class InstanceConnectEndpointPublicDnsNames extends Struct<InstanceConnectEndpointPublicDnsNames> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::InstanceConnectEndpoint.InstanceConnectEndpointPublicDnsNames");

    public InstanceConnectEndpointPublicDnsNames() {
      super(SCHEMA);
    }

    /**
     * The DNS names of the endpoint.
     *
     * <p>CloudFormation property {@code Dualstack}.
     */
    public InstanceConnectEndpointPublicDnsNames dualstack(Value<InstanceConnectEndpointDnsNames> value) {
      return set("Dualstack", value);
    }

    /**
     * The DNS names of the endpoint.
     *
     * <p>CloudFormation property {@code Ipv4}.
     */
    public InstanceConnectEndpointPublicDnsNames ipv4(Value<InstanceConnectEndpointDnsNames> value) {
      return set("Ipv4", value);
    }
  }
}
