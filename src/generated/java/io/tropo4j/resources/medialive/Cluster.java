// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.medialive;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::MediaLive::Cluster Resource Type
 *
 * <p>CloudFormation type {@code AWS::MediaLive::Cluster}.
 */
public final class Cluster extends Resource<Cluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Cluster")
      .allowed("ClusterType", "ON_PREMISES", "OUTPOSTS_RACK", "OUTPOSTS_SERVER", "EC2")
      .constrain("InstanceRoleArn", Constraint.of().pattern("^arn:.+:iam:.+:role/.+$").format("AWS::IAM::Role.Arn"))
      .refYields("Id")
      .attributes("Arn", "ChannelIds", "Id", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Cluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The hardware type for the cluster.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ON_PREMISES}, {@code
   * OUTPOSTS_RACK}, {@code OUTPOSTS_SERVER}, {@code EC2}. CloudFormation property {@code
   * ClusterType}.
   */
  public Cluster clusterType(String value) {
    return set("ClusterType", Value.of(value));
  }

  /** Sets {@code ClusterType} to this value; see {@link #clusterType(String)}. */
  public Cluster clusterType(Value<String> value) {
    return set("ClusterType", value);
  }

  /**
   * The IAM role your nodes will use.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^arn:.+:iam:.+:role/.+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code InstanceRoleArn}.
   */
  public Cluster instanceRoleArn(String value) {
    return set("InstanceRoleArn", Value.of(value));
  }

  /** Sets {@code InstanceRoleArn} to this value; see {@link #instanceRoleArn(String)}. */
  public Cluster instanceRoleArn(Value<String> value) {
    return set("InstanceRoleArn", value);
  }

  /**
   * The user-specified name of the Cluster to be created.
   *
   * <p>CloudFormation property {@code Name}.
   */
  public Cluster name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Cluster name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * On premises settings which will have the interface network mappings and default Output logical
   * interface
   *
   * <p>CloudFormation property {@code NetworkSettings}.
   */
  public Cluster networkSettings(Value<ClusterNetworkSettings> value) {
    return set("NetworkSettings", value);
  }

  /**
   * A collection of key-value pairs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Cluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Cluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Cluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the Cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The MediaLive Channels that are currently running on Nodes in this Cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChannelIds}.
   */
  public Value<List<String>> channelIds() {
    return getAtt("ChannelIds");
  }

  /**
   * The unique ID of the Cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The current state of the Cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * On premises settings which will have the interface network mappings and default Output logical
   * interface
   *
   * <p>Property type {@code AWS::MediaLive::Cluster.ClusterNetworkSettings}.
   */
  public static final class ClusterNetworkSettings extends Struct<ClusterNetworkSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Cluster.ClusterNetworkSettings");

    public ClusterNetworkSettings() {
      super(SCHEMA);
    }

    /**
     * Default value if the customer does not define it in channel Output API
     *
     * <p>CloudFormation property {@code DefaultRoute}.
     */
    public ClusterNetworkSettings defaultRoute(String value) {
      return set("DefaultRoute", Value.of(value));
    }

    /** Sets {@code DefaultRoute} to this value; see {@link #defaultRoute(String)}. */
    public ClusterNetworkSettings defaultRoute(Value<String> value) {
      return set("DefaultRoute", value);
    }

    /**
     * Network mappings for the cluster
     *
     * <p>CloudFormation property {@code InterfaceMappings}.
     */
    public ClusterNetworkSettings interfaceMappings(List<InterfaceMapping> value) {
      return set("InterfaceMappings", Value.listOf(value));
    }

    /** Sets {@code InterfaceMappings} to this value; see {@link #interfaceMappings(List)}. */
    public ClusterNetworkSettings interfaceMappings(Value<List<InterfaceMapping>> value) {
      return set("InterfaceMappings", value);
    }

    /** Sets {@code InterfaceMappings} to a list of these; see {@link #interfaceMappings(List)}. */
    public ClusterNetworkSettings interfaceMappings(InterfaceMapping... values) {
      return set("InterfaceMappings", Value.list(values));
    }
  }

  /**
   * Network mappings for the cluster
   *
   * <p>Property type {@code AWS::MediaLive::Cluster.InterfaceMapping}.
   */
  public static final class InterfaceMapping extends Struct<InterfaceMapping> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Cluster.InterfaceMapping");

    public InterfaceMapping() {
      super(SCHEMA);
    }

    /**
     * logical interface name, unique in the list
     *
     * <p>CloudFormation property {@code LogicalInterfaceName}.
     */
    public InterfaceMapping logicalInterfaceName(String value) {
      return set("LogicalInterfaceName", Value.of(value));
    }

    /**
     * Sets {@code LogicalInterfaceName} to this value; see {@link #logicalInterfaceName(String)}.
     */
    public InterfaceMapping logicalInterfaceName(Value<String> value) {
      return set("LogicalInterfaceName", value);
    }

    /**
     * Network Id to be associated with the logical interface name, can be duplicated in list
     *
     * <p>CloudFormation property {@code NetworkId}.
     */
    public InterfaceMapping networkId(String value) {
      return set("NetworkId", Value.of(value));
    }

    /** Sets {@code NetworkId} to this value; see {@link #networkId(String)}. */
    public InterfaceMapping networkId(Value<String> value) {
      return set("NetworkId", value);
    }
  }
}
