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
 * A multicast group.
 *
 * <p>CloudFormation type {@code AWS::IoTWireless::MulticastGroup}.
 */
public final class MulticastGroup extends Resource<MulticastGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::MulticastGroup")
      .required("LoRaWAN")
      .constrain("AssociateWirelessDevice", Constraint.of().maxLength(256))
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .constrain("DisassociateWirelessDevice", Constraint.of().maxLength(256))
      .constrain("Name", Constraint.of().minLength(0).maxLength(256))
      .refYields("Id")
      .attributes("Arn", "Id", "LoRaWAN.NumberOfDevicesInGroup", "LoRaWAN.NumberOfDevicesRequested",
          "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MulticastGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the wireless device to associate with a multicast group.
   *
   * <p>Length: at most 256 characters. CloudFormation property {@code AssociateWirelessDevice}.
   */
  public MulticastGroup associateWirelessDevice(String value) {
    return set("AssociateWirelessDevice", Value.of(value));
  }

  /**
   * Sets {@code AssociateWirelessDevice} to this value; see {@link
   * #associateWirelessDevice(String)}.
   */
  public MulticastGroup associateWirelessDevice(Value<String> value) {
    return set("AssociateWirelessDevice", value);
  }

  /**
   * The description of the multicast group.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public MulticastGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public MulticastGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the wireless device to disassociate from a multicast group.
   *
   * <p>Length: at most 256 characters. CloudFormation property {@code DisassociateWirelessDevice}.
   */
  public MulticastGroup disassociateWirelessDevice(String value) {
    return set("DisassociateWirelessDevice", Value.of(value));
  }

  /**
   * Sets {@code DisassociateWirelessDevice} to this value; see {@link
   * #disassociateWirelessDevice(String)}.
   */
  public MulticastGroup disassociateWirelessDevice(Value<String> value) {
    return set("DisassociateWirelessDevice", value);
  }

  /**
   * The LoRaWAN information that is to be used with the multicast group.
   *
   * <p>Required. CloudFormation property {@code LoRaWAN}.
   */
  public MulticastGroup loRaWAN(Value<LoRaWAN> value) {
    return set("LoRaWAN", value);
  }

  /**
   * The name of the multicast group.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Name}.
   */
  public MulticastGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MulticastGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags are an array of key-value pairs to attach to the specified resource. Tags can have a
   * minimum of 0 and a maximum of 50 items.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MulticastGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MulticastGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MulticastGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the multicast group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the multicast group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The number of devices that are associated to the multicast group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.NumberOfDevicesInGroup}.
   */
  public Value<Integer> loRaWANNumberOfDevicesInGroup() {
    return getAtt("LoRaWAN.NumberOfDevicesInGroup");
  }

  /**
   * The number of devices that are requested to be associated with the multicast group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.NumberOfDevicesRequested}.
   */
  public Value<Integer> loRaWANNumberOfDevicesRequested() {
    return getAtt("LoRaWAN.NumberOfDevicesRequested");
  }

  /**
   * The status of a multicast group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The LoRaWAN information that is to be used with the multicast group.
   *
   * <p>Property type {@code AWS::IoTWireless::MulticastGroup.LoRaWAN}.
   */
  public static final class LoRaWAN extends Struct<LoRaWAN> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::MulticastGroup.LoRaWAN")
        .required("DlClass", "RfRegion")
        .allowed("DlClass", "ClassB", "ClassC")
        .constrain("DlClass", Constraint.of().minLength(1).maxLength(64))
        .allowed("RfRegion", "AS923-1", "AS923-2", "AS923-3", "AS923-4", "AU915", "CN470", "CN779",
            "EU433", "EU868", "IN865", "KR920", "RU864", "US915")
        .constrain("RfRegion", Constraint.of().minLength(1).maxLength(64))
        .build();

    public LoRaWAN() {
      super(SCHEMA);
    }

    /**
     * DlClass for LoRaWAN. Valid values are ClassB and ClassC.
     *
     * <p>Required. Allowed values: {@code ClassB}, {@code ClassC}. Length: 1 to 64 characters.
     * CloudFormation property {@code DlClass}.
     */
    public LoRaWAN dlClass(String value) {
      return set("DlClass", Value.of(value));
    }

    /** Sets {@code DlClass} to this value; see {@link #dlClass(String)}. */
    public LoRaWAN dlClass(Value<String> value) {
      return set("DlClass", value);
    }

    /**
     * Number of devices that are associated to the multicast group.
     *
     * <p>CloudFormation property {@code NumberOfDevicesInGroup}.
     */
    public LoRaWAN numberOfDevicesInGroup(int value) {
      return set("NumberOfDevicesInGroup", Value.of(value));
    }

    /**
     * Sets {@code NumberOfDevicesInGroup} to this value; see {@link #numberOfDevicesInGroup(int)}.
     */
    public LoRaWAN numberOfDevicesInGroup(Value<Integer> value) {
      return set("NumberOfDevicesInGroup", value);
    }

    /**
     * Number of devices that are requested to be associated with the multicast group.
     *
     * <p>CloudFormation property {@code NumberOfDevicesRequested}.
     */
    public LoRaWAN numberOfDevicesRequested(int value) {
      return set("NumberOfDevicesRequested", Value.of(value));
    }

    /**
     * Sets {@code NumberOfDevicesRequested} to this value; see {@link
     * #numberOfDevicesRequested(int)}.
     */
    public LoRaWAN numberOfDevicesRequested(Value<Integer> value) {
      return set("NumberOfDevicesRequested", value);
    }

    /**
     * The frequency band (RFRegion) value.
     *
     * <p>Required. Allowed values: {@code AS923-1}, {@code AS923-2}, {@code AS923-3}, {@code
     * AS923-4}, {@code AU915}, {@code CN470}, {@code CN779}, {@code EU433}, {@code EU868}, {@code
     * IN865}, {@code KR920}, {@code RU864}, {@code US915}. Length: 1 to 64 characters.
     * CloudFormation property {@code RfRegion}.
     */
    public LoRaWAN rfRegion(String value) {
      return set("RfRegion", Value.of(value));
    }

    /** Sets {@code RfRegion} to this value; see {@link #rfRegion(String)}. */
    public LoRaWAN rfRegion(Value<String> value) {
      return set("RfRegion", value);
    }
  }
}
