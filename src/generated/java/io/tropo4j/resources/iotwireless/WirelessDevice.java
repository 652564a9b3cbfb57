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
 * Provisions a wireless device.
 *
 * <p>CloudFormation type {@code AWS::IoTWireless::WirelessDevice}.
 */
public final class WirelessDevice extends Resource<WirelessDevice> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::WirelessDevice")
      .required("DestinationName", "Type")
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .constrain("DestinationName", Constraint.of().pattern("^[a-zA-Z0-9-_]+$").minLength(0).maxLength(128))
      .constrain("Name", Constraint.of().minLength(0).maxLength(256))
      .allowed("Positioning", "Enabled", "Disabled")
      .allowed("Type", "Sidewalk", "LoRaWAN")
      .refYields("Id")
      .attributes("Arn", "Id", "ThingName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public WirelessDevice(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the new resource. Maximum length is 2048.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public WirelessDevice description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public WirelessDevice description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the destination to assign to the new wireless device. Can have only have
   * alphanumeric, - (hyphen) and _ (underscore) characters and it can't have any spaces.
   *
   * <p>Required. Length: 0 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-_]+$}. CloudFormation
   * property {@code DestinationName}.
   */
  public WirelessDevice destinationName(String value) {
    return set("DestinationName", Value.of(value));
  }

  /** Sets {@code DestinationName} to this value; see {@link #destinationName(String)}. */
  public WirelessDevice destinationName(Value<String> value) {
    return set("DestinationName", value);
  }

  /**
   * The date and time when the most recent uplink was received.
   *
   * <p>CloudFormation property {@code LastUplinkReceivedAt}.
   */
  public WirelessDevice lastUplinkReceivedAt(String value) {
    return set("LastUplinkReceivedAt", Value.of(value));
  }

  /** Sets {@code LastUplinkReceivedAt} to this value; see {@link #lastUplinkReceivedAt(String)}. */
  public WirelessDevice lastUplinkReceivedAt(Value<String> value) {
    return set("LastUplinkReceivedAt", value);
  }

  /**
   * The device configuration information to use to create the wireless device. Must be at least one
   * of OtaaV10x, OtaaV11, AbpV11, or AbpV10x.
   *
   * <p>CloudFormation property {@code LoRaWAN}.
   */
  public WirelessDevice loRaWAN(Value<LoRaWANDevice> value) {
    return set("LoRaWAN", value);
  }

  /**
   * The name of the new resource.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Name}.
   */
  public WirelessDevice name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public WirelessDevice name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * FPort values for the GNSS, Stream, and ClockSync functions of the positioning information.
   *
   * <p>Allowed values: {@code Enabled}, {@code Disabled}. CloudFormation property {@code
   * Positioning}.
   */
  public WirelessDevice positioning(String value) {
    return set("Positioning", Value.of(value));
  }

  /** Sets {@code Positioning} to this value; see {@link #positioning(String)}. */
  public WirelessDevice positioning(Value<String> value) {
    return set("Positioning", value);
  }

  /**
   * The tags are an array of key-value pairs to attach to the specified resource. Tags can have a
   * minimum of 0 and a maximum of 50 items.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public WirelessDevice tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public WirelessDevice tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public WirelessDevice tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the thing to associate with the wireless device.
   *
   * <p>CloudFormation property {@code ThingArn}.
   */
  public WirelessDevice thingArn(String value) {
    return set("ThingArn", Value.of(value));
  }

  /** Sets {@code ThingArn} to this value; see {@link #thingArn(String)}. */
  public WirelessDevice thingArn(Value<String> value) {
    return set("ThingArn", value);
  }

  /**
   * The wireless device type.
   *
   * <p>Required. Allowed values: {@code Sidewalk}, {@code LoRaWAN}. CloudFormation property {@code
   * Type}.
   */
  public WirelessDevice typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public WirelessDevice typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The ARN of the wireless device created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the wireless device created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The name of the thing associated with the wireless device. The value is empty if a thing isn't
   * associated with the device.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ThingName}.
   */
  public Value<String> thingName() {
    return getAtt("ThingName");
  }

  /**
   * ABP device object for LoRaWAN specification v1.0.x
   *
   * <p>Property type {@code AWS::IoTWireless::WirelessDevice.AbpV10x}.
   */
  public static final class AbpV10x extends Struct<AbpV10x> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::WirelessDevice.AbpV10x")
        .required("DevAddr", "SessionKeys")
        .constrain("DevAddr", Constraint.of().pattern("[a-fA-F0-9]{8}"))
        .build();

    public AbpV10x() {
      super(SCHEMA);
    }

    /**
     * The DevAddr value.
     *
     * <p>Required. Pattern: {@code [a-fA-F0-9]{8}}. CloudFormation property {@code DevAddr}.
     */
    public AbpV10x devAddr(String value) {
      return set("DevAddr", Value.of(value));
    }

    /** Sets {@code DevAddr} to this value; see {@link #devAddr(String)}. */
    public AbpV10x devAddr(Value<String> value) {
      return set("DevAddr", value);
    }

    /**
     * Session keys for ABP v1.0.x.
     *
     * <p>Required. CloudFormation property {@code SessionKeys}.
     */
    public AbpV10x sessionKeys(Value<SessionKeysAbpV10x> value) {
      return set("SessionKeys", value);
    }
  }

  /**
   * ABP device object for create APIs for v1.1.
   *
   * <p>Property type {@code AWS::IoTWireless::WirelessDevice.AbpV11}.
   */
  public static final class AbpV11 extends Struct<AbpV11> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::WirelessDevice.AbpV11")
        .required("DevAddr", "SessionKeys")
        .constrain("DevAddr", Constraint.of().pattern("[a-fA-F0-9]{8}"))
        .build();

    public AbpV11() {
      super(SCHEMA);
    }

    /**
     * The DevAddr value.
     *
     * <p>Required. Pattern: {@code [a-fA-F0-9]{8}}. CloudFormation property {@code DevAddr}.
     */
    public AbpV11 devAddr(String value) {
      return set("DevAddr", Value.of(value));
    }

    /** Sets {@code DevAddr} to this value; see {@link #devAddr(String)}. */
    public AbpV11 devAddr(Value<String> value) {
      return set("DevAddr", value);
    }

    /**
     * Session keys for ABP v1.1.
     *
     * <p>Required. CloudFormation property {@code SessionKeys}.
     */
    public AbpV11 sessionKeys(Value<SessionKeysAbpV11> value) {
      return set("SessionKeys", value);
    }
  }

  /**
   * A list of optional LoRaWAN application information, which can be used for geolocation.
   *
   * <p>Property type {@code AWS::IoTWireless::WirelessDevice.Application}.
   */
  public static final class Application extends Struct<Application> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::WirelessDevice.Application")
        .constrain("DestinationName", Constraint.of().pattern("[a-zA-Z0-9-_]+").minLength(0).maxLength(128))
        .constrain("FPort", Constraint.of().minimum(1).maximum(223))
        .allowed("Type", "SemtechGeolocation", "SemtechGNSS", "SemtechGNSSNG", "SemtechWiFi")
        .build();

    public Application() {
      super(SCHEMA);
    }

    /**
     * The name of the position data destination that describes the IoT rule that processes the
     * device's position data.
     *
     * <p>Length: 0 to 128 characters. Pattern: {@code [a-zA-Z0-9-_]+}. CloudFormation property
     * {@code DestinationName}.
     */
    public Application destinationName(String value) {
      return set("DestinationName", Value.of(value));
    }

    /** Sets {@code DestinationName} to this value; see {@link #destinationName(String)}. */
    public Application destinationName(Value<String> value) {
      return set("DestinationName", value);
    }

    /**
     * The name of the new destination for the device.
     *
     * <p>Range: 1 to 223. CloudFormation property {@code FPort}.
     */
    public Application fPort(int value) {
      return set("FPort", Value.of(value));
    }

    /** Sets {@code FPort} to this value; see {@link #fPort(int)}. */
    public Application fPort(Value<Integer> value) {
      return set("FPort", value);
    }

    /**
     * Application type, which can be specified to obtain real-time position information of your
     * LoRaWAN device.
     *
     * <p>Allowed values: {@code SemtechGeolocation}, {@code SemtechGNSS}, {@code SemtechGNSSNG},
     * {@code SemtechWiFi}. CloudFormation property {@code Type}.
     */
    public Application type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Application type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * List of FPorts assigned for different LoRaWAN application packages to use.
   *
   * <p>Property type {@code AWS::IoTWireless::WirelessDevice.FPorts}.
   */
  public static final class FPorts extends Struct<FPorts> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTWireless::WirelessDevice.FPorts");

    public FPorts() {
      super(SCHEMA);
    }

    /**
     * LoRaWAN application configuration, which can be used to perform geolocation.
     *
     * <p>CloudFormation property {@code Applications}.
     */
    public FPorts applications(List<Application> value) {
      return set("Applications", Value.listOf(value));
    }

    /** Sets {@code Applications} to this value; see {@link #applications(List)}. */
    public FPorts applications(Value<List<Application>> value) {
      return set("Applications", value);
    }

    /** Sets {@code Applications} to a list of these; see {@link #applications(List)}. */
    public FPorts applications(Application... values) {
      return set("Applications", Value.list(values));
    }
  }

  /**
   * LoRaWAN object for create functions.
   *
   * <p>Property type {@code AWS::IoTWireless::WirelessDevice.LoRaWANDevice}.
   */
  public static final class LoRaWANDevice extends Struct<LoRaWANDevice> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::WirelessDevice.LoRaWANDevice")
        .constrain("DevEui", Constraint.of().pattern("[a-f0-9]{16}"))
        .constrain("DeviceProfileId", Constraint.of().minLength(0).maxLength(256))
        .constrain("ServiceProfileId", Constraint.of().minLength(0).maxLength(256))
        .build();

    public LoRaWANDevice() {
      super(SCHEMA);
    }

    /**
     * ABP device object for LoRaWAN specification v1.0.x.
     *
     * <p>CloudFormation property {@code AbpV10x}.
     */
    public LoRaWANDevice abpV10x(Value<AbpV10x> value) {
      return set("AbpV10x", value);
    }

    /**
     * ABP device object for create APIs for v1.1.
     *
     * <p>CloudFormation property {@code AbpV11}.
     */
    public LoRaWANDevice abpV11(Value<AbpV11> value) {
      return set("AbpV11", value);
    }

    /**
     * The DevEUI value.
     *
     * <p>Pattern: {@code [a-f0-9]{16}}. CloudFormation property {@code DevEui}.
     */
    public LoRaWANDevice devEui(String value) {
      return set("DevEui", Value.of(value));
    }

    /** Sets {@code DevEui} to this value; see {@link #devEui(String)}. */
    public LoRaWANDevice devEui(Value<String> value) {
      return set("DevEui", value);
    }

    /**
     * The ID of the device profile for the new wireless device.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code DeviceProfileId}.
     */
    public LoRaWANDevice deviceProfileId(String value) {
      return set("DeviceProfileId", Value.of(value));
    }

    /** Sets {@code DeviceProfileId} to this value; see {@link #deviceProfileId(String)}. */
    public LoRaWANDevice deviceProfileId(Value<String> value) {
      return set("DeviceProfileId", value);
    }

    /**
     * List of FPort assigned for different LoRaWAN application packages to use.
     *
     * <p>CloudFormation property {@code FPorts}.
     */
    public LoRaWANDevice fPorts(Value<FPorts> value) {
      return set("FPorts", value);
    }

    /**
     * OTAA device object for create APIs for v1.0.x
     *
     * <p>CloudFormation property {@code OtaaV10x}.
     */
    public LoRaWANDevice otaaV10x(Value<OtaaV10x> value) {
      return set("OtaaV10x", value);
    }

    /**
     * OTAA device object for v1.1 for create APIs.
     *
     * <p>CloudFormation property {@code OtaaV11}.
     */
    public LoRaWANDevice otaaV11(Value<OtaaV11> value) {
      return set("OtaaV11", value);
    }

    /**
     * The ID of the service profile.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code ServiceProfileId}.
     */
    public LoRaWANDevice serviceProfileId(String value) {
      return set("ServiceProfileId", Value.of(value));
    }

    /** Sets {@code ServiceProfileId} to this value; see {@link #serviceProfileId(String)}. */
    public LoRaWANDevice serviceProfileId(Value<String> value) {
      return set("ServiceProfileId", value);
    }
  }

  /**
   * OTAA device object for v1.0.x
   *
   * <p>Property type {@code AWS::IoTWireless::WirelessDevice.OtaaV10x}.
   */
  public static final class OtaaV10x extends Struct<OtaaV10x> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::WirelessDevice.OtaaV10x")
        .required("AppEui", "AppKey")
        .constrain("AppEui", Constraint.of().pattern("[a-fA-F0-9]{16}"))
        .constrain("AppKey", Constraint.of().pattern("[a-fA-F0-9]{32}"))
        .build();

    public OtaaV10x() {
      super(SCHEMA);
    }

    /**
     * The AppEUI value. You specify this value when using LoRaWAN versions v1.0.2 or v1.0.3.
     *
     * <p>Required. Pattern: {@code [a-fA-F0-9]{16}}. CloudFormation property {@code AppEui}.
     */
    public OtaaV10x appEui(String value) {
      return set("AppEui", Value.of(value));
    }

    /** Sets {@code AppEui} to this value; see {@link #appEui(String)}. */
    public OtaaV10x appEui(Value<String> value) {
      return set("AppEui", value);
    }

    /**
     * The AppKey value.
     *
     * <p>Required. Pattern: {@code [a-fA-F0-9]{32}}. CloudFormation property {@code AppKey}.
     */
    public OtaaV10x appKey(String value) {
      return set("AppKey", Value.of(value));
    }

    /** Sets {@code AppKey} to this value; see {@link #appKey(String)}. */
    public OtaaV10x appKey(Value<String> value) {
      return set("AppKey", value);
    }
  }

  /**
   * OTAA device object for v1.1 for create APIs.
   *
   * <p>Property type {@code AWS::IoTWireless::WirelessDevice.OtaaV11}.
   */
  public static final class OtaaV11 extends Struct<OtaaV11> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::WirelessDevice.OtaaV11")
        .required("AppKey", "JoinEui", "NwkKey")
        .constrain("AppKey", Constraint.of().pattern("[a-fA-F0-9]{32}"))
        .constrain("JoinEui", Constraint.of().pattern("[a-fA-F0-9]{16}"))
        .constrain("NwkKey", Constraint.of().pattern("[a-fA-F0-9]{32}"))
        .build();

    public OtaaV11() {
      super(SCHEMA);
    }

    /**
     * The AppKey is a secret key, which you should handle in a similar way as you would an
     * application password. You can protect the AppKey value by storing it in the AWS Secrets
     * Manager and use the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html#dynamic-references-secretsmanager">secretsmanager</a>
     * to reference this value.
     *
     * <p>Required. Pattern: {@code [a-fA-F0-9]{32}}. CloudFormation property {@code AppKey}.
     */
    public OtaaV11 appKey(String value) {
      return set("AppKey", Value.of(value));
    }

    /** Sets {@code AppKey} to this value; see {@link #appKey(String)}. */
    public OtaaV11 appKey(Value<String> value) {
      return set("AppKey", value);
    }

    /**
     * The JoinEUI value.
     *
     * <p>Required. Pattern: {@code [a-fA-F0-9]{16}}. CloudFormation property {@code JoinEui}.
     */
    public OtaaV11 joinEui(String value) {
      return set("JoinEui", Value.of(value));
    }

    /** Sets {@code JoinEui} to this value; see {@link #joinEui(String)}. */
    public OtaaV11 joinEui(Value<String> value) {
      return set("JoinEui", value);
    }

    /**
     * The NwkKey is a secret key, which you should handle in a similar way as you would an
     * application password. You can protect the NwkKey value by storing it in the AWS Secrets
     * Manager and use the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html#dynamic-references-secretsmanager">secretsmanager</a>
     * to reference this value.
     *
     * <p>Required. Pattern: {@code [a-fA-F0-9]{32}}. CloudFormation property {@code NwkKey}.
     */
    public OtaaV11 nwkKey(String value) {
      return set("NwkKey", Value.of(value));
    }

    /** Sets {@code NwkKey} to this value; see {@link #nwkKey(String)}. */
    public OtaaV11 nwkKey(Value<String> value) {
      return set("NwkKey", value);
    }
  }

  /**
   * Session keys for ABP v1.0.x.
   *
   * <p>Property type {@code AWS::IoTWireless::WirelessDevice.SessionKeysAbpV10x}.
   */
  public static final class SessionKeysAbpV10x extends Struct<SessionKeysAbpV10x> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::WirelessDevice.SessionKeysAbpV10x")
        .required("AppSKey", "NwkSKey")
        .constrain("AppSKey", Constraint.of().pattern("[a-fA-F0-9]{32}"))
        .constrain("NwkSKey", Constraint.of().pattern("[a-fA-F0-9]{32}"))
        .build();

    public SessionKeysAbpV10x() {
      super(SCHEMA);
    }

    /**
     * The AppSKey value.
     *
     * <p>Required. Pattern: {@code [a-fA-F0-9]{32}}. CloudFormation property {@code AppSKey}.
     */
    public SessionKeysAbpV10x appSKey(String value) {
      return set("AppSKey", Value.of(value));
    }

    /** Sets {@code AppSKey} to this value; see {@link #appSKey(String)}. */
    public SessionKeysAbpV10x appSKey(Value<String> value) {
      return set("AppSKey", value);
    }

    /**
     * The NwkKey value.
     *
     * <p>Required. Pattern: {@code [a-fA-F0-9]{32}}. CloudFormation property {@code NwkSKey}.
     */
    public SessionKeysAbpV10x nwkSKey(String value) {
      return set("NwkSKey", Value.of(value));
    }

    /** Sets {@code NwkSKey} to this value; see {@link #nwkSKey(String)}. */
    public SessionKeysAbpV10x nwkSKey(Value<String> value) {
      return set("NwkSKey", value);
    }
  }

  /**
   * Session keys for ABP v1.1.
   *
   * <p>Property type {@code AWS::IoTWireless::WirelessDevice.SessionKeysAbpV11}.
   */
  public static final class SessionKeysAbpV11 extends Struct<SessionKeysAbpV11> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::WirelessDevice.SessionKeysAbpV11")
        .required("AppSKey", "FNwkSIntKey", "NwkSEncKey", "SNwkSIntKey")
        .constrain("AppSKey", Constraint.of().pattern("[a-fA-F0-9]{32}"))
        .constrain("FNwkSIntKey", Constraint.of().pattern("[a-fA-F0-9]{32}"))
        .constrain("NwkSEncKey", Constraint.of().pattern("[a-fA-F0-9]{32}"))
        .constrain("SNwkSIntKey", Constraint.of().pattern("[a-fA-F0-9]{32}"))
        .build();

    public SessionKeysAbpV11() {
      super(SCHEMA);
    }

    /**
     * The AppSKey is a secret key, which you should handle in a similar way as you would an
     * application password. You can protect the AppSKey value by storing it in the AWS Secrets
     * Manager and use the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html#dynamic-references-secretsmanager">secretsmanager</a>
     * to reference this value.
     *
     * <p>Required. Pattern: {@code [a-fA-F0-9]{32}}. CloudFormation property {@code AppSKey}.
     */
    public SessionKeysAbpV11 appSKey(String value) {
      return set("AppSKey", Value.of(value));
    }

    /** Sets {@code AppSKey} to this value; see {@link #appSKey(String)}. */
    public SessionKeysAbpV11 appSKey(Value<String> value) {
      return set("AppSKey", value);
    }

    /**
     * The FNwkSIntKey is a secret key, which you should handle in a similar way as you would an
     * application password. You can protect the FNwkSIntKey value by storing it in the AWS Secrets
     * Manager and use the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html#dynamic-references-secretsmanager">secretsmanager</a>
     * to reference this value.
     *
     * <p>Required. Pattern: {@code [a-fA-F0-9]{32}}. CloudFormation property {@code FNwkSIntKey}.
     */
    public SessionKeysAbpV11 fNwkSIntKey(String value) {
      return set("FNwkSIntKey", Value.of(value));
    }

    /** Sets {@code FNwkSIntKey} to this value; see {@link #fNwkSIntKey(String)}. */
    public SessionKeysAbpV11 fNwkSIntKey(Value<String> value) {
      return set("FNwkSIntKey", value);
    }

    /**
     * The NwkSEncKey is a secret key, which you should handle in a similar way as you would an
     * application password. You can protect the NwkSEncKey value by storing it in the AWS Secrets
     * Manager and use the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html#dynamic-references-secretsmanager">secretsmanager</a>
     * to reference this value.
     *
     * <p>Required. Pattern: {@code [a-fA-F0-9]{32}}. CloudFormation property {@code NwkSEncKey}.
     */
    public SessionKeysAbpV11 nwkSEncKey(String value) {
      return set("NwkSEncKey", Value.of(value));
    }

    /** Sets {@code NwkSEncKey} to this value; see {@link #nwkSEncKey(String)}. */
    public SessionKeysAbpV11 nwkSEncKey(Value<String> value) {
      return set("NwkSEncKey", value);
    }

    /**
     * The SNwkSIntKey is a secret key, which you should handle in a similar way as you would an
     * application password. You can protect the SNwkSIntKey value by storing it in the AWS Secrets
     * Manager and use the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html#dynamic-references-secretsmanager">secretsmanager</a>
     * to reference this value.
     *
     * <p>Required. Pattern: {@code [a-fA-F0-9]{32}}. CloudFormation property {@code SNwkSIntKey}.
     */
    public SessionKeysAbpV11 sNwkSIntKey(String value) {
      return set("SNwkSIntKey", Value.of(value));
    }

    /** Sets {@code SNwkSIntKey} to this value; see {@link #sNwkSIntKey(String)}. */
    public SessionKeysAbpV11 sNwkSIntKey(Value<String> value) {
      return set("SNwkSIntKey", value);
    }
  }
}
