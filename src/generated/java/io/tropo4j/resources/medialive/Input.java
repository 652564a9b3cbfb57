// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.medialive;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::MediaLive::Input resource is a MediaLive resource type that creates an input.
 *
 * <p>A MediaLive input holds information that describes how the MediaLive channel is connected to
 * the upstream system that is providing the source content that is to be transcoded.
 *
 * <p>CloudFormation type {@code AWS::MediaLive::Input}.
 */
public final class Input extends Resource<Input> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Input")
      .allowed("InputNetworkLocation", "AWS", "ON_PREMISES")
      .constrain("InputSecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("Tags", Constraint.of().format("json"))
      .allowed("Type", "UDP_PUSH", "RTP_PUSH", "RTMP_PUSH", "RTMP_PULL", "URL_PULL", "MP4_FILE",
          "MEDIACONNECT", "INPUT_DEVICE", "AWS_CDI", "TS_FILE", "SRT_CALLER", "MULTICAST",
          "SMPTE_2110_RECEIVER_GROUP", "SDI", "MEDIACONNECT_ROUTER", "SRT_LISTENER")
      .refYields("Id")
      .attributes("Arn", "Destinations", "Id", "Sources")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Input(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Settings that apply only if the input is a push type of input.
   *
   * <p>CloudFormation property {@code Destinations}.
   */
  public Input destinations(List<InputDestinationRequest> value) {
    return set("Destinations", Value.listOf(value));
  }

  /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
  public Input destinations(Value<List<InputDestinationRequest>> value) {
    return set("Destinations", value);
  }

  /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
  public Input destinations(InputDestinationRequest... values) {
    return set("Destinations", Value.list(values));
  }

  /**
   * Settings that apply only if the input is an Elemental Link input.
   *
   * <p>CloudFormation property {@code InputDevices}.
   */
  public Input inputDevices(List<InputDeviceSettings> value) {
    return set("InputDevices", Value.listOf(value));
  }

  /** Sets {@code InputDevices} to this value; see {@link #inputDevices(List)}. */
  public Input inputDevices(Value<List<InputDeviceSettings>> value) {
    return set("InputDevices", value);
  }

  /** Sets {@code InputDevices} to a list of these; see {@link #inputDevices(List)}. */
  public Input inputDevices(InputDeviceSettings... values) {
    return set("InputDevices", Value.list(values));
  }

  /**
   * Changing it replaces the resource. Allowed values: {@code AWS}, {@code ON_PREMISES}.
   * CloudFormation property {@code InputNetworkLocation}.
   */
  public Input inputNetworkLocation(String value) {
    return set("InputNetworkLocation", Value.of(value));
  }

  /** Sets {@code InputNetworkLocation} to this value; see {@link #inputNetworkLocation(String)}. */
  public Input inputNetworkLocation(Value<String> value) {
    return set("InputNetworkLocation", value);
  }

  /**
   * The list of input security groups (referenced by IDs) to attach to the input if the input is a
   * push type.
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * InputSecurityGroups}.
   */
  public Input inputSecurityGroups(List<String> value) {
    return set("InputSecurityGroups", Value.listOf(value));
  }

  /** Sets {@code InputSecurityGroups} to this value; see {@link #inputSecurityGroups(List)}. */
  public Input inputSecurityGroups(Value<List<String>> value) {
    return set("InputSecurityGroups", value);
  }

  /**
   * Settings that apply only if the input is a MediaConnect input.
   *
   * <p>CloudFormation property {@code MediaConnectFlows}.
   */
  public Input mediaConnectFlows(List<MediaConnectFlowRequest> value) {
    return set("MediaConnectFlows", Value.listOf(value));
  }

  /** Sets {@code MediaConnectFlows} to this value; see {@link #mediaConnectFlows(List)}. */
  public Input mediaConnectFlows(Value<List<MediaConnectFlowRequest>> value) {
    return set("MediaConnectFlows", value);
  }

  /** Sets {@code MediaConnectFlows} to a list of these; see {@link #mediaConnectFlows(List)}. */
  public Input mediaConnectFlows(MediaConnectFlowRequest... values) {
    return set("MediaConnectFlows", Value.list(values));
  }

  /** CloudFormation property {@code MulticastSettings}. */
  public Input multicastSettings(Value<MulticastSettingsCreateRequest> value) {
    return set("MulticastSettings", value);
  }

  /**
   * A name for the input.
   *
   * <p>CloudFormation property {@code Name}.
   */
  public Input name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Input name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The IAM role for MediaLive to assume when creating a MediaConnect input or Amazon VPC input.
   * This doesn't apply to other types of inputs. The role is identified by its ARN.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Input roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Input roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code RouterSettings}. */
  public Input routerSettings(Value<RouterSettings> value) {
    return set("RouterSettings", value);
  }

  /** CloudFormation property {@code SdiSources}. */
  public Input sdiSources(List<String> value) {
    return set("SdiSources", Value.listOf(value));
  }

  /** Sets {@code SdiSources} to this value; see {@link #sdiSources(List)}. */
  public Input sdiSources(Value<List<String>> value) {
    return set("SdiSources", value);
  }

  /** CloudFormation property {@code Smpte2110ReceiverGroupSettings}. */
  public Input smpte2110ReceiverGroupSettings(Value<Smpte2110ReceiverGroupSettings> value) {
    return set("Smpte2110ReceiverGroupSettings", value);
  }

  /**
   * Settings that apply only if the input is a pull type of input.
   *
   * <p>CloudFormation property {@code Sources}.
   */
  public Input sources(List<InputSourceRequest> value) {
    return set("Sources", Value.listOf(value));
  }

  /** Sets {@code Sources} to this value; see {@link #sources(List)}. */
  public Input sources(Value<List<InputSourceRequest>> value) {
    return set("Sources", value);
  }

  /** Sets {@code Sources} to a list of these; see {@link #sources(List)}. */
  public Input sources(InputSourceRequest... values) {
    return set("Sources", Value.list(values));
  }

  /** CloudFormation property {@code SrtSettings}. */
  public Input srtSettings(Value<SrtSettingsRequest> value) {
    return set("SrtSettings", value);
  }

  /**
   * A collection of tags for this input. Each tag is a key-value pair.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public Input tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Input tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The type for this input.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code UDP_PUSH}, {@code RTP_PUSH},
   * {@code RTMP_PUSH}, {@code RTMP_PULL}, {@code URL_PULL}, {@code MP4_FILE}, {@code MEDIACONNECT},
   * {@code INPUT_DEVICE}, {@code AWS_CDI}, {@code TS_FILE}, {@code SRT_CALLER}, {@code MULTICAST},
   * {@code SMPTE_2110_RECEIVER_GROUP}, {@code SDI}, {@code MEDIACONNECT_ROUTER}, {@code
   * SRT_LISTENER}. CloudFormation property {@code Type}.
   */
  public Input typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Input typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * Settings that apply only if the input is an push input where the source is on Amazon VPC.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Vpc}.
   */
  public Input vpc(Value<InputVpcRequest> value) {
    return set("Vpc", value);
  }

  /**
   * The ARN of the MediaLive input. For example:
   * arn:aws:medialive:us-west-1:111122223333:medialive:input:1234567. MediaLive creates this ARN
   * when it creates the input.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * For a push input, the the destination or destinations for the input. The destinations are the
   * URLs of locations on MediaLive where the upstream system pushes the content to, for this input.
   * MediaLive creates these addresses when it creates the input.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Destinations}.
   */
  public Value<List<String>> destinations() {
    return getAtt("Destinations");
  }

  /**
   * The unique ID for the device.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * For a pull input, the source or sources for the input. The sources are the URLs of locations on
   * the upstream system where MediaLive pulls the content from, for this input. You included these
   * URLs in the create request.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Sources}.
   */
  public Value<List<String>> sources() {
    return getAtt("Sources");
  }

  /**
   * Settings that apply only if the input is a push type of input.
   *
   * <p>The parent of this entity is Input.
   *
   * <p>Property type {@code AWS::MediaLive::Input.InputDestinationRequest}.
   */
  public static final class InputDestinationRequest extends Struct<InputDestinationRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.InputDestinationRequest");

    public InputDestinationRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Network}. */
    public InputDestinationRequest network(String value) {
      return set("Network", Value.of(value));
    }

    /** Sets {@code Network} to this value; see {@link #network(String)}. */
    public InputDestinationRequest network(Value<String> value) {
      return set("Network", value);
    }

    /** CloudFormation property {@code NetworkRoutes}. */
    public InputDestinationRequest networkRoutes(List<InputRequestDestinationRoute> value) {
      return set("NetworkRoutes", Value.listOf(value));
    }

    /** Sets {@code NetworkRoutes} to this value; see {@link #networkRoutes(List)}. */
    public InputDestinationRequest networkRoutes(Value<List<InputRequestDestinationRoute>> value) {
      return set("NetworkRoutes", value);
    }

    /** Sets {@code NetworkRoutes} to a list of these; see {@link #networkRoutes(List)}. */
    public InputDestinationRequest networkRoutes(InputRequestDestinationRoute... values) {
      return set("NetworkRoutes", Value.list(values));
    }

    /** CloudFormation property {@code StaticIpAddress}. */
    public InputDestinationRequest staticIpAddress(String value) {
      return set("StaticIpAddress", Value.of(value));
    }

    /** Sets {@code StaticIpAddress} to this value; see {@link #staticIpAddress(String)}. */
    public InputDestinationRequest staticIpAddress(Value<String> value) {
      return set("StaticIpAddress", value);
    }

    /**
     * The stream name (application name/application instance) for the location the RTMP source
     * content will be pushed to in MediaLive.
     *
     * <p>CloudFormation property {@code StreamName}.
     */
    public InputDestinationRequest streamName(String value) {
      return set("StreamName", Value.of(value));
    }

    /** Sets {@code StreamName} to this value; see {@link #streamName(String)}. */
    public InputDestinationRequest streamName(Value<String> value) {
      return set("StreamName", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Input.InputDeviceRequest}. */
  public static final class InputDeviceRequest extends Struct<InputDeviceRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.InputDeviceRequest");

    public InputDeviceRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Id}. */
    public InputDeviceRequest id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public InputDeviceRequest id(Value<String> value) {
      return set("Id", value);
    }
  }

  /**
   * Settings that apply only if the input is an Elemental Link input.
   *
   * <p>The parent of this entity is Input.
   *
   * <p>Property type {@code AWS::MediaLive::Input.InputDeviceSettings}.
   */
  public static final class InputDeviceSettings extends Struct<InputDeviceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.InputDeviceSettings");

    public InputDeviceSettings() {
      super(SCHEMA);
    }

    /**
     * The unique ID for the device.
     *
     * <p>CloudFormation property {@code Id}.
     */
    public InputDeviceSettings id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public InputDeviceSettings id(Value<String> value) {
      return set("Id", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Input.InputRequestDestinationRoute}. */
  public static final class InputRequestDestinationRoute extends Struct<InputRequestDestinationRoute> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Input.InputRequestDestinationRoute")
        .constrain("Cidr", Constraint.of().format("ipv4-network"))
        .build();

    public InputRequestDestinationRoute() {
      super(SCHEMA);
    }

    /** Format: {@code ipv4-network}. CloudFormation property {@code Cidr}. */
    public InputRequestDestinationRoute cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public InputRequestDestinationRoute cidr(Value<String> value) {
      return set("Cidr", value);
    }

    /** CloudFormation property {@code Gateway}. */
    public InputRequestDestinationRoute gateway(String value) {
      return set("Gateway", Value.of(value));
    }

    /** Sets {@code Gateway} to this value; see {@link #gateway(String)}. */
    public InputRequestDestinationRoute gateway(Value<String> value) {
      return set("Gateway", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Input.InputSdpLocation}. */
  public static final class InputSdpLocation extends Struct<InputSdpLocation> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.InputSdpLocation");

    public InputSdpLocation() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MediaIndex}. */
    public InputSdpLocation mediaIndex(int value) {
      return set("MediaIndex", Value.of(value));
    }

    /** Sets {@code MediaIndex} to this value; see {@link #mediaIndex(int)}. */
    public InputSdpLocation mediaIndex(Value<Integer> value) {
      return set("MediaIndex", value);
    }

    /** CloudFormation property {@code SdpUrl}. */
    public InputSdpLocation sdpUrl(String value) {
      return set("SdpUrl", Value.of(value));
    }

    /** Sets {@code SdpUrl} to this value; see {@link #sdpUrl(String)}. */
    public InputSdpLocation sdpUrl(Value<String> value) {
      return set("SdpUrl", value);
    }
  }

  /**
   * Settings that apply only if the input is a pull type of input.
   *
   * <p>The parent of this entity is Input.
   *
   * <p>Property type {@code AWS::MediaLive::Input.InputSourceRequest}.
   */
  public static final class InputSourceRequest extends Struct<InputSourceRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.InputSourceRequest");

    public InputSourceRequest() {
      super(SCHEMA);
    }

    /**
     * The password parameter that holds the password for accessing the upstream system. The
     * password parameter applies only if the upstream system requires credentials.
     *
     * <p>CloudFormation property {@code PasswordParam}.
     */
    public InputSourceRequest passwordParam(String value) {
      return set("PasswordParam", Value.of(value));
    }

    /** Sets {@code PasswordParam} to this value; see {@link #passwordParam(String)}. */
    public InputSourceRequest passwordParam(Value<String> value) {
      return set("PasswordParam", value);
    }

    /**
     * For a pull input, the URL where MediaLive pulls the source content from.
     *
     * <p>CloudFormation property {@code Url}.
     */
    public InputSourceRequest url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public InputSourceRequest url(Value<String> value) {
      return set("Url", value);
    }

    /**
     * The user name to connect to the upstream system. The user name applies only if the upstream
     * system requires credentials.
     *
     * <p>CloudFormation property {@code Username}.
     */
    public InputSourceRequest username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public InputSourceRequest username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * Settings that apply only if the input is an push input where the source is on Amazon VPC.
   *
   * <p>The parent of this entity is Input.
   *
   * <p>Property type {@code AWS::MediaLive::Input.InputVpcRequest}.
   */
  public static final class InputVpcRequest extends Struct<InputVpcRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Input.InputVpcRequest")
        .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .build();

    public InputVpcRequest() {
      super(SCHEMA);
    }

    /**
     * The list of up to five VPC security group IDs to attach to the input VPC network interfaces.
     * The security groups require subnet IDs. If none are specified, MediaLive uses the VPC default
     * security group.
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroupIds}.
     */
    public InputVpcRequest securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public InputVpcRequest securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The list of two VPC subnet IDs from the same VPC. You must associate subnet IDs to two unique
     * Availability Zones.
     *
     * <p>CloudFormation property {@code SubnetIds}.
     */
    public InputVpcRequest subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public InputVpcRequest subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /**
   * Settings that apply only if the input is a MediaConnect input.
   *
   * <p>The parent of this entity is Input.
   *
   * <p>Property type {@code AWS::MediaLive::Input.MediaConnectFlowRequest}.
   */
  public static final class MediaConnectFlowRequest extends Struct<MediaConnectFlowRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.MediaConnectFlowRequest");

    public MediaConnectFlowRequest() {
      super(SCHEMA);
    }

    /**
     * The ARN of one or two MediaConnect flows that are the sources for this MediaConnect input.
     *
     * <p>CloudFormation property {@code FlowArn}.
     */
    public MediaConnectFlowRequest flowArn(String value) {
      return set("FlowArn", Value.of(value));
    }

    /** Sets {@code FlowArn} to this value; see {@link #flowArn(String)}. */
    public MediaConnectFlowRequest flowArn(Value<String> value) {
      return set("FlowArn", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Input.MulticastSettingsCreateRequest}. */
  public static final class MulticastSettingsCreateRequest extends Struct<MulticastSettingsCreateRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.MulticastSettingsCreateRequest");

    public MulticastSettingsCreateRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Sources}. */
    public MulticastSettingsCreateRequest sources(List<MulticastSourceCreateRequest> value) {
      return set("Sources", Value.listOf(value));
    }

    /** Sets {@code Sources} to this value; see {@link #sources(List)}. */
    public MulticastSettingsCreateRequest sources(Value<List<MulticastSourceCreateRequest>> value) {
      return set("Sources", value);
    }

    /** Sets {@code Sources} to a list of these; see {@link #sources(List)}. */
    public MulticastSettingsCreateRequest sources(MulticastSourceCreateRequest... values) {
      return set("Sources", Value.list(values));
    }
  }

  /** Property type {@code AWS::MediaLive::Input.MulticastSourceCreateRequest}. */
  public static final class MulticastSourceCreateRequest extends Struct<MulticastSourceCreateRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.MulticastSourceCreateRequest");

    public MulticastSourceCreateRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code SourceIp}. */
    public MulticastSourceCreateRequest sourceIp(String value) {
      return set("SourceIp", Value.of(value));
    }

    /** Sets {@code SourceIp} to this value; see {@link #sourceIp(String)}. */
    public MulticastSourceCreateRequest sourceIp(Value<String> value) {
      return set("SourceIp", value);
    }

    /** CloudFormation property {@code Url}. */
    public MulticastSourceCreateRequest url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public MulticastSourceCreateRequest url(Value<String> value) {
      return set("Url", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Input.RouterDestinationSettings}. */
  public static final class RouterDestinationSettings extends Struct<RouterDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.RouterDestinationSettings");

    public RouterDestinationSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AvailabilityZoneName}. */
    public RouterDestinationSettings availabilityZoneName(String value) {
      return set("AvailabilityZoneName", Value.of(value));
    }

    /**
     * Sets {@code AvailabilityZoneName} to this value; see {@link #availabilityZoneName(String)}.
     */
    public RouterDestinationSettings availabilityZoneName(Value<String> value) {
      return set("AvailabilityZoneName", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Input.RouterSettings}. */
  public static final class RouterSettings extends Struct<RouterSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Input.RouterSettings")
        .allowed("EncryptionType", "AUTOMATIC", "SECRETS_MANAGER")
        .build();

    public RouterSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Destinations}. */
    public RouterSettings destinations(List<RouterDestinationSettings> value) {
      return set("Destinations", Value.listOf(value));
    }

    /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
    public RouterSettings destinations(Value<List<RouterDestinationSettings>> value) {
      return set("Destinations", value);
    }

    /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
    public RouterSettings destinations(RouterDestinationSettings... values) {
      return set("Destinations", Value.list(values));
    }

    /**
     * Allowed values: {@code AUTOMATIC}, {@code SECRETS_MANAGER}. CloudFormation property {@code
     * EncryptionType}.
     */
    public RouterSettings encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public RouterSettings encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }

    /** CloudFormation property {@code SecretArn}. */
    public RouterSettings secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public RouterSettings secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Input.Smpte2110ReceiverGroup}. */
  public static final class Smpte2110ReceiverGroup extends Struct<Smpte2110ReceiverGroup> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.Smpte2110ReceiverGroup");

    public Smpte2110ReceiverGroup() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code SdpSettings}. */
    public Smpte2110ReceiverGroup sdpSettings(Value<Smpte2110ReceiverGroupSdpSettings> value) {
      return set("SdpSettings", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Input.Smpte2110ReceiverGroupSdpSettings}. */
  public static final class Smpte2110ReceiverGroupSdpSettings extends Struct<Smpte2110ReceiverGroupSdpSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.Smpte2110ReceiverGroupSdpSettings");

    public Smpte2110ReceiverGroupSdpSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AncillarySdps}. */
    public Smpte2110ReceiverGroupSdpSettings ancillarySdps(List<InputSdpLocation> value) {
      return set("AncillarySdps", Value.listOf(value));
    }

    /** Sets {@code AncillarySdps} to this value; see {@link #ancillarySdps(List)}. */
    public Smpte2110ReceiverGroupSdpSettings ancillarySdps(Value<List<InputSdpLocation>> value) {
      return set("AncillarySdps", value);
    }

    /** Sets {@code AncillarySdps} to a list of these; see {@link #ancillarySdps(List)}. */
    public Smpte2110ReceiverGroupSdpSettings ancillarySdps(InputSdpLocation... values) {
      return set("AncillarySdps", Value.list(values));
    }

    /** CloudFormation property {@code AudioSdps}. */
    public Smpte2110ReceiverGroupSdpSettings audioSdps(List<InputSdpLocation> value) {
      return set("AudioSdps", Value.listOf(value));
    }

    /** Sets {@code AudioSdps} to this value; see {@link #audioSdps(List)}. */
    public Smpte2110ReceiverGroupSdpSettings audioSdps(Value<List<InputSdpLocation>> value) {
      return set("AudioSdps", value);
    }

    /** Sets {@code AudioSdps} to a list of these; see {@link #audioSdps(List)}. */
    public Smpte2110ReceiverGroupSdpSettings audioSdps(InputSdpLocation... values) {
      return set("AudioSdps", Value.list(values));
    }

    /** CloudFormation property {@code VideoSdp}. */
    public Smpte2110ReceiverGroupSdpSettings videoSdp(Value<InputSdpLocation> value) {
      return set("VideoSdp", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Input.Smpte2110ReceiverGroupSettings}. */
  public static final class Smpte2110ReceiverGroupSettings extends Struct<Smpte2110ReceiverGroupSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.Smpte2110ReceiverGroupSettings");

    public Smpte2110ReceiverGroupSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Smpte2110ReceiverGroups}. */
    public Smpte2110ReceiverGroupSettings smpte2110ReceiverGroups(List<Smpte2110ReceiverGroup> value) {
      return set("Smpte2110ReceiverGroups", Value.listOf(value));
    }

    /**
     * Sets {@code Smpte2110ReceiverGroups} to this value; see {@link
     * #smpte2110ReceiverGroups(List)}.
     */
    public Smpte2110ReceiverGroupSettings smpte2110ReceiverGroups(Value<List<Smpte2110ReceiverGroup>> value) {
      return set("Smpte2110ReceiverGroups", value);
    }

    /**
     * Sets {@code Smpte2110ReceiverGroups} to a list of these; see {@link
     * #smpte2110ReceiverGroups(List)}.
     */
    public Smpte2110ReceiverGroupSettings smpte2110ReceiverGroups(Smpte2110ReceiverGroup... values) {
      return set("Smpte2110ReceiverGroups", Value.list(values));
    }
  }

  /** Property type {@code AWS::MediaLive::Input.SrtCallerDecryptionRequest}. */
  public static final class SrtCallerDecryptionRequest extends Struct<SrtCallerDecryptionRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Input.SrtCallerDecryptionRequest")
        .allowed("Algorithm", "AES128", "AES192", "AES256")
        .build();

    public SrtCallerDecryptionRequest() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code AES128}, {@code AES192}, {@code AES256}. CloudFormation property
     * {@code Algorithm}.
     */
    public SrtCallerDecryptionRequest algorithm(String value) {
      return set("Algorithm", Value.of(value));
    }

    /** Sets {@code Algorithm} to this value; see {@link #algorithm(String)}. */
    public SrtCallerDecryptionRequest algorithm(Value<String> value) {
      return set("Algorithm", value);
    }

    /** CloudFormation property {@code PassphraseSecretArn}. */
    public SrtCallerDecryptionRequest passphraseSecretArn(String value) {
      return set("PassphraseSecretArn", Value.of(value));
    }

    /** Sets {@code PassphraseSecretArn} to this value; see {@link #passphraseSecretArn(String)}. */
    public SrtCallerDecryptionRequest passphraseSecretArn(Value<String> value) {
      return set("PassphraseSecretArn", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Input.SrtCallerSourceRequest}. */
  public static final class SrtCallerSourceRequest extends Struct<SrtCallerSourceRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.SrtCallerSourceRequest");

    public SrtCallerSourceRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Decryption}. */
    public SrtCallerSourceRequest decryption(Value<SrtCallerDecryptionRequest> value) {
      return set("Decryption", value);
    }

    /** CloudFormation property {@code MinimumLatency}. */
    public SrtCallerSourceRequest minimumLatency(int value) {
      return set("MinimumLatency", Value.of(value));
    }

    /** Sets {@code MinimumLatency} to this value; see {@link #minimumLatency(int)}. */
    public SrtCallerSourceRequest minimumLatency(Value<Integer> value) {
      return set("MinimumLatency", value);
    }

    /** CloudFormation property {@code SrtListenerAddress}. */
    public SrtCallerSourceRequest srtListenerAddress(String value) {
      return set("SrtListenerAddress", Value.of(value));
    }

    /** Sets {@code SrtListenerAddress} to this value; see {@link #srtListenerAddress(String)}. */
    public SrtCallerSourceRequest srtListenerAddress(Value<String> value) {
      return set("SrtListenerAddress", value);
    }

    /** CloudFormation property {@code SrtListenerPort}. */
    public SrtCallerSourceRequest srtListenerPort(String value) {
      return set("SrtListenerPort", Value.of(value));
    }

    /** Sets {@code SrtListenerPort} to this value; see {@link #srtListenerPort(String)}. */
    public SrtCallerSourceRequest srtListenerPort(Value<String> value) {
      return set("SrtListenerPort", value);
    }

    /** CloudFormation property {@code StreamId}. */
    public SrtCallerSourceRequest streamId(String value) {
      return set("StreamId", Value.of(value));
    }

    /** Sets {@code StreamId} to this value; see {@link #streamId(String)}. */
    public SrtCallerSourceRequest streamId(Value<String> value) {
      return set("StreamId", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Input.SrtListenerDecryptionRequest}. */
  public static final class SrtListenerDecryptionRequest extends Struct<SrtListenerDecryptionRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Input.SrtListenerDecryptionRequest")
        .allowed("Algorithm", "AES128", "AES192", "AES256")
        .build();

    public SrtListenerDecryptionRequest() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code AES128}, {@code AES192}, {@code AES256}. CloudFormation property
     * {@code Algorithm}.
     */
    public SrtListenerDecryptionRequest algorithm(String value) {
      return set("Algorithm", Value.of(value));
    }

    /** Sets {@code Algorithm} to this value; see {@link #algorithm(String)}. */
    public SrtListenerDecryptionRequest algorithm(Value<String> value) {
      return set("Algorithm", value);
    }

    /** CloudFormation property {@code PassphraseSecretArn}. */
    public SrtListenerDecryptionRequest passphraseSecretArn(String value) {
      return set("PassphraseSecretArn", Value.of(value));
    }

    /** Sets {@code PassphraseSecretArn} to this value; see {@link #passphraseSecretArn(String)}. */
    public SrtListenerDecryptionRequest passphraseSecretArn(Value<String> value) {
      return set("PassphraseSecretArn", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Input.SrtListenerSettingsRequest}. */
  public static final class SrtListenerSettingsRequest extends Struct<SrtListenerSettingsRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.SrtListenerSettingsRequest");

    public SrtListenerSettingsRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Decryption}. */
    public SrtListenerSettingsRequest decryption(Value<SrtListenerDecryptionRequest> value) {
      return set("Decryption", value);
    }

    /** CloudFormation property {@code MinimumLatency}. */
    public SrtListenerSettingsRequest minimumLatency(int value) {
      return set("MinimumLatency", Value.of(value));
    }

    /** Sets {@code MinimumLatency} to this value; see {@link #minimumLatency(int)}. */
    public SrtListenerSettingsRequest minimumLatency(Value<Integer> value) {
      return set("MinimumLatency", value);
    }

    /** CloudFormation property {@code StreamId}. */
    public SrtListenerSettingsRequest streamId(String value) {
      return set("StreamId", Value.of(value));
    }

    /** Sets {@code StreamId} to this value; see {@link #streamId(String)}. */
    public SrtListenerSettingsRequest streamId(Value<String> value) {
      return set("StreamId", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Input.SrtSettingsRequest}. */
  public static final class SrtSettingsRequest extends Struct<SrtSettingsRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Input.SrtSettingsRequest");

    public SrtSettingsRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code SrtCallerSources}. */
    public SrtSettingsRequest srtCallerSources(List<SrtCallerSourceRequest> value) {
      return set("SrtCallerSources", Value.listOf(value));
    }

    /** Sets {@code SrtCallerSources} to this value; see {@link #srtCallerSources(List)}. */
    public SrtSettingsRequest srtCallerSources(Value<List<SrtCallerSourceRequest>> value) {
      return set("SrtCallerSources", value);
    }

    /** Sets {@code SrtCallerSources} to a list of these; see {@link #srtCallerSources(List)}. */
    public SrtSettingsRequest srtCallerSources(SrtCallerSourceRequest... values) {
      return set("SrtCallerSources", Value.list(values));
    }

    /** CloudFormation property {@code SrtListenerSettings}. */
    public SrtSettingsRequest srtListenerSettings(Value<SrtListenerSettingsRequest> value) {
      return set("SrtListenerSettings", value);
    }
  }
}
