// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotsitewise;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a gateway, which is a virtual or edge device that delivers industrial data streams from
 * local servers to AWS IoT SiteWise . For more information, see <a
 * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/gateway-connector.html">Ingesting
 * data using a gateway</a> in the <em>AWS IoT SiteWise User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTSiteWise::Gateway}.
 */
public final class Gateway extends Resource<Gateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Gateway")
      .required("GatewayName", "GatewayPlatform")
      .constrain("GatewayName", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(256))
      .constrain("GatewayVersion", Constraint.of().pattern("^[0-9]+$").minLength(1).maxLength(1024))
      .refYields("GatewayId")
      .attributes("GatewayId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Gateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of gateway capability summaries that each contain a namespace and status. Each gateway
   * capability defines data sources for the gateway. To retrieve a capability configuration's
   * definition, use <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeGatewayCapabilityConfiguration.html">DescribeGatewayCapabilityConfiguration</a>
   * .
   *
   * <p>CloudFormation property {@code GatewayCapabilitySummaries}.
   */
  public Gateway gatewayCapabilitySummaries(List<GatewayCapabilitySummary> value) {
    return set("GatewayCapabilitySummaries", Value.listOf(value));
  }

  /**
   * Sets {@code GatewayCapabilitySummaries} to this value; see {@link
   * #gatewayCapabilitySummaries(List)}.
   */
  public Gateway gatewayCapabilitySummaries(Value<List<GatewayCapabilitySummary>> value) {
    return set("GatewayCapabilitySummaries", value);
  }

  /**
   * Sets {@code GatewayCapabilitySummaries} to a list of these; see {@link
   * #gatewayCapabilitySummaries(List)}.
   */
  public Gateway gatewayCapabilitySummaries(GatewayCapabilitySummary... values) {
    return set("GatewayCapabilitySummaries", Value.list(values));
  }

  /**
   * A unique name for the gateway.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}. CloudFormation property {@code GatewayName}.
   */
  public Gateway gatewayName(String value) {
    return set("GatewayName", Value.of(value));
  }

  /** Sets {@code GatewayName} to this value; see {@link #gatewayName(String)}. */
  public Gateway gatewayName(Value<String> value) {
    return set("GatewayName", value);
  }

  /**
   * The gateway's platform. You can only specify one platform in a gateway.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * GatewayPlatform}.
   */
  public Gateway gatewayPlatform(Value<GatewayPlatform> value) {
    return set("GatewayPlatform", value);
  }

  /**
   * The version of the gateway. A value of <code>3</code> indicates an MQTT-enabled, V3 gateway,
   * while <code>2</code> indicates a Classic streams, V2 gateway.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code ^[0-9]+$}.
   * CloudFormation property {@code GatewayVersion}.
   */
  public Gateway gatewayVersion(String value) {
    return set("GatewayVersion", Value.of(value));
  }

  /** Sets {@code GatewayVersion} to this value; see {@link #gatewayVersion(String)}. */
  public Gateway gatewayVersion(Value<String> value) {
    return set("GatewayVersion", value);
  }

  /**
   * A list of key-value pairs that contain metadata for the gateway. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/tag-resources.html">Tagging
   * your AWS IoT SiteWise resources</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Gateway tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Gateway tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Gateway tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID for the gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GatewayId}.
   */
  public Value<String> gatewayId() {
    return getAtt("GatewayId");
  }

  /**
   * Contains a summary of a gateway capability configuration.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Gateway.GatewayCapabilitySummary}.
   */
  public static final class GatewayCapabilitySummary extends Struct<GatewayCapabilitySummary> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Gateway.GatewayCapabilitySummary")
        .required("CapabilityNamespace")
        .build();

    public GatewayCapabilitySummary() {
      super(SCHEMA);
    }

    /**
     * The JSON document that defines the configuration for the gateway capability. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/configure-sources.html#configure-source-cli">Configuring
     * data sources (CLI)</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>CloudFormation property {@code CapabilityConfiguration}.
     */
    public GatewayCapabilitySummary capabilityConfiguration(String value) {
      return set("CapabilityConfiguration", Value.of(value));
    }

    /**
     * Sets {@code CapabilityConfiguration} to this value; see {@link
     * #capabilityConfiguration(String)}.
     */
    public GatewayCapabilitySummary capabilityConfiguration(Value<String> value) {
      return set("CapabilityConfiguration", value);
    }

    /**
     * The namespace of the capability configuration. For example, if you configure OPC UA sources
     * for an MQTT-enabled gateway, your OPC-UA capability configuration has the namespace
     * <code>iotsitewise:opcuacollector:3</code> .
     *
     * <p>Required. CloudFormation property {@code CapabilityNamespace}.
     */
    public GatewayCapabilitySummary capabilityNamespace(String value) {
      return set("CapabilityNamespace", Value.of(value));
    }

    /** Sets {@code CapabilityNamespace} to this value; see {@link #capabilityNamespace(String)}. */
    public GatewayCapabilitySummary capabilityNamespace(Value<String> value) {
      return set("CapabilityNamespace", value);
    }
  }

  /**
   * The gateway's platform configuration. You can only specify one platform type in a gateway.
   *
   * <p>(Legacy only) For Greengrass V1 gateways, specify the <code>greengrass</code> parameter with
   * a valid Greengrass group ARN.
   *
   * <p>For Greengrass V2 gateways, specify the <code>greengrassV2</code> parameter with a valid
   * core device thing name. If creating a V3 gateway ( <code>gatewayVersion=3</code> ), you must
   * also specify the <code>coreDeviceOperatingSystem</code> .
   *
   * <p>For Siemens Industrial Edge gateways, specify the <code>siemensIE</code> parameter with a
   * valid IoT Core thing name.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Gateway.GatewayPlatform}.
   */
  public static final class GatewayPlatform extends Struct<GatewayPlatform> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTSiteWise::Gateway.GatewayPlatform");

    public GatewayPlatform() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Greengrass}. */
    public GatewayPlatform greengrass(Value<Greengrass> value) {
      return set("Greengrass", value);
    }

    /**
     * A gateway that runs on AWS IoT Greengrass V2 .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code GreengrassV2}.
     */
    public GatewayPlatform greengrassV2(Value<GreengrassV2> value) {
      return set("GreengrassV2", value);
    }

    /**
     * An AWS IoT SiteWise Edge gateway that runs on a Siemens Industrial Edge Device.
     *
     * <p>CloudFormation property {@code SiemensIE}.
     */
    public GatewayPlatform siemensIE(Value<SiemensIE> value) {
      return set("SiemensIE", value);
    }
  }

  /** Property type {@code AWS::IoTSiteWise::Gateway.Greengrass}. */
  public static final class Greengrass extends Struct<Greengrass> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Gateway.Greengrass")
        .required("GroupArn")
        .build();

    public Greengrass() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code GroupArn}. */
    public Greengrass groupArn(String value) {
      return set("GroupArn", Value.of(value));
    }

    /** Sets {@code GroupArn} to this value; see {@link #groupArn(String)}. */
    public Greengrass groupArn(Value<String> value) {
      return set("GroupArn", value);
    }
  }

  /**
   * Contains details for a gateway that runs on AWS IoT Greengrass V2 . To create a gateway that
   * runs on AWS IoT Greengrass V2 , you must deploy the IoT SiteWise Edge component to your gateway
   * device. Your <a
   * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/device-service-role.html">Greengrass
   * device role</a> must use the <code>AWSIoTSiteWiseEdgeAccess</code> policy. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/sw-gateways.html">Using AWS IoT
   * SiteWise at the edge</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>Property type {@code AWS::IoTSiteWise::Gateway.GreengrassV2}.
   */
  public static final class GreengrassV2 extends Struct<GreengrassV2> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Gateway.GreengrassV2")
        .required("CoreDeviceThingName")
        .allowed("CoreDeviceOperatingSystem", "LINUX_AARCH64", "LINUX_AMD64", "WINDOWS_AMD64")
        .constrain("CoreDeviceThingName", Constraint.of().pattern("^[a-zA-Z0-9:_-]+$").minLength(1).maxLength(128))
        .build();

    public GreengrassV2() {
      super(SCHEMA);
    }

    /**
     * The operating system of the core device in AWS IoT Greengrass V2.
     *
     * <p>Allowed values: {@code LINUX_AARCH64}, {@code LINUX_AMD64}, {@code WINDOWS_AMD64}.
     * CloudFormation property {@code CoreDeviceOperatingSystem}.
     */
    public GreengrassV2 coreDeviceOperatingSystem(String value) {
      return set("CoreDeviceOperatingSystem", Value.of(value));
    }

    /**
     * Sets {@code CoreDeviceOperatingSystem} to this value; see {@link
     * #coreDeviceOperatingSystem(String)}.
     */
    public GreengrassV2 coreDeviceOperatingSystem(Value<String> value) {
      return set("CoreDeviceOperatingSystem", value);
    }

    /**
     * The name of the AWS IoT thing for your AWS IoT Greengrass V2 core device.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
     * ^[a-zA-Z0-9:_-]+$}. CloudFormation property {@code CoreDeviceThingName}.
     */
    public GreengrassV2 coreDeviceThingName(String value) {
      return set("CoreDeviceThingName", Value.of(value));
    }

    /** Sets {@code CoreDeviceThingName} to this value; see {@link #coreDeviceThingName(String)}. */
    public GreengrassV2 coreDeviceThingName(Value<String> value) {
      return set("CoreDeviceThingName", value);
    }
  }

  /**
   * Contains details for a AWS IoT SiteWise Edge gateway that runs on a Siemens Industrial Edge
   * Device.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Gateway.SiemensIE}.
   */
  public static final class SiemensIE extends Struct<SiemensIE> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Gateway.SiemensIE")
        .required("IotCoreThingName")
        .constrain("IotCoreThingName", Constraint.of().pattern("^[a-zA-Z0-9:_-]+$").minLength(1).maxLength(128))
        .build();

    public SiemensIE() {
      super(SCHEMA);
    }

    /**
     * The name of the AWS IoT Thing for your AWS IoT SiteWise Edge gateway.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9:_-]+$}. CloudFormation
     * property {@code IotCoreThingName}.
     */
    public SiemensIE iotCoreThingName(String value) {
      return set("IotCoreThingName", Value.of(value));
    }

    /** Sets {@code IotCoreThingName} to this value; see {@link #iotCoreThingName(String)}. */
    public SiemensIE iotCoreThingName(Value<String> value) {
      return set("IotCoreThingName", value);
    }
  }
}
