// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.VPCEndpoint;
import java.util.List;

/**
 * Creates a Redshift-managed VPC endpoint.
 *
 * <p>CloudFormation type {@code AWS::Redshift::EndpointAccess}.
 */
public final class EndpointAccess extends Resource<EndpointAccess> {
  private static final Schema SCHEMA = Schema.builder("AWS::Redshift::EndpointAccess")
      .required("ClusterIdentifier", "EndpointName", "SubnetGroupName", "VpcSecurityGroupIds")
      .constrain("ClusterIdentifier", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("EndpointName", Constraint.of().pattern("^(?=^[a-z][a-z0-9]*(-[a-z0-9]+)*$).{1,30}$"))
      .constrain("ResourceOwner", Constraint.of().pattern("^\\d{12}$").minLength(0).maxLength(2147483647))
      .constrain("SubnetGroupName", Constraint.of().pattern("^(?=^[a-zA-Z0-9-]+$).{1,255}$"))
      .references("SubnetGroupName", "AWS::Redshift::ClusterSubnetGroup.Ref")
      .constrain("VpcSecurityGroupIds", Constraint.of().minLength(0).maxLength(2147483647).format("AWS::EC2::SecurityGroup.Id"))
      .references("VpcSecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .refYields("EndpointName")
      .attributes("Address", "EndpointCreateTime", "EndpointStatus", "Port", "VpcEndpoint",
          "VpcEndpoint.NetworkInterfaces", "VpcEndpoint.VpcEndpointId", "VpcEndpoint.VpcId",
          "VpcSecurityGroups")
      .build();

  public EndpointAccess(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The cluster identifier of the cluster associated with the endpoint.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 2147483647 characters.
   * CloudFormation property {@code ClusterIdentifier}.
   */
  public EndpointAccess clusterIdentifier(String value) {
    return set("ClusterIdentifier", Value.of(value));
  }

  /** Sets {@code ClusterIdentifier} to this value; see {@link #clusterIdentifier(String)}. */
  public EndpointAccess clusterIdentifier(Value<String> value) {
    return set("ClusterIdentifier", value);
  }

  /**
   * The name of the endpoint.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^(?=^[a-z][a-z0-9]*(-[a-z0-9]+)*$).{1,30}$}. CloudFormation property {@code EndpointName}.
   */
  public EndpointAccess endpointName(String value) {
    return set("EndpointName", Value.of(value));
  }

  /** Sets {@code EndpointName} to this value; see {@link #endpointName(String)}. */
  public EndpointAccess endpointName(Value<String> value) {
    return set("EndpointName", value);
  }

  /**
   * The AWS account ID of the owner of the cluster.
   *
   * <p>Changing it replaces the resource. Length: 0 to 2147483647 characters. Pattern: {@code
   * ^&#92;d{12}$}. CloudFormation property {@code ResourceOwner}.
   */
  public EndpointAccess resourceOwner(String value) {
    return set("ResourceOwner", Value.of(value));
  }

  /** Sets {@code ResourceOwner} to this value; see {@link #resourceOwner(String)}. */
  public EndpointAccess resourceOwner(Value<String> value) {
    return set("ResourceOwner", value);
  }

  /**
   * The subnet group name where Amazon Redshift chooses to deploy the endpoint.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^(?=^[a-zA-Z0-9-]+$).{1,255}$}.
   * CloudFormation property {@code SubnetGroupName}.
   */
  public EndpointAccess subnetGroupName(String value) {
    return set("SubnetGroupName", Value.of(value));
  }

  /** Sets {@code SubnetGroupName} to this value; see {@link #subnetGroupName(String)}. */
  public EndpointAccess subnetGroupName(Value<String> value) {
    return set("SubnetGroupName", value);
  }

  /**
   * Sets {@code SubnetGroupName} to the Ref of {@code AWS::Redshift::ClusterSubnetGroup}; see
   * {@link #subnetGroupName(String)}.
   */
  public EndpointAccess subnetGroupName(ClusterSubnetGroup resource) {
    return set("SubnetGroupName", resource.ref());
  }

  /**
   * The security group that defines the ports, protocols, and sources for inbound traffic that you
   * are authorizing into your endpoint.
   *
   * <p>Required. Length: 0 to 2147483647 characters. Format: {@code AWS::EC2::SecurityGroup.Id}.
   * CloudFormation property {@code VpcSecurityGroupIds}.
   */
  public EndpointAccess vpcSecurityGroupIds(List<String> value) {
    return set("VpcSecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code VpcSecurityGroupIds} to this value; see {@link #vpcSecurityGroupIds(List)}. */
  public EndpointAccess vpcSecurityGroupIds(Value<List<String>> value) {
    return set("VpcSecurityGroupIds", value);
  }

  /**
   * Sets {@code VpcSecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #vpcSecurityGroupIds(List)}.
   */
  public EndpointAccess vpcSecurityGroupIds(SecurityGroup... resources) {
    return set("VpcSecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * The DNS address of the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Address}.
   */
  public Value<String> address() {
    return getAtt("Address");
  }

  /**
   * The time (UTC) that the endpoint was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointCreateTime}.
   */
  public Value<String> endpointCreateTime() {
    return getAtt("EndpointCreateTime");
  }

  /**
   * The status of the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointStatus}.
   */
  public Value<String> endpointStatus() {
    return getAtt("EndpointStatus");
  }

  /**
   * The port number on which the cluster accepts incoming connections.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Port}.
   */
  public Value<Integer> port() {
    return getAtt("Port");
  }

  /**
   * The connection endpoint for connecting to an Amazon Redshift cluster through the proxy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEndpoint}.
   */
  public Value<VpcEndpoint> vpcEndpoint() {
    return getAtt("VpcEndpoint");
  }

  /** {@code Fn::GetAtt} attribute {@code VpcEndpoint.NetworkInterfaces}. */
  public Value<List<NetworkInterface>> vpcEndpointNetworkInterfaces() {
    return getAtt("VpcEndpoint.NetworkInterfaces");
  }

  /**
   * The connection endpoint ID for connecting an Amazon Redshift cluster through the proxy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEndpoint.VpcEndpointId}.
   */
  public Value<String> vpcEndpointVpcEndpointId() {
    return getAtt("VpcEndpoint.VpcEndpointId");
  }

  /**
   * The VPC identifier that the endpoint is associated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEndpoint.VpcId}.
   */
  public Value<String> vpcEndpointVpcId() {
    return getAtt("VpcEndpoint.VpcId");
  }

  /**
   * The security groups associated with the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcSecurityGroups}.
   */
  public Value<List<VpcSecurityGroup>> vpcSecurityGroups() {
    return getAtt("VpcSecurityGroups");
  }

  /**
   * Describes a network interface.
   *
   * <p>Property type {@code AWS::Redshift::EndpointAccess.NetworkInterface}.
   */
  public static final class NetworkInterface extends Struct<NetworkInterface> {
    private static final Schema SCHEMA = Schema.of("AWS::Redshift::EndpointAccess.NetworkInterface");

    public NetworkInterface() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone.
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
     * The network interface identifier.
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
     * The IPv4 address of the network interface within the subnet.
     *
     * <p>CloudFormation property {@code PrivateIpAddress}.
     */
    public NetworkInterface privateIpAddress(String value) {
      return set("PrivateIpAddress", Value.of(value));
    }

    /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
    public NetworkInterface privateIpAddress(Value<String> value) {
      return set("PrivateIpAddress", value);
    }

    /**
     * The subnet identifier.
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

  /**
   * The connection endpoint for connecting to an Amazon Redshift cluster through the proxy.
   *
   * <p>Property type {@code AWS::Redshift::EndpointAccess.VpcEndpoint}.
   */
  public static final class VpcEndpoint extends Struct<VpcEndpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::Redshift::EndpointAccess.VpcEndpoint")
        .references("VpcEndpointId", "AWS::EC2::VPCEndpoint.Ref")
        .build();

    public VpcEndpoint() {
      super(SCHEMA);
    }

    /**
     * One or more network interfaces of the endpoint. Also known as an interface endpoint.
     *
     * <p>CloudFormation property {@code NetworkInterfaces}.
     */
    public VpcEndpoint networkInterfaces(List<NetworkInterface> value) {
      return set("NetworkInterfaces", Value.listOf(value));
    }

    /** Sets {@code NetworkInterfaces} to this value; see {@link #networkInterfaces(List)}. */
    public VpcEndpoint networkInterfaces(Value<List<NetworkInterface>> value) {
      return set("NetworkInterfaces", value);
    }

    /** Sets {@code NetworkInterfaces} to a list of these; see {@link #networkInterfaces(List)}. */
    public VpcEndpoint networkInterfaces(NetworkInterface... values) {
      return set("NetworkInterfaces", Value.list(values));
    }

    /**
     * The connection endpoint ID for connecting an Amazon Redshift cluster through the proxy.
     *
     * <p>CloudFormation property {@code VpcEndpointId}.
     */
    public VpcEndpoint vpcEndpointId(String value) {
      return set("VpcEndpointId", Value.of(value));
    }

    /** Sets {@code VpcEndpointId} to this value; see {@link #vpcEndpointId(String)}. */
    public VpcEndpoint vpcEndpointId(Value<String> value) {
      return set("VpcEndpointId", value);
    }

    /**
     * Sets {@code VpcEndpointId} to the Ref of {@code AWS::EC2::VPCEndpoint}; see {@link
     * #vpcEndpointId(String)}.
     */
    public VpcEndpoint vpcEndpointId(VPCEndpoint resource) {
      return set("VpcEndpointId", resource.ref());
    }

    /**
     * The VPC identifier that the endpoint is associated.
     *
     * <p>CloudFormation property {@code VpcId}.
     */
    public VpcEndpoint vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VpcEndpoint vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }

  /**
   * The security groups associated with the endpoint.
   *
   * <p>Property type {@code AWS::Redshift::EndpointAccess.VpcSecurityGroup}.
   */
  public static final class VpcSecurityGroup extends Struct<VpcSecurityGroup> {
    private static final Schema SCHEMA = Schema.of("AWS::Redshift::EndpointAccess.VpcSecurityGroup");

    public VpcSecurityGroup() {
      super(SCHEMA);
    }

    /**
     * The status of the endpoint.
     *
     * <p>CloudFormation property {@code Status}.
     */
    public VpcSecurityGroup status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public VpcSecurityGroup status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The identifier of the VPC security group.
     *
     * <p>CloudFormation property {@code VpcSecurityGroupId}.
     */
    public VpcSecurityGroup vpcSecurityGroupId(String value) {
      return set("VpcSecurityGroupId", Value.of(value));
    }

    /** Sets {@code VpcSecurityGroupId} to this value; see {@link #vpcSecurityGroupId(String)}. */
    public VpcSecurityGroup vpcSecurityGroupId(Value<String> value) {
      return set("VpcSecurityGroupId", value);
    }
  }
}
