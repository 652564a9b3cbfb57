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
 * Specifies a network address translation (NAT) gateway in the specified subnet. You can create
 * either a public NAT gateway or a private NAT gateway. The default is a public NAT gateway. If you
 * create a public NAT gateway, you must specify an elastic IP address.
 *
 * <p>With a NAT gateway, instances in a private subnet can connect to the internet, other AWS
 * services, or an on-premises network using the IP address of the NAT gateway. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html">NAT gateways</a> in
 * the <em>Amazon VPC User Guide</em> .
 *
 * <p>If you add a default route ( <code>AWS::EC2::Route</code> resource) that points to a NAT
 * gateway, specify the NAT gateway ID for the route's <code>NatGatewayId</code> property.
 *
 * <p>When you associate an Elastic IP address or secondary Elastic IP address with a public NAT
 * gateway, the network border group of the Elastic IP address must match the network border group
 * of the Availability Zone (AZ) that the public NAT gateway is in. Otherwise, the NAT gateway fails
 * to launch. You can see the network border group for the AZ by viewing the details of the subnet.
 * Similarly, you can view the network border group for the Elastic IP address by viewing its
 * details. For more information, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-eips.html#allocate-eip">Allocate an
 * Elastic IP address</a> in the <em>Amazon VPC User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::NatGateway}.
 */
