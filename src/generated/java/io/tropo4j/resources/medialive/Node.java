// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.medialive;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::MediaLive::Node Resource Type
 *
 * <p>CloudFormation type {@code AWS::MediaLive::Node}.
 */
public final class Node extends Resource<Node> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Node")
      .required("ClusterId")
      .allowed("Role", "BACKUP", "ACTIVE")
      .refYields("Arn")
      .attributes("Arn", "ChannelPlacementGroups", "ConnectionState", "Id", "InstanceArn", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Node(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the Cluster that the Node belongs to.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ClusterId}.
   */
  public Node clusterId(String value) {
    return set("ClusterId", Value.of(value));
  }

  /** Sets {@code ClusterId} to this value; see {@link #clusterId(String)}. */
  public Node clusterId(Value<String> value) {
    return set("ClusterId", value);
  }

  /**
   * The user-specified name of the Node.
   *
   * <p>CloudFormation property {@code Name}.
   */
  public Node name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Node name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of interface mappings for the Node.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NodeInterfaceMappings}.
   */
  public Node nodeInterfaceMappings(List<NodeInterfaceMapping> value) {
    return set("NodeInterfaceMappings", Value.listOf(value));
  }

  /** Sets {@code NodeInterfaceMappings} to this value; see {@link #nodeInterfaceMappings(List)}. */
  public Node nodeInterfaceMappings(Value<List<NodeInterfaceMapping>> value) {
    return set("NodeInterfaceMappings", value);
  }

  /**
   * Sets {@code NodeInterfaceMappings} to a list of these; see {@link
   * #nodeInterfaceMappings(List)}.
   */
  public Node nodeInterfaceMappings(NodeInterfaceMapping... values) {
    return set("NodeInterfaceMappings", Value.list(values));
  }

  /**
   * The role of the Node in the Cluster. ACTIVE means the Node is available for encoding. BACKUP
   * means the Node is a redundant Node and might get used if an ACTIVE Node fails.
   *
   * <p>Allowed values: {@code BACKUP}, {@code ACTIVE}. CloudFormation property {@code Role}.
   */
  public Node role(String value) {
    return set("Role", Value.of(value));
  }

  /** Sets {@code Role} to this value; see {@link #role(String)}. */
  public Node role(Value<String> value) {
    return set("Role", value);
  }

  /**
   * An array of SDI source mappings.
   *
   * <p>CloudFormation property {@code SdiSourceMappings}.
   */
  public Node sdiSourceMappings(List<SdiSourceMapping> value) {
    return set("SdiSourceMappings", Value.listOf(value));
  }

  /** Sets {@code SdiSourceMappings} to this value; see {@link #sdiSourceMappings(List)}. */
  public Node sdiSourceMappings(Value<List<SdiSourceMapping>> value) {
    return set("SdiSourceMappings", value);
  }

  /** Sets {@code SdiSourceMappings} to a list of these; see {@link #sdiSourceMappings(List)}. */
  public Node sdiSourceMappings(SdiSourceMapping... values) {
    return set("SdiSourceMappings", Value.list(values));
  }

  /**
   * A collection of key-value pairs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Node tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Node tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Node tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the Node. It is automatically assigned when the Node is created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * An array of IDs. Each ID is one ChannelPlacementGroup that is associated with this Node.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChannelPlacementGroups}.
   */
  public Value<List<String>> channelPlacementGroups() {
    return getAtt("ChannelPlacementGroups");
  }

  /**
   * The current connection state of the Node.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectionState}.
   */
  public Value<String> connectionState() {
    return getAtt("ConnectionState");
  }

  /**
   * The unique ID of the Node. Unique in the Cluster. The ID is the resource-id portion of the ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ARN of the EC2 instance hosting the Node.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InstanceArn}.
   */
  public Value<String> instanceArn() {
    return getAtt("InstanceArn");
  }

  /**
   * The current state of the Node.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Node interface mapping.
   *
   * <p>Property type {@code AWS::MediaLive::Node.NodeInterfaceMapping}.
   */
  public static final class NodeInterfaceMapping extends Struct<NodeInterfaceMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Node.NodeInterfaceMapping")
        .allowed("NetworkInterfaceMode", "NAT", "BRIDGE")
        .build();

    public NodeInterfaceMapping() {
      super(SCHEMA);
    }

    /**
     * The logical name for this interface.
     *
     * <p>CloudFormation property {@code LogicalInterfaceName}.
     */
    public NodeInterfaceMapping logicalInterfaceName(String value) {
      return set("LogicalInterfaceName", Value.of(value));
    }

    /**
     * Sets {@code LogicalInterfaceName} to this value; see {@link #logicalInterfaceName(String)}.
     */
    public NodeInterfaceMapping logicalInterfaceName(Value<String> value) {
      return set("LogicalInterfaceName", value);
    }

    /**
     * The network interface mode.
     *
     * <p>Allowed values: {@code NAT}, {@code BRIDGE}. CloudFormation property {@code
     * NetworkInterfaceMode}.
     */
    public NodeInterfaceMapping networkInterfaceMode(String value) {
      return set("NetworkInterfaceMode", Value.of(value));
    }

    /**
     * Sets {@code NetworkInterfaceMode} to this value; see {@link #networkInterfaceMode(String)}.
     */
    public NodeInterfaceMapping networkInterfaceMode(Value<String> value) {
      return set("NetworkInterfaceMode", value);
    }

    /**
     * The physical interface name.
     *
     * <p>CloudFormation property {@code PhysicalInterfaceName}.
     */
    public NodeInterfaceMapping physicalInterfaceName(String value) {
      return set("PhysicalInterfaceName", Value.of(value));
    }

    /**
     * Sets {@code PhysicalInterfaceName} to this value; see {@link #physicalInterfaceName(String)}.
     */
    public NodeInterfaceMapping physicalInterfaceName(Value<String> value) {
      return set("PhysicalInterfaceName", value);
    }
  }

  /**
   * SDI source mapping.
   *
   * <p>Property type {@code AWS::MediaLive::Node.SdiSourceMapping}.
   */
  public static final class SdiSourceMapping extends Struct<SdiSourceMapping> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Node.SdiSourceMapping");

    public SdiSourceMapping() {
      super(SCHEMA);
    }

    /**
     * The card number.
     *
     * <p>CloudFormation property {@code CardNumber}.
     */
    public SdiSourceMapping cardNumber(int value) {
      return set("CardNumber", Value.of(value));
    }

    /** Sets {@code CardNumber} to this value; see {@link #cardNumber(int)}. */
    public SdiSourceMapping cardNumber(Value<Integer> value) {
      return set("CardNumber", value);
    }

    /**
     * The channel number.
     *
     * <p>CloudFormation property {@code ChannelNumber}.
     */
    public SdiSourceMapping channelNumber(int value) {
      return set("ChannelNumber", Value.of(value));
    }

    /** Sets {@code ChannelNumber} to this value; see {@link #channelNumber(int)}. */
    public SdiSourceMapping channelNumber(Value<Integer> value) {
      return set("ChannelNumber", value);
    }

    /**
     * The SDI source.
     *
     * <p>CloudFormation property {@code SdiSource}.
     */
    public SdiSourceMapping sdiSource(String value) {
      return set("SdiSource", Value.of(value));
    }

    /** Sets {@code SdiSource} to this value; see {@link #sdiSource(String)}. */
    public SdiSourceMapping sdiSource(Value<String> value) {
      return set("SdiSource", value);
    }
  }
}
