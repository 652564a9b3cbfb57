// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotfleetwise;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates the decoder manifest associated with a model manifest. To create a decoder manifest, the
 * following must be true:
 *
 * <ul> <li>Every signal decoder has a unique name. <li>Each signal decoder is associated with a
 * network interface. <li>Each network interface has a unique ID. <li>The signal decoders are
 * specified in the model manifest. </ul>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/decoder-manifests.html">Decoder
 * manifests</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
 *
 * <p>Access to certain AWS IoT FleetWise features is currently gated. For more information, see <a
 * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleetwise-regions.html">AWS
 * Region and feature availability</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTFleetWise::DecoderManifest}.
 */
public final class DecoderManifest extends Resource<DecoderManifest> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::DecoderManifest")
      .required("ModelManifestArn", "Name")
      .allowed("DefaultForUnmappedSignals", "CUSTOM_DECODING")
      .constrain("Description", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z\\d\\-_:]+$").minLength(1).maxLength(100))
      .allowed("Status", "ACTIVE", "DRAFT")
      .refYields("Name")
      .attributes("Arn", "CreationTime", "LastModificationTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DecoderManifest(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Use default decoders for all unmapped signals in the model. You don't need to provide any
   * detailed decoding information.
   *
   * <p>Allowed values: {@code CUSTOM_DECODING}. CloudFormation property {@code
   * DefaultForUnmappedSignals}.
   */
  public DecoderManifest defaultForUnmappedSignals(String value) {
    return set("DefaultForUnmappedSignals", Value.of(value));
  }

  /**
   * Sets {@code DefaultForUnmappedSignals} to this value; see {@link
   * #defaultForUnmappedSignals(String)}.
   */
  public DecoderManifest defaultForUnmappedSignals(Value<String> value) {
    return set("DefaultForUnmappedSignals", value);
  }

  /**
   * A brief description of the decoder manifest.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
   * CloudFormation property {@code Description}.
   */
  public DecoderManifest description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DecoderManifest description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of a vehicle model (model manifest) associated with the decoder
   * manifest.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ModelManifestArn}.
   */
  public DecoderManifest modelManifestArn(String value) {
    return set("ModelManifestArn", Value.of(value));
  }

  /** Sets {@code ModelManifestArn} to this value; see {@link #modelManifestArn(String)}. */
  public DecoderManifest modelManifestArn(Value<String> value) {
    return set("ModelManifestArn", value);
  }

  /**
   * The name of the decoder manifest.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z&#92;d&#92;-_:]+$}. CloudFormation property {@code Name}.
   */
  public DecoderManifest name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DecoderManifest name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of information about available network interfaces.
   *
   * <p>CloudFormation property {@code NetworkInterfaces}.
   */
  public DecoderManifest networkInterfaces(List<Object> value) {
    return set("NetworkInterfaces", Value.listOf(value));
  }

  /** Sets {@code NetworkInterfaces} to this value; see {@link #networkInterfaces(List)}. */
  public DecoderManifest networkInterfaces(Value<List<Object>> value) {
    return set("NetworkInterfaces", value);
  }

  /**
   * A list of information about signal decoders.
   *
   * <p>CloudFormation property {@code SignalDecoders}.
   */
  public DecoderManifest signalDecoders(List<Object> value) {
    return set("SignalDecoders", Value.listOf(value));
  }

  /** Sets {@code SignalDecoders} to this value; see {@link #signalDecoders(List)}. */
  public DecoderManifest signalDecoders(Value<List<Object>> value) {
    return set("SignalDecoders", value);
  }

  /**
   * The state of the decoder manifest. If the status is <code>ACTIVE</code> , the decoder manifest
   * can't be edited. If the status is marked <code>DRAFT</code> , you can edit the decoder
   * manifest.
   *
   * <p>Allowed values: {@code ACTIVE}, {@code DRAFT}. Default: {@code "DRAFT"}. CloudFormation
   * property {@code Status}.
   */
  public DecoderManifest status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public DecoderManifest status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * Metadata that can be used to manage the decoder manifest.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DecoderManifest tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DecoderManifest tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DecoderManifest tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the decoder manifest.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the decoder manifest was created in seconds since epoch (January 1, 1970 at midnight
   * UTC time).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The time the decoder manifest was last updated in seconds since epoch (January 1, 1970 at
   * midnight UTC time).
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModificationTime}.
   */
  public Value<String> lastModificationTime() {
    return getAtt("LastModificationTime");
  }

  /**
   * A single controller area network (CAN) device interface.
   *
   * <p>Property type {@code AWS::IoTFleetWise::DecoderManifest.CanInterface}.
   */
  public static final class CanInterface extends Struct<CanInterface> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::DecoderManifest.CanInterface")
        .required("Name")
        .build();

    public CanInterface() {
      super(SCHEMA);
    }

    /**
     * The unique name of the interface.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public CanInterface name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CanInterface name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The name of the communication protocol for the interface.
     *
     * <p>CloudFormation property {@code ProtocolName}.
     */
    public CanInterface protocolName(String value) {
      return set("ProtocolName", Value.of(value));
    }

    /** Sets {@code ProtocolName} to this value; see {@link #protocolName(String)}. */
    public CanInterface protocolName(Value<String> value) {
      return set("ProtocolName", value);
    }

    /**
     * The version of the communication protocol for the interface.
     *
     * <p>CloudFormation property {@code ProtocolVersion}.
     */
    public CanInterface protocolVersion(String value) {
      return set("ProtocolVersion", Value.of(value));
    }

    /** Sets {@code ProtocolVersion} to this value; see {@link #protocolVersion(String)}. */
    public CanInterface protocolVersion(Value<String> value) {
      return set("ProtocolVersion", value);
    }
  }

  /**
   * Represents a node and its specifications in an in-vehicle communication network. All signal
   * decoders must be associated with a network node.
   *
   * <p>To return this information about all the network interfaces specified in a decoder manifest,
   * use the <a
   * href="https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_ListDecoderManifestNetworkInterfaces.html">ListDecoderManifestNetworkInterfaces</a>
   * in the <em>AWS IoT FleetWise API Reference</em> .
   *
   * <p>Property type {@code AWS::IoTFleetWise::DecoderManifest.CanNetworkInterface}.
   */
  public static final class CanNetworkInterface extends Struct<CanNetworkInterface> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::DecoderManifest.CanNetworkInterface")
        .required("CanInterface", "InterfaceId", "Type")
        .allowed("Type", "CAN_INTERFACE")
        .build();

    public CanNetworkInterface() {
      super(SCHEMA);
    }

    /**
     * Information about a network interface specified by the Controller Area Network (CAN)
     * protocol.
     *
     * <p>Required. CloudFormation property {@code CanInterface}.
     */
    public CanNetworkInterface canInterface(Value<CanInterface> value) {
      return set("CanInterface", value);
    }

    /**
     * The ID of the network interface.
     *
     * <p>Required. CloudFormation property {@code InterfaceId}.
     */
    public CanNetworkInterface interfaceId(String value) {
      return set("InterfaceId", Value.of(value));
    }

    /** Sets {@code InterfaceId} to this value; see {@link #interfaceId(String)}. */
    public CanNetworkInterface interfaceId(Value<String> value) {
      return set("InterfaceId", value);
    }

    /**
     * The network protocol for the vehicle. For example, <code>CAN_SIGNAL</code> specifies a
     * protocol that defines how data is communicated between electronic control units (ECUs).
     * <code>OBD_SIGNAL</code> specifies a protocol that defines how self-diagnostic data is
     * communicated between ECUs.
     *
     * <p>Required. Allowed values: {@code CAN_INTERFACE}. CloudFormation property {@code Type}.
     */
    public CanNetworkInterface type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public CanNetworkInterface type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Information about a single controller area network (CAN) signal and the messages it receives
   * and transmits.
   *
   * <p>Property type {@code AWS::IoTFleetWise::DecoderManifest.CanSignal}.
   */
  public static final class CanSignal extends Struct<CanSignal> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::DecoderManifest.CanSignal")
        .required("Factor", "IsBigEndian", "IsSigned", "Length", "MessageId", "Offset", "StartBit")
        .allowed("SignalValueType", "INTEGER", "FLOATING_POINT")
        .build();

    public CanSignal() {
      super(SCHEMA);
    }

    /**
     * A multiplier used to decode the CAN message.
     *
     * <p>Required. CloudFormation property {@code Factor}.
     */
    public CanSignal factor(String value) {
      return set("Factor", Value.of(value));
    }

    /** Sets {@code Factor} to this value; see {@link #factor(String)}. */
    public CanSignal factor(Value<String> value) {
      return set("Factor", value);
    }

    /** Sets {@code Factor} to this value; see {@link #factor(String)}. */
    public CanSignal factor(double value) {
      return set("Factor", Value.of(value));
    }

    /**
     * Whether the byte ordering of a CAN message is big-endian.
     *
     * <p>Required. CloudFormation property {@code IsBigEndian}.
     */
    public CanSignal isBigEndian(String value) {
      return set("IsBigEndian", Value.of(value));
    }

    /** Sets {@code IsBigEndian} to this value; see {@link #isBigEndian(String)}. */
    public CanSignal isBigEndian(Value<String> value) {
      return set("IsBigEndian", value);
    }

    /** Sets {@code IsBigEndian} to this value; see {@link #isBigEndian(String)}. */
    public CanSignal isBigEndian(boolean value) {
      return set("IsBigEndian", Value.of(value));
    }

    /**
     * Whether the message data is specified as a signed value.
     *
     * <p>Required. CloudFormation property {@code IsSigned}.
     */
    public CanSignal isSigned(String value) {
      return set("IsSigned", Value.of(value));
    }

    /** Sets {@code IsSigned} to this value; see {@link #isSigned(String)}. */
    public CanSignal isSigned(Value<String> value) {
      return set("IsSigned", value);
    }

    /** Sets {@code IsSigned} to this value; see {@link #isSigned(String)}. */
    public CanSignal isSigned(boolean value) {
      return set("IsSigned", Value.of(value));
    }

    /**
     * How many bytes of data are in the message.
     *
     * <p>Required. CloudFormation property {@code Length}.
     */
    public CanSignal length(String value) {
      return set("Length", Value.of(value));
    }

    /** Sets {@code Length} to this value; see {@link #length(String)}. */
    public CanSignal length(Value<String> value) {
      return set("Length", value);
    }

    /** Sets {@code Length} to this value; see {@link #length(String)}. */
    public CanSignal length(int value) {
      return set("Length", Value.of(value));
    }

    /**
     * The ID of the message.
     *
     * <p>Required. CloudFormation property {@code MessageId}.
     */
    public CanSignal messageId(String value) {
      return set("MessageId", Value.of(value));
    }

    /** Sets {@code MessageId} to this value; see {@link #messageId(String)}. */
    public CanSignal messageId(Value<String> value) {
      return set("MessageId", value);
    }

    /** Sets {@code MessageId} to this value; see {@link #messageId(String)}. */
    public CanSignal messageId(int value) {
      return set("MessageId", Value.of(value));
    }

    /**
     * The name of the signal.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public CanSignal name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CanSignal name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The offset used to calculate the signal value. Combined with factor, the calculation is
     * <code>value = raw_value * factor + offset</code> .
     *
     * <p>Required. CloudFormation property {@code Offset}.
     */
    public CanSignal offset(String value) {
      return set("Offset", Value.of(value));
    }

    /** Sets {@code Offset} to this value; see {@link #offset(String)}. */
    public CanSignal offset(Value<String> value) {
      return set("Offset", value);
    }

    /** Sets {@code Offset} to this value; see {@link #offset(String)}. */
    public CanSignal offset(double value) {
      return set("Offset", Value.of(value));
    }

    /**
     * The value type of the signal. The default value is <code>INTEGER</code> .
     *
     * <p>Allowed values: {@code INTEGER}, {@code FLOATING_POINT}. CloudFormation property {@code
     * SignalValueType}.
     */
    public CanSignal signalValueType(String value) {
      return set("SignalValueType", Value.of(value));
    }

    /** Sets {@code SignalValueType} to this value; see {@link #signalValueType(String)}. */
    public CanSignal signalValueType(Value<String> value) {
      return set("SignalValueType", value);
    }

    /**
     * Indicates the beginning of the CAN message.
     *
     * <p>Required. CloudFormation property {@code StartBit}.
     */
    public CanSignal startBit(String value) {
      return set("StartBit", Value.of(value));
    }

    /** Sets {@code StartBit} to this value; see {@link #startBit(String)}. */
    public CanSignal startBit(Value<String> value) {
      return set("StartBit", value);
    }

    /** Sets {@code StartBit} to this value; see {@link #startBit(String)}. */
    public CanSignal startBit(int value) {
      return set("StartBit", Value.of(value));
    }
  }

  /**
   * Information about signal decoder using the Controller Area Network (CAN) protocol.
   *
   * <p>Property type {@code AWS::IoTFleetWise::DecoderManifest.CanSignalDecoder}.
   */
  public static final class CanSignalDecoder extends Struct<CanSignalDecoder> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::DecoderManifest.CanSignalDecoder")
        .required("CanSignal", "FullyQualifiedName", "InterfaceId", "Type")
        .allowed("Type", "CAN_SIGNAL")
        .build();

    public CanSignalDecoder() {
      super(SCHEMA);
    }

    /**
     * Information about a single controller area network (CAN) signal and the messages it receives
     * and transmits.
     *
     * <p>Required. CloudFormation property {@code CanSignal}.
     */
    public CanSignalDecoder canSignal(Value<CanSignal> value) {
      return set("CanSignal", value);
    }

    /**
     * The fully qualified name of a signal decoder as defined in a vehicle model.
     *
     * <p>Required. CloudFormation property {@code FullyQualifiedName}.
     */
    public CanSignalDecoder fullyQualifiedName(String value) {
      return set("FullyQualifiedName", Value.of(value));
    }

    /** Sets {@code FullyQualifiedName} to this value; see {@link #fullyQualifiedName(String)}. */
    public CanSignalDecoder fullyQualifiedName(Value<String> value) {
      return set("FullyQualifiedName", value);
    }

    /**
     * The ID of a network interface that specifies what network protocol a vehicle follows.
     *
     * <p>Required. CloudFormation property {@code InterfaceId}.
     */
    public CanSignalDecoder interfaceId(String value) {
      return set("InterfaceId", Value.of(value));
    }

    /** Sets {@code InterfaceId} to this value; see {@link #interfaceId(String)}. */
    public CanSignalDecoder interfaceId(Value<String> value) {
      return set("InterfaceId", value);
    }

    /**
     * The network protocol for the vehicle. For example, <code>CAN_SIGNAL</code> specifies a
     * protocol that defines how data is communicated between electronic control units (ECUs).
     * <code>OBD_SIGNAL</code> specifies a protocol that defines how self-diagnostic data is
     * communicated between ECUs.
     *
     * <p>Required. Allowed values: {@code CAN_SIGNAL}. CloudFormation property {@code Type}.
     */
    public CanSignalDecoder type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public CanSignalDecoder type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A list of information about available network interfaces.
   *
   * <p>Property type {@code AWS::IoTFleetWise::DecoderManifest.NetworkInterfacesItems}.
   */
  public static final class NetworkInterfacesItems extends Struct<NetworkInterfacesItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::DecoderManifest.NetworkInterfacesItems")
        .required("InterfaceId", "Type")
        .build();

    public NetworkInterfacesItems() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CanInterface}. */
    public NetworkInterfacesItems canInterface(Value<CanInterface> value) {
      return set("CanInterface", value);
    }

    /** Required. CloudFormation property {@code InterfaceId}. */
    public NetworkInterfacesItems interfaceId(String value) {
      return set("InterfaceId", Value.of(value));
    }

    /** Sets {@code InterfaceId} to this value; see {@link #interfaceId(String)}. */
    public NetworkInterfacesItems interfaceId(Value<String> value) {
      return set("InterfaceId", value);
    }

    /** CloudFormation property {@code ObdInterface}. */
    public NetworkInterfacesItems obdInterface(Value<ObdInterface> value) {
      return set("ObdInterface", value);
    }

    /** Required. CloudFormation property {@code Type}. */
    public NetworkInterfacesItems type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public NetworkInterfacesItems type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A network interface that specifies the On-board diagnostic (OBD) II network protocol.
   *
   * <p>Property type {@code AWS::IoTFleetWise::DecoderManifest.ObdInterface}.
   */
  public static final class ObdInterface extends Struct<ObdInterface> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::DecoderManifest.ObdInterface")
        .required("Name", "RequestMessageId")
        .build();

    public ObdInterface() {
      super(SCHEMA);
    }

    /**
     * The maximum number message requests per diagnostic trouble code per second.
     *
     * <p>CloudFormation property {@code DtcRequestIntervalSeconds}.
     */
    public ObdInterface dtcRequestIntervalSeconds(String value) {
      return set("DtcRequestIntervalSeconds", Value.of(value));
    }

    /**
     * Sets {@code DtcRequestIntervalSeconds} to this value; see {@link
     * #dtcRequestIntervalSeconds(String)}.
     */
    public ObdInterface dtcRequestIntervalSeconds(Value<String> value) {
      return set("DtcRequestIntervalSeconds", value);
    }

    /**
     * Sets {@code DtcRequestIntervalSeconds} to this value; see {@link
     * #dtcRequestIntervalSeconds(String)}.
     */
    public ObdInterface dtcRequestIntervalSeconds(int value) {
      return set("DtcRequestIntervalSeconds", Value.of(value));
    }

    /**
     * Whether the vehicle has a transmission control module (TCM).
     *
     * <p>CloudFormation property {@code HasTransmissionEcu}.
     */
    public ObdInterface hasTransmissionEcu(String value) {
      return set("HasTransmissionEcu", Value.of(value));
    }

    /** Sets {@code HasTransmissionEcu} to this value; see {@link #hasTransmissionEcu(String)}. */
    public ObdInterface hasTransmissionEcu(Value<String> value) {
      return set("HasTransmissionEcu", value);
    }

    /** Sets {@code HasTransmissionEcu} to this value; see {@link #hasTransmissionEcu(String)}. */
    public ObdInterface hasTransmissionEcu(boolean value) {
      return set("HasTransmissionEcu", Value.of(value));
    }

    /**
     * The name of the interface.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public ObdInterface name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ObdInterface name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The standard OBD II PID.
     *
     * <p>CloudFormation property {@code ObdStandard}.
     */
    public ObdInterface obdStandard(String value) {
      return set("ObdStandard", Value.of(value));
    }

    /** Sets {@code ObdStandard} to this value; see {@link #obdStandard(String)}. */
    public ObdInterface obdStandard(Value<String> value) {
      return set("ObdStandard", value);
    }

    /**
     * The maximum number message requests per second.
     *
     * <p>CloudFormation property {@code PidRequestIntervalSeconds}.
     */
    public ObdInterface pidRequestIntervalSeconds(String value) {
      return set("PidRequestIntervalSeconds", Value.of(value));
    }

    /**
     * Sets {@code PidRequestIntervalSeconds} to this value; see {@link
     * #pidRequestIntervalSeconds(String)}.
     */
    public ObdInterface pidRequestIntervalSeconds(Value<String> value) {
      return set("PidRequestIntervalSeconds", value);
    }

    /**
     * Sets {@code PidRequestIntervalSeconds} to this value; see {@link
     * #pidRequestIntervalSeconds(String)}.
     */
    public ObdInterface pidRequestIntervalSeconds(int value) {
      return set("PidRequestIntervalSeconds", Value.of(value));
    }

    /**
     * The ID of the message requesting vehicle data.
     *
     * <p>Required. CloudFormation property {@code RequestMessageId}.
     */
    public ObdInterface requestMessageId(String value) {
      return set("RequestMessageId", Value.of(value));
    }

    /** Sets {@code RequestMessageId} to this value; see {@link #requestMessageId(String)}. */
    public ObdInterface requestMessageId(Value<String> value) {
      return set("RequestMessageId", value);
    }

    /** Sets {@code RequestMessageId} to this value; see {@link #requestMessageId(String)}. */
    public ObdInterface requestMessageId(int value) {
      return set("RequestMessageId", Value.of(value));
    }

    /**
     * Whether to use extended IDs in the message.
     *
     * <p>CloudFormation property {@code UseExtendedIds}.
     */
    public ObdInterface useExtendedIds(String value) {
      return set("UseExtendedIds", Value.of(value));
    }

    /** Sets {@code UseExtendedIds} to this value; see {@link #useExtendedIds(String)}. */
    public ObdInterface useExtendedIds(Value<String> value) {
      return set("UseExtendedIds", value);
    }

    /** Sets {@code UseExtendedIds} to this value; see {@link #useExtendedIds(String)}. */
    public ObdInterface useExtendedIds(boolean value) {
      return set("UseExtendedIds", Value.of(value));
    }
  }

  /**
   * Information about a network interface specified by the On-board diagnostic (OBD) II protocol.
   *
   * <p>Property type {@code AWS::IoTFleetWise::DecoderManifest.ObdNetworkInterface}.
   */
  public static final class ObdNetworkInterface extends Struct<ObdNetworkInterface> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::DecoderManifest.ObdNetworkInterface")
        .required("InterfaceId", "ObdInterface", "Type")
        .allowed("Type", "OBD_INTERFACE")
        .build();

    public ObdNetworkInterface() {
      super(SCHEMA);
    }

    /**
     * The ID of the network interface.
     *
     * <p>Required. CloudFormation property {@code InterfaceId}.
     */
    public ObdNetworkInterface interfaceId(String value) {
      return set("InterfaceId", Value.of(value));
    }

    /** Sets {@code InterfaceId} to this value; see {@link #interfaceId(String)}. */
    public ObdNetworkInterface interfaceId(Value<String> value) {
      return set("InterfaceId", value);
    }

    /**
     * Information about a network interface specified by the On-board diagnostic (OBD) II protocol.
     *
     * <p>Required. CloudFormation property {@code ObdInterface}.
     */
    public ObdNetworkInterface obdInterface(Value<ObdInterface> value) {
      return set("ObdInterface", value);
    }

    /**
     * The network protocol for the vehicle. For example, <code>CAN_SIGNAL</code> specifies a
     * protocol that defines how data is communicated between electronic control units (ECUs).
     * <code>OBD_SIGNAL</code> specifies a protocol that defines how self-diagnostic data is
     * communicated between ECUs.
     *
     * <p>Required. Allowed values: {@code OBD_INTERFACE}. CloudFormation property {@code Type}.
     */
    public ObdNetworkInterface type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ObdNetworkInterface type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Information about signal messages using the on-board diagnostics (OBD) II protocol in a
   * vehicle.
   *
   * <p>Property type {@code AWS::IoTFleetWise::DecoderManifest.ObdSignal}.
   */
  public static final class ObdSignal extends Struct<ObdSignal> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::DecoderManifest.ObdSignal")
        .required("ByteLength", "Offset", "Pid", "PidResponseLength", "Scaling", "ServiceMode",
            "StartByte")
        .allowed("SignalValueType", "INTEGER", "FLOATING_POINT")
        .build();

    public ObdSignal() {
      super(SCHEMA);
    }

    /**
     * The number of bits to mask in a message.
     *
     * <p>CloudFormation property {@code BitMaskLength}.
     */
    public ObdSignal bitMaskLength(String value) {
      return set("BitMaskLength", Value.of(value));
    }

    /** Sets {@code BitMaskLength} to this value; see {@link #bitMaskLength(String)}. */
    public ObdSignal bitMaskLength(Value<String> value) {
      return set("BitMaskLength", value);
    }

    /** Sets {@code BitMaskLength} to this value; see {@link #bitMaskLength(String)}. */
    public ObdSignal bitMaskLength(int value) {
      return set("BitMaskLength", Value.of(value));
    }

    /**
     * The number of positions to shift bits in the message.
     *
     * <p>CloudFormation property {@code BitRightShift}.
     */
    public ObdSignal bitRightShift(String value) {
      return set("BitRightShift", Value.of(value));
    }

    /** Sets {@code BitRightShift} to this value; see {@link #bitRightShift(String)}. */
    public ObdSignal bitRightShift(Value<String> value) {
      return set("BitRightShift", value);
    }

    /** Sets {@code BitRightShift} to this value; see {@link #bitRightShift(String)}. */
    public ObdSignal bitRightShift(int value) {
      return set("BitRightShift", Value.of(value));
    }

    /**
     * The length of a message.
     *
     * <p>Required. CloudFormation property {@code ByteLength}.
     */
    public ObdSignal byteLength(String value) {
      return set("ByteLength", Value.of(value));
    }

    /** Sets {@code ByteLength} to this value; see {@link #byteLength(String)}. */
    public ObdSignal byteLength(Value<String> value) {
      return set("ByteLength", value);
    }

    /** Sets {@code ByteLength} to this value; see {@link #byteLength(String)}. */
    public ObdSignal byteLength(int value) {
      return set("ByteLength", Value.of(value));
    }

    /**
     * Determines whether the message is signed ( <code>true</code> ) or not ( <code>false</code> ).
     * If it's signed, the message can represent both positive and negative numbers. The
     * <code>isSigned</code> parameter only applies to the <code>INTEGER</code> raw signal type, and
     * it doesn't affect the <code>FLOATING_POINT</code> raw signal type. The default value is
     * <code>false</code> .
     *
     * <p>CloudFormation property {@code IsSigned}.
     */
    public ObdSignal isSigned(String value) {
      return set("IsSigned", Value.of(value));
    }

    /** Sets {@code IsSigned} to this value; see {@link #isSigned(String)}. */
    public ObdSignal isSigned(Value<String> value) {
      return set("IsSigned", value);
    }

    /** Sets {@code IsSigned} to this value; see {@link #isSigned(String)}. */
    public ObdSignal isSigned(boolean value) {
      return set("IsSigned", Value.of(value));
    }

    /**
     * The offset used to calculate the signal value. Combined with scaling, the calculation is
     * <code>value = raw_value * scaling + offset</code> .
     *
     * <p>Required. CloudFormation property {@code Offset}.
     */
    public ObdSignal offset(String value) {
      return set("Offset", Value.of(value));
    }

    /** Sets {@code Offset} to this value; see {@link #offset(String)}. */
    public ObdSignal offset(Value<String> value) {
      return set("Offset", value);
    }

    /** Sets {@code Offset} to this value; see {@link #offset(String)}. */
    public ObdSignal offset(double value) {
      return set("Offset", Value.of(value));
    }

    /**
     * The diagnostic code used to request data from a vehicle for this signal.
     *
     * <p>Required. CloudFormation property {@code Pid}.
     */
    public ObdSignal pid(String value) {
      return set("Pid", Value.of(value));
    }

    /** Sets {@code Pid} to this value; see {@link #pid(String)}. */
    public ObdSignal pid(Value<String> value) {
      return set("Pid", value);
    }

    /** Sets {@code Pid} to this value; see {@link #pid(String)}. */
    public ObdSignal pid(int value) {
      return set("Pid", Value.of(value));
    }

    /**
     * The length of the requested data.
     *
     * <p>Required. CloudFormation property {@code PidResponseLength}.
     */
    public ObdSignal pidResponseLength(String value) {
      return set("PidResponseLength", Value.of(value));
    }

    /** Sets {@code PidResponseLength} to this value; see {@link #pidResponseLength(String)}. */
    public ObdSignal pidResponseLength(Value<String> value) {
      return set("PidResponseLength", value);
    }

    /** Sets {@code PidResponseLength} to this value; see {@link #pidResponseLength(String)}. */
    public ObdSignal pidResponseLength(int value) {
      return set("PidResponseLength", Value.of(value));
    }

    /**
     * A multiplier used to decode the message.
     *
     * <p>Required. CloudFormation property {@code Scaling}.
     */
    public ObdSignal scaling(String value) {
      return set("Scaling", Value.of(value));
    }

    /** Sets {@code Scaling} to this value; see {@link #scaling(String)}. */
    public ObdSignal scaling(Value<String> value) {
      return set("Scaling", value);
    }

    /** Sets {@code Scaling} to this value; see {@link #scaling(String)}. */
    public ObdSignal scaling(double value) {
      return set("Scaling", Value.of(value));
    }

    /**
     * The mode of operation (diagnostic service) in a message.
     *
     * <p>Required. CloudFormation property {@code ServiceMode}.
     */
    public ObdSignal serviceMode(String value) {
      return set("ServiceMode", Value.of(value));
    }

    /** Sets {@code ServiceMode} to this value; see {@link #serviceMode(String)}. */
    public ObdSignal serviceMode(Value<String> value) {
      return set("ServiceMode", value);
    }

    /** Sets {@code ServiceMode} to this value; see {@link #serviceMode(String)}. */
    public ObdSignal serviceMode(int value) {
      return set("ServiceMode", Value.of(value));
    }

    /**
     * The value type of the signal. The default value is <code>INTEGER</code> .
     *
     * <p>Allowed values: {@code INTEGER}, {@code FLOATING_POINT}. CloudFormation property {@code
     * SignalValueType}.
     */
    public ObdSignal signalValueType(String value) {
      return set("SignalValueType", Value.of(value));
    }

    /** Sets {@code SignalValueType} to this value; see {@link #signalValueType(String)}. */
    public ObdSignal signalValueType(Value<String> value) {
      return set("SignalValueType", value);
    }

    /**
     * Indicates the beginning of the message.
     *
     * <p>Required. CloudFormation property {@code StartByte}.
     */
    public ObdSignal startByte(String value) {
      return set("StartByte", Value.of(value));
    }

    /** Sets {@code StartByte} to this value; see {@link #startByte(String)}. */
    public ObdSignal startByte(Value<String> value) {
      return set("StartByte", value);
    }

    /** Sets {@code StartByte} to this value; see {@link #startByte(String)}. */
    public ObdSignal startByte(int value) {
      return set("StartByte", Value.of(value));
    }
  }

  /**
   * A list of information about signal decoders.
   *
   * <p>Property type {@code AWS::IoTFleetWise::DecoderManifest.ObdSignalDecoder}.
   */
  public static final class ObdSignalDecoder extends Struct<ObdSignalDecoder> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::DecoderManifest.ObdSignalDecoder")
        .required("FullyQualifiedName", "InterfaceId", "ObdSignal", "Type")
        .allowed("Type", "OBD_SIGNAL")
        .build();

    public ObdSignalDecoder() {
      super(SCHEMA);
    }

    /**
     * The fully qualified name of a signal decoder as defined in a vehicle model.
     *
     * <p>Required. CloudFormation property {@code FullyQualifiedName}.
     */
    public ObdSignalDecoder fullyQualifiedName(String value) {
      return set("FullyQualifiedName", Value.of(value));
    }

    /** Sets {@code FullyQualifiedName} to this value; see {@link #fullyQualifiedName(String)}. */
    public ObdSignalDecoder fullyQualifiedName(Value<String> value) {
      return set("FullyQualifiedName", value);
    }

    /**
     * The ID of a network interface that specifies what network protocol a vehicle follows.
     *
     * <p>Required. CloudFormation property {@code InterfaceId}.
     */
    public ObdSignalDecoder interfaceId(String value) {
      return set("InterfaceId", Value.of(value));
    }

    /** Sets {@code InterfaceId} to this value; see {@link #interfaceId(String)}. */
    public ObdSignalDecoder interfaceId(Value<String> value) {
      return set("InterfaceId", value);
    }

    /**
     * Information about signal messages using the on-board diagnostics (OBD) II protocol in a
     * vehicle.
     *
     * <p>Required. CloudFormation property {@code ObdSignal}.
     */
    public ObdSignalDecoder obdSignal(Value<ObdSignal> value) {
      return set("ObdSignal", value);
    }

    /**
     * The network protocol for the vehicle. For example, <code>CAN_SIGNAL</code> specifies a
     * protocol that defines how data is communicated between electronic control units (ECUs).
     * <code>OBD_SIGNAL</code> specifies a protocol that defines how self-diagnostic data is
     * communicated between ECUs.
     *
     * <p>Required. Allowed values: {@code OBD_SIGNAL}. CloudFormation property {@code Type}.
     */
    public ObdSignalDecoder type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ObdSignalDecoder type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Information about a signal decoder.
   *
   * <p>Property type {@code AWS::IoTFleetWise::DecoderManifest.SignalDecodersItems}.
   */
  public static final class SignalDecodersItems extends Struct<SignalDecodersItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::DecoderManifest.SignalDecodersItems")
        .required("FullyQualifiedName", "InterfaceId", "Type")
        .build();

    public SignalDecodersItems() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CanSignal}. */
    public SignalDecodersItems canSignal(Value<CanSignal> value) {
      return set("CanSignal", value);
    }

    /** Required. CloudFormation property {@code FullyQualifiedName}. */
    public SignalDecodersItems fullyQualifiedName(String value) {
      return set("FullyQualifiedName", Value.of(value));
    }

    /** Sets {@code FullyQualifiedName} to this value; see {@link #fullyQualifiedName(String)}. */
    public SignalDecodersItems fullyQualifiedName(Value<String> value) {
      return set("FullyQualifiedName", value);
    }

    /** Required. CloudFormation property {@code InterfaceId}. */
    public SignalDecodersItems interfaceId(String value) {
      return set("InterfaceId", Value.of(value));
    }

    /** Sets {@code InterfaceId} to this value; see {@link #interfaceId(String)}. */
    public SignalDecodersItems interfaceId(Value<String> value) {
      return set("InterfaceId", value);
    }

    /** CloudFormation property {@code ObdSignal}. */
    public SignalDecodersItems obdSignal(Value<ObdSignal> value) {
      return set("ObdSignal", value);
    }

    /** Required. CloudFormation property {@code Type}. */
    public SignalDecodersItems type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SignalDecodersItems type(Value<String> value) {
      return set("Type", value);
    }
  }
}
