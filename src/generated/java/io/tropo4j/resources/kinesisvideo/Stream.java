// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kinesisvideo;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a new Kinesis video stream.
 *
 * <p>When you create a new stream, Kinesis Video Streams assigns it a version number. When you
 * change the stream's metadata, Kinesis Video Streams updates the version.
 *
 * <p><code>CreateStream</code> is an asynchronous operation.
 *
 * <p>For information about how the service works, see <a
 * href="https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/how-it-works.html">How it
 * Works</a> .
 *
 * <p>You must have permissions for the <code>KinesisVideo:CreateStream</code> action.
 *
 * <p>CloudFormation type {@code AWS::KinesisVideo::Stream}.
 */
public final class Stream extends Resource<Stream> {
  private static final Schema SCHEMA = Schema.builder("AWS::KinesisVideo::Stream")
      .constrain("DataRetentionInHours", Constraint.of().minimum(0).maximum(87600))
      .constrain("DeviceName", Constraint.of().pattern("[a-zA-Z0-9_.-]+").minLength(1).maxLength(128))
      .constrain("MediaType", Constraint.of().pattern("[\\w\\-\\.\\+]+/[\\w\\-\\.\\+]+(,[\\w\\-\\.\\+]+/[\\w\\-\\.\\+]+)*").minLength(1).maxLength(128))
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9_.-]+").minLength(1).maxLength(256))
      .refYields("Name")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Stream(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * How long the stream retains data, in hours.
   *
   * <p>Range: 0 to 87600. CloudFormation property {@code DataRetentionInHours}.
   */
  public Stream dataRetentionInHours(int value) {
    return set("DataRetentionInHours", Value.of(value));
  }

  /** Sets {@code DataRetentionInHours} to this value; see {@link #dataRetentionInHours(int)}. */
  public Stream dataRetentionInHours(Value<Integer> value) {
    return set("DataRetentionInHours", value);
  }

  /**
   * The name of the device that is associated with the stream.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code [a-zA-Z0-9_.-]+}. CloudFormation property
   * {@code DeviceName}.
   */
  public Stream deviceName(String value) {
    return set("DeviceName", Value.of(value));
  }

  /** Sets {@code DeviceName} to this value; see {@link #deviceName(String)}. */
  public Stream deviceName(Value<String> value) {
    return set("DeviceName", value);
  }

  /**
   * The ID of the AWS Key Management Service ( AWS ) key that Kinesis Video Streams uses to encrypt
   * data on the stream.
   *
   * <p>CloudFormation property {@code KmsKeyId}.
   */
  public Stream kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Stream kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The <code>MediaType</code> of the stream.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code
   * [&#92;w&#92;-&#92;.&#92;+]+/[&#92;w&#92;-&#92;.&#92;+]+(,[&#92;w&#92;-&#92;.&#92;+]+/[&#92;w&#92;-&#92;.&#92;+]+)*}.
   * CloudFormation property {@code MediaType}.
   */
  public Stream mediaType(String value) {
    return set("MediaType", Value.of(value));
  }

  /** Sets {@code MediaType} to this value; see {@link #mediaType(String)}. */
  public Stream mediaType(Value<String> value) {
    return set("MediaType", value);
  }

  /**
   * The name of the stream.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * [a-zA-Z0-9_.-]+}. CloudFormation property {@code Name}.
   */
  public Stream name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Stream name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The configuration for stream storage, including the default storage tier for stream data. This
   * configuration determines how stream data is stored and accessed, with different tiers offering
   * varying levels of performance and cost optimization.
   *
   * <p>CloudFormation property {@code StreamStorageConfiguration}.
   */
  public Stream streamStorageConfiguration(Value<StreamStorageConfiguration> value) {
    return set("StreamStorageConfiguration", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Stream tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Stream tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Stream tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the stream.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The configuration for stream storage, including the default storage tier for stream data. This
   * configuration determines how stream data is stored and accessed, with different tiers offering
   * varying levels of performance and cost optimization.
   *
   * <p>Property type {@code AWS::KinesisVideo::Stream.StreamStorageConfiguration}.
   */
  public static final class StreamStorageConfiguration extends Struct<StreamStorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisVideo::Stream.StreamStorageConfiguration")
        .allowed("DefaultStorageTier", "HOT", "WARM")
        .build();

    public StreamStorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * The default storage tier for the stream data. This setting determines the storage class used
     * for stream data, affecting both performance characteristics and storage costs.
     *
     * <p>Available storage tiers:
     *
     * <ul> <li><code>HOT</code> - Optimized for frequent access with the lowest latency and highest
     * performance. Ideal for real-time applications and frequently accessed data.
     * <li><code>WARM</code> - Balanced performance and cost for moderately accessed data. Suitable
     * for data that is accessed regularly but not continuously. </ul>
     *
     * <p>Allowed values: {@code HOT}, {@code WARM}. Default: {@code "HOT"}. CloudFormation property
     * {@code DefaultStorageTier}.
     */
    public StreamStorageConfiguration defaultStorageTier(String value) {
      return set("DefaultStorageTier", Value.of(value));
    }

    /** Sets {@code DefaultStorageTier} to this value; see {@link #defaultStorageTier(String)}. */
    public StreamStorageConfiguration defaultStorageTier(Value<String> value) {
      return set("DefaultStorageTier", value);
    }
  }
}
