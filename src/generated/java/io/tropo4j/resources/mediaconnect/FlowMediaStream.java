// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediaconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource schema for AWS::MediaConnect::FlowMediaStream. A media stream represents a single track
 * or stream of media containing video, audio, or ancillary data that is transported using the SMPTE
 * 2110 JPEG XS or CDI protocol.
 *
 * <p>CloudFormation type {@code AWS::MediaConnect::FlowMediaStream}.
 */
public final class FlowMediaStream extends Resource<FlowMediaStream> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowMediaStream")
      .required("FlowArn", "MediaStreamId", "MediaStreamName", "MediaStreamType")
      .constrain("FlowArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:flow:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$"))
      .allowed("MediaStreamType", "video", "audio", "ancillary-data")
      .refYields("Arn")
      .attributes("Arn", "Fmt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FlowMediaStream(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Attributes that are related to the media stream.
   *
   * <p>CloudFormation property {@code Attributes}.
   */
  public FlowMediaStream attributes(Value<MediaStreamAttributes> value) {
    return set("Attributes", value);
  }

  /**
   * The sample rate (in Hz) for the stream. If the media stream type is video or ancillary data,
   * set this value to 90000. If the media stream type is audio, set this value to either 48000 or
   * 96000.
   *
   * <p>CloudFormation property {@code ClockRate}.
   */
  public FlowMediaStream clockRate(int value) {
    return set("ClockRate", Value.of(value));
  }

  /** Sets {@code ClockRate} to this value; see {@link #clockRate(int)}. */
  public FlowMediaStream clockRate(Value<Integer> value) {
    return set("ClockRate", value);
  }

  /**
   * A description that can help you quickly identify what your media stream is used for.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public FlowMediaStream description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FlowMediaStream description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the flow that the media stream belongs to.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:flow:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$}.
   * CloudFormation property {@code FlowArn}.
   */
  public FlowMediaStream flowArn(String value) {
    return set("FlowArn", Value.of(value));
  }

  /** Sets {@code FlowArn} to this value; see {@link #flowArn(String)}. */
  public FlowMediaStream flowArn(Value<String> value) {
    return set("FlowArn", value);
  }

  /**
   * A unique identifier for the media stream.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code MediaStreamId}.
   */
  public FlowMediaStream mediaStreamId(int value) {
    return set("MediaStreamId", Value.of(value));
  }

  /** Sets {@code MediaStreamId} to this value; see {@link #mediaStreamId(int)}. */
  public FlowMediaStream mediaStreamId(Value<Integer> value) {
    return set("MediaStreamId", value);
  }

  /**
   * A name that helps you distinguish one media stream from another.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * MediaStreamName}.
   */
  public FlowMediaStream mediaStreamName(String value) {
    return set("MediaStreamName", Value.of(value));
  }

  /** Sets {@code MediaStreamName} to this value; see {@link #mediaStreamName(String)}. */
  public FlowMediaStream mediaStreamName(Value<String> value) {
    return set("MediaStreamName", value);
  }

  /**
   * The type of media stream.
   *
   * <p>Required. Allowed values: {@code video}, {@code audio}, {@code ancillary-data}.
   * CloudFormation property {@code MediaStreamType}.
   */
  public FlowMediaStream mediaStreamType(String value) {
    return set("MediaStreamType", Value.of(value));
  }

  /** Sets {@code MediaStreamType} to this value; see {@link #mediaStreamType(String)}. */
  public FlowMediaStream mediaStreamType(Value<String> value) {
    return set("MediaStreamType", value);
  }

  /**
   * The key-value pairs that can be used to tag and organize the media stream.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FlowMediaStream tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FlowMediaStream tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FlowMediaStream tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The resolution of the video. Required for a video media stream and rejected for other media
   * stream types.
   *
   * <p>CloudFormation property {@code VideoFormat}.
   */
  public FlowMediaStream videoFormat(String value) {
    return set("VideoFormat", Value.of(value));
  }

  /** Sets {@code VideoFormat} to this value; see {@link #videoFormat(String)}. */
  public FlowMediaStream videoFormat(Value<String> value) {
    return set("VideoFormat", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the media stream, composed of the flow ARN followed by
   * /mediaStream/ and the media stream name.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The format type number (sometimes referred to as RTP payload type) of the media stream.
   * MediaConnect assigns this value to the media stream.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Fmt}.
   */
  public Value<Integer> fmt() {
    return getAtt("Fmt");
  }

  /**
   * A set of parameters that define the media stream.
   *
   * <p>Property type {@code AWS::MediaConnect::FlowMediaStream.Fmtp}.
   */
  public static final class Fmtp extends Struct<Fmtp> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowMediaStream.Fmtp")
        .allowed("Colorimetry", "BT601", "BT709", "BT2020", "BT2100", "ST2065-1", "ST2065-3", "XYZ")
        .allowed("Range", "NARROW", "FULL", "FULLPROTECT")
        .allowed("ScanMode", "progressive", "interlace", "progressive-segmented-frame")
        .allowed("Tcs", "SDR", "PQ", "HLG", "LINEAR", "BT2100LINPQ", "BT2100LINHLG", "ST2065-1",
            "ST428-1", "DENSITY")
        .build();

    public Fmtp() {
      super(SCHEMA);
    }

    /**
     * The format of the audio channel. Can only be specified for an audio media stream.
     *
     * <p>CloudFormation property {@code ChannelOrder}.
     */
    public Fmtp channelOrder(String value) {
      return set("ChannelOrder", Value.of(value));
    }

    /** Sets {@code ChannelOrder} to this value; see {@link #channelOrder(String)}. */
    public Fmtp channelOrder(Value<String> value) {
      return set("ChannelOrder", value);
    }

    /**
     * The format used for the representation of color.
     *
     * <p>Allowed values: {@code BT601}, {@code BT709}, {@code BT2020}, {@code BT2100}, {@code
     * ST2065-1}, {@code ST2065-3}, {@code XYZ}. CloudFormation property {@code Colorimetry}.
     */
    public Fmtp colorimetry(String value) {
      return set("Colorimetry", Value.of(value));
    }

    /** Sets {@code Colorimetry} to this value; see {@link #colorimetry(String)}. */
    public Fmtp colorimetry(Value<String> value) {
      return set("Colorimetry", value);
    }

    /**
     * The frame rate for the video stream, in frames/second. For example: 60000/1001.
     *
     * <p>CloudFormation property {@code ExactFramerate}.
     */
    public Fmtp exactFramerate(String value) {
      return set("ExactFramerate", Value.of(value));
    }

    /** Sets {@code ExactFramerate} to this value; see {@link #exactFramerate(String)}. */
    public Fmtp exactFramerate(Value<String> value) {
      return set("ExactFramerate", value);
    }

    /**
     * The pixel aspect ratio (PAR) of the video.
     *
     * <p>CloudFormation property {@code Par}.
     */
    public Fmtp par(String value) {
      return set("Par", Value.of(value));
    }

    /** Sets {@code Par} to this value; see {@link #par(String)}. */
    public Fmtp par(Value<String> value) {
      return set("Par", value);
    }

    /**
     * The encoding range of the video.
     *
     * <p>Allowed values: {@code NARROW}, {@code FULL}, {@code FULLPROTECT}. CloudFormation property
     * {@code Range}.
     */
    public Fmtp range(String value) {
      return set("Range", Value.of(value));
    }

    /** Sets {@code Range} to this value; see {@link #range(String)}. */
    public Fmtp range(Value<String> value) {
      return set("Range", value);
    }

    /**
     * The type of compression that was used to smooth the video's appearance.
     *
     * <p>Allowed values: {@code progressive}, {@code interlace}, {@code
     * progressive-segmented-frame}. CloudFormation property {@code ScanMode}.
     */
    public Fmtp scanMode(String value) {
      return set("ScanMode", Value.of(value));
    }

    /** Sets {@code ScanMode} to this value; see {@link #scanMode(String)}. */
    public Fmtp scanMode(Value<String> value) {
      return set("ScanMode", value);
    }

    /**
     * The transfer characteristic system (TCS) that is used in the video.
     *
     * <p>Allowed values: {@code SDR}, {@code PQ}, {@code HLG}, {@code LINEAR}, {@code BT2100LINPQ},
     * {@code BT2100LINHLG}, {@code ST2065-1}, {@code ST428-1}, {@code DENSITY}. CloudFormation
     * property {@code Tcs}.
     */
    public Fmtp tcs(String value) {
      return set("Tcs", Value.of(value));
    }

    /** Sets {@code Tcs} to this value; see {@link #tcs(String)}. */
    public Fmtp tcs(Value<String> value) {
      return set("Tcs", value);
    }
  }

  /**
   * Attributes that are related to the media stream.
   *
   * <p>Property type {@code AWS::MediaConnect::FlowMediaStream.MediaStreamAttributes}.
   */
  public static final class MediaStreamAttributes extends Struct<MediaStreamAttributes> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::FlowMediaStream.MediaStreamAttributes");

    public MediaStreamAttributes() {
      super(SCHEMA);
    }

    /**
     * A set of parameters that define the media stream.
     *
     * <p>CloudFormation property {@code Fmtp}.
     */
    public MediaStreamAttributes fmtp(Value<Fmtp> value) {
      return set("Fmtp", value);
    }

    /**
     * The audio language, in a format that is recognized by the receiver. Can only be specified for
     * an audio media stream.
     *
     * <p>CloudFormation property {@code Lang}.
     */
    public MediaStreamAttributes lang(String value) {
      return set("Lang", Value.of(value));
    }

    /** Sets {@code Lang} to this value; see {@link #lang(String)}. */
    public MediaStreamAttributes lang(Value<String> value) {
      return set("Lang", value);
    }
  }
}
