// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes a Network Access Scope. A Network Access Scope defines outbound (egress) and inbound
 * (ingress) traffic patterns, including sources, destinations, paths, and traffic types.
 *
 * <p>Network Access Analyzer identifies unintended network access to your resources on AWS . When
 * you start an analysis on a Network Access Scope, Network Access Analyzer produces findings. For
 * more information, see the <a
 * href="https://docs.aws.amazon.com/vpc/latest/network-access-analyzer/">Network Access Analyzer
 * User Guide</a> .
 *
 * <p>CloudFormation type {@code AWS::EC2::NetworkInsightsAccessScope}.
 */
public final class NetworkInsightsAccessScope extends Resource<NetworkInsightsAccessScope> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkInsightsAccessScope")
      .refYields("NetworkInsightsAccessScopeId")
      .attributes("CreatedDate", "NetworkInsightsAccessScopeArn", "NetworkInsightsAccessScopeId",
          "UpdatedDate")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NetworkInsightsAccessScope(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The paths to exclude.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ExcludePaths}.
   */
  public NetworkInsightsAccessScope excludePaths(List<AccessScopePathRequest> value) {
    return set("ExcludePaths", Value.listOf(value));
  }

  /** Sets {@code ExcludePaths} to this value; see {@link #excludePaths(List)}. */
  public NetworkInsightsAccessScope excludePaths(Value<List<AccessScopePathRequest>> value) {
    return set("ExcludePaths", value);
  }

  /** Sets {@code ExcludePaths} to a list of these; see {@link #excludePaths(List)}. */
  public NetworkInsightsAccessScope excludePaths(AccessScopePathRequest... values) {
    return set("ExcludePaths", Value.list(values));
  }

  /**
   * The paths to match.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MatchPaths}.
   */
  public NetworkInsightsAccessScope matchPaths(List<AccessScopePathRequest> value) {
    return set("MatchPaths", Value.listOf(value));
  }

  /** Sets {@code MatchPaths} to this value; see {@link #matchPaths(List)}. */
  public NetworkInsightsAccessScope matchPaths(Value<List<AccessScopePathRequest>> value) {
    return set("MatchPaths", value);
  }

  /** Sets {@code MatchPaths} to a list of these; see {@link #matchPaths(List)}. */
  public NetworkInsightsAccessScope matchPaths(AccessScopePathRequest... values) {
    return set("MatchPaths", Value.list(values));
  }

  /**
   * The tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public NetworkInsightsAccessScope tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NetworkInsightsAccessScope tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NetworkInsightsAccessScope tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The creation date.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedDate}.
   */
  public Value<String> createdDate() {
    return getAtt("CreatedDate");
  }

  /**
   * The ARN of the Network Access Scope.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInsightsAccessScopeArn}.
   */
  public Value<String> networkInsightsAccessScopeArn() {
    return getAtt("NetworkInsightsAccessScopeArn");
  }

  /**
   * The ID of the Network Access Scope.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInsightsAccessScopeId}.
   */
  public Value<String> networkInsightsAccessScopeId() {
    return getAtt("NetworkInsightsAccessScopeId");
  }

  /**
   * The last updated date.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedDate}.
   */
  public Value<String> updatedDate() {
    return getAtt("UpdatedDate");
  }

  /**
   * Describes a path.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAccessScope.AccessScopePathRequest}.
   */
  public static final class AccessScopePathRequest extends Struct<AccessScopePathRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAccessScope.AccessScopePathRequest");

    public AccessScopePathRequest() {
      super(SCHEMA);
    }

    /**
     * The destination.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Destination}.
     */
    public AccessScopePathRequest destination(Value<PathStatementRequest> value) {
      return set("Destination", value);
    }

    /**
     * The source.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Source}.
     */
    public AccessScopePathRequest source(Value<PathStatementRequest> value) {
      return set("Source", value);
    }

    /**
     * The through resources.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ThroughResources}.
     */
    public AccessScopePathRequest throughResources(List<ThroughResourcesStatementRequest> value) {
      return set("ThroughResources", Value.listOf(value));
    }

    /** Sets {@code ThroughResources} to this value; see {@link #throughResources(List)}. */
    public AccessScopePathRequest throughResources(Value<List<ThroughResourcesStatementRequest>> value) {
      return set("ThroughResources", value);
    }

    /** Sets {@code ThroughResources} to a list of these; see {@link #throughResources(List)}. */
    public AccessScopePathRequest throughResources(ThroughResourcesStatementRequest... values) {
      return set("ThroughResources", Value.list(values));
    }
  }

  /**
   * Describes a packet header statement.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAccessScope.PacketHeaderStatementRequest}.
   */
  public static final class PacketHeaderStatementRequest extends Struct<PacketHeaderStatementRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkInsightsAccessScope.PacketHeaderStatementRequest")
        .allowed("Protocols", "tcp", "udp")
        .build();

    public PacketHeaderStatementRequest() {
      super(SCHEMA);
    }

    /**
     * The destination addresses.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DestinationAddresses}.
     */
    public PacketHeaderStatementRequest destinationAddresses(List<String> value) {
      return set("DestinationAddresses", Value.listOf(value));
    }

    /** Sets {@code DestinationAddresses} to this value; see {@link #destinationAddresses(List)}. */
    public PacketHeaderStatementRequest destinationAddresses(Value<List<String>> value) {
      return set("DestinationAddresses", value);
    }

    /**
     * The destination ports.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DestinationPorts}.
     */
    public PacketHeaderStatementRequest destinationPorts(List<String> value) {
      return set("DestinationPorts", Value.listOf(value));
    }

    /** Sets {@code DestinationPorts} to this value; see {@link #destinationPorts(List)}. */
    public PacketHeaderStatementRequest destinationPorts(Value<List<String>> value) {
      return set("DestinationPorts", value);
    }

    /**
     * The destination prefix lists.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DestinationPrefixLists}.
     */
    public PacketHeaderStatementRequest destinationPrefixLists(List<String> value) {
      return set("DestinationPrefixLists", Value.listOf(value));
    }

    /**
     * Sets {@code DestinationPrefixLists} to this value; see {@link #destinationPrefixLists(List)}.
     */
    public PacketHeaderStatementRequest destinationPrefixLists(Value<List<String>> value) {
      return set("DestinationPrefixLists", value);
    }

    /**
     * The protocols.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code tcp}, {@code udp}.
     * CloudFormation property {@code Protocols}.
     */
    public PacketHeaderStatementRequest protocols(List<String> value) {
      return set("Protocols", Value.listOf(value));
    }

    /** Sets {@code Protocols} to this value; see {@link #protocols(List)}. */
    public PacketHeaderStatementRequest protocols(Value<List<String>> value) {
      return set("Protocols", value);
    }

    /**
     * The source addresses.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SourceAddresses}.
     */
    public PacketHeaderStatementRequest sourceAddresses(List<String> value) {
      return set("SourceAddresses", Value.listOf(value));
    }

    /** Sets {@code SourceAddresses} to this value; see {@link #sourceAddresses(List)}. */
    public PacketHeaderStatementRequest sourceAddresses(Value<List<String>> value) {
      return set("SourceAddresses", value);
    }

    /**
     * The source ports.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SourcePorts}.
     */
    public PacketHeaderStatementRequest sourcePorts(List<String> value) {
      return set("SourcePorts", Value.listOf(value));
    }

    /** Sets {@code SourcePorts} to this value; see {@link #sourcePorts(List)}. */
    public PacketHeaderStatementRequest sourcePorts(Value<List<String>> value) {
      return set("SourcePorts", value);
    }

    /**
     * The source prefix lists.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SourcePrefixLists}.
     */
    public PacketHeaderStatementRequest sourcePrefixLists(List<String> value) {
      return set("SourcePrefixLists", Value.listOf(value));
    }

    /** Sets {@code SourcePrefixLists} to this value; see {@link #sourcePrefixLists(List)}. */
    public PacketHeaderStatementRequest sourcePrefixLists(Value<List<String>> value) {
      return set("SourcePrefixLists", value);
    }
  }

  /**
   * Describes a path statement.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAccessScope.PathStatementRequest}.
   */
  public static final class PathStatementRequest extends Struct<PathStatementRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAccessScope.PathStatementRequest");

    public PathStatementRequest() {
      super(SCHEMA);
    }

    /**
     * The packet header statement.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PacketHeaderStatement}.
     */
    public PathStatementRequest packetHeaderStatement(Value<PacketHeaderStatementRequest> value) {
      return set("PacketHeaderStatement", value);
    }

    /**
     * The resource statement.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ResourceStatement}.
     */
    public PathStatementRequest resourceStatement(Value<ResourceStatementRequest> value) {
      return set("ResourceStatement", value);
    }
  }

  /**
   * Describes a resource statement.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAccessScope.ResourceStatementRequest}.
   */
  public static final class ResourceStatementRequest extends Struct<ResourceStatementRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAccessScope.ResourceStatementRequest");

    public ResourceStatementRequest() {
      super(SCHEMA);
    }

    /**
     * The resource types.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ResourceTypes}.
     */
    public ResourceStatementRequest resourceTypes(List<String> value) {
      return set("ResourceTypes", Value.listOf(value));
    }

    /** Sets {@code ResourceTypes} to this value; see {@link #resourceTypes(List)}. */
    public ResourceStatementRequest resourceTypes(Value<List<String>> value) {
      return set("ResourceTypes", value);
    }

    /**
     * The resources.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Resources}.
     */
    public ResourceStatementRequest resources(List<String> value) {
      return set("Resources", Value.listOf(value));
    }

    /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
    public ResourceStatementRequest resources(Value<List<String>> value) {
      return set("Resources", value);
    }
  }

  /**
   * Describes a through resource statement.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAccessScope.ThroughResourcesStatementRequest}.
   */
  public static final class ThroughResourcesStatementRequest extends Struct<ThroughResourcesStatementRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAccessScope.ThroughResourcesStatementRequest");

    public ThroughResourcesStatementRequest() {
      super(SCHEMA);
    }

    /**
     * The resource statement.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ResourceStatement}.
     */
    public ThroughResourcesStatementRequest resourceStatement(Value<ResourceStatementRequest> value) {
      return set("ResourceStatement", value);
    }
  }
}
