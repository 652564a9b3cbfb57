// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SageMaker::Device</code> resource is an Amazon SageMaker resource type that allows
 * you to register your Devices against an existing SageMaker Edge Manager DeviceFleet. Each device
 * must be listed individually in the CFN specification.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Device}.
 */
public final class Device extends Resource<Device> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Device")
      .required("DeviceFleetName")
      .constrain("DeviceFleetName", Constraint.of().pattern("^[a-zA-Z0-9](-*_*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
      .refYields("DeviceFleetName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Device(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Edge device you want to create.
   *
   * <p>CloudFormation property {@code Device}.
   */
  public Device device(Value<DeviceProperty> value) {
    return set("Device", value);
  }

  /**
   * The name of the fleet the device belongs to.
   *
   * <p>Required. Length: 1 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*_*[a-zA-Z0-9])*$}.
   * CloudFormation property {@code DeviceFleetName}.
   */
  public Device deviceFleetName(String value) {
    return set("DeviceFleetName", Value.of(value));
  }

  /** Sets {@code DeviceFleetName} to this value; see {@link #deviceFleetName(String)}. */
  public Device deviceFleetName(Value<String> value) {
    return set("DeviceFleetName", value);
  }

  /**
   * An array of key-value pairs that contain metadata to help you categorize and organize your
   * devices. Each tag consists of a key and a value, both of which you define.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Device tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Device tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Device tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Information of a particular device.
   *
   * <p>Property type {@code AWS::SageMaker::Device.Device}.
   */
  public static final class DeviceProperty extends Struct<DeviceProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Device.Device")
        .required("DeviceName")
        .constrain("Description", Constraint.of().pattern("[\\S\\s]+").minLength(1).maxLength(40))
        .constrain("DeviceName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
        .constrain("IotThingName", Constraint.of().pattern("[a-zA-Z0-9:_-]+").maxLength(128))
        .build();

    public DeviceProperty() {
      super(SCHEMA);
    }

    /**
     * Description of the device.
     *
     * <p>Length: 1 to 40 characters. Pattern: {@code [&#92;S&#92;s]+}. CloudFormation property
     * {@code Description}.
     */
    public DeviceProperty description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public DeviceProperty description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The name of the device.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code DeviceName}.
     */
    public DeviceProperty deviceName(String value) {
      return set("DeviceName", Value.of(value));
    }

    /** Sets {@code DeviceName} to this value; see {@link #deviceName(String)}. */
    public DeviceProperty deviceName(Value<String> value) {
      return set("DeviceName", value);
    }

    /**
     * AWS Internet of Things (IoT) object name.
     *
     * <p>Length: at most 128 characters. Pattern: {@code [a-zA-Z0-9:_-]+}. CloudFormation property
     * {@code IotThingName}.
     */
    public DeviceProperty iotThingName(String value) {
      return set("IotThingName", Value.of(value));
    }

    /** Sets {@code IotThingName} to this value; see {@link #iotThingName(String)}. */
    public DeviceProperty iotThingName(Value<String> value) {
      return set("IotThingName", value);
    }
  }
}
