// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspacesthinclient;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes an environment.
 *
 * <p>CloudFormation type {@code AWS::WorkSpacesThinClient::Environment}.
 */
public final class Environment extends Resource<Environment> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesThinClient::Environment")
      .required("DesktopArn")
      .constrain("DesiredSoftwareSetId", Constraint.of().pattern("^[0-9]{1,9}$"))
      .constrain("DesktopArn", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[0-9]{0,12}:[a-zA-Z0-9\\-\\/\\._]+$").minLength(20).maxLength(2048))
      .constrain("DesktopEndpoint", Constraint.of().pattern("^(https:\\/\\/)[a-z0-9]+([\\-\\.]{1}[a-z0-9]+)*\\.[a-z]{2,32}(:[0-9]{1,5})?(\\/.*)?$").minLength(1).maxLength(1024))
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:kms:[a-zA-Z0-9\\-]*:[0-9]{0,12}:key\\/[a-zA-Z0-9-]+$").minLength(20).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .constrain("Name", Constraint.of().pattern("^.+$").minLength(1).maxLength(64))
      .allowed("SoftwareSetUpdateMode", "USE_LATEST", "USE_DESIRED")
      .allowed("SoftwareSetUpdateSchedule", "USE_MAINTENANCE_WINDOW", "APPLY_IMMEDIATELY")
      .refYields("Id")
      .attributes("ActivationCode", "Arn", "CreatedAt", "DesktopType", "Id", "PendingSoftwareSetId",
          "PendingSoftwareSetVersion", "RegisteredDevicesCount", "SoftwareSetComplianceStatus",
          "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Environment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the software set to apply.
   *
   * <p>Pattern: {@code ^[0-9]{1,9}$}. CloudFormation property {@code DesiredSoftwareSetId}.
   */
  public Environment desiredSoftwareSetId(String value) {
    return set("DesiredSoftwareSetId", Value.of(value));
  }

  /** Sets {@code DesiredSoftwareSetId} to this value; see {@link #desiredSoftwareSetId(String)}. */
  public Environment desiredSoftwareSetId(Value<String> value) {
    return set("DesiredSoftwareSetId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the desktop to stream from Amazon WorkSpaces, WorkSpaces
   * Secure Browser, or WorkSpaces Applications.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:[a-zA-Z0-9&#92;-]+:[a-zA-Z0-9&#92;-]*:[0-9]{0,12}:[a-zA-Z0-9&#92;-&#92;/&#92;._]+$}.
   * CloudFormation property {@code DesktopArn}.
   */
  public Environment desktopArn(String value) {
    return set("DesktopArn", Value.of(value));
  }

  /** Sets {@code DesktopArn} to this value; see {@link #desktopArn(String)}. */
  public Environment desktopArn(Value<String> value) {
    return set("DesktopArn", value);
  }

  /**
   * The URL for the identity provider login (only for environments that use WorkSpaces
   * Applications).
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^(https:&#92;/&#92;/)[a-z0-9]+([&#92;-&#92;.]{1}[a-z0-9]+)*&#92;.[a-z]{2,32}(:[0-9]{1,5})?(&#92;/.*)?$}.
   * CloudFormation property {@code DesktopEndpoint}.
   */
  public Environment desktopEndpoint(String value) {
    return set("DesktopEndpoint", Value.of(value));
  }

  /** Sets {@code DesktopEndpoint} to this value; see {@link #desktopEndpoint(String)}. */
  public Environment desktopEndpoint(Value<String> value) {
    return set("DesktopEndpoint", value);
  }

  /**
   * An array of key-value pairs to apply to the newly created devices for this environment.
   *
   * <p>CloudFormation property {@code DeviceCreationTags}.
   */
  public Environment deviceCreationTags(List<Tag> value) {
    return set("DeviceCreationTags", Value.listOf(value));
  }

  /** Sets {@code DeviceCreationTags} to this value; see {@link #deviceCreationTags(List)}. */
  public Environment deviceCreationTags(Value<List<Tag>> value) {
    return set("DeviceCreationTags", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS Key Management Service key used to encrypt the
   * environment.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:kms:[a-zA-Z0-9&#92;-]*:[0-9]{0,12}:key&#92;/[a-zA-Z0-9-]+$}.
   * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public Environment kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Environment kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * A specification for a time window to apply software updates.
   *
   * <p>CloudFormation property {@code MaintenanceWindow}.
   */
  public Environment maintenanceWindow(Value<MaintenanceWindow> value) {
    return set("MaintenanceWindow", value);
  }

  /**
   * The name of the environment.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^.+$}. CloudFormation property {@code Name}.
   */
  public Environment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Environment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An option to define which software updates to apply.
   *
   * <p>Allowed values: {@code USE_LATEST}, {@code USE_DESIRED}. CloudFormation property {@code
   * SoftwareSetUpdateMode}.
   */
  public Environment softwareSetUpdateMode(String value) {
    return set("SoftwareSetUpdateMode", Value.of(value));
  }

  /**
   * Sets {@code SoftwareSetUpdateMode} to this value; see {@link #softwareSetUpdateMode(String)}.
   */
  public Environment softwareSetUpdateMode(Value<String> value) {
    return set("SoftwareSetUpdateMode", value);
  }

  /**
   * An option to define if software updates should be applied within a maintenance window.
   *
   * <p>Allowed values: {@code USE_MAINTENANCE_WINDOW}, {@code APPLY_IMMEDIATELY}. CloudFormation
   * property {@code SoftwareSetUpdateSchedule}.
   */
  public Environment softwareSetUpdateSchedule(String value) {
    return set("SoftwareSetUpdateSchedule", Value.of(value));
  }

  /**
   * Sets {@code SoftwareSetUpdateSchedule} to this value; see {@link
   * #softwareSetUpdateSchedule(String)}.
   */
  public Environment softwareSetUpdateSchedule(Value<String> value) {
    return set("SoftwareSetUpdateSchedule", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Environment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Environment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Environment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The activation code to register a device to the environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ActivationCode}.
   */
  public Value<String> activationCode() {
    return getAtt("ActivationCode");
  }

  /**
   * The Amazon Resource Name (ARN) of the environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp of when the environment was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The type of streaming desktop for the environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DesktopType}.
   */
  public Value<String> desktopType() {
    return getAtt("DesktopType");
  }

  /**
   * Unique identifier of the environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ID of the software set that is pending to be installed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PendingSoftwareSetId}.
   */
  public Value<String> pendingSoftwareSetId() {
    return getAtt("PendingSoftwareSetId");
  }

  /**
   * The version of the software set that is pending to be installed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PendingSoftwareSetVersion}.
   */
  public Value<String> pendingSoftwareSetVersion() {
    return getAtt("PendingSoftwareSetVersion");
  }

  /**
   * The number of devices registered to the environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegisteredDevicesCount}.
   */
  public Value<Integer> registeredDevicesCount() {
    return getAtt("RegisteredDevicesCount");
  }

  /**
   * Describes if the software currently installed on all devices in the environment is a supported
   * version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SoftwareSetComplianceStatus}.
   */
  public Value<String> softwareSetComplianceStatus() {
    return getAtt("SoftwareSetComplianceStatus");
  }

  /**
   * The timestamp of when the device was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Describes the maintenance window for a thin client device.
   *
   * <p>Property type {@code AWS::WorkSpacesThinClient::Environment.MaintenanceWindow}.
   */
  public static final class MaintenanceWindow extends Struct<MaintenanceWindow> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesThinClient::Environment.MaintenanceWindow")
        .required("Type")
        .allowed("ApplyTimeOf", "UTC", "DEVICE")
        .allowed("DaysOfTheWeek", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY")
        .constrain("EndTimeHour", Constraint.of().minimum(0).maximum(23))
        .constrain("EndTimeMinute", Constraint.of().minimum(0).maximum(59))
        .constrain("StartTimeHour", Constraint.of().minimum(0).maximum(23))
        .constrain("StartTimeMinute", Constraint.of().minimum(0).maximum(59))
        .allowed("Type", "SYSTEM", "CUSTOM")
        .build();

    public MaintenanceWindow() {
      super(SCHEMA);
    }

    /**
     * The option to set the maintenance window during the device local time or Universal
     * Coordinated Time (UTC).
     *
     * <p>Allowed values: {@code UTC}, {@code DEVICE}. CloudFormation property {@code ApplyTimeOf}.
     */
    public MaintenanceWindow applyTimeOf(String value) {
      return set("ApplyTimeOf", Value.of(value));
    }

    /** Sets {@code ApplyTimeOf} to this value; see {@link #applyTimeOf(String)}. */
    public MaintenanceWindow applyTimeOf(Value<String> value) {
      return set("ApplyTimeOf", value);
    }

    /**
     * The days of the week during which the maintenance window is open.
     *
     * <p>Allowed values: {@code MONDAY}, {@code TUESDAY}, {@code WEDNESDAY}, {@code THURSDAY},
     * {@code FRIDAY}, {@code SATURDAY}, {@code SUNDAY}. CloudFormation property {@code
     * DaysOfTheWeek}.
     */
    public MaintenanceWindow daysOfTheWeek(List<String> value) {
      return set("DaysOfTheWeek", Value.listOf(value));
    }

    /** Sets {@code DaysOfTheWeek} to this value; see {@link #daysOfTheWeek(List)}. */
    public MaintenanceWindow daysOfTheWeek(Value<List<String>> value) {
      return set("DaysOfTheWeek", value);
    }

    /**
     * The hour for the maintenance window end ( <code>00</code> - <code>23</code> ).
     *
     * <p>Range: 0 to 23. CloudFormation property {@code EndTimeHour}.
     */
    public MaintenanceWindow endTimeHour(int value) {
      return set("EndTimeHour", Value.of(value));
    }

    /** Sets {@code EndTimeHour} to this value; see {@link #endTimeHour(int)}. */
    public MaintenanceWindow endTimeHour(Value<Integer> value) {
      return set("EndTimeHour", value);
    }

    /**
     * The minutes for the maintenance window end ( <code>00</code> - <code>59</code> ).
     *
     * <p>Range: 0 to 59. CloudFormation property {@code EndTimeMinute}.
     */
    public MaintenanceWindow endTimeMinute(int value) {
      return set("EndTimeMinute", Value.of(value));
    }

    /** Sets {@code EndTimeMinute} to this value; see {@link #endTimeMinute(int)}. */
    public MaintenanceWindow endTimeMinute(Value<Integer> value) {
      return set("EndTimeMinute", value);
    }

    /**
     * The hour for the maintenance window start ( <code>00</code> - <code>23</code> ).
     *
     * <p>Range: 0 to 23. CloudFormation property {@code StartTimeHour}.
     */
    public MaintenanceWindow startTimeHour(int value) {
      return set("StartTimeHour", Value.of(value));
    }

    /** Sets {@code StartTimeHour} to this value; see {@link #startTimeHour(int)}. */
    public MaintenanceWindow startTimeHour(Value<Integer> value) {
      return set("StartTimeHour", value);
    }

    /**
     * The minutes past the hour for the maintenance window start ( <code>00</code> -
     * <code>59</code> ).
     *
     * <p>Range: 0 to 59. CloudFormation property {@code StartTimeMinute}.
     */
    public MaintenanceWindow startTimeMinute(int value) {
      return set("StartTimeMinute", Value.of(value));
    }

    /** Sets {@code StartTimeMinute} to this value; see {@link #startTimeMinute(int)}. */
    public MaintenanceWindow startTimeMinute(Value<Integer> value) {
      return set("StartTimeMinute", value);
    }

    /**
     * An option to select the default or custom maintenance window.
     *
     * <p>Required. Allowed values: {@code SYSTEM}, {@code CUSTOM}. CloudFormation property {@code
     * Type}.
     */
    public MaintenanceWindow type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public MaintenanceWindow type(Value<String> value) {
      return set("Type", value);
    }
  }
}
