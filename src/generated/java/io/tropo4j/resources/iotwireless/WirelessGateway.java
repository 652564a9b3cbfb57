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
 * Provisions a wireless gateway.
 *
 * <p>CloudFormation type {@code AWS::IoTWireless::WirelessGateway}.
 */
public final class WirelessGateway extends Resource<WirelessGateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::WirelessGateway")
      .required("LoRaWAN")
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .constrain("Name", Constraint.of().minLength(0).maxLength(256))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public WirelessGateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the new resource. The maximum length is 2048 characters.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public WirelessGateway description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public WirelessGateway description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The date and time when the most recent uplink was received.
   *
   * <p>CloudFormation property {@code LastUplinkReceivedAt}.
   */
  public WirelessGateway lastUplinkReceivedAt(String value) {
    return set("LastUplinkReceivedAt", Value.of(value));
  }

  /** Sets {@code LastUplinkReceivedAt} to this value; see {@link #lastUplinkReceivedAt(String)}. */
  public WirelessGateway lastUplinkReceivedAt(Value<String> value) {
    return set("LastUplinkReceivedAt", value);
  }

  /**
   * The gateway configuration information to use to create the wireless gateway.
   *
   * <p>Required. CloudFormation property {@code LoRaWAN}.
   */
  public WirelessGateway loRaWAN(Value<LoRaWANGateway> value) {
    return set("LoRaWAN", value);
  }

  /**
   * The name of the new resource.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Name}.
   */
  public WirelessGateway name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public WirelessGateway name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags are an array of key-value pairs to attach to the specified resource. Tags can have a
   * minimum of 0 and a maximum of 50 items.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public WirelessGateway tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public WirelessGateway tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public WirelessGateway tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the thing to associate with the wireless gateway.
   *
   * <p>CloudFormation property {@code ThingArn}.
   */
  public WirelessGateway thingArn(String value) {
    return set("ThingArn", Value.of(value));
  }

  /** Sets {@code ThingArn} to this value; see {@link #thingArn(String)}. */
  public WirelessGateway thingArn(Value<String> value) {
    return set("ThingArn", value);
  }

  /**
   * The name of the thing associated with the wireless gateway. The value is empty if a thing isn't
   * associated with the gateway.
   *
   * <p>CloudFormation property {@code ThingName}.
   */
  public WirelessGateway thingName(String value) {
    return set("ThingName", Value.of(value));
  }

  /** Sets {@code ThingName} to this value; see {@link #thingName(String)}. */
  public WirelessGateway thingName(Value<String> value) {
    return set("ThingName", value);
  }

  /**
   * The ARN of the wireless gateway created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the wireless gateway created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * LoRaWAN wireless gateway object.
   *
   * <p>Property type {@code AWS::IoTWireless::WirelessGateway.LoRaWANGateway}.
   */
  public static final class LoRaWANGateway extends Struct<LoRaWANGateway> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::WirelessGateway.LoRaWANGateway")
        .required("GatewayEui", "RfRegion")
        .constrain("GatewayEui", Constraint.of().pattern("^(([0-9A-Fa-f]{2}-){7}|([0-9A-Fa-f]{2}:){7}|([0-9A-Fa-f]{2}\\s){7}|([0-9A-Fa-f]{2}){7})([0-9A-Fa-f]{2})$"))
        .constrain("RfRegion", Constraint.of().minLength(0).maxLength(64))
        .build();

    public LoRaWANGateway() {
      super(SCHEMA);
    }

    /**
     * The gateway's EUI value.
     *
     * <p>Required. Pattern: {@code
     * ^(([0-9A-Fa-f]{2}-){7}|([0-9A-Fa-f]{2}:){7}|([0-9A-Fa-f]{2}&#92;s){7}|([0-9A-Fa-f]{2}){7})([0-9A-Fa-f]{2})$}.
     * CloudFormation property {@code GatewayEui}.
     */
    public LoRaWANGateway gatewayEui(String value) {
      return set("GatewayEui", Value.of(value));
    }

    /** Sets {@code GatewayEui} to this value; see {@link #gatewayEui(String)}. */
    public LoRaWANGateway gatewayEui(Value<String> value) {
      return set("GatewayEui", value);
    }

    /**
     * The frequency band (RFRegion) value.
     *
     * <p>Required. Length: 0 to 64 characters. CloudFormation property {@code RfRegion}.
     */
    public LoRaWANGateway rfRegion(String value) {
      return set("RfRegion", Value.of(value));
    }

    /** Sets {@code RfRegion} to this value; see {@link #rfRegion(String)}. */
    public LoRaWANGateway rfRegion(Value<String> value) {
      return set("RfRegion", value);
    }
  }
}
