// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrass;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Greengrass::DeviceDefinitionVersion</code> resource represents a device definition
 * version for AWS IoT Greengrass . A device definition version contains a list of devices.
 *
 * <p>To create a device definition version, you must specify the ID of the device definition that
 * you want to associate with the version. For information about creating a device definition, see
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-devicedefinition.html"><code>AWS::Greengrass::DeviceDefinition</code></a>
 * . After you create a device definition version that contains the devices you want to deploy, you
 * must add it to your group version. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Greengrass::DeviceDefinitionVersion}.
 */
public final class DeviceDefinitionVersion extends Resource<DeviceDefinitionVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::DeviceDefinitionVersion")
      .required("DeviceDefinitionId", "Devices")
      .refYields("Id")
      .attributes("Id")
      .build();

  public DeviceDefinitionVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the device definition associated with this version. This value is a GUID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * DeviceDefinitionId}.
   */
  public DeviceDefinitionVersion deviceDefinitionId(String value) {
    return set("DeviceDefinitionId", Value.of(value));
  }

  /** Sets {@code DeviceDefinitionId} to this value; see {@link #deviceDefinitionId(String)}. */
  public DeviceDefinitionVersion deviceDefinitionId(Value<String> value) {
    return set("DeviceDefinitionId", value);
  }

  /**
   * The devices in this version.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Devices}.
   */
  public DeviceDefinitionVersion devices(List<Device> value) {
    return set("Devices", Value.listOf(value));
  }

  /** Sets {@code Devices} to this value; see {@link #devices(List)}. */
  public DeviceDefinitionVersion devices(Value<List<Device>> value) {
    return set("Devices", value);
  }

  /** Sets {@code Devices} to a list of these; see {@link #devices(List)}. */
  public DeviceDefinitionVersion devices(Device... values) {
    return set("Devices", Value.list(values));
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * A device is an AWS IoT device (thing) that's added to a Greengrass group. Greengrass devices
   * can communicate with the Greengrass core in the same group. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/what-is-gg.html">What Is AWS IoT
   * Greengrass ?</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, the <code>Devices</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-devicedefinitionversion.html"><code>AWS::Greengrass::DeviceDefinitionVersion</code></a>
   * resource contains a list of <code>Device</code> property types.
   *
   * <p>Property type {@code AWS::Greengrass::DeviceDefinitionVersion.Device}.
   */
  public static final class Device extends Struct<Device> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::DeviceDefinitionVersion.Device")
        .required("CertificateArn", "Id", "ThingArn")
        .build();

    public Device() {
      super(SCHEMA);
    }

    /**
     * The ARN of the device certificate for the device. This X.509 certificate is used to
     * authenticate the device with AWS IoT and AWS IoT Greengrass services.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * CertificateArn}.
     */
    public Device certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public Device certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /**
     * A descriptive or arbitrary ID for the device. This value must be unique within the device
     * definition version. Maximum length is 128 characters with pattern
     * <code>[a-zA-Z0-9:_-]+</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Id}.
     */
    public Device id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public Device id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * Indicates whether the device's local shadow is synced with the cloud automatically.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SyncShadow}.
     */
    public Device syncShadow(boolean value) {
      return set("SyncShadow", Value.of(value));
    }

    /** Sets {@code SyncShadow} to this value; see {@link #syncShadow(boolean)}. */
    public Device syncShadow(Value<Boolean> value) {
      return set("SyncShadow", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the device, which is an AWS IoT device (thing).
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code ThingArn}.
     */
    public Device thingArn(String value) {
      return set("ThingArn", Value.of(value));
    }

    /** Sets {@code ThingArn} to this value; see {@link #thingArn(String)}. */
    public Device thingArn(Value<String> value) {
      return set("ThingArn", value);
    }
  }
}
