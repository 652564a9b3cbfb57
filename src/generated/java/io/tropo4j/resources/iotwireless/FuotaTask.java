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
 * A FUOTA task.
 *
 * <p>CloudFormation type {@code AWS::IoTWireless::FuotaTask}.
 */
public final class FuotaTask extends Resource<FuotaTask> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::FuotaTask")
      .required("FirmwareUpdateImage", "FirmwareUpdateRole", "LoRaWAN")
      .constrain("AssociateMulticastGroup", Constraint.of().maxLength(256))
      .constrain("AssociateWirelessDevice", Constraint.of().maxLength(256))
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .constrain("DisassociateMulticastGroup", Constraint.of().maxLength(256))
      .constrain("DisassociateWirelessDevice", Constraint.of().maxLength(256))
      .constrain("FirmwareUpdateImage", Constraint.of().minLength(1).maxLength(2048))
      .constrain("FirmwareUpdateRole", Constraint.of().minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().minLength(0).maxLength(256))
      .refYields("Id")
      .attributes("Arn", "FuotaTaskStatus", "Id", "LoRaWAN.StartTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FuotaTask(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the multicast group to associate with a FUOTA task.
   *
   * <p>Length: at most 256 characters. CloudFormation property {@code AssociateMulticastGroup}.
   */
  public FuotaTask associateMulticastGroup(String value) {
    return set("AssociateMulticastGroup", Value.of(value));
  }

  /**
   * Sets {@code AssociateMulticastGroup} to this value; see {@link
   * #associateMulticastGroup(String)}.
   */
  public FuotaTask associateMulticastGroup(Value<String> value) {
    return set("AssociateMulticastGroup", value);
  }

  /**
   * The ID of the wireless device to associate with a multicast group.
   *
   * <p>Length: at most 256 characters. CloudFormation property {@code AssociateWirelessDevice}.
   */
  public FuotaTask associateWirelessDevice(String value) {
    return set("AssociateWirelessDevice", Value.of(value));
  }

  /**
   * Sets {@code AssociateWirelessDevice} to this value; see {@link
   * #associateWirelessDevice(String)}.
   */
  public FuotaTask associateWirelessDevice(Value<String> value) {
    return set("AssociateWirelessDevice", value);
  }

  /**
   * The description of the new resource.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public FuotaTask description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FuotaTask description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the multicast group to disassociate from a FUOTA task.
   *
   * <p>Length: at most 256 characters. CloudFormation property {@code DisassociateMulticastGroup}.
   */
  public FuotaTask disassociateMulticastGroup(String value) {
    return set("DisassociateMulticastGroup", Value.of(value));
  }

  /**
   * Sets {@code DisassociateMulticastGroup} to this value; see {@link
   * #disassociateMulticastGroup(String)}.
   */
  public FuotaTask disassociateMulticastGroup(Value<String> value) {
    return set("DisassociateMulticastGroup", value);
  }

  /**
   * The ID of the wireless device to disassociate from a FUOTA task.
   *
   * <p>Length: at most 256 characters. CloudFormation property {@code DisassociateWirelessDevice}.
   */
  public FuotaTask disassociateWirelessDevice(String value) {
    return set("DisassociateWirelessDevice", Value.of(value));
  }

  /**
   * Sets {@code DisassociateWirelessDevice} to this value; see {@link
   * #disassociateWirelessDevice(String)}.
   */
  public FuotaTask disassociateWirelessDevice(Value<String> value) {
    return set("DisassociateWirelessDevice", value);
  }

  /**
   * The S3 URI points to a firmware update image that is to be used with a FUOTA task.
   *
   * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code FirmwareUpdateImage}.
   */
  public FuotaTask firmwareUpdateImage(String value) {
    return set("FirmwareUpdateImage", Value.of(value));
  }

  /** Sets {@code FirmwareUpdateImage} to this value; see {@link #firmwareUpdateImage(String)}. */
  public FuotaTask firmwareUpdateImage(Value<String> value) {
    return set("FirmwareUpdateImage", value);
  }

  /**
   * The firmware update role that is to be used with a FUOTA task.
   *
   * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code FirmwareUpdateRole}.
   */
  public FuotaTask firmwareUpdateRole(String value) {
    return set("FirmwareUpdateRole", Value.of(value));
  }

  /** Sets {@code FirmwareUpdateRole} to this value; see {@link #firmwareUpdateRole(String)}. */
  public FuotaTask firmwareUpdateRole(Value<String> value) {
    return set("FirmwareUpdateRole", value);
  }

  /**
   * The LoRaWAN information used with a FUOTA task.
   *
   * <p>Required. CloudFormation property {@code LoRaWAN}.
   */
  public FuotaTask loRaWAN(Value<LoRaWAN> value) {
    return set("LoRaWAN", value);
  }

  /**
   * The name of a FUOTA task.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Name}.
   */
  public FuotaTask name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FuotaTask name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags are an array of key-value pairs to attach to the specified resource. Tags can have a
   * minimum of 0 and a maximum of 50 items.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FuotaTask tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FuotaTask tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FuotaTask tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of a FUOTA task
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The status of a FUOTA task.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FuotaTaskStatus}.
   */
  public Value<String> fuotaTaskStatus() {
    return getAtt("FuotaTaskStatus");
  }

  /**
   * The ID of a FUOTA task.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Start time of a FUOTA task.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.StartTime}.
   */
  public Value<String> loRaWANStartTime() {
    return getAtt("LoRaWAN.StartTime");
  }

  /**
   * The LoRaWAN information used with a FUOTA task.
   *
   * <p>Property type {@code AWS::IoTWireless::FuotaTask.LoRaWAN}.
   */
  public static final class LoRaWAN extends Struct<LoRaWAN> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::FuotaTask.LoRaWAN")
        .required("RfRegion")
        .allowed("RfRegion", "AS923-1", "AS923-2", "AS923-3", "AS923-4", "AU915", "CN470", "CN779",
            "EU433", "EU868", "IN865", "KR920", "RU864", "US915")
        .constrain("RfRegion", Constraint.of().minLength(1).maxLength(64))
        .constrain("StartTime", Constraint.of().maxLength(64))
        .build();

    public LoRaWAN() {
      super(SCHEMA);
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

    /**
     * Start time of a FUOTA task.
     *
     * <p>Length: at most 64 characters. CloudFormation property {@code StartTime}.
     */
    public LoRaWAN startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public LoRaWAN startTime(Value<String> value) {
      return set("StartTime", value);
    }
  }
}
