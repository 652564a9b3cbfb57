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
 * Resource schema for AWS::MediaLive::Network.
 *
 * <p>CloudFormation type {@code AWS::MediaLive::Network}.
 */
public final class Network extends Resource<Network> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Network")
      .required("IpPools", "Name")
      .refYields("Id")
      .attributes("Arn", "AssociatedClusterIds", "Id", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Network(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The list of IP address cidr pools for the network
   *
   * <p>Required. CloudFormation property {@code IpPools}.
   */
  public Network ipPools(List<IpPool> value) {
    return set("IpPools", Value.listOf(value));
  }

  /** Sets {@code IpPools} to this value; see {@link #ipPools(List)}. */
  public Network ipPools(Value<List<IpPool>> value) {
    return set("IpPools", value);
  }

  /** Sets {@code IpPools} to a list of these; see {@link #ipPools(List)}. */
  public Network ipPools(IpPool... values) {
    return set("IpPools", Value.list(values));
  }

  /**
   * The user-specified name of the Network to be created.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public Network name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Network name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The routes for the network
   *
   * <p>CloudFormation property {@code Routes}.
   */
  public Network routes(List<Route> value) {
    return set("Routes", Value.listOf(value));
  }

  /** Sets {@code Routes} to this value; see {@link #routes(List)}. */
  public Network routes(Value<List<Route>> value) {
    return set("Routes", value);
  }

  /** Sets {@code Routes} to a list of these; see {@link #routes(List)}. */
  public Network routes(Route... values) {
    return set("Routes", Value.list(values));
  }

  /**
   * A collection of key-value pairs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Network tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Network tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Network tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the Network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code AssociatedClusterIds}. */
  public Value<List<String>> associatedClusterIds() {
    return getAtt("AssociatedClusterIds");
  }

  /**
   * The unique ID of the Network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** {@code Fn::GetAtt} attribute {@code State}. */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * IP address cidr pool
   *
   * <p>Property type {@code AWS::MediaLive::Network.IpPool}.
   */
  public static final class IpPool extends Struct<IpPool> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Network.IpPool")
        .constrain("Cidr", Constraint.of().format("ipv4-network"))
        .build();

    public IpPool() {
      super(SCHEMA);
    }

    /**
     * IP address cidr pool
     *
     * <p>Format: {@code ipv4-network}. CloudFormation property {@code Cidr}.
     */
    public IpPool cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public IpPool cidr(Value<String> value) {
      return set("Cidr", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Network.Route}. */
  public static final class Route extends Struct<Route> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Network.Route")
        .constrain("Cidr", Constraint.of().format("ipv4-network"))
        .build();

    public Route() {
      super(SCHEMA);
    }

    /**
     * Ip address cidr
     *
     * <p>Format: {@code ipv4-network}. CloudFormation property {@code Cidr}.
     */
    public Route cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public Route cidr(Value<String> value) {
      return set("Cidr", value);
    }

    /**
     * IP address for the route packet paths
     *
     * <p>CloudFormation property {@code Gateway}.
     */
    public Route gateway(String value) {
      return set("Gateway", Value.of(value));
    }

    /** Sets {@code Gateway} to this value; see {@link #gateway(String)}. */
    public Route gateway(Value<String> value) {
      return set("Gateway", value);
    }
  }
}
