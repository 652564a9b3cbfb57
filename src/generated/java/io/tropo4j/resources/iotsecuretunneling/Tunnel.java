// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotsecuretunneling;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A connection between a source computer and a destination device using AWS IoT Secure Tunneling.
 *
 * <p>CloudFormation type {@code AWS::IoTSecureTunneling::Tunnel}.
 */
public final class Tunnel extends Resource<Tunnel> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTSecureTunneling::Tunnel")
      .constrain("Description", Constraint.of().pattern("^[^\\p{C}]{1,2048}$"))
      .refYields("TunnelArn")
      .attributes("Status", "TunnelArn", "TunnelId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Tunnel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A short text description of the tunnel.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[^&#92;p{C}]{1,2048}$}. CloudFormation
   * property {@code Description}.
   */
  public Tunnel description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Tunnel description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The destination configuration.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DestinationConfig}.
   */
  public Tunnel destinationConfig(Value<DestinationConfig> value) {
    return set("DestinationConfig", value);
  }

  /**
   * A collection of tag metadata.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Tunnel tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Tunnel tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Tunnel tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Tunnel timeout configuration.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TimeoutConfig}.
   */
  public Tunnel timeoutConfig(Value<TimeoutConfig> value) {
    return set("TimeoutConfig", value);
  }

  /**
   * The status of the tunnel. Valid values are OPEN and CLOSED.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Amazon Resource Name (ARN) of the tunnel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TunnelArn}.
   */
  public Value<String> tunnelArn() {
    return getAtt("TunnelArn");
  }

  /**
   * A unique alpha-numeric tunnel ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TunnelId}.
   */
  public Value<String> tunnelId() {
    return getAtt("TunnelId");
  }

  /**
   * The destination configuration.
   *
   * <p>Property type {@code AWS::IoTSecureTunneling::Tunnel.DestinationConfig}.
   */
  public static final class DestinationConfig extends Struct<DestinationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSecureTunneling::Tunnel.DestinationConfig")
        .required("Services")
        .constrain("Services", Constraint.of().pattern("^[a-zA-Z0-9:_-]+$").minLength(1).maxLength(128))
        .constrain("ThingName", Constraint.of().pattern("^[a-zA-Z0-9:_-]+$").minLength(1).maxLength(128))
        .build();

    public DestinationConfig() {
      super(SCHEMA);
    }

    /**
     * A list of service names that identify the target application.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9:_-]+$}. CloudFormation
     * property {@code Services}.
     */
    public DestinationConfig services(List<String> value) {
      return set("Services", Value.listOf(value));
    }

    /** Sets {@code Services} to this value; see {@link #services(List)}. */
    public DestinationConfig services(Value<List<String>> value) {
      return set("Services", value);
    }

    /**
     * The name of the IoT thing to which you want to connect.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9:_-]+$}. CloudFormation property
     * {@code ThingName}.
     */
    public DestinationConfig thingName(String value) {
      return set("ThingName", Value.of(value));
    }

    /** Sets {@code ThingName} to this value; see {@link #thingName(String)}. */
    public DestinationConfig thingName(Value<String> value) {
      return set("ThingName", value);
    }
  }

  /**
   * Tunnel timeout configuration.
   *
   * <p>Property type {@code AWS::IoTSecureTunneling::Tunnel.TimeoutConfig}.
   */
  public static final class TimeoutConfig extends Struct<TimeoutConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSecureTunneling::Tunnel.TimeoutConfig")
        .constrain("MaxLifetimeTimeoutMinutes", Constraint.of().minimum(1).maximum(720))
        .build();

    public TimeoutConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of time (in minutes) a tunnel can remain open.
     *
     * <p>Range: 1 to 720. CloudFormation property {@code MaxLifetimeTimeoutMinutes}.
     */
    public TimeoutConfig maxLifetimeTimeoutMinutes(int value) {
      return set("MaxLifetimeTimeoutMinutes", Value.of(value));
    }

    /**
     * Sets {@code MaxLifetimeTimeoutMinutes} to this value; see {@link
     * #maxLifetimeTimeoutMinutes(int)}.
     */
    public TimeoutConfig maxLifetimeTimeoutMinutes(Value<Integer> value) {
      return set("MaxLifetimeTimeoutMinutes", value);
    }
  }
}
