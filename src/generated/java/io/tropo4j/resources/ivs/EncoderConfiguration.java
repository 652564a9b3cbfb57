// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ivs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::IVS::EncoderConfiguration</code> resource specifies an encoder configuration. An
 * encoder configuration describes a stream’s video configuration. For more information, see <a
 * href="https://docs.aws.amazon.com/ivs/latest/LowLatencyUserGuide/streaming-config.html">Streaming
 * Configuration</a> in the <em>Amazon IVS Low-Latency Streaming User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IVS::EncoderConfiguration}.
 */
public final class EncoderConfiguration extends Resource<EncoderConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::IVS::EncoderConfiguration")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]*$").minLength(0).maxLength(128))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EncoderConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Encoder cnfiguration name.
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]*$}. CloudFormation property {@code Name}.
   */
  public EncoderConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EncoderConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivs-encoderconfiguration-tag.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EncoderConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EncoderConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EncoderConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Video configuration. Default: video resolution 1280x720, bitrate 2500 kbps, 30 fps. See the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivs-encoderconfiguration-video.html">Video</a>
   * property type for more information.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Video}.
   */
  public EncoderConfiguration video(Value<Video> value) {
    return set("Video", value);
  }

  /**
   * The encoder-configuration ARN. For example:
   * <code>arn:aws:ivs:us-west-2:123456789012:encoder-configuration/abcdABCDefgh</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Video property type describes a stream's video configuration.
   *
   * <p>Property type {@code AWS::IVS::EncoderConfiguration.Video}.
   */
  public static final class Video extends Struct<Video> {
    private static final Schema SCHEMA = Schema.builder("AWS::IVS::EncoderConfiguration.Video")
        .constrain("Bitrate", Constraint.of().minimum(1).maximum(8500000))
        .constrain("Framerate", Constraint.of().minimum(1).maximum(60))
        .constrain("Height", Constraint.of().minimum(2).maximum(1920))
        .constrain("Width", Constraint.of().minimum(2).maximum(1920))
        .build();

    public Video() {
      super(SCHEMA);
    }

    /**
     * Bitrate for generated output, in bps. Default: 2500000.
     *
     * <p>Changing it replaces the resource. Range: 1 to 8500000. Default: {@code 2500000}.
     * CloudFormation property {@code Bitrate}.
     */
    public Video bitrate(int value) {
      return set("Bitrate", Value.of(value));
    }

    /** Sets {@code Bitrate} to this value; see {@link #bitrate(int)}. */
    public Video bitrate(Value<Integer> value) {
      return set("Bitrate", value);
    }

    /**
     * Video frame rate, in fps. Default: 30.
     *
     * <p>Changing it replaces the resource. Range: 1 to 60. Default: {@code 30}. CloudFormation
     * property {@code Framerate}.
     */
    public Video framerate(double value) {
      return set("Framerate", Value.of(value));
    }

    /** Sets {@code Framerate} to this value; see {@link #framerate(double)}. */
    public Video framerate(Value<Double> value) {
      return set("Framerate", value);
    }

    /**
     * Video-resolution height. Note that the maximum value is determined by width times height,
     * such that the maximum total pixels is 2073600 (1920x1080 or 1080x1920). Default: 720.
     *
     * <p>Changing it replaces the resource. Range: 2 to 1920. Default: {@code 720}. CloudFormation
     * property {@code Height}.
     */
    public Video height(int value) {
      return set("Height", Value.of(value));
    }

    /** Sets {@code Height} to this value; see {@link #height(int)}. */
    public Video height(Value<Integer> value) {
      return set("Height", value);
    }

    /**
     * Video-resolution width. Note that the maximum value is determined by width times height, such
     * that the maximum total pixels is 2073600 (1920x1080 or 1080x1920). Default: 1280.
     *
     * <p>Changing it replaces the resource. Range: 2 to 1920. Default: {@code 1280}. CloudFormation
     * property {@code Width}.
     */
    public Video width(int value) {
      return set("Width", Value.of(value));
    }

    /** Sets {@code Width} to this value; see {@link #width(int)}. */
    public Video width(Value<Integer> value) {
      return set("Width", value);
    }
  }
}
