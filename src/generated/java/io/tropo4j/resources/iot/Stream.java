// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS IoT Stream. A stream is a publicly addressable resource that is
 * an abstraction for a list of files that can be transferred to an IoT device.
 *
 * <p>CloudFormation type {@code AWS::IoT::Stream}.
 */
public final class Stream extends Resource<Stream> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::Stream")
      .required("Files", "RoleArn", "StreamId")
      .constrain("Description", Constraint.of().pattern("^[^\\p{C}]+$").minLength(0).maxLength(2028))
      .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("StreamId", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "LastUpdatedAt", "StreamVersion")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Stream(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the stream.
   *
   * <p>Length: 0 to 2028 characters. Pattern: {@code ^[^&#92;p{C}]+$}. CloudFormation property
   * {@code Description}.
   */
  public Stream description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Stream description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The files to stream.
   *
   * <p>Required. CloudFormation property {@code Files}.
   */
  public Stream files(List<StreamFile> value) {
    return set("Files", Value.listOf(value));
  }

  /** Sets {@code Files} to this value; see {@link #files(List)}. */
  public Stream files(Value<List<StreamFile>> value) {
    return set("Files", value);
  }

  /** Sets {@code Files} to a list of these; see {@link #files(List)}. */
  public Stream files(StreamFile... values) {
    return set("Files", Value.list(values));
  }

  /**
   * An IAM role that allows the IoT service principal to access your S3 files.
   *
   * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public Stream roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Stream roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The stream ID.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code StreamId}.
   */
  public Stream streamId(String value) {
    return set("StreamId", Value.of(value));
  }

  /** Sets {@code StreamId} to this value; see {@link #streamId(String)}. */
  public Stream streamId(Value<String> value) {
    return set("StreamId", value);
  }

  /**
   * Metadata which can be used to manage streams.
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
   * The date when the stream was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The date when the stream was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The stream version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StreamVersion}.
   */
  public Value<Integer> streamVersion() {
    return getAtt("StreamVersion");
  }

  /**
   * The location of the file in S3.
   *
   * <p>Property type {@code AWS::IoT::Stream.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Stream.S3Location")
        .constrain("Bucket", Constraint.of().minLength(1))
        .constrain("Key", Constraint.of().minLength(1))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code Bucket}.
     */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The S3 key.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code Key}.
     */
    public S3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Location key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The S3 bucket version.
     *
     * <p>CloudFormation property {@code Version}.
     */
    public S3Location version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public S3Location version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Represents a file to stream.
   *
   * <p>Property type {@code AWS::IoT::Stream.StreamFile}.
   */
  public static final class StreamFile extends Struct<StreamFile> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Stream.StreamFile")
        .constrain("FileId", Constraint.of().minimum(0).maximum(255))
        .build();

    public StreamFile() {
      super(SCHEMA);
    }

    /**
     * The file ID.
     *
     * <p>Range: 0 to 255. CloudFormation property {@code FileId}.
     */
    public StreamFile fileId(int value) {
      return set("FileId", Value.of(value));
    }

    /** Sets {@code FileId} to this value; see {@link #fileId(int)}. */
    public StreamFile fileId(Value<Integer> value) {
      return set("FileId", value);
    }

    /**
     * The location of the file in S3.
     *
     * <p>CloudFormation property {@code S3Location}.
     */
    public StreamFile s3Location(Value<S3Location> value) {
      return set("S3Location", value);
    }

    /**
     * Sets {@code S3Location} to the asset's bucket and key, where the deployer uploads it; see
     * {@link #s3Location(Value)}.
     */
    public StreamFile s3Location(Asset asset) {
      return set("S3Location", new S3Location().bucket(asset.bucket()).key(asset.key()));
    }
  }
}
