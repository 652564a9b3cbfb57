// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.managedblockchain;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Creates a node on the specified blockchain network.
 *
 * <p>Applies to Hyperledger Fabric and Ethereum.
 *
 * <p>CloudFormation type {@code AWS::ManagedBlockchain::Node}.
 */
public final class Node extends Resource<Node> {
  private static final Schema SCHEMA = Schema.builder("AWS::ManagedBlockchain::Node")
      .required("NetworkId", "NodeConfiguration")
      .refYields("NodeId")
      .attributes("Arn", "MemberId", "NetworkId", "NodeId")
      .build();

  public Node(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the member to which the node belongs. Applies only to Hyperledger
   * Fabric.
   *
   * <p>CloudFormation property {@code MemberId}.
   */
  public Node memberId(String value) {
    return set("MemberId", Value.of(value));
  }

  /** Sets {@code MemberId} to this value; see {@link #memberId(String)}. */
  public Node memberId(Value<String> value) {
    return set("MemberId", value);
  }

  /**
   * The unique identifier of the network for the node.
   *
   * <p>Ethereum public networks have the following <code>NetworkId</code> s:
   *
   * <ul> <li><code>n-ethereum-mainnet</code> </ul>
   *
   * <p>Required. CloudFormation property {@code NetworkId}.
   */
  public Node networkId(String value) {
    return set("NetworkId", Value.of(value));
  }

  /** Sets {@code NetworkId} to this value; see {@link #networkId(String)}. */
  public Node networkId(Value<String> value) {
    return set("NetworkId", value);
  }

  /**
   * Configuration properties of a peer node.
   *
   * <p>Required. CloudFormation property {@code NodeConfiguration}.
   */
  public Node nodeConfiguration(Value<NodeConfiguration> value) {
    return set("NodeConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the node.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier of the member in which the node is created. Applies only to Hyperledger
   * Fabric.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MemberId}.
   */
  public Value<String> memberId() {
    return getAtt("MemberId");
  }

  /**
   * The unique identifier of the network that the node is in.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkId}.
   */
  public Value<String> networkId() {
    return getAtt("NetworkId");
  }

  /**
   * The unique identifier of the node.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NodeId}.
   */
  public Value<String> nodeId() {
    return getAtt("NodeId");
  }

  /**
   * Configuration properties of a peer node within a membership.
   *
   * <p>Property type {@code AWS::ManagedBlockchain::Node.NodeConfiguration}.
   */
  public static final class NodeConfiguration extends Struct<NodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ManagedBlockchain::Node.NodeConfiguration")
        .required("AvailabilityZone", "InstanceType")
        .build();

    public NodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone in which the node exists. Required for Ethereum nodes.
     *
     * <p>Required. CloudFormation property {@code AvailabilityZone}.
     */
    public NodeConfiguration availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public NodeConfiguration availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The Amazon Managed Blockchain instance type for the node.
     *
     * <p>Required. CloudFormation property {@code InstanceType}.
     */
    public NodeConfiguration instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public NodeConfiguration instanceType(Value<String> value) {
      return set("InstanceType", value);
    }
  }
}
