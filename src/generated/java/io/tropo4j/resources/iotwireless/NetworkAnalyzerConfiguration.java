// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotwireless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Network analyzer configuration.
 *
 * <p>CloudFormation type {@code AWS::IoTWireless::NetworkAnalyzerConfiguration}.
 */
public final class NetworkAnalyzerConfiguration extends Resource<NetworkAnalyzerConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::NetworkAnalyzerConfiguration")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]+$").minLength(1).maxLength(1024))
      .constrain("WirelessDevices", Constraint.of().minLength(0).maxLength(256))
      .constrain("WirelessGateways", Constraint.of().minLength(0).maxLength(256))
      .refYields("Name")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NetworkAnalyzerConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the resource.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public NetworkAnalyzerConfiguration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public NetworkAnalyzerConfiguration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Name of the network analyzer configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]+$}. CloudFormation property {@code Name}.
   */
  public NetworkAnalyzerConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public NetworkAnalyzerConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags to attach to the specified resource. Tags are metadata that you can use to manage a
   * resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public NetworkAnalyzerConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NetworkAnalyzerConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NetworkAnalyzerConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Trace content for your wireless gateway and wireless device resources.
   *
   * <p>CloudFormation property {@code TraceContent}.
   */
  public NetworkAnalyzerConfiguration traceContent(Value<TraceContent> value) {
    return set("TraceContent", value);
  }

  /**
   * Wireless device resources to add to the network analyzer configuration. Provide the
   * <code>WirelessDeviceId</code> of the resource to add in the input array.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code WirelessDevices}.
   */
  public NetworkAnalyzerConfiguration wirelessDevices(List<String> value) {
    return set("WirelessDevices", Value.listOf(value));
  }

  /** Sets {@code WirelessDevices} to this value; see {@link #wirelessDevices(List)}. */
  public NetworkAnalyzerConfiguration wirelessDevices(Value<List<String>> value) {
    return set("WirelessDevices", value);
  }

  /**
   * Wireless gateway resources to add to the network analyzer configuration. Provide the
   * <code>WirelessGatewayId</code> of the resource to add in the input array.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code WirelessGateways}.
   */
  public NetworkAnalyzerConfiguration wirelessGateways(List<String> value) {
    return set("WirelessGateways", Value.listOf(value));
  }

  /** Sets {@code WirelessGateways} to this value; see {@link #wirelessGateways(List)}. */
  public NetworkAnalyzerConfiguration wirelessGateways(Value<List<String>> value) {
    return set("WirelessGateways", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Trace content for your wireless gateway and wireless device resources.
   *
   * <p>Property type {@code AWS::IoTWireless::NetworkAnalyzerConfiguration.TraceContent}.
   */
  public static final class TraceContent extends Struct<TraceContent> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::NetworkAnalyzerConfiguration.TraceContent")
        .allowed("LogLevel", "INFO", "ERROR", "DISABLED")
        .allowed("WirelessDeviceFrameInfo", "ENABLED", "DISABLED")
        .build();

    public TraceContent() {
      super(SCHEMA);
    }

    /**
     * The log level for a log message. The log levels can be disabled, or set to <code>ERROR</code>
     * to display less verbose logs containing only error information, or to <code>INFO</code> for
     * more detailed logs
     *
     * <p>Allowed values: {@code INFO}, {@code ERROR}, {@code DISABLED}. CloudFormation property
     * {@code LogLevel}.
     */
    public TraceContent logLevel(String value) {
      return set("LogLevel", Value.of(value));
    }

    /** Sets {@code LogLevel} to this value; see {@link #logLevel(String)}. */
    public TraceContent logLevel(Value<String> value) {
      return set("LogLevel", value);
    }

    /**
     * <code>FrameInfo</code> of your wireless device resources for the trace content. Use FrameInfo
     * to debug the communication between your LoRaWAN end devices and the network server.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * WirelessDeviceFrameInfo}.
     */
    public TraceContent wirelessDeviceFrameInfo(String value) {
      return set("WirelessDeviceFrameInfo", Value.of(value));
    }

    /**
     * Sets {@code WirelessDeviceFrameInfo} to this value; see {@link
     * #wirelessDeviceFrameInfo(String)}.
     */
    public TraceContent wirelessDeviceFrameInfo(Value<String> value) {
      return set("WirelessDeviceFrameInfo", value);
    }
  }
}
