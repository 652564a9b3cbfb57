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
 * Information about an import task for wireless devices. When creating the resource, either create
 * a single wireless device import task using the Sidewalk manufacturing serial number (SMSN) of the
 * wireless device, or create an import task for multiple devices by specifying both the
 * <code>DeviceCreationFile</code> and the <code>Role</code> .
 *
 * <p>CloudFormation type {@code AWS::IoTWireless::WirelessDeviceImportTask}.
 */
public final class WirelessDeviceImportTask extends Resource<WirelessDeviceImportTask> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::WirelessDeviceImportTask")
      .required("DestinationName", "Sidewalk")
      .constrain("DestinationName", Constraint.of().pattern("[a-zA-Z0-9-_]+").minLength(0).maxLength(128))
      .refYields("Id")
      .attributes("Arn", "CreationDate", "FailedImportedDevicesCount", "Id",
          "InitializedImportedDevicesCount", "OnboardedImportedDevicesCount",
          "PendingImportedDevicesCount", "Sidewalk.DeviceCreationFileList", "Status",
          "StatusReason")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public WirelessDeviceImportTask(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the destination that describes the IoT rule to route messages from the Sidewalk
   * devices in the import task to other applications.
   *
   * <p>Required. Length: 0 to 128 characters. Pattern: {@code [a-zA-Z0-9-_]+}. CloudFormation
   * property {@code DestinationName}.
   */
  public WirelessDeviceImportTask destinationName(String value) {
    return set("DestinationName", Value.of(value));
  }

  /** Sets {@code DestinationName} to this value; see {@link #destinationName(String)}. */
  public WirelessDeviceImportTask destinationName(Value<String> value) {
    return set("DestinationName", value);
  }

  /**
   * The Sidewalk-related information of the wireless device import task.
   *
   * <p>Required. CloudFormation property {@code Sidewalk}.
   */
  public WirelessDeviceImportTask sidewalk(Value<Sidewalk> value) {
    return set("Sidewalk", value);
  }

  /**
   * Adds to or modifies the tags of the given resource. Tags are metadata that you can use to
   * manage a resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public WirelessDeviceImportTask tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public WirelessDeviceImportTask tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public WirelessDeviceImportTask tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN (Amazon Resource Name) of the import task.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time at which the wireless device import task was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDate}.
   */
  public Value<String> creationDate() {
    return getAtt("CreationDate");
  }

  /**
   * The summary information of count of wireless devices that failed to onboard to the import task.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailedImportedDevicesCount}.
   */
  public Value<Integer> failedImportedDevicesCount() {
    return getAtt("FailedImportedDevicesCount");
  }

  /**
   * The import task ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The summary information of count of wireless devices that are waiting for the control log to be
   * added to an import task.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InitializedImportedDevicesCount}.
   */
  public Value<Integer> initializedImportedDevicesCount() {
    return getAtt("InitializedImportedDevicesCount");
  }

  /**
   * The summary information of count of wireless devices that have been onboarded to the import
   * task.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OnboardedImportedDevicesCount}.
   */
  public Value<Integer> onboardedImportedDevicesCount() {
    return getAtt("OnboardedImportedDevicesCount");
  }

  /**
   * The summary information of count of wireless devices that are waiting in the queue to be
   * onboarded to the import task.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PendingImportedDevicesCount}.
   */
  public Value<Integer> pendingImportedDevicesCount() {
    return getAtt("PendingImportedDevicesCount");
  }

  /**
   * List of Sidewalk devices that are added to the import task.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Sidewalk.DeviceCreationFileList}.
   */
  public Value<List<String>> sidewalkDeviceCreationFileList() {
    return getAtt("Sidewalk.DeviceCreationFileList");
  }

  /**
   * The status of a wireless device import task. The status can be <code>INITIALIZING</code> ,
   * <code>INITIALIZED</code> , <code>PENDING</code> , <code>COMPLETE</code> , <code>FAILED</code> ,
   * or <code>DELETING</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The reason that provides additional information about the import task status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusReason}.
   */
  public Value<String> statusReason() {
    return getAtt("StatusReason");
  }

  /**
   * Sidewalk-related information about a wireless device import task.
   *
   * <p>Property type {@code AWS::IoTWireless::WirelessDeviceImportTask.Sidewalk}.
   */
  public static final class Sidewalk extends Struct<Sidewalk> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::WirelessDeviceImportTask.Sidewalk")
        .constrain("DeviceCreationFile", Constraint.of().minLength(0).maxLength(1024))
        .constrain("DeviceCreationFileList", Constraint.of().maxLength(1024))
        .constrain("Role", Constraint.of().minLength(0).maxLength(2048))
        .constrain("SidewalkManufacturingSn", Constraint.of().minLength(0).maxLength(64))
        .build();

    public Sidewalk() {
      super(SCHEMA);
    }

    /**
     * The CSV file contained in an S3 bucket that's used for adding devices to an import task.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code DeviceCreationFile}.
     */
    public Sidewalk deviceCreationFile(String value) {
      return set("DeviceCreationFile", Value.of(value));
    }

    /** Sets {@code DeviceCreationFile} to this value; see {@link #deviceCreationFile(String)}. */
    public Sidewalk deviceCreationFile(Value<String> value) {
      return set("DeviceCreationFile", value);
    }

    /**
     * List of Sidewalk devices that are added to the import task.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code DeviceCreationFileList}.
     */
    public Sidewalk deviceCreationFileList(List<String> value) {
      return set("DeviceCreationFileList", Value.listOf(value));
    }

    /**
     * Sets {@code DeviceCreationFileList} to this value; see {@link #deviceCreationFileList(List)}.
     */
    public Sidewalk deviceCreationFileList(Value<List<String>> value) {
      return set("DeviceCreationFileList", value);
    }

    /**
     * The IAM role that allows to access the CSV file in the S3 bucket.
     *
     * <p>Length: 0 to 2048 characters. CloudFormation property {@code Role}.
     */
    public Sidewalk role(String value) {
      return set("Role", Value.of(value));
    }

    /** Sets {@code Role} to this value; see {@link #role(String)}. */
    public Sidewalk role(Value<String> value) {
      return set("Role", value);
    }

    /**
     * The Sidewalk manufacturing serial number (SMSN) of the Sidewalk device.
     *
     * <p>Length: 0 to 64 characters. CloudFormation property {@code SidewalkManufacturingSn}.
     */
    public Sidewalk sidewalkManufacturingSn(String value) {
      return set("SidewalkManufacturingSn", Value.of(value));
    }

    /**
     * Sets {@code SidewalkManufacturingSn} to this value; see {@link
     * #sidewalkManufacturingSn(String)}.
     */
    public Sidewalk sidewalkManufacturingSn(Value<String> value) {
      return set("SidewalkManufacturingSn", value);
    }
  }
}
