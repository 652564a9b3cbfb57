// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.medialive;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource schema for AWS::MediaLive::Multiplexprogram
 *
 * <p>CloudFormation type {@code AWS::MediaLive::Multiplexprogram}.
 */
public final class Multiplexprogram extends Resource<Multiplexprogram> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Multiplexprogram")
      .allowed("PreferredChannelPipeline", "CURRENTLY_ACTIVE", "PIPELINE_0", "PIPELINE_1")
      .attributes("ChannelId")
      .build();

  public Multiplexprogram(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique id of the multiplex.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MultiplexId}.
   */
  public Multiplexprogram multiplexId(String value) {
    return set("MultiplexId", Value.of(value));
  }

  /** Sets {@code MultiplexId} to this value; see {@link #multiplexId(String)}. */
  public Multiplexprogram multiplexId(Value<String> value) {
    return set("MultiplexId", value);
  }

  /**
   * Multiplex Program settings configuration.
   *
   * <p>CloudFormation property {@code MultiplexProgramSettings}.
   */
  public Multiplexprogram multiplexProgramSettings(Value<MultiplexProgramSettings> value) {
    return set("MultiplexProgramSettings", value);
  }

  /**
   * Packet identifiers map for a given Multiplex program.
   *
   * <p>CloudFormation property {@code PacketIdentifiersMap}.
   */
  public Multiplexprogram packetIdentifiersMap(Value<MultiplexProgramPacketIdentifiersMap> value) {
    return set("PacketIdentifiersMap", value);
  }

  /**
   * Contains information about the current sources for the specified program in the specified
   * multiplex. Keep in mind that each multiplex pipeline connects to both pipelines in a given
   * source channel (the channel identified by the program). But only one of those channel pipelines
   * is ever active at one time.
   *
   * <p>CloudFormation property {@code PipelineDetails}.
   */
  public Multiplexprogram pipelineDetails(List<MultiplexProgramPipelineDetail> value) {
    return set("PipelineDetails", Value.listOf(value));
  }

  /** Sets {@code PipelineDetails} to this value; see {@link #pipelineDetails(List)}. */
  public Multiplexprogram pipelineDetails(Value<List<MultiplexProgramPipelineDetail>> value) {
    return set("PipelineDetails", value);
  }

  /** Sets {@code PipelineDetails} to a list of these; see {@link #pipelineDetails(List)}. */
  public Multiplexprogram pipelineDetails(MultiplexProgramPipelineDetail... values) {
    return set("PipelineDetails", Value.list(values));
  }

  /**
   * Indicates which pipeline is preferred by the multiplex for program ingest. If set to
   * &#92;"PIPELINE_0&#92;" or &#92;"PIPELINE_1&#92;" and an unhealthy ingest causes the multiplex
   * to switch to the non-preferred pipeline, it will switch back once that ingest is healthy again.
   * If set to &#92;"CURRENTLY_ACTIVE&#92;", it will not switch back to the other pipeline based on
   * it recovering to a healthy state, it will only switch if the active pipeline becomes unhealthy.
   *
   * <p>Allowed values: {@code CURRENTLY_ACTIVE}, {@code PIPELINE_0}, {@code PIPELINE_1}.
   * CloudFormation property {@code PreferredChannelPipeline}.
   */
  public Multiplexprogram preferredChannelPipeline(String value) {
    return set("PreferredChannelPipeline", Value.of(value));
  }

  /**
   * Sets {@code PreferredChannelPipeline} to this value; see {@link
   * #preferredChannelPipeline(String)}.
   */
  public Multiplexprogram preferredChannelPipeline(Value<String> value) {
    return set("PreferredChannelPipeline", value);
  }

  /**
   * The name of the multiplex program.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ProgramName}.
   */
  public Multiplexprogram programName(String value) {
    return set("ProgramName", Value.of(value));
  }

  /** Sets {@code ProgramName} to this value; see {@link #programName(String)}. */
  public Multiplexprogram programName(Value<String> value) {
    return set("ProgramName", value);
  }

  /**
   * The unique ID of the channel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChannelId}.
   */
  public Value<String> channelId() {
    return getAtt("ChannelId");
  }

  /**
   * Packet identifiers map for a given Multiplex program.
   *
   * <p>Property type {@code AWS::MediaLive::Multiplexprogram.MultiplexProgramPacketIdentifiersMap}.
   */
  public static final class MultiplexProgramPacketIdentifiersMap extends Struct<MultiplexProgramPacketIdentifiersMap> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Multiplexprogram.MultiplexProgramPacketIdentifiersMap");

    public MultiplexProgramPacketIdentifiersMap() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AudioPids}. */
    public MultiplexProgramPacketIdentifiersMap audioPids(List<Integer> value) {
      return set("AudioPids", Value.listOf(value));
    }

    /** Sets {@code AudioPids} to this value; see {@link #audioPids(List)}. */
    public MultiplexProgramPacketIdentifiersMap audioPids(Value<List<Integer>> value) {
      return set("AudioPids", value);
    }

    /** CloudFormation property {@code DvbSubPids}. */
    public MultiplexProgramPacketIdentifiersMap dvbSubPids(List<Integer> value) {
      return set("DvbSubPids", Value.listOf(value));
    }

    /** Sets {@code DvbSubPids} to this value; see {@link #dvbSubPids(List)}. */
    public MultiplexProgramPacketIdentifiersMap dvbSubPids(Value<List<Integer>> value) {
      return set("DvbSubPids", value);
    }

    /** CloudFormation property {@code DvbTeletextPid}. */
    public MultiplexProgramPacketIdentifiersMap dvbTeletextPid(int value) {
      return set("DvbTeletextPid", Value.of(value));
    }

    /** Sets {@code DvbTeletextPid} to this value; see {@link #dvbTeletextPid(int)}. */
    public MultiplexProgramPacketIdentifiersMap dvbTeletextPid(Value<Integer> value) {
      return set("DvbTeletextPid", value);
    }

    /** CloudFormation property {@code EtvPlatformPid}. */
    public MultiplexProgramPacketIdentifiersMap etvPlatformPid(int value) {
      return set("EtvPlatformPid", Value.of(value));
    }

    /** Sets {@code EtvPlatformPid} to this value; see {@link #etvPlatformPid(int)}. */
    public MultiplexProgramPacketIdentifiersMap etvPlatformPid(Value<Integer> value) {
      return set("EtvPlatformPid", value);
    }

    /** CloudFormation property {@code EtvSignalPid}. */
    public MultiplexProgramPacketIdentifiersMap etvSignalPid(int value) {
      return set("EtvSignalPid", Value.of(value));
    }

    /** Sets {@code EtvSignalPid} to this value; see {@link #etvSignalPid(int)}. */
    public MultiplexProgramPacketIdentifiersMap etvSignalPid(Value<Integer> value) {
      return set("EtvSignalPid", value);
    }

    /** CloudFormation property {@code KlvDataPids}. */
    public MultiplexProgramPacketIdentifiersMap klvDataPids(List<Integer> value) {
      return set("KlvDataPids", Value.listOf(value));
    }

    /** Sets {@code KlvDataPids} to this value; see {@link #klvDataPids(List)}. */
    public MultiplexProgramPacketIdentifiersMap klvDataPids(Value<List<Integer>> value) {
      return set("KlvDataPids", value);
    }

    /** CloudFormation property {@code PcrPid}. */
    public MultiplexProgramPacketIdentifiersMap pcrPid(int value) {
      return set("PcrPid", Value.of(value));
    }

    /** Sets {@code PcrPid} to this value; see {@link #pcrPid(int)}. */
    public MultiplexProgramPacketIdentifiersMap pcrPid(Value<Integer> value) {
      return set("PcrPid", value);
    }

    /** CloudFormation property {@code PmtPid}. */
    public MultiplexProgramPacketIdentifiersMap pmtPid(int value) {
      return set("PmtPid", Value.of(value));
    }

    /** Sets {@code PmtPid} to this value; see {@link #pmtPid(int)}. */
    public MultiplexProgramPacketIdentifiersMap pmtPid(Value<Integer> value) {
      return set("PmtPid", value);
    }

    /** CloudFormation property {@code PrivateMetadataPid}. */
    public MultiplexProgramPacketIdentifiersMap privateMetadataPid(int value) {
      return set("PrivateMetadataPid", Value.of(value));
    }

    /** Sets {@code PrivateMetadataPid} to this value; see {@link #privateMetadataPid(int)}. */
    public MultiplexProgramPacketIdentifiersMap privateMetadataPid(Value<Integer> value) {
      return set("PrivateMetadataPid", value);
    }

    /** CloudFormation property {@code Scte27Pids}. */
    public MultiplexProgramPacketIdentifiersMap scte27Pids(List<Integer> value) {
      return set("Scte27Pids", Value.listOf(value));
    }

    /** Sets {@code Scte27Pids} to this value; see {@link #scte27Pids(List)}. */
    public MultiplexProgramPacketIdentifiersMap scte27Pids(Value<List<Integer>> value) {
      return set("Scte27Pids", value);
    }

    /** CloudFormation property {@code Scte35Pid}. */
    public MultiplexProgramPacketIdentifiersMap scte35Pid(int value) {
      return set("Scte35Pid", Value.of(value));
    }

    /** Sets {@code Scte35Pid} to this value; see {@link #scte35Pid(int)}. */
    public MultiplexProgramPacketIdentifiersMap scte35Pid(Value<Integer> value) {
      return set("Scte35Pid", value);
    }

    /** CloudFormation property {@code TimedMetadataPid}. */
    public MultiplexProgramPacketIdentifiersMap timedMetadataPid(int value) {
      return set("TimedMetadataPid", Value.of(value));
    }

    /** Sets {@code TimedMetadataPid} to this value; see {@link #timedMetadataPid(int)}. */
    public MultiplexProgramPacketIdentifiersMap timedMetadataPid(Value<Integer> value) {
      return set("TimedMetadataPid", value);
    }

    /** CloudFormation property {@code VideoPid}. */
    public MultiplexProgramPacketIdentifiersMap videoPid(int value) {
      return set("VideoPid", Value.of(value));
    }

    /** Sets {@code VideoPid} to this value; see {@link #videoPid(int)}. */
    public MultiplexProgramPacketIdentifiersMap videoPid(Value<Integer> value) {
      return set("VideoPid", value);
    }
  }

  /**
   * The current source for one of the pipelines in the multiplex.
   *
   * <p>Property type {@code AWS::MediaLive::Multiplexprogram.MultiplexProgramPipelineDetail}.
   */
  public static final class MultiplexProgramPipelineDetail extends Struct<MultiplexProgramPipelineDetail> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Multiplexprogram.MultiplexProgramPipelineDetail");

    public MultiplexProgramPipelineDetail() {
      super(SCHEMA);
    }

    /**
     * Identifies the channel pipeline that is currently active for the pipeline (identified by
     * PipelineId) in the multiplex.
     *
     * <p>CloudFormation property {@code ActiveChannelPipeline}.
     */
    public MultiplexProgramPipelineDetail activeChannelPipeline(String value) {
      return set("ActiveChannelPipeline", Value.of(value));
    }

    /**
     * Sets {@code ActiveChannelPipeline} to this value; see {@link #activeChannelPipeline(String)}.
     */
    public MultiplexProgramPipelineDetail activeChannelPipeline(Value<String> value) {
      return set("ActiveChannelPipeline", value);
    }

    /**
     * Identifies a specific pipeline in the multiplex.
     *
     * <p>CloudFormation property {@code PipelineId}.
     */
    public MultiplexProgramPipelineDetail pipelineId(String value) {
      return set("PipelineId", Value.of(value));
    }

    /** Sets {@code PipelineId} to this value; see {@link #pipelineId(String)}. */
    public MultiplexProgramPipelineDetail pipelineId(Value<String> value) {
      return set("PipelineId", value);
    }
  }

  /**
   * Transport stream service descriptor configuration for the Multiplex program.
   *
   * <p>Property type {@code AWS::MediaLive::Multiplexprogram.MultiplexProgramServiceDescriptor}.
   */
  public static final class MultiplexProgramServiceDescriptor extends Struct<MultiplexProgramServiceDescriptor> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Multiplexprogram.MultiplexProgramServiceDescriptor")
        .required("ProviderName", "ServiceName")
        .constrain("ProviderName", Constraint.of().minLength(1).maxLength(256))
        .constrain("ServiceName", Constraint.of().minLength(1).maxLength(256))
        .build();

    public MultiplexProgramServiceDescriptor() {
      super(SCHEMA);
    }

    /**
     * Name of the provider.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code ProviderName}.
     */
    public MultiplexProgramServiceDescriptor providerName(String value) {
      return set("ProviderName", Value.of(value));
    }

    /** Sets {@code ProviderName} to this value; see {@link #providerName(String)}. */
    public MultiplexProgramServiceDescriptor providerName(Value<String> value) {
      return set("ProviderName", value);
    }

    /**
     * Name of the service.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code ServiceName}.
     */
    public MultiplexProgramServiceDescriptor serviceName(String value) {
      return set("ServiceName", Value.of(value));
    }

    /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
    public MultiplexProgramServiceDescriptor serviceName(Value<String> value) {
      return set("ServiceName", value);
    }
  }

  /**
   * Multiplex Program settings configuration.
   *
   * <p>Property type {@code AWS::MediaLive::Multiplexprogram.MultiplexProgramSettings}.
   */
  public static final class MultiplexProgramSettings extends Struct<MultiplexProgramSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Multiplexprogram.MultiplexProgramSettings")
        .required("ProgramNumber")
        .allowed("PreferredChannelPipeline", "CURRENTLY_ACTIVE", "PIPELINE_0", "PIPELINE_1")
        .constrain("ProgramNumber", Constraint.of().minimum(0).maximum(65535))
        .build();

    public MultiplexProgramSettings() {
      super(SCHEMA);
    }

    /**
     * Indicates which pipeline is preferred by the multiplex for program ingest.
     *
     * <p>Allowed values: {@code CURRENTLY_ACTIVE}, {@code PIPELINE_0}, {@code PIPELINE_1}.
     * CloudFormation property {@code PreferredChannelPipeline}.
     */
    public MultiplexProgramSettings preferredChannelPipeline(String value) {
      return set("PreferredChannelPipeline", Value.of(value));
    }

    /**
     * Sets {@code PreferredChannelPipeline} to this value; see {@link
     * #preferredChannelPipeline(String)}.
     */
    public MultiplexProgramSettings preferredChannelPipeline(Value<String> value) {
      return set("PreferredChannelPipeline", value);
    }

    /**
     * Unique program number.
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code ProgramNumber}.
     */
    public MultiplexProgramSettings programNumber(int value) {
      return set("ProgramNumber", Value.of(value));
    }

    /** Sets {@code ProgramNumber} to this value; see {@link #programNumber(int)}. */
    public MultiplexProgramSettings programNumber(Value<Integer> value) {
      return set("ProgramNumber", value);
    }

    /**
     * Transport stream service descriptor configuration for the Multiplex program.
     *
     * <p>CloudFormation property {@code ServiceDescriptor}.
     */
    public MultiplexProgramSettings serviceDescriptor(Value<MultiplexProgramServiceDescriptor> value) {
      return set("ServiceDescriptor", value);
    }

    /**
     * Program video settings configuration.
     *
     * <p>CloudFormation property {@code VideoSettings}.
     */
    public MultiplexProgramSettings videoSettings(Value<MultiplexVideoSettings> value) {
      return set("VideoSettings", value);
    }
  }

  /**
   * Statmux rate control settings
   *
   * <p>Property type {@code AWS::MediaLive::Multiplexprogram.MultiplexStatmuxVideoSettings}.
   */
  public static final class MultiplexStatmuxVideoSettings extends Struct<MultiplexStatmuxVideoSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Multiplexprogram.MultiplexStatmuxVideoSettings");

    public MultiplexStatmuxVideoSettings() {
      super(SCHEMA);
    }

    /**
     * Maximum statmux bitrate.
     *
     * <p>CloudFormation property {@code MaximumBitrate}.
     */
    public MultiplexStatmuxVideoSettings maximumBitrate(int value) {
      return set("MaximumBitrate", Value.of(value));
    }

    /** Sets {@code MaximumBitrate} to this value; see {@link #maximumBitrate(int)}. */
    public MultiplexStatmuxVideoSettings maximumBitrate(Value<Integer> value) {
      return set("MaximumBitrate", value);
    }

    /**
     * Minimum statmux bitrate.
     *
     * <p>CloudFormation property {@code MinimumBitrate}.
     */
    public MultiplexStatmuxVideoSettings minimumBitrate(int value) {
      return set("MinimumBitrate", Value.of(value));
    }

    /** Sets {@code MinimumBitrate} to this value; see {@link #minimumBitrate(int)}. */
    public MultiplexStatmuxVideoSettings minimumBitrate(Value<Integer> value) {
      return set("MinimumBitrate", value);
    }

    /**
     * The purpose of the priority is to use a combination of the&#92;nmultiplex rate control
     * algorithm and the QVBR capability of the&#92;nencoder to prioritize the video quality of some
     * channels in a&#92;nmultiplex over others. Channels that have a higher priority will&#92;nget
     * higher video quality at the expense of the video quality of&#92;nother channels in the
     * multiplex with lower priority.
     *
     * <p>CloudFormation property {@code Priority}.
     */
    public MultiplexStatmuxVideoSettings priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public MultiplexStatmuxVideoSettings priority(Value<Integer> value) {
      return set("Priority", value);
    }
  }

  /**
   * The video configuration for each program in a multiplex.
   *
   * <p>Property type {@code AWS::MediaLive::Multiplexprogram.MultiplexVideoSettings}.
   */
  public static final class MultiplexVideoSettings extends Struct<MultiplexVideoSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Multiplexprogram.MultiplexVideoSettings");

    public MultiplexVideoSettings() {
      super(SCHEMA);
    }

    /**
     * The constant bitrate configuration for the video encode. When this field is defined,
     * StatmuxSettings must be undefined.
     *
     * <p>CloudFormation property {@code ConstantBitrate}.
     */
    public MultiplexVideoSettings constantBitrate(int value) {
      return set("ConstantBitrate", Value.of(value));
    }

    /** Sets {@code ConstantBitrate} to this value; see {@link #constantBitrate(int)}. */
    public MultiplexVideoSettings constantBitrate(Value<Integer> value) {
      return set("ConstantBitrate", value);
    }

    /**
     * Statmux rate control settings. When this field is defined, ConstantBitrate must be undefined.
     *
     * <p>CloudFormation property {@code StatmuxSettings}.
     */
    public MultiplexVideoSettings statmuxSettings(Value<MultiplexStatmuxVideoSettings> value) {
      return set("StatmuxSettings", value);
    }
  }
}