public final class NatGateway extends Resource<NatGateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::NatGateway")
      .references("AllocationId", "AWS::EC2::EIP.AllocationId")
      .allowed("AvailabilityMode", "regional", "zonal")
      .allowed("ConnectivityType", "private", "public")
      .constrain("SecondaryPrivateIpAddressCount", Constraint.of().minimum(1).maximum(31))
      .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .references("SubnetId", "AWS::EC2::Subnet.Ref")
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .refYields("NatGatewayId")
      .attributes("AutoProvisionZones", "AutoScalingIps", "EniId", "NatGatewayId", "RouteTableId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NatGateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * [Public NAT gateway only] The allocation ID of the Elastic IP address that's associated with
   * the NAT gateway. This property is required for a public NAT gateway and cannot be specified
   * with a private NAT gateway.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AllocationId}.
   */
  public NatGateway allocationId(String value) {
    return set("AllocationId", Value.of(value));
  }

  /** Sets {@code AllocationId} to this value; see {@link #allocationId(String)}. */
  public NatGateway allocationId(Value<String> value) {
    return set("AllocationId", value);
  }

  /**
   * Sets {@code AllocationId} to the AllocationId of {@code AWS::EC2::EIP}; see {@link
   * #allocationId(String)}.
   */
  public NatGateway allocationId(EIP resource) {
    return set("AllocationId", resource.allocationId());
  }

  /**
   * Indicates whether this is a zonal (single-AZ) or regional (multi-AZ) NAT gateway.
   *
   * <p>A zonal NAT gateway is a NAT Gateway that provides redundancy and scalability within a
   * single availability zone. A regional NAT gateway is a single NAT Gateway that works across
   * multiple availability zones (AZs) in your VPC, providing redundancy, scalability and
   * availability across all the AZs in a Region.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateways-regional.html">Regional NAT
   * gateways for automatic multi-AZ expansion</a> in the <em>Amazon VPC User Guide</em> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code regional}, {@code zonal}.
   * CloudFormation property {@code AvailabilityMode}.
   */
  public NatGateway availabilityMode(String value) {
    return set("AvailabilityMode", Value.of(value));
  }

  /** Sets {@code AvailabilityMode} to this value; see {@link #availabilityMode(String)}. */
  public NatGateway availabilityMode(Value<String> value) {
    return set("AvailabilityMode", value);
  }

  /**
   * For regional NAT gateways only: Specifies which Availability Zones you want the NAT gateway to
   * support and the Elastic IP addresses (EIPs) to use in each AZ. The regional NAT gateway uses
   * these EIPs to handle outbound NAT traffic from their respective AZs. If not specified, the NAT
   * gateway will automatically expand to new AZs and associate EIPs upon detection of an elastic
   * network interface. If you specify this parameter, auto-expansion is disabled and you must
   * manually manage AZ coverage.
   *
   * <p>A regional NAT gateway is a single NAT Gateway that works across multiple availability zones
   * (AZs) in your VPC, providing redundancy, scalability and availability across all the AZs in a
   * Region.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateways-regional.html">Regional NAT
   * gateways for automatic multi-AZ expansion</a> in the <em>Amazon VPC User Guide</em> .
   *
   * <p>CloudFormation property {@code AvailabilityZoneAddresses}.
   */
  public NatGateway availabilityZoneAddresses(List<AvailabilityZoneAddress> value) {
    return set("AvailabilityZoneAddresses", Value.listOf(value));
  }

  /**
   * Sets {@code AvailabilityZoneAddresses} to this value; see {@link
   * #availabilityZoneAddresses(List)}.
   */
  public NatGateway availabilityZoneAddresses(Value<List<AvailabilityZoneAddress>> value) {
    return set("AvailabilityZoneAddresses", value);
  }

  /**
   * Sets {@code AvailabilityZoneAddresses} to a list of these; see {@link
   * #availabilityZoneAddresses(List)}.
   */
  public NatGateway availabilityZoneAddresses(AvailabilityZoneAddress... values) {
    return set("AvailabilityZoneAddresses", Value.list(values));
  }

  /**
   * Indicates whether the NAT gateway supports public or private connectivity. The default is
   * public connectivity.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code private}, {@code public}.
   * CloudFormation property {@code ConnectivityType}.
   */
  public NatGateway connectivityType(String value) {
    return set("ConnectivityType", Value.of(value));
  }

  /** Sets {@code ConnectivityType} to this value; see {@link #connectivityType(String)}. */
  public NatGateway connectivityType(Value<String> value) {
    return set("ConnectivityType", value);
  }

  /**
   * The maximum amount of time to wait (in seconds) before forcibly releasing the IP addresses if
   * connections are still in progress. Default value is 350 seconds.
   *
   * <p>CloudFormation property {@code MaxDrainDurationSeconds}.
   */
  public NatGateway maxDrainDurationSeconds(int value) {
    return set("MaxDrainDurationSeconds", Value.of(value));
  }

  /**
   * Sets {@code MaxDrainDurationSeconds} to this value; see {@link #maxDrainDurationSeconds(int)}.
   */
  public NatGateway maxDrainDurationSeconds(Value<Integer> value) {
    return set("MaxDrainDurationSeconds", value);
  }

  /**
   * The private IPv4 address to assign to the NAT gateway. If you don't provide an address, a
   * private IPv4 address will be automatically assigned.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PrivateIpAddress}.
   */
  public NatGateway privateIpAddress(String value) {
    return set("PrivateIpAddress", Value.of(value));
  }

  /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
  public NatGateway privateIpAddress(Value<String> value) {
    return set("PrivateIpAddress", value);
  }

  /**
   * Secondary EIP allocation IDs. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-working-with.html">Create a
   * NAT gateway</a> in the <em>Amazon VPC User Guide</em> .
   *
   * <p>CloudFormation property {@code SecondaryAllocationIds}.
   */
  public NatGateway secondaryAllocationIds(List<String> value) {
    return set("SecondaryAllocationIds", Value.listOf(value));
  }

  /**
   * Sets {@code SecondaryAllocationIds} to this value; see {@link #secondaryAllocationIds(List)}.
   */
  public NatGateway secondaryAllocationIds(Value<List<String>> value) {
    return set("SecondaryAllocationIds", value);
  }

  /**
   * [Private NAT gateway only] The number of secondary private IPv4 addresses you want to assign to
   * the NAT gateway. For more information about secondary addresses, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html#nat-gateway-creating">Create
   * a NAT gateway</a> in the <em>Amazon Virtual Private Cloud User Guide</em> .
   *
   * <p><code>SecondaryPrivateIpAddressCount</code> and <code>SecondaryPrivateIpAddresses</code>
   * cannot be set at the same time.
   *
   * <p>Range: 1 to 31. CloudFormation property {@code SecondaryPrivateIpAddressCount}.
   */
  public NatGateway secondaryPrivateIpAddressCount(int value) {
    return set("SecondaryPrivateIpAddressCount", Value.of(value));
  }

  /**
   * Sets {@code SecondaryPrivateIpAddressCount} to this value; see {@link
   * #secondaryPrivateIpAddressCount(int)}.
   */
  public NatGateway secondaryPrivateIpAddressCount(Value<Integer> value) {
    return set("SecondaryPrivateIpAddressCount", value);
  }

  /**
   * Secondary private IPv4 addresses. For more information about secondary addresses, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html#nat-gateway-creating">Create
   * a NAT gateway</a> in the <em>Amazon Virtual Private Cloud User Guide</em> .
   *
   * <p><code>SecondaryPrivateIpAddressCount</code> and <code>SecondaryPrivateIpAddresses</code>
   * cannot be set at the same time.
   *
   * <p>CloudFormation property {@code SecondaryPrivateIpAddresses}.
   */
  public NatGateway secondaryPrivateIpAddresses(List<String> value) {
    return set("SecondaryPrivateIpAddresses", Value.listOf(value));
  }

  /**
   * Sets {@code SecondaryPrivateIpAddresses} to this value; see {@link
   * #secondaryPrivateIpAddresses(List)}.
   */
  public NatGateway secondaryPrivateIpAddresses(Value<List<String>> value) {
    return set("SecondaryPrivateIpAddresses", value);
  }

  /**
   * The ID of the subnet in which the NAT gateway is located.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation
   * property {@code SubnetId}.
   */
  public NatGateway subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public NatGateway subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * Sets {@code SubnetId} to the Ref of {@code AWS::EC2::Subnet}; see {@link #subnetId(String)}.
   */
  public NatGateway subnetId(Subnet resource) {
    return set("SubnetId", resource.ref());
  }

  /**
   * The tags for the NAT gateway.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public NatGateway tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NatGateway tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NatGateway tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the VPC in which the NAT gateway is located.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property
   * {@code VpcId}.
   */
  public NatGateway vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public NatGateway vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /**
   * For regional NAT gateways only: Indicates whether AWS automatically manages AZ coverage. When
   * enabled, the NAT gateway associates EIPs in all AZs where your VPC has subnets to handle
   * outbound NAT traffic, expands to new AZs when you create subnets there, and retracts from AZs
   * where you've removed all subnets. When disabled, you must manually manage which AZs the NAT
   * gateway supports and their corresponding EIPs.
   *
   * <p>A regional NAT gateway is a single NAT Gateway that works across multiple availability zones
   * (AZs) in your VPC, providing redundancy, scalability and availability across all the AZs in a
   * Region.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateways-regional.html">Regional NAT
   * gateways for automatic multi-AZ expansion</a> in the <em>Amazon VPC User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AutoProvisionZones}.
   */
  public Value<String> autoProvisionZones() {
    return getAtt("AutoProvisionZones");
  }

  /**
   * For regional NAT gateways only: Indicates whether AWS automatically allocates additional
   * Elastic IP addresses (EIPs) in an AZ when the NAT gateway needs more ports due to increased
   * concurrent connections to a single destination from that AZ.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateways-regional.html">Regional NAT
   * gateways for automatic multi-AZ expansion</a> in the <em>Amazon VPC User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AutoScalingIps}.
   */
  public Value<String> autoScalingIps() {
    return getAtt("AutoScalingIps");
  }

  /**
   * The ID of the network interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EniId}.
   */
  public Value<String> eniId() {
    return getAtt("EniId");
  }

  /**
   * The ID of the NAT gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NatGatewayId}.
   */
  public Value<String> natGatewayId() {
    return getAtt("NatGatewayId");
  }

  /**
   * For regional NAT gateways only, this is the ID of the NAT gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RouteTableId}.
   */
  public Value<String> routeTableId() {
    return getAtt("RouteTableId");
  }

  /**
   * For regional NAT gateways only: The configuration specifying which Elastic IP address (EIP) to
   * use for handling outbound NAT traffic from a specific Availability Zone.
   *
   * <p>A regional NAT gateway is a single NAT Gateway that works across multiple availability zones
   * (AZs) in your VPC, providing redundancy, scalability and availability across all the AZs in a
   * Region.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateways-regional.html">Regional NAT
   * gateways for automatic multi-AZ expansion</a> in the <em>Amazon VPC User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::NatGateway.AvailabilityZoneAddress}.
   */
  public static final class AvailabilityZoneAddress extends Struct<AvailabilityZoneAddress> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::NatGateway.AvailabilityZoneAddress")
        .required("AllocationIds")
        .build();

    public AvailabilityZoneAddress() {
      super(SCHEMA);
    }

    /**
     * The allocation IDs of the Elastic IP addresses (EIPs) to be used for handling outbound NAT
     * traffic in this specific Availability Zone.
     *
     * <p>Required. CloudFormation property {@code AllocationIds}.
     */
    public AvailabilityZoneAddress allocationIds(List<String> value) {
      return set("AllocationIds", Value.listOf(value));
    }

    /** Sets {@code AllocationIds} to this value; see {@link #allocationIds(List)}. */
    public AvailabilityZoneAddress allocationIds(Value<List<String>> value) {
      return set("AllocationIds", value);
    }

    /**
     * For regional NAT gateways only: The Availability Zone where this specific NAT gateway
     * configuration will be active. Each AZ in a regional NAT gateway has its own configuration to
     * handle outbound NAT traffic from that AZ.
     *
     * <p>A regional NAT gateway is a single NAT Gateway that works across multiple availability
     * zones (AZs) in your VPC, providing redundancy, scalability and availability across all the
     * AZs in a Region.
     *
     * <p>CloudFormation property {@code AvailabilityZone}.
     */
    public AvailabilityZoneAddress availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public AvailabilityZoneAddress availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * For regional NAT gateways only: The ID of the Availability Zone where this specific NAT
     * gateway configuration will be active. Each AZ in a regional NAT gateway has its own
     * configuration to handle outbound NAT traffic from that AZ. Use this instead of
     * AvailabilityZone for consistent identification of AZs across AWS Regions.
     *
     * <p>A regional NAT gateway is a single NAT Gateway that works across multiple availability
     * zones (AZs) in your VPC, providing redundancy, scalability and availability across all the
     * AZs in a Region.
     *
     * <p>CloudFormation property {@code AvailabilityZoneId}.
     */
    public AvailabilityZoneAddress availabilityZoneId(String value) {
      return set("AvailabilityZoneId", Value.of(value));
    }

    /** Sets {@code AvailabilityZoneId} to this value; see {@link #availabilityZoneId(String)}. */
    public AvailabilityZoneAddress availabilityZoneId(Value<String> value) {
      return set("AvailabilityZoneId", value);
    }
  }
}
