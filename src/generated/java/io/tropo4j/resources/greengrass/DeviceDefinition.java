// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrass;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Greengrass::DeviceDefinition</code> resource represents a device definition for
 * AWS IoT Greengrass . Device definitions are used to organize your device definition versions.
 *
 * <p>Device definitions can reference multiple device definition versions. All device definition
 * versions must be associated with a device definition. Each device definition version can contain
 * one or more devices.
 *
 * <p>When you create a device definition, you can optionally include an initial device definition
 * version. To associate a device definition version later, create an <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-devicedefinitionversion.html"><code>AWS::Greengrass::DeviceDefinitionVersion</code></a>
 * resource and specify the ID of this device definition. After you create the device definition
 * version that contains the devices you want to deploy, you must add it to your group version. For
 * more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Greengrass::DeviceDefinition}.
 */
public final class DeviceDefinition extends Resource<DeviceDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::DeviceDefinition")
      .required("Name")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Arn", "Id", "LatestVersionArn", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public DeviceDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The device definition version to include when the device definition is created. A device
   * definition version contains a list of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-devicedefinition-device.html"><code>device</code></a>
   * property types.
   *
   * <p>To associate a device definition version after the device definition is created, create an
   * <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-devicedefinitionversion.html"><code>AWS::Greengrass::DeviceDefinitionVersion</code></a>
   * resource and specify the ID of this device definition.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InitialVersion}.
   */
  public DeviceDefinition initialVersion(Value<DeviceDefinitionVersion> value) {
    return set("InitialVersion", value);
  }

  /**
   * The name of the device definition.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public DeviceDefinition name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DeviceDefinition name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Application-specific metadata to attach to the device definition. You can use tags in IAM
   * policies to control access to AWS IoT Greengrass resources. You can also use tags to categorize
   * your resources. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/tagging.html">Tagging Your AWS
   * IoT Greengrass Resources</a> in the <em>Developer Guide</em> .
   *
   * <p>This <code>Json</code> property type is processed as a map of key-value pairs. It uses the
   * following format, which is different from most <code>Tags</code> implementations in
   * CloudFormation templates.
   *
   * <p>```json "Tags": { "KeyName0": "value", "KeyName1": "value", "KeyName2": "value" } ```
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public DeviceDefinition tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public DeviceDefinition tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>DeviceDefinition</code> , such as
   * <code>arn:aws:greengrass:us-east-1:
   * :/greengrass/definition/devices/1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the <code>DeviceDefinition</code> , such as
   * <code>1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ARN of the last <code>DeviceDefinitionVersion</code> that was added to the
   * <code>DeviceDefinition</code> , such as <code>arn:aws:greengrass:us-east-1:
   * :/greengrass/definition/devices/1234a5b6-78cd-901e-2fgh-3i45j6k178l9/versions/9876ac30-4bdb-4f9d-95af-b5fdb66be1a2</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersionArn}.
   */
  public Value<String> latestVersionArn() {
    return getAtt("LatestVersionArn");
  }

  /**
   * The name of the device definition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * A device is an AWS IoT device (thing) that's added to a Greengrass group. Greengrass devices
   * can communicate with the Greengrass core in the same group. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/what-is-gg.html">What Is AWS IoT
   * Greengrass ?</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, the <code>Devices</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-devicedefinition-devicedefinitionversion.html"><code>DeviceDefinitionVersion</code></a>
   * property type contains a list of <code>Device</code> property types.
   *
   * <p>Property type {@code AWS::Greengrass::DeviceDefinition.Device}.
   */
  public static final class Device extends Struct<Device> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::DeviceDefinition.Device")
        .required("CertificateArn", "Id", "ThingArn")
        .build();

    public Device() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the device certificate for the device. This X.509
     * certificate is used to authenticate the device with AWS IoT and AWS IoT Greengrass services.
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
     * The ARN of the device, which is an AWS IoT device (thing).
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

  /**
   * A device definition version contains a list of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-devicedefinition-device.html">devices</a>
   * .
   *
   * <p>After you create a device definition version that contains the devices you want to deploy,
   * you must add it to your group version. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
   * .
   *
   * <p>In an CloudFormation template, <code>DeviceDefinitionVersion</code> is the property type of
   * the <code>InitialVersion</code> property in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-devicedefinition.html"><code>AWS::Greengrass::DeviceDefinition</code></a>
   * resource.
   *
   * <p>Property type {@code AWS::Greengrass::DeviceDefinition.DeviceDefinitionVersion}.
   */
  public static final class DeviceDefinitionVersion extends Struct<DeviceDefinitionVersion> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::DeviceDefinition.DeviceDefinitionVersion")
        .required("Devices")
        .build();

    public DeviceDefinitionVersion() {
      super(SCHEMA);
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
  }
}
