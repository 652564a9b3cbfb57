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
 * The multiplex object.
 *
 * <p>CloudFormation type {@code AWS::MediaLive::Multiplex}.
 */
public final class Multiplex extends Resource<Multiplex> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Multiplex")
      .required("AvailabilityZones", "MultiplexSettings", "Name")
      .refYields("Id")
      .attributes("Arn", "Id", "PipelinesRunningCount", "ProgramCount", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Multiplex(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of availability zones for the multiplex.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * AvailabilityZones}.
   */
  public Multiplex availabilityZones(List<String> value) {
    return set("AvailabilityZones", Value.listOf(value));
  }

  /** Sets {@code AvailabilityZones} to this value; see {@link #availabilityZones(List)}. */
  public Multiplex availabilityZones(Value<List<String>> value) {
    return set("AvailabilityZones", value);
  }

  /**
   * A list of the multiplex output destinations.
   *
   * <p>CloudFormation property {@code Destinations}.
   */
  public Multiplex destinations(List<MultiplexOutputDestination> value) {
    return set("Destinations", Value.listOf(value));
  }

  /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
  public Multiplex destinations(Value<List<MultiplexOutputDestination>> value) {
    return set("Destinations", value);
  }

  /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
  public Multiplex destinations(MultiplexOutputDestination... values) {
    return set("Destinations", Value.list(values));
  }

  /**
   * Configuration for a multiplex event.
   *
   * <p>Required. CloudFormation property {@code MultiplexSettings}.
   */
  public Multiplex multiplexSettings(Value<MultiplexSettings> value) {
    return set("MultiplexSettings", value);
  }

  /**
   * The name of the multiplex.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public Multiplex name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Multiplex name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A collection of key-value pairs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Multiplex tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Multiplex tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Multiplex tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unique arn of the multiplex.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique id of the multiplex.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The number of currently healthy pipelines.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PipelinesRunningCount}.
   */
  public Value<Integer> pipelinesRunningCount() {
    return getAtt("PipelinesRunningCount");
  }

  /**
   * The number of programs in the multiplex.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProgramCount}.
   */
  public Value<Integer> programCount() {
    return getAtt("ProgramCount");
  }

  /**
   * The current state of the multiplex.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Multiplex MediaConnect output destination settings.
   *
   * <p>Property type {@code
   * AWS::MediaLive::Multiplex.MultiplexMediaConnectOutputDestinationSettings}.
   */
  public static final class MultiplexMediaConnectOutputDestinationSettings extends Struct<MultiplexMediaConnectOutputDestinationSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Multiplex.MultiplexMediaConnectOutputDestinationSettings")
        .constrain("EntitlementArn", Constraint.of().minLength(1))
        .build();

    public MultiplexMediaConnectOutputDestinationSettings() {
      super(SCHEMA);
    }

    /**
     * The MediaConnect entitlement ARN available as a Flow source.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code EntitlementArn}.
     */
    public MultiplexMediaConnectOutputDestinationSettings entitlementArn(String value) {
      return set("EntitlementArn", Value.of(value));
    }

    /** Sets {@code EntitlementArn} to this value; see {@link #entitlementArn(String)}. */
    public MultiplexMediaConnectOutputDestinationSettings entitlementArn(Value<String> value) {
      return set("EntitlementArn", value);
    }
  }

  /**
   * Multiplex output destination settings
   *
   * <p>Property type {@code AWS::MediaLive::Multiplex.MultiplexOutputDestination}.
   */
  public static final class MultiplexOutputDestination extends Struct<MultiplexOutputDestination> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Multiplex.MultiplexOutputDestination");

    public MultiplexOutputDestination() {
      super(SCHEMA);
    }

    /**
     * Multiplex MediaConnect output destination settings.
     *
     * <p>CloudFormation property {@code MultiplexMediaConnectOutputDestinationSettings}.
     */
    public MultiplexOutputDestination multiplexMediaConnectOutputDestinationSettings(Value<MultiplexMediaConnectOutputDestinationSettings> value) {
      return set("MultiplexMediaConnectOutputDestinationSettings", value);
    }
  }

  /**
   * Contains configuration for a Multiplex event
   *
   * <p>Property type {@code AWS::MediaLive::Multiplex.MultiplexSettings}.
   */
  public static final class MultiplexSettings extends Struct<MultiplexSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Multiplex.MultiplexSettings")
        .required("TransportStreamBitrate", "TransportStreamId")
        .constrain("MaximumVideoBufferDelayMilliseconds", Constraint.of().minimum(800).maximum(3000))
        .constrain("TransportStreamBitrate", Constraint.of().minimum(1000000).maximum(100000000))
        .constrain("TransportStreamId", Constraint.of().minimum(0).maximum(65535))
        .constrain("TransportStreamReservedBitrate", Constraint.of().minimum(0).maximum(100000000))
        .build();

    public MultiplexSettings() {
      super(SCHEMA);
    }

    /**
     * Maximum video buffer delay in milliseconds.
     *
     * <p>Range: 800 to 3000. CloudFormation property {@code MaximumVideoBufferDelayMilliseconds}.
     */
    public MultiplexSettings maximumVideoBufferDelayMilliseconds(int value) {
      return set("MaximumVideoBufferDelayMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumVideoBufferDelayMilliseconds} to this value; see {@link
     * #maximumVideoBufferDelayMilliseconds(int)}.
     */
    public MultiplexSettings maximumVideoBufferDelayMilliseconds(Value<Integer> value) {
      return set("MaximumVideoBufferDelayMilliseconds", value);
    }

    /**
     * Transport stream bit rate.
     *
     * <p>Required. Range: 1000000 to 100000000. CloudFormation property {@code
     * TransportStreamBitrate}.
     */
    public MultiplexSettings transportStreamBitrate(int value) {
      return set("TransportStreamBitrate", Value.of(value));
    }

    /**
     * Sets {@code TransportStreamBitrate} to this value; see {@link #transportStreamBitrate(int)}.
     */
    public MultiplexSettings transportStreamBitrate(Value<Integer> value) {
      return set("TransportStreamBitrate", value);
    }

    /**
     * Transport stream ID.
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code TransportStreamId}.
     */
    public MultiplexSettings transportStreamId(int value) {
      return set("TransportStreamId", Value.of(value));
    }

    /** Sets {@code TransportStreamId} to this value; see {@link #transportStreamId(int)}. */
    public MultiplexSettings transportStreamId(Value<Integer> value) {
      return set("TransportStreamId", value);
    }

    /**
     * Transport stream reserved bit rate.
     *
     * <p>Range: 0 to 100000000. CloudFormation property {@code TransportStreamReservedBitrate}.
     */
    public MultiplexSettings transportStreamReservedBitrate(int value) {
      return set("TransportStreamReservedBitrate", Value.of(value));
    }

    /**
     * Sets {@code TransportStreamReservedBitrate} to this value; see {@link
     * #transportStreamReservedBitrate(int)}.
     */
    public MultiplexSettings transportStreamReservedBitrate(Value<Integer> value) {
      return set("TransportStreamReservedBitrate", value);
    }
  }
}
